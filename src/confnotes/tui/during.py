"""The app during a conference day: a new note (F7), the programme again (Shift+F7),
"seen" programme changes, photos pasted into notes, and reminders.

Kept out of ``app.py``: the app's actions and the main screen call these
functions, which open the dialogs and run the domain functions
(:mod:`confnotes.schedule.quicknote`, :mod:`confnotes.importers.update`,
:mod:`confnotes.knowledge.attachments`, :mod:`confnotes.schedule.reminders`) in worker threads,
writes through the notebook (under its lock, so they never interleave with an
autosave; the notebook keeps the search index in step and announces them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from confnotes.errors import ConfnotesError
from confnotes.model import revised
from confnotes.schedule.quicknote import NewNote, create_note, running_conference
from confnotes.schedule.update_marks import change_of, mark_seen
from confnotes.tui.messages import OpenTalk

if TYPE_CHECKING:
    from pathlib import Path

    from confnotes.importers.update import UpdateReport
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
        with app.nb.batch("saved"):
            talk = create_note(app.nb, request, app.clock)
    except ConfnotesError as exc:
        app.call_from_thread(app.notify, f"No note made: {exc}", severity="error", timeout=10)
        return
    app.call_from_thread(_created, app, talk.id)


def _created(app: ConfnotesApp, talk_id: str) -> None:
    app.redraw_all()
    app.post_message(OpenTalk(talk_id))  # from any screen: back to the editor, on the note
    app.notify(f"New note: {talk_id}")


# ------------------------------------------------------------ the programme again


def refresh_programme(app: ConfnotesApp) -> None:
    """Fetch the current conference's programme again (Shift+F7) and list what changed."""
    from confnotes.importers.update import programme_sources

    # The open talk's conference, else the one running now, else the most recent one.
    talk = app.main.current_talk()
    conf = app.nb.conferences.get(talk.conference) if talk is not None else None
    conf = conf or running_conference(app.nb, app.clock)
    confs = app.nb.sorted_conferences()
    conf = conf or (confs[0] if confs else None)
    if conf is None:
        app.notify("No conference to refresh; import a programme first (F10)")
        return
    if not programme_sources(conf):
        app.notify(
            f"{conf.name} does not remember where its programme came from; "
            "import it once (F10), then Shift+F7 fetches it again",
            severity="warning",
            timeout=8,
        )
        return
    app.main.flush_sync()
    app.notify(f"Fetching the programme of {conf.name} again…")
    # A fetch from a server that may hang: a thread quitting does not wait for.
    app.owner.run_detached("Refreshing the programme", lambda: _refresh(app, conf.id))


def _refresh(app: ConfnotesApp, conf_id: str) -> None:
    from confnotes.importers.update import update_conference

    try:
        with app.nb.write_lock.hold_local():
            report = update_conference(app.nb, conf_id)
    except ConfnotesError as exc:
        app.call_from_thread(app.notify, str(exc), severity="error", timeout=12)
        return
    # The notebook re-indexed what the update wrote (its change feed): no rescan.
    app.call_from_thread(_refreshed, app, report)


def _refreshed(app: ConfnotesApp, report: UpdateReport) -> None:
    from confnotes.tui.screens.programme_changes import ProgrammeChangesScreen

    app.redraw_all()
    name = app.nb.conferences[report.conference].name
    if not report.changes:
        app.notify(f"{name}: the programme has not changed")
        return
    title = f"{name}: {report.summary()}"
    app.push_screen(ProgrammeChangesScreen(title, report.lines(app.nb)))


def seen(app: ConfnotesApp, talk_id: str) -> None:
    """The user opened a talk: say what the last programme refresh did to it, once."""
    talk = app.nb.talks.get(talk_id)
    change = change_of(talk) if talk is not None else None
    if talk is None or change is None:
        return
    app.notify(f"Programme change: this talk {change.describe()}", timeout=8)
    app.run_worker(
        lambda: _forget_change(app, talk_id), thread=True, group="save", exit_on_error=False
    )


def _forget_change(app: ConfnotesApp, talk_id: str) -> None:
    with app.nb.write_lock.hold_local():
        talk = app.nb.talks.get(talk_id)
        if talk is None or talk.extra.get("_unreadable"):
            return
        seen = revised(talk)  # adopted by the notebook once written: never changed in place
        if not mark_seen(seen):
            return
        try:
            app.nb.save_talk(seen)
        except ConfnotesError as exc:
            failed: ConfnotesError | None = exc
        else:
            failed = None
    # Told outside the lock: a save on the UI thread may be waiting for it.
    if failed is not None:
        app.call_from_thread(app.notify, f"Could not save: {failed}", severity="error")
        return
    app.call_from_thread(app.main.schedule.refresh_talk, talk_id)


# ------------------------------------------------------------ photos and files


def attach_files(app: ConfnotesApp, paths: list[Path]) -> None:
    """Copy pasted or dropped images/PDFs into the notebook; insert links into the note."""
    talk_id = app.main.editor.talk_id
    talk = app.nb.talks.get(talk_id) if talk_id else None
    if talk is None or talk.path is None:
        app.notify("Open a note first, then paste or drop the file into it")
        return
    note = talk.path
    app.run_worker(
        lambda: _attach(app, talk.id, note, paths), thread=True, group="attach", exit_on_error=False
    )


def _attach(app: ConfnotesApp, talk_id: str, note: Path, paths: list[Path]) -> None:
    from confnotes.knowledge.attachments import attach, markdown_link

    links: list[str] = []
    for path in paths:
        try:
            stored = attach(app.nb, path)
        except ConfnotesError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", timeout=8)
            continue
        links.append(markdown_link(note, stored, path.name))
    if links:
        app.call_from_thread(_insert_links, app, talk_id, links)


def _insert_links(app: ConfnotesApp, talk_id: str, links: list[str]) -> None:
    editor = app.main.editor
    if editor.talk_id != talk_id:
        app.notify("The note changed before the files were copied; nothing inserted")
        return
    area = editor.text_area
    area.replace("\n".join(links), *area.selection, maintain_selection_offset=False)
    app.notify(f"Attached {len(links)} file(s) in attachments/")


# ------------------------------------------------------------ reminders


REMINDER_SECONDS = 20.0
"""How often the app looks for starred talks about to start."""


def start_reminders(app: ConfnotesApp) -> None:
    """With ``remind_minutes`` set, check now and then for starred talks about to start."""
    if app.settings.remind_minutes <= 0:
        return
    reminded: set[str] = set()

    def check() -> None:
        from confnotes.schedule.reminders import describe_reminder, due

        for slot in due(app.nb, app.clock, app.settings.remind_minutes, reminded):
            conf = app.nb.conferences.get(slot.talk.conference)
            left = int((slot.start - app.clock.local(conf)).total_seconds() // 60)
            app.notify(describe_reminder(slot, left), title="Starred talk", timeout=30)

    check()
    app.set_interval(REMINDER_SECONDS, check)
