"""Several talks are on at once: ask which one to take notes in."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option


class NowDialog(ModalScreen[str | None]):
    """Pick one of several talks in progress (parallel rooms); dismisses with its id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog_cancel", tooltip="Close without choosing")
    ]

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        """The question shown above the list."""
        self.choices = choices
        """``(talk id, one-line description)`` pairs."""

    def compose(self) -> ComposeResult:
        with Vertical(id="now-dialog", classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield OptionList(
                *(Option(label, id=talk_id) for talk_id, label in self.choices), id="now-choices"
            )
            yield Label("Enter: open  ·  Esc: cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
