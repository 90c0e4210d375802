"""Conventions of people's notes met in real write-ups (stop 64, helper q5): a talk's
slot given among its facts by the conference's day it counts (``- Day 2 - 10:00 –
11:00 - room B``), and the event's days written as two numbers joined by ``and`` (``il
8 e 9 ottobre``). Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.section_reader import (
    counted_day_line,
    honoured_after_description,
    joined_days,
)


def _by_title(programme: Programme) -> dict[str, object]:
    return {t.title: t for t in programme.talks}


_COUNTED_SLOTS = """---
title: "Our team at Lakeside Dev Days 2031"
date: "2031-10-14"
---
Like every autumn, a few of us went to **Lakeside Dev Days in Turin, on 8 and 9 October**,
and here is what stayed with us.

#### Caching pages for people who are logged in
 * Mara Quintel ([@mquintel](https://example.org/mquintel))
 * Day 1 - 14:00 – 14:45 - room A

We learnt a trick to share one cached page between users with the same rights.

#### Queues without a broker
 * Tobias Ferrand
 * Day 2 - 10:30 – 11:15 - room B

A database table was enough for their jobs, which surprised most of us.

#### Why we still write changelogs
 * Ilse Varga ([@ilsev](https://example.org/ilsev))
 * Day 2 - closing keynote

A warm talk about the people who read release notes.
"""


def test_a_counted_day_and_its_hours_among_a_talks_facts_give_its_slot() -> None:
    talks = _by_title(parse_programme(_COUNTED_SLOTS.encode(), "lakeside.md"))
    caching = talks["Caching pages for people who are logged in"]
    queues = talks["Queues without a broker"]
    closing = talks["Why we still write changelogs"]
    assert caching.start == datetime(2031, 10, 8, 14, 0)
    assert [p.name for p in caching.speakers] == ["Mara Quintel"]
    assert queues.start == datetime(2031, 10, 9, 10, 30)
    assert [p.name for p in queues.speakers] == ["Tobias Ferrand"]
    assert closing.start is None or closing.start.date() == date(2031, 10, 9)
    assert closing.day == date(2031, 10, 9)


def test_two_days_joined_by_and_are_the_events_days_in_any_language() -> None:
    assert joined_days("a Torino, l'8 e 9 ottobre", date(2031, 10, 9)) == (
        date(2031, 10, 8),
        date(2031, 10, 9),
    )
    assert joined_days("on October 8 and 9", date(2031, 10, 8)) == (
        date(2031, 10, 8),
        date(2031, 10, 9),
    )
    assert joined_days("el 8 y 9 de octubre", date(2031, 10, 9)) is not None
    assert joined_days("on 3 and 5 May", date(2031, 5, 5)) is None  # two days, no range
    assert joined_days("tickets 12 and 13 euros", date(2031, 5, 20)) is None


def test_a_line_counts_a_day_only_when_the_count_opens_it() -> None:
    assert counted_day_line("Day 2 - 11:00 – 12:00 - track 2") == (2, "11:00 – 12:00 - track 2")
    assert counted_day_line("Giorno 1 - keynote di apertura") == (1, "keynote di apertura")
    assert counted_day_line("Day 3") == (3, "")
    assert counted_day_line("The best day 2 talk - by far") == (0, "")
    assert counted_day_line("Day 2 was long - but fun") == (0, "")


_ONE_HEADING_TOO_HIGH = """## Brightwater Web Summit - first day

### Making forms less painful - Noor Haddad, Interface Engineer

Short notes, mostly about validation messages.

- Say what is wrong next to the field
- Never clear what the user typed

### Shipping smaller bundles - Pieter Solberg, Performance Lead at Quayside

- Measure before trimming anything
- Lazy-load the admin screens

## Accessible charts for everyone - Yuki Amano, Data Designer

We saw colour palettes that survive printing in grey.

- Label lines directly rather than through a legend

### Motion with restraint - Carla Ibekwe, Front-end Developer at Kiteline

- Respect the reduced motion setting
- Keep transitions under a third of a second

### Logging in without passwords - Elias Brandt, Security Engineer

- Passkeys are easier than they sound
"""


def test_a_talk_heading_a_level_too_high_leaves_the_talks_under_it_their_own() -> None:
    talks = _by_title(parse_programme(_ONE_HEADING_TOO_HIGH.encode(), "summit.md"))
    expected = {
        "Making forms less painful": "Noor Haddad",
        "Shipping smaller bundles": "Pieter Solberg",
        "Accessible charts for everyone": "Yuki Amano",
        "Motion with restraint": "Carla Ibekwe",
        "Logging in without passwords": "Elias Brandt",
    }
    for title, name in expected.items():
        assert title in talks, title
        assert [p.name for p in talks[title].speakers] == [name]
    assert "Passkeys" not in (talks["Accessible charts for everyone"].body or "")


_FIELD_ON_THE_NEXT_LINE = """# Kitahama Robotics Day 2031 メモ

## セッションメモ（倉庫ロボットの経路計画）

- 講演者:
  Example Robotics 株式会社 Lead Engineer 小林 さん
- 概要
  倉庫の中で複数台のロボットが互いにぶつからない経路を作る話
  - 地図の更新は 1 秒ごと
  - 優先度の低い車両が道を譲る

- 感想
  シミュレーターの見せ方が分かりやすかった
"""


def test_a_speaker_field_with_its_value_on_the_next_line_names_the_speaker() -> None:
    programme = parse_programme(_FIELD_ON_THE_NEXT_LINE.encode(), "kitahama.md")
    speakers = {p.name for t in programme.talks for p in t.speakers}
    assert speakers == {"小林"}
    talk = next(t for t in programme.talks if t.speakers)
    assert talk.speakers[0].affiliations == ["Example Robotics 株式会社 Lead Engineer"]


def test_a_name_written_last_before_its_honorific_is_the_person() -> None:
    who = honoured_after_description("Example Robotics 株式会社 Lead Engineer 小林 さん")
    assert [p.name for p in who] == ["小林"]
    assert [p.name for p in honoured_after_description("Acme 株式会社 研究員 山田 花子 さん")] == [
        "山田 花子"
    ]
    assert honoured_after_description("Example Robotics Lead Engineer 小林") == []
    assert honoured_after_description("Example Robotics 株式会社 さん") == []
