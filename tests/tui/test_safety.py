"""Pilot tests of the promise that no typed word is lost: conflicts, failed saves, recovery."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

import confnotes.notebook.notebook
from confnotes.errors import StorageError
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore, read_copy
from confnotes.tui.screens.conflict_dialog import ConflictDialog
from confnotes.tui.screens.recovery_dialog import RecoveryDialog
from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"


async def press_button(pilot: Pilot, selector: str) -> None:
    """Press a button of the current dialog once it is on screen."""
    await pilot.pause()
    pilot.app.screen.query_one(selector, Button).press()
    await pilot.pause()


def note_path(root: Path, talk_id: str) -> Path:
    return root / f"{talk_id}.md"


def edit_elsewhere(root: Path, talk_id: str, line: str) -> None:
    """Another program appends a line to the note (what a second editor would do)."""
    path = note_path(root, talk_id)
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")


async def test_external_edit_reloads_a_clean_buffer(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        edit_elsewhere(demo, SHIFTS, "added in another editor")
        await wait_for(pilot, lambda: "added in another editor" in app.main.editor.text)
        assert app.main.editor.state == "clean"
        assert not isinstance(app.screen, ConflictDialog)
        # Typing after the reload saves on top of the other editor's text, not over it.
        await pilot.press(*"mine1")
        await wait_for(pilot, lambda: "mine1" in note_path(demo, SHIFTS).read_text())
    text = note_path(demo, SHIFTS).read_text(encoding="utf-8")
    assert "added in another editor" in text


async def test_external_edit_with_unsaved_text_shows_the_conflict_and_keeps_both(
    demo: Path,
) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.press(*"mine2")
        edit_elsewhere(demo, SHIFTS, "their words")
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        dialog = app.screen
        assert isinstance(dialog, ConflictDialog)
        assert "their words" in dialog.theirs
        assert "mine2" in dialog.mine
        # Nothing was overwritten: the file has theirs, the editor has mine,
        # and a recovery copy has mine too.
        on_disk = note_path(demo, SHIFTS).read_text(encoding="utf-8")
        assert "their words" in on_disk and "mine2" not in on_disk
        assert "mine2" in app.main.editor.text
        await wait_for(pilot, lambda: app.recovery.written_this_run(SHIFTS) is not None)
        copy = read_copy(app.recovery.written_this_run(SHIFTS))  # type: ignore[arg-type]
        assert copy is not None and "mine2" in copy.text
        assert "CONFLICT" in str(app.main.query_one("#editor-status").render())
        # Autosave while undecided never writes over their text.
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
        assert "mine2" not in note_path(demo, SHIFTS).read_text(encoding="utf-8")
        # Keep both: the note then holds both texts.
        await pilot.press("f12")
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await press_button(pilot, "#both")
        await wait_for(pilot, lambda: app.main.editor.state == "clean")
    text = note_path(demo, SHIFTS).read_text(encoding="utf-8")
    assert "their words" in text and "mine2" in text


async def test_failed_save_keeps_the_text_and_writes_a_recovery_copy(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(path: Path, data: bytes) -> None:
        raise StorageError("cannot write: No space left on device", path)

    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        monkeypatch.setattr(confnotes.notebook.notebook, "atomic_write", disk_full)
        await pilot.press(*"full1")
        await wait_for(pilot, lambda: app.main.editor.state == "failed")
        status = str(app.main.query_one("#editor-status").render())
        assert "NOT SAVED" in status and "No space left" in status and "recovery" in status
        assert "full1" in app.main.editor.text
        copy_path = app.recovery.written_this_run(SHIFTS)
        assert copy_path is not None and copy_path.is_relative_to(demo / ".confnotes")
        assert "full1" in copy_path.read_text(encoding="utf-8")
        # Switching away and back keeps the unsaved text in the buffer.
        app.main.open_talk(CALIBRATION)
        app.main.open_talk(SHIFTS)
        assert "full1" in app.main.editor.text
        # Once the disk has room again, the next autosave writes the note and
        # drops the recovery copy.
        monkeypatch.undo()
        await pilot.press(*"!")
        await wait_for(pilot, lambda: app.main.editor.state == "clean")
        assert not copy_path.exists()
    assert "full1!" in note_path(demo, SHIFTS).read_text(encoding="utf-8")


async def test_recovery_copy_is_offered_on_the_next_start(demo: Path) -> None:
    """Restore merges the copy into the note as it is now (never over it) and closes."""
    before = note_path(demo, SHIFTS).read_text(encoding="utf-8")
    store = RecoveryStore(Notebook.open(demo), session="earlier-run")
    copy_path = store.write(SHIFTS, "text typed before the crash\n", "failed: disk full")
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, RecoveryDialog))
        await press_button(pilot, "#restore")
        await wait_for(pilot, lambda: app.main.editor.talk_id == SHIFTS)
        assert not isinstance(app.screen, RecoveryDialog)
        assert "text typed before the crash" in app.main.editor.text
        await wait_for(pilot, lambda: not copy_path.exists())
    after = note_path(demo, SHIFTS).read_text(encoding="utf-8")
    assert "text typed before the crash" in after
    body_before = before.split("---\n", 2)[2]
    assert all(line in after for line in body_before.splitlines())


async def test_recovery_copy_equal_to_the_note_is_not_offered(demo: Path) -> None:
    nb = Notebook.open(demo)
    store = RecoveryStore(nb, session="earlier-run")
    copy_path = store.write(SHIFTS, nb.talks[SHIFTS].body, "conflict")
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, RecoveryDialog)
    assert not copy_path.exists()


def test_line_separator_in_a_note_survives_an_edit(demo: Path) -> None:
    """A U+2028 pasted from a PDF into a note is still there after an edit and autosave.

    Textual's Document splits lines with ``str.splitlines()`` (U+2028, U+2029, U+0085,
    \\x1c-\\x1e...) and hands back ``\\n``; the note area keeps them (issue 29).
    """
    path = demo / f"{CALIBRATION}.md"
    path.write_text(path.read_text("utf-8") + "\npasted\u2028from a PDF\n", "utf-8")

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(CALIBRATION)
            await pilot.pause()
            editor = app.main.editor
            editor.text_area.focus()
            editor.text_area.move_cursor(editor.text_area.document.end)
            await pilot.press("x")
            await wait_for(pilot, lambda: editor.state == "clean", timeout=10)
            await pilot.press("ctrl+q")

    asyncio.run(scenario())
    assert "pasted\u2028from a PDF" in path.read_text("utf-8")
