"""A post that opens with MultiMarkdown metadata (``Title:``/``Date:`` lines, no fences),
as Pelican and Python-Markdown's ``meta`` extension write it: its date gives the talks'
day, its title the event, its author is no speaker, and every line stays in the notes."""

from __future__ import annotations

from datetime import date

from confnotes.importers.registry import parse_programme
from confnotes.importers.structure import metadata_block

DAY_POST = """\
Title: Quarry Summit 2025, second day
Date: 2025-05-15
Author: Oskar
Tags: conferences

What I wrote down on the second day.

## Sampling traces at the edge — Liang Qiu

Head sampling drops the traces you need; tail sampling needs memory.

## Budgets for cardinality — Femi Adeyemi

Every label is a multiplier.
"""


def test_the_metadata_date_gives_every_talk_its_day_and_the_author_is_no_speaker() -> None:
    programme = parse_programme(DAY_POST.encode(), "day-two.md")
    talks = {t.title: t for t in programme.talks if t.speakers}
    assert set(talks) == {"Sampling traces at the edge", "Budgets for cardinality"}
    assert [p.name for p in talks["Sampling traces at the edge"].speakers] == ["Liang Qiu"]
    assert all((t.day or (t.start and t.start.date())) == date(2025, 5, 15) for t in talks.values())
    assert "Quarry Summit 2025" in programme.name
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "Oskar" not in people


def test_every_line_of_the_post_stays_in_some_note() -> None:
    programme = parse_programme(DAY_POST.encode(), "day-two.md")
    bodies = "\n".join(t.body for t in programme.talks)
    for line in DAY_POST.splitlines():
        if line.strip() and not line.startswith("## "):
            assert line in bodies, line


def test_a_first_paragraph_is_no_metadata_unless_every_line_is_key_value() -> None:
    assert metadata_block(["Title: A", "Date: 2025-01-01", "", "Text"]) == {
        "title": "A",
        "date": "2025-01-01",
    }
    assert metadata_block(["Note: the talk ran late.", "We left early.", ""]) == {}
    assert metadata_block(["See: https://example.org/x", ""]) == {}  # one line is not enough
    assert metadata_block(["# Heading", "Title: A", "Date: B"]) == {}
