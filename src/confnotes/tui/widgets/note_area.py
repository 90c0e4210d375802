"""The note body's text area: bound keys take effect in the order they were typed.

Textual checks ordinary (non-priority) bindings only when a key event has bubbled
from the focused widget up to the app, one message queue at a time. Meanwhile the
text area goes on inserting the keys typed after it, so with a real terminal
(keys arrive in one burst) ``Ctrl+T`` then ``fr`` wrote ``fr`` *before* the
timestamp bullet. Here the text area runs the binding chain itself, before the
next key, so every bound key (timestamp, save, preview, now, ...) happens exactly
where it was pressed.

It also keeps long notes fast: Textual's wrapped document sums every line's wrap
offsets each time it is asked its height, which the text area does for every line
it draws, so a frame cost O(visible rows x lines) (2 MB note: ~0.7 s a keystroke).
:class:`_NoteWrapping` answers from the row table it already keeps, in O(1).
Likewise the text area joins the whole note into one string for every line it draws
(to decide on its placeholder); :class:`_NoteDocument` keeps that string between edits.
And a keystroke redraws only the rows whose look it changed. Textual drops every
rendered row after each edit and, with soft wrap, after each cursor move (its cache is
keyed by screen row and the whole selection), and repaints the whole widget for each
key: every key rendered and composed the ~40 visible rows again. Here rows are keyed by
what they show (:meth:`NoteArea._row_key`), and an edit within one line that moved
nothing else repaints that line's rows alone (:meth:`NoteArea.edit`).

And it types the characters TextArea drops because ``str.isprintable()`` says no:
the zero-width joiner of emoji sequences, direction marks, no-break and
ideographic spaces (a French keyboard types U+202F before ``:``, a Japanese IME
U+3000), private-use symbols. Only control characters stay out.

A paste that is nothing but paths of images or PDFs (what a terminal types when a
file is dropped on it) is not typed in: :class:`NoteArea.FilesPasted` asks the
screen to attach the files (:mod:`confnotes.knowledge.attachments`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from textual import events
from textual.cache import LRUCache
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Document, Edit, EditResult, Location, WrappedDocument

from confnotes.knowledge.attachments import pasted_paths

ROWS_KEPT = 4096
"""Rendered screen rows kept (a few screens of a long note, scrolled back and forth)."""


class _NoteWrapping(WrappedDocument):
    """A :class:`WrappedDocument` whose height costs O(1): one row-table entry per screen row."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)


LINE_BREAK = re.compile(r"\r\n|\r|\n")
"""What ends a line in the editor: CR, LF or CRLF. Textual's documents also split at
U+2028, U+2029, U+0085, form feed, vertical tab and FS/GS/RS (``str.splitlines``), and
join the lines back with newlines: a note holding one of them was rewritten as soon as
it was opened. Here they are characters of their line, kept byte for byte."""


def split_lines(text: str) -> list[str]:
    """``text``'s lines as the editor holds them (see :data:`LINE_BREAK`)."""
    return LINE_BREAK.split(text)


class _NoteDocument(Document):
    """A plain :class:`Document` that joins its lines once per edit, not once per read,
    and ends lines at CR and LF only (:data:`LINE_BREAK`)."""

    _joined: str | None = None

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.split(text)

    def split(self, text: str) -> None:
        """Hold ``text`` cut at CR and LF only (the document was built from it)."""
        self.lines[:] = split_lines(text)  # the list Textual's document edits
        self._joined = None

    @property
    def text(self) -> str:
        if self._joined is None:
            self._joined = super().text
        return self._joined

    def replace_range(self, start: Location, end: Location, text: str) -> EditResult:
        """Textual's edit, with the inserted text cut at :data:`LINE_BREAK` only."""
        self._joined = None
        top, bottom = sorted((start, end))
        replaced = self.get_text_range(top, bottom)
        lines = self.lines
        after = lines[bottom[0]][bottom[1] :] if bottom[0] < len(lines) else ""
        before = lines[top[0]][: top[1]] if top[0] < len(lines) else ""
        inserted = split_lines(text)
        inserted[0] = before + inserted[0]
        column = len(inserted[-1])
        inserted[-1] += after
        lines[top[0] : bottom[0] + 1] = inserted
        return EditResult((top[0] + len(inserted) - 1, column), replaced)


