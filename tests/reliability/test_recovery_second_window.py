"""A second window on the notebook does not hand out the first window's recovery copies.

The first window names its copy as the place its unsaved text is kept ("your text is
in …"); if the second one offered it, a Discard there would delete the only copy of
words the first one has not saved. Copies of a running confnotes are held back (with a
word to the user) and offered once that window has closed.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from confnotes.notebook import processes
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore
from confnotes.tui.screens.recovery_dialog import RecoveryDialog
from tests.tui.helpers import app_for, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"
WORDS = "UNSAVEDWORDS of the first window"


@pytest.fixture
def first_window() -> Iterator[subprocess.Popen[bytes]]:
    """A process that stands for the first window: its command line names confnotes."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(120)", "/opt/venv/bin/confnotes"]
    )
    yield proc
    proc.kill()
    proc.wait()


def copy_of(root: Path, pid: int) -> Path:
    """The recovery copy the first window wrote (named after its session, which ends in
    its process id, as every run's is)."""
    store = RecoveryStore(Notebook(root), session=f"20261124T101500-{pid}")
    return store.write(SHIFTS, WORDS, "save failed: disk full")


def test_file_names_tell_the_writer() -> None:
    assert processes.writer_pid("relml__talk--20261124T101500-4242.md") == 4242
    assert processes.writer_pid("relml__talk--kept-20261124T101500123456-77.md") == 77
    assert processes.writer_pid("relml__talk--run-1.md") is None
    assert processes.writer_pid("notes-2024.md") is None


def test_a_command_line_tells_a_confnotes_from_a_path_named_after_it() -> None:
    assert processes.runs_confnotes(["/home/u/.venv/bin/python", "/home/u/.venv/bin/confnotes"])
    assert processes.runs_confnotes(["python3", "-m", "confnotes", "demo"])
    assert processes.runs_confnotes(["python3", "-m", "confnotes.index.background", "/nb"])
    assert not processes.runs_confnotes(["/src/confnotes/.venv/bin/python", "-c", "pass"])
    assert not processes.runs_confnotes(["python3", "-m", "pytest", "tests/confnotes"])
    assert not processes.runs_confnotes(["vim", "confnotes-notes.md"])


def test_a_live_windows_copy_is_held_back_then_offered_once_it_closed(
    demo: Path, first_window: subprocess.Popen[bytes]
) -> None:
    path = copy_of(demo, first_window.pid)
    second = RecoveryStore(Notebook(demo))
    assert second.pending() == []
    assert [c.path for c in second.held_elsewhere] == [path]
    first_window.kill()
    first_window.wait()
    assert [c.path for c in second.pending()] == [path]
    assert second.held_elsewhere == []


def test_an_id_reused_by_another_program_does_not_hold_a_copy(demo: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        path = copy_of(demo, other.pid)  # a crashed run whose id another program has now
        assert [c.path for c in RecoveryStore(Notebook(demo)).pending()] == [path]
    finally:
        other.kill()
        other.wait()


def test_the_second_window_says_so_and_offers_nothing(
    demo: Path, first_window: subprocess.Popen[bytes]
) -> None:
    path = copy_of(demo, first_window.pid)
    app = app_for(demo)

    async def scenario() -> None:
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for(
                pilot,
                lambda: any("another confnotes window" in n.message for n in app._notifications),
            )
            assert not isinstance(app.screen, RecoveryDialog)
            await pilot.press("ctrl+q")

    asyncio.run(scenario())
    assert WORDS in path.read_text(encoding="utf-8")  # untouched, for the first window
