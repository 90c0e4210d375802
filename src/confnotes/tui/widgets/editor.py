"""The note editor: talk header, Markdown body, rendered preview and a save status line.

The editor only holds the buffer and its state; it never touches files.
About a second after typing pauses it posts :class:`NoteEditor.SaveDue`, and
the screen saves in a worker and answers with :meth:`NoteEditor.mark_saved`,
:meth:`mark_failed` or :meth:`mark_conflict`. In the conflict state the
buffer is never written over the file until the user decides.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Literal

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Static, TextArea

from confnotes.tui.widgets.note_area import NoteArea, split_lines
from confnotes.tui.widgets.talk_header import TalkHeader

MAX_UNSAVED = 2.0
"""Seconds of continuous typing after which a save happens even without a pause."""

HIGHLIGHT_LIMIT = 32_000
"""Notes longer than this (characters) are shown without Markdown highlighting.

Textual re-parses and re-queries the whole syntax tree after every edit, so with
highlighting a keystroke's cost grows with the note: key to frame ~7 ms at 3 KB,
~17 ms at 50 KB, ~70 ms at 300 KB, ~0.6 s at 2 MB; plain it stays at 7-8 ms up to
2 MB (benchmarks/bench_editor.py). Up to here a keystroke stays within a frame."""

State = Literal["empty", "clean", "dirty", "saving", "failed", "conflict"]


class NoteEditor(Vertical):
    """Header, body editor (or preview) and status line for one talk's note."""

    class SaveDue(Message):
        """The buffer has unsaved text and typing paused: save it."""

        def __init__(self, talk_id: str, text: str) -> None:
            super().__init__()
            self.talk_id = talk_id
            self.text = text

    def __init__(self, autosave_delay: float = 1.0, cursor_blink: bool = True, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.autosave_delay = autosave_delay
        """Seconds after the last change before :class:`SaveDue` is posted."""
        self.cursor_blink = cursor_blink
        self.talk_id: str | None = None
        """The talk being edited, or None."""
        self.clock: Callable[[], datetime] | None = None
        """Wall-clock time in the talk's conference (set by the screen with each talk), so a
        timestamp goes in at once, before any key typed right after it."""
        self.saved_text = ""
        """What the note file holds, as far as this editor knows."""
        self.state: State = "empty"
        self._timer: Timer | None = None
        self._unsaved_since = 0.0
        self._last_change = 0.0
        self._loading = False
        self._status_extra = ""
        self._status_shown: tuple[str, str] = ("-", "")
        self.markdown_available = False
        """Whether Markdown highlighting can work here (tree-sitter and its Markdown
        grammar import); without them the editor is plain text."""
        self.highlight_limit = HIGHLIGHT_LIMIT
        self._highlight_note = ""

    def compose(self) -> ComposeResult:
        yield TalkHeader(id="talk-header")
        with ContentSwitcher(initial="note-body", id="note-switcher"):
            area = NoteArea(
                id="note-body",
                soft_wrap=True,
                tab_behavior="focus",
                show_line_numbers=False,
            )
            area.cursor_blink = self.cursor_blink
            area.read_only = True
            self._area = area
            yield area
            # The rendered preview (Textual's Markdown widget: markdown-it, pygments)
            # is mounted the first time it is asked for, not at the app's start.
            yield VerticalScroll(id="note-preview")
        yield Static("", id="editor-status")

    def on_mount(self) -> None:
        self.markdown_available = markdown_highlighting_available()
        if self.markdown_available:
            self.text_area.language = "markdown"  # an empty document: costs nothing
        self._show_status()

    @property
    def highlighting(self) -> bool:
        """True when the body is shown with Markdown highlighting."""
        return self.text_area.language == "markdown"

    def _language_for(self, text: str) -> str | None:
        """Markdown when ``text`` is short enough to keep keystrokes within a frame."""
        short = len(text) <= self.highlight_limit
        # Textual's highlighted document cuts lines at U+2028, form feeds and the like
        # too, and would write them back as newlines: such a note is shown plain.
        lines = short and split_lines(text) == text.splitlines() + [""] * _ends_line(text)
        want = self.markdown_available and short and lines
        self._highlight_note = ""
        if self.markdown_available and not short:
            self._highlight_note = (
                f"plain text: no highlighting for notes over {self.highlight_limit // 1000} KB"
            )
        elif self.markdown_available and not lines:
            self._highlight_note = "plain text: the note holds line separators other than newlines"
        return "markdown" if want else None

    def _choose_highlighting(self, text: str) -> None:
        """Pick the language for ``text`` about to be loaded.

        Sets it without the watcher, which would parse the old text once more: the
        caller's ``load_text`` then builds the document for the new language."""
        language = self._language_for(text)
        area = self.text_area
        if area.language != language:
            area.set_reactive(TextArea.language, language)

    def _stop_highlighting_if_large(self) -> None:
        """The note grew past the limit while typing: go plain, keeping cursor and scroll."""
        area = self.text_area
        if not self.highlighting or len(area.text) <= self.highlight_limit:
            return
        selection = area.selection
        scroll = area.scroll_offset
        area.language = self._language_for(area.text)  # rebuilds the document, cursor at 0,0
        area.selection = selection
        area.scroll_to(scroll.x, scroll.y, animate=False, immediate=True)

    @property
    def text_area(self) -> TextArea:
        """The body editor (kept: its text is read once more as the app stops, when the
        widgets are no longer in the DOM to be queried)."""
        return self._area

    @property
    def text(self) -> str:
        """The buffer's current text."""
        return self.text_area.text

    @property
    def dirty(self) -> bool:
        """True when the buffer differs from the file."""
        return self.talk_id is not None and self.text != self.saved_text

    @property
    def previewing(self) -> bool:
        """True when the rendered preview is shown instead of the source."""
        return self.query_one(ContentSwitcher).current == "note-preview"

    # ------------------------------------------------------------ loading

    def load(self, talk_id: str, saved_text: str, buffer: str | None = None) -> None:
        """Show a talk's note; ``buffer`` (unsaved text kept from before) overrides the file's."""
        self._cancel_timer()
        self.talk_id = talk_id
        self.saved_text = saved_text
        self._status_extra = ""
        area = self.text_area
        self._loading = True
        area.read_only = False
        text = buffer if buffer is not None else saved_text
        self._choose_highlighting(text)
        area.load_text(text)
        area.move_cursor(area.document.end)
        self.state = "dirty" if self.dirty else "clean"
        if self.previewing:
            self._render_preview()
        if self.dirty:
            self._schedule_save()
        self._show_status()

    def reload(self, saved_text: str) -> None:
        """The file changed elsewhere and the buffer was clean: show the new text."""
        area = self.text_area
        row, col = area.cursor_location
        self._loading = True
        self.saved_text = saved_text
        self._choose_highlighting(saved_text)
        area.load_text(saved_text)
        last = area.document.line_count - 1
        row = min(row, last)
        area.move_cursor((row, min(col, len(area.document.get_line(row)))))
        self.state = "clean"
        self._status_extra = "reloaded: the file was changed by another program"
        if self.previewing:
            self._render_preview()
        self._show_status()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._loading:
            self._loading = False
            return
        if self.talk_id is None:
            return
        self._stop_highlighting_if_large()
        if self.state != "conflict":
            self.state = "dirty" if self.dirty else "clean"
            self._status_extra = ""
        self._schedule_save()
        self._show_status()

    def insert_at_cursor(self, text: str) -> None:
        """Type ``text`` where the cursor is (a completed link, for instance)."""
        self.text_area.insert(text)

    def cursor_offset(self) -> int:
        """The cursor's position as an offset into the note's text."""
        area = self.text_area
        row, column = area.cursor_location
        lines = area.text.split("\n")
        return sum(len(line) + 1 for line in lines[:row]) + column

    # ------------------------------------------------------------ saving

    def _schedule_save(self) -> None:
        """Save ``autosave_delay`` after the last change, but never later than
        ``max(MAX_UNSAVED, 2 * autosave_delay)`` after the first unsaved one: a steady
        typist never pauses, and a kill -9 must lose at most the last ~2 s.

        A keystroke only notes the time: one timer runs per pause, re-armed when it
        fires early, instead of a timer made and cancelled on every key."""
        now = time.monotonic()
        self._last_change = now
        if self._timer is None:
            self._unsaved_since = now
            self._timer = self.set_timer(self.autosave_delay, self._timer_fired)

    def _timer_fired(self) -> None:
        self._timer = None
        due = min(
            self._last_change + self.autosave_delay,
            self._unsaved_since + max(MAX_UNSAVED, 2 * self.autosave_delay),
        )
        wait = due - time.monotonic()
        if wait > 0.005:
            self._timer = self.set_timer(wait, self._timer_fired)
            return
        self._save_due()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _save_due(self) -> None:
        self._timer = None
        if self.talk_id is not None and (self.dirty or self.state in ("failed", "conflict")):
            self.post_message(self.SaveDue(self.talk_id, self.text))

    def take_unsaved(self) -> tuple[str, str] | None:
        """Stop the timer and return ``(talk_id, text)`` when the buffer needs saving."""
        self._cancel_timer()
        if self.talk_id is not None and (self.dirty or self.state in ("failed", "conflict")):
            return self.talk_id, self.text
        return None

    def mark_saving(self) -> None:
        """A save of the buffer started."""
        if self.state == "dirty":
            self.state = "saving"
            self._show_status()

    def mark_saved(self, talk_id: str, text: str, when: str) -> None:
        """The file now holds ``text``."""
        if talk_id != self.talk_id:
            return
        self.saved_text = text
        self.state = "dirty" if self.dirty else "clean"
        self._status_extra = f"saved {when}"
        self._show_status()

    def mark_failed(self, talk_id: str, message: str) -> None:
        """The save failed: the text stays here (and in a recovery copy, said in ``message``)."""
        if talk_id != self.talk_id:
            return
        self.state = "failed"
        self._status_extra = message
        self._show_status()

    def mark_conflict(self, talk_id: str, message: str) -> None:
        """The file changed on disk while the buffer had changes: keep both until resolved."""
        if talk_id != self.talk_id:
            return
        self.state = "conflict"
        self._status_extra = message
        self._show_status()

    def resolve(self, saved_text: str, buffer: str | None = None) -> None:
        """Leave the conflict state with the file now holding ``saved_text``."""
        self.saved_text = saved_text
        if buffer is not None and buffer != self.text:
            self._loading = True
            self._choose_highlighting(buffer)
            self.text_area.load_text(buffer)
        self.state = "dirty" if self.dirty else "clean"
        self._status_extra = "conflict resolved"
        if self.dirty:
            self._schedule_save()
        self._show_status()

    def _show_status(self) -> None:
        status = self.query_one("#editor-status", Static)
        labels = {
            "empty": ("", ""),
            "clean": ("✓ saved", "saved"),
            "dirty": ("● unsaved", "dirty"),
            "saving": ("… saving", "dirty"),
            "failed": ("✗ NOT SAVED", "failed"),
            "conflict": ("⚠ CONFLICT", "failed"),
        }
        label, cls = labels[self.state]
        extra = self._status_extra
        if self.state == "clean" and extra.startswith("saved"):
            label = f"✓ {extra}"
            extra = ""
        if self._highlight_note and label:
            extra = f"{extra}  · {self._highlight_note}" if extra else f"· {self._highlight_note}"
        shown = (f"{label}  {extra}".strip() if label else "", cls)
        if shown == self._status_shown:
            return  # typing must not re-layout the screen on every key
        self._status_shown = shown
        # One fixed line (app.tcss): new words never change its size, so no layout pass
        # of the whole screen (tens of ms on a busy machine, at every save while typing).
        status.update(shown[0], layout=False)
        for name in ("saved", "dirty", "failed"):
            status.set_class(cls == name, f"-{name}")

    # ------------------------------------------------------------ editing helpers

    def insert_line(self, prefix: str) -> None:
        """Insert ``prefix`` at the start of a fresh line below the cursor's line."""
        area = self.text_area
        if area.read_only:
            return
        row, _col = area.cursor_location
        line = area.document.get_line(row)
        end = (row, len(line))
        insert = prefix if not line.strip() else "\n" + prefix
        if not line.strip():
            area.replace(prefix, (row, 0), end)
        else:
            area.insert(insert, end)
        area.focus()

    def go_to_line(self, line: int) -> None:
        """Put the cursor on a 1-based line of the body."""
        area = self.text_area
        row = max(0, min(line - 1, area.document.line_count - 1))
        area.move_cursor((row, 0), center=True)

    def _render_preview(self) -> None:
        from textual.widgets import Markdown

        found = self.query("#note-markdown")
        if found:
            found.first(Markdown).update(self.text)
        else:
            self.query_one("#note-preview").mount(Markdown(self.text, id="note-markdown"))

    def action_toggle_preview(self) -> None:
        """Switch between the Markdown source and its rendered preview (Ctrl+R)."""
        switcher = self.query_one(ContentSwitcher)
        if switcher.current == "note-body":
            self._render_preview()
            switcher.current = "note-preview"
            self.query_one("#note-preview").focus()
        else:
            switcher.current = "note-body"
            self.text_area.focus()

    def insert_timestamp(self) -> bool:
        """Insert a ``- [HH:MM] `` bullet by the talk's clock (False: no talk open)."""
        if self.clock is None or self.talk_id is None:
            return False
        self.insert_line(f"- [{self.clock():%H:%M}] ")
        return True

    def save_now(self) -> None:
        """Ask for a save of the buffer now (Ctrl+S), whatever the autosave timer says."""
        pending = self.take_unsaved()
        if pending is not None:
            self.post_message(self.SaveDue(*pending))


def _ends_line(text: str) -> bool:
    """Whether ``str.splitlines`` leaves out an empty last line of ``text``."""
    return not text or text.endswith(("\n", "\r"))


def markdown_highlighting_available() -> bool:
    """Whether tree-sitter and its Markdown grammar import (Textual's ``syntax`` extra).

    Either may be missing or broken (a wheel for another platform): the editor is then
    plain text, never an error."""
    try:
        from textual._tree_sitter import TREE_SITTER, get_language

        return bool(TREE_SITTER) and get_language("markdown") is not None
    except Exception:
        return False
