"""A document composed of parts of several shapes is read part by part, each by its
best reading, and no line is dropped."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.registry import parse_programme, text_readings

HARBOUR = """# Harbour Systems Day — 7 November 2024

## Talks I went to

- 09:30 Container terminals as distributed systems — Ana Ruiz (Port Authority)
- 10:30 Tide tables in the browser — Ewan MacLeod (Met Office)

## People I met

### Ana Ruiz
Runs the terminal operating system team; ask her about queueing.

### Ewan MacLeod
Maintains an open tide-prediction library, wants contributors.

## Takeaways

Ports are distributed systems with cranes.
Try the tide library for the sailing club app.
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


def test_timetable_then_speakers_then_takeaways_each_part_read_by_its_shape() -> None:
    p = parse_programme(HARBOUR.encode(), "harbour.md")
    assert p.reading == "several"
    talks = {t.title: t for t in p.talks}
    terminals = talks["Container terminals as distributed systems"]
    assert terminals.start == datetime(2024, 11, 7, 9, 30)  # the day from the title above
    assert [s.name for s in terminals.speakers] == ["Ana Ruiz"]
    assert "Ewan MacLeod" in {r.person.name for r in p.roles}
    bodies = _bodies(p)
    for line in HARBOUR.split("\n"):  # a person's notes: every line in some note
        if line.strip():
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
