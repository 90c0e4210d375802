"""The main screen: the schedule on the left, the note of the chosen talk on the right.

This screen is where live note-taking happens, so every file operation runs
in a worker thread (through :class:`~confnotes.notebook.autosave.NoteSaver`) and the
editor only ever waits for the screen to redraw.
"""

from __future__ import annotations

import contextlib
import functools
import shlex
import shutil
import signal
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Tree
from textual.worker import Worker

from confnotes.errors import ConfnotesError
from confnotes.knowledge.recording import moment_on_line, moment_url, recording
from confnotes.knowledge.wikilinks import (
    CONFERENCE,
    PERSON,
    TALK,
    LinkResolver,
    Target,
    link_at,
)
from confnotes.model import Talk, revised
from confnotes.notebook.autosave import Choice, DiskCheck, Resolution, SaveResult, read_body
from confnotes.notebook.merge3 import (
    conflict_blocks,
    has_conflict_markers,
    merge_text,
    resolve_note,
)
from confnotes.notebook.notebook import TOO_LARGE, Notebook
from confnotes.notebook.storage import (
    decode_text,
    read_regular_file,
)
from confnotes.schedule.clashes import CLASH_MARK, clashes
from confnotes.schedule.now import Slot, describe, next_in_room, slot_of, what_is_on
from confnotes.schedule.update_marks import change_of, mark_seen
from confnotes.tui.messages import OpenPerson, OpenTalk
from confnotes.tui.owner import report_failed_worker
from confnotes.tui.widgets.editor import NoteEditor
from confnotes.tui.widgets.note_area import NoteArea
from confnotes.tui.widgets.schedule import ScheduleBrowser
from confnotes.tui.widgets.talk_header import TalkHeader

if TYPE_CHECKING:
    from confnotes.tui.app import ConfnotesApp
    from confnotes.tui.screens.conflict_dialog import Choice as DialogChoice

# The dialogs are imported where they are first used: the first screen does without them.

