"""The ``[[`` completion: pick a talk, person, conference or paper to link, as you type."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from confnotes.knowledge.wikilinks import LinkResolver, Target, completion_text


class LinkPicker(ModalScreen[str | None]):
    """Completions for a ``[[link]]``; dismisses with the text to write before ``]]``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="link_picker.cancel", tooltip="Keep '[[' as typed"
        ),
        Binding("down", "next", "Next", show=False, id="link_picker.next"),
        Binding("up", "previous", "Previous", show=False, id="link_picker.previous"),
    ]

    DEFAULT_CSS = """
    LinkPicker { align: center middle; }
    LinkPicker #link-picker { width: 80; height: auto; max-height: 22; }
    LinkPicker #link-choices { height: auto; max-height: 14; }
    """

    def __init__(self, resolver: LinkResolver, typed: str = "") -> None:
        super().__init__()
        self.resolver = resolver
        """Resolves and completes against the notebook."""
        self.typed = typed
        """Text already typed after ``[[``."""
        self.targets: list[Target] = []
        """The completions shown, in order."""

    def compose(self) -> ComposeResult:
        with Vertical(id="link-picker", classes="dialog"):
            yield Label("Link to a talk, person, conference or paper", classes="dialog-title")
            yield Input(self.typed, placeholder="a few letters of a title or name", id="link-input")
            yield OptionList(id="link-choices")
            yield Label("Enter: link  ·  ↑↓: choose  ·  Esc: keep '[['", classes="dialog-hint")

    def on_mount(self) -> None:
        self._fill(self.typed)
        self.query_one(Input).focus()

    @on(Input.Changed, "#link-input")
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, typed: str) -> None:
        self.targets = self.resolver.complete(typed)
        paper = self.resolver.paper(typed)
        if paper is not None:
            self.targets.insert(0, paper)
        listing = self.query_one("#link-choices", OptionList)
        listing.clear_options()
        for target in self.targets:
            label = Text(f"{target.kind:<10} ", style="dim")
            label.append(target.title, style="bold")
            if target.kind != "paper" and target.id != target.title:
                label.append(f"  {target.id}", style="dim")
            listing.add_option(Option(label))
        if self.targets:
            listing.highlighted = 0

    @on(Input.Submitted, "#link-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        listing = self.query_one("#link-choices", OptionList)
        index = listing.highlighted
        if self.targets and index is not None:
            self.dismiss(completion_text(self.resolver, self.targets[index]))
        elif event.value.strip():
            self.dismiss(event.value.strip())  # a link to something not in the notebook yet

    @on(OptionList.OptionSelected, "#link-choices")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(completion_text(self.resolver, self.targets[event.option_index]))

    def action_next(self) -> None:
        self.query_one("#link-choices", OptionList).action_cursor_down()

    def action_previous(self) -> None:
        self.query_one("#link-choices", OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
