"""Stop 65, helper a2: an event's dateline under a notes file's title, a heading the
writer could not title (``## ???``), and list items signed after their last colon
(``- Title: Full Name``). Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import date

from confnotes.importers.colon_signed import colon_signed
from confnotes.importers.datelines import dateline
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


# ------------------------------------------------------- the event's dateline


_HASHES_TIGHT = """##DevCamp Oslo 2019
####4 Mar 2019 Radisson Blu Plaza, Oslo

####Shipping small services without tears
######Lesson one
- keep deploys boring
- one owner per service

------

####What the pager taught us
1. alerts need an owner
2. runbooks rot quickly

------
####Caching at the edge
- purge by tag
- measure hit ratio first
"""

_FRENCH = """# JSConf Lyon 2023

## Jeudi 12 octobre 2023 — Palais des Congrès, Lyon

## Les signaux dans les frameworks

- réactivité fine
- moins de rendus inutiles

## Tester sans navigateur

- jsdom suffit souvent
- attention aux timers
"""


def test_an_event_name_over_its_dateline_makes_each_heading_a_talk_of_that_day() -> None:
    programme = _read(_HASHES_TIGHT)
    assert list(_talks(programme)) == [
        "Shipping small services without tears",
        "What the pager taught us",
        "Caching at the edge",
    ]
    assert {t.day or (t.start and t.start.date()) for t in programme.talks} <= {date(2019, 3, 4)}
    assert programme.name == "DevCamp Oslo 2019"


def test_a_french_dateline_with_its_weekday_is_no_talk() -> None:
    programme = _read(_FRENCH)
    assert list(_talks(programme)) == [
        "Les signaux dans les frameworks",
        "Tester sans navigateur",
    ]
    assert not any("Palais" in t.title for t in programme.talks)


def test_a_dateline_is_a_whole_date_first_then_a_place() -> None:
    assert dateline("4 Mar 2019 Radisson Blu Plaza, Oslo") == (
        date(2019, 3, 4),
        "Radisson Blu Plaza, Oslo",
    )
    assert dateline("Sábado, 12 de octubre de 2024 - Centro Cultural, Lima") == (
        date(2024, 10, 12),
        "Centro Cultural, Lima",
    )
    assert dateline("4 Mar 2019") is None  # a day heading, no place
    assert dateline("4 Mar 2019 we started late.") is None  # the writer's sentence
    assert dateline("Keynote 4 Mar 2019") is None  # the date is not first
    assert dateline("4 Mar 2019 10:00 Keynote") is None  # a timed slot


def test_a_talks_title_over_sub_headings_stays_one_talk() -> None:
    # no event's name and year, no dateline: the parts of one talk's notes
    text = "# Rust ownership in practice\n\n## Borrowing rules\n\n- one mutable\n\n"
    text += "## Lifetimes\n\n- elided mostly\n"
    assert list(_talks(_read(text))) == ["Rust ownership in practice"]


# ------------------------------------------------- a heading the writer could not title


_UNKNOWN = """### Day 1
## Opening keynote
* the roadmap for next year

## ???
* effect systems are coming
* nobody caught the speaker's name

## Build tools compared
* incremental builds matter
"""

_UNKNOWN_DE = """# Notizen

## Tag 1

### Datenbanken im Wandel
- Indizes neu denken

### …
- Folien kamen nie online

## Tag 2

### Verteilte Systeme ohne Angst
- Zeitstempel sind schwierig
"""


def test_question_marks_for_a_title_stay_the_title() -> None:
    titles = list(_talks(_read(_UNKNOWN)))
    assert "???" in titles
    assert "Untitled" not in titles
    assert "Build tools compared" in titles


def test_an_ellipsis_for_a_title_stays_the_title() -> None:
    programme = _read(_UNKNOWN_DE)
    titles = [t.title for t in programme.talks]
    assert "…" in titles
    assert "Untitled" not in titles
    assert "Verteilte Systeme ohne Angst" in titles


# -------------------------------------------------- items signed after their last colon


_SIGNED = """## HackFest 2021

Some picks from the video list.

* Opening Keynote: Dana Whitfield
* Fuzzing network parsers at scale: Oren Kasprzak
* Living off the land in cloud tenants: Priya Raman
"""

_SIGNED_FR = """# Rencontres Sécurité 2022

Mes choix parmi les vidéos :

- Sécurité des API : Marie Dupont
- Détection des intrusions en temps réel : Lucas Bernard
- Chiffrement pour les débutants : Camille Moreau
"""


def test_title_first_items_signed_after_a_colon() -> None:
    assert _talks(_read(_SIGNED)) == {
        "Opening Keynote": ["Dana Whitfield"],
        "Fuzzing network parsers at scale": ["Oren Kasprzak"],
        "Living off the land in cloud tenants": ["Priya Raman"],
    }


def test_french_items_signed_after_a_spaced_colon() -> None:
    assert _talks(_read(_SIGNED_FR)) == {
        "Sécurité des API": ["Marie Dupont"],
        "Détection des intrusions en temps réel": ["Lucas Bernard"],
        "Chiffrement pour les débutants": ["Camille Moreau"],
    }


def test_speaker_first_items_are_not_turned_round() -> None:
    text = _SIGNED.replace("* Opening Keynote: Dana Whitfield", "* Dana Whitfield: Opening Keynote")
    text = text.replace(
        "* Fuzzing network parsers at scale: Oren Kasprzak",
        "* Oren Kasprzak: Fuzzing network parsers at scale",
    )
    text = text.replace(
        "* Living off the land in cloud tenants: Priya Raman",
        "* Priya Raman: Living off the land in cloud tenants",
    )
    talks = _talks(_read(text))
    assert talks["Fuzzing network parsers at scale"] == ["Oren Kasprzak"]
    assert "Oren Kasprzak" not in talks


def test_near_misses_sign_no_talk() -> None:
    assert colon_signed("Speaker: Dana Whitfield") is None  # a field's label, no title
    assert colon_signed("Rust: Fast And Safe Code.") is None  # a sentence after the colon
    assert colon_signed("Dana Whitfield: Oren Kasprzak") is None  # names on both sides
    signed = colon_signed("Opening Keynote: Dana Whitfield")
    assert signed is not None
    assert (signed[0], [p.name for p in signed[1]]) == ("Opening Keynote", ["Dana Whitfield"])
    roles = "# Team offsite notes\n\nWho does what:\n\n* Speaker: Dana Whitfield\n"
    roles += "* Host: Oren Kasprzak\n* Moderator: Priya Raman\n"
    titles = set(_talks(_read(roles)))
    assert not titles & {"Speaker", "Host", "Moderator"}  # fields, never talks
