"""The app during a conference day: a new note (F7), the programme again (Shift+F7) and
reminders of starred talks.

:class:`ConferenceDay` is an object of the app (``app.day``) with a public method per
key; it opens the dialogs and runs the domain functions
(:mod:`confnotes.schedule.quicknote`, :mod:`confnotes.importers.update`,
:mod:`confnotes.schedule.reminders`) in worker threads, writing through the notebook
(under its lock, so they never interleave with an autosave; the notebook keeps the
search index in step and announces them). It uses the app through its public face.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from confnotes.errors import ConfnotesError
from confnotes.schedule.quicknote import NewNote, create_note, running_conference
from confnotes.tui.messages import OpenTalk

if TYPE_CHECKING:
    from confnotes.importers.update import UpdateReport
    from confnotes.tui.app import ConfnotesApp

REMINDER_SECONDS = 20.0
"""How often the app looks for starred talks about to start."""


class ConferenceDay:
    """New notes, programme refreshes and reminders for one app."""

    def __init__(self, app: ConfnotesApp) -> None:
        self.app = app

    def new_note(self) -> None:
        """Ask what the note is about (F7), then make it and open it in the editor."""
        from confnotes.tui.screens.new_note_dialog import NewNoteDialog

        app = self.app
        conf = running_conference(app.nb, app.clock)
        at = app.clock.local(conf)

        def chosen(request: NewNote | None) -> None:
            if request is not None:
                app.main.flush_sync()
                app.run_worker(
                    lambda: self._create(request), thread=True, group="save", exit_on_error=False
                )

        app.push_screen(NewNoteDialog(app.nb, conf.id if conf else None, at), chosen)

    def _create(self, request: NewNote) -> None:
        """In a worker: write the note (and any new person or conference), then open it."""
        app = self.app
        try:
            with app.nb.batch("saved"):
                talk = create_note(app.nb, request, app.clock)
        except ConfnotesError as exc:
            app.call_from_thread(app.notify, f"No note made: {exc}", severity="error", timeout=10)
            return
        app.call_from_thread(self._created, talk.id)

    def _created(self, talk_id: str) -> None:
        app = self.app
        app.redraw_all()
        app.post_message(OpenTalk(talk_id))  # from any screen: back to the editor, on the note
        app.notify(f"New note: {talk_id}")

    def refresh_programme(self) -> None:
        """Fetch the current conference's programme again (Shift+F7) and list what changed."""
        from confnotes.importers.update import programme_sources

        app = self.app
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
        conf_id = conf.id
        # A fetch from a server that may hang: a thread quitting does not wait for.
        app.owner.run_detached("Refreshing the programme", lambda: self._refresh(conf_id))

    def _refresh(self, conf_id: str) -> None:
        from confnotes.importers.update import update_conference

        app = self.app
        try:
            with app.nb.transaction():
                report = update_conference(app.nb, conf_id)
        except ConfnotesError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", timeout=12)
            return
        # The notebook re-indexed what the update wrote (its change feed): no rescan.
        app.call_from_thread(self._refreshed, report)

    def _refreshed(self, report: UpdateReport) -> None:
        from confnotes.tui.screens.programme_changes import ProgrammeChangesScreen

        app = self.app
        app.redraw_all()
        name = app.nb.conferences[report.conference].name
        if not report.changes:
            app.notify(f"{name}: the programme has not changed")
            return
        title = f"{name}: {report.summary()}"
        app.push_screen(ProgrammeChangesScreen(title, report.lines(app.nb)))

    def start_reminders(self) -> None:
        """With ``remind_minutes`` set, check now and then for starred talks about to start."""
        app = self.app
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
