"""Conventions of real programme pages (blind31, p05-p07): Chinese column headers that
name the topic and the speaker's position; an event post whose ``start:`` names the
event's day beside the ``date:`` it was posted on; a dense timetable's speaker cells of
surnames and their organisation (``Okafor – Lumen Labs``), completed by the full names
the page's abstracts give in their by-lines."""

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


SURNAME_TABLE = """<html><body><h1>Batch Systems Meetup 2024</h1>
<h2>Thursday, 10 October 2024</h2>
<table border=1>
<tr><th>Time</th><th>Speaker</th><th>Title</th></tr>
<tr><td>9:00 - 9:10</td><td>Okafor &ndash; Lumen Labs</td><td>Opening remarks</td></tr>
<tr><td>9:10 - 10:00</td><td>Reyes and Tanaka &ndash; Harbor AI</td>
<td>Scheduling thousands of short jobs without tears</td></tr>
<tr><td colspan="3">Coffee</td></tr>
<tr><td>10:30 - 11:00</td><td>Lindqvist &ndash; Georgia Tech</td>
<td>Fair share for teaching clusters</td></tr>
<tr><td>11:00 - 11:30</td><td>Moreau (Vireo) and Stanek (Quillon)</td>
<td>Two clouds, one queue</td></tr>
</table>
</body></html>"""


def _speakers(text: str, name: str) -> dict[str, list[tuple[str, list[str]]]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [(s.name, s.affiliations) for s in t.speakers] for t in programme.talks}


def test_surnames_before_a_dash_in_a_speaker_column_share_the_organisation_after_it() -> None:
    assert _speakers(SURNAME_TABLE, "meetup.html") == {
        "Opening remarks": [("Okafor", ["Lumen Labs"])],
        "Scheduling thousands of short jobs without tears": [
            ("Reyes", ["Harbor AI"]),
            ("Tanaka", ["Harbor AI"]),
        ],
        # a name-shaped place after a surname is the place, not a second speaker
        "Fair share for teaching clusters": [("Lindqvist", ["Georgia Tech"])],
        "Two clouds, one queue": [("Moreau", ["Vireo"]), ("Stanek", ["Quillon"])],
    }


ABSTRACTS = """
<h2>Abstracts</h2>
<h3>Scheduling thousands of short jobs without tears</h3>
<h4>Marta Reyes and Kenji Tanaka, Harbor AI</h4>
<p>We describe how we stopped fighting our scheduler. Thanks Lindqvist for the idea.</p>
<h3>Fair share for teaching clusters</h3>
<h4>Ingrid Lindqvist, Georgia Institute of Technology</h4>
<p>Students share a small cluster; we explain how.</p>
</body></html>"""


def test_a_surname_takes_the_full_name_the_document_writes_in_a_by_line() -> None:
    page = SURNAME_TABLE.replace("</body></html>", ABSTRACTS)
    speakers = _speakers(page, "meetup.html")
    assert [p for p, _org in speakers["Scheduling thousands of short jobs without tears"]] == [
        "Marta Reyes",
        "Kenji Tanaka",
    ]
    # "Thanks Lindqvist for …" is a sentence, no by-line: only the by-line's name counts
    assert [p for p, _org in speakers["Fair share for teaching clusters"]] == ["Ingrid Lindqvist"]
    assert [p for p, _org in speakers["Opening remarks"]] == ["Okafor"]  # named nowhere else
