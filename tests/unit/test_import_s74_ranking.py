"""Which reading the import takes (stop 74): what a reading found weighs, not only its
format's bonus. A reading that finds more of two things (talks with a speaker or a time,
people, the document's headings as titles), losing nothing, ranks above a best whose lead
is its format's markers alone; one title over its parts stays one talk's notes."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.readings import CLOSE, INCUMBENT, Reading, rank_by_findings
from tests.unit.folder_fixtures import read_files, talk_speakers
from tests.unit.importing import read

# --------------------------------------------------------------------------- several titles


def _titles(programme: Programme) -> list[str]:
    return [t.title for t in programme.talks if t.kind != "other"]


def test_one_title_over_its_parts_stays_one_talk() -> None:
    one = """# Caching without tears

Some notes I took in the big room.

## Why it hurts
- stale reads after deploys

## What helped
- short lifetimes first

## Questions from the floor
- what about CDNs?
"""
    assert _titles(read(one, "caching.md")) == ["Caching without tears"]


def test_a_second_top_heading_without_parts_of_its_own_stays_a_part() -> None:
    # "# Links" at the top level, a list under it and no headings: the notes' own
    # appendix, not a second talk
    one = """# Caching without tears

## Why it hurts
- stale reads after deploys
- nobody owns the invalidation

## What helped
- short lifetimes first

# Links

- the slides, somewhere
- a post about tags
"""
    assert _titles(read(one, "caching.md")) == ["Caching without tears"]


_PARTS = [
    ("Rules of the game", "small steps"),
    ("Blocking out the plan", "one page"),
    ("Budgets", "two teams"),
    ("Pilot phase", "one region"),
    ("Measuring the rollout", "error rate"),
    ("Lessons learned", "start earlier"),
]


def test_a_file_of_a_folder_is_one_talk_whatever_its_top_headings(tmp_path: Path) -> None:
    # a folder of notes, a file per talk named by its title: its top headings, each
    # over parts of its own, are that talk's parts
    part = "# Overview\n\n- why now\n- what it costs\n\n# Design\n\n"
    part += "".join(f"## {h}\n\n- {b}\n- and more\n\n" for h, b in _PARTS[:3])
    part += "# Rollout\n\n"
    part += "".join(f"## {h}\n\n- {b}\n- and more\n\n" for h, b in _PARTS[3:])
    talks = talk_speakers(
        read_files(
            tmp_path / "harbourdays2031",
            {
                "Caching without tears.md": "Speakers: Ingrid Solberg (Tidewater)\n\n" + part,
                "Pruebas que no mienten.md": "Ponente: Lucía Navarro\n\n" + part,
            },
        )
    )
    assert set(talks) == {"Caching without tears", "Pruebas que no mienten"}


# --------------------------------------------------------------------------- finds more


def _reading(
    shape: str,
    score: float,
    talks: list[tuple[str, str]],
    headed: int = 0,
    kept: float = 1.0,
    incumbent: bool = False,
) -> Reading:
    programme = Programme(
        name="Harbour Day 2031",
        format="markdown",
        talks=[
            ProgrammeTalk(title=t, speakers=[ProgrammePerson(name=who)] if who else [])
            for t, who in talks
        ],
    )
    return Reading(
        shape,
        programme,
        score=score,
        kept=kept,
        sound=1.0,
        headed=headed,
        incumbent=incumbent,
    )


_TALKS = [
    ("Tides and sensors", "Ingrid Solberg"),
    ("Buoys that report", "Kofi Mensah"),
    ("Open data for ports", "Lucía Navarro"),
]


def test_a_reading_that_finds_more_talks_and_headings_beats_a_bonus_alone() -> None:
    page = _reading("page", 0.34 + INCUMBENT, _TALKS[:2], headed=1, kept=0.9, incumbent=True)
    records = _reading("records", 0.33, _TALKS, headed=3, kept=0.95)
    rank_by_findings([page, records])
    assert records.score > page.score
    assert any("format's markers alone" in e for e in records.evidence)


def test_one_more_count_alone_leaves_the_formats_reading_first() -> None:
    # one more talk (a chair's welcome read as a talk of the same person) and nothing
    # else: a reader's slip as often as a finding
    page = _reading("page", 1.0 + INCUMBENT, _TALKS[:2], headed=2, incumbent=True)
    welcome = ("Welcome and practicalities", "Ingrid Solberg")
    records = _reading("records", 1.0, [*_TALKS[:2], welcome], headed=2)
    rank_by_findings([page, records])
    assert page.score > records.score


def test_a_reading_that_keeps_less_or_trails_by_more_than_the_bonus_stays_second() -> None:
    page = _reading("page", 0.34 + INCUMBENT, _TALKS[:2], headed=1, incumbent=True)
    dropping = _reading("records", 0.33, _TALKS, headed=3, kept=0.6)
    rank_by_findings([page, dropping])
    assert page.score > dropping.score  # it leaves out lines the page keeps
    far = _reading("records", 0.34 - CLOSE - 0.05, _TALKS, headed=3)
    rank_by_findings([page, far])
    assert page.score > far.score  # behind by more than the format's bonus


def test_in_a_persons_notes_what_a_reading_leaves_out_is_kept_anyway() -> None:
    outline = _reading("talk", 0.34 + INCUMBENT, _TALKS[:1], incumbent=True)
    sections = _reading("sections", 0.33, _TALKS, headed=3, kept=0.7)
    rank_by_findings([outline, sections], every_line_kept=True)
    assert sections.score > outline.score
