"""Files and faults of issue 29 that are not about reading: a hostile link address in
the iCalendar export, ``doi:`` links, a newer programme file imported directly."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from confnotes.cli import main
from confnotes.model import Link, revised
from confnotes.notebook.link_pickup import make_link
from confnotes.notebook.notebook import Notebook

CALIBRATION = "relml-2025/calibration-is-not-enough"


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a\nb", "https://example.org/x\r\n y", "https://e.org/\x00\x07\x1b[31m"],
)
def test_ics_export_writes_a_link_holding_control_characters(
    demo: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    nb = Notebook.open(demo)
    talk = nb.talk(CALIBRATION)
    nb.save_talk(
        revised(talk, title="Calibration\x07 Is\x00 Not", links=[Link(url=url, kind="page")])
    )
    assert main(["export", "--notebook", str(demo), "--format", "ics"]) == 0
    out = capsys.readouterr().out
    event = next(
        e for e in Calendar.from_ical(out).walk("VEVENT") if str(e["uid"]).startswith(CALIBRATION)
    )
    assert str(event["url"]).startswith(url.split("\n")[0].split("\r")[0].split("\x00")[0])
    assert not any(c in str(event["url"]) for c in "\r\n\x00 ")
    assert "\x00" not in out and "\x07" not in out


@pytest.mark.parametrize("url", ["doi:10.1145/3292500.3330701", "DOI: 10.1000/xyz123"])
def test_a_doi_link_is_a_paper(url: str) -> None:
    link = make_link(url)
    assert link.kind == "paper"
    assert link.url.startswith("https://doi.org/10.")


def test_importing_a_newer_programme_file_directly_marks_what_it_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from confnotes.schedule.update_marks import is_cancelled
    from tests.cli.test_import_update_cli import FIRST, SECOND, programme

    nb_dir = str(tmp_path / "nb")
    schedule = tmp_path / "schedule.xml"
    schedule.write_text(programme(FIRST), encoding="utf-8")
    assert main(["import", "--notebook", nb_dir, str(schedule)]) == 0
    nb = Notebook.open(nb_dir)
    going = next(t for t in nb.talks.values() if t.title == "A Talk That Will Be Cancelled")
    nb.save_talk(revised(going, body="Notes I took before it was cancelled.\n"))
    capsys.readouterr()

    schedule.write_text(programme(SECOND), encoding="utf-8")  # a newer version, same file
    assert main(["import", "--notebook", nb_dir, str(schedule)]) == 0
    out = capsys.readouterr().out
    assert "cancelled: A Talk That Will Be Cancelled (your note is kept)" in out
    nb = Notebook.open(nb_dir)
    kept = nb.talk(going.id)
    assert is_cancelled(kept) and kept.body == "Notes I took before it was cancelled.\n"
    assert not is_cancelled(next(t for t in nb.talks.values() if t.title == "A Talk Added Late"))
    assert main(["import", "--notebook", nb_dir, str(schedule)]) == 0  # again: nothing new
    assert "cancelled:" not in capsys.readouterr().out
