"""Unsaved text from an earlier run was found: offer it back.

Shown at start when recovery copies exist (a failed save, a conflict left
undecided, a crash). Restoring opens the note with the recovered text in the
editor, which then saves it as usual; the copy is deleted once that save
succeeds.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from confnotes.notebook.recovery import RecoveryCopy


class RecoveryDialog(ModalScreen[tuple[str, RecoveryCopy] | None]):
    """List recovery copies; dismisses with ``("restore"|"discard", copy)`` or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "later", "Later", id="recovery_later", tooltip="Keep the copies for later"
        )
    ]

    AUTO_FOCUS = "#recovery-list"
    """Focused once mounted (by Textual: a dialog closed while it mounts, as the app
    quits, has nothing left to focus and must not fail)."""

    def __init__(self, copies: list[RecoveryCopy]) -> None:
        super().__init__()
        self.copies = copies

    def compose(self) -> ComposeResult:
        with Vertical(id="recovery-dialog", classes="dialog"):
            yield Label(
                "Unsaved text from an earlier session was kept. Restore it into its note?",
                classes="dialog-title",
            )
            yield OptionList(
                *(
                    Option(f"{c.talk_id}  ({c.written}; {c.reason})", id=str(i))
                    for i, c in enumerate(self.copies)
                ),
                id="recovery-list",
            )
            preview = TextArea(
                self.copies[0].text if self.copies else "", read_only=True, id="recovery-text"
            )
            preview.cursor_blink = False
            yield preview
            with Horizontal(classes="dialog-buttons"):
                yield Button("Restore", id="restore", variant="primary")
                yield Button("Discard", id="discard", variant="error")
                yield Button("Later", id="later")

    def _current(self) -> RecoveryCopy | None:
        index = self.query_one(OptionList).highlighted
        return self.copies[index] if index is not None and index < len(self.copies) else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        copy = self._current()
        if copy is not None:
            self.query_one("#recovery-text", TextArea).load_text(copy.text)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        copy = self._current()
        if copy is not None:
            self.dismiss(("restore", copy))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        copy = self._current()
        if event.button.id == "later" or copy is None:
            self.dismiss(None)
        else:
            self.dismiss((event.button.id or "restore", copy))

    def action_later(self) -> None:
        self.dismiss(None)