@dataclass(frozen=True)
class _Look:
    """What decides whether an edit changed more than its own line's rows."""

    scroll: Offset
    size: Size
    virtual: Size
    rows: int
    selection: tuple[Location, Location]
    bracket: Location | None
    highlights: dict[int, tuple[Any, ...]]
    """The highlights of the lines on screen, by line."""


class LineKeepingArea(TextArea):
    """A :class:`TextArea` that gives back the text it was given: lines end at CR and LF
    only (:data:`LINE_BREAK`), every other character stays in its line."""

    def _set_document(self, text: str, language: str | None) -> None:
        super()._set_document(text, language)
        self._fast_wrapping()
        lines = split_lines(text)
        if isinstance(self.document, _NoteDocument) and self.document.lines != lines:
            self.document.split(text)  # Textual cut it at U+2028 and the like too
            self._rewrap_and_refresh_virtual_size()

    def _fast_wrapping(self) -> None:
        """Give the documents (same state, same objects) the O(1) height and kept text.

        The class is swapped in place because the text area builds both documents itself;
        the highlighted (tree-sitter) document is only used for short notes."""
        if type(self.wrapped_document) is WrappedDocument:
            self.wrapped_document.__class__ = _NoteWrapping
        if type(self.document) is Document:
            self.document.__class__ = _NoteDocument


