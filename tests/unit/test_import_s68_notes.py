"""Stop 68, helper notes: a person's notes of talks, the talk marked by something else
than a heading per talk: a by-line heading under the note's title (``## Name - @handle
- day - hour``), a label line opening a note without headings, headings that only group
topics over parts naming no speaker or time, a day said once in the opening, rules
parting plain-text notes. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import date, time

from confnotes.importers.byline_heads import byline_heading
from confnotes.importers.preamble_day import preamble_day
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str, shape: str | None = None) -> Programme:
    return parse_programme(text.encode(), name, shape=shape)


def _titles(programme: Programme) -> list[str]:
    return [t.title for t in programme.talks if t.kind != "other"]


def _speakers(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


# --- a by-line heading under the note's title ------------------------------------------

_BYLINE_EN = """# Opening keynote

## Ana Ruiz - @anaruiz - 12 Mar 2031 - 09:30

The welcome was short, then straight into the roadmap.

**Offline first** came back again and again.

- sync engines
- conflict handling

Closing remark about the community fund.
"""

_BYLINE_FR = """# Conférence d'ouverture

### Margaux Delcourt | 4 avril 2031 | 14h00

Elle a parlé des archives municipales et de leur numérisation.

Beaucoup de questions sur les droits d'auteur.
"""


def test_byline_heading_names_the_talks_speaker_and_hour() -> None:
    p = _read(_BYLINE_EN, "kn.md")
    assert [t.title for t in p.talks] == ["Opening keynote"]
    talk = p.talks[0]
    assert [s.name for s in talk.speakers] == ["Ana Ruiz"]
    assert talk.start is not None and talk.start.date() == date(2031, 3, 12)
    assert talk.start.time() == time(9, 30)


def test_byline_heading_in_french_with_bars() -> None:
    p = _read(_BYLINE_FR, "ouverture.md")
    assert [t.title for t in p.talks] == ["Conférence d'ouverture"]
    talk = p.talks[0]
    assert [s.name for s in talk.speakers] == ["Margaux Delcourt"]
    assert talk.start is not None and talk.start.time() == time(14, 0)


def test_byline_heading_needs_one_name_and_only_facts() -> None:
    assert byline_heading("Ana Ruiz - @anaruiz - 12 Mar 2031 - 09:30") is not None
    # a title with a dash, two names, a name alone, a kind and a time: no by-line
    assert byline_heading("Rust async - the hard parts") is None
    assert byline_heading("Ana Ruiz - Bo Lin - 14:00") is None
    assert byline_heading("Ana Ruiz") is None
    assert byline_heading("Keynote - 14:00") is None


_TOPIC_WITH_TIME = """# Field trip notes

## Harbour walk - 10:00

We met at the pier.

## Lunch - 12:30

Fish soup.
"""


def test_a_topic_heading_with_a_time_invents_no_speaker() -> None:
    p = _read(_TOPIC_WITH_TIME, "trip.md")
    assert not any(t.speakers for t in p.talks)
    assert not p.roles


# --- a label line opening a note without headings ---------------------------------------

_LABEL_EN = """Hiring panel:

Ana Ruiz (Delta Institute)
Bo Lindqvist (Coastal Lab)
Chen Wei (Harbour University)

Main points:
* ask for a work sample, not a puzzle
* write the role down before the first interview
"""

_LABEL_DE = """Podiumsdiskussion Open Data

Jana Vogel (Stadtarchiv Kiel)
Tobias Brandt (Universität Rostock)

Notizen:
* offene Lizenzen zuerst
* Metadaten pflegen
"""


def test_a_label_line_titles_a_note_named_by_one_word() -> None:
    p = _read(_LABEL_EN, "sum.md")
    assert [t.title for t in p.talks] == ["Hiring panel"]
    assert [s.name for s in p.talks[0].speakers] == ["Ana Ruiz", "Bo Lindqvist", "Chen Wei"]


def test_a_label_line_in_german_without_colon() -> None:
    p = _read(_LABEL_DE, "notes.md")
    assert [t.title for t in p.talks] == ["Podiumsdiskussion Open Data"]
    assert [s.name for s in p.talks[0].speakers] == ["Jana Vogel", "Tobias Brandt"]


def test_a_file_named_by_its_title_keeps_that_title() -> None:
    p = _read(_LABEL_EN, "Hiring the first engineers.md")
    assert [t.title for t in p.talks] == ["Hiring the first engineers"]


# --- headings that group topics over parts with no talk's facts -------------------------

_GROUPED_EN = """Harbour Library Forum, Kiel, 3 June 2031
========================================

