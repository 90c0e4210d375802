"""The note body's text area: bound keys take effect in the order they were typed.

Textual checks ordinary (non-priority) bindings only when a key event has bubbled
from the focused widget up to the app, one message queue at a time. Meanwhile the
text area goes on inserting the keys typed after it, so with a real terminal
(keys arrive in one burst) ``Ctrl+T`` then ``fr`` wrote ``fr`` *before* the
timestamp bullet. Here the text area runs the binding chain itself, before the
next key, so every bound key (timestamp, save, preview, now, ...) happens exactly
where it was pressed.

It also types the characters TextArea drops because ``str.isprintable()`` says no:
the zero-width joiner of emoji sequences, direction marks, no-break and
ideographic spaces (a French keyboard types U+202F before ``:``, a Japanese IME
U+3000), private-use symbols. Only control characters stay out.
"""

from __future__ import annotations

import unicodedata

from textual import events
from textual.widgets import TextArea


class NoteArea(TextArea):
    """A :class:`TextArea` that handles bound keys in order with the text typed around them."""

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
