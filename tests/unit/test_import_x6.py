"""Mends of review 59's findings 8, 10 and 11: Dutch ``uit`` as "from" a place, a
talk's parts each opened by its one speaker, a title holding "Community" before
``, Name``."""

from __future__ import annotations

from confnotes.importers.persons import is_organisation, is_person_name
from confnotes.importers.registry import parse_programme

DUTCH_TABLE = """| Tijd | Onderwerp | Spreker |
|---|---|---|
| 18:30 | Kaarten van de polder | Sanne Mulder uit Zwolle |
| 19:15 | Sensoren in de kas | Bram Visser |
"""


def test_uit_before_a_place_is_no_part_of_the_name() -> None:
    assert not is_person_name("Sanne Mulder uit Zwolle")
    assert is_person_name("Joost uit 't Hoff")
    assert is_person_name("Mirjam uit de Weerd")
    programme = parse_programme(DUTCH_TABLE.encode(), "meetup.md")
    names = [p.name for t in programme.talks for p in t.speakers]
    assert "Sanne Mulder uit Zwolle" not in names
    assert "Bram Visser" in names


COMMUNITY_TITLES = """# Evening programme

- 18:00 Welcome and news - Hanna Lind
- 18:20 Why our Open Source Community stalled in 2024, Oskar Brandt
- 19:00 Mapping bike lanes - Ines Falk
"""


def test_a_title_about_a_community_is_still_cut_from_its_speaker() -> None:
    programme = parse_programme(COMMUNITY_TITLES.encode(), "evening.md")
    talks = {t.title: t for t in programme.talks}
    talk = talks["Why our Open Source Community stalled in 2024"]
    assert [p.name for p in talk.speakers] == ["Oskar Brandt"]
    assert is_organisation("Rust Community Berlin")


TALK_IN_PARTS = """# Notes from RustFest

## Keynote: Writing a tiny database

### Part 1: A log file

Speaker: Mira Holt

Append-only writes first.

### Part 2: An index

Speaker: Mira Holt

A hash map over offsets.

## Error handling in practice

Speaker: Tom Reyes

Results all the way down.

## Fuzzing the parser

Speaker: Lena Brook

Found three panics in an hour.
"""


def test_parts_each_opened_by_the_same_speaker_are_one_talk() -> None:
    programme = parse_programme(TALK_IN_PARTS.encode(), "rustfest.md")
    talks = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert talks["Writing a tiny database"] == ["Mira Holt"]
    assert "Part 1: A log file" not in talks
    assert talks["Error handling in practice"] == ["Tom Reyes"]
