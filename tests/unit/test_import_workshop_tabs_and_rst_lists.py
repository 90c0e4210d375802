"""Two kinds of programme page read by their structure (issue 33, stop 46).

- An HTML page of workshop tabs: each tab a ``<section>`` whose ``<h2>`` names the
  workshop, an ``<h3>`` says who leads it after a label the page inflects for one person
  or several (``Leiter:``, ``Leiterin:``, ``Leiterinnen:``), an ``<h4>`` says when, as a
  weekday and a short dotted date (``Mi. (16.10.)``) and a clock, maybe running into the
  next day; a definition list of practical details follows. The heading names the record,
  not the first definition; the labels are one; the date belongs to its own workshop.
- A reStructuredText page of past meetups: sections underlined with ``=`` and ``-`` only
  (as Markdown's), each a date over a list of ``\u0060Title <url>\u0060_, Name`` items. The
  page is read as reStructuredText by its links and its explicit target, its list items'
  links are links, and the date headings are the talks' days, not sessions; a list of
  one such item among them is a talk too.
"""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers import doctree
from confnotes.importers.columns import is_time
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date

TABS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kurse</title></head><body>
<nav><ul><li><a href="#">Kurse</a></li><li><a href="ort.html">Anreise</a></li></ul></nav>
<h1>Herbstakademie Datenkunde 2019</h1>
<div class="tabs">
<section>
<p class="tab"><a href="#plan">Plan</a></p>
<div class="pane"><img src="plan.png" alt="Wochenplan"></div>
</section>
<section>
<p class="tab"><a href="#karten">Karten</a></p>
<div class="pane">
<h2>Karten lesen mit GeoJSON</h2>
<h3>Leiterin: <a href="/hv">Hanna Vogelsang</a></h3>
<h4>Zeit: Mo. (14.10.), 09:00 Uhr bis Di. (15.10.), 12:30 Uhr</h4>
<p>Koordinaten, Projektionen und kleine Karten im Browser: der Kurs geht Schritt für
Schritt vom Punkt zur fertigen Karte und lässt viel Zeit für eigene Übungen.</p>
<dl><dt>Vorkenntnisse</dt><dd>keine</dd><dt>Software</dt><dd>ein Texteditor</dd>
<dt>Kosten</dt><dd>10 Euro</dd></dl>
</div>
</section>
<section>
<p class="tab"><a href="#tabellen">Tabellen</a></p>
<div class="pane">
<h2>Tabellen säubern mit OpenRefine</h2>
<h3>Leiterinnen: Miriam Osterkamp und <a href="/jb">Johanna Brückner</a></h3>
<h4>Zeit: Di. (15.10.), 14:00–17:30 Uhr</h4>
<p>Unordentliche Tabellen werden in eine saubere Form gebracht: doppelte Zeilen,
verschiedene Schreibweisen und leere Felder werden gefunden und bereinigt.</p>
<dl><dt>Vorkenntnisse</dt><dd>Grundkenntnisse einer Tabellenkalkulation sind hilfreich</dd>
<dt>Software</dt><dd>OpenRefine</dd><dt>Kosten</dt><dd>10 Euro</dd></dl>
</div>
</section>
<section>
<p class="tab"><a href="#texte">Texte</a></p>
<div class="pane">
<h2>Texte vergleichen und Varianten zählen</h2>
<h3>Leiter: <a href="/fa">Felix Amsel</a></h3>
<h4>Zeit: Mi. (16.10.), 14:00 bis Do. (17.10.), 12:30 Uhr</h4>
<p>Zwei Fassungen eines Textes werden nebeneinander gestellt, ihre Unterschiede
ausgezählt und in einer Übersicht dargestellt.</p>
<dl><dt>Vorkenntnisse</dt><dd>Es werden keine Vorkenntnisse erwartet</dd>
<dt>Software</dt><dd>ein Browser</dd><dt>Kosten</dt><dd>15 Euro</dd></dl>
</div>
</section>
<section>
<p class="tab"><a href="#netz">Netze</a></p>
<div class="pane">
<h2>Briefnetzwerke darstellen</h2>
<h3>Leiter: <a href="/ok">Oskar Kellermann</a></h3>
<h4>Zeit: Mi. (16.10.), 09:00–12:30 Uhr</h4>
<p>Aus den Angaben von Absender und Empfänger entsteht ein Netz, das sich im Browser
erkunden lässt; Beispiele aus zwei Briefsammlungen.</p>
<dl><dt>Vorkenntnisse</dt><dd>keine</dd><dt>Software</dt><dd>Gephi</dd>
<dt>Kosten</dt><dd>10 Euro</dd></dl>
</div>
</section>
</div></body></html>
"""


def _talks(text: str, name: str) -> dict[str, object]:
    programme = parse_programme(text.encode(), name)
    return {t.title: t for t in programme.talks}


def test_a_weekday_before_a_short_dotted_date_makes_it_a_date_when_the_calendar_agrees() -> None:
    assert find_date("Mi. (16.10.)", 2019)[0] == date(2019, 10, 16)
    assert find_date("Di., 1.10.", 2019)[0] == date(2019, 10, 1)
    assert find_date("Mo 7.10. abends", 2019)[0] == date(2019, 10, 7)
    # the numbers alone, or after a word that names no weekday of that date: no date
    assert find_date("Version 3.10. ist neu", 2019)[0] is None
    assert find_date("Fr. (1.10.)", 2019)[0] is None  # 1 October 2019 is a Tuesday


def test_a_range_of_days_and_clocks_is_a_time_however_long() -> None:
    assert is_time("Mo. (14.10.), 09:00 Uhr bis Di. (15.10.), 12:30 Uhr")
    assert is_time("Monday 14 October, 09:00 to Tuesday 15 October, 12:30")
    assert not is_time("Bringing the archive online at 10:00 with many volunteers")


def test_workshop_tabs_give_heading_titles_their_leaders_and_their_own_days() -> None:
    talks = _talks(TABS, "kurse.html")
    assert set(talks) == {
        "Karten lesen mit GeoJSON",
        "Tabellen säubern mit OpenRefine",
        "Texte vergleichen und Varianten zählen",
        "Briefnetzwerke darstellen",
    }
    maps = talks["Karten lesen mit GeoJSON"]
    assert [p.name for p in maps.speakers] == ["Hanna Vogelsang"]  # type: ignore[attr-defined]
    assert maps.start == datetime(2019, 10, 14, 9, 0)  # type: ignore[attr-defined]
    tables = talks["Tabellen säubern mit OpenRefine"]
    # the plain name before the linked one is a leader too, under the plural label
    assert [p.name for p in tables.speakers] == [  # type: ignore[attr-defined]
        "Miriam Osterkamp",
        "Johanna Brückner",
    ]
    assert tables.start == datetime(2019, 10, 15, 14, 0)  # type: ignore[attr-defined]
    texts = talks["Texte vergleichen und Varianten zählen"]
    assert texts.start == datetime(2019, 10, 16, 14, 0)  # type: ignore[attr-defined]
    nets = talks["Briefnetzwerke darstellen"]
    assert nets.start == datetime(2019, 10, 16, 9, 0)  # type: ignore[attr-defined]


MEETUPS = """.. _past:

