"""Programmes and notes written in other languages, in the conventions real ones use
(fixtures written here, imitating them): a speaker "to be decided" in any language is
nobody, day headings written ``d/m/yyyy``, list items wrapped over several lines, a track
label before a colon, a short kind label before a dash, a speaker's name in two scripts."""

from __future__ import annotations

from datetime import datetime

import pytest

from confnotes.importers import doctree, timetable
from confnotes.importers.persons import is_placeholder, normalise_person, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import line_date, numeric_order


def _rows(text: str) -> list[tuple[str, datetime | None, list[str]]]:
    result = timetable.read(doctree.parse(text), "page", "markdown")
    return [(t.title, t.start, [s.name for s in t.speakers]) for t in result.programme.talks]


@pytest.mark.parametrize(
    "text",
    ["未定", "待定", "미정", "Por definir", "[Por definir]", "à définir", "da definire",
     "A confirmar", "noch offen", "N.N.", "уточняется", "do ustalenia", "nog te bepalen",
     "TBD", "調整中", "待确认"],
)  # fmt: skip
def test_a_speaker_to_be_decided_is_nobody_in_any_language(text: str) -> None:
    assert is_placeholder(text)
    assert normalise_person(ProgrammePerson(text)) is None
    assert split_speakers(text, single_ok=True) == []


@pytest.mark.parametrize("name", ["Ana Ruiz", "山田 花子", "Nadia Porto", "Definir Santos"])
def test_a_name_is_no_placeholder(name: str) -> None:
    assert not is_placeholder(name)


TBD_TABLE = """# タイムテーブル

| 開始 | 終了 | セッション | 登壇者 |
| --- | --- | --- | --- |
| 10:00 | 10:20 | 基調講演 | 未定 |
| 10:20 | 10:40 | [Kobe.py](https://example.org/kobe) | 未定 |
| 10:40 | 11:00 | 休憩 | |
"""


def test_a_timetable_whose_speakers_are_not_decided_names_nobody() -> None:
    programme = parse_programme(TBD_TABLE.encode(), "timetable.md")
    assert [t.title for t in programme.talks] == ["基調講演", "Kobe.py"]
    assert all(not t.speakers for t in programme.talks)
    assert not programme.roles


def test_numeric_day_headings_are_read_in_the_order_that_makes_them_consecutive() -> None:
    assert numeric_order("## 7/5/2024\n...\n## 8/5/2024\n") == "dmy"
    assert numeric_order("## 5/7/2024\n...\n## 5/8/2024\n") == "mdy"
    assert numeric_order("## 21/5/2024") == "dmy"
    assert numeric_order("## 5/6/2024") is None  # one date alone says nothing
    assert line_date("7/5/2024", order="dmy") == datetime(2024, 5, 7).date()
    assert line_date("7/5/2024", order="mdy") == datetime(2024, 7, 5).date()


DMY_DAYS = """## 7/5/2024
- 09:30 Indici parziali in pratica (Nadia Porto)

## 8/5/2024
- 10:00 Code senza code (Ivo Brandi)
"""


def test_a_schedule_under_day_first_numeric_headings() -> None:
    assert _rows(DMY_DAYS) == [
        ("Indici parziali in pratica", datetime(2024, 5, 7, 9, 30), ["Nadia Porto"]),
        ("Code senza code", datetime(2024, 5, 8, 10, 0), ["Ivo Brandi"]),
    ]


WRAPPED = """## Venerdì 10 maggio 2024

- 14:00 Capire i generatori in profondità per
  scrivere codice migliore (Giulia
  Ferri)
- 14:45 Dieci anni di pacchetti (Marco Lenti)
"""


def test_a_list_item_wrapped_over_lines_is_one_row() -> None:
    assert _rows(WRAPPED) == [
        (
            "Capire i generatori in profondità per scrivere codice migliore",
            datetime(2024, 5, 10, 14, 0),
            ["Giulia Ferri"],
        ),
        ("Dieci anni di pacchetti", datetime(2024, 5, 10, 14, 45), ["Marco Lenti"]),
    ]


TRACK_LABELS = """## Sabato 11 maggio 2024

- 11:00 **Blue Lagoon**: Misurare la latenza senza illudersi (Pietro Sala)
- 11:45 **Orto Botanico**: Sensori e piante (Lia Conti)
"""


