"""The main screen: the schedule on the left, the note of the chosen talk on the right.

This screen is where live note-taking happens, so every file operation runs
in a worker thread (through :class:`~confnotes.autosave.NoteSaver`) and the
editor only ever waits for the screen to redraw.
"""

from __future__ import annotations

import contextlib
import functools
import shlex
import subprocess
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Tree

from confnotes.autosave import DiskCheck, SaveResult, read_body
from confnotes.clashes import CLASH_MARK, clashes
from confnotes.errors import ConfnotesError
from confnotes.model import Talk
from confnotes.notebook import Notebook
from confnotes.schedule import Slot, describe, next_in_room, slot_of, what_is_on
from confnotes.tui import during
from confnotes.tui.screens.conflict_dialog import Choice, ConflictDialog
from confnotes.tui.screens.now_dialog import NowDialog
from confnotes.tui.widgets.editor import NoteEditor
from confnotes.tui.widgets.note_area import NoteArea
from confnotes.tui.widgets.schedule import ScheduleBrowser

if TYPE_CHECKING:
    from confnotes.tui.app import ConfnotesApp

DISK_CHECK_SECONDS = 1.0
"""How often the open note's file is compared with what the editor last saw."""

NEEDS_NOTES = frozenset(
    {
        # app-wide
        "search",
        "timetable",
        "person",
        "links",
        "export",
        "import",
        "new_note",
        "refresh_programme",
        "command_palette",
        # main screen
        "now",
        "next_in_room",
        "star",
        "attended",
        "my_schedule",
        "filter",
    }
)
"""Actions that wait until the notebook is loaded (greyed out in the footer until then)."""


def _marked(slot: Slot, nb: Notebook, clash: bool) -> str:
    """A chooser line with the star and clash marks in front."""
    star = "★" if slot.talk.starred else " "
    return f"{star}{CLASH_MARK if clash else ' '} {describe(slot, nb)}"


