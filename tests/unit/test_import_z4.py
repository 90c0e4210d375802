"""Conventions of people's own notes of talks (blind set 34, n-files): a report's
opening sentence that recalls the event's day beside its name; ``Title - Name`` headings
whose odd one writes its name in lower case or links it without the dash."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.registry import parse_programme

# ------------------------------------------------------- 1. a recalled day beside the event

_REPORT = """---
layout: post
title: "Lago Dev Day 2031"
date: 2031-06-20
---

Sabato 7 giugno si è svolta la seconda edizione del [Lago Dev Day](https://example.org/)
in riva al lago. Ecco i miei appunti.

## I talk

### Code che non perdono messaggi

La presentazione di [Marta Ricci](https://example.org/marta) era piena di esempi.

### Mappe offline sul telefono

Il talk di [Paolo Gentile](https://example.org/paolo) ha mostrato tre casi reali.
"""


def _days(text: str) -> set[date | None]:
    programme = parse_programme(text.encode(), "report.md")
    found: set[date | None] = set()
    for talk in programme.talks:
        found.add(talk.start.date() if isinstance(talk.start, datetime) else talk.day)
    return found


def test_a_report_s_opening_day_beside_the_event_s_name_dates_its_talks() -> None:
    assert _days(_REPORT) == {date(2031, 6, 7)}


def test_a_day_recalled_for_something_else_does_not_date_the_talks() -> None:
    """The control: the same day recalled for a ticket, no event named beside it."""
    text = _REPORT.replace(
        "Sabato 7 giugno si è svolta la seconda edizione del [Lago Dev Day](https://example.org/)\n"
        "in riva al lago.",
        "Il 7 giugno ho comprato il biglietto.",
    )
    assert date(2031, 6, 7) not in _days(text)


# ------------------------------------------- 2. the "Title - Name" column's odd headings

_COLUMN = """## tiling maps offline - [ines falk](https://example.org/ines) ##

* cache the tiles

## queues that never drop - Oskar Brandt ##

* acks and retries

## caching without tears [Hanna Lind](https://example.org/hanna) ##

* two layers of cache

## small boards, big models - [Tariq Haddad](https://example.org/tariq) ##

* quantise first

## open hallway ##

* chats
"""


def _speakers(text: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), "notes.md")
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_a_lower_case_name_in_the_column_of_speakers_is_the_speaker() -> None:
    assert _speakers(_COLUMN)["tiling maps offline"] == ["ines falk"]


def test_a_linked_name_without_the_column_s_dash_is_the_speaker() -> None:
    assert _speakers(_COLUMN)["caching without tears"] == ["Hanna Lind"]


def test_a_linked_phrase_ending_a_heading_is_no_speaker() -> None:
    """The control: a link to a thing, not a name, stays part of the title."""
    text = _COLUMN.replace(
        "[Hanna Lind](https://example.org/hanna)", "[with Redis](https://example.org/r)"
    )
    assert "with Redis" not in {n for names in _speakers(text).values() for n in names}
