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
