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
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Static

from confnotes.tui.keys import OVER_DIALOGS, screen_claims


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


def acting_bindings(screen: Screen) -> list[tuple[DOMNode, str, Binding]]:
    """``(where, key, binding)`` of every key that acts on a screen, most specific first,
    with the user's keymap applied.

    Each key appears once, where it acts, as Textual resolves it: priority bindings
    from the app down (an app key resting where the screen binds the key itself, or
    on a dialog: see :mod:`confnotes.tui.keys`), then the others from the focused
    widget up, stopping at a modal screen. A widget default shadowed by an app key
    (the text area's F6 and F7) is not there; nor are keys a text box consumes.
    """
    # Textual's own resolution chain, keymap already applied (no public equivalent).
    chain = screen._binding_chain
    if not any(node is screen for node, _ in chain):
        chain = [(screen, screen._bindings), *chain]
    modal = chain
    for index, (node, _bindings) in enumerate(chain, 1):
        if node.is_modal:
            modal = chain[:index]
            break
    acting: dict[str, Binding] = {}
    for node, bindings_map in reversed(chain):
        for key, bindings in bindings_map.key_to_bindings.items():
            for binding in bindings:
                if key not in acting and binding.priority and _acts(screen, node, key, binding):
                    acting[key] = binding
    for _node, bindings_map in modal:
        for key, bindings in bindings_map.key_to_bindings.items():
            for binding in bindings:
                if key not in acting and not binding.priority:
                    acting[key] = binding
    found: list[tuple[DOMNode, str, Binding]] = []
    for node, bindings_map in chain:
        for key, bindings in bindings_map.key_to_bindings.items():
            wins = acting.get(key)
            if wins is not None and any(b is wins for b in bindings):
                found.append((node, key, wins))
                del acting[key]
    return found


def collect_bindings(screen: Screen) -> list[KeyHelp]:
    """Every binding that acts on a screen (see :func:`acting_bindings`), as help rows."""
    rows: list[KeyHelp] = []
    for node, _key, binding in acting_bindings(screen):
        group = _title(node)
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


def _acts(screen: Screen, node: DOMNode, key: str, binding: Binding) -> bool:
    """Whether a priority binding acts on ``screen`` (an app key may rest there)."""
    app = screen.app
    if node is not app:
        return True
    if isinstance(screen, ModalScreen) and binding.action not in OVER_DIALOGS:
        return False
    return not screen_claims(screen, [key], getattr(app, "keymap", {}))


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
