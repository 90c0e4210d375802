"""Ask for a new name (or a timezone and how to apply it) for a correction."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


class EditDialog(ModalScreen[tuple[str, str] | None]):
    """One text field and one button per way to apply it; dismisses with (text, button id)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="edit_dialog.cancel", tooltip="Change nothing")
    ]

    DEFAULT_CSS = """
    EditDialog { align: center middle; }
    EditDialog #edit-dialog { width: 76; height: auto; }
    EditDialog #edit-buttons { height: auto; margin-top: 1; }
    EditDialog #edit-buttons Button { margin-right: 1; }
    """

    def __init__(
        self, title: str, value: str, buttons: list[tuple[str, str]], hint: str = ""
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.buttons = buttons
        """``(id, label)`` of each way to apply the text; Enter in the field takes the first."""
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-dialog", classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Input(self.value, id="edit-value")
            if self.hint:
                yield Label(self.hint, classes="dialog-hint")
            with Horizontal(id="edit-buttons"):
                for button_id, label in self.buttons:
                    yield Button(label, id=f"edit-{button_id}")
                yield Button("Cancel", id="edit-cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#edit-value")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.dismiss((event.value.strip(), self.buttons[0][0]))

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        chosen = (event.button.id or "").removeprefix("edit-")
        value = self.query_one(Input).value.strip()
        if chosen == "cancel" or not value:
            self.dismiss(None)
        else:
            self.dismiss((value, chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)
