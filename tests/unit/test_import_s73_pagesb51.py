"""Programme pages in French, Japanese and Chinese whose conventions import missed: a
talk's time as a heading under its own, clocks written ``14 h 30`` or ``4：00``, labelled
bullets keyed ``演者``, titles joined to their speakers among slots that name no one,
and a 12-hour afternoon on a page that gives its day elsewhere."""

from __future__ import annotations

from datetime import datetime, time

from confnotes.importers.entries import clock_alone, leading_clock
from confnotes.importers.textutil import parse_clock
from tests.unit.importing import people_of, read, speakers_by_title, starts_by_title

FRENCH_WEEK = """\
# Horaire de la semaine

## Lundi 6 mars 2023

### Accueil
#### 9 h 30 - 10 h

### Bien nommer ses fichiers - Léa Marchand
#### 10 h 15 - 11 h 15
<details>
  <summary>Description</summary>
Un atelier sur les noms de fichiers et de dossiers.
</details>

### Premiers pas en R — Olivier Duchesne
#### 13 h - 14 h et 14 h 15 - 15 h 15

### Heures de bureau (consultations libres)
#### 15 h 30 - 16 h

## Mardi 7 mars 2023

### Accueil quotidien
#### 9 h 30 - 10 h

### Table ronde : métiers du numérique
#### 10 h 15 - 11 h 15

### Nettoyer ses tableaux — Inès Fabre et Paul Girard
#### 13 h à 14 h
"""


def test_french_time_heading_under_each_talk_gives_its_time_and_day() -> None:
    p = read(FRENCH_WEEK, "horaire.md")
    starts = starts_by_title(p)
    assert starts["Bien nommer ses fichiers"] == datetime(2023, 3, 6, 10, 15)
    assert starts["Nettoyer ses tableaux"] == datetime(2023, 3, 7, 13, 0)
    # a workshop given twice starts at its first slot, and the second is no talk
    assert starts["Premiers pas en R"] == datetime(2023, 3, 6, 13, 0)
    assert not any(title.startswith("et ") or title[:1].isdigit() for title in starts)


def test_french_title_dash_speaker_among_slots_that_name_no_one() -> None:
    p = read(FRENCH_WEEK, "horaire.md")
    by_title = speakers_by_title(p)
    assert by_title["Bien nommer ses fichiers"] == ["Léa Marchand"]
    assert by_title["Premiers pas en R"] == ["Olivier Duchesne"]
    assert by_title["Nettoyer ses tableaux"] == ["Inès Fabre", "Paul Girard"]
    assert by_title["Heures de bureau (consultations libres)"] == []


ENGLISH_WEEK = """\
# Summer school timetable

## Monday 12 June 2023

### Welcome
#### 9:00 - 9:30

### Tidy spreadsheets - Mara Quinlan
#### 9:45 - 10:45

### Version control basics — Tobias Wren
#### 1:00 - 2:00 PM

### Office hours
#### 2:30 - 3:00 PM

### Open questions
#### 3:15 - 4:00 PM

### Shell scripting — Nadia Ferris
#### 4:15 - 5:00 PM
"""


def test_english_time_heading_under_talk_heading_with_pm() -> None:
    p = read(ENGLISH_WEEK, "timetable.md")
    starts = starts_by_title(p)
    assert starts["Version control basics"] == datetime(2023, 6, 12, 13, 0)
    assert starts["Tidy spreadsheets"] == datetime(2023, 6, 12, 9, 45)
    assert speakers_by_title(p)["Shell scripting"] == ["Nadia Ferris"]
    assert people_of(p) == {"Mara Quinlan", "Tobias Wren", "Nadia Ferris"}


DAY_OF_SLOTS = """\
# Meetup day

## Saturday 4 November 2023

### 10:00 - 10:45

**Indexing at scale**

### 11:00 - 11:45

**Caching for the rest of us**
"""


def test_near_miss_time_headings_that_are_slots_stay_slots() -> None:
    # a day's headings that each say a time are its slots, each with the title under it:
    # no day heading takes the first slot's time
    starts = starts_by_title(read(DAY_OF_SLOTS, "day.md"))
    assert starts.get("Indexing at scale") == datetime(2023, 11, 4, 10, 0)
    assert starts.get("Caching for the rest of us") == datetime(2023, 11, 4, 11, 0)