## What libraries are asked for now

- more space for groups
- more e-books

### Reading rooms

- quiet zones

## Shared cataloguing: what is new

### Record cleanup

- fewer duplicates

### Discovery layer

- one search box

## Round table with member libraries

### Problems

- budgets

### Chances

- cooperation
"""

_GROUPED_ES = """# Jornada de bibliotecas 2031

## Novedades del catálogo compartido

### Limpieza de registros

- menos duplicados

### Interfaz de búsqueda

- un solo buscador

## Mesa redonda de socios

### Problemas

- presupuesto

### Oportunidades

- cooperación
"""


def test_shallower_headings_are_the_talks_when_the_deeper_say_no_talk() -> None:
    p = _read(_GROUPED_EN, "forum.md")
    titles = _titles(p)
    assert "Shared cataloguing: what is new" in titles
    assert "Round table with member libraries" in titles
    assert "Record cleanup" not in titles and "Problems" not in titles


def test_shallower_headings_in_spanish() -> None:
    p = _read(_GROUPED_ES, "jornada.md")
    titles = _titles(p)
    assert titles == ["Novedades del catálogo compartido", "Mesa redonda de socios"]


_GROUPED_WITH_SPEAKERS = """# Harbour Day 2031

## Morning track

### Keeping gauges honest - Ana Ruiz

notes

### Citizen science - Bo Lindqvist

notes

## Afternoon track

### Archives online - Chen Wei

notes
"""


def test_deeper_headings_naming_speakers_stay_the_talks() -> None:
    p = _read(_GROUPED_WITH_SPEAKERS, "day.md")
    assert _speakers(p).get("Keeping gauges honest") == ["Ana Ruiz"]
    assert _speakers(p).get("Archives online") == ["Chen Wei"]


# --- the day said once in the opening ---------------------------------------------------

_OPENING_DAY_JA = """---
title: 'Harbour Frontend 2031 参加メモ'
---

2031年6月14日に開催された Harbour Frontend に参加したのでメモ。

## 型のある JavaScript の導入

- 補完が効く

## 画像配信の最適化

- 遅延読み込み
"""

_OPENING_DAY_EN = """# Notes from Lakeside Rust Meetup

I went along on 9 October 2031, a rainy evening.

## Async without tears

- executors explained

## Embedded on a budget

- cheap boards
"""

_OPENING_RANGE = """# Notes from Harbour Week

It ran from 9 to 11 October 2031.

## Async without tears

- executors explained

## Embedded on a budget

- cheap boards
"""


def test_the_openings_one_day_dates_the_talks() -> None:
    p = _read(_OPENING_DAY_JA, "post.md")
    days = {t.title: t.day for t in p.talks if t.kind != "other"}
    assert days == {
        "型のある JavaScript の導入": date(2031, 6, 14),
        "画像配信の最適化": date(2031, 6, 14),
    }


def test_the_openings_one_day_in_english() -> None:
    p = _read(_OPENING_DAY_EN, "meetup.md")
    assert {t.day for t in p.talks if t.kind != "other"} == {date(2031, 10, 9)}


def test_a_range_of_days_in_the_opening_dates_no_talk() -> None:
    p = _read(_OPENING_RANGE, "week.md")
    assert not any(t.day == date(2031, 10, 9) for t in p.talks if t.kind != "other")
    assert preamble_day(["It ran from 9 to 11 October 2031."], 0, 1, None) is None
    two = ["First on 9 October 2031.", "Then on 12 October 2031."]
    assert preamble_day(two, 0, 2, None) is None
    assert preamble_day(two, 0, 1, None) == date(2031, 10, 9)


# --- rules parting plain-text notes -----------------------------------------------------

_RULES_TXT = """Harbour Cloud Day 2031

Welcome:
The host opened with the agenda for the day.

-----------------------------

Containers for the rest of us

Why images should stay small.
    - pin the base image
    - scan every build

-----------------------------

Serverless in practice

Cold starts are real.

