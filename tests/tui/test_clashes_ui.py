"""Clashes in the app: my schedule (F4) as a day of my talks with gaps, the timetable, Ctrl+N."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from textual.widgets import OptionList

from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.now_dialog import NowDialog
from confnotes.tui.screens.timetable import TimetableScreen
from confnotes.tui.widgets.timetable_grid import TimetableGrid
from tests.tui.helpers import app_for, build_notebook, wait_for

AT = datetime(2024, 2, 3, 10, 5)
SIZE = (120, 36)
ROBUST = "tosc-2024/robust-trees-in-production"
TERMINAL = "tosc-2024/terminal-uis-that-never-freeze"


def _tosc(demo: Path) -> Path:
    nb = build_notebook(demo)
    lunch = nb.talks["tosc-2024/lunch"]
    lunch.starred = True
    nb.save_talk(lunch)
    return demo


def _labels(app: Any) -> list[str]:
    tree = app.main.schedule.tree_view
    out = []

    def walk(node: Any) -> None:
        for child in node.children:
            out.append(str(child.label))
            walk(child)

    walk(tree.root)
    return out


async def test_f4_my_day_shows_clashes_and_gaps(demo: Path) -> None:
    app = app_for(_tosc(demo), now=AT, frozen_clock=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        labels = _labels(app)
        robust = next(x for x in labels if "Robust trees" in x)
        assert "⚠" in robust and "clashes with Terminal UIs that never freeze" in robust
        assert any("free · 1 h 30" in x for x in labels)  # 10:30 to the starred lunch
        assert "clashing" in str(app.main.schedule.query_one("#schedule-summary").render())
        # unstarring one of the two removes the mark from the other
        app.main.schedule.select_talk(TERMINAL)
        await pilot.pause()
        app.main.open_talk(TERMINAL, focus=False)
        await pilot.press("ctrl+b")
        await wait_for(pilot, lambda: not Notebook.open(demo).talks[TERMINAL].starred)
        await pilot.pause()
        assert all("⚠" not in x for x in _labels(app) if "Robust trees" in x)


async def test_timetable_marks_clashing_starred_talks(demo: Path) -> None:
    app = app_for(_tosc(demo), now=AT, frozen_clock=True, start_talk=ROBUST)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await wait_for(pilot, lambda: isinstance(app.screen, TimetableScreen))
        grid = app.screen.query_one(TimetableGrid)
        assert set(grid.clashing) == {ROBUST, TERMINAL}
        assert grid.select_talk(ROBUST)
        await pilot.pause()
        detail = str(app.screen.query_one("#timetable-detail").render())
        assert "clashes with Terminal UIs that never freeze" in detail


async def test_now_chooser_lists_starred_first_with_clash_marks(demo: Path) -> None:
    app = app_for(_tosc(demo), now=AT, frozen_clock=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: isinstance(app.screen, NowDialog))
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(3)]
        assert prompts[0].startswith("★⚠") and "Robust trees" in prompts[0]
        assert prompts[1].startswith("★⚠") and "Terminal UIs" in prompts[1]
        assert prompts[2].startswith("  ") and "Lightning talks" in prompts[2]


def test_snapshot_my_schedule_with_clashes(demo: Path, snap_compare: Any) -> None:
    app = app_for(_tosc(demo), now=AT, frozen_clock=True)
    assert snap_compare(app, press=["f4"], terminal_size=SIZE)


def test_snapshot_timetable_with_clashes(demo: Path, snap_compare: Any) -> None:
    app = app_for(_tosc(demo), now=AT, frozen_clock=True, start_talk=ROBUST)
    assert snap_compare(app, press=["f2"], terminal_size=SIZE)


async def test_saving_a_note_nobody_starred_leaves_the_clashes_alone(
    demo: Path, monkeypatch: Any
) -> None:
    """Typing saves the open note every second or two: when it is not starred, its save
    cannot change a clash, and the schedule does not look for clashes again (that walk
    over every talk cost 13-100 ms on the UI thread at 50,000 talks, per save)."""
    from confnotes.schedule import clashes as clashes_module
    from confnotes.tui.widgets import schedule as schedule_module

    app = app_for(_tosc(demo), now=AT, frozen_clock=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        calls: list[int] = []
        real = clashes_module.clashes

        def counting(*args: Any) -> Any:
            calls.append(1)
            return real(*args)

        # Every way to the clash search is counted: the schedule's own name for it and
        # the one `starred_clashes` (the walk over every talk) calls.
        monkeypatch.setattr(clashes_module, "clashes", counting)
        monkeypatch.setattr(schedule_module, "clashes", counting, raising=False)
        quiet = "tosc-2024/packaging-python-apps"
        assert not app.nb.talks[quiet].starred
        app.main.open_talk(quiet)
        await pilot.pause()
        await pilot.press(*"typed words")
        await wait_for(pilot, lambda: "typed words" in (demo / f"{quiet}.md").read_text())
        await pilot.pause()
        assert calls == []
        assert "⚠" in next(x for x in _labels(app) if "Robust trees" in x)
        # Starring it does look again.
        await pilot.press("ctrl+b")
        await wait_for(pilot, lambda: bool(calls))