class MainScreen(Screen[None]):
    """Schedule browser and note editor side by side."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "now", "Now", id="now", tooltip="Jump to the talk in progress"),
        Binding(
            "ctrl+g",
            "next_in_room",
            "Next here",
            id="next_in_room",
            tooltip="Open the next talk in the same room",
        ),
        Binding("ctrl+b", "star", "Star", id="star", tooltip="Star the talk (your schedule)"),
        Binding(
            "f8",
            "attended",
            "Attended",
            show=False,
            id="attended",
            tooltip="Mark the talk as attended",
        ),
        Binding(
            "f4",
            "my_schedule",
            "My schedule",
            id="my_schedule",
            tooltip="List only starred and attended talks",
        ),
        Binding("ctrl+f", "filter", "Filter", id="filter", tooltip="Filter the schedule"),
        Binding(
            "escape",
            "focus_schedule",
            "Schedule",
            show=False,
            id="focus_schedule",
            tooltip="Move to the schedule",
        ),
    ]
    """Keys of the main screen (remappable by id in the config file)."""

    def __init__(self) -> None:
        super().__init__(id="main")

    @property
    def capp(self) -> ConfnotesApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        settings = self.capp.settings
        yield Header(show_clock=False, icon="✎")
        with Horizontal(id="main-panes"):
            yield ScheduleBrowser(
                self.capp.nb,
                today=lambda conf: self.capp.clock.local(conf).date(),
                id="schedule",
            )
            yield NoteEditor(
                autosave_delay=settings.autosave_delay,
                cursor_blink=settings.cursor_blink,
                id="editor",
            )
        yield Footer()

    @property
    def editor(self) -> NoteEditor:
        """The note editor."""
        return self.query_one(NoteEditor)

    @property
    def schedule(self) -> ScheduleBrowser:
        """The schedule browser."""
        return self.query_one(ScheduleBrowser)

    def on_mount(self) -> None:
        self.editor.query_one("#talk-header").show(None, None, [], None)  # type: ignore[attr-defined]
        self.set_interval(DISK_CHECK_SECONDS, self._check_disk)
        self.schedule.tree_view.focus()
        self.capp.main_ready()

    def notebook_loaded(self) -> None:
        """The notes were read in the background: fill in the schedule, enable the keys."""
        self.schedule.finish_loading()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that need the notes are greyed out while the notebook loads."""
        if not self.capp.loaded and action in NEEDS_NOTES:
            return None
        return True

    # ------------------------------------------------------------ opening

    def open_talk(self, talk_id: str, line: int | None = None, focus: bool = True) -> bool:
        """Show a talk's note in the editor (saving the previous one first)."""
        nb = self.capp.nb
        if not self.capp.loaded:
            return False  # never a note that is not read yet (the load worker opens it later)
        talk = nb.talks.get(talk_id)
        if talk is None:
            self.notify(f"No talk {talk_id!r} in this notebook", severity="error")
            return False
        editor = self.editor
        if editor.talk_id != talk_id:
            self._flush_editor()
            buffer = self.capp.saver.pending.get(talk_id)
            editor.load(talk_id, talk.body, buffer)
            editor.clock = functools.partial(self.capp.clock_for, talk_id)
            self._show_header(talk)
            self.schedule.select_talk(talk_id)
            self.capp.sub_title = talk.title
            during.seen(self.capp, talk_id)
        if line is not None:
            editor.go_to_line(line)
        if focus:
            if editor.previewing:
                editor.action_toggle_preview()
            editor.text_area.focus()
        return True

    def _show_header(self, talk: Talk) -> None:
        nb = self.capp.nb
        conf = nb.conferences.get(talk.conference)
        self.editor.query_one("#talk-header").show(  # type: ignore[attr-defined]
            talk, conf, nb.speakers_of(talk), slot_of(nb, talk)
        )

    def refresh_open_note(self) -> None:
        """After another screen or an import wrote files: show the open note's new state."""
        editor = self.editor
        if editor.talk_id is None:
            return
        talk = self.capp.nb.talks.get(editor.talk_id)
        if talk is None:
            self.notify(f"{editor.talk_id} is no longer in the notebook", severity="warning")
            return
        self._show_header(talk)
        if talk.body == editor.saved_text:
            return
        if editor.state == "clean" and not editor.dirty:
            editor.reload(talk.body)
        else:
            self._disk_checked(DiskCheck(talk.id, True, theirs=talk.body))

    def current_talk(self) -> Talk | None:
        """The talk in the editor, else the one under the schedule's cursor."""
        if self.editor.talk_id:
            return self.capp.nb.talks.get(self.editor.talk_id)
        node = self.schedule.tree_view.cursor_node
        if node is not None and node.data is not None and node.data.kind == "talk":
            return self.capp.nb.talks.get(node.data.id)
        return None

    @on(ScheduleBrowser.TalkChosen)
    def _talk_chosen(self, event: ScheduleBrowser.TalkChosen) -> None:
        self.open_talk(event.talk_id)

    # ------------------------------------------------------------ saving

    def _flush_editor(self) -> None:
        pending = self.editor.take_unsaved()
        if pending is not None:
            self._start_save(*pending)

    @on(NoteEditor.SaveDue)
    def _save_due(self, event: NoteEditor.SaveDue) -> None:
        self._start_save(event.talk_id, event.text)

    def _start_save(self, talk_id: str, text: str, force: bool = False) -> None:
        if self.editor.state == "conflict" and talk_id == self.editor.talk_id and not force:
            # Never write over the other program's text; keep ours aside instead.
            self._save_aside(talk_id, text)
            return
        self.editor.mark_saving()
        self._save_worker(talk_id, text, self.capp.saver.ticket(), force)

    @work(thread=True, group="save")
    def _save_worker(self, talk_id: str, text: str, ticket: int, force: bool) -> None:
        result = self.capp.saver.save(talk_id, text, ticket, force)
        self.app.call_from_thread(self._saved, result)
        if result.status == "saved":
            self.capp.saver.index_talk(talk_id)

    @work(thread=True, group="save")
    def _save_aside(self, talk_id: str, text: str) -> None:
        saver = self.capp.saver
        saver.pending[talk_id] = text
        try:
            where = str(saver.recovery.write(talk_id, text, "conflict: not saved over the file"))
        except ConfnotesError as exc:
            where = f"nowhere ({exc})"
        self.app.call_from_thread(
            self.editor.mark_conflict,
            talk_id,
            f"the file changed elsewhere; your text is kept here and in {where} — F12 to resolve",
        )

    def _saved(self, result: SaveResult) -> None:
        editor = self.editor
        clock = self.capp.clock_for(result.talk_id)
        if result.status in ("saved", "unchanged"):
            editor.mark_saved(result.talk_id, result.text, f"{clock:%H:%M:%S}")
            self.schedule.refresh_talk(result.talk_id)
            if result.picked:
                talk = self.capp.nb.talks.get(result.talk_id)
                if talk is not None and editor.talk_id == talk.id:
                    self._show_header(talk)
                kinds = ", ".join(link.kind for link in result.picked)
                self.notify(f"Added {len(result.picked)} link(s) from the note: {kinds}")
        elif result.status == "conflict":
            where = f" and in {result.recovery}" if result.recovery else ""
            editor.mark_conflict(
                result.talk_id,
                f"{result.message}; your text is kept here{where} — F12 to resolve",
            )
            if result.talk_id == editor.talk_id:
                self._offer_conflict(result.talk_id)
        elif result.status == "failed":
            where = f" and in {result.recovery}" if result.recovery else ""
            editor.mark_failed(result.talk_id, f"{result.message} — your text is kept here{where}")
            self.notify(f"Note not saved: {result.message}", severity="error", timeout=8)

    def flush_sync(self) -> None:
        """Save the buffer now, blocking (quit, suspend, external editor)."""
        pending = self.editor.take_unsaved()
        if pending is None:
            return
        talk_id, text = pending
        if self.editor.state == "conflict":
            self.capp.saver.pending[talk_id] = text
            with contextlib.suppress(ConfnotesError):
                self.capp.saver.recovery.write(talk_id, text, "conflict: left undecided at exit")
            return
        result = self.capp.saver.save(talk_id, text)
        self._saved(result)

    # ------------------------------------------------------------ disk changes

    def _check_disk(self) -> None:
        talk_id = self.editor.talk_id
        if talk_id is not None and not self.capp.checking_disk:
            self.capp.checking_disk = True
            editor = self.editor
            self._check_worker(talk_id, editor.state != "clean" or editor.dirty)

    @work(thread=True, group="disk")
    def _check_worker(self, talk_id: str, dirty: bool) -> None:
        try:
            check = self.capp.saver.check_disk(talk_id)
            if check.changed and check.theirs is not None and not dirty:
                talk = self.capp.saver.reload(talk_id)
                if talk is not None:
                    self.app.call_from_thread(self._reloaded, talk)
                    return
            self.app.call_from_thread(self._disk_checked, check)
        finally:
            self.capp.checking_disk = False

    def _reloaded(self, talk: Talk) -> None:
        editor = self.editor
        if editor.talk_id != talk.id:
            return
        if editor.dirty:
            # Typed in the instant between the check and now: treat as a conflict.
            mine = editor.text
            editor.saved_text = talk.body
            editor.mark_conflict(talk.id, "the file changed elsewhere while you typed")
            self._save_aside(talk.id, mine)
            self._offer_conflict(talk.id, theirs=talk.body)
            return
        editor.reload(talk.body)
        self._show_header(talk)
        self.schedule.refresh_talk(talk.id)

    def _disk_checked(self, check: DiskCheck) -> None:
        editor = self.editor
        if not check.changed or editor.talk_id != check.talk_id:
            return
        if check.gone:
            if editor.state != "failed":
                self._start_save(check.talk_id, editor.text, force=True)
                self.notify("The note file was deleted elsewhere; saved it again from the editor")
            return
        if check.theirs is None:
            return
        if editor.state == "conflict" and getattr(self, "_conflict_seen", None) == check.theirs:
            return
        self._conflict_seen = check.theirs
        mine = editor.text
        editor.mark_conflict(check.talk_id, "the file changed elsewhere while you had unsaved text")
        self._save_aside(check.talk_id, mine)
        self._offer_conflict(check.talk_id, theirs=check.theirs)

    def _offer_conflict(self, talk_id: str, theirs: str | None = None) -> None:
        talk = self.capp.nb.talks.get(talk_id)
        if talk is None or talk.path is None:
            return
        if theirs is None:
            try:
                theirs = read_body(talk.path)
            except (ConfnotesError, OSError) as exc:
                self.notify(f"Cannot read {talk.path}: {exc}", severity="error")
                return
        if isinstance(self.app.screen, ConflictDialog):
            return
        dialog = ConflictDialog(str(talk.path), theirs, self.editor.text)
        self.app.push_screen(dialog, lambda choice: self._resolve(talk_id, theirs, choice))

    def _resolve(self, talk_id: str, theirs: str, choice: Choice | None) -> None:
        editor = self.editor
        if editor.talk_id != talk_id or choice in (None, "later"):
            return
        mine = editor.text
        self._resolve_worker(talk_id, theirs, mine, choice)

    @work(thread=True, group="save")
    def _resolve_worker(self, talk_id: str, theirs: str, mine: str, choice: Choice) -> None:
        saver = self.capp.saver
        if choice == "mine":
            kept = saver.recovery.write(talk_id, theirs, "conflict: the other program's version")
            result = saver.save(talk_id, mine, force=True)
            note = f"kept your text; the other version is in {kept}"
            final, buffer = mine, None
        elif choice == "both":
            stamp = datetime.now().strftime("%H:%M")
            both = f"{theirs.rstrip()}\n\n<!-- confnotes: your version, kept at {stamp} -->\n{mine}"
            result = saver.save(talk_id, both, force=True)
            note = "kept both versions in the note"
            final, buffer = both, both
        else:
            kept = saver.recovery.write(talk_id, mine, "conflict: your version, not kept")
            saver.reload(talk_id)
            talk = saver.nb.talks.get(talk_id)
            final = talk.body if talk else theirs
            buffer = final
            result = SaveResult(talk_id, final, "unchanged")
            note = f"took the file's version; yours is in {kept}"
        self.app.call_from_thread(self._resolved, result, final, buffer, note)

    def _resolved(self, result: SaveResult, final: str, buffer: str | None, note: str) -> None:
        if result.status in ("saved", "unchanged"):
            self.capp.saver.pending.pop(result.talk_id, None)
            self.editor.resolve(final, buffer)
            talk = self.capp.nb.talks.get(result.talk_id)
            if talk is not None:
                self._show_header(talk)
            self.notify(note)
        else:
            self._saved(result)

    @on(NoteArea.FilesPasted)
    def _files_pasted(self, event: NoteArea.FilesPasted) -> None:
        during.attach_files(self.capp, event.paths)

    @on(NoteEditor.Action)
    def _editor_action(self, event: NoteEditor.Action) -> None:
        if event.name == "timestamp":
            talk_id = self.editor.talk_id
            if talk_id is not None:
                stamp = self.capp.clock_for(talk_id)
                self.editor.insert_line(f"- [{stamp:%H:%M}] ")
        elif event.name == "external_editor":
            self.run_external_editor()
        elif event.name == "resolve_conflict":
            if self.editor.state == "conflict" and self.editor.talk_id:
                self._offer_conflict(self.editor.talk_id)
            else:
                self.notify("No conflict to resolve")

    def run_external_editor(self) -> None:
        """Open the note in ``$EDITOR`` (the app is suspended meanwhile), then reload it."""
        talk = self.current_talk()
        if talk is None or talk.path is None:
            return
        if self.editor.state == "conflict":
            self.notify("Resolve the conflict first (F12)", severity="warning")
            return
        self.flush_sync()
        command = [*shlex.split(self.capp.settings.editor_command()), str(talk.path)]
        try:
            with self.app.suspend():
                subprocess.run(command, check=False)
        except Exception as exc:  # SuspendNotSupported, FileNotFoundError...
            self.notify(f"Cannot run {command[0]}: {exc}", severity="error")
            return
        reloaded = self.capp.saver.reload(talk.id)
        if reloaded is not None:
            self.editor.reload(reloaded.body)
            self._show_header(reloaded)
            self.schedule.refresh_talk(reloaded.id)

    # ------------------------------------------------------------ actions

    def action_now(self) -> None:
        """Open the talk in progress; ask when several rooms run at once."""
        report = what_is_on(self.capp.nb, self.capp.clock)
        nb = self.capp.nb
        slots = report.in_progress or report.upcoming
        if not slots:
            self.notify("Nothing is on now, nor later today.", severity="warning")
            return
        if len(slots) == 1:
            if not report.in_progress:
                self.notify("Nothing is on right now; opening the next talk.")
            self.open_talk(slots[0].talk.id)
            return
        question = (
            "Several talks are on now: which one are you in?"
            if report.in_progress
            else "Nothing is on right now. Next up:"
        )
        # Starred talks first (what I planned to see), clashes among them marked.
        slots = sorted(slots, key=lambda s: not s.talk.starred)
        clashing = clashes(nb, (s.talk for s in slots if s.talk.starred))
        if any(s.talk.starred for s in slots):
            choices = [(s.talk.id, _marked(s, nb, s.talk.id in clashing)) for s in slots]
        else:
            choices = [(s.talk.id, describe(s, nb)) for s in slots]

        def chosen(talk_id: str | None) -> None:
            if talk_id:
                self.open_talk(talk_id)

        self.app.push_screen(NowDialog(question, choices), chosen)

    def action_next_in_room(self) -> None:
        talk = self.current_talk()
        if talk is None:
            self.notify("Open a talk first")
            return
        nxt = next_in_room(self.capp.nb, talk)
        if nxt is None:
            self.notify("No later talk in this room")
            return
        self.open_talk(nxt.id)

    def _toggle(self, field: str) -> None:
        talk = self.current_talk()
        if talk is None:
            self.notify("Open or highlight a talk first")
            return
        self.capp.toggle_talk_flag(talk.id, field)

    def talk_flag_changed(self, talk_id: str) -> None:
        """A talk was starred or marked attended (here or on another screen): redraw it."""
        self.schedule.refresh_talk(talk_id)
        talk = self.capp.nb.talks.get(talk_id)
        if talk is not None and self.editor.talk_id == talk_id:
            self._show_header(talk)

    def action_star(self) -> None:
        self._toggle("starred")

    def action_attended(self) -> None:
        self._toggle("attended")

    def action_my_schedule(self) -> None:
        browser = self.schedule
        browser.set_my_schedule(not browser.my_schedule)

    def action_filter(self) -> None:
        self.schedule.query_one(Input).focus()

    def action_focus_schedule(self) -> None:
        self.schedule.query_one(Tree).focus()
