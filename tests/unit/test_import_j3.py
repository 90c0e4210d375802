"""A table of two days side by side, each day's talks after its own column of hours: its
rows hold two slots, which the page's records reader (one slot a row) does not claim."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import pagerecords
from confnotes.importers.registry import parse_programme

_TWO_DAYS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Workshop on tilings</title></head>
<body>
<h1>Workshop on tilings 2026</h1>
<table>
  <tr><th>Time</th><th>Wednesday 03-06-2026</th><th>Time</th><th>Thursday 04-06-2026</th></tr>
  <tr><td>8:45</td><td>Registration</td><td></td><td></td></tr>
  <tr><td>9:15</td><td>Talk 1: Maren Sollberg</td><td>9:00</td><td>Talk 4: Tobiah Renwick</td></tr>
  <tr><td>10:15</td><td>Coffee</td><td>10:00</td><td>Coffee</td></tr>
  <tr><td>10:45</td><td>Talk 2: Ilse Carvajal</td><td>10:30</td><td>Talk 5: Omari Lind</td></tr>
  <tr><td>13:45</td><td>Talk 3: Petra Vanhove</td><td>13:15</td><td>Closing words</td></tr>
</table>
</body></html>
"""


def test_a_row_holding_a_second_days_slot_is_no_record_of_one_slot() -> None:
    # the records reader would date every row by the header's last day and keep the
    # second day's talks in the first day's notes
    assert pagerecords.read(_TWO_DAYS, "two-days.html") is None


def test_two_days_side_by_side_give_each_talk_its_columns_day() -> None:
    programme = parse_programme(_TWO_DAYS.encode(), "two-days.html")
    starts = {s.name: t.start for t in programme.talks for s in t.speakers if t.start is not None}
    assert starts["Maren Sollberg"] == datetime(2026, 6, 3, 9, 15)
    assert starts["Petra Vanhove"] == datetime(2026, 6, 3, 13, 45)
    assert starts["Tobiah Renwick"] == datetime(2026, 6, 4, 9, 0)
    assert starts["Omari Lind"] == datetime(2026, 6, 4, 10, 30)


_START_AND_END = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Seminar</title></head>
<body>
<h1>Seminar days 2026</h1>
<table>
  <tr><th>From</th><th>Talk</th><th>To</th><th>Room</th></tr>
  <tr><td>9:00</td><td>Sheaves for beginners, by Ana Ruiz</td><td>9:45</td><td>Room 101</td></tr>
  <tr><td>10:00</td><td>Lattice paths, by Jonas Weller</td><td>10:45</td><td>Room 101</td></tr>
  <tr><td>11:00</td><td>Random walks, by Lea Brandt</td><td>11:45</td><td>Room 102</td></tr>
</table>
</body></html>
"""


def test_an_end_column_after_the_title_is_no_second_slot() -> None:
    programme = pagerecords.read(_START_AND_END, "seminar.html")
    assert programme is not None
    assert len(programme.talks) == 3
