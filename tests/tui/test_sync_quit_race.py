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
from pathlib import Path

from confnotes.notebook import Notebook
from confnotes.recovery import RecoveryStore
from confnotes.tui.screens.conflict_dialog import ConflictDialog
from tests.tui.helpers import app_for, pinned_settings, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"


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
    assert (demo / f"{SHIFTS}.md").read_text(encoding="utf-8").endswith(" and more")
    assert _copies(demo) == [], "a buffer was left unsaved at quit"
