"""Talks in a person's post of a conference (issue 33, helper s47b): headings that link
their recordings under a ``## Sessions`` heading, under days, beside a heading of
lightning talks; a talk's speakers in the sentence under its heading. The documents are
written for these tests."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str) -> dict[str, list[str]]:
    p = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


RECORDED_UNDER_DAYS = """\
今年の会議に二人で参加しました。

# Workshop Day

初日はワークショップでした。

# Main Day

本会議はとても幅が広かったです。

## Sessions

### [Coroutines without tears](https://www.youtube.com/watch?v=AAAAAAAAAAA)

Beatrix Hollander 氏のトークは、とても分かりやすかったです。

### [Gradle ビルドを速くする方法](https://www.youtube.com/watch?v=BBBBBBBBBBB)

Kenji Moriyama 氏のトークでした。

### Lightning Talks

私は [「小さな道具」](https://example.org/slides) と題したトークで話しました。

# まとめ

来年もまた参加したいです。
"""


def test_headings_linking_recordings_under_a_sessions_heading_are_the_talks() -> None:
    talks = _talks(RECORDED_UNDER_DAYS, "kotlin_week.md")
    assert talks["Coroutines without tears"] == ["Beatrix Hollander"]
    assert talks["Gradle ビルドを速くする方法"] == ["Kenji Moriyama"]


SPEAKERS_IN_SENTENCES = """\
---
title: Wetland Managers Day 2022
author: Pieter Claes
---

## Talks

### Welcome and context

Welcome address given by Ingrid Maes (Wetland Forum).

The slides are online.

### Reed beds and the new water plan

**Jonas Verhulst** (VMM) and **Elke Aerts** (ANB)

A plan for the reed beds of the region.

#### Why reed beds matter

Notes on the first half, given by Jonas Verhulst.
"""


def test_a_speech_given_by_a_name_and_a_line_of_bold_names_are_the_speakers() -> None:
    talks = _talks(SPEAKERS_IN_SENTENCES, "wetland_post.md")
    assert talks["Welcome and context"] == ["Ingrid Maes"]
    assert talks["Reed beds and the new water plan"] == ["Jonas Verhulst", "Elke Aerts"]
    assert not any(t.startswith("Notes on") for t in talks)
