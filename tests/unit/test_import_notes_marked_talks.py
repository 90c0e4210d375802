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
