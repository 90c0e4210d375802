"""Talks a report lists under headings that say its items are talks (``Talks on tools
1/2``, ``Vorträge zu Daten``, ``データ分析のトーク 1/2``), in Markdown and
reStructuredText, and the headings that must not be read so."""

from __future__ import annotations

from confnotes.importers.talk_list_heads import says_talk_list
from tests.unit.importing import read, speakers_by_title

_ENGLISH = """# Notes from Harbour Conf

Some thoughts on the day, the coffee and the people I met there.

## Talks on tools 1/2

- Lock files in practice (Ana Ruiz)
- Shipping wheels for every platform

## Talks on tools 2/2

- Faster test suites - Bo Lindqvist
- A tour of type checkers

## Impressions

It was a good day, I learned a lot and would go again next year.
"""

_JAPANESE_RST = """==============================
みなとカンファレンス 2031 参加レポート
==============================

自己紹介
==============================

* 名前は省略します
* 毎年参加しています

トークの一覧
==============================

データ分析のトーク 1/2
------------------------------

* 表計算から始めるデータ分析
* 時系列データの **可視化** 入門

データ分析のトーク 2/2
------------------------------

* 大規模ログの集計を速くする

運用について
------------------------------

* 監視ダッシュボードの作り方

まとめ
==============================

* とても楽しい一日でした
"""


def test_english_talk_headings_list_talks_with_their_speakers() -> None:
    got = speakers_by_title(read(_ENGLISH, "harbour.md"))
    assert got["Lock files in practice"] == ["Ana Ruiz"]
    assert got["Faster test suites"] == ["Bo Lindqvist"]
    assert "Shipping wheels for every platform" in got
    assert "A tour of type checkers" in got


def test_japanese_talk_headings_and_their_sibling_list_talks() -> None:
    programme = read(_JAPANESE_RST, "report.rst")
    titles = {t.title for t in programme.talks if t.kind != "other"}
    assert {
        "表計算から始めるデータ分析",
        "時系列データの 可視化 入門",
        "大規模ログの集計を速くする",
        "監視ダッシュボードの作り方",  # a sibling built alike, between talk headings
    } <= titles
    assert "名前は省略します" not in titles
    assert "とても楽しい一日でした" not in titles


def test_headings_that_say_their_items_are_talks() -> None:
    assert says_talk_list("Talks on tools 1/2")
    assert says_talk_list("Die Vorträge")
    assert says_talk_list("Charlas sobre datos (2/2)")
    assert says_talk_list("データ分析のトーク 1/2")
    assert says_talk_list("性能相关的演讲")


def test_near_misses_are_not_talk_lists() -> None:
    assert not says_talk_list("Talk on tracing")  # one talk: its notes follow
    assert not says_talk_list("トークのラインナップ")  # a line-up of themes
    assert not says_talk_list("Tokens and parsers")
    assert not says_talk_list("トークンの話")


def test_one_talks_notes_under_a_singular_heading_stay_notes() -> None:
    text = """# Talk on tracing

- spans are cheap
- sample at the edge

# Talk on logging

- structured logs win
- keep the levels few
"""
    programme = read(text, "notes.md")
    titles = {t.title for t in programme.talks}
    assert "spans are cheap" not in titles
    assert "structured logs win" not in titles


_KEYNOTES_MD = """Keynote - Ana Ruiz
==================

Speaker: a maintainer of many things.

- on keeping projects small

Keynote - Oda
=============

- why docs come first

Tracing in practice
===================

Speaker: Bo Lindqvist

- spans are cheap
"""

_KEYNOTES_DE = """## Plenarvortrag – Ines Keller

- über offene Daten

## Plenarvortrag – Tove

- über Archive

## Schnelle Tests

Sprecher: Jan Berger

- parallel laufen lassen
"""


def test_a_one_word_name_after_a_keynote_label_reads_as_its_siblings() -> None:
    got = read(_KEYNOTES_MD, "saturday.md")
    keynotes = [[p.name for p in t.speakers] for t in got.talks if t.kind == "keynote"]
    assert ["Oda"] in keynotes
    assert ["Ana Ruiz"] in keynotes
    assert "Oda" not in {t.title for t in got.talks}


