"""Faults inside the app end with a visible error and no word lost (DESIGN §1b).

A save that fails and then Ctrl+Q, a worker that raises, F5 with no editor.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from confnotes.errors import StorageError
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore
from tests.tui.helpers import app_for, pinned_settings, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"


def copies_with(root: Path, words: str) -> list[Path]:
    store = RecoveryStore(Notebook(root))
    return [c.path for c in store.pending(include_this_run=True) if words in c.text]


async def test_ctrl_q_after_a_failed_save_stays_open_then_exits_1_naming_the_copy(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()

        def disk_full(*_a: object, **_k: object) -> bool:
            raise StorageError(f"cannot write: {os.strerror(errno.ENOSPC)}", demo / SHIFTS)

        monkeypatch.setattr(app.nb, "save_talk", disk_full)
        await pilot.press(*"words on a full disk")
        await wait_for(pilot, lambda: app.main.editor.state == "failed")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running, "the first Ctrl+Q must not drop unsaved text silently"
        assert any("Ctrl+Q again" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 1
    assert copies_with(demo, "words on a full disk")


async def test_a_worker_that_raises_leaves_the_text_in_a_recovery_copy(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app says so and goes on (issue 13/18: never a crash), the text kept aside."""
    app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()

        def bug(*_a: object, **_k: object) -> None:
            raise RuntimeError("a bug in a worker")

        monkeypatch.setattr(app.saver, "save", bug)
        await pilot.press(*"words before a bug")
        await pilot.pause(1.0)
        assert app.is_running
        assert any("failed" in n.message for n in app._notifications)
    assert copies_with(demo, "words before a bug")


async def test_f5_with_a_missing_editor_says_so_and_the_app_goes_on(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISUAL", "/nonexistent/bin/no-such-editor")
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        await pilot.press(*"still here")
        await pilot.press("f5")
        await pilot.pause()
        assert any("not found" in str(n.message) for n in app._notifications)
        assert "still here" in app.main.editor.text
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    assert "still here" in (demo / f"{SHIFTS}.md").read_text(encoding="utf-8")


async def test_a_save_while_another_process_writes_waits_then_lands(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer (an import in a second terminal) holds the notebook: the save says
    the notebook is busy, keeps the text, and lands by itself once the writer is done."""
    import confnotes.notebook.notebook
    import confnotes.tui.screens.main as main_screen
    from tests.reliability.test_one_writer import hold_lock

    monkeypatch.setattr(confnotes.notebook.notebook, "SAVE_LOCK_WAIT", 0.3)
    monkeypatch.setattr(main_screen, "SAVE_RETRY_SECONDS", 0.3)
    app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        holder = hold_lock(demo, 60)
        try:
            await pilot.press(*"typed during an import")
            await wait_for(pilot, lambda: app.main.editor.state == "failed")
            status = str(app.main.query_one("#editor-status").render())
            assert "busy" in status
        finally:
            holder.kill()
            holder.wait()
        note = demo / f"{SHIFTS}.md"
        await wait_for(pilot, lambda: "typed during an import" in note.read_text("utf-8"))
        await wait_for(pilot, lambda: app.main.editor.state == "clean")
