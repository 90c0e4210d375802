"""Stop 66, helper d3: programme data whose records keep the person or the title in
fields named otherwise: a leader signed after a dash at the end of a text field, slots
that hold only a time and a project's code beside siblings titled in a free-text field,
numbered speaker records under a speakers key, a line break inside a person's name.
Fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.dash_signed import dash_signature
from confnotes.importers.programme import Programme
from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers


def _people(programme: Programme) -> set[str]:
    people = {p.name for t in programme.talks for p in t.speakers}
    return people | {r.person.name for r in programme.roles}


# ------------------------------------------------- leaders signed after a dash

_YAML_DASH = """\
hosts:
  host1:
    name: Greta <br>Lindholm
    text: I run the camp kitchen and love long walks by the lake.
  host2:
    name: Pavel Novak
    text: Teacher, climber and occasional baker of very large cakes.

seminars:
  - title: 1. Reading slowly
    description: '- Ines Kaldor'
  - title: 2. Listening well
    description: 'Why we hear less than we think <br> - Jonas Weber (afternoon only)'
  - title: 3. Hard questions
    description: 'What to do when plans change - Marta Silva'
  - title: 4. Open air games
    description: Plenty of room on the big lawn for everyone.
"""

_JSON_DASH = """{"oficinas": [
  {"nome": "Cerâmica", "texto": "Mãos no barro — Beatriz Almeida"},
  {"nome": "Fotografia", "texto": "— Rui Tavares"},
  {"nome": "Teatro", "texto": "Improviso para iniciantes – Clara Monteiro"}
]}"""


def test_yaml_leader_after_a_dash_is_the_speaker() -> None:
    programme = _read(_YAML_DASH, "camp.yml")
    speakers = _speakers(programme)
    assert speakers["1. Reading slowly"] == ["Ines Kaldor"]
    assert speakers["2. Listening well"] == ["Jonas Weber"]
    assert speakers["3. Hard questions"] == ["Marta Silva"]
    assert speakers.get("4. Open air games", []) == []


def test_json_leader_after_a_dash_in_portuguese() -> None:
    speakers = _speakers(_read(_JSON_DASH, "oficinas.json"))
    assert speakers["Cerâmica"] == ["Beatriz Almeida"]
    assert speakers["Fotografia"] == ["Rui Tavares"]
    assert speakers["Teatro"] == ["Clara Monteiro"]


def test_numbered_speaker_records_are_people_and_a_break_in_a_name_is_a_space() -> None:
    people = _people(_read(_YAML_DASH, "camp.yml"))
    assert {"Greta Lindholm", "Pavel Novak"} <= people
    assert not any("<" in p for p in people)


def test_a_dash_before_a_subtitle_names_no_one() -> None:
    assert dash_signature("Rust - the fast parts") is None
    assert dash_signature("Caching - Why and When") is None
    assert dash_signature("Notes - Ana Ruiz") == ("Notes", "Ana Ruiz")
    text = """talks:
  - title: Rust
    description: Rust - the fast parts
  - title: Go
    description: Go - a small language
  - title: Zig
    description: Zig - Systems Programming Basics
"""
    assert not _people(_read(text, "talks.yml"))


# ------------------------------------- slots holding only a time and a project's code

_TOML_CODES = """\
[[slot]]
time = "09:00"
title = "Welcome"

[[slot]]
time = "09:10"
project_id = "A1"
text = "Sorting parcels with a small robot arm"

[[slot]]
time = "09:20"
project_id = "A2"

[[slot]]
time = "09:30"
project_id = "A3"
text = "Ein Kalender für Vereine"

[[slot]]
time = "09:40"
project_id = "A4"

[[slot]]
time = "10:00"
title = "Coffee Break"
text = "In the foyer"
"""

_YAML_CODES = """\
- start: "14:00"
  code: P-7
  summary: Measuring noise in city parks
- start: "14:15"
  code: P-8
- start: "14:30"
  code: P-9
  summary: A library app for small schools
- start: "15:00"
  title: Awards
"""


def test_toml_slots_titled_in_text_and_by_their_code() -> None:
    titles = [t.title for t in _read(_TOML_CODES, "day.toml").talks]
    assert "Sorting parcels with a small robot arm" in titles
    assert "Ein Kalender für Vereine" in titles
    assert "A2" in titles and "A4" in titles
    assert "Welcome" in titles


def test_yaml_slots_titled_in_summary_and_by_their_code() -> None:
    titles = [t.title for t in _read(_YAML_CODES, "fair.yml").talks]
    assert "Measuring noise in city parks" in titles
    assert "A library app for small schools" in titles
    assert "P-8" in titles


def test_a_code_whose_siblings_keep_no_code_is_no_title() -> None:
    text = """\
- start: "14:00"
  summary: Measuring noise in city parks
- start: "14:15"
  slot_id: S3
- start: "14:30"
  summary: Counting bikes at dawn
"""
    titles = [t.title for t in _read(text, "fair.yml").talks]
    assert "Measuring noise in city parks" in titles
    assert "S3" not in titles
