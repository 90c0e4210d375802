"""Conventions of real programme pages (blind31, p05-p07): Chinese column headers that
name the topic and the speaker's position, and an event post whose ``start:`` names the
event's day beside the ``date:`` it was posted on."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.columns import read_table
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "page.md") -> list[tuple[str, datetime | None, list[str]]]:
    programme = parse_programme(text.encode(), name)
    return [  # the page's own words (its title, no time) are a note, not a talk
        (t.title, t.start, [s.name for s in t.speakers]) for t in programme.talks if t.start
    ]


def test_chinese_headers_name_the_topic_and_the_speakers_position() -> None:
    rows = [
        ["08:40-09:10", "边缘设备上的模型压缩", "林晓东", "某某智能 高级研究员、开源项目维护者"],
        ["09:10-09:40", "社区治理", "周蓓", "星河云 技术负责人"],
        ["09:40-10:10", "数据库内核的演进", "韩立", "北辰数据 首席架构师，著有多本技术书籍"],
    ]
    assert read_table(rows, ["时段", "主题", "讲者", "职务"]) == [
        "time",
        "title",
        "people",
        "affiliation",
    ]  # without the header words, the longest cells (the positions) were the titles


EVENT_POST = """---
title: 山城开发者日 第二天 资料汇总
date: 2021-06-30 10:00:00
start: 2021-06-12 09:00:00
end: 2021-06-12 17:00:00
---

活动已经结束，以下是第二天的日程。

## 主会场

| 时段 | 主题 | 讲者 | 职务 |
| --- | --- | --- | --- |
| 09:30-10:00 | 边缘设备上的模型压缩 | 林晓东 | 某某智能 高级研究员 |
| 10:00-10:30 | 社区治理的十个教训 | 周蓓 | 星河云 技术负责人 |
"""


def test_an_event_posts_start_names_its_day_not_the_posting_date() -> None:
    assert _talks(EVENT_POST) == [
        ("边缘设备上的模型压缩", datetime(2021, 6, 12, 9, 30), ["林晓东"]),
        ("社区治理的十个教训", datetime(2021, 6, 12, 10, 0), ["周蓓"]),
    ]

