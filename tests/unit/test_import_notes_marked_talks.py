"""Talks a person's single notes file marks in ways of its own (issue 33, helper notes11):
a speaker named only in the sentence (or quoted line) under a talk's heading, in several
languages; a talk's word in an East Asian script is no one's name. The documents are
written for these tests."""

from __future__ import annotations

from confnotes.importers.persons import is_person_name
from confnotes.importers.registry import parse_programme
from confnotes.importers.talk_levels import prose_speakers


def _talks(text: str, name: str) -> dict[str, list[str]]:
    p = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


SENTENCES = """\
## Cheap sensors, honest data

The morning keynote was by [Ilse Moreau](https://example.org/ilse), who builds
weather stations for schools.

## Queues at the edge

The next talk was by Rafael Cruz from Tidewater, a platform engineer.

## Floods and open maps

This session featured Ama Boateng, a hydrologist at a river board, and Lukas Brenner,
a cartographer.

## Shrinking models

In this talk, [Yuki Mori](https://example.org/yuki) showed how far a model can shrink.

## A pilot that failed

[Tiago Reis](https://example.org/tiago)'s talk walked through a pilot that never shipped.
"""


def test_a_speaker_named_only_in_the_sentence_under_the_heading() -> None:
    assert _talks(SENTENCES, "day-one.md") == {
        "Cheap sensors, honest data": ["Ilse Moreau"],
        "Queues at the edge": ["Rafael Cruz"],
        "Floods and open maps": ["Ama Boateng", "Lukas Brenner"],
        "Shrinking models": ["Yuki Mori"],
        "A pilot that failed": ["Tiago Reis"],
    }


QUOTED_FR = """\
## Les conférences retenues

### Écrire des tests lisibles

> Conférence présentée par [Léa Girard](https://example.org/lea), développeuse

Nommer les tests comme des phrases.

#### À retenir

- un test, un comportement

### Profiler avant d'optimiser

> Conférence présentée par Marc Petit

Des profils de mémoire.
"""


def test_a_quoted_line_under_the_heading_names_the_speaker() -> None:
    assert _talks(QUOTED_FR, "salon.md") == {
        "Écrire des tests lisibles": ["Léa Girard"],
        "Profiler avant d'optimiser": ["Marc Petit"],
    }


HONORIFIC_JA = """\
## 小さく始めるデザインシステム

こちらは株式会社ミナトの[ほしの](https://example.org/h)さんによる発表です。
コンポーネントを絞る話。

### 発表資料

https://example.org/slides/1

## スキーマから型を作る

こちらは[tsukimi](https://example.org/t)さんによる発表です。
生成の仕組み。

### 発表資料

https://example.org/slides/2
"""


def test_a_name_and_its_honorific_name_the_speaker_and_slides_are_no_one() -> None:
    assert _talks(HONORIFIC_JA, "meetup.md") == {
        "小さく始めるデザインシステム": ["ほしの"],
        "スキーマから型を作る": ["tsukimi"],
    }
    assert not is_person_name("発表資料")  # a talk's slides


def test_the_sentence_rules_name_no_one_without_a_person() -> None:
    assert prose_speakers("The morning keynote was by the organisers, as usual.") == []
    assert prose_speakers("This session featured three demos and a quiz.") == []
    assert prose_speakers("In this talk, the team showed a roadmap.") == []


WATCH_LIST = """\
---
title: "Quayconf 2019"
date: 2019-04-01
---

[All the recordings](https://example.org/playlist)

* ⭐️ [Oona Varga — Tides in small harbours](https://example.org/v/1) - she compared three
  harbours, worth it
* [Piet Claes — Salt marsh sounds](https://example.org/v/2) - about microphones in mud
* [Round table with the organisers](https://example.org/v/3) - how talks are picked
* [Rui Matos and Ida Lund — Counting gulls](https://example.org/v/4) - slides missing
"""


def test_a_watch_list_of_linked_talks_with_remarks_after_them() -> None:
    """``[Name — Title](video) - what I thought``: the list, read as one run, says which
    side of the link's words is the person; the remark is the person's note."""
    p = parse_programme(WATCH_LIST.encode(), "quayconf.md")
    talks = {t.title: t for t in p.talks if t.kind != "other"}
    assert {t: [s.name for s in x.speakers] for t, x in talks.items()} == {
        "Tides in small harbours": ["Oona Varga"],
        "Salt marsh sounds": ["Piet Claes"],
        "Counting gulls": ["Rui Matos", "Ida Lund"],
    }
    assert "worth it" in talks["Tides in small harbours"].body
    everything = "".join(t.body for t in p.talks)
    assert "how talks are picked" in everything  # the round table's line is kept


RECORDED = """\
---
title: "Harbourconf 2031, what I watched"
date: "2031-05-20"
---

## University

### [Tides in small harbours](https://youtu.be/abc123)

A long session on how tides shape a harbour's day, with many maps.

### [Salt marsh sounds](https://vimeo.com/12345)

Microphones in the mud, recordings at dawn.

## Talks

### [Knots for sailors](https://youtu.be/def456)

Good introduction. I want to try the bowline variant.

### [Ferries and their timetables](https://www.youtube.com/watch?v=ghi789)

Why ferries wait: the tide, again.
"""


def test_headings_that_link_their_recordings_are_talks() -> None:
    """A person's notes whose headings each link a talk's recording (no speaker, no time):
    those headings are the talks, each keeping its video link; the headings above them
    only group them."""
    p = parse_programme(RECORDED.encode(), "harbourconf.md")
    talks = {t.title: t for t in p.talks if t.kind != "other"}
    assert set(talks) == {
        "Tides in small harbours",
        "Salt marsh sounds",
        "Knots for sailors",
        "Ferries and their timetables",
    }
    assert [link.kind for link in talks["Knots for sailors"].links] == ["video"]
    assert "bowline" in talks["Knots for sailors"].body
