"""A note changed on disk while the user had unsaved text: show both and let them decide.

Nothing is lost whatever they choose (DESIGN §1b): "Keep both" merges the two
texts (same-line edits between conflict markers); "Keep mine" and "Take theirs"
put the other body in a recovery copy that stays until discarded; front matter
merges key by key in every case. The dialog pops up while the user may still be
typing, so it opens with no button focused and takes no text key as a choice:
only a click or an Alt key (shown on each button) decides, and Escape defers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Literal

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, TextArea

from confnotes.notebook.merge3 import ConflictBlock, conflict_blocks

Choice = Literal["mine", "theirs", "both", "later"]


class ChoiceButton(Button, can_focus=False):
    """A button that only a click or its key presses: never Enter or space typed on."""


class ConflictDialog(ModalScreen[Choice]):
    """Side by side: the file's new text and the editor's; dismisses with the choice."""

    AUTO_FOCUS = None
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("alt+m", "choose('mine')", "Keep mine", id="conflict_mine", priority=True),
        Binding("alt+t", "choose('theirs')", "Take theirs", id="conflict_theirs", priority=True),
        # Not Alt+B: xterm and tmux send it as ESC b, which Textual reads as Ctrl+Left.
        Binding("alt+k", "choose('both')", "Keep both", id="conflict_both", priority=True),
        Binding(
            "escape",
            "choose('later')",
            "Decide later",
            id="conflict_later",
            tooltip="Keep both, decide later",
        ),
    ]

    def __init__(
        self,
        path: str,
        theirs: str,
        mine: str,
        typed: Callable[[str], None] | None = None,
        *,
        said: str | None = None,
        captions: tuple[str, str] = ("On disk (theirs)", "In the editor (yours)"),
    ) -> None:
        super().__init__()
        self.path = path
        self.theirs = theirs
        self.mine = mine
        self.typed = typed
        """Where text typed on while the dialog is up goes (the editor), else dropped."""
        self.said = said or (
            f"{path} was changed by another program while you had unsaved text.\n"
            "Both versions are kept until you choose; whatever you choose, the other "
            "version is kept too (in the note or a recovery copy)."
        )
        """What happened, above the two texts."""
        self.captions = captions
        """The captions of the two texts: theirs, yours."""

    @classmethod
    def for_merged(cls, path: str, text: str) -> ConflictDialog:
        """The dialog for a note a sync merged: ``text`` (the whole file) holds both
        versions of the same lines between markers; each side shows its version of
        each block, where it is in the file, without the rest of the note."""
        blocks = conflict_blocks(text)

        def side(version: Callable[[ConflictBlock], str]) -> str:
            return "\n".join(f"— line {b.start + 1} —\n{version(b)}" for b in blocks)

        places = f"{len(blocks)} place{'s' if len(blocks) != 1 else ''}"
        labels = (blocks[0].theirs_label, blocks[0].ours_label) if blocks else ("", "")
        return cls(
            path,
            side(lambda b: b.theirs),
            side(lambda b: b.ours),
            said=(
                f"{path}: a team sync kept both versions of the same lines ({places}), "
                "between <<<<<<< and >>>>>>> in the note.\n"
                "Keep yours or take theirs in every place; Keep both keeps both versions' "
                "lines, one after the other, without the markers."
            ),
            captions=(f"Theirs ({labels[0]})", f"Yours ({labels[1]})"),
        )

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-dialog", classes="dialog"):
            yield Label(self.said, classes="dialog-title")
            with Horizontal(id="conflict-texts"):
                with Vertical():
                    yield Label(self.captions[0], classes="conflict-caption")
                    yield TextArea(self.theirs, read_only=True, id="conflict-theirs")
                with Vertical():
                    yield Label(self.captions[1], classes="conflict-caption")
                    yield TextArea(self.mine, read_only=True, id="conflict-mine")
            with Horizontal(id="conflict-buttons"):
                yield ChoiceButton("Keep mine  Alt+M", id="mine")
                yield ChoiceButton("Take theirs  Alt+T", id="theirs")
                yield ChoiceButton("Keep both  Alt+K", id="both")
                yield ChoiceButton("Decide later  Esc", id="later")

    def on_mount(self) -> None:
        for area in self.query(TextArea):
            area.cursor_blink = False
            area.can_focus = False  # typed keys must reach nothing here

    def on_key(self, event: events.Key) -> None:
        """Text typed on (the user did not see the dialog coming) is never a choice: it
        goes on into the editor's text, which the choice then keeps."""
        text = "\n" if event.key == "enter" else event.character if event.is_printable else None
        if text is None and event.key not in ("tab", "shift+tab"):
            return
        event.stop()
        event.prevent_default()
        if text and self.typed is not None:
            self.typed(text)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choice = event.button.id or "later"
        self.dismiss(choice)  # type: ignore[arg-type]

    def action_choose(self, choice: str) -> None:
        """A choice by key (Alt+M / Alt+T / Alt+K, Escape)."""
        self.dismiss(choice)  # type: ignore[arg-type]
