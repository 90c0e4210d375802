"""Conventions of hand-written programmes: records under a repeated key, ..."""

from __future__ import annotations

from confnotes.importers.entries import leading_clock
from confnotes.importers.registry import parse_programme

_REPEATED_RECORD_KEY = b"""\
Morning block:
  item1:
    time: 09:30-10:00
    title: "Sorting Lichen Samples with Cheap Cameras"
    speaker: "Dr. Oona Petrakis"
  item2:
    time: 10:00-10:30
    title: "A Field Guide to Tidal Sensors"
    speaker: "Ms. Haruko Lindqvist"
  item2:
    time: 10:30-11:00
    title: "Counting Bees by Their Hum"
    speaker: "Mr. Tobiah Okonkwo"
  item3:
    time: 11:00-11:30
    title: "Moss, draft name"
    title: "Mapping Moss on City Walls"
    speaker: "Dr. Fenna Quist"
"""


def test_a_record_key_written_twice_keeps_both_records() -> None:
    """A copied record whose key was not renumbered (``item2`` twice) is a second talk,
    not an override of the first."""
    p = parse_programme(_REPEATED_RECORD_KEY, "programme.yml")
    titles = [t.title for t in p.talks]
    assert "A Field Guide to Tidal Sensors" in titles
    assert "Counting Bees by Their Hum" in titles
    assert len(titles) == 4
    assert "Mapping Moss on City Walls" in titles  # a repeated plain field still overrides
    assert {s.name for t in p.talks for s in t.speakers} == {
        "Oona Petrakis",
        "Haruko Lindqvist",
        "Tobiah Okonkwo",
        "Fenna Quist",
    }


def test_a_range_left_open_with_an_ellipsis_has_no_title_of_dots() -> None:
    """``22h10 à ...``, ``23:00 - …``: the writer left the range's end open; the dots and
    the word before them are no title."""
    for line in ("22h10 à ...", "23:00 - …", "21:30 to ..."):
        start, end, rest, _ = leading_clock(line)
        assert start is not None and end is None and rest == "", line
    assert leading_clock("10:00 Quiz night ...")[2] == "Quiz night ..."
