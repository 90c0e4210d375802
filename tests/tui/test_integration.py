"""The app wires the other screens in: search and open a hit, quick open, person page."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.widgets import Input, OptionList

from confnotes.tui.screens.person import PersonScreen
from confnotes.tui.screens.search import SearchScreen
from tests.tui.helpers import CALIBRATION, app_for, wait_for


async def test_search_opens_the_note_at_the_match_and_saves_reach_the_index(
    demo: Path,
) -> None:
    app = app_for(demo, open_index=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, app.index_ready.is_set, timeout=20)
        assert app.index is not None
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.query_one(Input).value = "abstention"
        await wait_for(pilot, lambda: bool(screen.hits) and not screen.workers)
        hit = screen.hits[0]
        assert hit.id == CALIBRATION
        await pilot.press("enter", "enter")
        await wait_for(pilot, lambda: app.main.editor.talk_id == CALIBRATION)
        assert app.screen is app.main
        row = app.main.editor.text_area.cursor_location[0]
        assert "abstention" in app.main.editor.text.splitlines()[row].lower()
        # A word typed now is found by search once the note has saved.
        await pilot.press("ctrl+t", *"xylofoo")
        await wait_for(pilot, lambda: app.main.editor.state == "clean")
        await wait_for(
            pilot, lambda: any(h.id == CALIBRATION for h in app.index.search("xylofoo").hits)
        )


async def test_quick_open_finds_a_talk_by_fuzzy_name(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        app.screen.query_one(Input).value = "shifts wild"
        await wait_for(pilot, lambda: app.screen.query_one(CommandList).option_count > 0)
        await pilot.pause(0.1)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.main.editor.talk_id == "relml-2025/shifts-in-the-wild")


async def test_speaker_page_and_back_to_one_of_their_talks(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
        screen = app.screen
        assert isinstance(screen, PersonScreen)
        assert screen.person.id == "amara-okafor"
        talks = screen.query_one("#person-talks", OptionList)
        panel = next(i for i, t in enumerate(screen.talks) if "panel" in t.id)
        talks.focus()
        talks.highlighted = panel
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.main.editor.talk_id == screen.talks[panel].id)
        assert app.screen is app.main
