"""The confnotes Textual app: composition root of the terminal UI.

:func:`make_app` builds it for the CLI and for tests alike. The app holds the
clock (real, or pinned with ``--at``), the settings (key remaps applied with
:meth:`App.set_keymap`) and the screens; everything that touches the notebook
runs through :class:`~confnotes.tui.owner.NotebookOwner` (workers off the UI
thread, results and change events back on it). Screens are in ``screens/``,
widgets in ``widgets/``, styles in ``app.tcss``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import signal
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.timer import Timer

from confnotes.errors import ConfnotesError
from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.change_feed import NotebookChange
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import (
    RecoveryStore,
)
from confnotes.schedule.now import Clock, slot_of
from confnotes.settings import Settings, load_settings, unknown_key_ids
from confnotes.tui.conference_day import ConferenceDay
from confnotes.tui.edit_actions import Corrections
from confnotes.tui.interpreter import Interpreter
from confnotes.tui.keys import app_key_acts, binding_ids, bound_keys, own_keys
from confnotes.tui.link_keeper import LinkKeeper
from confnotes.tui.messages import NotebookChanged, OpenPerson, OpenTalk, StatusNote, SyncSaid
from confnotes.tui.owner import NotebookOwner
from confnotes.tui.recovery_offer import RecoveryOffer
from confnotes.tui.screens.main import NEEDS_NOTES, MainScreen
from confnotes.tui.team_sync import TeamSync
from confnotes.tui.widgets.note_area import NoteArea

if TYPE_CHECKING:
    # Imported when first used: the importers (icalendar...) and exporters (markdown-it)
    # cost ~0.1 s of start-up that the first screen does not need; so do the screens
    # other than the main one, the command palette's provider and the link graph.
    from confnotes.importers.merge import ImportReport
    from confnotes.knowledge.wikilinks import LinkGraph, LinkResolver
    from confnotes.tui.commands import ConfnotesProvider
    from confnotes.tui.screens.export_dialog import ExportOptions
    from confnotes.tui.screens.import_dialog import ImportOptions
    from confnotes.tui.widgets.editor import NoteEditor


class ConfnotesApp(App[None]):
    """Schedule, live notes, search and people for one notebook."""

    CSS_PATH = "app.tcss"
    TITLE = "confnotes"
    COMMAND_PALETTE_BINDING = "ctrl+p"
    COMMANDS = App.COMMANDS | {lambda: _palette_provider()}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="quit", tooltip="Save and quit", priority=True),
        Binding("f1", "help", "Help", id="help", tooltip="List every key", priority=True),
        Binding("f3", "search", "Search", id="search", tooltip="Search all notes", priority=True),
        Binding(
            "f2",
            "timetable",
            "Timetable",
            show=False,
            id="timetable",
            tooltip="The day as a grid: rooms as columns, time as rows",
            priority=True,
        ),
        Binding(
            "ctrl+o",
            "person",
            "Speaker",
            show=False,
            id="person",
            tooltip="Open the page of the current talk's speaker",
            priority=True,
        ),
        Binding(
            "ctrl+l",
            "links",
            "Links",
            show=False,
            id="links",
            tooltip="The talk's links: open, add",
            priority=True,
        ),
        Binding(
            "f6",
            "sync",
            "Sync",
            show=False,
            id="sync",
            tooltip="Share the notebook through git: commit, fetch, merge, push",
            priority=True,
        ),
        Binding(
            "f9",
            "export",
            "Export",
            show=False,
            id="export",
            tooltip="Export a summary",
            priority=True,
        ),
        Binding(
            "f10",
            "import",
            "Import",
            show=False,
            id="import",
            tooltip="Import a programme (while one runs: cancel it)",
            priority=True,
        ),
        Binding(
            "f7",
            "new_note",
            "New note",
            show=False,
            id="new_note",
            tooltip="A note for something not on the programme (a chat, a BoF, a late talk)",
            priority=True,
        ),
        Binding(
            "shift+f7",
            "refresh_programme",
            "Refresh programme",
            show=False,
            id="refresh_programme",
            tooltip="Fetch the programme again; list the talks that moved, were cancelled, are new",
            priority=True,
        ),
        Binding(
            "shift+f11",
            "refresh_papers",
            "Refresh papers",
            show=False,
            id="refresh_papers",
            tooltip="Fetch titles, authors, venue and year of the papers your notes link to",
            priority=True,
        ),
    ]
    """App-wide keys (remappable by id in the config file). Priority: they win over a
    focused widget's defaults (the text area's F6 and F7); a screen's own key for the
    same key wins over them (see :mod:`confnotes.tui.keys`)."""

    def __init__(
        self,
        notebook: Notebook,
        *,
        start_talk: str | None = None,
        now: datetime | None = None,
        settings: Settings | None = None,
        show_now: bool = False,
        frozen_clock: bool = False,
        open_index: bool = True,
        load_in_background: bool = False,
    ) -> None:
        super().__init__()
        self.nb = notebook
        """The notebook shown."""
        self.settings = settings or Settings()
        self.clock = Clock(now, frozen=frozen_clock)
        """Real time, or the ``--at`` time advancing from launch."""
        self.owner = NotebookOwner(self, notebook)
        """Runs the notebook's blocking calls in workers and hands results back."""
        self._progress_timer: Timer | None = None
        self.checking_disk = False
        self.loaded = not load_in_background
        """False while the notebook's files are being read behind the first screen: the
        schedule is empty, no note can be opened, and keys that need the notes wait."""
        self.links = LinkKeeper(self)
        self.recovery_offer = RecoveryOffer(self)
        """Unsaved text kept aside by an earlier run, offered back at the start."""
        """Who links to what, kept in step with the notebook's changes."""
        self.interpreter = Interpreter()
        """The collector and thread-switch settings while the app runs (given back at exit)."""
        self._load_timer: Timer | None = None
        self._save_cache = True
        """False after a load that failed part-way (no parse cache from a partial read)."""
        self._start_talk = start_talk
        self._show_now = show_now
        self._open_index = open_index
        self._quit_warned: str | None = None
        """What the last Ctrl+Q warned was not saved (a second Ctrl+Q then quits)."""
        self._pages_unsaved: dict[str, tuple[str, str | None]] = {}
        """Person pages whose text could not be saved at the last :meth:`save_all_now`:
        what to tell, and the text when no recovery copy could hold it."""
        self.pages_left: dict[str, tuple[str, Path | None]] = {}
        """Person pages closed with text they could not save (by person id): what to tell
        at exit and the recovery copy holding the text; dropped once the page saves."""
        self._editor: NoteEditor | None = None
        self._papers: threading.Thread | None = None
        """The paper metadata fetch (Shift+F11) while it runs."""
        self.keymap: dict[str, str] = {}
        """The user's key remaps by binding id (from the config file), as applied."""
        self._app_keys = bound_keys(self.BINDINGS, self.keymap)
        """The app's ``{key: action}``, keymap applied."""
        self._ordered: dict[type[Screen[Any]], frozenset[str]] = {}
        self.team_sync = TeamSync(self)
        self.corrections = Corrections(self)
        self.day = ConferenceDay(self)
        """F7 (new note), Shift+F7 (the programme again) and reminders."""
        """Renames, deletes, timezone changes and their undo (from the command palette)."""
        """F6: the notebook synced with its team's git remote."""
        self.sub_title = notebook.root.name

    # ------------------------------------------------------------ start and stop

    def get_default_screen(self) -> Screen[Any]:
        return MainScreen()

    @property
    def notebook(self) -> Notebook:
        """The notebook shown (the name the command-palette provider looks for)."""
        return self.nb

    @property
    def saver(self) -> NoteSaver:
        """The editor's saves (see :class:`~confnotes.notebook.autosave.NoteSaver`)."""
        return self.owner.saver

    @property
    def recovery(self) -> RecoveryStore:
        """Recovery copies of text that could not be saved."""
        return self.owner.recovery

    @property
    def index(self) -> Any:
        """The notebook's search index once opened, else None."""
        return self.nb.index

    @property
    def index_ready(self) -> threading.Event:
        """Set once the search index is open and synced with the files (or failed to)."""
        return self.owner.index_ready

    @property
    def index_progress(self) -> tuple[int, int] | None:
        """``(done, total)`` while the index worker indexes many notes, else None."""
        return self.owner.index_progress

    @property
    def main(self) -> MainScreen:
        """The main screen (schedule and editor)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def on_mount(self) -> None:
        if self.settings.theme:
            try:
                self.theme = self.settings.theme
            except Exception:
                self.notify(f"Unknown theme {self.settings.theme!r}", severity="warning")
        self._apply_keys()
        self.app_suspend_signal.subscribe(self, self._on_suspend)
        self._catch_termination()
        # Long-lived notebook frozen out of the collector's sight, young threshold raised,
        # a busy worker's hold on the interpreter shortened (see tui/interpreter.py).
        self.interpreter.start()
        self.set_interval(TIDY_SECONDS, self.interpreter.tick)

    def _catch_termination(self) -> None:
        """Save before dying when the terminal closes (SIGHUP), we are asked to stop
        (SIGTERM) or interrupted (SIGINT: ``kill -INT``; the Ctrl+C key is a key here)."""
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP", "SIGINT"):
            signum = getattr(signal, name, None)
            if signum is None:
                continue
            try:
                loop.add_signal_handler(signum, self.terminate, signum)
            except (RuntimeError, ValueError):  # an unsupported platform raises a RuntimeError too
                return  # not the main thread, or a platform without POSIX signals

    def terminate(self, signum: int = signal.SIGTERM) -> None:
        """Save, then stop with the shell's status for a signal (128 + its number)."""
        self.save_all_now()
        self.owner.cancel.set()
        self.exit(return_code=128 + int(signum), message=self._unsaved_message(at_exit=True))

    def _unsaved_message(self, at_exit: bool = False) -> str | None:
        """Where the text is that could not be saved into its note or page (else None):
        the editor's after a failed save or a conflict left undecided, and any person
        page's (see :meth:`save_all_now`), each naming its recovery copy.

        ``at_exit``: text that no copy could hold anywhere (every disk full) is printed
        too, between rules: the terminal's scrollback is the last place left for it."""
        pages = {pid: said for pid, (said, _copy) in self.pages_left.items()}
        pages.update({pid: said for pid, (said, _text) in self._pages_unsaved.items()})
        lines = [*self._editor_unsaved(at_exit), *pages.values()]
        if at_exit:
            lost = [(p, text) for p, (_said, text) in self._pages_unsaved.items() if text]
            lines += [f"the page {pid}: {_shown(text)}" for pid, text in lost]
        if not lines:
            return None
        return "\n".join(f"confnotes: error: {line}" for line in lines)

    def _editor_unsaved(self, at_exit: bool = False) -> list[str]:
        try:
            editor = self.main.editor
        except (AssertionError, IndexError):
            return []
        notes: list[tuple[str, str]] = []
        if editor.state in ("failed", "conflict") and editor.talk_id is not None:
            what = editor.talk_id
            if editor.state == "conflict":
                what += " (changed elsewhere; the conflict was left undecided)"
            notes.append((editor.talk_id, what))
        notes += [(t, t) for t in sorted(self.saver.pending) if t != editor.talk_id]
        lines = []
        for talk_id, what in notes:
            where = self.recovery.written_this_run(talk_id)
            if where is not None:
                lines.append(f"{what} was not saved; your text is in {where}")
                continue
            lines.append(f"{what} was NOT saved and no copy could be written")
            text = editor.text if talk_id == editor.talk_id else self.saver.latest_unsaved(talk_id)
            if at_exit and text:
                lines[-1] += f"; {_shown(text)}"
        return lines

    def main_ready(self) -> None:
        """The main screen is built: read the notebook if not done yet, then :meth:`_start`."""
        self._editor = self.main.editor  # kept for the last look at exit, screens gone or not
        if self.loaded:
            self._start()
        else:
            # After the first frame: the screen shows before the notes are read.
            self.call_after_refresh(self._load_worker)
            self._load_timer = self.set_interval(LOAD_PROGRESS_SECONDS, self._show_load_progress)

    def _show_load_progress(self) -> None:
        """While the notes are read (a first start: no summary yet), say how far it got."""
        progress = self.nb.load_progress
        if progress is not None and progress[1] >= LOAD_PROGRESS_NOTES:
            done, total = progress
            with contextlib.suppress(AssertionError, IndexError, NoMatches):
                self.main.schedule.set_activity(f"{done:,}/{total:,} notes read")

    @work(thread=True, group="load", exit_on_error=False)
    def _load_worker(self) -> None:
        """Read every note (with the parse cache, most front matter is not parsed again);
        in a large notebook with a summary, its newest conference is shown first."""
        try:
            preview = self.nb.preview()
        except Exception:  # a preview is a nicety: the full load below says what is wrong
            preview = None
        if preview is not None:
            self.call_from_thread(self._show_preview, preview)
        try:
            self.nb.load()
        except Exception as exc:  # a bug must not grey out every key for good
            # Work with what was read; no parse cache from a partial read.
            self._save_cache = False
            self.call_from_thread(
                self.notify,
                f"Could not read all of the notebook ({exc}); showing what was read",
                severity="error",
                timeout=30,
            )
        self.call_from_thread(self._notebook_loaded)

    def _show_preview(self, preview: Notebook) -> None:
        with contextlib.suppress(AssertionError, IndexError, NoMatches):
            self.main.schedule.show_preview(preview)

    @work(thread=True, group="load", exit_on_error=False)
    def _cache_worker(self) -> None:
        """Keep the parse cache up to date for the next start (off the UI's path)."""
        self.nb.save_parse_cache()

    def _notebook_loaded(self) -> None:
        if self._load_timer is not None:
            self._load_timer.stop()
            self._load_timer = None
            self.main.schedule.set_activity("")
        # As at mount (see on_mount): the notes just read stay as long as the app; without
        # this the collector walks them all again while the schedule is first drawn.
        self.interpreter.settled()
        self.loaded = True
        self.main.notebook_loaded()
        self.refresh_bindings()
        self._start()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that need the notes are greyed out while the notebook loads; an app key
        rests on a dialog and where the screen binds the same key itself."""
        if action in self._app_actions and not app_key_acts(
            self.screen, action, self._app_keys, self.keymap
        ):
            return False
        if not self.loaded and action in NEEDS_NOTES:
            return None
        return True

    @functools.cached_property
    def _app_actions(self) -> frozenset[str]:
        return frozenset(b.action for b in Binding.make_bindings(self.BINDINGS))

    def _start(self) -> None:
        """The notes are loaded: open the start talk; the rest once the schedule is drawn."""
        if self._start_talk:
            self.main.open_talk(self._start_talk)
        elif self._show_now:
            self.main.action_now()
        self.recovery_offer.offer()  # (at once: a dialog is not pushed while the app closes)
        self._say_skipped()
        # After the next frame: these start threads (a git status, the index, the folder
        # watcher, the parse cache's save) that would compete with drawing the schedule.
        self.call_after_refresh(self._start_background)

    def _say_skipped(self) -> None:
        """Files the notebook holds but never reads (a symlink, a pipe, a name that is not
        UTF-8) are named, not left out of the schedule and the search in silence."""
        from confnotes.notebook.layout import SKIP_REASONS

        skipped = [p for p in list(self.nb.problems) if p.message in SKIP_REASONS]
        if skipped:
            more = f" and {len(skipped) - 1} more" if len(skipped) > 1 else ""
            self.notify(
                f"Not read: {skipped[0].path} ({skipped[0].message}){more}; "
                "`confnotes check` lists them",
                severity="warning",
                timeout=15,
            )

    def _start_background(self) -> None:
        """Start the parse cache's save, reminders, the team status, the index, the watcher."""
        if self.owner.cancel.is_set() or getattr(self, "_exit", False):
            return  # the app is closing (Textual's App.exit sets _exit): start no thread
        if self._save_cache:
            self._cache_worker()
        if self.settings.remind_minutes > 0:
            self.day.start_reminders()
        self.team_sync.show_local_status()
        if self._open_index:
            self._watch_index_progress()
            self._index_worker()
            self.owner.watch(self._open_talk_id)

    def _apply_keys(self) -> None:
        keys = self.settings.keys
        if not keys:
            return
        unknown = unknown_key_ids(self.settings, binding_ids(ui_classes()))
        if unknown:
            where = f" in {self.settings.path}" if self.settings.path else ""
            self.notify(
                f"Unknown key binding id(s){where}: {', '.join(unknown)}",
                severity="warning",
                timeout=10,
            )
        self.keymap = {k: v for k, v in keys.items() if k not in unknown}
        self._app_keys = bound_keys(self.BINDINGS, self.keymap)
        self._ordered.clear()
        self.set_keymap(self.keymap)

    def _on_suspend(self, _app: App[Any]) -> None:
        self.save_all_now()

    def save_all_now(self) -> None:
        """Save the editor's buffer and an open person page now, blocking (quit, suspend,
        a signal); what could not be saved is kept aside and named by
        :meth:`_unsaved_message`."""
        from confnotes.tui.screens.person import PersonScreen

        try:
            main = self.main
        except (AssertionError, IndexError):
            return
        main.flush_sync()
        # Notes left with text not in them (a save that failed or met a conflict, then
        # another note opened; a save still on its way): tried once more, merged with
        # what their files hold now; what still fails is named at exit.
        saver, open_id = self.saver, main.editor.talk_id
        ids = set(saver.pending) | set(saver.queued)
        bodies = {t: self.nb.talks[t].body for t in ids if t in self.nb.talks}
        for talk_id, text in saver.unsaved_notes(bodies).items():
            if talk_id != open_id:
                saver.save(talk_id, text)
        pages: dict[str, tuple[str, str | None]] = {}
        for screen in self.screen_stack:
            if isinstance(screen, PersonScreen):
                said = screen.flush_at_exit()
                if said is not None:
                    pages[screen.person.id] = (said, screen.text_kept_nowhere())
        self._pages_unsaved = pages

    async def action_quit(self) -> None:
        """Save and quit; when the text cannot be saved, stay open once and say where it is."""
        self.save_all_now()
        message = self._unsaved_message()
        if message is not None and message != self._quit_warned:
            self._quit_warned = message  # warned once about this; something new warns again
            self.notify(
                message.replace("confnotes: error: ", "")
                + ". Ctrl+Q again quits anyway (exit status 1).",
                severity="error",
                timeout=30,
            )
            return
        self.owner.cancel.set()
        self.exit(return_code=1 if message else 0, message=message)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent | events.Paste):
            self.interpreter.input_seen()  # the user is busy: no idle collection now
        if isinstance(event, events.Key) and not event.is_forwarded and self._in_order(event):
            return
        await super().on_event(event)

    def _in_order(self, event: events.Key) -> bool:
        """A bound key pressed in the note: acted on after the keys typed before it.

        Textual runs priority bindings as the key reaches the app, while the letters
        typed just before it still wait in the text area's queue: Ctrl+T then ``fr``
        in one burst put the bullet after them, Ctrl+Q quit before them. The key's
        binding is queued behind them instead (the keys typed after it queue behind it).
        """
        area = self.focused
        if not isinstance(area, NoteArea) or event.key not in self._ordered_keys():
            return False
        area.call_later(App.on_event, self, event)
        return True

    def _ordered_keys(self) -> frozenset[str]:
        """The keys the app and the current screen bind (cached: read at every key)."""
        screen = type(self.screen)
        keys = self._ordered.get(screen)
        if keys is None:
            keys = self._ordered[screen] = frozenset(self._app_keys) | own_keys(
                self.screen, self.keymap
            )
        return keys

    def on_unmount(self) -> None:
        self._keep_unsaved_text()
        self.owner.cancel.set()
        self.interpreter.stop()
        self.owner.close()

    def worker_failed(self, what: str, exc: BaseException) -> None:
        """Background work raised: say so, and put the open note's text in a recovery copy."""
        kept = ""
        with contextlib.suppress(AssertionError, IndexError):
            editor = self.main.editor
            if editor.talk_id is not None:
                with contextlib.suppress(ConfnotesError, OSError):
                    where = self.recovery.write(
                        editor.talk_id, editor.text, f"{what} failed: {exc!r}"
                    )
                    kept = f"; the open note's text is also in {where}"
        self.notify(
            f"{what} failed: {type(exc).__name__}: {exc}{kept}", severity="error", timeout=30
        )

    def _keep_unsaved_text(self) -> None:
        """Leaving with words not in the note (a worker raised, a bug stopped the app):
        they go to a recovery copy, offered back at the next start."""
        editor = self._editor
        try:
            pending = editor.take_unsaved() if editor is not None else None
        except Exception:  # the editor's widgets are already gone: nothing to read
            return
        if editor is None:
            return
        if pending is None:
            return
        talk_id, text = pending
        with contextlib.suppress(ConfnotesError):
            self.recovery.write(
                talk_id, text, "the app stopped before this text was saved", editor.saved_text
            )

    # ------------------------------------------------------------ clock

    def action_refresh_papers(self) -> None:
        """Fetch the linked papers' metadata in the background (network: a thread that
        quitting does not wait for)."""
        if self._papers is not None and self._papers.is_alive():
            self.notify("Paper metadata is being fetched already")
            return
        self.notify("Fetching paper metadata…")
        self._papers = self.owner.run_detached(
            "Fetching paper metadata", self._fetch_papers, self._papers_fetched
        )

    def _fetch_papers(self) -> tuple[str, str]:
        """In the fetch's thread: ``(what to say, severity)``."""
        from confnotes.knowledge.paper_meta import refresh

        try:
            # Cancelled when the app quits: a slow server never holds the quit up.
            report = refresh(self.nb, cancel=self.owner.cancel)
        except ConfnotesError as exc:
            return str(exc), "error"
        if report.cancelled:
            return "", "cancelled"
        text = f"Papers: {len(report.fetched)} fetched, {len(report.failed)} failed"
        if report.failed:
            text += f" ({report.failed[0].note})"
        return text, "warning" if report.failed else "information"

    def _papers_fetched(self, said: tuple[str, str]) -> None:
        text, severity = said
        if severity == "cancelled":
            return  # the app is quitting
        self.notify(text, severity=severity)  # type: ignore[arg-type]
        if severity != "error":
            self.redraw_all()  # titles may have changed: links resolve anew

    # ------------------------------------------------------------ links

    def link_graph(self) -> LinkGraph | None:
        """Who links to what, or None while it is being built (see :class:`LinkKeeper`)."""
        return self.links.graph()

    def link_resolver(self) -> LinkResolver:
        """Resolves ``[[links]]`` against the notebook's current names."""
        return self.links.resolver()

    def clock_for(self, talk_id: str) -> datetime:
        """Wall-clock time now in the conference of this talk."""
        talk = self.nb.talks.get(talk_id)
        conf = self.nb.conferences.get(talk.conference) if talk else None
        return self.clock.local(conf)

    # ------------------------------------------------------------ search index

    def index_activity(self) -> str:
        """What the index worker is doing, for a status line ("" when nothing to say)."""
        progress = self.index_progress
        if progress is None:
            return self.team_sync.status
        done, total = progress
        if done >= total:
            return f"indexing: writing {total:,} notes"
        return f"indexing {done:,}/{total:,}"

    def _watch_index_progress(self) -> None:
        """Show the index worker's progress on the main screen while it runs."""
        if self._progress_timer is None:
            self._progress_timer = self.set_interval(PROGRESS_SECONDS, self._show_index_progress)

    def _show_index_progress(self) -> None:
        # A timer: it may fire while the app closes, its widgets gone (NoMatches); that
        # was an "internal error" and exit status 1 after a clean quit.
        activity = self.index_activity()
        with contextlib.suppress(AssertionError, IndexError, NoMatches):
            self.main.schedule.set_activity(activity)
        running = not self.index_ready.is_set()
        if not activity and not running and self._progress_timer is not None:
            self._progress_timer.stop()
            self._progress_timer = None

    def _open_talk_id(self) -> str | None:
        try:
            return self.main.editor.talk_id
        except (AssertionError, IndexError):
            return None

    def _index_worker(self) -> None:
        def announce(total: int) -> None:
            self.notify(
                f"Indexing {total} notes for search; results may be incomplete meanwhile",
                timeout=6,
            )

        # The index's readers live as long as the app: frozen like the notes.
        self.owner.start_index(announce, opened=self.interpreter.settled)

    # ------------------------------------------------------------ star and attended

    def toggle_talk_flag(self, talk_id: str, field: str) -> None:
        """Star/unstar (``starred``) or mark attended (``attended``) a talk, saved in a worker.

        The one path for both flags from any screen; every screen that shows talks
        hears of it (``talk_flag_changed``)."""
        self.owner.toggle_flag(talk_id, field, self._flag_saved)

    def _flag_saved(self, talk_id: str, field: str, value: bool) -> None:
        """Say what was saved (the screens redraw the talk on the notebook's change)."""
        talk = self.nb.talks.get(talk_id)
        word = {"starred": ("starred", "unstarred"), "attended": ("attended", "not attended")}
        self.notify(f"{word[field][0 if value else 1].capitalize()}: {talk.title if talk else ''}")

    # ------------------------------------------------------------ cross-screen messages

    @on(OpenTalk)
    def _open_talk(self, message: OpenTalk) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.main.open_talk(message.talk_id, message.line)

    @on(NotebookChanged)
    def _notebook_changed(self, message: NotebookChanged) -> None:
        """The notebook announced a change: redraw the talks it names, or everything."""
        # The app may be closing: nothing left to redraw then.
        with contextlib.suppress(NoMatches, AssertionError, IndexError):
            self._redraw(message.change)

    def _redraw(self, change: NotebookChange | None) -> None:
        self.links.follow(change)
        if change is None or change.conferences or change.reason == "merged":
            if self.loaded:
                self.redraw_all()
            return
        if change.reason != "saved":
            if self.loaded:
                self._follow(change)
            return
        for talk_id in change.talks:
            for screen in self.screen_stack:
                changed = getattr(screen, "talk_flag_changed", None)
                if changed is not None:
                    changed(talk_id)
        if change.people:
            self.main.refresh_open_note()

    def redraw_all(self) -> None:
        """Files were written by another screen or an import: refresh the lists and header."""
        self.links.drop()  # names may have changed: links resolve anew
        main = self.main
        main.schedule.forget_cache()
        main.schedule.rebuild()
        main.refresh_open_note()

    def _follow(self, change: NotebookChange) -> None:
        """Talks or people re-read from disk, imported or removed: redraw their lines (the
        tree is re-planned only when one of them moved; see ``refresh_talks``)."""
        talks = set(change.talks)
        if change.people:
            talks.update(t.id for t in self.nb.talks.values() if change.people & set(t.speakers))
        schedule = self.main.schedule
        if change.reason == "external":
            # Another program or a sync: the open note's text is the editor's own disk
            # check's business (reload when clean, the conflict dialog when not). A burst
            # of file events re-plans the tree once.
            schedule.refresh_talks(talks)
            return
        schedule.refresh_talks(talks)
        if schedule.rebuild_pending:
            schedule.rebuild_now()
        self.main.refresh_open_note()

    def reload_after_sync(self) -> None:
        """A sync re-read merged files into the notebook (announced as a change, which
        redrew their lines, and the link graph followed it): the open note's header follows."""
        self.main.refresh_open_note()

    @on(SyncSaid)
    def _sync_said(self, _message: SyncSaid) -> None:
        self.team_sync.show_status()

    @on(StatusNote)
    def _status_note(self, message: StatusNote) -> None:
        self.notify(message.text, severity=message.severity)  # type: ignore[arg-type]

    # ------------------------------------------------------------ other screens

    def action_help(self) -> None:
        from confnotes.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_search(self) -> None:
        from confnotes.tui.screens.search import SearchScreen

        if not isinstance(self.screen, SearchScreen):
            # A callable: the index may still be opening in its worker when the screen opens.
            self.push_screen(
                SearchScreen(self.nb, lambda: self.index, progress=lambda: self.index_progress)
            )

    def action_timetable(self) -> None:
        conf_id = self.main.current_conference()
        if conf_id is None:
            self.notify("No conference in this notebook yet; import a programme (F10)")
            return
        talk = self.main.current_talk()
        slot = slot_of(self.nb, talk) if talk else None
        day = slot.start.date() if slot else None
        from confnotes.tui.screens.timetable import TimetableScreen

        self.push_screen(TimetableScreen(self.nb, conf_id, day, now=self.clock.instant))

    def action_person(self) -> None:
        talk = self.main.current_talk()
        if talk is None or not talk.speakers:
            self.notify("This talk has no speakers listed")
            return
        self.post_message(OpenPerson(talk.speakers[0]))

    @on(OpenPerson)
    def _open_person(self, message: OpenPerson) -> None:
        from confnotes.tui.screens.person import PersonScreen

        self.push_screen(PersonScreen(self.nb, message.person_id, self.index))

    def action_links(self) -> None:
        talk = self.main.current_talk()
        if talk is None:
            self.notify("Open a talk first")
            return
        self.main.flush_sync()
        from confnotes.tui.screens.links import LinksScreen

        self.push_screen(LinksScreen(self.nb, talk.id))

    def action_sync(self) -> None:
        """F6: commit, fetch, merge and push the notebook (see ``confnotes sync``)."""
        self.team_sync.start()

    def action_export(self) -> None:
        from confnotes.tui.screens.export_dialog import ExportDialog

        dialog = ExportDialog(self.nb, conference=self.main.current_conference())
        self.push_screen(dialog, self._export_chosen)

    def _export_chosen(self, options: ExportOptions | None) -> None:
        if options is not None:
            self.main.flush_sync()
            self.owner.export(options, self._exported)

    def _exported(self, outcome: str) -> None:
        failed = outcome.startswith("Export failed")
        self.notify(outcome, severity="error" if failed else "information")

    def action_new_note(self) -> None:
        """A note for something not on the programme (F7)."""
        self.day.new_note()

    def action_refresh_programme(self) -> None:
        """The current conference's programme fetched again (Shift+F7)."""
        self.day.refresh_programme()

    def action_import(self) -> None:
        """Import a programme; while one runs, the same key cancels it."""
        from confnotes.tui.screens.import_dialog import ImportDialog

        if self.owner.cancel_import():
            self.notify("Cancelling the import…")
            return

        self.push_screen(ImportDialog(self.nb), self._import_chosen)

    def _import_chosen(self, options: ImportOptions | None) -> None:
        if options is not None:
            self.main.flush_sync()
            key = self.get_key_display(Binding("f10", "import"))
            self.notify(f"Importing {len(options.sources)} source(s)… ({key} again cancels)")
            self.owner.start_import(options, self._imported)

    def _imported(self, reports: list[ImportReport]) -> None:
        """Tell how each source went; the notebook's change feed already redrew the talks."""
        from confnotes.tui.screens.import_report import ImportReportScreen

        for report in reports:
            if report.error is not None:
                self.notify(f"Import failed: {report.error}", severity="error", timeout=12)
            else:
                verb = "would import" if report.dry_run else "imported"
                self.notify(f"{report.source}: {verb} {report.summary()}", timeout=10)
        if reports:
            self.push_screen(ImportReportScreen(reports))


