"""The app's side of the notebook: call it off the UI thread, hand results back.

:class:`NotebookOwner` is the domain wiring of the terminal UI, kept out of the
app class. It runs every blocking call to the notebook (open and sync the
index, star a talk, import, export) in a thread worker and hands the result
back on the UI thread; it turns the notebook's change feed into
:class:`~confnotes.tui.messages.NotebookChanged` messages; and it makes a
worker's exception a visible error (with a recovery copy of the open note),
never a silent vanish or a crashed app. Writes themselves happen in
:class:`~confnotes.notebook.notebook.Notebook`, which replaces its dicts instead of
changing them in place, so no widget iterates a dict a worker is changing.
"""

from __future__ import annotations

import contextlib
import copy
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from textual.app import App
from textual.dom import DOMNode
from textual.worker import Worker, WorkerState

from confnotes.errors import ConfnotesError
from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.change_feed import NotebookChange
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore
from confnotes.tui.messages import NotebookChanged

if TYPE_CHECKING:
    from confnotes.importers.merge import ImportReport
    from confnotes.index.base import SyncReport
    from confnotes.notebook.watch import FolderWatcher
    from confnotes.tui.screens.export_dialog import ExportOptions
    from confnotes.tui.screens.import_dialog import ImportOptions

T = TypeVar("T")

INDEX_ANNOUNCE_FILES = 200
"""A sync with at least this many files to index is announced (it takes a while)."""

INDEX_PROGRESS_FILES = 100
"""A sync or rebuild of at least this many files shows its progress ("indexing 1,200/5,000")."""


def report_failed_worker(node: DOMNode, event: Worker.StateChanged, what: str) -> None:
    """Show a screen's worker that raised (never a crash, never a silent vanish).

    In the app, :meth:`OwnerApp.worker_failed` also keeps the open note's text in a
    recovery copy; a screen shown on its own (tests) gets a notification.
    """
    if event.state != WorkerState.ERROR or event.worker.error is None:
        return
    app = node.app
    if isinstance(app, OwnerApp):
        app.worker_failed(what, event.worker.error)
    else:
        app.notify(f"{what} failed: {event.worker.error}", severity="error", timeout=30)


@runtime_checkable
class OwnerApp(Protocol):
    """What the owner needs from the app: to tell the user, and to save the open note aside."""

    def worker_failed(self, what: str, exc: BaseException) -> None:
        """Say that background work failed, and keep the open note's text safe."""