def test_siblings_alike_in_german_notes() -> None:
    got = read(_KEYNOTES_DE, "tag1.md")
    assert "Tove" in {p.name for t in got.talks for p in t.speakers}
    assert "Tove" not in {t.title for t in got.talks}


def test_a_word_that_is_no_name_after_the_label_stays_the_title() -> None:
    oda, closing = "Keynote - Oda\n=============", "Keynote - Closing\n================="
    text = _KEYNOTES_MD.replace(oda, closing)
    got = read(text, "saturday.md")
    assert "Closing" not in {p.name for t in got.talks for p in t.speakers}


def test_a_lone_kind_and_word_heading_is_left_as_it_was() -> None:
    text = "Keynote - Oda\n=============\n\n- why docs come first\n\nTracing\n=======\n\n- spans\n"
    got = read(text, "saturday.md")
    assert "Oda" not in {p.name for t in got.talks for p in t.speakers}


_REPORT_EN = """---
title: "Harbour Conf 2031: day two"
date: 2031-05-14
---

We got in early. The first session I picked was [_Lock files in practice_](https://hc.example/Presentations/lock-files)
and it did not disappoint, lots of live examples.

After lunch we saw Ana Ruiz walking through [Faster test suites](https://hc.example/Presentations/faster-tests)
with a room full of people. Later
[Bo Lindqvist](https://hc.example/Presentations/type-checkers)'s talk on his
[_A tour of type checkers_](https://slides.example/bo/types) closed the day.

The coffee was good and so was the [venue](https://hc.example/venue).
"""

_REPORT_DE = """---
title: "Hafenkonferenz 2031, Tag eins"
date: 2031-05-13
---

Den Anfang machte [Jana Vogt](https://hafenkonf.example/sprecher/jana-vogt) mit
[Daten ohne Angst](https://hafenkonf.example/vortraege/daten-ohne-angst). Danach ging
es weiter mit [Archive für alle](https://hafenkonf.example/vortraege/archive-fuer-alle),
einem Vortrag, den ich jedem empfehlen kann.

Am Abend gab es noch ein Treffen im Hafen.
"""


def test_links_to_the_events_talk_pages_name_talks_and_speakers() -> None:
    got = speakers_by_title(read(_REPORT_EN, "day-two.md"))
    assert got["Lock files in practice"] == []
    assert got["Faster test suites"] == ["Ana Ruiz"]
    # a speaker's name linked to the talk's page: the stressed words beside it title it
    assert got["A tour of type checkers"] == ["Bo Lindqvist"]
    assert "venue" not in got
    assert "Bo Lindqvist" not in got


def test_links_to_talk_and_speaker_pages_in_german() -> None:
    got = speakers_by_title(read(_REPORT_DE, "tag-eins.md"))
    assert got["Daten ohne Angst"] == ["Jana Vogt"]
    assert got["Archive für alle"] == []


def test_one_link_to_a_talk_page_names_no_talks() -> None:
    text = """---
title: "My week"
date: 2031-05-13
---

I finally watched [Daten ohne Angst](https://hafenkonf.example/vortraege/daten-ohne-angst)
on the train, and then read a [book on archives](https://books.example/archives).

Otherwise a quiet week at home.
"""
    titles = {t.title for t in read(text, "week.md").talks if t.kind != "other"}
    assert "book on archives" not in titles
    assert "Daten ohne Angst" not in titles


def test_links_to_other_sites_name_no_talks() -> None:
    text = """---
title: "Reading list"
date: 2031-05-13
---

I read [Tidy data](https://blog.example/posts/tidy-data) and then
[Slow software](https://blog.example/posts/slow-software) on a long train ride.

Both were good.
"""
    titles = {t.title for t in read(text, "reading.md").talks if t.kind != "other"}
    assert "Tidy data" not in titles
    assert "Slow software" not in titles


def test_a_sentence_writing_several_names_pairs_none_with_its_linked_talks() -> None:
    text = """---
title: "Harbour Conf 2031"
date: 2031-05-14
---

I liked the one by Ana Ruiz on caching, and Bo Lindqvist on
[Faster test suites](https://hc.example/talks/faster-tests) and
[Lock files in practice](https://hc.example/talks/lock-files), both packed.
"""
    got = speakers_by_title(read(text, "harbour.md"))
    assert "Ana Ruiz" not in got.get("Lock files in practice", [])
