"""F6 in the app: sync the notebook with the team's git remote, then show what came in.

The sync itself (:mod:`confnotes.sync`) runs in a worker thread; while it
changes files it holds the saver's lock (no autosave writes while git rewrites
files) and the notebook's write lock, and re-reads the talk notes it wrote, as
a save worker does. People or conference files changed: the whole notebook is
re-read on the UI thread. The open note follows the usual path: a clean buffer
shows the merged text, a buffer with unsaved words goes through the conflict
dialog, never overwritten.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.css.query import NoMatches

from confnotes.errors import ConfnotesError

if TYPE_CHECKING:
    from confnotes.sync.engine import SyncOutcome
    from confnotes.tui.app import ConfnotesApp

MAX_NAMED = 3
"""Conflicting files named in the notification (the rest are counted)."""


class TeamSync:
    """The app's one sync at a time, and the status line it leaves."""

    def __init__(self, app: ConfnotesApp):
        self.app = app
        self.running = False
        self.status = ""
        """``git: synced with origin/main: 2 files changed`` after a sync ("" before)."""
        self._followed = True
        """False when the running sync wrote files the notebook did not re-read (a note
        open with unsaved words): the index then looks at the files' stamps itself."""

    def show_local_status(self) -> None:
        """At start: what a sync would do, from git alone (no network), when the notebook
        is a team notebook; nothing is shown for a notebook that is not a repository."""
        self.app.run_worker(self._local_status, thread=True, group="sync-status")

    def _local_status(self) -> None:
        from confnotes.sync.engine import local_status

        try:
            status = local_status(self.app.nb.root)
        except Exception:  # a status line is never worth an error
            return
        if status is not None and not self.running and not self.status:
            self.status = f"git: {status} (F6 syncs)"
            self.app.call_from_thread(self.show_status)

    def start(self) -> None:
        """Sync in a worker, which first saves the editor's text."""
        app = self.app
        if self.running:
            app.notify("A sync is already running")
            return
        save = app.main.save_in_worker()  # the typed words go in this sync
        self.running = True
        self.status = "git: syncing…"
        self.show_status()
        # git may wait on a remote that hangs: a thread quitting does not wait for.
        app.owner.run_detached("Sync", lambda: self._work(save))

    def _work(self, save: Callable[[], None] = lambda: None) -> None:
        from confnotes.sync.engine import sync

        app = self.app
        self._followed = True
        try:
            save()
            outcome = sync(
                app.nb.root,
                say=self._say,
                guard=app.nb.reading,
                on_written=self._reread,
                background=True,
            )
        except ConfnotesError as exc:
            app.call_from_thread(self._failed, str(exc))
            return
        except Exception as exc:  # a bug must not leave the app thinking a sync still runs
            app.call_from_thread(self._failed, f"{type(exc).__name__}: {exc}")
            return
        app.call_from_thread(self._done, outcome)
        if app.index is not None and outcome.changed:
            try:
                if self._followed:
                    # Every file the sync wrote was re-read: the notebook's change feed
                    # re-indexed them (what it could not take yet goes in now). No look
                    # at the stamps of every file of the notebook.
                    app.nb.catch_up_index()
                else:
                    app.index.sync()  # re-indexes only the files whose stamp moved
            except Exception as exc:  # the index is a cache: say so, never fail the sync
                app.call_from_thread(app.notify, f"Search index: {exc}", severity="warning")

    def _editing(self) -> set[str]:
        """Talks whose text an editor holds: the open one and unsaved buffers."""
        app = self.app
        held = set(app.saver.pending)
        with contextlib.suppress(AssertionError, IndexError):
            if app.main.editor.talk_id:
                held.add(app.main.editor.talk_id)
        return held

    def _reread(self, paths: list[str]) -> None:
        """Under the save lock, right after sync wrote files: re-read them, so a later
        save compares with the merged file (an edited note keeps its old state; see
        :func:`~confnotes.sync.index_refresh.reload_changed`)."""
        from confnotes.sync.index_refresh import reload_changed

        done = reload_changed(self.app.nb, paths, keep=self._editing())
        if done.held or done.failed:
            self._followed = False  # the index looks at the files itself

    def _say(self, text: str) -> None:
        """The sync's progress (its thread, maybe holding the save lock): posted, not
        waited for, so a save blocking the UI thread on that lock never deadlocks it."""
        from confnotes.tui.messages import SyncSaid

        self.status = f"git: {text}"
        self.app.post_message(SyncSaid())

    def _failed(self, message: str) -> None:
        self.running = False
        self.status = "git: sync failed"
        self.show_status()
        self.app.notify(f"Sync failed: {message}", severity="error", timeout=12)

    def _done(self, outcome: SyncOutcome) -> None:
        app = self.app
        self.running = False
        app.reload_after_sync()  # the open note: its disk check shows or offers the merge
        self.status = f"git: {outcome.status_line()}"
        self.show_status()
        lines = [outcome.status_line()]
        if outcome.offline:
            lines.append(f"Could not reach {outcome.remote}; your changes are committed locally.")
        if outcome.remote is None:
            lines.append("No git remote: add one with `git remote add origin URL`.")
        if outcome.conflicts:
            named = ", ".join(outcome.conflicts[:MAX_NAMED])
            more = len(outcome.conflicts) - MAX_NAMED
            lines.append(
                f"Both versions kept between markers in {named}"
                + (f" and {more} more" if more > 0 else "")
                + "; open the note and press F12 to resolve."
            )
        for path in outcome.kept_edited:
            lines.append(f"Kept {path}: deleted on one side, edited on the other.")
        lines.extend(outcome.notes)  # files kept twice, entries skipped, a branch followed
        if outcome.unfollowed:
            lines.append("Run `confnotes sync` in a terminal: it says how to join the branches.")
        if len(lines) == 1:
            # All went well: the status line under the schedule says so. A toast each
            # time would re-lay the screen out twice (shown, gone) while the user types.
            return
        needs_you = outcome.offline or outcome.refused or outcome.unfollowed or outcome.conflicts
        severity = "warning" if needs_you or outcome.conflicts_aside else "information"
        app.notify("\n".join(lines), severity=severity, timeout=10)  # type: ignore[arg-type]

    def show_status(self) -> None:
        """Show :attr:`status` in the schedule's activity line (the UI thread)."""
        app = self.app
        # The main screen not mounted yet, or the app closing (its widgets gone).
        with contextlib.suppress(AssertionError, IndexError, NoMatches):
            app.main.schedule.set_activity(app.index_activity())