class NotebookOwner:
    """Drives the notebook for the app (see the module docstring)."""

    def __init__(self, app: App[Any], nb: Notebook) -> None:
        self.app = app
        self.nb = nb
        self.recovery = RecoveryStore(nb)
        """Recovery copies of text that could not be saved."""
        self.saver = NoteSaver(nb, self.recovery)
        """The editor's saves (numbered, so a late one never overwrites a newer one)."""
        self.cancel = threading.Event()
        """Set when the app stops: long work (index build, import) ends early."""
        self.index_ready = threading.Event()
        self._opened: Callable[[], None] = lambda: None
        """Set once the search index is open and synced with the files (or failed to)."""
        self.index_progress: tuple[int, int] | None = None
        """``(done, total)`` while the index worker indexes many notes, else None."""
        self.import_cancel: threading.Event | None = None
        """Set to cancel the running import (None when none runs)."""
        self.watcher: FolderWatcher | None = None
        self._unsubscribe = nb.changes.subscribe(self._announce)

    # ------------------------------------------------------------ plumbing

    def _announce(self, change: NotebookChange) -> None:
        """Any thread: the change becomes a message the UI handles on its own thread."""
        self.app.post_message(NotebookChanged(change))

    def close(self) -> None:
        """Stop background work and let go of the notebook's feed and index."""
        self.cancel.set()
        if self.import_cancel is not None:
            self.import_cancel.set()
        if self.watcher is not None:
            self.watcher.stop()
        self._unsubscribe()
        self.nb.close_index()

    def run(
        self,
        what: str,
        work: Callable[[], T],
        done: Callable[[T], None] | None = None,
        group: str = "notebook",
    ) -> Worker[None]:
        """Call ``work`` in a thread; ``done(result)`` runs on the UI thread afterwards.

        An exception is shown to the user as "<what> failed" (see :meth:`worker_failed`
        of the app), never swallowed and never fatal.
        """
        body = self._thread_body(what, work, done)
        return self.app.run_worker(body, name=what, group=group, thread=True, exit_on_error=False)

    def run_detached(
        self, what: str, work: Callable[[], T], done: Callable[[T], None] | None = None
    ) -> threading.Thread:
        """As :meth:`run`, for work that waits on the outside world (a server, a slow
        network): a thread that quitting never waits for.

        Textual's thread workers run in asyncio's default executor, which the event loop
        joins as the app closes: a fetch from a server that hangs held the process after
        Ctrl+Q (a blank screen, SIGTERM and Ctrl+C unheard) until its own deadline. This
        thread is a daemon: at exit it is simply left, its result dropped (what it would
        write is written atomically, and is derived data the next fetch makes again)."""
        body = self._thread_body(what, work, done)
        thread = threading.Thread(target=body, name=what, daemon=True)
        thread.start()
        return thread

    def _thread_body(
        self, what: str, work: Callable[[], T], done: Callable[[T], None] | None
    ) -> Callable[[], None]:
        """What a worker thread of :meth:`run` or :meth:`run_detached` runs: ``work``, then
        ``done(result)`` on the UI thread, or the failure shown there (the same for both)."""

        def body() -> None:
            try:
                result = work()
            except Exception as exc:
                self._call_ui(self._failed, what, exc)
                return
            if done is not None:
                self._call_ui(done, result)

        return body

    def _failed(self, what: str, exc: BaseException) -> None:
        if isinstance(self.app, OwnerApp):
            self.app.worker_failed(what, exc)
        else:
            self.app.notify(f"{what} failed: {exc}", severity="error", timeout=30)

    def _call_ui(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn`` on the UI thread (dropped quietly when the app has stopped)."""
        with contextlib.suppress(RuntimeError):
            self.app.call_from_thread(fn, *args)

    # ------------------------------------------------------------ search index

    def _index_progress(self, done: int, total: int) -> None:
        if total >= INDEX_PROGRESS_FILES:
            self.index_progress = (done, total)

    def start_index(
        self, announce: Callable[[int], None], opened: Callable[[], None] = lambda: None
    ) -> None:
        """Open and sync the index in a worker; ``announce(total)`` for a long first build,
        ``opened()`` on the UI thread once the index is open (or failed to)."""
        announced = False
        self._opened = opened

        def progress(done: int, total: int) -> None:
            nonlocal announced
            self._index_progress(done, total)
            if not announced and done < total and total >= INDEX_ANNOUNCE_FILES:
                announced = True
                self._call_ui(announce, total)

        def work() -> tuple[SyncReport | None, bool, str]:
            from confnotes.index.background import sync_in_child

            try:
                # A long build runs in a separate, lower-priority process so that typing
                # here stays fast; this process then only picks up the few files left.
                child: SyncReport | None = sync_in_child(self.nb.root, progress, self.cancel)
            except ConfnotesError:
                child = None  # no child process here: the sync below does the work
            if child is not None and child.cancelled:
                # The app is closing (the child was stopped): no build starts here.
                self.index_progress = None
                self.index_ready.set()
                return child, announced, ""
            try:
                from confnotes.index import index_of  # the app starts without the index's modules

                index = index_of(self.nb)
                if child is not None and not child.cancelled:
                    # From now on a batch of many files (a team sync's merge, a folder
                    # changed by another program) is indexed by a child process too,
                    # starting with what changed while the child built (a long build
                    # beside team syncs leaves hundreds of merged notes).
                    index.elsewhere = True
                report = index.sync(progress=progress, cancel=self.cancel)
                if child is not None and not child.cancelled:
                    report = child.then(report)
                self.nb.catch_up_index()  # saves made while it built
                if not self.cancel.is_set():
                    index.warm()  # what the first keystroke of a search would read
                return report, announced, ""
            except ConfnotesError as exc:
                return None, announced, str(exc)
            finally:
                self.index_progress = None
                self.index_ready.set()

        self.run("Search index", work, self._index_opened, group="index")

    def _index_opened(self, result: tuple[SyncReport | None, bool, str]) -> None:
        report, announced, error = result
        self._opened()
        if report is None:
            self.app.notify(f"Search index: {error}", severity="warning")
            return
        for message in report.messages:
            self.app.notify(f"Search index: {message}", severity="warning", timeout=10)
        if report.rebuilt and not report.cancelled:
            self.app.notify(f"Search index rebuilt ({report.changed} documents)", timeout=4)
        elif announced and not report.cancelled:
            self.app.notify("Search index up to date", timeout=4)

    # ------------------------------------------------------------ other programs' writes

    def watch(self, open_talk: Callable[[], str | None]) -> None:
        """Follow files other programs write into the notebook (model, index, screens).

        ``open_talk()`` names the note open in the editor: it is left to the editor's
        own disk check, which reloads a clean buffer and offers the conflict dialog
        for one with unsaved text.
        """
        from confnotes.notebook.watch import FolderWatcher

        def changed(rels: set[str]) -> None:  # the watcher's thread
            self._call_ui(self._external, rels, open_talk)

        def stopped(exc: BaseException) -> None:
            self._call_ui(self.app.notify, f"Not following outside changes to the notebook: {exc}")

        self.watcher = FolderWatcher(self.nb.root, changed, stopped)
        self.watcher.start()

    def _external(self, rels: set[str], open_talk: Callable[[], str | None]) -> None:
        talk_id = open_talk()
        skip = [talk_id] if talk_id else []
        self.run("Reading changed files", lambda: self.nb.reload_paths(rels, skip), group="watch")

    # ------------------------------------------------------------ star and attended

    def toggle_flag(self, talk_id: str, field: str, done: Callable[[str, str, bool], None]) -> None:
        """Star/unstar or mark attended, saved in a worker; ``done`` hears the new value."""

        def work() -> tuple[bool | None, str, str]:
            """(new value, or None; what to tell; its severity)."""
            with self.nb.transaction():
                talk = self.nb.talks.get(talk_id)
                if talk is None:
                    return None, "", ""
                if talk.extra.get("_unreadable"):
                    what = (
                        f"Cannot change {talk.title}: its front matter cannot be read; fix the file"
                    )
                    return None, what, "warning"
                # A copy is saved and swapped in: the talk the UI draws never changes under it.
                flipped = copy.deepcopy(talk)
                setattr(flipped, field, not getattr(talk, field))
                try:
                    self.nb.apply_writes("saved", talks=[flipped])
                except ConfnotesError as exc:
                    return None, f"Could not save: {exc}", "error"
                return bool(getattr(flipped, field)), "", ""

        def finished(result: tuple[bool | None, str, str]) -> None:
            value, message, severity = result
            if value is not None:
                done(talk_id, field, value)
            elif message:
                self.app.notify(message, severity=severity, timeout=8)  # type: ignore[arg-type]

        self.run("Saving the talk", work, finished, group="save")

    # ------------------------------------------------------------ import and export

    @property
    def importing(self) -> bool:
        """True while an import runs."""
        return self.import_cancel is not None

    def start_import(
        self, options: ImportOptions, done: Callable[[list[ImportReport]], None]
    ) -> None:
        """Fetch (outside any lock, one deadline for all reads, cancellable), plan and apply.

        A dry run plans on a copy: nothing is written and the notebook shown is untouched.
        """
        cancel = threading.Event()
        self.import_cancel = cancel

        def work() -> list[ImportReport]:
            from confnotes.importers.sources import import_sources

            return import_sources(
                self.nb,
                options.sources,
                options.format,
                options.conference_id,
                options.dry_run,
                cancel=cancel,  # also set when the app closes (see close())
                shape=options.shape,
            )

        def finished(reports: list[ImportReport]) -> None:
            self.import_cancel = None
            if cancel.is_set():
                self.app.notify("Import cancelled; what was imported before stays", timeout=8)
            done(reports)

        def guarded() -> list[ImportReport]:
            try:
                return work()
            except BaseException:
                self._call_ui(setattr, self, "import_cancel", None)
                raise

        # Fetches from servers that may hang: a thread quitting does not wait for (the
        # cancel above is set as the app closes; a stop mid-import is a kill's, which
        # loses nothing: each file is written whole, and importing again completes it).
        self.run_detached("Import", guarded, finished)

    def cancel_import(self) -> bool:
        """Ask the running import to stop (True when one was running)."""
        if self.import_cancel is None:
            return False
        self.import_cancel.set()
        return True

    def export(self, options: ExportOptions, done: Callable[[str], None]) -> None:
        """Render an export from the notebook and write it to the file the user chose."""

        def work() -> str:
            from confnotes.exporters import export
            from confnotes.exporters.output import write_file

            try:
                with self.nb.reading():
                    text = export(self.nb, options.format, options.selection())
                write_file(text, options.output)
            except ConfnotesError as exc:
                return f"Export failed: {exc}"
            return f"Exported {options.format} to {options.output}"

        self.run("Export", work, done, group="export")
