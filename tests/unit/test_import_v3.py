"""Conventions of real programme files read badly before stop 58 (issue 33, helper v3):
groups and companies in a people field are no one; a record's speaker field, even one
naming no person, says its name field is what the record is called; a speaker flag set to
no; a people column found by its values vouching for its names. The documents are
written for these tests."""

from __future__ import annotations

from confnotes.importers.persons import role_people
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str) -> list[tuple[str, list[str]]]:
    p = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers]) for t in p.talks]


def _people(text: str, name: str) -> set[str]:
    p = parse_programme(text.encode(), name)
    return {s.name for t in p.talks for s in t.speakers} | {r.person.name for r in p.roles}


def test_group_and_product_shaped_words_in_a_people_field_are_no_one() -> None:
    assert role_people("RiverJs, DataKrakow, and Wisla.io") == []
    assert role_people("OderRb") == []
    # handles in small letters, or marked with "@", and a surname's prefix stay people
    assert [p.name for p in role_people("kasiapiasek")] == ["kasiapiasek"]
    assert [p.name for p in role_people("@TomekLis")] == ["TomekLis"]
    assert [p.name for p in role_people("McAllister")] == ["McAllister"]
    assert [p.name for p in role_people("ola.nowak")] == ["ola.nowak"]


GROUPS_TABLE = """\
# River Day 2030

| Time | Talk | Speaker |
|------|------|---------|
| 10:00 | Flood maps from open data | Marta Kowalczyk |
| 10:30 | Meet the local groups | RiverJs, DataKrakow, OderRb and Wisla.io |
| 11:00 | Streams of meltwater | Tomasz Lis |
| 11:30 | Sediment in the delta | Zofia Wrona |
"""


def test_user_groups_on_a_panel_row_are_not_made_people() -> None:
    people = _people(GROUPS_TABLE, "river.md")
    assert {"Marta Kowalczyk", "Tomasz Lis", "Zofia Wrona"} <= people
    assert not people & {"RiverJs", "DataKrakow", "OderRb", "Wisla.io"}


BOOTHS_YAML = """\
monday:
  - nome: Redes neurais na prática
    palestrante: Beatriz Antunes (UFPE)
  - nome: Compiladores modernos
    palestrante: Rui Carvalho (UFMG)
friday:
  - nome: Feira de Startups
    palestrante: ACME, Globex
  - nome: Feira de Startups
    palestrante: _Em breve_
"""


def test_a_name_field_beside_a_speaker_field_is_the_record_title_not_its_person() -> None:
    talks = _talks(BOOTHS_YAML, "semana.yml")
    assert ("Redes neurais na prática", ["Beatriz Antunes"]) in talks
    assert ("Feira de Startups", []) in talks
    assert "Feira de Startups" not in _people(BOOTHS_YAML, "semana.yml")


FLAGGED_JSON = """\
[
  {"time": "10:00", "title": "Opening words", "name": "Hanna Berg", "speaker": "false"},
  {"time": "10:10", "title": "Maps in the browser", "name": "Ivo Marsh", "speaker": "true"},
  {"time": "10:50", "title": "Tiles at scale", "name": "Lena Vogt", "speaker": "true"},
  {"time": "11:30", "title": "Closing words", "name": "Hanna Berg", "speaker": "false"}
]
"""


def test_a_speaker_flag_saying_no_keeps_the_named_host_off_the_speakers() -> None:
    p = parse_programme(FLAGGED_JSON.encode(), "timetable.json")
    by_title = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert by_title["Maps in the browser"] == ["Ivo Marsh"]
    assert by_title["Opening words"] == []
    assert by_title["Closing words"] == []
    assert [(r.person.name, r.role) for r in p.roles] == [("Hanna Berg", "other")]


SWAPPED_YAML = """\
- day: March 3, 2031
  sessions:
    - from: "2:00"
      to: "3:00"
      talks:
        - voice: Welcome
          title: Ana Ruiz, Bo Lindqvist
        - voice: Carla Mendes
          title: Tidal models in practice
        - voice: DMITRI VOLKOV
          title: "Glaciers: what the ice remembers"
        - voice: Helena do Prado
          title: Salt marsh carbon
        - voice: Ivo Marsh
          title: Field notes from a delta
        - voice: Nora Lund
          title: Mapping fjords with sonar
        - voice: Pavel Novak
          title: Rivers that move
        - voice: Rosa Quintero
          title: Wetlands and their birds
        - voice: Tomas Ek
          title: Dunes in motion
    - from: "3:30"
      to: "4:30"
      talks:
        - voice: speaker1
          title: TBD
        - voice: speaker2
          title: TBD
        - voice: Lena Vogt
          title: Coastal erosion, revisited (Keynote)
"""


