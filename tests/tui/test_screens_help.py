"""The help screen lists every key that works where it was opened, read from the live app."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Input

from confnotes.tui.screens.help import HelpScreen, collect_bindings
from confnotes.tui.screens.timetable import TimetableScreen

from .helpers import HostApp, async_test, build_notebook


class KeyedApp(HostApp):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="app.help", tooltip="List every key"),
        Binding("ctrl+f", "search", "Search", id="app.search", tooltip="Search all notes"),
    ]

    def action_help(self) -> None:
        self.push_screen(HelpScreen())


def _table_text(app) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [" | ".join(str(cell) for cell in table.get_row_at(i)) for i in range(table.row_count)]


@async_test
async def test_help_lists_screen_widget_and_app_keys_grouped(demo: Path) -> None:
    nb = build_notebook(demo)
    app = KeyedApp(lambda: TimetableScreen(nb, "tosc-2024"), nb)
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = _table_text(app)
        groups = [r.split(" | ")[0] for r in rows if r.endswith(" |  | ")]
        assert groups == ["Timetable grid", "Timetable", "Everywhere"]
        text = "\n".join(rows)
        assert "], n | Next day — Show the next day of the conference | timetable.next_day" in text
        assert "^f | Search — Search all notes | app.search" in text
        assert "⏎ | Open — Open this talk's note | timetable.open" in text
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"day")
        rows = _table_text(app)
        assert any("Prev day" in r for r in rows)
        assert not any("Search" in r for r in rows)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TimetableScreen)


@async_test
async def test_keymap_remaps_show_in_help(demo: Path) -> None:
    nb = build_notebook(demo)
    app = KeyedApp(lambda: TimetableScreen(nb, "tosc-2024"), nb)
    async with app.run_test(size=(110, 40)) as pilot:
        app.set_keymap({"timetable.next_day": "ctrl+n"})
        await pilot.pause()
        rows = collect_bindings(app.screen)
        next_day = [r for r in rows if r.binding_id == "timetable.next_day"]
        assert [r.key for r in next_day] == ["^n"]