Past meetups
============

The talks of our past evenings, newest first.

Want to speak? Fill in the `form
<https://example.org/cfp>`_ and we will write back.

June 3, 2021
------------

We watched two recorded talks together:

- `Caching without tears <https://example.org/v/1>`_, Marta Lindqvist

- `Packaging a command line tool <https://example.org/v/2>`_, Tobias Ferreira

April 8, 2021
-------------

- `Property based testing in practice <https://example.org/s/3>`_, Ines Okonkwo

- Small scripts that saved my week, Daniel Hartmann

- `Reading a profiler's output <https://example.org/s/4>`_, Marta Lindqvist

February 11, 2021
-----------------

- Writing a tiny interpreter, Farida Nasser

- Notebooks in version control, Pablo Ibarra

- Async for the impatient, Ines Okonkwo

January 14, 2021
----------------

- Graphs of my running year, Lucia Fernández

December 2, 2020
----------------

- Teaching loops to children, Greta Solberg

- What I learnt maintaining a library, Tobias Ferreira
"""


def test_rst_with_only_markdown_underlines_is_known_by_its_links_and_target() -> None:
    doc = doctree.parse(MEETUPS)
    assert doc.syntax == "rst"
    items = [n.text for n in doc.root.walk() if n.kind == "item"]
    assert "Caching without tears, Marta Lindqvist" in items  # the link's words, no markup


def test_date_headings_over_lists_of_talks_are_their_days() -> None:
    talks = _talks(MEETUPS, "talks.rst")
    caching = talks["Caching without tears"]
    assert [p.name for p in caching.speakers] == ["Marta Lindqvist"]  # type: ignore[attr-defined]
    assert caching.day == date(2021, 6, 3)  # type: ignore[attr-defined]
    assert not caching.session  # type: ignore[attr-defined]
    scripts = talks["Small scripts that saved my week"]
    assert [p.name for p in scripts.speakers] == ["Daniel Hartmann"]  # type: ignore[attr-defined]
    assert scripts.day == date(2021, 4, 8)  # type: ignore[attr-defined]
    assert talks["Reading a profiler's output"].day == date(2021, 4, 8)  # type: ignore[attr-defined]
    # a list of one "Title, Name" item among lists of them: that evening's one talk
    running = talks["Graphs of my running year"]
    assert [p.name for p in running.speakers] == ["Lucia Fernández"]  # type: ignore[attr-defined]
    assert running.day == date(2021, 1, 14)  # type: ignore[attr-defined]
    loops = talks["Teaching loops to children"]
    assert [p.name for p in loops.speakers] == ["Greta Solberg"]  # type: ignore[attr-defined]
    assert loops.day == date(2020, 12, 2)  # type: ignore[attr-defined]