def test_a_bold_track_label_before_a_colon_is_no_speaker_and_no_title() -> None:
    programme = timetable.read(doctree.parse(TRACK_LABELS), "page", "markdown").programme
    assert [(t.title, [s.name for s in t.speakers]) for t in programme.talks] == [
        ("Misurare la latenza senza illudersi", ["Pietro Sala"]),
        ("Sensori e piante", ["Lia Conti"]),
    ]
    assert not programme.roles


SHORT_TALK_NOTES = """# Mes notes du Forum Données 2025

## Talk court - Schema Wranglers

Camille Roux, Théo Martin

Beaucoup d'exemples concrets.

## Talk long - Indexer sans douleur

Inès Garnier

Très clair.
"""


def test_a_short_kind_label_before_a_dash_leaves_the_title_not_a_person() -> None:
    programme = parse_programme(SHORT_TALK_NOTES.encode(), "notes.md")
    talks = [(t.title, [s.name for s in t.speakers]) for t in programme.talks]
    # the names under the heading are the speakers; the heading stays the title, whole
    assert ("Talk court - Schema Wranglers", ["Camille Roux", "Théo Martin"]) in talks
    assert ("Talk long - Indexer sans douleur", ["Inès Garnier"]) in talks
    people = {s.name for t in programme.talks for s in t.speakers}
    assert "Schema Wranglers" not in people


PARALLEL = """## Domenica 12 maggio 2024

- 15:15 **Sala Uno**: Pipeline leggere (Ada Neri) / **Sala Due**: Test che durano
  (Bruno Ferro, Carla Viti)
"""


def test_talks_at_the_same_hour_in_one_line_are_each_a_talk() -> None:
    assert _rows(PARALLEL) == [
        ("Pipeline leggere", datetime(2024, 5, 12, 15, 15), ["Ada Neri"]),
        ("Test che durano", datetime(2024, 5, 12, 15, 15), ["Bruno Ferro", "Carla Viti"]),
    ]


BILINGUAL_YAML = """conference:
  name: "Hangzhou Data Summit 2026"
  start: "09:00"
  end: "17:00"
  lunch:
    start: "12:00"
    end: "13:30"
    title: "午餐"
talks:
  - speaker: "林晓雯"
    speaker_en: "Xiaowen Lin"
    title: "流式计算的十年"
    title_en: "Ten Years of Stream Processing"
    start: "09:30"
    end: "10:10"
  - speaker: "Priya Nair"
    speaker_en: "Priya Nair"
    title: "向量检索的代价"
    title_en: "The Cost of Vector Search"
    start: "10:10"
    end: "10:50"
"""


def test_a_name_written_in_two_languages_is_one_person_and_the_event_block_no_talk() -> None:
    programme = parse_programme(BILINGUAL_YAML.encode(), "agenda.yaml")
    assert programme.name == "Hangzhou Data Summit 2026"
    talks = {t.title: t.speakers for t in programme.talks}
    assert "Hangzhou Data Summit 2026" not in talks
    assert [(p.name, p.aliases) for p in talks["流式计算的十年"]] == [("林晓雯", ["Xiaowen Lin"])]
    assert [p.name for p in talks["向量检索的代价"]] == ["Priya Nair"]


TOPIC_NOTES = """# Tessera Revisited

- Tesseraが使われていない理由
  - Tesseraの中で定義したクラスは外から見えない
- Tessera同士のメッセージは遅い
- 次の版でTesseraのGCが変わる

# 参考

- https://example.org/tessera-internals
"""


def test_a_heading_whose_first_word_the_notes_keep_writing_is_their_topic_not_a_person() -> None:
    programme = parse_programme(TOPIC_NOTES.encode(), "tessera.md")
    assert programme.talks[0].title == "Tessera Revisited"
    assert not [s for t in programme.talks for s in t.speakers]
    text = "# Ana Ruiz\n\n- logs as the source of truth\n\n# Li Wei\n\n- caches everywhere\n"
    named = parse_programme(text.encode(), "people.md")  # notes headed by the speakers' names
    assert [s.name for t in named.talks for s in t.speakers] == ["Ana Ruiz", "Li Wei"]


