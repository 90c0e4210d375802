"""Programme pages whose structure says more than their words (issue 33, stop 53, helper
s53j): a page whose agenda sits in its front matter as a list of strings (inline HTML
in them) shows those lines as its list, read as talks by their by-phrases and dated by
the front matter's date; a table of talks whose headers are swapped (the names under
``Title``, the titles under ``Speaker``) is read by its cells, and a column repeating one
venue in every row holds no titles. The documents are written for these tests."""

from __future__ import annotations

from datetime import date

from confnotes.importers.columns import read_table
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str) -> list[tuple[str, list[str]]]:
    p = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers]) for t in p.talks if t.kind != "other"]


AGENDA = """---
layout: night
night_date: '2032-05-04'
agenda:
  - 'Doors open, snacks and drinks'
  - 'Talk 1: <strong>Caching at the edge, honestly</strong> by Priya Natarajan'
  - 'Talk 2: <strong>Ten years of one monolith</strong> by Tomasz Wrona'
  - 'Talk 3: <strong>Types &amp; tests</strong> by Aoife Brennan'
  - 'Open end at the bar'
---
Welcome to our spring night! Three talks this time.

See you there, <a href="https://example.org">Ruth Okafor</a>
"""


def test_a_front_matter_agenda_of_html_strings_is_the_pages_list_of_talks() -> None:
    p = parse_programme(AGENDA.encode(), "night.md")
    talks = [t for t in p.talks if t.speakers]
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Caching at the edge, honestly", ["Priya Natarajan"]),
        ("Ten years of one monolith", ["Tomasz Wrona"]),
        ("Types & tests", ["Aoife Brennan"]),
    ]
    assert all(t.day == date(2032, 5, 4) for t in talks)
    assert "Ruth Okafor" not in {s.name for t in p.talks for s in t.speakers}


def test_a_front_matter_list_of_links_or_tags_is_no_agenda() -> None:
    text = "---\ntags:\n  - databases\n  - caching\n  - edge\n---\nA note about caching.\n"
    assert not any(t.speakers for t in parse_programme(text.encode(), "note.md").talks)


SWAPPED = """<html><head><title>Talks - Elm Meetup Lyon</title></head><body>
<table>
<tr><th>Date</th><th>Title</th><th>Speaker</th><th>Venue</th></tr>
<tr><td>2027 April</td><td>Odile Marchand</td><td>Ports without tears</td><td>Gerland</td></tr>
<tr><td>2027 April</td><td>Bastien Roux</td><td>Parsing JSON by hand</td><td>Gerland</td></tr>
<tr><td>2027 May</td><td>Inès Carpentier</td><td>Ports without tears</td><td>Gerland</td></tr>
</table></body></html>
"""


def test_a_tables_swapped_headers_give_way_to_its_cells() -> None:
    assert _talks(SWAPPED, "talks.html") == [
        ("Ports without tears", ["Odile Marchand"]),
        ("Parsing JSON by hand", ["Bastien Roux"]),
        ("Ports without tears", ["Inès Carpentier"]),
    ]
    talks = parse_programme(SWAPPED.encode(), "talks.html").talks
    assert "Gerland" not in {s.name for t in talks for s in t.speakers}


def test_beside_the_people_the_varying_repeated_column_holds_the_titles() -> None:
    rows = [
        ["Odile Marchand", "Ports without tears", "English"],
        ["Bastien Roux", "Parsing JSON by hand", "English"],
        ["Inès Carpentier", "Ports without tears", "English"],
    ]
    assert read_table(rows, ["Title", "Speaker", "Language"])[:2] == ["people", "title"]
