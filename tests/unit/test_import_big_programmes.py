"""Programmes of any size: schedule JSON and iCalendar over the size cap are read one talk
at a time, give the same programme as the whole-file readers, and stop at the count bound."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from confnotes.errors import BadInputError
from confnotes.importers import registry
from confnotes.importers.formats import frab, ical, pretalx
from confnotes.importers.registry import read_programme

DATA = Path(__file__).parent.parent / "data" / "importers"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

STREAMING = {"pretalx": pretalx, "ical": ical, "frab": frab}


def _fixtures() -> list[Path]:
    found = sorted(DATA.glob("*.json")) + sorted(DATA.glob("*.ics"))
    found += sorted(DATA.glob("corpus/*.json")) + sorted(DATA.glob("corpus/*.ics"))
    return found + sorted(DATA.glob("*.xml"))


def _both(module: object, data: bytes, source: str) -> tuple[object, object]:
    results = []
    for read in (
        lambda: module.parse(data, source),  # type: ignore[attr-defined]
        lambda: module.parse_file(io.BytesIO(data), source),  # type: ignore[attr-defined]
    ):
        try:
            results.append(read())
        except BadInputError as exc:
            results.append(f"error: {exc}")
    return results[0], results[1]


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: p.name)
def test_streamed_and_whole_file_readers_give_the_same_programme(path: Path) -> None:
    module = ical if path.suffix == ".ics" else frab if path.suffix == ".xml" else pretalx
    whole, streamed = _both(module, path.read_bytes(), str(path))
    assert streamed == whole


def test_the_seeds_read_the_same_streamed_when_their_format_streams() -> None:
    if not SEEDS.is_dir():
        pytest.skip("no seeds beside the repository")
    for seed in sorted(SEEDS.iterdir()):
        data = seed.read_bytes()
        name = registry.detect_format(data, str(seed))
        if name in STREAMING:
            whole, streamed = _both(STREAMING[name], data, str(seed))
            assert streamed == whole, seed


def _schedule_json(path: Path, talks: int, padding: int) -> None:
    """A pretalx schedule.json written a talk at a time (rooms by name, two days)."""
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '{"schedule": {"version": "1", "conference": {"acronym": "big", '
            '"title": "Big Conf 2025", "start": "2025-03-01", "end": "2025-03-02", '
            '"time_zone_name": "Europe/Berlin", "days": ['
        )
        for day in (1, 2):
            out.write("," if day == 2 else "")
            out.write(
                f'{{"index": {day}, "date": "2025-03-0{day}", '
                f'"day_start": "2025-03-0{day}T04:00:00+01:00", "rooms": {{'
            )
            for room in ("Hall.A", "Hall B"):  # a dot in a room name is fine
                out.write(", " if room == "Hall B" else "")
                out.write(f'"{room}": [')
                half = talks // 4
                for n in range(half):
                    code = f"D{day}{room[-1]}{n}"
                    event = {
                        "guid": code,
                        "code": code,
                        "date": f"2025-03-0{day}T{9 + n % 9:02d}:00:00+01:00",
                        "start": f"{9 + n % 9:02d}:00",
                        "duration": "00:30",
                        "room": room,
                        "title": f"Talk {code}",
                        "type": "Talk" if n % 50 else "Lightning Talk",
                        "abstract": "Words about streaming. " * (padding // 23),
                        "persons": [{"name": f"Speaker {n % 300}", "code": f"S{n % 300}"}],
                        "links": [{"title": "Slides", "url": f"https://x.org/{code}.pdf"}],
                    }
                    out.write(("," if n else "") + json.dumps(event) + "\n")
                out.write("]")
            out.write("}}")
        out.write("]}}}\n")


def test_a_25_mb_schedule_json_streams_and_equals_the_whole_file_reader(
    tmp_path: Path,
) -> None:
    path = tmp_path / "big.json"
    _schedule_json(path, talks=10_000, padding=2300)
    assert path.stat().st_size > 25_000_000
    programme, name = read_programme(str(path))
    assert name == str(path)
    assert len(programme.talks) == 10_000
    assert programme.name == "Big Conf 2025" and programme.timezone == "Europe/Berlin"
    assert {t.room for t in programme.talks} == {"Hall.A", "Hall B"}
    assert programme == pretalx.parse(path.read_bytes(), str(path))


def test_a_big_widget_json_reads_its_speakers_listed_after_the_talks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    talks = [
        {
            "code": f"T{n}",
            "title": {"en": f"Talk {n}", "de": f"Vortrag {n}"},
            "start": "2025-05-01T10:00:00+02:00",
            "end": "2025-05-01T10:30:00+02:00",
            "room": 1,
            "speakers": [f"S{n % 7}"],
            "abstract": "x" * 500,
        }
        for n in range(400)
    ]
    document = {
        "talks": talks,
        "breaks": [{"title": "Lunch", "start": "2025-05-01T12:00:00+02:00", "room": 1}],
        "timezone": "Europe/Vienna",
        "event_start": "2025-05-01",
        "rooms": [{"id": 1, "name": "Saal"}],
        "speakers": [{"code": f"S{n}", "name": f"Ada Lovelace{n}"} for n in range(7)],
    }
    path = tmp_path / "widget.json"
    path.write_text(json.dumps(document, indent=1))
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 10_000)
    programme, _ = read_programme(str(path))
    assert len(programme.talks) == 400 and programme.talks[3].speakers[0].name == "Ada Lovelace3"
    assert [s.title for s in programme.sessions] == ["Lunch"]
    assert programme == pretalx.parse(path.read_bytes(), str(path))


def _ics(path: Path, events: int, padding: int) -> None:
    """An .ics written an event at a time, with a VTIMEZONE and long folded descriptions."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//big//EN\r\n"
            "X-WR-CALNAME:Big Calendar\r\n"
            "BEGIN:VTIMEZONE\r\nTZID:Custom/Zone\r\nBEGIN:STANDARD\r\n"
            "DTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n"
            "END:STANDARD\r\nEND:VTIMEZONE\r\n"
        )
        text = "Talk about reading calendars in pieces. " * (padding // 40)
        folded = "\r\n ".join(text[i : i + 70] for i in range(0, len(text), 70))
        for n in range(events):
            out.write(
                f"BEGIN:VEVENT\r\nUID:big-{n}\r\n"
                f"DTSTART;TZID=Custom/Zone:202506{1 + n % 3:02d}T{9 + n % 8:02d}0000\r\n"
                f"DTEND;TZID=Custom/Zone:202506{1 + n % 3:02d}T{9 + n % 8:02d}3000\r\n"
                f"SUMMARY:Talk {n} - Ada Lovelace\r\nLOCATION:Room {n % 4}\r\n"
                f"DESCRIPTION:{folded}\r\nEND:VEVENT\r\n"
            )
        out.write("END:VCALENDAR\r\n")


def test_a_25_mb_ics_streams_and_equals_the_whole_file_reader(tmp_path: Path) -> None:
    path = tmp_path / "big.ics"
    _ics(path, events=2_500, padding=10_000)
    assert path.stat().st_size > 25_000_000
    programme, _ = read_programme(str(path))
    assert len(programme.talks) == 2_500 and programme.name == "Big Calendar"
    assert programme.talks[0].start is not None and programme.talks[0].start.hour == 9
    assert [p.name for p in programme.talks[7].speakers] == ["Ada Lovelace"]


def test_a_streamed_ics_equals_the_whole_file_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mid.ics"
    _ics(path, events=300, padding=2_000)
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 10_000)
    programme, _ = read_programme(str(path))
    assert len(programme.talks) == 300
    assert programme == ical.parse(path.read_bytes(), str(path))


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ('"title": ,', r"malformed JSON: unexpected symbol ',' \(column \d+\)"),
        ('"title": "a\tb", "x": ', "malformed JSON: invalid control character"),
    ],
)
def test_malformed_big_json_names_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    _schedule_json(path, talks=400, padding=100)
    lines = path.read_text().splitlines(keepends=True)
    lines[150] = lines[150].replace('"title": ', broken, 1)
    path.write_text("".join(lines))
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 1000)
    with pytest.raises(BadInputError, match=f"^{re.escape(str(path))}:151: {message}"):
        read_programme(str(path))


