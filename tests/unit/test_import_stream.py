"""Programmes of any size: frab XML is read one event at a time, bounded by counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.errors import BadInputError
from confnotes.importers import registry
from confnotes.importers.formats import frab
from confnotes.importers.registry import read_programme

HEAD = (
    '<?xml version="1.0"?>\n<schedule><conference><title>Big Conf</title>'
    "<start>2025-01-10</start><time_zone_name>Europe/Berlin</time_zone_name></conference>\n"
    '<day index="1" date="2025-01-10"><room name="A">\n'
)
TAIL = "</room></day></schedule>\n"


def _event(n: int, padding: int = 0) -> str:
    return (
        f'<event id="{n}"><date>2025-01-10T10:00:00+01:00</date><start>10:00</start>'
        f"<duration>00:30</duration><title>Talk {n}</title>"
        f"<abstract>{'x' * padding}</abstract>"
        f"<persons><person>Ann Lee</person></persons></event>\n"
    )


def test_a_file_over_the_size_cap_streams_when_its_count_is_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.xml"
    path.write_text(HEAD + "".join(_event(n, 2000) for n in range(300)) + TAIL)
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 100_000)  # the file is ~0.6 MB
    programme, name = read_programme(str(path))
    assert name == str(path)
    assert len(programme.talks) == 300
    assert programme.talks[-1].title == "Talk 299"
    assert [s.name for s in programme.talks[0].speakers] == ["Ann Lee"]


def test_streaming_stops_at_the_event_count_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("confnotes.importers.schedule_util.MAX_EVENTS", 50)
    path = tmp_path / "many.xml"
    path.write_text(HEAD + "".join(_event(n) for n in range(60)) + TAIL)
    with path.open("rb") as fh, pytest.raises(BadInputError, match="more than 50 events"):
        frab.parse_file(fh, str(path))


def test_the_conference_after_its_days_is_still_read(tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0"?><schedule><day index="1" date="2025-01-10"><room name="A">'
        + _event(1)
        + "</room></day><conference><title>Late Header</title></conference></schedule>"
    )
    programme = frab.parse(xml.encode(), "late.xml")
    assert programme.name == "Late Header" and [t.title for t in programme.talks] == ["Talk 1"]


def test_a_large_file_in_a_format_that_cannot_stream_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.md"
    path.write_text("# Notes\n\n" + "words and more words\n" * 200)
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 1000)
    with pytest.raises(BadInputError, match="cannot be read in pieces"):
        read_programme(str(path))
