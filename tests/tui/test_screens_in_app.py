"""The screens inside the real app: reached by their keys, and what they post is acted on."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.widgets import Input

from confnotes.tui.screens.help import HelpScreen
from confnotes.tui.screens.links import LinksScreen
from confnotes.tui.screens.person import PersonScreen
from confnotes.tui.screens.search import SearchScreen
from confnotes.tui.screens.timetable import TimetableScreen
from confnotes.tui.widgets.timetable_grid import TimetableGrid

from .helpers import app_for, wait_for

TALK = "relml-2025/calibration-is-not-enough"


async def test_timetable_from_app_opens_talk_in_editor(demo: Path) -> None:
    app = app_for(demo, start_talk=TALK, now=datetime(2025, 6, 12, 10, 20), frozen_clock=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f2")
        await wait_for(pilot, lambda: isinstance(app.screen, TimetableScreen))
        grid = app.screen.query_one(TimetableGrid)
        await wait_for(pilot, lambda: grid.current is not None)
        assert grid.now == datetime(2025, 6, 12, 10, 20)  # the app's --at clock
        assert grid.current is not None
        picked = grid.current.talk.id
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, TimetableScreen))
        assert app.main.current_talk().id == picked


async def test_help_search_person_links_from_app(demo: Path) -> None:
    app = app_for(demo, start_talk=TALK)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen) and app.screen.rows)
        assert any(r.binding_id == "search" for r in app.screen.rows)
        await pilot.press("escape")
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
        app.screen.query_one(Input).value = "abstention"
        await wait_for(pilot, lambda: app.screen.last_query == "abstention")
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, SearchScreen))
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
        assert app.screen.person.id == "amara-okafor"
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, PersonScreen))
        await pilot.press("ctrl+l")
        await wait_for(pilot, lambda: isinstance(app.screen, LinksScreen))
        assert app.screen.talk_id == TALK
