"""Typing into a note whose file changed since the schedule summary: no false conflict.

The note was edited in another editor while the app was closed (by a tool that kept
its size and mtime, so the summary still vouched for it) or while the app was open
but before the note was first opened. The editor shows the file's words; typing and
a save used to raise the conflict dialog ("changed on disk") although nothing
changed since. The editor's disk check (once a second) happened to catch the record
up when it ran first; a save before it (ctrl+s, another note opened, quitting, all
within that second) met the false conflict. Here the check is made rare, so the save
meets the notebook's record as such a save does. A change made after the note was
opened still raises the dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from confnotes.tui.app import ConfnotesApp
from confnotes.tui.screens.conflict_dialog import ConflictDialog
from tests.reliability.test_stale_summary_saves import (
    SHIFTS,
    edit_keeping_size_and_mtime,
    note,
    with_summary,
)
from tests.tui.helpers import app_for, pinned_settings, wait_for

MINE = "MINEWORD"


@pytest.fixture(autouse=True)
def _rare_disk_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor's own disk check runs after the save, not before it."""
    monkeypatch.setattr("confnotes.tui.screens.main.DISK_CHECK_SECONDS", 60.0)


async def open_and_type(app: ConfnotesApp, pilot: Pilot) -> str:
    """Open the note, type on its first line; returns the text the editor showed."""
    app.main.open_talk(SHIFTS)
    await pilot.pause()
    shown = app.main.editor.text
    app.main.editor.text_area.insert(f"{MINE} ", (0, 0))
    await pilot.pause()
    await pilot.press("ctrl+s")  # saved at once, as when another note is opened
    return shown


async def saved_without_a_dialog(app: ConfnotesApp, pilot: Pilot, root: Path) -> str:
    await wait_for(
        pilot,
        lambda: (
            MINE in note(root).read_text(encoding="utf-8") or isinstance(app.screen, ConflictDialog)
        ),
    )
    assert not isinstance(app.screen, ConflictDialog)
    assert app.main.editor.state != "conflict"
    return note(root).read_text(encoding="utf-8")


async def test_edited_while_the_app_was_closed(demo: Path) -> None:
    with_summary(demo)
    edit_keeping_size_and_mtime(note(demo))
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        shown = await open_and_type(app, pilot)
        assert "CALL-CENTRE" in shown
        text = await saved_without_a_dialog(app, pilot, demo)
        await pilot.press("ctrl+q")
    assert f"{MINE} Dataset: 40k hours of CALL-CENTRE audio" in text


async def test_edited_while_the_app_was_open_before_the_note_was_opened(demo: Path) -> None:
    with_summary(demo)
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        path = note(demo)
        path.write_text(
            path.read_text(encoding="utf-8") + "written in another editor\n", encoding="utf-8"
        )
        shown = await open_and_type(app, pilot)
        assert "written in another editor" in shown
        text = await saved_without_a_dialog(app, pilot, demo)
        await pilot.press("ctrl+q")
    assert MINE in text and text.endswith("written in another editor\n")


async def test_a_change_after_the_note_was_opened_still_raises_the_dialog(demo: Path) -> None:
    with_summary(demo)
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        path = note(demo)
        theirs = path.read_text(encoding="utf-8") + "written after it was opened\n"
        path.write_text(theirs, encoding="utf-8")
        app.main.editor.text_area.insert(f"{MINE} ", (0, 0))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        assert path.read_text(encoding="utf-8") == theirs  # not written over
        await pilot.press("ctrl+q")
