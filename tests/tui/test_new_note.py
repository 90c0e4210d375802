"""F7: a note for what is not on the programme, made without leaving the app."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from textual.widgets import Input, OptionList, Select

from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.new_note_dialog import NewNoteDialog
from tests.tui.helpers import app_for, wait_for

AT = datetime(2025, 6, 12, 10, 50)
SIZE = (120, 40)


async def test_f7_makes_a_note_with_an_existing_and_a_new_person(demo: Path) -> None:
    app = app_for(demo, now=AT, frozen_clock=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, NewNoteDialog))
        dialog = app.screen
        # proposed: the conference running now, at its clock
        assert dialog.query_one("#new-conference", Select).value == "relml-2025"
        assert dialog.query_one("#new-at", Input).value == "2025-06-12 10:50"
        await pilot.press(*"Coffee chat on abstention")
        dialog.query_one("#new-people", Input).focus()
        await pilot.press(*"okafr")  # a typo: fuzzy completion still finds her
        suggestions = dialog.query_one("#new-people-suggestions", OptionList)
        await wait_for(pilot, lambda: suggestions.display and suggestions.option_count > 0)
        await pilot.press("down", "enter")
        people = dialog.query_one("#new-people", Input)
        assert people.value == "Amara Okafor, "
        await pilot.press(*"Rui Novo")
        dialog.query_one("#new-kind", Select).value = "hallway"
        await pilot.press("ctrl+s")
        talk_id = "relml-2025/coffee-chat-on-abstention"
        await wait_for(pilot, lambda: app.main.editor.talk_id == talk_id)
        talk = app.nb.talks[talk_id]
        assert talk.kind == "social" and talk.tags == ["hallway"]
        assert talk.start == AT
        assert talk.speakers[0] == "amara-okafor"
        assert app.nb.people[talk.speakers[1]].name == "Rui Novo"
        # typed words land in the new note like in any other
        await pilot.press(*"Pricing abstention")
        await pilot.press("ctrl+s")
        await wait_for(
            pilot, lambda: "Pricing abstention" in Notebook.open(demo).talks[talk_id].body
        )


async def test_f7_without_a_title_says_so_and_escape_makes_nothing(demo: Path) -> None:
    app = app_for(demo, now=datetime(2025, 7, 1, 18, 0), frozen_clock=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, NewNoteDialog))
        # no conference runs on that day: the day's notes are proposed
        assert app.screen.query_one("#new-conference", Select).value == "*day*"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, NewNoteDialog)
        assert "title" in str(app.screen.query_one("#new-error").render())
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NewNoteDialog)
    assert not (demo / "notes-2025-07-01").exists()


def test_snapshot_new_note_dialog(demo: Path, snap_compare: Any) -> None:
    async def fill(pilot: Any) -> None:
        await pilot.pause()
        await pilot.press("f7")
        await pilot.pause()
        await pilot.press(*"BoF on evaluation")
        await pilot.pause()

    app = app_for(demo, now=AT, frozen_clock=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=fill)


async def test_f7_from_the_timetable_opens_the_new_note_in_the_editor(demo: Path) -> None:
    app = app_for(demo, now=AT, frozen_clock=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, NewNoteDialog))
        await pilot.press(*"Late lightning talk", "enter")
        talk_id = "relml-2025/late-lightning-talk"
        await wait_for(pilot, lambda: app.main.editor.talk_id == talk_id)
        assert app.screen is app.main
