"""Help: every key binding that works right now, grouped by where it works.

The list is read from the live app (its bindings after the user's keymap from
the config file is applied), the screen the help was opened from and the
widget focused there, so it can never disagree with what the keys do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static


@dataclass(frozen=True)
class KeyHelp:
    """One row of the help: a key, what it does, where it works."""

    group: str
    key: str
    description: str
    tooltip: str
    binding_id: str


def _title(node: DOMNode) -> str:
    """A human name for where bindings live ("TimetableScreen" → "Timetable")."""
    name = type(node).__name__
    if name.endswith("App"):
        return "Everywhere"
    name = name.removesuffix("Screen") or name
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).split()
    return " ".join([words[0], *(w.lower() for w in words[1:])]) if words else name


def collect_bindings(screen: Screen) -> list[KeyHelp]:
    """Every binding that acts on a screen, most specific first, with the user's keymap applied.

    Follows the focused widget's chain up to the screen and the app (stopping at
    a modal screen, as Textual does). A key shadowed by a more specific binding
    is listed once, where it acts; keys a focused text box consumes are left out.
    """
    rows: list[KeyHelp] = []
    seen: set[str] = set()
    # Textual's own resolution order, keymap already applied (no public equivalent).
    chain = screen._modal_binding_chain
    if not any(node is screen for node, _ in chain):
        chain = [(screen, screen._bindings), *chain]
    for node, bindings_map in chain:
        group = _title(node)
        for key, bindings in bindings_map.key_to_bindings.items():
            if key in seen:
                continue
            seen.add(key)
            actions: set[str] = set()
            for binding in bindings:
                if binding.action in actions:
                    continue
                actions.add(binding.action)
                display = binding.key_display or screen.app.get_key_display(binding)
                description = binding.description or binding.tooltip or binding.action
                row = KeyHelp(group, display, description, binding.tooltip, binding.id or "")
                same = next((i for i, r in enumerate(rows) if _same_action(r, row)), None)
                if same is None:
                    rows.append(row)
                else:  # one action on several keys: one row, "[, p"
                    old = rows[same]
                    rows[same] = KeyHelp(
                        group, f"{old.key}, {display}", description, old.tooltip, old.binding_id
                    )
    return rows


def _same_action(a: KeyHelp, b: KeyHelp) -> bool:
    return (a.group, a.description, a.binding_id, a.tooltip) == (
        b.group,
        b.description,
        b.binding_id,
        b.tooltip,
    )


class HelpScreen(Screen[None]):
    """Lists every key binding of the app and the screen it was opened from."""

    DEFAULT_CSS = """
    HelpScreen {
        layout: vertical;
    }
    HelpScreen #help-title {
        padding: 0 1;
        background: $boost;
        text-style: bold;
    }
    HelpScreen #help-filter {
        margin: 0 1;
    }
    HelpScreen #help-table {
        height: 1fr;
    }
    """
    """Title, filter box, the table of keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="help.close", tooltip="Close the help"),
        Binding(
            "slash",
            "filter",
            "Filter",
            id="help.filter",
            tooltip="Type to show only keys whose description matches",
        ),
    ]
    """Keys of the help screen (ids can be remapped in the config file)."""

    def __init__(
        self,
        target: Screen | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        """Create the screen.

        Args:
            target: The screen whose keys to list (default: the one below this screen).
            name: Textual name of the screen.
            id: Textual id of the screen.
        """
        super().__init__(name=name, id=id)
        self.target = target
        """Screen whose bindings are listed."""
        self.rows: list[KeyHelp] = []
        """Every binding found, grouped, most specific first."""

    def compose(self) -> ComposeResult:
        """Title, filter, table, footer."""
        yield Static("Keys", id="help-title")
        yield Input(placeholder="filter (key or description)", id="help-filter")
        yield DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        """Read the bindings from the live app and fill the table."""
        target = self.target
        if target is None:
            stack = [s for s in self.app.screen_stack if s is not self]
            target = stack[-1] if stack else self
        self.rows = collect_bindings(target)
        title = _title(target) if target is not self else "the app"
        self.query_one("#help-title", Static).update(f"Keys — {title}")
        table = self.query_one("#help-table", DataTable)
        table.add_column("Key", key="key")
        table.add_column("Does", key="does")
        table.add_column("Id (for the config file)", key="id")
        self._fill("")
        table.focus()

    def _fill(self, needle: str) -> None:
        table = self.query_one("#help-table", DataTable)
        table.clear()
        needle = needle.strip().lower()
        group = None
        for row in self.rows:
            haystack = f"{row.key} {row.description} {row.tooltip} {row.binding_id}".lower()
            if needle and needle not in haystack:
                continue
            if row.group != group:
                group = row.group
                table.add_row(Text(group, style="bold underline"), "", "")
            does = Text(row.description, style="bold")
            if row.tooltip and row.tooltip != row.description:
                does.append(f" — {row.tooltip}", style="")
            table.add_row(Text(row.key, style="bold"), does, Text(row.binding_id, style="dim"))

    @on(Input.Changed, "#help-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_filter(self) -> None:
        """Focus the filter box."""
        self.query_one("#help-filter", Input).focus()

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