RULE = "-" * 20
"""Rules around text printed at exit because no file could hold it."""


def _shown(text: str) -> str:
    """Text no file could hold, for the exit message (the terminal keeps it)."""
    return f"your text follows:\n{RULE}\n{text.rstrip()}\n{RULE}"


def _palette_provider() -> type[ConfnotesProvider]:
    """The command palette's provider, imported when the palette first opens."""
    from confnotes.tui.commands import ConfnotesProvider

    return ConfnotesProvider


PROGRESS_SECONDS = 0.25
"""How often the screens redraw the index progress (or the notes read) while it runs."""
TIDY_SECONDS = 1.0
"""How often the app asks whether the user is idle enough for a garbage collection."""
LOAD_PROGRESS_SECONDS = 1.0
"""How often the count of notes read is redrawn (each redraw takes the interpreter from
the reading thread for a moment)."""
LOAD_PROGRESS_NOTES = 200
"""A start with at least this many notes to read (no summary yet) shows how far it got."""


def make_app(
    notebook: Notebook | Path | str,
    *,
    start_talk: str | None = None,
    now: datetime | None = None,
    settings: Settings | None = None,
    show_now: bool = False,
    frozen_clock: bool = False,
    open_index: bool = True,
    load_in_background: bool = False,
) -> ConfnotesApp:
    """Build the app for the CLI and the tests (settings from the config file by default).

    ``load_in_background``: the notebook is not read yet (``Notebook.open(load=False)``,
    or a path): the app reads it in a worker behind its first screen.
    """
    if isinstance(notebook, Notebook):
        nb = notebook
    else:
        nb = Notebook.open(notebook, create=True, load=not load_in_background, summary=True)
    return ConfnotesApp(
        nb,
        start_talk=start_talk,
        now=now,
        settings=settings if settings is not None else load_settings(),
        show_now=show_now,
        frozen_clock=frozen_clock,
        open_index=open_index,
        load_in_background=load_in_background,
    )


def ui_classes() -> list[type]:
    """Every class of the UI's screens and widgets, and the app (their ``BINDINGS``): the
    app is the one module that knows them all."""
    import importlib
    import inspect
    import pkgutil

    from confnotes.tui import screens, widgets

    modules = [sys.modules[__name__]]
    for package in (screens, widgets):
        for info in pkgutil.iter_modules(package.__path__, f"{package.__name__}."):
            modules.append(importlib.import_module(info.name))
    return [
        cls
        for module in modules
        for _name, cls in inspect.getmembers(module, inspect.isclass)
        if cls.__module__ == module.__name__
    ]
