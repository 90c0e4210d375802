"""Sessionize "All data" JSON and home-made lists of session records."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from confnotes.importers.registry import detect_format, parse_programme

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


def test_sessionize_speakers_rooms_and_categories_by_id() -> None:
    data = (DATA / "corpus" / "machine_sessionize.json").read_bytes()
    assert detect_format(data, "all.json") == "sessions"
    p = parse_programme(data, "all.json")
    keynote, gitops, lunch = p.talks
    assert [s.name for s in keynote.speakers] == ["Mireille Dubois"]
    assert keynote.room == "Main Hall" and keynote.tags == ["Intro"]
    assert keynote.start == datetime(2025, 3, 20, 9, 0)
    assert [s.name for s in gitops.speakers] == ["Kwame Asante"]  # "Team 2" is no person
    assert lunch.kind == "break"
    assert gitops.source_id == "502"


def test_records_with_12_hour_clocks_a_date_and_a_named_zone() -> None:
    p = parse_programme((DATA / "corpus" / "machine_records.json").read_bytes(), "x.json")
    assert p.format == "sessions"
    assert p.name == "Open Data Day Lisbon 2024" and p.timezone == "Europe/Lisbon"
    first, second = p.talks
    assert first.start == datetime(2024, 3, 2, 10, 40)
    assert [(s.name, s.affiliations) for s in first.speakers] == [
        ("Inês Carvalho", ["Universidade do Porto"])
    ]
    assert second.start == datetime(2024, 3, 2, 14, 15)
    assert second.end == datetime(2024, 3, 2, 15, 0)


def test_offsets_without_a_zone_keep_wall_clock_times_and_say_so() -> None:
    records = [
        {"title": "A", "startsAt": "2024-06-01T09:00:00-05:00", "speaker": "Ann Lee"},
        {"title": "B", "start_time": "2024-06-01T10:00:00-05:00"},
    ]
    p = parse_programme(json.dumps(records).encode(), "list.json")
    assert p.format == "sessions"
    assert [t.start for t in p.talks] == [datetime(2024, 6, 1, 9), datetime(2024, 6, 1, 10)]
    assert p.timezone is None
    assert any("names no timezone" in w for w in p.warnings)


def test_the_pretalx_widget_is_still_read_by_its_own_reader() -> None:
    data = (DATA / "pretalx_widget.json").read_bytes()
    assert detect_format(data, "widget.json") == "pretalx"


PLACES = """\
day1:
  morning:
    - speaker: "Ilse Varga, Quayside"
      talk: "Packaging without Tears"
      time: "10:00"
    - speaker: "Tomas Brandl, Northwind Optics"
      talk: "Sensors on a Small Board"
      time: "10:40"
    - speaker: "Rana Haddad, Tidewater"
      talk: "Reading Tide Tables"
      time: "11:20"
    - speaker: "Sven Kowalski, Tidewater"
      talk: "Counting Fish at Scale"
      time: "12:00"
    - speaker: "Greta Solheim, Lena Marsh, Coral Reach"
      talk: "Two Voices on Buoys"
      time: "12:40"
  evening:
    - speaker: "Otto Lind, quay.io"
      talk: "A Workshop Title"
      time: "17:00"
    - speaker: "Mira Holt, Tidewater Inc."
      talk: "Nets and Knots"
      time: "17:40"
    - speaker: "Jon Abe, quay.io"
      talk: "Lighthouse Logs"
      time: "18:20"
    - speaker: "Kai Moss, core developer"
      talk: "The Release Train"
      time: "19:00"
"""


def test_a_speaker_field_that_writes_name_comma_place_keeps_a_name_shaped_place_a_place() -> None:
    p = parse_programme(PLACES.encode(), "schedule.yaml")
    names = {t.title: [s.name for s in t.speakers] for t in p.talks}
    # most values put a place after the comma: a place shaped like a name is one too
    assert names["Sensors on a Small Board"] == ["Tomas Brandl"]
    assert names["Two Voices on Buoys"] == ["Greta Solheim", "Lena Marsh"]
    two = next(t for t in p.talks if t.title == "Two Voices on Buoys")
    assert [s.affiliations for s in two.speakers] == [["Coral Reach"], ["Coral Reach"]]
    assert not {"Northwind Optics", "Coral Reach"} & {s.name for t in p.talks for s in t.speakers}


def test_a_speaker_field_of_name_lists_keeps_every_name_a_person() -> None:
    listed = PLACES.replace("Quayside", "Per Holm").replace("Tidewater", "Ada Berg")
    p = parse_programme(listed.encode(), "schedule.yaml")
    names = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert names["Packaging without Tears"] == ["Ilse Varga", "Per Holm"]
