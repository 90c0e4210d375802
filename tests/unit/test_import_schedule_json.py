"""frab/pretalx schedule JSON and the pretalx widget JSON, as a user would check them."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.formats import frab, ical, pretalx

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


def load(name: str):
    return pretalx.parse((DATA / name).read_bytes(), name)


def talk(programme, title):
    return next(t for t in programme.talks if t.title == title)


def test_pretalx_schedule_json():
    p = load("schedule_pretalx.json")
    assert (p.name, p.format, p.timezone) == ("River Conference 2024", "pretalx", "America/Chicago")
    assert (str(p.start), str(p.end)) == ("2024-06-20", "2024-06-21")
    streams = talk(p, "Streams of Data, Rivers of Notes")
    assert (streams.start, streams.end) == (datetime(2024, 6, 20, 9), datetime(2024, 6, 20, 9, 40))
    assert streams.room == "Ballroom"
    assert [(s.name, s.source_id) for s in streams.speakers] == [
        ("José Álvarez", "SPK7AB"),
        ("Priya Natarajan", "SPK8CD"),
    ]
    assert streams.speakers[0].url == "https://pretalx.example.org/riverconf/speaker/SPK7AB/"
    assert {link.kind for link in streams.links} == {"page", "code", "video", "slides"}
    assert not any("feedback" in link.url for link in streams.links)
    assert streams.tags == ["Data"]
    assert streams.kind == "talk"
    assert streams.source_id == "RVX9QA"  # the pretalx code, shared with the widget JSON
    closing = talk(p, "Closing Keynote: Deltas")
    assert closing.kind == "keynote"
    assert closing.end == datetime(2024, 6, 21, 17, 45)
    assert [s.name for s in closing.speakers] == ["Hannah Oyelaran"]  # "Dr." and "  " dropped
    (lunch,) = p.sessions
    assert (lunch.title, lunch.kind, lunch.start) == ("Lunch", "break", datetime(2024, 6, 20, 12))


def test_frab_json_old_style_persons_and_string_links():
    p = load("schedule_frab.json")
    assert (p.name, p.timezone, p.source_id) == ("Meadow Camp 2019", "Europe/Berlin", "meadow19")
    night = talk(p, "Night of the Soldering Iron")
    assert [s.name for s in night.speakers] == ["Björn Eriksson", "Fatima Zahra El Idrissi"]
    assert night.end == datetime(2019, 8, 22, 1, 30)  # two hours past 23:30
    assert night.tags == ["Hardware & Making", "workshop"]
    assert "https://wiki.example.net/badge" in [link.url for link in night.links]
    stars = talk(p, "Star Gazing for Hackers")
    assert stars.start == datetime(2019, 8, 22, 1, 45)
    assert [link.kind for link in stars.links] == ["video"]


def test_widget_json_speakers_by_code_localized_titles_breaks():
    p = load("pretalx_widget.json")
    assert p.timezone == "Europe/Vienna"
    assert (str(p.start), str(p.end)) == ("2024-09-12", "2024-09-13")
    maps = talk(p, "Maps Without Borders")  # English of a localized title
    assert [s.name for s in maps.speakers] == ["Małgorzata Nowak", "Sven Lindgren"]
    assert [s.source_id for s in maps.speakers] == ["S1MAPS", "S2GEOX"]
    assert maps.room == "Great Hall"
    assert maps.tags == ["Open Data"]
    assert (maps.start, maps.end) == (datetime(2024, 9, 12, 10), datetime(2024, 9, 12, 10, 30))
    assert maps.source_id == "WDG1AA"
    tiles = talk(p, "Rendering Tiles at Scale")
    assert [s.name for s in tiles.speakers] == ["Sven Lindgren"]  # GHOST9 is not listed
    assert any("GHOST9" in w for w in p.warnings)
    assert tiles.abstract == "Vector tiles, fast."
    assert tiles.tags == ["Engineering", "workshop"]
    (coffee,) = p.sessions
    assert (coffee.title, coffee.kind, coffee.room) == ("Coffee break", "break", "Great Hall")
    assert p.name == "pretalx_widget"
    assert any("does not name the conference" in w for w in p.warnings)


def test_widget_times_convert_to_the_event_timezone():
    document = {
        "talks": [
            {
                "code": "AAA111",
                "title": "UTC written",
                "speakers": [],
                "start": "2024-09-12T08:00:00+00:00",
                "end": "2024-09-12T08:20:00Z",
                "room": 1,
            }
        ],
        "timezone": "Europe/Vienna",
        "rooms": [{"id": 1, "name": "R"}],
        "speakers": [],
    }
    (only,) = pretalx.parse(json.dumps(document).encode(), "w.json").talks
    assert (only.start, only.end) == (datetime(2024, 9, 12, 10), datetime(2024, 9, 12, 10, 20))


def test_detection():
    for name in ("schedule_pretalx.json", "schedule_frab.json", "pretalx_widget.json"):
        data = (DATA / name).read_bytes()
        assert pretalx.detect(data) > 0.8, name
        assert frab.detect(data) == 0.0
        assert ical.detect(data) == 0.0
    assert pretalx.detect(b'{"name": "package", "version": "1.0"}') < 0.5
    assert pretalx.detect(b"# Schedule\n\nThe conference has talks and speakers.\n") == 0.0
    assert pretalx.detect(b"---\ntitle: talks\n---\n") == 0.0


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"", None, "empty"),
        (b'{\n  "schedule": {\n    "conference": ,\n', 3, "malformed JSON"),
        (b'{"schedule": {"conference": {"title": "T"', 1, "malformed JSON"),
        (b"[1, 2]", 1, "expected a JSON object"),
        (b'{"foo": 1}', 1, "neither"),
        (b'{\n"schedule": {"conference": {"title": "T"}}}', 2, "'days'"),
        (b'{"a": ' + b"1" * 5000 + b"}", None, "unreadable JSON"),
    ],
)
def test_bad_json_names_file_and_line(data, line, words):
    with pytest.raises(BadInputError) as info:
        pretalx.parse(data, "bad.json")
    assert info.value.line == line
    assert words in str(info.value)


def test_deeply_nested_json_is_rejected_quickly():
    began = time.perf_counter()
    with pytest.raises(BadInputError, match="nested too deeply"):
        pretalx.parse(b"[" * 200_000 + b"]" * 200_000, "deep.json")
    assert time.perf_counter() - began < 5


def test_event_limit(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("confnotes.importers.schedule_util.MAX_EVENTS", 2)
    document = {"talks": [{"code": f"C{i}", "title": "t", "speakers": []} for i in range(3)]}
    with pytest.raises(BadInputError, match="more than 2 events"):
        pretalx.parse(json.dumps(document).encode(), "many.json")


def test_schedule_v2_flat_events_of_the_ccc_hub():
    p = load("schedule_v2_hub.json")
    assert (p.name, p.timezone, p.source_id) == ("39X3 Congress", "Europe/Berlin", "39x3")
    solder = talk(p, "Soldering for All")
    assert (solder.start, solder.end) == (
        datetime(2025, 12, 27, 10, 30),
        datetime(2025, 12, 27, 11, 10),
    )
    assert solder.room == "Saal 1"
    assert solder.tags == ["Hardware & Making"]  # the track's name, looked up by its slug
    assert [s.name for s in solder.speakers] == ["Kaito Nakamura", "Émilie Rousseau"]
    assert solder.speakers[0].url == "https://hub.example.org/congress/2025/user/kaito/"
    assert solder.abstract == "A gentle start\n\nEveryone can solder.\n\nBring questions."
    assert {link.kind for link in solder.links} >= {"page", "slides"}
    assert not any("feedback" in link.url for link in solder.links)
    night = talk(p, "Spectroscopy of the Night Sky")
    assert night.start == datetime(2025, 12, 28, 0, 15)
    assert (night.room, night.tags) == ("Stage Q", ["Science"])
