"""Star and mark attended from the timetable, with the editor's keys, through the app's save."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.widgets import Static

from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.timetable import TimetableScreen
from confnotes.tui.widgets.schedule import ScheduleBrowser
from confnotes.tui.widgets.timetable_grid import TimetableGrid
from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for

AT = datetime(2025, 6, 12, 10, 20)


async def _open_timetable(app, pilot) -> TimetableGrid:  # type: ignore[no-untyped-def]
    await pilot.press("f2")
    await wait_for(pilot, lambda: isinstance(app.screen, TimetableScreen))
    grid = app.screen.query_one(TimetableGrid)
    await wait_for(pilot, lambda: grid.current is not None)
    return grid


def _flags(root: Path, talk_id: str) -> tuple[bool, bool]:
    talk = Notebook.open(root).talks[talk_id]
    return talk.starred, talk.attended


def _grid_text(grid: TimetableGrid) -> str:
    return "\n".join(str(grid.render_line(y).text) for y in range(grid.size.height))


async def test_star_and_attended_keys_on_the_timetable_save_and_show(demo: Path) -> None:
    app = app_for(demo, start_talk=CALIBRATION, now=AT, frozen_clock=True)
    async with app.run_test(size=(140, 40)) as pilot:
        grid = await _open_timetable(app, pilot)
        talk_id = grid.current.talk.id
        starred, attended = _flags(demo, talk_id)
        title = grid.current.talk.title

        await pilot.press("ctrl+b")
        await wait_for(pilot, lambda: _flags(demo, talk_id)[0] != starred)
        await wait_for(pilot, lambda: grid.current.talk.starred != starred)
        detail = str(app.screen.query_one("#timetable-detail", Static).render())
        assert ("★ starred" in detail) == (not starred)

        await pilot.press("f8")
        await wait_for(pilot, lambda: _flags(demo, talk_id)[1] != attended)
        detail = str(app.screen.query_one("#timetable-detail", Static).render())
        assert ("✓ attended" in detail) == (not attended)
        if not attended:
            assert any("✓" in line and title[:10] in line for line in _grid_text(grid).split("\n"))
        assert grid.current.talk.id == talk_id  # the cursor stayed on the talk

        # The schedule behind the timetable shows the new marks too.
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, TimetableScreen))
        browser = app.main.query_one(ScheduleBrowser)
        label = str(browser._talk_nodes[talk_id].label)
        assert ("★" in label) == (not starred)


async def test_remapping_star_moves_it_on_the_timetable_too(demo: Path) -> None:
    app = app_for(
        demo,
        start_talk=CALIBRATION,
        now=AT,
        frozen_clock=True,
        settings=pinned_settings(keys={"star": "f11"}),
    )
    async with app.run_test(size=(140, 40)) as pilot:
        grid = await _open_timetable(app, pilot)
        talk_id = grid.current.talk.id
        starred = _flags(demo, talk_id)[0]
        await pilot.press("ctrl+b")  # no longer star
        await pilot.pause(0.2)
        assert _flags(demo, talk_id)[0] == starred
        await pilot.press("f11")
        await wait_for(pilot, lambda: _flags(demo, talk_id)[0] != starred)


async def test_help_on_the_timetable_lists_star_and_attended(demo: Path) -> None:
    from confnotes.tui.screens.help import collect_bindings

    app = app_for(demo, start_talk=CALIBRATION, now=AT, frozen_clock=True)
    async with app.run_test(size=(140, 40)) as pilot:
        await _open_timetable(app, pilot)
        rows = {r.binding_id: r for r in collect_bindings(app.screen) if r.group == "Timetable"}
        assert rows["star"].key == "^d, ^b" and "Star" in rows["star"].description
        assert rows["attended"].key == "f8"


async def test_starring_from_the_timetable_while_the_note_has_unsaved_text_keeps_both(
    demo: Path,
) -> None:
    app = app_for(
        demo,
        start_talk=CALIBRATION,
        now=AT,
        frozen_clock=True,
        settings=pinned_settings(autosave_delay=30.0),
    )
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        app.main.editor.text_area.focus()
        await pilot.press(*"unsaved words")
        grid = await _open_timetable(app, pilot)
        assert grid.select_talk(CALIBRATION)
        starred = _flags(demo, CALIBRATION)[0]
        await pilot.press("ctrl+b")
        await wait_for(pilot, lambda: _flags(demo, CALIBRATION)[0] != starred)
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        editor = app.main.editor
        await wait_for(pilot, lambda: editor.state == "clean")
    text = (demo / f"{CALIBRATION}.md").read_text(encoding="utf-8")
    assert "unsaved words" in text
    assert _flags(demo, CALIBRATION)[0] != starred


async def test_starring_a_note_whose_front_matter_cannot_be_read_says_so(demo: Path) -> None:
    """Only such a note's raw text is ever saved: the app must not claim a star it drops."""
    note = demo / "relml-2025" / "broken.md"
    note.write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    app = app_for(demo, start_talk=CALIBRATION, now=AT, frozen_clock=True)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: "relml-2025/broken" in app.nb.talks)
        app.toggle_talk_flag("relml-2025/broken", "starred")
        await wait_for(pilot, lambda: any("Cannot change" in n.message for n in app._notifications))
        assert not app.nb.talks["relml-2025/broken"].starred
        assert not any(n.message.startswith("Starred") for n in app._notifications)
    assert note.read_text(encoding="utf-8") == "---\ntitle: [unclosed\n---\nbody\n"
