"""Stop 70, lead: two people with positions in one by-line, and an event whose name
holds ``Day`` and its year."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.importers.persons import split_speakers

from .folder_fixtures import read_files, talk_speakers
from .importing import read, speakers_by_title


def _people(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.affiliations) for p in split_speakers(text)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ana Ruiz, Head of Data and Bo Li, CEO", ["Ana Ruiz", "Bo Li"]),
        ("Carla Gómez, Directora de Datos y Pablo Martín, CTO", ["Carla Gómez", "Pablo Martín"]),
        ("Ana Ruiz, CTO and Bo Li, CEO", ["Ana Ruiz", "Bo Li"]),
    ],
)
def test_two_people_each_with_a_position_are_both_kept(line: str, names: list[str]) -> None:
    people = _people(line)
    assert [name for name, _ in people] == names
    # the second person's position is not handed to the first as a shared affiliation
    assert "CEO" not in people[0][1] and "CTO" not in people[0][1][1:]


def test_two_people_sharing_an_affiliation_still_share_it() -> None:
    assert _people("Ana Ruiz and Bo Li, Acme Labs") == [
        ("Ana Ruiz", ["Acme Labs"]),
        ("Bo Li", ["Acme Labs"]),
    ]
    assert _people("Ana Ruiz e Bo Li, FBK Trento") == [
        ("Ana Ruiz", ["FBK Trento"]),
        ("Bo Li", ["FBK Trento"]),
    ]


def test_one_person_whose_position_runs_past_a_conjunction_stays_one() -> None:
    assert [n for n, _ in _people("Ana Ruiz, Head of Data and Platform Engineering")] == [
        "Ana Ruiz"
    ]


_PAGE = """# {title}

## 10:00 Opening the lakehouse

Speaker: Ana Ruiz

## 11:00 Streaming at scale

Speaker: Carla Gómez
"""


@pytest.mark.parametrize("title", ["Data Day 2025", "Cloud Day 2031", "Journée Data 2025"])
def test_an_event_named_day_and_year_keeps_its_whole_name(title: str) -> None:
    programme = read(_PAGE.format(title=title), "programme.md")
    assert programme.name == title
    assert speakers_by_title(programme)["Opening the lakehouse"] == ["Ana Ruiz"]


def test_a_numbered_day_is_still_no_part_of_the_name() -> None:
    programme = read(_PAGE.format(title="Data Summit 2025 – Day 2"), "programme.md")
    assert programme.name == "Data Summit 2025"


_NOON_DAY = """# Spring Workshop 2025

*Friday, 14 March 2025*

- 9:00 am – Welcome coffee
- 10:00 am – *Sparse models in practice* – Ana Ruiz
- 11:00 am – *Federated search* – Bo Li
- {noon} – Lunch
- 1:00 pm – *Graph databases revisited* – Carla Gómez
"""


@pytest.mark.parametrize("noon", ["Noon", "12 noon", "Midday"])
def test_noon_leading_a_line_is_its_clock(noon: str) -> None:
    programme = read(_NOON_DAY.format(noon=noon), "day.md")
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Graph databases revisited"] is not None
    assert starts["Graph databases revisited"].hour == 13
    # the talk before lunch ends at noon, not when the next talk starts
    federated = next(t for t in programme.talks if t.title == "Federated search")
    assert federated.end is not None and federated.end.hour == 12


def test_noon_inside_a_title_stays_a_word() -> None:
    programme = read(
        "# Lunch talks 2025\n\n- 12:00 – *Noon talks on Rust* – Ana Ruiz\n"
        "- 12:30 – *Lunch at noon, rewritten* – Bo Li\n",
        "day.md",
    )
    assert set(speakers_by_title(programme)) >= {"Noon talks on Rust", "Lunch at noon, rewritten"}


def test_a_plural_role_key_in_another_language_names_the_speakers() -> None:
    data = (
        '{"evenement": "Journée Python 2025", "date": "2025-06-12", "sessions": ['
        '{"titre": "Typer ses données", "orateurs": ["Ana Ruiz"], "debut": "09:30"},'
        '{"titre": "Tests de propriétés", "oradores": ["Bo Li", "Carla Gómez"],'
        ' "debut": "10:30"}]}'
    )
    assert speakers_by_title(read(data, "programme.json")) == {
        "Typer ses données": ["Ana Ruiz"],
        "Tests de propriétés": ["Bo Li", "Carla Gómez"],
    }


_TWO_PARTS = """# Workshops

## First workshop @ ConfA 2021

**A subtitle in bold**

{first}

### Schedule

| Time | Speaker | Title |
| --- | --- | --- |
| 13:00 | Ana Ruiz | Opening the lakehouse |
| 14:00 | Bo Li | Federated search |

## Second tutorial @ ConfB 2022

{second}

### Schedule

