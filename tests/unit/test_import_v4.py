"""Conventions of real programme pages and notes read by the importer (issue 33, stop 58,
helper v4): a bio that names its person again in a short form, a page's event day in its
prose over a publication date in its front matter, a day written in a heading after a
label. The documents are written for these tests."""

from __future__ import annotations

from datetime import date

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "page.md") -> Programme:
    return parse_programme(text.encode(), name)


_BIO_PAGE = """# Small Data Vision Workshop

Tuesday, May 12th, 2026, Room 4

## Schedule

- 9:00 Counting Seeds with Few Labels, Valentina Boleslawska
- 9:40 Tiny Models for Greenhouse Robots, Tomasz Milewski

## Organizers

[Valentina Boleslawska](https://example.org/vb)

Vale Boleslawska is a Professor at Harbour Institute of Technology. She works on learning \
from few examples and on sensor fusion for small robots that live in greenhouses.

[Tomasz Milewski](https://example.org/tm)

Tomasz Milewski is a Research Scientist at Lakeside Labs. His interests include \
self-supervised video models, compact networks and the care of very old bicycles.
"""


def test_a_bio_naming_its_person_in_a_short_form_is_that_person() -> None:
    programme = _read(_BIO_PAGE)
    people = {r.person.name: r.person for r in programme.roles}
    assert set(people) == {"Valentina Boleslawska", "Tomasz Milewski"}
    assert "Harbour Institute of Technology" in people["Valentina Boleslawska"].affiliations


_ANNOUNCEMENT = """---
title: "Journée du Libre Valmont 2026"
pubDate: 2026-03-02
author: "Équipe Valmont"
tags: ["libre"]
---
Notre journée du logiciel libre revient : elle aura lieu à Valmont le 14 mars 2026 dans \
la salle des fêtes, rue des Tilleuls.
L'accueil ouvre à 9h. Voici le programme de la matinée :

- Premiers pas avec un système libre – Hélène Marchetti
- Réparer plutôt que jeter – Baptiste Ollivier
- Protéger ses données en ligne – Sandrine Keller
- Cartographier son quartier – Julien Roussel"""


def test_an_announcements_day_in_its_words_dates_its_listed_talks() -> None:
    """The front matter's ``pubDate`` is the post's day; the sentence names the event's."""
    programme = _read(_ANNOUNCEMENT)
    talks = [t for t in programme.talks if t.speakers]
    assert len(talks) == 4
    assert {t.day for t in talks} == {date(2026, 3, 14)}


_LINKED_GRID = """# Harbour Dev Day

<table>
<tr><th></th><th>Hall A</th><th>Hall B</th></tr>
<tr>
  <td>10:00</td>
  <td>
    <a href="/speakers/ines">Inès Carvalho</a> —
    <a href="/sessions/rust">Borrowing without Tears</a>
  </td>
  <td>
    <a href="/speakers/piotr">Piotr Zawadzki</a> —
    <a href="/sessions/north">NORTHDEV — a coastal developer community</a>
  </td>
</tr>
<tr>
  <td>11:00</td>
  <td>
    <a href="/speakers/mei">Mei Tanaka</a> —
    <a href="/sessions/queues">Queues at the Edge</a>
  </td>
  <td>
    <a href="/speakers/olu">Olumide Adeyemi</a> —
    <a href="/sessions/maps">Offline Maps, Online Habits</a>
  </td>
</tr>
</table>
"""


def test_a_grid_cell_of_two_links_keeps_the_dash_inside_its_title_link() -> None:
    talks = {t.title: [p.name for p in t.speakers] for t in _read(_LINKED_GRID).talks}
    assert talks["NORTHDEV — a coastal developer community"] == ["Piotr Zawadzki"]
    assert talks["Borrowing without Tears"] == ["Inès Carvalho"]
    assert talks["Offline Maps, Online Habits"] == ["Olumide Adeyemi"]


_REMARKS_ROWS = """# Few-Label Learning Tutorial

Monday, June 8th, 2026

## Schedule

<table class="table schedule">
  <thead><tr><th>#</th><th>Time</th><th>Item</th></tr></thead>
  <tbody>
    <tr><td> </td>\
<td>9:00am - 9:10am</td>\
<td>Opening Words, <a href="#rk">Rasa Kairiene</a> (Baltic AI Lab)</td></tr>
    <tr><td>1</td>\
<td>9:10am - 9:50am</td>\
<td><b>Learning from Weak Hints</b>, <a href="#tb">Tomas Berzins</a> (Riga Polytechnic)</td></tr>
    <tr><td>2</td>\
<td>9:50am - 10:30am</td>\
<td><b>Labels from Simulators</b>, <a href="#ev">Eva Vaino</a> (Tartu Vision)</td></tr>
    <tr><td>3</td>\
<td>10:30am - 11:10am</td>\
<td><b>Counting Birds in Thin Air</b>, <a href="#jm">Jonas Mickus</a> (Vilnius Data)</td></tr>
    <tr><td> </td>\
<td>11:10am - 11:15am</td>\
<td>Parting Words, <a href="#rk">Rasa Kairiene</a> (Baltic AI Lab)</td></tr>
  </tbody>
</table>
"""


def test_a_linked_name_after_a_plain_title_names_the_speaker() -> None:
    """``Opening Words, <a>Name</a> (Lab)`` beside ``<b>Title</b>, <a>Name</a> (Lab)``
    rows: the link is the person, the words before it the title."""
    talks = {t.title: t.speakers for t in _read(_REMARKS_ROWS).talks}
    assert [p.name for p in talks["Opening Words"]] == ["Rasa Kairiene"]
    assert talks["Opening Words"][0].affiliations == ["Baltic AI Lab"]
    assert [p.name for p in talks["Parting Words"]] == ["Rasa Kairiene"]
    assert [p.name for p in talks["Labels from Simulators"]] == ["Eva Vaino"]
