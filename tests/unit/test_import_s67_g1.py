"""A post's facts block names the event's day under a date key, after its list of talks
(issue 33, stop 67, helper g1): ``Date: Thursday, 9 October 2031`` under a meetup's list,
``Datum: …`` in German, ``日付：…`` in Japanese, in a post whose header carries the day it
was posted. That field's one day is the talks' day; the post's own date is not. A line
that is no date field (``Last updated: …``) dates nothing. The documents are written for
these tests."""

from __future__ import annotations

from datetime import date

from confnotes.importers.page_day import field_days, page_day
from confnotes.importers.registry import parse_programme

ENGLISH = """---
title: Autumn mini-talks
author: Robin Vale
date: '2031-09-20'
---

Six short talks on maps and data, five minutes each. Bring a friend!

**Who is speaking:**

- Drawing Coastlines Badly: Petra Linde
- Routing Buses with Graphs: Omar Farouk
- What the Census Forgot: Ines Carvalho

RSVP on our group page.

Date: Thursday, October 9, 2031

Time: 7:00pm
"""

GERMAN = """---
title: Kurzvorträge im Herbst
date: 2031-09-02
---

Die Vorträge des Abends:

* Fahrradwege kartieren: Jonas Weber
* Offene Daten im Rathaus: Lena Hoffmann
* Wetter aus dem Keller messen: Mehmet Aydin
* Sensoren am Fluss: Klara Brandt

**Datum:** Mittwoch, 15. Oktober 2031

**Ort:** Stadtbibliothek
"""

JAPANESE = """---
title: "勉強会 第12回"
date: 2031-11-01
---

発表一覧

- 型で守るAPI設計: 佐藤 花子
- 小さなチームのCI: 鈴木 一郎
- ログ分析入門: 高橋 美咲

日付：2031年11月20日
会場：市民会館
"""

NEAR_MISS = """---
title: Autumn mini-talks, the recap
date: '2031-10-12'
---

Thanks for coming! The talks were:

- Drawing Coastlines Badly: Petra Linde
- Routing Buses with Graphs: Omar Farouk
- What the Census Forgot: Ines Carvalho

We meet again on Thursday, November 13, 2031.

Last updated: October 20, 2031
"""


def _days(text: str, name: str) -> dict[str, date | None]:
    p = parse_programme(text.encode(), name)
    return {t.title: (t.start.date() if t.start else t.day) for t in p.talks if t.speakers}


def test_an_english_date_field_under_the_list_dates_the_talks() -> None:
    days = _days(ENGLISH, "mini-talks.md")
    assert days["Drawing Coastlines Badly"] == date(2031, 10, 9)
    assert set(days.values()) == {date(2031, 10, 9)}
    speakers = {
        t.title: [s.name for s in t.speakers]
        for t in parse_programme(ENGLISH.encode(), "mini-talks.md").talks
    }
    assert speakers["Routing Buses with Graphs"] == ["Omar Farouk"]


def test_a_german_date_field_in_bold_dates_the_talks() -> None:
    days = _days(GERMAN, "herbst.md")
    assert len(days) == 4
    assert set(days.values()) == {date(2031, 10, 15)}


def test_a_japanese_date_field_dates_the_talks() -> None:
    days = _days(JAPANESE, "benkyokai-12.md")
    assert len(days) == 3
    assert set(days.values()) == {date(2031, 11, 20)}


def test_a_line_that_is_no_date_field_leaves_the_posts_day() -> None:
    days = _days(NEAR_MISS, "recap.md")
    assert date(2031, 11, 13) not in days.values()
    assert date(2031, 10, 20) not in days.values()
    people = {
        s.name for t in parse_programme(NEAR_MISS.encode(), "recap.md").talks for s in t.speakers
    }
    assert people <= {"Petra Linde", "Omar Farouk", "Ines Carvalho"}


def test_field_days_reads_keys_naming_a_date_only() -> None:
    assert field_days("Date: 9 October 2031\nTime: 7pm") == {date(2031, 10, 9)}
    assert field_days("When: October 9, 2031") == {date(2031, 10, 9)}
    assert not field_days("Deadline: October 1, 2031\nUpdated: October 2, 2031")
    assert field_days("Date: 9 October 2031\nDate: 10 October 2031") is None


def test_an_html_page_with_its_date_field_after_the_list() -> None:
    page = """<html><body><h1>Evening talks</h1><ul>
<li>Drawing Coastlines Badly: Petra Linde</li>
<li>Routing Buses with Graphs: Omar Farouk</li></ul>
<p>Date: Thursday, October 9, 2031</p><p>Last edited: 2 December 2031</p></body></html>"""
    assert page_day(page, True, "Drawing Coastlines Badly") == date(2031, 10, 9)
