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

And it types the characters TextArea drops because ``str.isprintable()`` says no:
the zero-width joiner of emoji sequences, direction marks, no-break and
ideographic spaces (a French keyboard types U+202F before ``:``, a Japanese IME
U+3000), private-use symbols. Only control characters stay out.

A paste that is nothing but paths of images or PDFs (what a terminal types when a
file is dropped on it) is not typed in: :class:`NoteArea.FilesPasted` asks the
screen to attach the files (:mod:`confnotes.attachments`).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from textual import events
from textual.message import Message
from textual.widgets import TextArea
from textual.widgets.text_area import Document, EditResult, Location, WrappedDocument

from confnotes.attachments import pasted_paths


class _NoteWrapping(WrappedDocument):
    """A :class:`WrappedDocument` whose height costs O(1): one row-table entry per screen row."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)


class _NoteDocument(Document):
    """A plain :class:`Document` that joins its lines once per edit, not once per read."""

    _joined: str | None = None

    @property
    def text(self) -> str:
        if self._joined is None:
            self._joined = super().text
        return self._joined

    def replace_range(self, start: Location, end: Location, text: str) -> EditResult:
        self._joined = None
        return super().replace_range(start, end, text)


class NoteArea(TextArea):
    """A :class:`TextArea` that handles bound keys in order with the text typed around them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fast_wrapping()

    def _set_document(self, text: str, language: str | None) -> None:
        super()._set_document(text, language)
        self._fast_wrapping()

    def _fast_wrapping(self) -> None:
        """Give the documents (same state, same objects) the O(1) height and kept text.

        The class is swapped in place because the text area builds both documents itself;
        the highlighted (tree-sitter) document is only used for short notes."""
        if type(self.wrapped_document) is WrappedDocument:
            self.wrapped_document.__class__ = _NoteWrapping
        if type(self.document) is Document:
            self.document.__class__ = _NoteDocument

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
