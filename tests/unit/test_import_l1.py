"""A programme's own words for "not decided yet" in the speaker's place name no slot:
the slot keeps its label. Fixtures are written for the test."""

from __future__ import annotations

from confnotes.importers import textutil, treerecords, when

_GRID = """# Community Day 2025

Saturday 14 June 2025

| 開始時間 | 終了時間 | 時間 | セッション | 登壇者 |
| --- | --- | --- | --- | --- |
| 13:00 | 13:10 | 0:10 | オープニング | 未定 |
| 13:10 | 13:30 | 0:20 | Guest session | [Oskar Lindqvist](https://example.org/oskar) さん |
| 13:30 | 13:40 | 0:10 | Break | |
| 13:40 | 14:00 | 0:20 | [Rust Oslo](https://r.example) | 田中([@tn](https://u.example/tn))さん |
| 14:00 | 14:20 | 0:20 | [Go Bergen](https://g.example) | 鈴木([@sz](https://u.example/sz))さん |
| 14:20 | 14:40 | 0:20 | [Data Bodø](https://d.example) | 佐藤([@st](https://u.example/st))さん |
"""


def test_an_undecided_speaker_does_not_name_the_slot() -> None:
    p = treerecords.read(_GRID)
    assert p is not None
    titles = [t.title for t in p.talks]
    assert "未定" not in titles
    assert "オープニング" in titles


def test_a_weekday_written_as_two_hyphened_words_leads_a_line() -> None:
    # Portuguese weekdays are "terça-feira", "quinta-feira": one weekday, two words
    assert when.leading_weekday("Terça-feira 19h Abertura") == (1, "19h Abertura")
    assert when.leading_weekday("quinta-feira, 20h Palestra") == (3, "20h Palestra")
    assert when.leading_weekday("Well-known tools") == (None, "Well-known tools")


def test_a_zones_abbreviation_counts_in_capitals_only() -> None:
    # French "est" ("is") and "c'est" are words, not Eastern or Central European time
    assert textutil.find_timezone("La conférence est disponible en ligne") is None
    assert textutil.find_timezone("Starts at 9 am EST") == "America/New_York"
    assert textutil.find_timezone("9:00 Eastern time") == "America/New_York"
    assert textutil.find_timezone("10:00 CEST") == "Europe/Berlin"
