"""Notes of a conference written as real people write them (issue 33): a post whose
header gives only its publication day (``published_at:``) and whose prose gives the
event's days with a wave dash (``2031/05/08~09``), over ``# Day 1`` / ``# Day 2``
headings."""

from __future__ import annotations

from datetime import date

from confnotes.importers.document_names import range_end
from confnotes.importers.registry import parse_programme


def test_a_wave_dash_joins_the_two_days_of_a_range() -> None:
    assert range_end("2031/05/08~09 に参加", date(2031, 5, 8), 2031) == date(2031, 5, 9)
    assert range_end("2031/05/08〜10", date(2031, 5, 8), 2031) == date(2031, 5, 10)
    assert range_end("2031/05/08～09", date(2031, 5, 8), 2031) == date(2031, 5, 9)
    assert range_end("2031/05/08 10~12:30", date(2031, 5, 8), 2031) is None  # clocks


_POST = """---
title: "Harbour Styles 2031 recap"
published: true
published_at: 2031-05-20 09:00
---

2031/05/08~09 に港町で開かれた Harbour Styles 2031 に行ってきました。

# Day 1

## Layered colour systems by Wilma Quennell

色の話。

## Anchors everywhere by Osric Dalby

位置の話。

# Day 2

## Printing the web by Farrah Vintner

印刷の話。
"""


def test_day_headings_take_the_days_the_prose_ranges_in_a_post_dated_by_publication() -> None:
    programme = parse_programme(_POST.encode(), "recap.md")
    days = {t.title: t.day for t in programme.talks if t.kind != "other"}
    assert days["Layered colour systems"] == date(2031, 5, 8)
    assert days["Anchors everywhere"] == date(2031, 5, 8)
    assert days["Printing the web"] == date(2031, 5, 9)


def test_a_publication_day_far_from_the_prose_range_gives_no_days() -> None:
    far = _POST.replace("published_at: 2031-05-20", "published_at: 2034-05-20")
    programme = parse_programme(far.encode(), "recap.md")
    assert all(t.day is None for t in programme.talks if t.kind != "other")


def test_a_publication_key_alone_dates_the_post_for_a_hyphen_range() -> None:
    hyphen = _POST.replace("2031/05/08~09", "2031/05/08-09")
    programme = parse_programme(hyphen.encode(), "recap.md")
    days = {t.title: t.day for t in programme.talks if t.kind != "other"}
    assert days["Printing the web"] == date(2031, 5, 9)
