"""A note changed on disk while the user had unsaved text: show both and let them decide.

Nothing is lost whatever they choose: the version not kept in the note is
written to a recovery copy first.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, TextArea

Choice = Literal["mine", "theirs", "both", "later"]


class ConflictDialog(ModalScreen[Choice]):
    """Side by side: the file's new text and the editor's; dismisses with the choice."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "later",
            "Decide later",
            id="conflict_later",
            tooltip="Keep both, decide later",
        )
    ]

    def __init__(self, path: str, theirs: str, mine: str) -> None:
        super().__init__()
        self.path = path
        self.theirs = theirs
        self.mine = mine

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-dialog", classes="dialog"):
            yield Label(
                f"{self.path} was changed by another program while you had unsaved text.\n"
                "Both versions are kept until you choose.",
                classes="dialog-title",
            )
            with Horizontal(id="conflict-texts"):
                with Vertical():
                    yield Label("On disk (theirs)", classes="conflict-caption")
                    yield TextArea(self.theirs, read_only=True, id="conflict-theirs")
                with Vertical():
                    yield Label("In the editor (yours)", classes="conflict-caption")
                    yield TextArea(self.mine, read_only=True, id="conflict-mine")
            with Horizontal(id="conflict-buttons"):
                yield Button("Keep mine", id="mine", variant="primary")
                yield Button("Take theirs", id="theirs")
                yield Button("Keep both", id="both")
                yield Button("Decide later", id="later")

    def on_mount(self) -> None:
        for area in self.query(TextArea):
            area.cursor_blink = False
        self.query_one("#mine", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choice = event.button.id or "later"
        self.dismiss(choice)  # type: ignore[arg-type]

    def action_later(self) -> None:
        self.dismiss("later")
