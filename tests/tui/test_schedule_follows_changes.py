"""The schedule follows notes changed on disk (a teammate's sync, another program) by
redrawing their lines, not by re-planning the whole tree under the user's cursor."""

from __future__ import annotations

from pathlib import Path

from confnotes.tui.widgets.schedule import ScheduleBrowser

from .helpers import app_for, wait_for

CONF = "relml-2025"
QUIET = """\
---
title: A talk nobody has noted yet
session: posters
start: 2025-06-12T11:20
room: Hall B
---
"""


def counting_rebuilds(schedule: ScheduleBrowser) -> list[int]:
    """A list that grows by one each time the schedule re-plans its tree."""
    calls: list[int] = []
    original = schedule.rebuild

    def rebuild(keep: str | None = None) -> None:
        calls.append(1)
        original(keep)

    schedule.rebuild = rebuild  # type: ignore[method-assign]
    return calls


def label(schedule: ScheduleBrowser, talk_id: str) -> str:
    node = schedule._talk_nodes.get(talk_id)
    return "" if node is None else str(node.label)


async def test_a_changed_note_is_redrawn_in_place_and_the_cursor_stays(demo: Path) -> None:
    (demo / CONF / "quiet.md").write_text(QUIET, encoding="utf-8")
    quiet = f"{CONF}/quiet"
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.loaded)
        schedule = app.main.schedule
        other = f"{CONF}/opening-remarks"
        schedule.select_talk(other)
        schedule.select_talk(quiet)  # its branch opened, so its line is drawn
        await pilot.pause()
        schedule.select_talk(other)
        await pilot.pause()
        assert "✎" not in label(schedule, quiet)
        rebuilds = counting_rebuilds(schedule)
        with (demo / CONF / "quiet.md").open("a", encoding="utf-8") as f:
            f.write("A teammate's first line about it.\n")
        app.nb.reload_paths([f"{CONF}/quiet.md"])  # what the folder watcher does
        await wait_for(pilot, lambda: "✎" in label(schedule, quiet))
        await pilot.pause(0.4)
        assert rebuilds == []
        node = schedule.tree_view.cursor_node
        assert node is not None and node.data is not None and node.data.id == other


async def test_a_burst_of_moves_re_plans_the_tree_once(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.loaded)
        schedule = app.main.schedule
        rebuilds = counting_rebuilds(schedule)
        moved = []
        for name in ("poster-session", "panel-who-is-accountable", "shifts-in-the-wild"):
            path = demo / CONF / f"{name}.md"
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("start: 2025-06-12T", "start: 2025-06-13T", 1))
            app.nb.reload_paths([f"{CONF}/{name}.md"])  # three watcher events in a row
            moved.append(f"{CONF}/{name}")
        await wait_for(pilot, lambda: len(rebuilds) == 1)
        await pilot.pause(0.5)
        assert len(rebuilds) == 1
        for talk_id in moved:  # each now listed on the day it moved to
            assert str(schedule._where[talk_id][1]) == "2025-06-13"
