"""Conventions of people's notes that the importer read badly (issue 33, blind set 32):
stray emphasis marks around a talk's word and its title, a by-word after a few small
words, a speaker named in Japanese or Korean prose by an honorific. The documents are
written for these tests."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme
from confnotes.importers.talk_levels import prose_speakers
from confnotes.importers.title_speakers import talk_mentions


def _mentions(text: str) -> list[tuple[str, list[str]]]:
    return [(title, [p.name for p in who]) for _at, title, who in talk_mentions(text)]


def test_an_emphasis_mark_glued_to_the_talk_word_still_cues_the_speaker() -> None:
    line = "4. Talk_: R. Brandt _[_ _Sorting socks with graphs](https://x.example/41): fun"
    assert _mentions(line) == [("Sorting socks with graphs", ["R. Brandt"])]


def test_stray_marks_at_a_titles_ends_are_dropped() -> None:
    stray = "Vortrag: L. Engel: [*Kaffee und Kernel](https://x.example/9) war gut."
    assert _mentions(stray) == [("Kaffee und Kernel", ["L. Engel"])]


def test_small_words_between_the_talk_word_and_its_by_word() -> None:
    german = (
        "Leider verpasste ich den Vortrag über _von K.  Marten über _"
        "[Backups im Keller](https://x.example/3) wegen Hunger."
    )
    assert _mentions(german) == [("Backups im Keller", ["K. Marten"])]
    english = (
        "I skipped the talk given by Oda Lindqvist on [Tiny parsers](https://x.example/5) sadly."
    )
    assert _mentions(english) == [("Tiny parsers", ["Oda Lindqvist"])]


def test_a_japanese_clause_before_the_honoured_name_is_no_part_of_it() -> None:
    said = "[料理ブログ](https://x.example/blog)で知られるMoriさんの講演でした。"
    assert [p.name for p in prose_speakers(said)] == ["Mori"]
    assert [p.name for p in prose_speakers("最後は佐々木さんの発表です。")] == ["佐々木"]


def test_a_korean_honorific_and_particle_name_the_speaker() -> None:
    possessive = "데이터 팀을 이끄는 Acme 박서윤님의 발표 였습니다."
    assert [p.name for p in prose_speakers(possessive)] == ["박서윤"]
    given = "강연은 박서윤님이 맡아 주셨고 질문도 많았습니다."
    assert [p.name for p in prose_speakers(given)] == ["박서윤"]
    assert prose_speakers("오늘 날씨가 좋아서 발표장까지 걸어 갔습니다.") == []


def test_a_korean_honorific_after_a_role_names_no_one() -> None:
    assert prose_speakers("마지막은 교수님의 강연 이었습니다.") == []
    assert prose_speakers("기다리던 대표님의 발표 입니다.") == []
    assert prose_speakers("기다리던 개발자님의 발표 입니다.") == []


NOTES_JA = """\
---
title: "ExampleConf 2030 メモ"
---

## Caching at the Edge

小さなライブラリで有名なHanaさんの発表です。

キャッシュの話が中心でした。

## Queues Without Tears

バッチ処理の記事を書いたOkadaさんの発表です。

再試行の設計が印象に残りました。

## My Own Talk

私の発表です。デモをしました。
"""


def test_japanese_notes_name_each_talks_speaker_in_prose() -> None:
    p = parse_programme(NOTES_JA.encode(), "exampleconf.md")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert talks.get("Caching at the Edge") == ["Hana"]
    assert talks.get("Queues Without Tears") == ["Okada"]
    assert talks.get("My Own Talk") == []
