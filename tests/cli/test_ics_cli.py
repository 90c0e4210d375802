"""``confnotes export --format ics``: my schedule for a calendar app, read back with icalendar."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook


def _calendar(capsys: pytest.CaptureFixture[str], demo: Path, *args: str) -> Calendar:
    assert main(["export", "--notebook", str(demo), "--format", "ics", *args]) == 0
    return Calendar.from_ical(capsys.readouterr().out)


def test_ics_has_my_talks_with_tzid_rooms_speakers_links(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = Notebook.open(demo)
    starred = {t.id for t in nb.talks.values() if t.starred or t.attended}
    cal = _calendar(capsys, demo)
    events = cal.walk("VEVENT")
    assert {str(e["uid"]).removesuffix("@confnotes") for e in events} == starred
    keynote = next(e for e in events if str(e["uid"]).startswith("relml-2025/calibration"))
    start = keynote.decoded("dtstart")
    assert start == datetime(2025, 6, 12, 9, 15, tzinfo=ZoneInfo("Europe/Lisbon"))
    assert keynote["dtstart"].params["TZID"] == "Europe/Lisbon"
    assert keynote.decoded("dtend").hour == 10
    assert str(keynote["location"]).startswith("Tejo")
    description = str(keynote["description"])
    assert "Amara Okafor" in description
    assert "https://example.org/relml-2025/slides/okafor.pdf" in description
    assert str(keynote["url"]) == "https://example.org/relml-2025/video/okafor"
    # a VTIMEZONE for the TZID, so calendar apps need not know the zone
    zones = cal.walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zones] == ["Europe/Lisbon"]


def test_ics_reexport_keeps_uids_and_bytes(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--notebook", str(demo), "--format", "ics"]) == 0
    first = capsys.readouterr().out
    assert main(["export", "--notebook", str(demo), "--format", "ics"]) == 0
    assert capsys.readouterr().out == first  # nothing depends on the clock
    # a talk that moves keeps its UID: the calendar app updates the event
    nb = Notebook.open(demo)
    talk = nb.talks["relml-2025/calibration-is-not-enough"]
    talk.start, talk.end = datetime(2025, 6, 12, 11, 0), datetime(2025, 6, 12, 11, 45)
    talk.room = "Foyer"
    nb.save_talk(talk)
    cal = _calendar(capsys, demo)
    moved = [e for e in cal.walk("VEVENT") if str(e["uid"]) == f"{talk.id}@confnotes"]
    assert len(moved) == 1
    assert moved[0].decoded("dtstart").hour == 11
    assert str(moved[0]["location"]).startswith("Foyer")


def test_ics_only_attended_and_to_a_file(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine.ics"
    assert main(["export", "--notebook", str(demo), "--format", "ics", "--only", "attended",
                 "-o", str(out)]) == 0  # fmt: skip
    cal = Calendar.from_ical(out.read_bytes())
    nb = Notebook.open(demo)
    attended = {f"{t.id}@confnotes" for t in nb.talks.values() if t.attended}
    assert {str(e["uid"]) for e in cal.walk("VEVENT")} == attended


def test_ics_categories_carry_the_notes_own_hashtags(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = Notebook.open(demo)
    talk = nb.talks["relml-2025/calibration-is-not-enough"]
    talk.body += "\n- [09:40] small models can be calibrated too #selective-prediction\n"
    nb.save_talk(talk)
    events = _calendar(capsys, demo).walk("VEVENT")
    keynote = next(e for e in events if str(e["uid"]).startswith("relml-2025/calibration"))
    assert "selective-prediction" in keynote["categories"].cats
