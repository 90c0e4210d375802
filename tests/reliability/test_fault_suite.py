"""Faults are loud, never lossy (DESIGN §1b): each ends with a non-zero status or a
visible error, and no word is lost.

Injected write and fsync failures (ENOSPC, EFBIG, EIO) on the note's folder, output
to a full device, a FIFO in the notebook, a note over 20 MB, times at the ends of the
calendar, and a rebuild of the index killed half-way.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.notebook import MAX_NOTE_BYTES, Notebook
from confnotes.notebook.recovery import RecoveryStore, read_copy
from confnotes.schedule.now import Clock
from tests.reliability.test_one_writer import programme

SHIFTS = "relml-2025/shifts-in-the-wild"


def run(
    *args: str, stdout: object = subprocess.PIPE, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confnotes", *args],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
    )


def _fd_path(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to aim the fault")
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG, errno.EIO])
@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_failed_save_keeps_the_note_and_the_text(
    demo: Path, monkeypatch: pytest.MonkeyPatch, code: int, where: str
) -> None:
    """The disk under the notes fails; the recovery copy (elsewhere) holds the words."""
    folder = str(demo / "relml-2025")
    real_fsync, real_fdopen = os.fsync, os.fdopen

    def failing_fsync(fd: int) -> None:
        if _fd_path(fd).startswith(folder):
            raise OSError(code, os.strerror(code))
        real_fsync(fd)

    class FailingFile:
        def __init__(self, fd: int, mode: str, *a: object, **k: object) -> None:
            self.aimed = _fd_path(fd).startswith(folder)
            self.handle = real_fdopen(fd, mode, *a, **k)  # type: ignore[call-overload]

        def __enter__(self) -> FailingFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            if self.aimed:
                raise OSError(code, os.strerror(code))
            return int(self.handle.write(data))

        def __getattr__(self, name: str) -> object:
            return getattr(self.handle, name)

    if where == "fsync":
        monkeypatch.setattr(os, "fsync", failing_fsync)
    else:
        monkeypatch.setattr(os, "fdopen", FailingFile)
    note = demo / f"{SHIFTS}.md"
    before = note.read_bytes()
    nb = Notebook.open(demo)
    saver = NoteSaver(nb, RecoveryStore(nb))
    result = saver.save(SHIFTS, "words that must not be lost\n")
    assert result.status == "failed"
    assert os.strerror(code) in result.message and str(note) in result.message
    assert note.read_bytes() == before
    assert result.recovery is not None
    copy = read_copy(result.recovery)
    assert copy is not None and copy.text == "words that must not be lost\n"
    assert saver.pending[SHIFTS] == "words that must not be lost\n"
    assert not list(note.parent.glob(".confnotes-tmp-*"))


@pytest.mark.parametrize(
    "args",
    [
        ["export"],
        ["export", "--format", "json"],
        ["search", "speech"],
        ["search", "speech", "--json"],
        ["check"],
    ],
)
def test_output_to_a_full_device_fails_loudly(demo: Path, args: list[str]) -> None:
    if not Path("/dev/full").exists():
        if os.environ.get("CI"):
            pytest.fail("/dev/full is missing")
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        proc = run("--notebook", str(demo), *args, stdout=full)
    assert proc.returncode == 1
    assert "confnotes: error:" in proc.stderr and "No space left on device" in proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


def test_a_fifo_in_the_notebook_is_skipped_with_a_warning(demo: Path) -> None:
    (demo / "piped").mkdir()
    os.mkfifo(demo / "piped" / "conference.yaml")
    os.mkfifo(demo / "relml-2025" / "pipe.md")
    for args in (["check"], ["reindex"], ["search", "speech"]):
        proc = run("--notebook", str(demo), *args, timeout=60)  # a blocked read would time out
        assert proc.returncode == 0, proc.stderr
    check = run("--notebook", str(demo), "check")
    assert "pipe.md: warning: not a regular file" in check.stderr
    assert "conference.yaml: warning: not a regular file" in check.stderr


def test_a_note_over_20_mb_is_too_large_not_missing_and_never_duplicated(
    tmp_path: Path,
) -> None:
    root = tmp_path / "nb"
    source = programme(tmp_path / "prog.ics", 5)
    assert run("--notebook", str(root), "import", str(source)).returncode == 0
    nb = Notebook.open(root)
    talk = sorted(nb.talks.values(), key=lambda t: t.id)[0]
    assert talk.path is not None
    with talk.path.open("a", encoding="utf-8") as handle:
        line = "a very long note line\n"
        handle.write(line * (MAX_NOTE_BYTES // len(line) + 10))
    found = run("--notebook", str(root), "open", talk.id, "--print")
    assert found.returncode == 0 and talk.id in found.stdout
    check = run("--notebook", str(root), "check")
    assert "larger than 20 MB" in check.stderr
    again = run("--notebook", str(root), "import", str(source))
    assert again.returncode in (0, 1), again.stderr
    assert "Traceback" not in again.stderr
    names = sorted(p.name for p in talk.path.parent.glob("*.md"))
    assert len(names) == 5 and not [n for n in names if n.endswith("-2.md")]
    nb2 = Notebook.open(root)
    assert nb2.talks[talk.id].extra.get("_too_large")
    with pytest.raises(Exception, match="larger than 20 MB"):
        nb2.save_talk(nb2.talks[talk.id])


@pytest.mark.parametrize("at", ["9999-12-31 23:59", "0001-01-01 00:00", "9999-12-31"])
def test_times_at_the_ends_of_the_calendar_are_a_message(demo: Path, at: str) -> None:
    proc = run("--notebook", str(demo), "now", "--at", at, "--print")
    assert proc.returncode == 2
    assert "confnotes: error: --at" in proc.stderr and "Traceback" not in proc.stderr


def test_a_pinned_clock_running_past_the_calendar_stops_there() -> None:
    ticks = iter([0.0, 10 * 365 * 86400.0, 20 * 365 * 86400.0])
    clock = Clock(datetime(9998, 12, 31, 23, 59), monotonic=lambda: next(ticks))
    assert clock.instant() >= datetime(9998, 12, 31, 23, 59)
    assert clock.local(None) <= datetime.max
    assert datetime(9998, 12, 31) + timedelta(days=1) <= datetime.max


def test_folders_of_a_rebuild_killed_half_way_are_cleaned_at_the_next_start(demo: Path) -> None:
    derived = demo / ".confnotes"
    derived.mkdir(exist_ok=True)
    dead = derived / "index.new-999999999-1"
    (dead / "sub").mkdir(parents=True)
    alive = derived / f"index.new-{os.getpid()}-1"
    alive.mkdir()
    proc = run("--notebook", str(demo), "search", "speech")
    assert proc.returncode == 0, proc.stderr
    assert not dead.exists()
    assert alive.exists()  # a rebuild still running (this process) is left alone


def test_a_talk_on_the_last_day_of_the_calendar_lays_out(demo: Path) -> None:
    """The timetable of 9999-12-31 crashed the app (its next hour does not exist)."""
    from confnotes.schedule.day_grid import build_day_grid
    from confnotes.schedule.now import what_is_on

    note = demo / f"{SHIFTS}.md"
    text = note.read_text(encoding="utf-8")
    text = text.replace("start: 2025-06-12T10:00", "start: 9999-12-31T23:30")
    note.write_text(text.replace("end: 2025-06-12T10:20\n", ""), encoding="utf-8")
    nb = Notebook.open(demo)
    talk = nb.talks[SHIFTS]
    grid = build_day_grid([talk], talk.start.date(), 10)  # type: ignore[union-attr]
    assert grid.blocks
    report = what_is_on(nb, Clock(datetime(9998, 12, 31, 23, 0), frozen=True))
    assert report is not None
