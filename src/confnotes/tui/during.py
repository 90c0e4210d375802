"""The app's keys for a conference day: a new note (F7), the programme again (Shift+F7).

Kept out of ``app.py``: the app's actions call these functions, which open
the dialogs and run the domain functions (:mod:`confnotes.quicknote`,
:mod:`confnotes.programme_update`) in worker threads under the saver's lock,
so they never interleave with an autosave.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from confnotes.errors import ConfnotesError
from confnotes.quicknote import NewNote, create_note, running_conference

if TYPE_CHECKING:
    from confnotes.tui.app import ConfnotesApp


def new_note(app: ConfnotesApp) -> None:
    """Ask what the note is about (F7), then make it and open it in the editor."""
    from confnotes.tui.screens.new_note_dialog import NewNoteDialog

    conf = running_conference(app.nb, app.clock)
    at = app.clock.local(conf)

    def chosen(request: NewNote | None) -> None:
        if request is not None:
            app.main.flush_sync()
            app.run_worker(
                lambda: _create(app, request), thread=True, group="save", exit_on_error=False
            )

    app.push_screen(NewNoteDialog(app.nb, conf.id if conf else None, at), chosen)


def _create(app: ConfnotesApp, request: NewNote) -> None:
    """In a worker: write the note (and any new person or conference), then open it."""
    try:
        with app.saver.lock:
            talk = create_note(app.nb, request, app.clock)
    except ConfnotesError as exc:
        app.call_from_thread(app.notify, f"No note made: {exc}", severity="error", timeout=10)
        return
    app.call_from_thread(_created, app, talk.id)
    app.saver.index_talk(talk.id)


def _created(app: ConfnotesApp, talk_id: str) -> None:
    app._reloaded()
    app.main.open_talk(talk_id)
    app.notify(f"New note: {talk_id}")
