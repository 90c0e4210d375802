"""What a programme refresh (Shift+F7) changed: moved, cancelled, added talks; Enter opens one."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from confnotes.tui.messages import OpenTalk


class ProgrammeChangesScreen(ModalScreen[None]):
    """The list of changed talks after a programme refresh."""

    DEFAULT_CSS = """
    ProgrammeChangesScreen {
        align: center middle;
    }
    ProgrammeChangesScreen #changes-list {
        height: auto;
        max-height: 20;
    }
    """
    """A centred box with the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="changes.close", tooltip="Back to the notes"),
    ]
    """Keys of the list (ids can be remapped in the config file)."""

    def __init__(self, title: str, lines: list[tuple[str, str]]) -> None:
        """Create the screen.

        Args:
            title: What was refreshed and the counts.
            lines: ``(talk id, line)`` for each changed talk.
        """
        super().__init__()
        self.title_text = title
        """The headline."""
        self.lines = lines
        """The changed talks."""

    def compose(self) -> ComposeResult:
        """Headline, list, hint."""
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield OptionList(
                *(Option(line, id=f"{i}") for i, (_tid, line) in enumerate(self.lines)),
                id="changes-list",
            )
            yield Label(
                "Enter: open the note (its mark goes once seen)  ·  Esc: close",
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        """Focus the list."""
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen talk's note."""
        index = int(event.option.id or 0)
        self.post_message(OpenTalk(self.lines[index][0]))

    def action_close(self) -> None:
        """Back to the notes."""
        self.dismiss(None)
