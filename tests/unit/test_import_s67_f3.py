"""Stop 67, helper f3: grids and lists where one slot holds one or two talks, and
headings that number a talk over a labelled speaker line. A heading run numbered by a
label (``Topic 2: Title``, ``议题 2：Title``) over ``Speaker: Name, Org, Role`` lines
(Chinese written with full-width commas too); a table row whose people and title cells
break into as many lines (two talks in one slot, paired by position); a talk's paper
code before ``Name - Title``; a page whose only year is its XHTML or SVG namespace's.
Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import date

from confnotes.importers.entries import parse_entry
from confnotes.importers.talk_levels import running_label, without_running_label
from confnotes.importers.when import find_year
from tests.unit.importing import people_of as _people
from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers

_CHINESE = """---
title: 城市数据开放日
time: 2030-05-18 13:30-17:00
---

5 月 18 日（周六）下午，我们在线上举办城市数据开放日。

## 日程

## 议题介绍

### 议题 1：河流监测数据的长期校准

分享嘉宾：周立明，海湾研究院，高级工程师

分享概要：
1. 为什么会漂移
2. 每年重新校准

### 议题 2：用轻量方式发布开放数据集

分享嘉宾：林慧，开放数据办公室，产品负责人

分享概要：
1. 数据格式
2. 发布流程

### 议题 3：志愿者采样的质量控制

分享嘉宾：何志强，沿海实验室，研究员

分享概要：
1. 培训
2. 复核

## 活动信息

活动时间：2030 年 5 月 18 日（周六） 13:30-17:00
"""


def test_numbered_chinese_headings_over_speaker_lines_are_talks() -> None:
    p = _read(_CHINESE, "open-day.md")
    got = _speakers(p)
    assert got["河流监测数据的长期校准"] == ["周立明"]
    assert got["用轻量方式发布开放数据集"] == ["林慧"]
    assert got["志愿者采样的质量控制"] == ["何志强"]
    # the organisation and the role after the name are no people
    assert _people(p) == {"周立明", "林慧", "何志强"}
    talk = next(t for t in p.talks if t.title == "林慧" or "开放数据集" in t.title)
    assert talk.speakers[0].affiliations and "开放数据办公室" in talk.speakers[0].affiliations[0]
    assert all(t.start is None or t.start.date() == date(2030, 5, 18) for t in p.talks)


_ENGLISH = """# Spring Archive Meetup

Our spring meetup, three short talks and drinks.

## Talks

### Topic 1: Keeping river gauges honest

Speaker: Ana Ruiz

Some words about the talk.

### Topic 2: Publishing datasets the light way

Speaker: Bo Lindqvist

More words about this one.

### Topic 3: Quality checks for volunteer samples

Speaker: Chen Wei

And a last abstract.

## Venue

The old harbour library.
"""


def test_numbered_english_headings_over_speaker_lines_lose_their_label() -> None:
    got = _speakers(_read(_ENGLISH, "spring.md"))
    assert got["Keeping river gauges honest"] == ["Ana Ruiz"]
    assert got["Publishing datasets the light way"] == ["Bo Lindqvist"]
    assert got["Quality checks for volunteer samples"] == ["Chen Wei"]


def test_running_label_needs_a_count_that_goes_up() -> None:
    assert running_label(["Topic 1: A", "Topic 2: B", "Topic 3: C"]) == "topic"
    assert running_label(["议题 1：甲", "议题 2：乙"]) == "议题"
    # versions in titles are no numbering of the talks
    assert running_label(["Python 3: what changed", "Python 2: the end"]) is None
    assert running_label(["Topic 1: A", "Other words"]) is None
    assert without_running_label("Topic 2: Scaling", "topic") == "Scaling"
    assert without_running_label("Part 2: Scaling", "topic") == "Part 2: Scaling"


_PARTS = """# Notes from the workshop

## Hands-on lab

### Lab 1: Setup

we installed the tools

### Lab 2: First query

the query was slow

### Lab 3: Indexes

indexes help
"""


def test_numbered_parts_without_speaker_lines_stay_one_talk() -> None:
    p = _read(_PARTS, "workshop.md")
    assert not _people(p)
    assert "First query" not in _speakers(p)


_PAIRED_HTML = """---
layout: default
---

### Programme

