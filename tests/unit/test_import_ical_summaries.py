"""iCal SUMMARY lines as calendars write them, read with the shared person test."""

from __future__ import annotations

import pytest

from confnotes.importers.formats.ical import speakers_from_summary


@pytest.mark.parametrize(
    ("summary", "title", "speakers"),
    [
        ("Scaling laws - Jane Doe [MIT]", "Scaling laws", [("Jane Doe", ["MIT"])]),
        ("Scaling laws -- Jane Doe", "Scaling laws", [("Jane Doe", [])]),
        ("Keynote: Marco Rossi - Why robots fall", "Why robots fall", [("Marco Rossi", [])]),
        (
            "Robot demos (demo by Ana Lima, Bo Chen)",
            "Robot demos",
            [("Ana Lima", []), ("Bo Chen", [])],
        ),
        ("Lunch - Main Hall", "Lunch - Main Hall", []),
        ("Coffee break", "Coffee break", []),
        ("Poster Session - Team 4", "Poster Session - Team 4", []),
        ("Hardware hacking - Stanford University", "Hardware hacking - Stanford University", []),
    ],
)
def test_summary_forms(summary: str, title: str, speakers: list[tuple[str, list[str]]]) -> None:
    got_title, people = speakers_from_summary(summary)
    assert got_title == title
    assert [(p.name, p.affiliations) for p in people] == speakers
