"""``confnotes import DIR``: a folder of past notes, each file on its own, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook

DAY = """# RustConf 2024 notes — September 11, 2024

## Zero-copy parsing with nom
Speaker: Lena Hartmann

benchmarks against serde; 3x faster on large logs.

## Fuzzing the compiler
by Sara Lindqvist

found 40 ICEs in a month.
"""

LOOSE = "hallway chat about build systems\nnobody uses pants anymore\n"


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "notes" / "rustconf2024"
    (root / ".obsidian").mkdir(parents=True)
    (root / ".obsidian" / "app.json").write_text("{}")
    (root / "day1.md").write_text(DAY, encoding="utf-8")
    (root / "misc.txt").write_text(LOOSE, encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00\x00JFIF")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return tmp_path / "notes"


def test_a_folder_of_notes_imports_each_file_and_keeps_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _folder(tmp_path)
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", str(notes)]) == 0
    out = capsys.readouterr().out
    assert ".obsidian: skipped: hidden folder" in out
    assert ".DS_Store: skipped: hidden file" in out
    assert "photo.jpg: skipped: not a text file" in out
    assert "day1.md: outline →" in out
    assert "misc.txt: outline →" in out
    nb = Notebook.open(nb_dir)
    by_title = {t.title: t for t in nb.talks.values()}
    nom = by_title["Zero-copy parsing with nom"]
    assert [nb.people[p].name for p in nom.speakers] == ["Lena Hartmann"]
    # the speaker line was understood and stays in the note as written (issue 33)
    assert (
        nom.body == "Speaker: Lena Hartmann\n\nbenchmarks against serde; 3x faster on large logs.\n"
    )
    assert nom.extra.get("day") == "2024-09-11"  # the day is known, the time is not
    assert (
        by_title["Fuzzing the compiler"].body == "by Sara Lindqvist\n\nfound 40 ICEs in a month.\n"
    )
    loose = by_title["hallway chat about build systems"]
    assert loose.body == LOOSE and loose.speakers == []
    # the loose file names no conference: the folder does, and both files meet there
    assert nom.conference == loose.conference
    assert main(["--notebook", str(nb_dir), "import", str(notes)]) == 0
    assert "0 added, 0 updated" in capsys.readouterr().out
    assert main(["--notebook", str(nb_dir), "export", "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    (talk,) = [t for t in exported["talks"] if t["title"] == "Zero-copy parsing with nom"]
    assert talk["start"] == "2024-09-11"  # a date-only start (DESIGN §3)


def test_dry_run_prints_the_understood_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _folder(tmp_path)
    nb_dir = tmp_path / "nb"
    nb_dir.mkdir()
    assert main(["--notebook", str(nb_dir), "import", str(notes), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "| conference: RustConf 2024 (2024-09-11)" in out
    assert "|   day: 2024-09-11" in out
    assert "|       --:-- Zero-copy parsing with nom — Lena Hartmann" in out
    assert "|         body: 11 words from lines 4-6" in out  # the speaker line stays
    assert "note: no talks, days or speakers were recognised" in out
    assert not any(nb_dir.iterdir())


ICS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//x//y//EN",
        "X-WR-CALNAME:RustConf 2024",
        "X-WR-TIMEZONE:America/Toronto",
        "BEGIN:VEVENT",
        "UID:r1@x",
        "DTSTART;TZID=America/Toronto:20240911T100000",
        "DTEND;TZID=America/Toronto:20240911T103000",
        "SUMMARY:Zero-copy parsing with nom - Lena Hartmann",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


def test_a_schedule_and_notes_of_one_event_in_one_folder_meet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _folder(tmp_path)
    (notes / "rustconf2024" / "schedule.ics").write_text(ICS, encoding="utf-8")
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", str(notes)]) == 0
    capsys.readouterr()
    nb = Notebook.open(nb_dir)
    (nom,) = [t for t in nb.talks.values() if t.title == "Zero-copy parsing with nom"]
    # the speaker line was understood and stays in the note as written (issue 33)
    assert (
        nom.body == "Speaker: Lena Hartmann\n\nbenchmarks against serde; 3x faster on large logs.\n"
    )  # the notes
    assert nom.start is not None and nom.start.hour == 10  # the schedule's time
    assert [nb.people[p].name for p in nom.speakers] == ["Lena Hartmann"]
    assert len([p for p in nb.people.values() if p.name == "Lena Hartmann"]) == 1
