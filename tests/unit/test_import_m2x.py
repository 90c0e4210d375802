"""Stop 64, mend m2x (REVIEW64 findings 2 and 4): a Markdown timetable cell holding a
linked name, a colon glued to it and a linked title is a by-line, not a match of two
linked teams, so the table keeps its times; a timed list item over ``Name: remark``
status lines is no slot of talks, and a slot whose nested items are its talks is no
entry of its own. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.registry import parse_programme

_LINKED_BY_LINES = """# Agenda

| Hour  | Session |
|-------|---------|
| 09:30 | [Maja Lind](https://maja.example): [Storing Data in Columns](https://fest.example/col) |
| 10:15 | [Piet Hals](https://piet.example): [Routing at the Edge](https://fest.example/edge) |
| 11:00 | [Maja Lind](https://maja.example) vs [Piet Hals](https://piet.example): friendly debate |
"""


def test_a_linked_name_glued_to_a_colon_before_a_linked_title_is_a_by_line() -> None:
    programme = parse_programme(_LINKED_BY_LINES.encode(), "agenda.md")
    talks = {t.title: t for t in programme.talks}
    assert programme.format == "markdown"
    storage = talks["Storing Data in Columns"]
    assert [p.name for p in storage.speakers] == ["Maja Lind"]
    assert storage.clock is not None and storage.clock.strftime("%H:%M") == "09:30"
    edge = talks["Routing at the Edge"]
    assert [p.name for p in edge.speakers] == ["Piet Hals"]
    assert edge.clock is not None and edge.clock.strftime("%H:%M") == "10:15"


_SPACED_BY_LINE = """# Agenda

| Hour  | Session |
|-------|---------|
| 09:30 | [Maja Lind](https://maja.example) : [Storing Data in Columns](https://fest.example/col) |
| 10:15 | [Rovers Nord](https://rn.example) : [Team Hafen](https://th.example) |
"""


def test_a_spaced_colon_after_a_linked_name_before_a_title_is_still_a_by_line() -> None:
    programme = parse_programme(_SPACED_BY_LINE.encode(), "agenda.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks["Storing Data in Columns"] == ["Maja Lind"]
    assert talks["Rovers Nord : Team Hafen"] == []  # a team against a team: a match


_TEAM_LOG = """# Crew notes 2031-06-02

* 09:00 Daily sync:
  * Maja Lind: fixed the flaky upload test
  * Piet Hals: pairing with ops on the cache
  * Ruth Okafor: away until noon
* 12:00 Architecture review
* 16:00 Demo prep
"""


def test_status_lines_under_a_timed_item_make_no_timetable() -> None:
    programme = parse_programme(_TEAM_LOG.encode(), "crew.md")
    titles = [t.title for t in programme.talks]
    assert not any(t.startswith("Daily sync") for t in titles)
    assert "Architecture review" not in titles
    assert "Demo prep" not in titles
    assert all(t.start is None for t in programme.talks)


_EVENING = """---
title: 'Data night #2'
date: 2031-09-18 18:00:00 +02:00
---

A night about open maps; two speakers and time to talk.

## Plan
* 18:00 Doors
* 18:30 Talks:
  * Hanna Berg on routing bikes through the old town
  * Jonas Falk on tiles without a server
* 19:30 Open floor
"""


def test_a_slot_over_its_talks_is_no_entry_of_its_own() -> None:
    programme = parse_programme(_EVENING.encode(), "night.md")
    titles = [t.title for t in programme.talks]
    assert not any(t.rstrip(":") == "Talks" for t in titles)
    bikes = next(t for t in programme.talks if t.speakers and t.speakers[0].name == "Hanna Berg")
    assert bikes.start == datetime(2031, 9, 18, 18, 30)
    assert "Open floor" in titles
