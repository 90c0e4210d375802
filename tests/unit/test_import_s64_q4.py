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