def test_a_big_json_that_is_not_utf8_names_the_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "latin1.json"
    _schedule_json(path, talks=40, padding=100)
    data = path.read_bytes().replace(b"Talk D1A3", b"Talk D1A3 caf\xe9", 1)
    path.write_bytes(data)
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 1000)
    with pytest.raises(BadInputError, match=r":4: not UTF-8 text \(byte 0xe9 at offset"):
        read_programme(str(path))


def test_a_truncated_big_ics_names_the_event_left_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cut.ics"
    _ics(path, events=30, padding=100)
    data = path.read_bytes()
    path.write_bytes(data[: data.rindex(b"END:VEVENT")])
    begun = data[: data.rindex(b"BEGIN:VEVENT")].count(b"\n") + 1
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 1000)
    with pytest.raises(BadInputError) as info:
        read_programme(str(path))
    assert str(info.value) == (
        f"{path}:{begun}: BEGIN:VEVENT of line {begun} is never closed (truncated file?)"
    )


@pytest.mark.parametrize("kind", ["json", "ics"])
def test_streaming_stops_at_the_count_bound_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    monkeypatch.setattr("confnotes.importers.schedule_util.MAX_EVENTS", 50)
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 1000)
    path = tmp_path / f"many.{kind}"
    if kind == "json":
        _schedule_json(path, talks=80, padding=10)
    else:
        _ics(path, events=80, padding=10)
    with pytest.raises(BadInputError) as info:
        read_programme(str(path))
    message = str(info.value)
    assert "more than 50 events: stopped at event 51" in message
    assert "limit of 50 talks" in message


