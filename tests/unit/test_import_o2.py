"""Losses of two real programme pages made general (issue 33), in fixtures of our own
words: a weekly series' page repeats one table head per evening, and an evening with one
talk keeps the head over its one row, read with the columns its sibling tables showed;
material links trailing a title cell (``Title [slides (pdf)](…)``) are the talk's
materials, no words of its title."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

WEEKLY = """# Past evenings

## March

### Monday, 5 March 2018, 6pm

| Speaker         | Topic                     | Length |
| --------------- | ------------------------- | ------ |
| Wanda Okafor    | Tuning a small database   | 30 min |
| Piotr Zielinski | Writing parsers by hand   | 30 min |
| Mia Laine       | Caches that forget        | 20 min |

### Monday, 12 March 2018, 6pm

| Speaker         | Topic                     | Length |
| --------------- | ------------------------- | ------ |
| Ingrid Solberg  | Harbour Lights            | 60 min |

### Monday, 19 March 2018, 6pm

| Speaker         | Topic                     | Length |
| --------------- | ------------------------- | ------ |
| Tomas Haugen    | Knitting patterns as code | 30 min |
| Lena Varga      | Sound from plain text     | 30 min |
| Olu Bakare      | Maps without servers      | 30 min |

### Monday, 26 March 2018, 6pm

| Speaker         | Topic                     | Length |
| --------------- | ------------------------- | ------ |
| Rafael Souza    | Quiet deployments         | 30 min |
"""


def _talks(text: str, name: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_one_row_under_a_sibling_tables_head_is_a_talk() -> None:
    talks = _talks(WEEKLY, "weekly.md")
    assert talks.get("Harbour Lights") == ["Ingrid Solberg"]
    assert talks.get("Quiet deployments") == ["Rafael Souza"]
    assert talks.get("Tuning a small database") == ["Wanda Okafor"]
    assert talks.get("Sound from plain text") == ["Lena Varga"]


LINKED = (
    WEEKLY.replace(
        "Tuning a small database   | 30 min |",
        "Tuning a small database [slides (pdf)](decks/tuning.pdf) | 30 min |",
    )
    .replace(
        "Writing parsers by hand   | 30 min |",
        "Writing parsers by hand - [slides](https://example.org/p) | 30 min |",
    )
    .replace(
        "Sound from plain text     | 30 min |",
        "Sound from plain text [vídeo (youtube)](https://youtu.be/q1) | 30 min |",
    )
    .replace(
        "Knitting patterns as code | 30 min |",
        "Knitting patterns as code [Entwurf (png)](files/pattern.png) | 30 min |",
    )
)


def test_material_links_trailing_a_title_cell_are_no_words_of_the_title() -> None:
    programme = parse_programme(LINKED.encode(), "linked.md")
    titles = {t.title for t in programme.talks}
    assert {
        "Tuning a small database",
        "Writing parsers by hand",
        "Sound from plain text",
        "Knitting patterns as code",
    } <= titles


def test_a_hosts_name_or_a_linked_title_stays_the_title() -> None:
    text = WEEKLY.replace(
        "Caches that forget        | 20 min |",
        "Streaming on [YouTube](https://youtube.com/c/x) | 20 min |",
    ).replace(
        "Maps without servers      | 30 min |",
        "[Maps without servers](https://example.org/maps) | 30 min |",
    )
    titles = {t.title for t in parse_programme(text.encode(), "hosts.md").talks}
    assert {"Streaming on YouTube", "Maps without servers"} <= titles


MEETUP = """# Spring lightning evening

## Schedule

| Title                        | Time  | Length | Presenter   |
|:-----------------------------|:-----:|:------:|:------------|
| Doors open                   | 18:00 |        |             |
| Opening words                | 18:15 | 5m     |             |
| Quiet Harbour                |       |        | lumen.fox   |
| Parsing dates by hand        |       |        | k_ito       |
| Break                        |       |        |             |
| A tiny build system          |       |        | mori.tak42  |
| Parsing dates, part two      |       |        | k_ito       |
| Closing                      | 20:10 | 10m    |             |
"""


def test_rows_with_a_blank_time_under_a_talk_are_talks_of_their_own() -> None:
    programme = parse_programme(MEETUP.encode(), "meetup.md")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Quiet Harbour"].speakers] == ["lumen.fox"]
    assert [p.name for p in talks["Parsing dates, part two"].speakers] == ["k_ito"]
    assert [p.name for p in talks["A tiny build system"].speakers] == ["mori.tak42"]
    assert talks["Quiet Harbour"].start is None or talks["Quiet Harbour"].start.hour != 18
    assert not talks["Opening words"].speakers
    assert all(p.name != "Quiet Harbour" for t in programme.talks for p in t.speakers)


def test_a_column_headed_who_is_in_charge_holds_people() -> None:
    text = MEETUP.replace("| Presenter   |", "| 担当        |")
    talks = {t.title: t for t in parse_programme(text.encode(), "meetup.md").talks}
    assert [p.name for p in talks["A tiny build system"].speakers] == ["mori.tak42"]


EVENING_POST = """---
layout: post
title: "Harbour Lightning Talks in Porto"
number: 12
---

# Harbour Lightning Talks in Porto

## About

Three small user groups from the coast meet for one afternoon of short talks.
Anyone may give a talk of five minutes on anything they find worth sharing.

| **When**  | 2025-03-08 (Sat) 18:00 - 20:30 |
| **Where** | Old Ferry Hall, room 2 |

## Rough timetable

| Title                        | Time  | Length | Presenter   |
|:-----------------------------|:-----:|:------:|:------------|
| Doors open                   | 18:00 |        |             |
| Opening words                | 18:15 | 5m     |             |
| Quiet Harbour                |       |        | lumen.fox   |
| Parsing dates by hand        |       |        | k_ito       |
| Break                        |       |        |             |
| A tiny build system          |       |        | mori.tak42  |
| Parsing dates, part two      |       |        | k_ito       |
| Closing                      | 20:10 | 10m    |             |

## Rules

Please be kind to each other and to the hall.
"""


def test_a_post_naming_a_lightning_talk_evening_holds_lightning_talks() -> None:
    talks = {t.title: t for t in parse_programme(EVENING_POST.encode(), "evening.md").talks}
    assert talks["A tiny build system"].kind == "spotlight"
    assert talks["Quiet Harbour"].kind == "spotlight"
    assert talks["Doors open"].kind != "spotlight"
