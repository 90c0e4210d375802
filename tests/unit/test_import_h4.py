"""Conventions read from stop 62's h4 files (fixtures written anew, in our own words)."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, source: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), source)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def _people(text: str, source: str = "notes.md") -> list[str]:
    programme = parse_programme(text.encode(), source)
    return sorted({p.name for t in programme.talks for p in t.speakers})


KEY_POINTS = """\
---
created: 2025-03-02T10:00
---
The session looked at moving old software to new platforms, with careful optimism.

## Early Results

- **Faster Reviews:** Reviewers now spend far less time than before on routine changes.
- **Fewer Bugs:** The number of defects reported after each release went down a lot.

## Open Problems

- **Missing Context:** The assistant does not know the history of the old system at all.
- **Slow Checks:** Checking the output takes a long time and eats most of the savings.
- **Cost:** Running the models is not cheap.

Next year the team plans to build its own model.

## What Comes Next

- **Human Review:** Every change is still read by a person before it ships to users.
- **Steady Hiring:** The company keeps hiring engineers at the same pace as in past years.
"""


def test_bold_points_explained_by_a_sentence_name_no_speakers() -> None:
    assert _people(KEY_POINTS, "migration.md") == []
    assert len(_talks(KEY_POINTS, "migration.md")) == 1


def test_name_colon_title_items_still_read_as_talks() -> None:
    text = """\
# Evening of short talks

- **Ana Ruiz:** Mapping Tides with Open Data
- **Bo Lindqvist:** Small Parsers for Big Logs
- **Chidi Okafor:** Caching Without Tears
"""
    assert _talks(text) == {
        "Mapping Tides with Open Data": ["Ana Ruiz"],
        "Small Parsers for Big Logs": ["Bo Lindqvist"],
        "Caching Without Tears": ["Chidi Okafor"],
    }


def _one(text: str, source: str) -> tuple[str, list[str], str]:
    programme = parse_programme(text.encode(), source)
    [talk] = programme.talks
    return talk.title, [p.name for p in talk.speakers], str(talk.day or "")


def test_a_header_block_names_the_speaker_by_name_and_handle_and_the_day() -> None:
    text = """\
Teaching robots to fold laundry
Botcamp 2031 - 09/23/2031
Marisol Etxeberria
@marisol_bots

She opened with a video of a robot failing at a towel for ten whole minutes.
Then she explained why cloth is so hard to model.
"""
    _title, speakers, day = _one(text, "teaching-robots-to-fold-laundry.md")
    assert speakers == ["Marisol Etxeberria"]
    assert day == "2031-09-23"


def test_a_heading_then_a_line_with_the_event_and_its_date_dates_the_talk() -> None:
    text = """\
# Why caches lie
Oskar Lindahl @olindahl works at Example Lab
Cachecon 2029 03/14/2029

Caches are easy until two of them disagree about the same key.

## Invalidation
Most of the talk was about when to throw data away.
"""
    _title, _speakers, day = _one(text, "why-caches-lie.md")
    assert day == "2029-03-14"


def test_a_name_before_a_japanese_sentence_introduces_a_person_not_a_talk() -> None:
    text = """\
# 一日目

## Quiet Layouts by Ana Ruiz
レイアウトの話。とても面白かった。

## Tiny Parsers by Bo Lindqvist
パーサーの話だった。

# 雑談

## Carla Mendes & Dario Fo

Carla Mendes: ある会社の開発者。フォームの仕様をよく書いている。
Dario Fo: 別の会社。ツールの作者。（講演でも有名）

- いろいろ話を聞いた
"""
    talks = _talks(text, "report.md")
    assert talks["Quiet Layouts"] == ["Ana Ruiz"]
    assert "Carla Mendes" not in _people(text, "report.md")
    assert "Dario Fo" not in _people(text, "report.md")
