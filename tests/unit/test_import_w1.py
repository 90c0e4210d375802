"""Programmes held as data in a page's front matter or across files (issue 33): a grid
whose rows open with a time cell, the room cells after it; a page's own ``date`` beside
the event's ``event_start``; Dutch surname particles (``uit``, ``'t``)."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.persons import is_person_name
from confnotes.importers.registry import parse_programme

GRID_PAGE = """---
title: "Lowlands Unix Day 2031"
date: 2031-02-10T09:12:00+00:00
layout: schedule-event
event_start: 2031-09-16T08:45:00+02:00
event_location: Harbour Hall
event_schedule:
  headers:
  - header:
    width: 10
  - header:
    text: Room North
  - header:
    text: Room South
  rows:
  - row:
    columns:
    - column:
      time: 08:45
    - column:
      textfield:
        text: Doors open, tea
      size: 2
  - row:
    columns:
    - column:
      time: 09:30
    - column:
      talk:
        speaker: Wilma Stroeve
        title: "Kernels we forgot to patch"
        keynote: true
      size: 2
  - row:
    columns:
    - column:
      time: 11:10
    - column:
      talk:
        speaker: Pieter Kamphuis
        title: Mail servers in small offices
    - column:
      talk:
        speaker: Joost uit 't Hoff
        title: Packet filters for beginners
---
"""


def test_a_rows_leading_time_cell_times_the_cells_beside_it() -> None:
    programme = parse_programme(GRID_PAGE.encode(), "index.md")
    talks = {t.title: t for t in programme.talks}
    assert talks["Mail servers in small offices"].start == datetime(2031, 9, 16, 11, 10)
    assert talks["Packet filters for beginners"].start == datetime(2031, 9, 16, 11, 10)
    assert [p.name for p in talks["Mail servers in small offices"].speakers] == ["Pieter Kamphuis"]


def test_the_events_start_dates_its_talks_not_the_pages_date() -> None:
    programme = parse_programme(GRID_PAGE.encode(), "index.md")
    talks = {t.title: t for t in programme.talks}
    assert talks["Kernels we forgot to patch"].start == datetime(2031, 9, 16, 9, 30)


def test_dutch_particles_uit_and_t_are_part_of_a_name() -> None:
    assert is_person_name("Joost uit 't Hoff")
    assert is_person_name("Lieke van 't Veld")
    programme = parse_programme(GRID_PAGE.encode(), "index.md")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Packet filters for beginners"].speakers] == ["Joost uit 't Hoff"]


MEETUP_POST = """---
title: 'Kanban for households'
subtitle: Greta Holm und Jonas Feld im Werkraum
date: 2029-03-14 18:30:00
author: team
event:
  speaker: Greta Holm und Jonas Feld
  location: Werkraum Nord
  tickets: 1234
cover: /img/kanban.jpg
---

Ein Abend über Boards, Karten und Gewohnheiten.
"""


def test_talk_fields_in_one_nested_mapping_are_the_pages() -> None:
    programme = parse_programme(MEETUP_POST.encode(), "kanban.md")
    assert [t.title for t in programme.talks] == ["Kanban for households"]
    talk = programme.talks[0]
    assert [p.name for p in talk.speakers] == ["Greta Holm", "Jonas Feld"]
    assert talk.start == datetime(2029, 3, 14, 18, 30)


SLOTS = b"""[
  {"title": "Doors and coffee", "duration": 60},
  {"speaker": "_speakers/rosa.md", "duration": 30},
  {"speaker": "_speakers/tomas.md", "duration": 30},
  {"title": "Lunch", "duration": 60}
]
"""
ROSA = b"""---
name: Rosa Delgado
company: Quay Labs
title: "Grids that bend: layout without media queries"
layout: speaker
---

How container queries change the way components are laid out.
"""
TOMAS = b"""---
name: Tomas Berg
company: Northwind
talktitle: Colour spaces for the web
layout: speaker
---

Why oklch, and what it fixes.
"""


def test_data_slots_pointing_at_pages_by_path_take_those_pages() -> None:
    from confnotes.importers.join import parse_together

    programme = parse_together(
        [
            (SLOTS, "site/_data/schedule.json"),
            (ROSA, "site/_speakers/rosa.md"),
            (TOMAS, "site/_speakers/tomas.md"),
        ]
    )
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks["Grids that bend: layout without media queries"] == ["Rosa Delgado"]
    assert talks["Colour spaces for the web"] == ["Tomas Berg"]


TOML_PAGE = """+++
title = "Summit"
summitname = "Harbour Data Summit 2030"
time = "2030年3月14日"
place = "Harbour Hall"

[[module]]
    daytime = "3月14日 上午"
    name = "Main forum"
    [[module.item]]
        time = "09:00 - 09:10"
        desc = "Opening words"
    [[module.item]]
        time = "09:05 - 09:10"
        desc = "Welcome by the host"
        speaker = "TBD"
    [[module.item]]
        time = "09:10 - 09:40"
        desc = "Storage engines after the cloud"
        speaker = "林晓东"
        postion = "港湾数据公司首席架构师"
    [[module.item]]
        time = "09:40 - 10:10"
        desc = "Query planning in practice"
        speaker = "周明"
        postion = "海港大学教授"
    [[module.item]]
        time = "10:10 - 10:30"
        desc = "Logs as tables"
        speaker = "陈雨"
        postion = "港湾数据公司工程师"
    [[module.item]]
        time = "10:30 - 10:50"
        desc = "Tea break"
+++
"""


def test_toml_front_matter_holding_the_programme_is_read_as_data() -> None:
    programme = parse_programme(TOML_PAGE.encode(), "_index.md")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Storage engines after the cloud"].speakers] == ["林晓东"]
    assert [p.name for p in talks["Query planning in practice"].speakers] == ["周明"]


def test_front_matters_own_day_field_dates_the_slots_clocks() -> None:
    programme = parse_programme(TOML_PAGE.encode(), "_index.md")
    talks = {t.title: t for t in programme.talks}
    assert talks["Storage engines after the cloud"].start == datetime(2030, 3, 14, 9, 10)
