"""A person's post of a day's talks (issue 33, stop 51, helper s51a): a talk's speaker
named by a label line in any case (``発表者：handle``), the event's date in a key/value
table or a line opening the post, a bodiless heading of lightning talks before the
talks it groups. The documents are written for these tests."""

from __future__ import annotations

from datetime import date

from confnotes.importers.registry import parse_programme

MEETUP_POST = """\
+++
title = "Minato.py 2024 メモ"
date = 2024-03-12T09:00:00+09:00
+++

| | |
|---|---|
|会場|北棟ホール|
|日時|2024/03/09(土) 13:00 〜 18:00|

## 感想

どれも面白かった。

# Typing a large codebase
発表者：kurobe_t

- 少しずつ型を付ける

# 非同期処理の落とし穴

発表者:三好光

- キャンセルに注意

# LT

# Packaging in ten minutes
発表者：snowpea

- pyproject だけで足りる

# Tiny web servers

発表者：oki42

- 標準ライブラリで十分
"""


def _talks(text: str, name: str) -> dict[str, tuple[list[str], date | None, str]]:
    p = parse_programme(text.encode(), name)
    return {
        t.title: ([s.name for s in t.speakers], t.day, t.kind) for t in p.talks if t.kind != "other"
    }


def test_a_label_line_names_a_speaker_written_as_a_handle() -> None:
    talks = _talks(MEETUP_POST, "minato_py.md")
    assert talks["Typing a large codebase"][0] == ["kurobe_t"]
    assert talks["非同期処理の落とし穴"][0] == ["三好光"]
    assert talks["Tiny web servers"][0] == ["oki42"]


def test_the_events_date_table_gives_the_talks_day_not_the_posts_date() -> None:
    talks = _talks(MEETUP_POST, "minato_py.md")
    assert {day for _who, day, _kind in talks.values()} == {date(2024, 3, 9)}


def test_a_bodiless_lightning_heading_groups_the_talks_after_it() -> None:
    talks = _talks(MEETUP_POST, "minato_py.md")
    assert "LT" not in talks
    assert "感想" not in talks  # the writer's impressions before any talk: no talk
    assert talks["Typing a large codebase"][2] == "talk"
    assert talks["Packaging in ten minutes"][2] == "spotlight"
    assert talks["Tiny web servers"][2] == "spotlight"


def test_a_document_titled_lightning_talks_holds_lightning_talks() -> None:
    text = "# Lightning Talks\n\n## Soil tests at home by Ada Brenner\n\n* pH strips\n\n"
    text += "## Seed swaps by Kofi Mensah\n\n* label everything\n"
    talks = _talks(text, "lightning.md")
    assert {kind for _who, _day, kind in talks.values()} == {"spotlight"}
    assert talks["Seed swaps"][0] == ["Kofi Mensah"]


def test_a_line_opening_with_the_whole_day_then_a_motto_dates_the_talks() -> None:
    text = (
        "# Dockside Conf 2022\n\nSaturday June 4, 2022 - "
        '"bring snacks, bring questions, bring a friend along"\n\n'
        "## Faster test suites - Rosa Klein\n\n- run in parallel\n\n"
        "## Observability on a budget - Ivo Marsh\n\n- sample traces\n"
    )
    talks = _talks(text, "dockside.md")
    assert {day for _who, day, _kind in talks.values()} == {date(2022, 6, 4)}


def test_a_speaker_label_never_makes_a_pronoun_or_a_placeholder_a_person() -> None:
    text = (
        "# Notes\n\n## Opening talk\nSpeaker: TBD\n\n- welcome\n\n"
        "## Second talk\nSpeaker: someone\n\n- more\n"
    )
    p = parse_programme(text.encode(), "notes.md")
    assert [s.name for t in p.talks for s in t.speakers] == []


def test_among_title_by_name_headings_a_first_name_or_handle_after_by_is_the_speaker() -> None:
    text = (
        "# Evening talks\n\n## Rust for gardeners by Ana Ruiz\n\n* crates\n\n"
        "## Sourdough maths by Bo Lindqvist\n\n* ratios\n\n"
        "## Kites by Cody\n\n* string\n\n## Map tiles by aron and Nickolai\n\n* zoom\n"
    )
    talks = _talks(text, "evening.md")
    assert talks["Kites"][0] == ["Cody"]
    assert talks["Map tiles"][0] == ["aron", "Nickolai"]


def test_a_by_word_the_headings_do_not_use_for_speakers_stays_in_the_title() -> None:
    """Among ``Title by Full Name`` headings, ``Storia di Roma`` is a title: ``di`` is
    not the word these headings name their speakers after."""
    text = (
        "# Evening talks\n\n## Rust for gardeners by Ana Ruiz\n\n* crates\n\n"
        "## Sourdough maths by Bo Lindqvist\n\n* ratios\n\n"
        "## Kites by Cody\n\n* string\n\n## Storia di Roma\n\n* walls\n"
    )
    talks = _talks(text, "evening.md")
    assert talks["Kites"][0] == ["Cody"]
    assert "Storia di Roma" in talks
    assert talks["Storia di Roma"][0] == []


def test_a_posts_title_ending_in_hashtags_names_the_conference_without_them() -> None:
    text = '+++\ntitle = "Harbour Conf 2021 メモ #harbourconf #day1"\n+++\n\n'
    text += "# Talk one\n発表者：kaito\n\n- a\n\n# Talk two\n発表者：rin\n\n- b\n"
    p = parse_programme(text.encode(), "post.md")
    assert p.name == "Harbour Conf 2021"
