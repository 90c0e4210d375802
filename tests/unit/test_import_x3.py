"""Mends of review 59 (helper x3): date headings grouping the talks only when no other
heading holding sub-headings follows them, and a group heading's kind ending at a deeper
heading of its own."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

TRAVEL_WEEK = """# Lisbon week

A few lines kept while travelling.

# Thursday 8 May 2025

## Lunch

Grilled fish near the river with Marta Sousa.

## Tram ride

Line 28 up to the castle.

# Friday 9 May 2025

## Talk: Observability on a budget

Rui Prata showed his dashboards at the local meetup.

# Reading list

## Books

Two novels for the flight.

## Papers

The one on tail latency.
"""


def test_a_closing_heading_with_sub_headings_keeps_date_headings_from_grouping_talks() -> None:
    programme = parse_programme(TRAVEL_WEEK.encode(), "week.md")
    titles = {t.title for t in programme.talks}
    # before: "# Reading list" beside the two days was outvoted, so its "## Books" was read
    # as a talk of Friday 9 May (and "## Tram ride" as one of Thursday's)
    assert "Books" not in titles
    assert "Papers" not in titles
    assert "Tram ride" not in titles
    talk = next(t for t in programme.talks if t.title == "Observability on a budget")
    assert [s.name for s in talk.speakers] == ["Rui Prata"]


HACK_DAY = """# Hack Day 2025

## Keynotes

| Time | Title | Speaker |
|------|-------|---------|
| 09:00 | Why we still write parsers | Lena Vogt |
| 09:45 | Profiling in practice | Omar Haddad |

## Workshops

| Time | Title | Speaker |
|------|-------|---------|
| 13:00 | Build a tiny compiler | Ines Kraus |
| 14:30 | Fuzzing for everyone | Teo Marin |

### Partners

| Time | Title | Speaker |
|------|-------|---------|
| 16:00 | A word from our host | Ivo Brandt |
"""


def test_a_deeper_heading_naming_no_place_or_day_ends_a_kind_heading_tag() -> None:
    programme = parse_programme(HACK_DAY.encode(), "hackday.md")
    tags = {t.title: t.tags for t in programme.talks}
    # before: "## Workshops" tagged every row down to the next "##", "### Partners" too
    assert "workshop" in tags["Build a tiny compiler"]
    assert "workshop" in tags["Fuzzing for everyone"]
    assert "workshop" not in tags["A word from our host"]