<table><thead>
<tr><th>Time</th><th>Speaker</th><th>Title</th></tr>
</thead><tbody>
<tr><td>09:00-09:15</td><td></td><td>Opening</td></tr>
<tr><td>09:15-10:30</td><td><a href="/a">Ana Ruiz</a><br>
<a href="/b">Bo Lindqvist</a></td>
<td><a href="./ruiz">Gauges: drift over ten years</a><br>
<a href="./lindqvist">Publishing small datasets</a></td></tr>
<tr><td>10:30-10:45</td><td></td><td>Coffee break</td></tr>
<tr><td>10:45-12:00</td><td>Chen Wei<br>Dara Okafor</td>
<td>Volunteer samples<br>Maps for everyone</td></tr>
<tr><td>12:00-12:45</td><td>Eva Novak</td><td>Closing thoughts on open data</td></tr>
</tbody></table>
"""


def test_two_talks_in_one_row_are_paired_by_position() -> None:
    got = _speakers(_read(_PAIRED_HTML, "programme.md"))
    assert got["Gauges: drift over ten years"] == ["Ana Ruiz"]
    assert got["Publishing small datasets"] == ["Bo Lindqvist"]
    assert got["Volunteer samples"] == ["Chen Wei"]
    assert got["Maps for everyone"] == ["Dara Okafor"]
    assert got["Closing thoughts on open data"] == ["Eva Novak"]


_PAIRED_SPANISH = """<h2>Programa</h2>
<table>
<tr><th>Hora</th><th>Ponente</th><th>Charla</th></tr>
<tr><td>10:00-11:00</td><td>María López<br/>Jorge Pérez</td>
<td>Mapas abiertos para todos<br/>Datos de ríos: diez años</td></tr>
<tr><td>11:00-11:30</td><td></td><td>Pausa café</td></tr>
<tr><td>11:30-12:00</td><td>Lucía Gómez</td><td>Cierre de la jornada sobre datos</td></tr>
</table>
"""


def test_two_talks_in_one_html_row_in_spanish() -> None:
    got = _speakers(_read(_PAIRED_SPANISH, "programa.html"))
    assert got["Mapas abiertos para todos"] == ["María López"]
    assert got["Datos de ríos: diez años"] == ["Jorge Pérez"]


_UNEVEN = """| Time | Speaker | Title |
|------|---------|-------|
| 10:00 | Ana Ruiz<br>Bo Lindqvist | One shared talk on gauges |
| 11:00 | Chen Wei | Samples |
"""


def test_uneven_lines_are_not_paired() -> None:
    p = _read(_UNEVEN, "uneven.md")
    talk = next(t for t in p.talks if "gauges" in t.title)
    assert {x.name for x in talk.speakers} == {"Ana Ruiz", "Bo Lindqvist"}
    assert not any(t.title == "Bo Lindqvist" for t in p.talks)


def test_a_paper_code_before_name_and_title_is_dropped() -> None:
    e = parse_entry("P3 - Ana Ruiz - Keeping river gauges honest")
    assert e is not None
    assert (e.title, [p.name for p in e.speakers]) == ("Keeping river gauges honest", ["Ana Ruiz"])
    e = parse_entry("S2.1 – Publicar datos abiertos – María López")
    assert e is not None
    assert (e.title, [p.name for p in e.speakers]) == ("Publicar datos abiertos", ["María López"])
    # a code-like word before one field alone is left as written
    e = parse_entry("F1 - Racing telemetry")
    assert e is not None
    assert "F1" in e.title or any("F1" in p.name for p in e.speakers) or e.title == "F1"


def test_the_markup_standards_year_is_not_the_events() -> None:
    page = '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Spring Meetup 2031</h1>'
    assert find_year(page) == 2031
    svg = '<svg xmlns="http://www.w3.org/2000/svg"></svg><p>Harbour Days 2029</p>'
    assert find_year(svg) == 2029
    doctype = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" '
        '"http://www.w3.org/TR/1999/REC-html401-19991224/strict.dtd"><p>no year</p>'
    )
    assert find_year(doctype) is None
    assert find_year("Harbour Days 2027, see http://example.org/2026/") == 2027


_GRID = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Harbour Language Days</title></head>
<body>
<div><img alt="2030 Harbour Language Days" src="/banner.png"></div>
<h1>Agenda</h1>
<table>
<tr><th>Time</th><th>Monday<br>June 3</th><th>Tuesday<br>June 4</th></tr>
<tr><td>9:00</td><td>Ana Ruiz - Keeping river gauges honest</td>
<td>Bo Lindqvist - Publishing datasets the light way</td></tr>
<tr><td>10:00</td><td>P1 - Chen Wei - Quality checks for volunteer samples</td>
<td>P2 - Dara Okafor - Maps for everyone</td></tr>
<tr><td>11:00</td><td>Break</td><td>Break</td></tr>
<tr><td>11:30</td><td>P3 - Eva Novak - Open data in small towns</td>
<td>P4 - Farid Haddad - Tide tables as text</td></tr>
</table>
</body></html>
"""


def test_an_xhtml_grid_takes_its_year_from_its_words_and_drops_paper_codes() -> None:
    p = _read(_GRID, "agenda.html")
    got = _speakers(p)
    assert got["Quality checks for volunteer samples"] == ["Chen Wei"]
    assert got["Open data in small towns"] == ["Eva Novak"]
    starts = {t.title: t.start for t in p.talks}
    assert starts["Keeping river gauges honest"] is not None
    assert starts["Keeping river gauges honest"].date() == date(2030, 6, 3)
    assert starts["Publishing datasets the light way"] is not None
    assert starts["Publishing datasets the light way"].date() == date(2030, 6, 4)
    assert "P1" not in got and "P3" not in got