DAY_NOTES_JA = """# 分散トレースの実践

## なぜ必要か

- 可観測性
- 障害の切り分けが速くなる

## 導入の順番

- まずログ
- 次にメトリクス

# 型ヒントの現在地

## 背景

- 静的解析
- 実行時には何もしない
"""


def test_notes_whose_sub_headings_are_parts_of_each_talk_and_short_words_are_nobody() -> None:
    programme = parse_programme(DAY_NOTES_JA.encode(), "day1.md")
    assert [t.title for t in programme.talks] == ["分散トレースの実践", "型ヒントの現在地"]
    assert not [s for t in programme.talks for s in t.speakers]  # 可観測性 is a word
    assert "導入の順番" in programme.talks[0].body


DASHED_CELLS = """No dia **12 de abril de 2026**, na Univille.

## Cronograma

| Horário | Palestrante | Sessão |
|--------|-------------|--------|
| 08:30 - 09:00 | - | Abertura |
| 09:00 - 09:50 | Renata Souza | Observabilidade sem dor. |
| 09:50 - 10:20 | - | Coffee break |
| 10:20 - 11:00 | Tiago Moura | Filas e backpressure na prática. |
| 11:00 - 12:00 | - | Almoço |
"""


def test_a_dash_in_a_speaker_cell_holds_a_place_and_the_column_stays_the_speakers() -> None:
    programme = parse_programme(DASHED_CELLS.encode(), "blog.md")
    named = {t.title.rstrip("."): [s.name for s in t.speakers] for t in programme.talks}
    assert named["Observabilidade sem dor"] == ["Renata Souza"]
    assert named["Filas e backpressure na prática"] == ["Tiago Moura"]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Mon récap de la Journée Rust 2025", "Journée Rust 2025"),
        ("Meine Notizen zur Datenwerkstatt 2024", "Datenwerkstatt 2024"),
        ("Apuntes de la PyDay Sevilla 2023", "PyDay Sevilla 2023"),
        ("Kobe.py 2024 参加レポート", "Kobe.py 2024"),
        ("FE 컨퍼런스 2023 후기", "FE 컨퍼런스 2023"),
        ("DataCon 2025 参会笔记", "DataCon 2025"),
        ("Note Taking Summit", "Note Taking Summit"),
        ("Sendai Tech Day 2025 タイムテーブル", "Sendai Tech Day 2025"),
        ("Appunti sul programma di PyLiguria 2025", "PyLiguria 2025"),
        ("Agenda Digitale 2025", "Agenda Digitale 2025"),
        ("Program Analysis Workshop", "Program Analysis Workshop"),
    ],
)
def test_the_event_of_a_title_that_says_my_notes_of_it_in_any_language(
    title: str, name: str
) -> None:
    from confnotes.importers.headings import conference_name

    assert conference_name(title) == name


POST_ZH = """---
title: "向量数据库的选型实践"
date: '2026-03-20'
---

「数据库之夜」杭州站于 2026 年 3 月 14 日举行，本文是第一篇回顾。

**演讲嘉宾**：周明远（星河数据 架构师）

## 一、为什么要选型

选型要看写入模式。
"""


def test_a_speaker_labelled_in_another_language_a_paragraph_into_a_post() -> None:
    programme = parse_programme(POST_ZH.encode(), "post.md")
    (talk,) = programme.talks
    assert [(s.name, s.affiliations) for s in talk.speakers] == [("周明远", ["星河数据 架构师"])]
    assert "**演讲嘉宾**" in talk.body  # the line stays in the note


def test_notes_titled_in_their_front_matter_as_notes_of_an_event_name_it() -> None:
    text = (
        "---\ntitle: 'DevDay Busan 2024 후기'\n---\n\n## 캐시 전략의 함정\n\n좋았다.\n\n"
        "## 로그 파이프라인 다시 보기\n\n유익했다.\n"
    )
    programme = parse_programme(text.encode(), "devday.md")
    assert programme.name == "DevDay Busan 2024"


@pytest.mark.parametrize("text", ["運営", "主办方", "운영진", "Orga-Team", "organizadores"])
def test_the_people_running_the_event_hold_a_slot_and_are_nobody(text: str) -> None:
    assert is_placeholder(text)
    assert split_speakers(text, single_ok=True) == []


