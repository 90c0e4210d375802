"""A document composed of parts of several shapes is read part by part, each by its
best reading, and no line is dropped."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.registry import parse_programme, text_readings

HARBOUR = """# Harbour Systems Day — 7 November 2024

## Timetable

- 09:30 Container terminals as distributed systems — Ana Ruiz (Port Authority)
- 10:30 Tide tables in the browser — Ewan MacLeod (Met Office)

## Speakers

### Ana Ruiz
Ana runs the terminal operating system team and writes about queueing.

### Ewan MacLeod
Ewan builds forecasting tools and maintains an open tide-prediction library.

## About

Harbour Systems Day is a one-day meeting of people who build software for ports.
Entry is free; lunch is on the house.
"""

NOTES = """# RustFest notes

## Schedule

| Time | Talk | Speaker |
| --- | --- | --- |
| 10:00 | Async without tears | Lena Vogel |
| 11:00 | Embedded on a budget | Tom Becker |

## Async without tears
- pinning explained with a drawing
- use tokio-console early

## Embedded on a budget
- a 2 euro board runs the demo
- probe-rs is the debugger now

## Hallway track
Met the probe-rs maintainers; they want help with docs.
"""


def _bodies(programme) -> str:
    return "\n".join(t.body for t in programme.talks)


def test_timetable_then_speakers_then_about_each_part_read_by_its_shape() -> None:
    p = parse_programme(HARBOUR.encode(), "harbour.md")
    assert p.reading == "several"
    talks = {t.title: t for t in p.talks}
    terminals = talks["Container terminals as distributed systems"]
    assert terminals.start == datetime(2024, 11, 7, 9, 30)
    assert [s.name for s in terminals.speakers] == ["Ana Ruiz"]
    bodies = _bodies(p)
    for line in HARBOUR.split("\n")[10:]:  # the speakers' and the about text, as written
        if line.strip() and not line.startswith("#"):
            assert line in bodies


def test_notes_table_and_a_section_per_talk_become_talks_with_speakers_and_notes() -> None:
    p = parse_programme(NOTES.encode(), "rustfest.md")
    talks = {t.title: t for t in p.talks}
    async_talk = talks["Async without tears"]
    assert [s.name for s in async_talk.speakers] == ["Lena Vogel"]
    assert "- use tokio-console early" in async_talk.body
    assert [s.name for s in talks["Embedded on a budget"].speakers] == ["Tom Becker"]
    bodies = _bodies(p)
    for line in NOTES.split("\n")[2:]:
        if line.strip() and not line.startswith("## "):
            assert line in bodies  # a person's notes: every line in some note


def test_a_page_of_one_shape_is_not_read_by_parts() -> None:
    page = "# Day\n\n## Opening keynote\nnotes one\n\n## Second talk\nnotes two\n"
    shapes = [r.shape for r in text_readings(page.encode(), "day.md")]
    assert shapes[0] != "several"
    assert parse_programme(page.encode(), "day.md").reading != "several"


def test_import_as_several_chooses_the_reading_by_parts() -> None:
    p = parse_programme(HARBOUR.encode(), "harbour.md", shape="several")
    assert p.reading == "several"
    assert p.reading_chosen
