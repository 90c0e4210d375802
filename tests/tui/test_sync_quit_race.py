"""A team sync that ends while the editor's save is on its way (issue 13's reliability
case): once, at the end of a benchmark typing while syncs brought in a teammate's
notes, the app quit with the buffer unsaved and left a recovery copy "the app stopped
before this text was saved". The sync's end redraws the open note
(``reload_after_sync``); the notebook already held the text the save wrote while the
editor had not heard of that save yet, so the editor took its own words for another
program's change: a conflict, the conflict dialog, and at quit a buffer left unsaved.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from confnotes.notebook.autosave import with_final_newline
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore
from confnotes.sync import engine
from confnotes.tui.screens.conflict_dialog import ConflictDialog
from tests.reliability.test_one_writer import hold_lock
from tests.sync.teamgit import Team, isolate_git
from tests.tui.helpers import app_for, pinned_settings, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"
TEAM_TALK = "conf/robust-merging"


def _copies(root: Path) -> list[str]:
    """Reasons of the recovery copies left in the notebook (this run's too)."""
    return [c.reason for c in RecoveryStore(Notebook(root)).pending(include_this_run=True)]


async def test_a_sync_ending_while_the_save_is_on_its_way_is_no_conflict(demo: Path) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=30))  # saves: by hand here
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        editor = app.main.editor
        await pilot.press("ctrl+end", *" typed at the talk")
        typed = editor.text
        # The save worker writes the note; its word to the UI thread is still queued...
        result = await asyncio.to_thread(app.saver.save, SHIFTS, typed)
        assert result.status == "saved"
        await pilot.press(*" and more")  # ...while the user goes on typing
        app.reload_after_sync()  # ...and a sync ends (its own files were other notes)
        await pilot.pause()
        app.main._saved(result)  # the save's word arrives
        await pilot.pause()
        assert not isinstance(app.screen, ConflictDialog), "our own save taken for a conflict"
        assert editor.state != "conflict"
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert app.return_code == 0
    assert (
        (demo / f"{SHIFTS}.md").read_text(encoding="utf-8").endswith(" and more\n")
    )  # saved with a final newline
    assert _copies(demo) == [], "a buffer was left unsaved at quit"


async def test_a_sync_ending_while_the_save_reindexes_the_note_is_no_conflict(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The notebook holds the saved text as soon as it is on disk; the save then re-indexes
    the note, which waits while the index is busy (a build, a sync's merged notes). A sync
    that ended in that moment saw a body neither the editor nor the saver had heard of:
    a conflict dialog over the user's own typing (found typing through bench_scale's
    keystroke row: the keys then went into the dialog, 12-15 ms of drawing each)."""
    app = app_for(demo, settings=pinned_settings(autosave_delay=30))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        await pilot.press("ctrl+end", *" typed at the talk")
        typed = app.main.editor.text
        adopted, go_on = threading.Event(), threading.Event()
        publish = app.nb._publish

        def slow_index(change: Any) -> None:
            adopted.set()  # the notebook holds the new body now...
            go_on.wait(10)  # ...and the note's re-index takes a while
            publish(change)

        monkeypatch.setattr(app.nb, "_publish", slow_index)
        saving = asyncio.ensure_future(asyncio.to_thread(app.saver.save, SHIFTS, typed))
        await asyncio.to_thread(adopted.wait, 10)
        assert app.nb.talks[SHIFTS].body == with_final_newline(typed)
        await pilot.press(*" and more")
        app.reload_after_sync()  # a sync ends meanwhile
        await pilot.pause()
        go_on.set()
        app.main._saved(await saving)
        await pilot.pause()
        assert not isinstance(app.screen, ConflictDialog), "our own save taken for a conflict"
        assert app.main.editor.state != "conflict"
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert (
        (demo / f"{SHIFTS}.md").read_text(encoding="utf-8").endswith(" and more\n")
    )  # saved with a final newline
    assert _copies(demo) == []


@pytest.mark.timeout(90)
async def test_saving_while_a_sync_waits_for_another_writer_never_freezes_the_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """F6 while another process writes to the notebook (an import in a terminal): the sync
    holds the app's save lock, waits and says so. A save on the UI thread meanwhile (quit,
    the links screen, an export) waits for that lock: the sync's word must not wait for
    the UI thread in turn (the app froze for good, the words never saved). Before, the
    sync did not wait at all: it failed at once, "busy for more than 0.05 s"."""
    isolate_git(monkeypatch, tmp_path)
    root = Team(tmp_path, 2).clones[0]
    locking, ui_busy = threading.Event(), threading.Event()
    real_lock = engine.folder_transaction

    def lock_once_the_ui_is_busy(path: Path, timeout: float) -> Any:
        locking.set()  # the sync holds the app's save lock now
        ui_busy.wait(10)
        return real_lock(path, timeout=timeout)

    monkeypatch.setattr(engine, "folder_transaction", lock_once_the_ui_is_busy)
    app = app_for(root)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(TEAM_TALK)
        await pilot.pause()
        holder = hold_lock(root, 60.0)
        try:
            app.team_sync.start()
            await wait_for(pilot, locking.is_set, 20)
            ui_busy.set()
            # The UI thread is busy (this test) while the sync says that it waits...
            deadline = time.monotonic() + 20
            while "waiting" not in app.team_sync.status and time.monotonic() < deadline:
                time.sleep(0.02)
            assert "waiting for another confnotes writer" in app.team_sync.status
            app.main.editor.text_area.insert(" typed while it waited")
            threading.Timer(2.0, holder.kill).start()  # the other writer finishes soon
            app.main.flush_sync()  # ...then saves, blocking, as on quit
            assert app.main.editor.state == "clean"
            await wait_for(pilot, lambda: not app.team_sync.running, 30)
            assert "synced" in app.team_sync.status
        finally:
            holder.kill()
            holder.wait()
    assert "typed while it waited" in (root / f"{TEAM_TALK}.md").read_text(encoding="utf-8")
