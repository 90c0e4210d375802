"""Review mends for people's notes: a title's capitalised words after a comma among
``Title - Name`` headings, a quote block holding a name and its bio, a range of days in a
post's prose that is some other period, and ``Name, affiliation, Title`` headings."""

from __future__ import annotations

from datetime import date

from confnotes.importers.registry import parse_programme
from confnotes.importers.textutil import goes_on_after_comma


def _talks(text: str, name: str = "notes.md") -> list[tuple[str, list[str]]]:
    programme = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers]) for t in programme.talks]


CAPITALISED_COMMA_TITLES = """# Riverside Tech Evening 2032

## Painting fences with code - Ilse Mertens
Short notes.

## Rivers of telemetry - Piet Vos
Some graphs.

## Terraform, Config Drift
A few notes.

## Testing Legacy Systems, Volume Two
Notes again.

## Kettles and caches - Wim Laenen
Tea and caching.
"""


def test_capitalised_words_after_a_title_case_comma_are_no_speaker() -> None:
    talks = _talks(CAPITALISED_COMMA_TITLES)
    assert ("Terraform, Config Drift", []) in talks
    assert ("Testing Legacy Systems, Volume Two", []) in talks
    assert ("Kettles and caches", ["Wim Laenen"]) in talks


def test_a_name_after_a_sentence_case_title_and_its_comma_is_still_read() -> None:
    text = CAPITALISED_COMMA_TITLES.replace("Terraform, Config Drift", "Quiet pipelines, Noor Aziz")
    assert ("Quiet pipelines", ["Noor Aziz"]) in _talks(text)


BIO_IN_QUOTE = """# Evening at the Data Guild 2032

## Indexes That Age Well

> ## Mira Okafor
> Principal engineer at Brightwell, where she looks after the query planner.

Loved the part about vacuuming.

## Sketches for Counting

> ## Tomas Berg
> Tomas writes probabilistic counters and lectures at a small college.

Clear slides on error bounds.
"""


def test_a_quote_block_with_a_name_over_its_bio_names_the_speaker() -> None:
    talks = _talks(BIO_IN_QUOTE)
    assert ("Indexes That Age Well", ["Mira Okafor"]) in talks
    assert ("Sketches for Counting", ["Tomas Berg"]) in talks


OTHER_PERIOD_IN_PROSE = """---
title: Two days at Lakeside Devcon 2032
date: 2032-06-18
---

Lakeside Devcon happened this month. Ticket sales were open April 2-20, 2032 and sold out fast.

# Day 1

## Shipping small - Hana Ito
Nice opener.

## Logs as data - Rafael Duarte
Good points.

# Day 2

## Feature flags in anger - Lotte Smit
Practical.
"""


def test_a_range_longer_than_the_days_counted_is_not_the_events() -> None:
    programme = parse_programme(OTHER_PERIOD_IN_PROSE.encode(), "lakeside.md")
    days = {t.title: t.day for t in programme.talks}
    assert days["Shipping small"] == date(2032, 6, 18)
    assert programme.start != date(2032, 4, 2)


NAME_AFFILIATION_TITLE = """# PyDay Notes 2032

### Nadia Koval, ex-Google, Parsing Logs Without Regret
- my notes

### Omar Haddad, formerly at Zalando, Dataclasses All the Way Down
- some notes

### Lena Fischer, Quantfield, Profiling Before Guessing
- notes
"""


def test_name_affiliation_title_headings_keep_every_talk() -> None:
    talks = _talks(NAME_AFFILIATION_TITLE)
    speakers = [who for _title, who in talks]
    assert ["Omar Haddad"] in speakers
    assert ["Lena Fischer"] in speakers
    assert ["Nadia Koval"] in speakers


def test_a_name_the_notes_write_again_is_read_after_a_title_case_comma() -> None:
    text = CAPITALISED_COMMA_TITLES.replace(
        "Terraform, Config Drift\nA few notes.",
        "Terraform, Noor Aziz\nNoor Aziz was funny.",
    )
    assert ("Terraform", ["Noor Aziz"]) in _talks(text)


def test_a_second_comma_is_no_phrase_going_on() -> None:
    assert goes_on_after_comma("Static Sites, the Easy Way")
    assert not goes_on_after_comma("Omar Haddad, formerly at Zalando, Dataclasses")
