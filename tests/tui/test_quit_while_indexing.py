"""Quitting while the index builds: the progress line's last tick finds the schedule
already taken down, and the app still ends cleanly (it crashed with NoMatches)."""

from __future__ import annotations

from pathlib import Path

from .helpers import app_for


async def test_a_progress_tick_after_the_schedule_is_gone_is_no_error(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.owner.index_progress = (10, 100)
        await app.main.schedule.query_one("#schedule-summary").remove()
        app._show_index_progress()  # the timer's tick as the app quits
        await pilot.pause()
    assert app.return_code in (0, None)