| Time | Speaker | Title |
| --- | --- | --- |
| 14:00 | Carla Gómez | Graph databases revisited |
| 15:00 | Dana Smith | Closing the loop |
"""


def _days(first: str, second: str) -> dict[str, str]:
    programme = read(_TWO_PARTS.format(first=first, second=second), "workshops.md")
    return {t.title: t.start.date().isoformat() if t.start else "" for t in programme.talks}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The workshop was held on October 17, 2021, from 13:00-18:00.",
            "The tutorial was held on October 24, 2022, from 14:00-17:00.",
        ),
        (
            "Der Workshop fand am 17. Oktober 2021 statt.",
            "Das Tutorial fand am 24. Oktober 2022 statt.",
        ),
        (
            "El taller se celebró el 17 de octubre de 2021.",
            "El tutorial se celebró el 24 de octubre de 2022.",
        ),
    ],
)
def test_each_part_of_a_page_takes_the_day_its_opening_prose_writes(
    first: str, second: str
) -> None:
    days = _days(first, second)
    assert days["Federated search"] == "2021-10-17"
    assert days["Graph databases revisited"] == "2022-10-24"
    assert days["Closing the loop"] == "2022-10-24"


def test_a_deadline_or_a_yearless_day_in_a_later_part_moves_nothing() -> None:
    held = "The workshop was held on October 17, 2021."
    days = _days(held, "Registration deadline: October 1, 2021.")
    assert days["Graph databases revisited"] == "2021-10-17"
    days = _days(held, "We met again on October 24 for the tutorial.")
    assert days["Graph databases revisited"] == "2021-10-17"


_POST = """---
title: {title}
date: 2015-06-15
---

I went to the meetup and took notes.

## Sessions

### First talk title - Ana Ruiz

Notes here.

### Second talk title - Bo Li

More notes.
"""


@pytest.mark.parametrize(
    "title",
    ["HTML5オールスターズ勉強会", "Rust Study Meetup", "开源技术峰会", "Lakeshore Data Forum"],
)
def test_a_posts_title_naming_an_event_names_the_conference(title: str) -> None:
    programme = read(_POST.format(title=title), "post.md")
    assert programme.name == title
    assert speakers_by_title(programme)["Second talk title"] == ["Bo Li"]


def test_a_posts_title_naming_no_event_is_no_conference_name() -> None:
    programme = read(_POST.format(title="What I learned this week"), "post.md")
    assert programme.name != "What I learned this week"
    assert programme.name != "Sessions"  # a part of the post, never its event


_NOTES = "\n\nWhat was said.\n\n## One point\n\nMore of it.\n\n## Another point\n\nAnd more.\n"


def test_a_folders_file_names_give_the_speakers_after_the_talks_slug(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "harbourconf-2031",
        {
            "slow-queues-kofi-mensah.md": "# Slow Queues -- Mensah" + _NOTES,
            "here-be-krakens_lena-vasquez.md": "# Here Be Krakens -- The Old Monolith" + _NOTES,
            "tidy-ports_Ana_Ruiz.md": "# Keeping Tidy Ports in Production" + _NOTES,
        },
    )
    assert talk_speakers(read) == {
        "Slow Queues": ["Kofi Mensah"],
        "Here Be Krakens -- The Old Monolith": ["Lena Vasquez"],
        "Keeping Tidy Ports in Production": ["Ana Ruiz"],
    }


def test_one_file_name_ending_on_words_names_no_one(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "notes",
        {
            "release-notes_final-draft.md": "# Release notes" + _NOTES,
            "quiet-buoys.md": "# Quiet Buoys" + _NOTES,
        },
    )
    assert all(not speakers for speakers in talk_speakers(read).values())


def test_a_title_its_file_is_named_by_keeps_its_speakers_off(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "harbourconf-2031",
        {
            "buoys-and-tides.md": "# Buoys and Tides -- Amanda Folsom" + _NOTES,
            "tidal-data.md": "# Tidal Data -- Kofi Mensah" + _NOTES,
            "ports-in-the-cold.md": "# Ports in the Cold -- Lena Vasquez" + _NOTES,
        },
    )
    assert talk_speakers(read) == {
        "Buoys and Tides": ["Amanda Folsom"],
        "Tidal Data": ["Kofi Mensah"],
        "Ports in the Cold": ["Lena Vasquez"],
    }


def test_file_names_ending_on_places_or_days_name_no_one(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "trips",
        {
            "scaling-postgres-san-diego.md": "# Scaling Postgres" + _NOTES,
            "edge-caching-santa-clara.md": "# Edge Caching" + _NOTES,
            "rust-workshop_day-two.md": "# Rust Workshop" + _NOTES,
            "quiet-ports_day-three.md": "# Quiet Ports" + _NOTES,
        },
    )
    assert all(not speakers for speakers in talk_speakers(read).values())


_SUBTITLED = [
    "# Conference notes\n\n## Observability at scale - traces\n\nx\n\n"
    "## Kubernetes operators - reconcilers\n\nx\n\n## Rust in production - ownership\n\nx\n",
    "# Trip\n\n## Breakfast - croissants\n\nx\n\n## Lunch - ramen\n\nx\n\n## Dinner - tapas\n\nx\n",
]


@pytest.mark.parametrize("text", _SUBTITLED)
def test_one_word_subtitles_after_a_dash_are_no_speakers(text: str) -> None:
    assert not any(speakers_by_title(read(text, "notes.md")).values())