def test_a_people_column_found_by_its_values_vouches_for_each_of_its_names() -> None:
    talks = dict(_talks(SWAPPED_YAML, "days.yml"))
    assert talks["Glaciers: what the ice remembers"] == ["DMITRI VOLKOV"]
    assert talks["Salt marsh carbon"] == ["Helena do Prado"]


def test_one_row_with_its_title_and_people_the_other_way_round_is_read_right() -> None:
    talks = dict(_talks(SWAPPED_YAML, "days.yml"))
    assert talks["Welcome"] == ["Ana Ruiz", "Bo Lindqvist"]
    assert "Ana Ruiz, Bo Lindqvist" not in talks


def test_placeholder_talks_inside_a_timed_slot_are_nothing_said_yet() -> None:
    titles = [t for t, _s in _talks(SWAPPED_YAML, "days.yml")]
    assert "TBD" not in titles


def test_a_kind_in_brackets_ending_a_long_title_is_its_kind() -> None:
    p = parse_programme(SWAPPED_YAML.encode(), "days.yml")
    kinds = {t.title: t.kind for t in p.talks}
    assert kinds["Coastal erosion, revisited (Keynote)"] == "keynote"
    assert kinds["Tidal models in practice"] == "talk"


CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//v3//EN\r\n"
    "BEGIN:VEVENT\r\nUID:a1@test\r\nDTSTART:20300914T090000Z\r\nDURATION:PT30M\r\n"
    "SUMMARY:Soil health - Panel - Ana Ruiz\\, Bo Lindqvist\\, Ravi Kumar S N\r\n"
    "DESCRIPTION:Soil health - Panel\\nSpeaker: Ana Ruiz\\, Bo Lindqvist\\, Ravi Kumar S N\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:a2@test\r\nDTSTART:20300914T093000Z\r\nDURATION:PT30M\r\n"
    "SUMMARY:Soil health - Panel (Cont.) - Ana Ruiz\\, Bo Lindqvist\r\n"
    "DESCRIPTION:Speaker: Ana Ruiz\\, Bo Lindqvist\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:a3@test\r\nDTSTART:20300914T100000Z\r\nDURATION:PT30M\r\n"
    "SUMMARY:Compost at city scale - Carla Mendes\r\n"
    "DESCRIPTION:Speaker: Carla Mendes\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_speaker_line_reading_more_people_than_the_summary_is_taken() -> None:
    p = parse_programme(CALENDAR.encode(), "cal.ics")
    by_title = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert by_title["Soil health - Panel"] == ["Ana Ruiz", "Bo Lindqvist", "Ravi Kumar S N"]
    assert by_title["Compost at city scale"] == ["Carla Mendes"]


def test_a_note_in_brackets_after_a_summary_kind_leaves_the_kind() -> None:
    p = parse_programme(CALENDAR.encode(), "cal.ics")
    kinds = {t.title: t.kind for t in p.talks}
    assert kinds["Soil health - Panel (Cont.)"] == "panel"


ROOMS_GRID = """\
Afternoon rooms

Room 1

+-------------------------------------+---------------------------+
| Plants that climb walls             |   Ana Ruiz                |
+-------------------------------------+---------------------------+
| Streams under the city              |   Bo Lindqvist            |
+-------------------------------------+---------------------------+

Room 2

+-------------------------------------+---------------------------+
| Roofs that hold rain                |  Carla Mendes             |
+-------------------------------------+---------------------------+
"""


def test_a_one_row_table_after_tables_as_wide_has_their_columns() -> None:
    talks = _talks(ROOMS_GRID, "rooms.rst")
    assert ("Roofs that hold rain", ["Carla Mendes"]) in talks
    assert ("Plants that climb walls", ["Ana Ruiz"]) in talks


def test_a_one_row_table_alone_is_not_read_as_a_talk_table() -> None:
    alone = ROOMS_GRID.split("Room 2")[1]
    assert all(s == [] for _t, s in _talks(alone, "room.rst"))