class NoteArea(LineKeepingArea):
    """A :class:`TextArea` that handles bound keys in order with the text typed around them."""

    _holding = False
    _held = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fast_wrapping()
        self._rows: LRUCache[tuple[Any, ...], Strip] = LRUCache(ROWS_KEPT)

    def edit(self, edit: Edit) -> EditResult:
        """Textual's edit, with the whole-widget repaint it asks for narrowed to the rows of
        the edited line (and of the cursor and bracket marks) when nothing else moved."""
        before = self._look()
        self._holding, self._held = True, False
        try:
            result = super().edit(edit)
        except BaseException:
            self._holding = False
            super().refresh()  # whatever the edit left, it is drawn
            raise
        self._holding = False
        if edit.text.endswith("[") and self._opened_link(result.end_location):
            self.post_message(self.LinkStarted())
        if self._held:
            lines = self._lines_changed(before, edit, result)
            if lines is None:
                super().refresh()
            else:
                for line in lines:
                    self._refresh_line(line)
        return result

    def _opened_link(self, end: Location) -> bool:
        """Whether an edit ending at ``end`` typed the ``[[`` of a new link.

        Read from the edit itself, as it happens: a burst of keys (``[[`` then letters)
        is all in the text before the first change is handled, so the text as it is
        then tells neither where the brackets were nor how many times they were typed."""
        row, column = end
        before = self.document.get_line(row)[:column]
        return before.endswith("[[") and not before.endswith("[[[")

    def refresh(
        self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False
    ) -> Self:
        if self._holding and not regions and repaint and not layout and not recompose:
            self._held = True  # decided when the edit is done (see edit)
            return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def _look(self) -> _Look:
        top = self.scroll_offset.y
        wrapped = self.wrapped_document
        shown: dict[int, tuple[Any, ...]] = {}
        for row in range(top, min(top + self.size.height, wrapped.height)):
            line = wrapped._offset_to_line_info[row][0]
            if line not in shown:
                shown[line] = tuple(self._highlights.get(line, ()))
        return _Look(
            self.scroll_offset,
            self.size,
            self.virtual_size,
            wrapped.height,
            tuple(self.selection),  # type: ignore[arg-type]
            self._matching_bracket_location,
            shown,
        )

    def _lines_changed(self, before: _Look, edit: Edit, result: EditResult) -> set[int] | None:
        """The document lines whose rows an edit changed, or None: repaint everything
        (lines added or joined, rows re-wrapped, a scroll, a selection drawn or cleared,
        highlighting that changed on another line, as an opened code fence does)."""
        line = edit.top[0]
        if edit.bottom[0] != line or result.end_location[0] != line or "\n" in edit.text:
            return None
        after = self._look()
        moved = (before.scroll, before.size, before.virtual, before.rows) != (
            after.scroll,
            after.size,
            after.virtual,
            after.rows,
        )
        if moved or before.selection[0] != before.selection[1]:
            return None
        if after.selection[0] != after.selection[1]:
            return None
        if any(after.highlights.get(n) != h for n, h in before.highlights.items() if n != line):
            return None
        lines = {line, before.selection[1][0], after.selection[1][0]}
        lines.update(b[0] for b in (before.bracket, after.bracket) if b is not None)
        return lines

    def _refresh_line(self, line: int) -> None:
        """Repaint the screen rows of one document line."""
        if not 0 <= line < self.document.line_count:
            return
        first = self.wrapped_document.location_to_offset((line, 0)).y
        self.refresh_lines(first, len(self.wrapped_document.get_offsets(line)) + 1)

    def notify_style_update(self) -> None:
        self._rows.clear()  # a theme or focus style changed: every row looks different
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        key = self._row_key(y)
        if key is None:
            return super().render_line(y)
        row = self._rows.get(key)
        if row is None:
            row = self._render_line(y)
            self._rows[key] = row
        return row

    def _row_key(self, y: int) -> tuple[Any, ...] | None:
        """Everything ``TextArea._render_line`` reads to draw screen row ``y``, for the
        document line shown there only (its text, highlights, wrap, and the selection,
        cursor and bracket marks that fall on it); None: let Textual draw it."""
        if self.show_line_numbers or (self.placeholder and not self.text):
            return None  # the gutter numbers every row; the placeholder is Textual's
        scroll_x, scroll_y = self.scroll_offset
        try:
            line_index, section = self.wrapped_document._offset_to_line_info[scroll_y + y]
        except IndexError:
            return None
        start, end = self.selection
        top, bottom = sorted((start, end))
        marked = None
        if start != end and top[0] <= line_index <= bottom[0]:
            marked = (
                top[1] if top[0] == line_index else None,
                bottom[1] if bottom[0] == line_index else None,
            )
        cursor = None
        has_cursor = self._has_cursor
        bracket = self._matching_bracket_location
        brackets = has_cursor and self.match_cursor_bracket and bracket is not None
        brackets = brackets and start == end
        if end[0] == line_index:
            suggestion = (
                self.suggestion if self.has_focus or not self.hide_suggestion_on_blur else ""
            )
            cursor = (end[1], self._draw_cursor, has_cursor, self.highlight_cursor_line, suggestion)
        partner = (
            bracket[1] if brackets and bracket is not None and bracket[0] == line_index else None
        )
        return (
            self.document[line_index],
            section,
            tuple(self._highlights.get(line_index, ())),
            tuple(self.wrapped_document.get_offsets(line_index)),
            marked,
            cursor,
            brackets and cursor is not None,
            partner,
            self.size,
            self.scrollable_content_region.width,
            self.virtual_size.width,
            scroll_x,
            self.theme,
            self.soft_wrap,
            self.indent_width,
            self.read_only,
            self.show_cursor,
            self.has_focus,
        )

    class LinkStarted(Message):
        """``[[`` was just typed: the screen offers what a link can name."""

    class FilesPasted(Message):
        """A paste (or a file dropped on the terminal) named only images or PDFs: the screen
        copies them into the notebook and inserts links instead of the paths."""

        def __init__(self, paths: list[Path]) -> None:
            super().__init__()
            self.paths = paths
            """The files named, in order."""

    async def _on_paste(self, event: events.Paste) -> None:
        if self.read_only:
            return
        paths = pasted_paths(event.text)
        if paths:
            event.prevent_default()  # not TextArea's: the paths are not typed in
            event.stop()
            self.post_message(self.FilesPasted(paths))

    async def _on_key(self, event: events.Key) -> None:
        if self.read_only or self._inserts(event):
            return  # TextArea's own handler inserts it (or ignores it when read-only).
        if _typeable(event.character):
            event.stop()
            event.prevent_default()
            assert event.character is not None
            self.replace(event.character, *self.selection, maintain_selection_offset=False)
            return
        # The same check the app makes when the key reaches it, made now instead of later.
        if await self.app._check_bindings(event.key):
            event.stop()
            event.prevent_default()

    def _inserts(self, event: events.Key) -> bool:
        """Whether TextArea's own key handler types this key into the text."""
        if event.is_printable or event.key == "enter":
            return True
        return self.tab_behavior == "indent" and event.key in ("tab", "escape")


def _typeable(character: str | None) -> bool:
    """A character the user typed as text, though not ``isprintable()`` (not a control key)."""
    return bool(character) and all(
        unicodedata.category(c) not in ("Cc", "Cs") for c in character or ""
    )
