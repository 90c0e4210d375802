"""The net under every reading of a person's notes: a line no reading owned ends in the
document's own note, as written; a line read whole as facts, or a table's header over
rows read as a programme, does not make one. Fixtures are written for the test."""

from __future__ import annotations

import re

from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.registry import parse_programme
from confnotes.importers.unkept import keep_every_line, unkept_lines


def _bodies(p: Programme) -> str:
    return "\n".join(t.body for t in p.talks)


def test_a_table_header_over_talks_read_one_per_row_stays_in_the_notes() -> None:
    text = (
        "# Notes from Ledger Day 2025\n\n| Time | Talk | Who |\n|---|---|---|\n"
        "| 09:30 | Append-only pitfalls | Hedda Brun |\n"
        "| 11:00 | Snapshots that lie | Tariq Salim |\n\n"
        "## Append-only pitfalls\nCompaction is where it bites.\n\n"
        "## Snapshots that lie\nClock skew again.\n"
    )
    p = parse_programme(text.encode(), "ledger.md")
    assert "| Time | Talk | Who |" in _bodies(p)
    assert unkept_lines(p, text) == []


def test_a_line_no_reading_owned_goes_to_the_notes_own_note_in_order() -> None:
    p = Programme(
        "Queue Summit",
        "outline",
        talks=[ProgrammeTalk("Backpressure", body="Shed load early.\n")],
    )
    text = "Scribbled on the train home\n\n# Backpressure\nShed load early.\nAsk about quotas\n"
    assert keep_every_line(p, text) == 2
    (talk,) = p.talks  # the document's only talk takes them
    assert talk.body == "Shed load early.\n\nScribbled on the train home\nAsk about quotas\n"


def test_lines_read_whole_as_facts_make_no_note() -> None:
    # a day heading, a field's label before a date, a speaker line: all read as facts
    text = (
        "## Day 2 (Mar 4)\n\nDate: March 4, 2026\n\n### Cache stampedes\n"
        "Ilse Varga (Northwind Labs)\n\nNotes here.\n"
    )
    p = parse_programme(text.encode(), "day2.md")
    before = len(p.talks)
    assert unkept_lines(p, text) == []
    assert keep_every_line(p, text) == 0
    assert len(p.talks) == before


def test_a_line_saying_more_than_its_facts_is_kept_whole() -> None:
    p = Programme("Untitled", "outline", talks=[ProgrammeTalk("A", body="x\n")])
    p.talks.append(ProgrammeTalk("B", body="y\n"))
    text = "Notes from DevFest Lyon, 14 November 2025\n\n# A\nx\n\n# B\ny\n"
    assert keep_every_line(p, text) == 1
    own = p.talks[-1]
    assert (own.kind, own.title) == ("other", "Untitled")
    assert own.body == "Notes from DevFest Lyon, 14 November 2025\n"


def test_a_large_file_read_by_one_reader_keeps_every_line_too() -> None:
    # past the size where readings are weighed, the day-notes reader alone reads the file;
    # each session's heading links a page no field keeps
    day = (
        "## [Posters](https://example.org/conf/2031/sessions?day=2031-03-04)\n\n"
        "2:00 pm – 3:30 pm @ Hall B\\\n"
        "[Ledgers at Scale](https://example.org/conf/2031/poster?event={n})\\\n"
        "[paper](https://arxiv.org/abs/2101.0{n:04})\\\n"
        "Hedda Brun (Nordlys Institute)\n\n"
        "Compaction is where it bites, again and again, said the first author.\n\n"
    )
    text = "# Tue Mar 4\n\n" + "".join(day.format(n=n) for n in range(1200))
    assert len(text) > 300_000
    p = parse_programme(text.encode(), "year.md")
    assert "## [Posters](https://example.org/conf/2031/sessions?day=2031-03-04)" in _bodies(p)


_POST_WITH_LIST = (
    "---\nlayout: post\ntitle: Was ich vom Kafkatag 2024 mitnehme\n---\n\n"
    "Zwei Tage in Köln, viele Vorträge über Streams und ein langer Abend danach.\n\n"
    "Sehenswert fand ich:\n<ol>\n"
    '  <li><a href="https://v.example.de/1"><strong>Pia Lorenz - Exactly once, wirklich?'
    "</strong></a> -- hat mein Bild zurechtgerückt</li>\n"
    '  <li><a href="https://v.example.de/2"><strong>Ole Brandt - Schemas im Wandel'
    "</strong></a> -- gute Beispiele aus dem Betrieb</li>\n"
    '  <li><a href="https://v.example.de/3"><strong>Enno Vogt - Kompaktierung verstehen'
    '</strong></a> -- dazu ein Buch: <a href="https://b.example.de">Logs</a></li>\n'
    "</ol>\nBis nächstes Jahr.\n"
)


def test_a_post_whose_html_list_reads_as_a_programme_keeps_its_every_line() -> None:
    """A post (its front matter says so) holding a list pasted as HTML: whatever reading
    takes the list, the writer's prose around it and each item as written are kept."""
    p = parse_programme(_POST_WITH_LIST.encode(), "kafkatag.md")
    bodies = _bodies(p)
    for line in _POST_WITH_LIST.splitlines()[5:]:
        if re.sub(r"<[^<>]*>", "", line).strip():  # a line of words, not a bare tag
            assert line.strip() in bodies, line


def test_a_two_sign_word_of_chinese_or_japanese_is_a_word_the_notes_keep() -> None:
    p = Programme("Kaigi", "outline", talks=[ProgrammeTalk("Keynote", body="Good.\n")])
    text = "# Keynote\nGood.\n\n午餐\n\n感想\n"
    assert unkept_lines(p, text) == ["午餐", "感想"]


def test_an_html_cell_read_as_facts_is_kept_as_written_in_notes_only() -> None:
    p = Programme("Kaigi", "outline", talks=[ProgrammeTalk("Tracing", body="")])
    text = '<td><a href="https://k.example/1">Tracing</a></td>\n'
    assert unkept_lines(p, text, notes=True) == [text.strip()]
    assert unkept_lines(p, text, notes=False) == []