SAVE_RETRY_SECONDS = 5.0
"""A save that failed (another writer held the notebook, the disk was full) is tried again
after this long, until it works or the text changes."""

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
        "sync",
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
        Binding(
            "ctrl+n", "now", "Now", id="now", tooltip="Jump to the talk in progress", priority=True
        ),
        Binding(
            "ctrl+g",
            "next_in_room",
            "Next here",
            id="next_in_room",
            tooltip="Open the next talk in the same room",
            priority=True,
        ),
        Binding(
            "ctrl+d,ctrl+b",
            "star",
            "Star",
            id="star",
            tooltip="Star the talk (in the schedule: the highlighted one)",
            priority=True,
        ),
        Binding(
            "f8",
            "attended",
            "Attended",
            show=False,
            id="attended",
            tooltip="Mark the talk as attended (in the schedule: the highlighted one)",
            priority=True,
        ),
        Binding(
            "f4",
            "my_schedule",
            "My schedule",
            id="my_schedule",
            tooltip="List only starred and attended talks",
            priority=True,
        ),
        Binding(
            "ctrl+f", "filter", "Filter", id="filter", tooltip="Filter the schedule", priority=True
        ),
        Binding(
            "escape",
            "focus_schedule",
            "Schedule",
            show=False,
            id="focus_schedule",
            tooltip="Move to the schedule",
            priority=True,
        ),
        Binding(
            "ctrl+right_square_bracket,f11",
            "follow_link",
            "Follow link",
            show=False,
            id="follow_link",
            tooltip="Open the talk, person, conference or paper of the [[link]] under the cursor",
            priority=True,
        ),
        # The note's keys: the screen's, so that they act from the schedule too.
        Binding(
            "ctrl+t",
            "timestamp",
            "Timestamp",
            id="timestamp",
            tooltip="Insert a timestamped bullet '- [HH:MM] ' (the conference's clock)",
            priority=True,
        ),
        Binding(
            "ctrl+s",
            "save",
            "Save",
            show=False,
            id="save",
            tooltip="Save now (notes also save by themselves a second after you pause)",
            priority=True,
        ),
        Binding(
            "ctrl+r",
            "toggle_preview",
            "Preview",
            show=False,
            id="preview",
            tooltip="Switch between the Markdown source and its rendered preview",
            priority=True,
        ),
        Binding(
            "f5",
            "external_editor",
            "$EDITOR",
            show=False,
            id="external_editor",
            tooltip="Edit this note in your own editor ($VISUAL / $EDITOR)",
            priority=True,
        ),
        Binding(
            "f12",
            "resolve_conflict",
            "Resolve",
            show=False,
            id="resolve_conflict",
            tooltip="Decide what to keep when the note changed on disk while you typed",
            priority=True,
        ),
    ]
    """Keys of the main screen (remappable by id in the config file). Priority: they win
    over the focused widget's defaults; the app's keys defer to them (see
    :mod:`confnotes.tui.keys`)."""

    def __init__(self) -> None:
        super().__init__(id="main")
        self._failure_shown = ""
        """The last save failure told in a notification (a retry failing alike stays quiet)."""
        self._chosen_while_reading: str | None = None
        """A talk chosen in the schedule's preview before the notes were read."""
        self._opened = 0
        """Counts the notes loaded into the editor (see :meth:`_still_open`)."""

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
        self.editor.query_one(TalkHeader).show(None, None, [], None)
        self.set_interval(DISK_CHECK_SECONDS, self._check_disk)
        self.schedule.tree_view.focus()
        self.capp.main_ready()

    def notebook_loaded(self) -> None:
        """The notes were read in the background: fill in the schedule, enable the keys."""
        self.schedule.finish_loading()
        self.refresh_bindings()
        chosen, self._chosen_while_reading = self._chosen_while_reading, None
        if chosen is not None and self.editor.talk_id is None:
            self.call_later(self.open_talk, chosen)

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
        if talk.extra.get("_too_large"):
            self.notify(
                f"{talk.path}: {TOO_LARGE}; too large to edit here (F5 opens your editor)",
                severity="error",
                timeout=10,
            )
            return False
        editor = self.editor
        if editor.talk_id != talk_id:
            self._flush_editor()
            # Unsaved text kept from a failed save, else text whose save is still on its
            # way (the note left and opened again at once): never the note as it was.
            buffer = self.capp.saver.latest_unsaved(talk_id, talk.body)
            editor.load(talk_id, talk.body, buffer)
            self._opened += 1
            editor.clock = functools.partial(self.capp.clock_for, talk_id)
            self._show_header(talk)
            self.schedule.select_talk(talk_id)
            self.capp.sub_title = talk.title
            self._tell_programme_change(talk_id)
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
        graph = self.capp.link_graph()
        mentioned: list[str] = []
        if graph is not None:
            graph.update(TALK, talk.id, talk.title, talk.body)  # this note may have new links
            target = graph.resolver.target(TALK, talk.id)
            mentioned = [b.title for b in graph.backlinks(target)] if target else []
        header = self.editor.query_one(TalkHeader)
        speakers, slot = nb.speakers_of(talk), slot_of(nb, talk)
        # A team sync kept two versions of the same lines: the header says so.
        header.show(talk, conf, speakers, slot, mentioned, len(conflict_blocks(talk.body)))

    def link_resolver(self) -> LinkResolver:
        """A resolver of ``[[links]]`` over the notebook as it is now."""
        return self.capp.link_resolver()

    # ------------------------------------------------------------ links

    def complete_link(self) -> None:
        """``[[`` was typed: offer talks, people, conferences and papers to link."""
        from confnotes.tui.screens.link_picker import LinkPicker

        self.app.push_screen(LinkPicker(self.link_resolver()), self._link_chosen)

    def _link_chosen(self, text: str | None) -> None:
        if text:
            self.editor.insert_at_cursor(f"{text}]]")
        self.editor.text_area.focus()

    def action_follow_link(self) -> None:
        """Open what the ``[[link]]`` under the cursor names."""
        if self.editor.talk_id is None:
            self.notify("Open a talk first")
            return
        link = link_at(self.editor.text, self.editor.cursor_offset())
        if link is None:
            if not self._open_recording_at_cursor():
                self.notify("No [[link]] or timestamped bullet under the cursor")
            return
        resolver = self.link_resolver()
        found = resolver.candidates(link.target)
        if len(found) != 1:
            names = ", ".join(f"{t.title} ({t.id})" for t in found[:4])
            why = f"could be {names}" if found else "names nothing in this notebook"
            self.notify(f"[[{link.target}]] {why}", severity="warning")
            return
        self.follow(found[0])

    def _open_recording_at_cursor(self) -> bool:
        """On a ``- [09:27]`` bullet: open the talk's recording at that moment (and say
        why not when it cannot); False when the cursor is not on such a bullet."""
        talk = self.capp.nb.talks.get(self.editor.talk_id or "")
        row, _column = self.editor.text_area.cursor_location
        moment = moment_on_line(self.editor.text, row)
        if talk is None or moment is None:
            return False
        if recording(talk) is None:
            self.notify("This talk has no recording: add a video link (Ctrl+L, Links)")
        elif (url := moment_url(talk, moment)) is None:
            why = "has no start time" if talk.start is None else "is outside the talk's time"
            self.notify(f"No moment of the recording: this bullet {why}", severity="warning")
        else:
            self.app.open_url(url)
            self.notify(f"Opening the recording at {moment.at:%H:%M}: {url}")
        return True

    def follow(self, target: Target) -> None:
        """Open a link's target: a talk's note, a person's page, a conference's timetable,
        a paper's address."""
        if target.kind == TALK:
            self.capp.post_message(OpenTalk(target.id))
        elif target.kind == PERSON:
            self.capp.post_message(OpenPerson(target.id))
        elif target.kind == CONFERENCE:
            from confnotes.tui.screens.timetable import TimetableScreen

            self.app.push_screen(TimetableScreen(self.capp.nb, target.id))
        elif target.url:
            self.app.open_url(target.url)
            self.notify(f"Opening {target.url}")

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
        if talk.body in (editor.saved_text, editor.text):
            return
        if talk.body == self.capp.saver.written.get(talk.id):
            # The text this editor's save wrote, its word still on the way to this thread
            # (a sync or an import ended meanwhile): our own words, not a change made
            # elsewhere. Taken for one, it raised a conflict over the user's own typing.
            return
        if editor.state == "clean" and not editor.dirty:
            editor.reload(talk.body)
        else:
            self._disk_checked(DiskCheck(talk.id, True, theirs=talk.body))

    def current_talk(self) -> Talk | None:
        """The talk in the editor, else the one under the schedule's cursor."""
        if self.editor.talk_id:
            return self.capp.nb.talks.get(self.editor.talk_id)
        highlighted = self.schedule.highlighted_talk()
        return self.capp.nb.talks.get(highlighted) if highlighted is not None else None

    def current_conference(self) -> str | None:
        """The conference of :meth:`current_talk`, else the most recent one (None: none)."""
        talk = self.current_talk()
        if talk is not None:
            return talk.conference
        confs = self.capp.nb.sorted_conferences()
        return confs[0].id if confs else None

    @on(ScheduleBrowser.TalkChosen)
    def _talk_chosen(self, event: ScheduleBrowser.TalkChosen) -> None:
        if not self.capp.loaded:
            # Chosen in the preview of a large notebook: opened once the notes are read.
            self._chosen_while_reading = event.talk_id
            self.notify("Opening it once the notebook is read…", timeout=3)
            return
        self.open_talk(event.talk_id)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A save or disk check raised: the app shows it and keeps the note's text."""
        report_failed_worker(self, event, event.worker.name or "Background work")

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
        base = self.editor.saved_text if talk_id == self.editor.talk_id else None
        self._save_worker(talk_id, text, self.capp.saver.queue(talk_id, text), force, base)

    @work(thread=True, group="save", name="Saving the note", exit_on_error=False)
    def _save_worker(
        self, talk_id: str, text: str, ticket: int, force: bool, base: str | None = None
    ) -> None:
        result = self.capp.saver.save(talk_id, text, ticket, force, base)
        self.app.call_from_thread(self._saved, result)

    def _save_aside(self, talk_id: str, text: str) -> None:
        """Keep the editor's text in a recovery copy (with the body it was typed on)."""
        ticket = self.capp.saver.ticket()  # now: a later text kept aside is newer
        self._save_aside_worker(talk_id, text, self.editor.saved_text, ticket, self._opened)

    @work(thread=True, group="save", name="Keeping the note aside", exit_on_error=False)
    def _save_aside_worker(
        self, talk_id: str, text: str, base: str, ticket: int, opened: int
    ) -> None:
        saver = self.capp.saver
        reason = "conflict: not saved over the file"
        kept, copy, error = saver.set_aside(talk_id, text, reason, base, ticket)
        if not kept:
            return  # newer words were kept aside meanwhile
        where = str(copy) if copy is not None else f"nowhere ({error})"
        self.app.call_from_thread(self._kept_aside, talk_id, where, opened)

    def _kept_aside(self, talk_id: str, where: str, opened: int) -> None:
        if not self._still_open(opened):
            return  # left (and maybe opened again with merged text): not this buffer's word
        self.editor.mark_conflict(
            talk_id,
            f"the file changed elsewhere; your text is kept here and in {where} — F12 to resolve",
        )

    def _saved(self, result: SaveResult) -> None:
        editor = self.editor
        clock = self.capp.clock_for(result.talk_id)
        if result.status in ("saved", "unchanged"):
            self._failure_shown = ""
            if editor.state == "clean" and result.text != editor.text:
                # Finished after the note was reloaded (F5, a change elsewhere): the
                # editor already shows the newer file; this older text is not its base.
                return
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
            if result.message != self._failure_shown:
                self._failure_shown = result.message
                self.notify(f"Note not saved: {result.message}", severity="error", timeout=8)
            # Tried again by itself (the other writer finishes, space is freed), not only
            # at the next keystroke: the text must reach its note without the user's help.
            self.set_timer(SAVE_RETRY_SECONDS, functools.partial(self._retry, result.talk_id))

    def _retry(self, talk_id: str) -> None:
        if self.editor.talk_id == talk_id and self.editor.state == "failed":
            self._flush_editor()

    def save_in_worker(self) -> Callable[[], None]:
        """Take the buffer's unsaved text now, for a worker to save: the call returned
        writes it and tells the editor, as an autosave does (a team sync saves first
        in its own thread; writing and re-indexing the note never hold up a key)."""
        pending = self.editor.take_unsaved()
        if pending is None:
            return lambda: None
        talk_id, text = pending
        if self.editor.state == "conflict":
            self._start_save(talk_id, text)  # kept aside, never written over the file
            return lambda: None
        self.editor.mark_saving()
        saver = self.capp.saver
        ticket = saver.queue(talk_id, text)

        def save() -> None:
            result = saver.save(talk_id, text, ticket)
            self.app.call_from_thread(self._saved, result)

        return save

    def flush_sync(self) -> None:
        """Save the buffer now, blocking (quit, suspend, external editor)."""
        pending = self.editor.take_unsaved()
        if pending is None:
            return
        talk_id, text = pending
        if self.editor.state == "conflict":
            reason = "conflict: left undecided at exit"
            self.capp.saver.set_aside(talk_id, text, reason, self.editor.saved_text)
            return
        result = self.capp.saver.save(talk_id, text, base=self.editor.saved_text)
        self._saved(result)

    # ------------------------------------------------------------ disk changes

    def _check_disk(self) -> None:
        talk_id = self.editor.talk_id
        if talk_id is not None and not self.capp.checking_disk:
            self.capp.checking_disk = True
            editor = self.editor
            typing = editor.saved_text if editor.state == "dirty" else None
            dirty = editor.state != "clean" or editor.dirty
            self._check_worker(talk_id, dirty, typing, self._opened)

    def _still_open(self, opened: int) -> bool:
        """The note a disk check looked at is still the one loaded then (not left and
        opened again since, with other text: the check's finding is stale)."""
        return opened == self._opened

    @work(thread=True, group="disk", name="Checking the note on disk", exit_on_error=False)
    def _check_worker(
        self, talk_id: str, dirty: bool, typing: str | None = None, opened: int = 0
    ) -> None:
        try:
            check = self.capp.saver.check_disk(talk_id)
            if check.changed and check.theirs is not None and not dirty:
                talk = self.capp.saver.reload(talk_id)
                if talk is not None:
                    self.app.call_from_thread(self._reloaded, talk, opened)
                    return
            if (
                check.changed
                and typing is not None
                and check.theirs == typing
                and self._front_matter_only(talk_id, typing)
            ):
                return
            self.app.call_from_thread(self._disk_checked, check, opened)
        finally:
            self.capp.checking_disk = False

    def _front_matter_only(self, talk_id: str, body: str) -> bool:
        """Only the note's front matter changed on disk (a team sync added ``noted_by``,
        a star set elsewhere) while the user types: re-read it and keep typing, since the
        words are based on the same body. Checked and re-read under both locks."""
        nb = self.capp.saver.nb
        try:
            with nb.transaction():
                talk = nb.talks.get(talk_id)
                if talk is None or talk.path is None:
                    return False
                if read_body(talk.path) != body:
                    return False
                fresh = nb.reload_talk(talk_id)
        except (ConfnotesError, OSError):
            return False
        return fresh is not None and fresh.body == body

    def _reloaded(self, talk: Talk, opened: int | None = None) -> None:
        editor = self.editor
        if editor.talk_id != talk.id:
            return
        if opened is not None and not self._still_open(opened):
            return  # opened again since with other text: the next check looks afresh
        if editor.dirty:
            # Typed in the instant between the check and now: treat as a conflict.
            # saved_text stays the body the typing started from: the merge's base.
            mine = editor.text
            editor.mark_conflict(talk.id, "the file changed elsewhere while you typed")
            self._save_aside(talk.id, mine)
            self._offer_conflict(talk.id, theirs=talk.body)
            return
        editor.reload(talk.body)
        self._show_header(talk)
        self.schedule.refresh_talk(talk.id)

    def _disk_checked(self, check: DiskCheck, opened: int | None = None) -> None:
        editor = self.editor
        if not check.changed or editor.talk_id != check.talk_id:
            return
        if opened is not None and not self._still_open(opened):
            return  # the note was opened again since: the next check looks afresh
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
        from confnotes.tui.screens.conflict_dialog import ConflictDialog

        if isinstance(self.app.screen, ConflictDialog):
            return
        dialog = ConflictDialog(str(talk.path), theirs, self.editor.text, self._typed_on)
        self.app.push_screen(dialog, lambda choice: self._resolve(talk_id, theirs, choice))

    def _typed_on(self, text: str) -> None:
        """Keys typed while the conflict dialog popped up: they belong in the note."""
        self.editor.text_area.insert(text)

    def _resolve(self, talk_id: str, theirs: str, choice: DialogChoice | None) -> None:
        editor = self.editor
        if editor.talk_id != talk_id or choice in (None, "later"):
            return
        self._resolve_worker(talk_id, editor.text, editor.saved_text, choice)

    @work(thread=True, group="save", name="Resolving the conflict", exit_on_error=False)
    def _resolve_worker(self, talk_id: str, mine: str, base: str, choice: Choice) -> None:
        resolution = self.capp.saver.resolve(talk_id, mine, base, choice)
        self.app.call_from_thread(self._resolved, resolution, mine)

    def _resolved(self, resolution: Resolution, mine: str) -> None:
        editor = self.editor
        if editor.talk_id != resolution.talk_id:
            return
        if resolution.status != "saved":
            editor.mark_conflict(resolution.talk_id, resolution.message)
            self.notify(f"Conflict not resolved: {resolution.message}", severity="error")
            return
        buffer = resolution.body
        if editor.text != mine:
            # Typed while the note was being merged: those keystrokes join the result.
            buffer = merge_text(mine, editor.text, resolution.body).text
        editor.resolve(resolution.body, buffer)
        talk = self.capp.nb.talks.get(resolution.talk_id)
        if talk is not None:
            self._show_header(talk)
        self.schedule.refresh_talk(resolution.talk_id)
        self.notify(resolution.message, timeout=12)

    def _offer_marker_conflict(self, talk_id: str) -> None:
        """A merged note holds both versions between markers: choose one side, or both.

        The whole file is resolved (a block for a front-matter key goes back into the
        front matter), so the editor's words are saved first."""
        from confnotes.tui.screens.conflict_dialog import ConflictDialog

        talk = self.capp.nb.talks.get(talk_id)
        if talk is None or talk.path is None or isinstance(self.app.screen, ConflictDialog):
            return
        self.flush_sync()
        if self.editor.state == "conflict":
            self._offer_conflict(talk_id)
            return
        try:
            text = decode_text(read_regular_file(talk.path), talk.path).text
        except (ConfnotesError, OSError) as exc:
            self.notify(f"Cannot read {talk.path}: {exc}", severity="error")
            return
        if not has_conflict_markers(text):
            self.notify("No conflict to resolve")
            return
        dialog = ConflictDialog.for_merged(str(talk.path), text)
        self.app.push_screen(dialog, lambda choice: self._resolve_markers(talk_id, text, choice))

    def _resolve_markers(self, talk_id: str, text: str, choice: Choice | None) -> None:
        if choice in (None, "later"):
            return
        side = {"mine": "ours", "theirs": "theirs", "both": "both"}[choice]  # type: ignore[index]
        self._markers_worker(talk_id, text, side)

    @work(thread=True, group="save")
    def _markers_worker(self, talk_id: str, text: str, side: str) -> None:
        nb = self.capp.saver.nb
        resolved: Talk | None = None
        changed = False
        try:
            # Nothing inside waits for the UI thread: a save there may be waiting for this lock.
            with nb.transaction():
                talk = nb.talks.get(talk_id)
                if talk is None or talk.path is None:
                    return
                changed = decode_text(read_regular_file(talk.path), talk.path).text != text
                if not changed:
                    resolved = nb.replace_note(talk_id, resolve_note(text, side))
        except (ConfnotesError, OSError) as exc:
            self.app.call_from_thread(
                self.notify, f"Not resolved: {exc}", severity="error", timeout=8
            )
            return
        if changed:
            self.app.call_from_thread(self.notify, "The note changed meanwhile; press F12 again")
            return
        talk = resolved
        if talk is not None:
            self.app.call_from_thread(self._markers_resolved, talk)

    def _markers_resolved(self, talk: Talk) -> None:
        editor = self.editor
        if editor.talk_id == talk.id:
            if editor.dirty or editor.state != "clean":
                self.refresh_open_note()
            else:
                editor.reload(talk.body)
                self._show_header(talk)
        self.schedule.refresh_talk(talk.id)
        self.notify("Conflict resolved; F6 shares it with the team")

    # ------------------------------------------------------------ programme changes

    def _tell_programme_change(self, talk_id: str) -> None:
        """The user opened a talk: say what the last programme refresh did to it, once."""
        talk = self.capp.nb.talks.get(talk_id)
        change = change_of(talk) if talk is not None else None
        if talk is None or change is None:
            return
        self.notify(f"Programme change: this talk {change.describe()}", timeout=8)
        self.app.run_worker(
            lambda: self._forget_change(talk_id), thread=True, group="save", exit_on_error=False
        )

    def _forget_change(self, talk_id: str) -> None:
        nb = self.capp.nb
        with nb.transaction():
            talk = nb.talks.get(talk_id)
            if talk is None or talk.extra.get("_unreadable"):
                return
            seen = revised(talk)  # adopted by the notebook once written: never changed in place
            if not mark_seen(seen):
                return
            try:
                nb.save_talk(seen)
            except ConfnotesError as exc:
                failed: ConfnotesError | None = exc
            else:
                failed = None
        # Told outside the lock: a save on the UI thread may be waiting for it.
        if failed is not None:
            self.app.call_from_thread(self.notify, f"Could not save: {failed}", severity="error")
            return
        self.app.call_from_thread(self.schedule.refresh_talk, talk_id)

    # ------------------------------------------------------------ photos and files

    @on(NoteArea.FilesPasted)
    def _files_pasted(self, event: NoteArea.FilesPasted) -> None:
        """Copy pasted or dropped images/PDFs into the notebook; insert links into the note."""
        talk_id = self.editor.talk_id
        talk = self.capp.nb.talks.get(talk_id) if talk_id else None
        if talk is None or talk.path is None:
            self.notify("Open a note first, then paste or drop the file into it")
            return
        note, paths = talk.path, event.paths
        self.app.run_worker(
            lambda: self._copy_attachments(talk.id, note, paths),
            thread=True,
            group="attach",
            exit_on_error=False,
        )

    def _copy_attachments(self, talk_id: str, note: Path, paths: list[Path]) -> None:
        from confnotes.knowledge.attachments import attach, markdown_link

        links: list[str] = []
        for path in paths:
            try:
                stored = attach(self.capp.nb, path)
            except ConfnotesError as exc:
                self.app.call_from_thread(self.notify, str(exc), severity="error", timeout=8)
                continue
            links.append(markdown_link(note, stored, path.name))
        if links:
            self.app.call_from_thread(self._insert_links, talk_id, links)

    def _insert_links(self, talk_id: str, links: list[str]) -> None:
        editor = self.editor
        if editor.talk_id != talk_id:
            self.notify("The note changed before the files were copied; nothing inserted")
            return
        area = editor.text_area
        area.replace("\n".join(links), *area.selection, maintain_selection_offset=False)
        self.notify(f"Attached {len(links)} file(s) in attachments/")

    @on(NoteArea.LinkStarted)
    def _link_started(self) -> None:
        self.complete_link()

    def action_timestamp(self) -> None:
        """Insert a timestamped bullet in the open note (Ctrl+T)."""
        if not self.editor.insert_timestamp():
            self.notify("Open a talk first")

    def action_save(self) -> None:
        """Save the open note now (Ctrl+S)."""
        self.editor.save_now()

    def action_toggle_preview(self) -> None:
        """The open note's rendered preview, or back to its source (Ctrl+R)."""
        self.editor.action_toggle_preview()

    def action_external_editor(self) -> None:
        """Edit the open note in ``$VISUAL`` / ``$EDITOR`` (F5)."""
        self.run_external_editor()

    def action_resolve_conflict(self) -> None:
        """Decide what to keep: the file changed while the editor had unsaved text, or a
        sync left both versions between markers (F12)."""
        editor = self.editor
        if editor.state == "conflict" and editor.talk_id:
            self._offer_conflict(editor.talk_id)
        elif editor.talk_id and has_conflict_markers(editor.text):
            self._offer_marker_conflict(editor.talk_id)
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
        if self.editor.state in ("failed", "conflict"):
            # The file $EDITOR would open does not hold the words typed here: reloaded
            # from it afterwards, the editor would show the file without them.
            where = self.capp.recovery.written_this_run(talk.id)
            kept = f" and in {where}" if where is not None else ""
            self.notify(
                f"Not opened in your editor: the note is not saved, so the file lacks your "
                f"latest words (they are here{kept}); save first (ctrl+s) or resolve (F12)",
                severity="error",
                timeout=10,
            )
            return
        try:
            command = [*shlex.split(self.capp.settings.editor_command()), str(talk.path)]
        except ValueError as exc:
            self.notify(f"Cannot read the editor setting: {exc}", severity="error")
            return
        if len(command) < 2 or shutil.which(command[0]) is None:
            name = command[0] if len(command) > 1 else "(none)"
            self.notify(
                f"External editor {name!r} not found; set $VISUAL, $EDITOR or "
                "'editor' in the config file",
                severity="error",
                timeout=10,
            )
            return
        stopped: list[int] = []
        try:
            with self.app.suspend():
                stopped = run_with_way_out(command)
        except Exception as exc:  # SuspendNotSupported, a program that cannot start...
            self.notify(f"Cannot run {command[0]}: {exc}", severity="error")
            return
        if stopped:
            # Asked to stop (SIGTERM/SIGHUP/SIGINT) while the editor ran: it was ended,
            # and the app stops too once it has read back what the editor saved.
            self.capp.saver.reload(talk.id)
            self.capp.call_later(self.capp.terminate, stopped[0])
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

        from confnotes.tui.screens.now_dialog import NowDialog

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

    def talk_in_focus(self) -> Talk | None:
        """The talk a key acts on: in the schedule, the highlighted row; elsewhere the
        talk in the editor (else the highlighted row)."""
        if self.schedule.has_focus_within:
            highlighted = self.schedule.highlighted_talk()
            if highlighted is not None:
                return self.capp.nb.talks.get(highlighted)
        return self.current_talk()

    def _toggle(self, field: str) -> None:
        talk = self.talk_in_focus()
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


def run_with_way_out(command: list[str]) -> list[int]:
    """Run an external program in the foreground; a SIGTERM, SIGHUP or SIGINT sent to us
    meanwhile ends it (so the app can save and stop) instead of waiting on it for ever.

    Returns the signals received (empty when the program ended on its own).
    """
    received: list[int] = []
    process = subprocess.Popen(command)

    def stop(signum: int, _frame: object) -> None:
        received.append(signum)
        with contextlib.suppress(OSError):
            process.terminate()

    def ignore(_signum: int, _frame: object) -> None:
        """Ctrl+C in the editor reaches us too (one process group): it is the editor's."""

    handlers = {"SIGTERM": stop, "SIGHUP": stop, "SIGINT": ignore}
    if threading.current_thread() is not threading.main_thread():
        handlers = {}
    previous: dict[int, Any] = {}
    for name, handler in handlers.items():
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, handler)
    try:
        while True:
            try:
                process.wait(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if received:
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        process.wait(timeout=5)
                    if process.poll() is None:
                        process.kill()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return received