def test_a_streamed_ics_refuses_a_line_without_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.ics"
    _ics(path, events=3, padding=100)
    data = path.read_bytes().replace(b"SUMMARY:Talk 1", b"SUMMARY:Talk 1" + b"x" * 5000, 1)
    path.write_bytes(data)
    line = data[: data.index(b"SUMMARY:Talk 1")].count(b"\n") + 1
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 1000)
    monkeypatch.setattr(ical, "MAX_LINE_CHARS", 2000)
    with pytest.raises(BadInputError, match=f":{line}: a content line longer than 2,000"):
        read_programme(str(path))


@pytest.mark.parametrize("kind", ["json", "ics"])
def test_streamed_memory_holds_the_programme_not_the_file(tmp_path: Path, kind: str) -> None:
    """Megabytes of event data the programme does not keep: the streamed reader's peak
    stays far below the file's size (the whole-file readers hold it several times over;
    the .ics is smaller because ``icalendar`` reads a long property a character at a time)."""
    import tracemalloc

    unused = "u" * (40_000 if kind == "json" else 10_000)
    path = tmp_path / f"padded.{kind}"
    if kind == "json":
        events = ",".join(
            json.dumps({"code": f"C{n}", "title": f"Talk {n}", "x-unused": unused})
            for n in range(200)
        )
        path.write_text(
            '{"schedule": {"conference": {"title": "Padded", "time_zone_name": "UTC", '
            f'"days": [{{"date": "2025-01-01", "rooms": {{"A": [{events}]}}}}]}}}}}}'
        )
        module: object = pretalx
    else:
        path.write_text(
            "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Padded\r\n"
            + "".join(
                f"BEGIN:VEVENT\r\nUID:{n}\r\nSUMMARY:Talk {n}\r\n"
                f"DTSTART:20250101T100000Z\r\nX-UNUSED:{unused}\r\nEND:VEVENT\r\n"
                for n in range(200)
            )
            + "END:VCALENDAR\r\n"
        )
        module = ical
    size = path.stat().st_size
    assert size > (8_000_000 if kind == "json" else 2_000_000)
    tracemalloc.start()
    try:
        with path.open("rb") as fh:
            programme = module.parse_file(fh, str(path))  # type: ignore[attr-defined]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(programme.talks) == 200
    assert peak < size / 2, (peak, size)
