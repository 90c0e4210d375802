"""Snapshots (SVG) of the search, person, timetable and help screens, clock and size pinned.

Regenerate after an intended change with ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from confnotes.index import open_index
from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.help import HelpScreen
from confnotes.tui.screens.person import PersonScreen
from confnotes.tui.screens.search import SearchScreen
from confnotes.tui.screens.timetable import TimetableScreen

from .helpers import HostApp, build_notebook

SIZE = (100, 30)
AT = datetime(2024, 2, 3, 10, 12)


def test_snapshot_timetable(demo: Path, snap_compare) -> None:
    nb = build_notebook(demo)
    app = HostApp(lambda: TimetableScreen(nb, "tosc-2024", now=AT), nb)

    async def move(pilot) -> None:
        await pilot.press("right")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=move)


def test_snapshot_search(demo: Path, snap_compare) -> None:
    nb = build_notebook(demo)
    index = open_index(nb)
    index.sync()

    def make() -> SearchScreen:
        screen = SearchScreen(nb, index, query="abstension")
        screen.SHOW_TIMING = False
        return screen

    app = HostApp(make, nb)

    async def settle(pilot) -> None:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.screen.last_query == "abstension" and not app.screen.workers:
                break
        await pilot.press("down")
        await pilot.pause()

    try:
        assert snap_compare(app, terminal_size=SIZE, run_before=settle)
    finally:
        index.close()


def test_snapshot_person(demo: Path, snap_compare) -> None:
    nb = build_notebook(demo)
    app = HostApp(lambda: PersonScreen(nb, "joao-pereira"), nb)

    async def settle(pilot) -> None:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.screen.mentions:
                break
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_snapshot_help(demo: Path, snap_compare) -> None:
    nb = build_notebook(demo)

    app = HostApp(lambda: TimetableScreen(nb, "tosc-2024", now=AT), nb)

    async def open_help(pilot) -> None:
        await pilot.pause()
        await app.push_screen(HelpScreen())
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=open_help)


def test_snapshot_person_backlinks(demo: Path, snap_compare) -> None:
    """Amara Okafor's page lists the demo note that [[links]] to her, marked as linked."""
    nb = Notebook.open(demo)
    app = HostApp(lambda: PersonScreen(nb, "amara-okafor"), nb)

    async def settle(pilot) -> None:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.screen.mentions:
                break
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=settle)