TAGUNG = """<html><head><title>Programm – Werkstatttage Lehre 2025</title></head><body>
<h2>Mittwoch, 08.10.2025</h2>
<table>
<tr><th>Zeit</th><th>Veranstaltung</th></tr>
<tr><td>09:30 – 10:30 Uhr</td>
<td><a href="#a">Hauptvortrag</a> von <a href="#b">Prof. Dr. Jana Wendt</a></td></tr>
<tr><td>10:30 – 11:00 Uhr</td><td>Kaffeepause</td></tr>
<tr><td>19:00 – open end</td><td>Abendessen im Ratskeller</td></tr>
</table></body></html>"""


def test_a_keynote_by_its_german_word_and_an_evening_that_ends_open() -> None:
    programme = parse_programme(TAGUNG.encode(), "programm.html")
    talks = {t.title: (t.kind, t.start, [s.name for s in t.speakers]) for t in programme.talks}
    assert talks["Hauptvortrag"] == ("keynote", datetime(2025, 10, 8, 9, 30), ["Jana Wendt"])
    assert "Abendessen im Ratskeller" in talks  # not "open end Abendessen im Ratskeller"


PROSE_DAY = """No dia **9 de outubro de 2025** aconteceu o encontro.

| Horário | Palestrante | Sessão |
|---|---|---|
| 09:00 - 09:40 | Helena Prado | Contratos de dados na prática |
| 09:40 - 10:20 | Rui Bastos | Testes de carga sem drama |
"""


def test_a_day_stressed_in_a_sentence_before_the_rows_is_their_day_in_any_language() -> None:
    assert _rows(PROSE_DAY) == [
        ("Contratos de dados na prática", datetime(2025, 10, 9, 9, 0), ["Helena Prado"]),
        ("Testes de carga sem drama", datetime(2025, 10, 9, 9, 40), ["Rui Bastos"]),
    ]


EMOJI_LABELS = """## Lightning

### Tres años de mantener un paquete
  - :microphone: _Nerea Olabarria_
  - :calendar: 2025-03-08 16:40
  - :memo: lo que nadie te cuenta

### Un teclado que escribe solo
  - 🎤 Iker Zubia
  - 📅 2025-03-08 16:50
"""


def test_bullets_labelled_by_a_pictogram_are_read_by_their_content() -> None:
    programme = parse_programme(EMOJI_LABELS.encode(), "lightning.md")
    assert [(t.title, [s.name for s in t.speakers], t.start) for t in programme.talks] == [
        ("Tres años de mantener un paquete", ["Nerea Olabarria"], datetime(2025, 3, 8, 16, 40)),
        ("Un teclado que escribe solo", ["Iker Zubia"], datetime(2025, 3, 8, 16, 50)),
    ]
    assert ":memo: lo que nadie te cuenta" in programme.talks[0].body


def test_a_kind_written_against_its_titles_quote_is_the_kind_and_the_rest_a_talk() -> None:
    """``基調講演「Title」 Name（Org）``: East Asian text writes no colon between a kind and
    the quote of its title; the organisation in brackets is no speaker, and the list's
    opening and break keep their times beside the talks."""
    text = (
        "# 第2回 検索技術研究会\n\n日時：2031年6月7日（土）\n\n## プログラム\n\n"
        "- 10:00〜10:10 開会挨拶\n"
        "- 10:10〜11:00 基調講演「ベクトル検索の現在」 高橋 誠（名古屋大学）\n"
        "- 11:00〜11:15 休憩\n"
        "- 11:15〜11:45 「転置索引の圧縮」 小林 恵（株式会社サーチラボ）\n"
    )
    p = parse_programme(text.encode(), "kenkyukai.md")
    got = [(t.title, t.kind, t.start, [s.name for s in t.speakers]) for t in p.talks if t.start]
    assert got == [
        ("開会挨拶", "other", datetime(2031, 6, 7, 10, 0), []),
        ("ベクトル検索の現在", "keynote", datetime(2031, 6, 7, 10, 10), ["高橋 誠"]),
        ("休憩", "break", datetime(2031, 6, 7, 11, 0), []),
        ("転置索引の圧縮", "talk", datetime(2031, 6, 7, 11, 15), ["小林 恵"]),
    ]
    assert "名古屋大学" not in {s.name for t in p.talks for s in t.speakers}
