"""A programme page of cards (Bootstrap's accordion: a heading whose link opens the talk's
abstract and speaker line below it), as site templates write them. The fixture is written
for these tests."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers import doctree
from confnotes.importers.entries import place_line
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date

CARDS = """\
<!DOCTYPE html>
<html lang="de"><head><title>Filmtage 2031 - Programm</title></head>
<body>
<h1>Filmtage 2031 - Programm</h1>
<h3>Freitag, 14.03.2031</h3>
<div class="card">
  <h5 class="card-header"><a data-toggle="collapse" href="#t1">
    <div class="time"> 20:00 Saal B</div>
    <span class="icon"></span> Warum flackert das Licht?
  </a></h5>
  <div id="t1" class="collapse"><div class="card-body">
    <p>Ein Vortrag über Projektoren und ihre Lampen.</p>
    <p>Referent: Dr. Jonas Weber, <a href="https://example.org">Hochschule Nord</a></p>
  </div></div>
</div>
<div class="card">
  <h5 class="card-header"><a data-toggle="collapse" href="#t2">
    <div class="time"> 21:00 HS A</div>
    <span class="icon"></span> Ton im Kino - wie laut ist zu laut?
  </a></h5>
  <div id="t2" class="collapse"><div class="card-body">
    <p>Über Pegel und Ohren.</p>
    <p>Referentin: Prof. Dr. Mira Schulz, <a href="https://example.org">Universität Süd</a></p>
  </div></div>
</div>
<div class="card">
  <h5 class="card-header"><a data-toggle="collapse" href="#t3">
    <div class="time"> 22:00 Saal B</div>
    <span class="icon"></span> Kurzfilme aus dem Archiv
  </a></h5>
  <div id="t3" class="collapse"><div class="card-body">
    <p>Eine Auswahl.</p>
    <p>Referent: Paul Neumann, <a href="https://example.org">Stadtarchiv</a></p>
  </div></div>
</div>
</body></html>
"""


def test_each_card_is_a_talk_with_its_time_room_and_speaker() -> None:
    p = parse_programme(CARDS.encode(), "programm.php")
    got = [(t.title, t.start, t.room, [s.name for s in t.speakers]) for t in p.talks]
    assert got == [
        ("Warum flackert das Licht?", datetime(2031, 3, 14, 20, 0), "Saal B", ["Jonas Weber"]),
        ("Ton im Kino - wie laut ist zu laut?", datetime(2031, 3, 14, 21), "HS A", ["Mira Schulz"]),
        ("Kurzfilme aus dem Archiv", datetime(2031, 3, 14, 22, 0), "Saal B", ["Paul Neumann"]),
    ]


def test_a_block_inside_a_heading_does_not_shift_the_next_elements_place() -> None:
    """The heading's ``<div>`` of time and room is words of the heading: the collapse
    ``<div>`` after it starts at its own tag, and no stretch of markup alone (a card's own
    start tag) is read as words."""
    doc = doctree.parse(CARDS)
    collapses = [n for n in doc.root.walk() if n.attrs.get("class") == "collapse"]
    assert [CARDS[n.start : n.start + 12] for n in collapses] == [
        '<div id="t1"',
        '<div id="t2"',
        '<div id="t3"',
    ]
    assert not [n for n in doc.root.walk() if n.kind == "text" and n.text.endswith('">')]


def test_a_clock_line_of_its_own_gives_the_room() -> None:
    assert place_line("20:00 Saal B\nTitle") == ("20:00\nTitle", "Saal B")
    assert place_line("20:00 HS B\nTitle") == ("20:00\nTitle", "HS B")
    assert place_line("20:00 Keynote\nTitle")[1] == ""  # a kind, not a place
    assert place_line("20:00 Saal B Title")[1] == ""  # no line of its own


def test_a_range_of_days_starts_on_its_first_in_any_language() -> None:
    for text in (
        "vom 29. bis 30. Januar 2016",
        "du 29 au 30 janvier 2016",
        "del 29 al 30 de enero de 2016",
        "29 to 30 January 2016",
    ):
        assert find_date(text)[0] == date(2016, 1, 29), text
    assert find_date("Lange Nacht 29.01.16")[0] == date(2016, 1, 29)
    assert find_date("Version 3.10.12")[0] is None  # a version, not a date


JEKYLL_RECORDS = """\
---
layout: page
title: "Programação"
edition: "Semana 2031"
---

# 14/10 (ter)
##### Horário: 19:00 - 19:40
###### Palestra: [Redes neurais sem mistério][1]
###### Local: Auditório A
<hr>

##### Horário: 19:50 - 20:30
###### [Compiladores para iniciantes][2]
###### Local: Sala 3
<hr>

# 15/10 (qua)
##### Horário: 19:00 - 19:40
###### [Bancos de dados em grafo][3]
###### Local: Sala 3
<hr>

##### Horário: 19:50 - 20:30
###### [Testes que ninguém escreve][4]
###### Local: Sala 3
<hr>

##### Horário: 21:00 - 21:40
###### [Segurança em APIs][5]
###### Local: Sala 4
<hr>

##### Horário: 21:50 - 22:30
###### [Dados abertos na prática][6]
###### Local: Sala 4
<hr>

[1]: {{ site.baseurl }}/palestras/#redes
[2]: {{ site.baseurl }}/palestras/#compiladores
[3]: {{ site.baseurl }}/palestras/#grafos
[4]: {{ site.baseurl }}/palestras/#testes
[5]: {{ site.baseurl }}/p/#s
[6]: {{ site.baseurl }}/p/#d
"""


def test_reference_links_with_template_addresses_and_days_as_headings() -> None:
    """A Jekyll page's ``[Title][1]`` links whose definitions hold ``{{ site.baseurl }}``
    (Jekyll fills it in before Markdown reads the page) are titles, not brackets; a
    ``# 14/10 (ter)`` heading is the day of the records under it (the year from the
    page)."""
    p = parse_programme(JEKYLL_RECORDS.encode(), "programacao.md")
    got = [(t.title.removeprefix("Palestra: "), t.start) for t in p.talks if t.start]
    assert got == [
        ("Redes neurais sem mistério", datetime(2031, 10, 14, 19, 0)),
        ("Compiladores para iniciantes", datetime(2031, 10, 14, 19, 50)),
        ("Bancos de dados em grafo", datetime(2031, 10, 15, 19, 0)),
        ("Testes que ninguém escreve", datetime(2031, 10, 15, 19, 50)),
        ("Segurança em APIs", datetime(2031, 10, 15, 21, 0)),
        ("Dados abertos na prática", datetime(2031, 10, 15, 21, 50)),
    ]