-----------------------------

Observability on a budget

(A demo)
"""

_RULES_MD = """Lakeside Data Meetup 2031

***

Cleaning sensor data

We saw three ways to find drift.

***

Maps from open data

Tiles, styles and a lot of coffee.

***

Closing words

Thanks to the hosts.
"""


def test_rules_and_title_lines_part_plain_text_notes() -> None:
    p = _read(_RULES_TXT, "cloudday.txt")
    titles = _titles(p)
    for title in ("Containers for the rest of us", "Serverless in practice"):
        assert title in titles
    assert any(t.title.startswith("Observability on a budget") for t in p.talks)


def test_star_rules_in_markdown_notes() -> None:
    p = _read(_RULES_MD, "evening.md")
    titles = _titles(p)
    assert "Cleaning sensor data" in titles and "Maps from open data" in titles


def test_rule_parted_parts_of_a_note_naming_no_event_stay_one_note() -> None:
    # nothing says these are notes of an event: the rules part one note's sections
    text = _RULES_MD.replace("Lakeside Data Meetup 2031", "Thoughts after the evening")
    p = _read(text, "evening.md")
    assert len([t for t in p.talks if t.kind != "other"]) <= 1


_ONE_RULE = """Notes on the keynote

It was about small teams.

-----

Later I read the paper. It said the same things at more length.
"""


def test_a_rule_before_a_sentence_parts_no_talks() -> None:
    p = _read(_ONE_RULE, "kn.txt")
    assert len([t for t in p.talks if t.kind != "other"]) <= 1
    assert not any(t.speakers for t in p.talks)


# --- a by-line beside the title: above it, or closing the notes --------------------------

_ABOVE = """talk by [@maren_h](https://twitter.com/maren_h)

# Caching without tears

## Why caches lie

- stale reads
- thundering herds

## What to do

- short TTLs
"""

_CLOSING_FR = """# Des monolithes aux modules

## Le point de départ

- un seul grand dépôt

## Les étapes

- tracer les frontières
- fixer les interfaces

par Margaux Delcourt
"""

_CLOSING_EN = """# Small teams, big systems

## The setup

- three people, forty services

## Lessons

- automate the boring parts

Talk given by Ana Ruiz
"""

_SEVERAL = """# Harbour Day 2031

## Caching without tears

Speaker: Maren Holt

- stale reads

## Small teams, big systems

Speaker: Ana Ruiz

- automate

Talk given by Ana Ruiz
"""


def test_a_by_line_above_the_title_names_its_speaker() -> None:
    p = _read(_ABOVE, "caching.md")
    assert [t.title for t in p.talks] == ["Caching without tears"]
    assert [s.name for s in p.talks[0].speakers] == ["maren_h"]


def test_a_closing_by_line_names_the_notes_speaker() -> None:
    p = _read(_CLOSING_EN, "teams.md")
    assert [t.title for t in p.talks] == ["Small teams, big systems"]
    assert [s.name for s in p.talks[0].speakers] == ["Ana Ruiz"]


def test_a_closing_by_line_in_french() -> None:
    p = _read(_CLOSING_FR, "modules.md")
    assert [t.title for t in p.talks] == ["Des monolithes aux modules"]
    assert [s.name for s in p.talks[0].speakers] == ["Margaux Delcourt"]


def test_a_by_line_above_the_title_with_a_full_name() -> None:
    text = _ABOVE.replace("talk by [@maren_h](https://twitter.com/maren_h)", "by Maren Holt")
    p = _read(text, "caching.md")
    assert [t.title for t in p.talks] == ["Caching without tears"]
    assert [s.name for s in p.talks[0].speakers] == ["Maren Holt"]


def test_a_closing_by_line_of_several_talks_is_the_last_talks() -> None:
    p = _read(_SEVERAL, "day.md")
    speakers = _speakers(p)
    assert speakers.get("Caching without tears") == ["Maren Holt"]
    assert speakers.get("Small teams, big systems") == ["Ana Ruiz"]


def test_a_closing_sentence_naming_no_talk_names_no_one() -> None:
    text = _CLOSING_EN.replace("Talk given by Ana Ruiz", "Coffee was good, by the way.")
    p = _read(text, "teams.md")
    assert not any(t.speakers for t in p.talks)
    assert not p.roles
