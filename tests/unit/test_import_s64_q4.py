"""Stop 64, helper q4: conventions of programme pages in Japanese, Chinese and Polish.
Fixtures written for these tests, in our own words (``test_import_q4.py`` holds stop
60's q4 tests)."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date


def _starts(text: str, name: str) -> dict[str, datetime | None]:
    programme = parse_programme(text.encode(), name)
    return {t.title: t.start for t in programme.talks}


# ------------------------------------------- a day as month/day and a bracketed weekday


def test_a_slashed_day_is_read_in_the_order_its_weekday_agrees_with() -> None:
    # 5/6 of 2023 is Saturday 6 May (5 June is a Monday); 7/5 with Wednesday is 5 July
    assert find_date("5/6(土)", 2023) == (date(2023, 5, 6), False)
    assert find_date("7/5 (Wed)", 2023) == (date(2023, 7, 5), False)


def test_a_slashed_day_whose_weekday_fits_neither_reading_is_no_day() -> None:
    assert find_date("5/6 (Fri)", 2023) == (None, False)
    assert find_date("5/6(土)", None) == (None, False)


_WORKSHOP = """# Kitakaze Proof Workshop 2023

## Programme

### 12/5(火)

* 13:00〜13:30 First steps with a small prover

* 13:30〜14:00 Counting lemmas by hand

### 12/6(水)

* 10:00〜10:30 Teaching induction to students

* 10:30〜11:00 A library of finite maps
"""


def test_a_day_heading_of_month_slash_day_and_weekday_dates_the_talks_under_it() -> None:
    starts = _starts(_WORKSHOP, "workshop.md")
    assert starts["Counting lemmas by hand"] == datetime(2023, 12, 5, 13, 30)
    assert starts["Teaching induction to students"] == datetime(2023, 12, 6, 10, 0)
    assert starts["A library of finite maps"] == datetime(2023, 12, 6, 10, 30)


# ------------------------------------- a speaker's field: names, where from, then a bio

from confnotes.importers import treerecords  # noqa: E402
from confnotes.importers.persons import people_before_bio  # noqa: E402


def _speakers(text: str, name: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in programme.talks}


def test_a_speaker_field_gives_its_names_and_their_place_before_the_bio() -> None:
    found = people_before_bio("Mara Quist from Lantern Labs. She builds payment systems.")
    assert found is not None
    assert [(p.name, p.affiliations) for p in found[0]] == [("Mara Quist", ["Lantern Labs"])]
    assert found[1] == "She builds payment systems."


def test_a_sentence_holding_from_is_no_by_line() -> None:
    assert people_before_bio("We drove in from the coast. It rained all day.") is None
    assert people_before_bio("Mara Quist of Lantern Labs") is None


_MEETUP = """---
layout: post
title: River City Java meetup number 9
date: 2031-03-02
---

Topic: Virtual threads in practice
Speaker: Mara Quist from Lantern Labs. She builds the payment backend and writes about concurrency.

Topic: Reading heap dumps without tears
Speaker: Tomas Berg from the Northside JUG. A consultant for ten years who likes flame graphs.

Topic: Gradle caches explained
Speaker: Ilse Moor & Pim Dekker from Westport JUG. Ilse maintains the build; Pim keeps CI green.
"""


def test_labelled_topic_and_speaker_lines_with_a_bio_are_talks_with_speakers() -> None:
    speakers = _speakers(_MEETUP, "meetup.md")
    assert speakers["Virtual threads in practice"] == ["Mara Quist"]
    assert speakers["Reading heap dumps without tears"] == ["Tomas Berg"]
    assert speakers["Gradle caches explained"] == ["Ilse Moor", "Pim Dekker"]


_MEETUP_ZH = """---
layout: post
title: 江城 Java 聚会 第9期
date: 2031-03-02
---

主题：虚拟线程的实践
讲师：林晓风 from Lantern Labs。负责支付后端，周末写一些并发方面的文章。

主题：不再害怕堆转储
讲师：周明远 from Northside JUG。做了十年顾问，依然喜欢火焰图。

主题：Gradle 缓存详解
讲师：何静 & 宋一凡 from Westport JUG。何静维护构建，宋一凡负责持续集成。
"""


def test_a_speaker_label_vouches_for_names_in_a_script_without_capitals() -> None:
    # the records the document's tree repeats: a title line, then the speaker's field
    programme = treerecords.read(_MEETUP_ZH, "meetup-zh.md")
    assert programme is not None
    speakers = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert speakers["虚拟线程的实践"] == ["林晓风"]
    assert speakers["不再害怕堆转储"] == ["周明远"]
    assert speakers["Gradle 缓存详解"] == ["何静", "宋一凡"]


# ------------------------------------------------ a year-first date without its zeros


def test_a_year_first_hyphenated_date_may_leave_out_its_zeros() -> None:
    assert find_date("日期：2031-3-9") == (date(2031, 3, 9), True)
    assert find_date("2031-11-5 evening") == (date(2031, 11, 5), True)
    assert find_date("seasons 2019-2020") == (None, False)


_MEETUP_DAY = """---
layout: post
title: 江城 Java 聚会 第9期
date: 2031-03-02
---

时间：2031-3-9
地点：江边大厦四楼

主题：虚拟线程的实践
讲师：Mara Quist from Lantern Labs。负责支付后端。

主题：不再害怕堆转储
讲师：Tomas Berg from Northside JUG。做了十年顾问。

主题：Gradle 缓存详解
讲师：Ilse Moor & Pim Dekker from Westport JUG。一个维护构建，一个负责持续集成。
"""


def test_the_events_day_line_dates_the_records_after_it_not_the_posting_date() -> None:
    programme = treerecords.read(_MEETUP_DAY, "meetup-day.md")
    assert programme is not None
    days = {t.title: t.day for t in programme.talks if t.speakers}
    assert days == {
        "虚拟线程的实践": date(2031, 3, 9),
        "不再害怕堆转储": date(2031, 3, 9),
        "Gradle 缓存详解": date(2031, 3, 9),
    }
