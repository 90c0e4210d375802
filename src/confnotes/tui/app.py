"""The confnotes Textual app: composition root of the terminal UI.

:func:`make_app` builds it for the CLI and for tests alike. The app owns the
notebook, the clock (real, or pinned with ``--at``), the settings (key
remaps applied with :meth:`App.set_keymap`), the :class:`NoteSaver` that all
saves go through, and the search index once it is open. Screens are in
``screens/``, widgets in ``widgets/``, styles in ``app.tcss``.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from confnotes.autosave import NoteSaver
from confnotes.errors import ConfnotesError
from confnotes.notebook import Notebook
from confnotes.recovery import RecoveryCopy, RecoveryStore
from confnotes.schedule import Clock
from confnotes.settings import Settings, load_settings, unknown_key_ids
from confnotes.tui.messages import NotebookChanged, OpenPerson, OpenTalk, StatusNote
from confnotes.tui.screens.main import MainScreen
from confnotes.tui.screens.recovery_dialog import RecoveryDialog


class ConfnotesApp(App[None]):
    """Schedule, live notes, search and people for one notebook."""

    CSS_PATH = "app.tcss"
    TITLE = "confnotes"
    COMMAND_PALETTE_BINDING = "ctrl+p"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="quit", tooltip="Save and quit", priority=True),
        Binding("f1", "help", "Help", id="help", tooltip="List every key"),
        Binding("f3", "search", "Search", id="search", tooltip="Search all notes"),
        Binding(
            "f2",
            "timetable",
            "Timetable",
            show=False,
            id="timetable",
            tooltip="The day as a grid: rooms as columns, time as rows",
        ),
        Binding(
            "ctrl+o",
            "person",
            "Speaker",
            show=False,
            id="person",
            tooltip="Open the page of the current talk's speaker",
        ),
        Binding(
            "ctrl+l",
            "links",
            "Links",
            show=False,
            id="links",
            tooltip="The talk's links: open, add",
        ),
        Binding("f9", "export", "Export", show=False, id="export", tooltip="Export a summary"),
        Binding("f10", "import", "Import", show=False, id="import", tooltip="Import a programme"),
    ]
    """App-wide keys (remappable by id in the config file)."""

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
    ) -> None:
        super().__init__()
        self.nb = notebook
        """The notebook shown."""
        self.settings = settings or Settings()
        self.clock = Clock(now, frozen=frozen_clock)
        """Real time, or the ``--at`` time advancing from launch."""
        self.recovery = RecoveryStore(notebook)
        self.saver = NoteSaver(notebook, self.recovery)
        """Every save goes through here, from worker threads."""
        self.index: Any = None
        """The search index (``confnotes.index``) once opened, else None."""
        self.checking_disk = False
        self._start_talk = start_talk
        self._show_now = show_now
        self._open_index = open_index
        self._cancel = threading.Event()
        self.sub_title = notebook.root.name

    # ------------------------------------------------------------ start and stop

    def get_default_screen(self) -> Screen[Any]:
        return MainScreen()

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
        if self._start_talk:
            self.main.open_talk(self._start_talk)
        elif self._show_now:
            self.main.action_now()
        self._offer_recovery()
        if self._open_index:
            self._index_worker()

    def _apply_keys(self) -> None:
        keys = self.settings.keys
        if not keys:
            return
        unknown = unknown_key_ids(self.settings, binding_ids())
        if unknown:
            where = f" in {self.settings.path}" if self.settings.path else ""
            self.notify(
                f"Unknown key binding id(s){where}: {', '.join(unknown)}",
                severity="warning",
                timeout=10,
            )
        self.set_keymap({k: v for k, v in keys.items() if k not in unknown})

    def _on_suspend(self, _app: App[Any]) -> None:
        self.save_all_now()

    def save_all_now(self) -> None:
        """Save the editor's buffer now, blocking (quit, suspend)."""
        try:
            main = self.main
        except (AssertionError, IndexError):
            return
        main.flush_sync()

    async def action_quit(self) -> None:
        self.save_all_now()
        self._cancel.set()
        self.exit()

    def on_unmount(self) -> None:
        self._cancel.set()
        if self.index is not None:
            with contextlib.suppress(Exception):
                self.index.close()

    # ------------------------------------------------------------ clock

    def clock_for(self, talk_id: str) -> datetime:
        """Wall-clock time now in the conference of this talk."""
        talk = self.nb.talks.get(talk_id)
        conf = self.nb.conferences.get(talk.conference) if talk else None
        return self.clock.local(conf)

    # ------------------------------------------------------------ recovery

    def _offer_recovery(self) -> None:
        copies: list[RecoveryCopy] = []
        for copy in self.recovery.pending():
            talk = self.nb.talks.get(copy.talk_id)
            if talk is not None and talk.body == copy.text:
                # Already in the note: nothing to recover.
                with contextlib.suppress(ConfnotesError):
                    self.recovery.discard(copy)
                continue
            copies.append(copy)
        if copies:
            self.push_screen(RecoveryDialog(copies), self._recovery_chosen)

    def _recovery_chosen(self, choice: tuple[str, RecoveryCopy] | None) -> None:
        if choice is None:
            return
        what, copy = choice
        if what == "discard":
            try:
                self.recovery.discard(copy)
            except ConfnotesError as exc:
                self.notify(str(exc), severity="error")
        elif copy.talk_id not in self.nb.talks:
            self.notify(
                f"The note {copy.talk_id} no longer exists; its text stays in {copy.path}",
                severity="warning",
                timeout=10,
            )
            return
        else:
            self.saver.pending[copy.talk_id] = copy.text
            self.saver.restored[copy.talk_id] = copy
            main = self.main
            if main.editor.talk_id == copy.talk_id:
                main.editor.load(copy.talk_id, self.nb.talks[copy.talk_id].body, copy.text)
            else:
                main.open_talk(copy.talk_id)
            self.notify(f"Restored unsaved text into {copy.talk_id}; it saves in a moment")
        self.call_later(self._offer_recovery)

    # ------------------------------------------------------------ search index

    @work(thread=True, group="index", exit_on_error=False)
    def _index_worker(self) -> None:
        try:
            module = importlib.import_module("confnotes.index")
        except ImportError:
            return
        try:
            index = module.open_index(self.nb)
            self.index = index
            self.saver.index = index
            index.sync(cancel=self._cancel)
        except ConfnotesError as exc:
            self.call_from_thread(self.notify, f"Search index: {exc}", severity="warning")

    # ------------------------------------------------------------ cross-screen messages

    @on(OpenTalk)
    def _open_talk(self, message: OpenTalk) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.main.open_talk(message.talk_id, message.line)

    @on(OpenPerson)
    def _open_person(self, message: OpenPerson) -> None:
        self._push_optional("person", "PersonScreen", self.nb, message.person_id)

    @on(NotebookChanged)
    def _notebook_changed(self, _message: NotebookChanged) -> None:
        self.main.flush_sync()
        self._reload_worker()

    @work(thread=True, group="save")
    def _reload_worker(self) -> None:
        with self.saver.lock:
            self.nb.load()
        self.call_from_thread(self._reloaded)

    def _reloaded(self) -> None:
        main = self.main
        main.schedule.rebuild()
        talk_id = main.editor.talk_id
        if talk_id and talk_id in self.nb.talks and not main.editor.dirty:
            main.editor.reload(self.nb.talks[talk_id].body)

    @on(StatusNote)
    def _status_note(self, message: StatusNote) -> None:
        self.notify(message.text, severity=message.severity)  # type: ignore[arg-type]

    # ------------------------------------------------------------ other screens

    def _push_optional(self, module: str, cls: str, *args: Any) -> None:
        """Push a screen from ``confnotes.tui.screens.<module>`` (built alongside this app)."""
        try:
            screen_cls = getattr(importlib.import_module(f"confnotes.tui.screens.{module}"), cls)
        except (ImportError, AttributeError):
            self.notify(f"The {module} screen is not part of this build", severity="warning")
            return
        self.push_screen(screen_cls(*args))

    def action_help(self) -> None:
        self._push_optional("help", "HelpScreen")

    def action_search(self) -> None:
        self._push_optional("search", "SearchScreen", self.nb, self.index)

    def action_timetable(self) -> None:
        self._push_optional("timetable", "TimetableScreen", self.nb)

    def action_person(self) -> None:
        talk = self.main.current_talk()
        if talk is None or not talk.speakers:
            self.notify("This talk has no speakers listed")
            return
        self.post_message(OpenPerson(talk.speakers[0]))

    def action_links(self) -> None:
        talk = self.main.current_talk()
        if talk is None:
            self.notify("Open a talk first")
            return
        self._push_optional("links", "LinksScreen", self.nb, talk.id)

    def action_export(self) -> None:
        self._push_optional("export_dialog", "ExportDialog", self.nb)

    def action_import(self) -> None:
        self._push_optional("import_dialog", "ImportDialog", self.nb)


def binding_ids() -> set[str]:
    """Every binding id of the UI (for checking the config file's ``[keys]``)."""
    from confnotes.tui.screens.conflict_dialog import ConflictDialog
    from confnotes.tui.screens.now_dialog import NowDialog
    from confnotes.tui.widgets.editor import NoteEditor

    ids: set[str] = set()
    for cls in (ConfnotesApp, MainScreen, NoteEditor, NowDialog, ConflictDialog, RecoveryDialog):
        for binding in cls.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                ids.add(binding.id)
    return ids


def make_app(
    notebook: Notebook | Path | str,
    *,
    start_talk: str | None = None,
    now: datetime | None = None,
    settings: Settings | None = None,
    show_now: bool = False,
    frozen_clock: bool = False,
    open_index: bool = True,
) -> ConfnotesApp:
    """Build the app for the CLI and the tests (settings from the config file by default)."""
    nb = notebook if isinstance(notebook, Notebook) else Notebook.open(notebook, create=True)
    return ConfnotesApp(
        nb,
        start_talk=start_talk,
        now=now,
        settings=settings if settings is not None else load_settings(),
        show_now=show_now,
        frozen_clock=frozen_clock,
        open_index=open_index,
    )