JAPANESE_FIELDS = """\
# 勉強会 2024

日時: 2024年3月9日(土) 13:00 -

## 開会

- 司会: 森 健一（実行委員）

## 一般講演

### 講演1

- 演者: 高橋 美咲（東都大学）
- 題目: 型推論のはなし
- 概要: 推論の仕組みを紹介します。

### 講演2

- 演者: 中村 翔（株式会社サンプル）
- 題目: 数値計算ライブラリの作り方
- 概要: 設計の勘所を共有します。

## ライトニングトーク

### LT1

- 演者: 小林 葵（北浜大学D2）
- 題目: 五分でわかる並列化

### LT2

- 演者: 山本 大地（西原研究所）
- 題目: 可視化の小技
"""


def test_japanese_labelled_bullets_name_speaker_and_title() -> None:
    p = read(JAPANESE_FIELDS, "index.md")
    by_title = speakers_by_title(p)
    assert by_title["型推論のはなし"] == ["高橋 美咲"]
    assert by_title["数値計算ライブラリの作り方"] == ["中村 翔"]
    assert by_title["五分でわかる並列化"] == ["小林 葵"]


def test_near_miss_chair_bullet_is_no_speaker() -> None:
    # "司会" (who chairs the opening) names no speaker of a talk
    assert "森 健一" not in people_of(read(JAPANESE_FIELDS, "index.md"))


GERMAN_FIELDS = """\
# Treffen 2024

Datum: 9. März 2024

## Vorträge

### Vortrag 1

- Referent: Jonas Albrecht (Hochschule Nord)
- Titel: Kleine Parser, große Wirkung

### Vortrag 2

- Referent: Carla Weise (Beispiel GmbH)
- Titel: Daten sauber halten
"""


def test_german_labelled_bullets_read_the_same_way() -> None:
    by_title = speakers_by_title(read(GERMAN_FIELDS, "index.md"))
    assert by_title["Kleine Parser, große Wirkung"] == ["Jonas Albrecht"]
    assert by_title["Daten sauber halten"] == ["Carla Weise"]


CHINESE_MEETUP = """\
# 用户交流会

### 活动时间

2019年5月18日（周六），上午9:00～12:00，下午2:00～5:00。

### 日程

##### 编译器漫谈（王小明，中文，9:30～10:20）

##### 数据管道实践（李华，中文，10:30～11:20）

##### 图算法入门（赵敏，中文，11:30～12:00）

##### 并行计算的坑（周杰，中文，2:00～2:50）

##### 工具链分享（孙丽，中文，3：00～3:50）
"""


def test_chinese_afternoon_clocks_on_a_page_giving_its_day_apart() -> None:
    starts = starts_by_title(read(CHINESE_MEETUP, "meetup.md"))
    assert starts["图算法入门"] == datetime(2019, 5, 18, 11, 30)
    assert starts["并行计算的坑"] == datetime(2019, 5, 18, 14, 0)
    assert starts["工具链分享"] == datetime(2019, 5, 18, 15, 0)  # a full-width colon


def test_clock_written_with_spaced_h_and_full_width_colon() -> None:
    clock = parse_clock("12 h 45 - 13 h 45")
    assert clock is not None and (clock.start, clock.end) == (time(12, 45), time(13, 45))
    clock = parse_clock("15 h à 16 h")
    assert clock is not None and (clock.start, clock.end) == (time(15, 0), time(16, 0))
    assert leading_clock("4：00～4:50")[:2] == (time(4, 0), time(4, 50))


def test_near_miss_h_inside_words_is_no_clock() -> None:
    assert parse_clock("3 hommes et 2 femmes") is None
    assert clock_alone("Salle 12 h 45") is None  # a room's words before the time
    assert clock_alone("9:00 - 10:00 Keynote") is None  # a time with its title


def test_slot_given_twice_is_read_at_its_first_in_any_language() -> None:
    start, end, rest, _ampm = leading_clock("9:00-10:00 and 11:00-12:00 Workshop")
    assert (start, end, rest.strip()) == (time(9, 0), time(10, 0), "Workshop")
    # near miss: a later word that is a title, not a second slot, stays the title
    assert leading_clock("9:00-10:00 and friends")[2].strip() == "and friends"
