"""A key typed in the app is drawn at the next frame: the app asks Textual for 120 frames
a second (half the wait of its default 60), unless the user chose a rate."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .helpers import app_for

PROBE = "import confnotes.tui.app, textual.constants as c; print(c.MAX_FPS)"


def max_fps(environ: dict[str, str]) -> int:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=environ, capture_output=True, text=True, check=True
    )
    return int(result.stdout)


def test_the_app_draws_up_to_120_frames_a_second() -> None:
    environ = {k: v for k, v in os.environ.items() if k != "TEXTUAL_FPS"}
    assert max_fps(environ) == 120


def test_a_frame_rate_the_user_set_is_kept() -> None:
    assert max_fps({**os.environ, "TEXTUAL_FPS": "30"}) == 30


def test_a_busy_worker_gives_the_interpreter_back_within_a_millisecond(demo: Path) -> None:
    """While the app runs, a thread busy in Python (a sync merging notes) holds the
    interpreter's lock for at most 1 ms when the UI thread asks for it; Python's own
    interval (5 ms) comes back when the app stops."""
    import asyncio

    from confnotes.tui.app import SWITCH_INTERVAL

    before = sys.getswitchinterval()
    seen: list[float] = []

    async def run() -> None:
        app = app_for(demo)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            seen.append(sys.getswitchinterval())

    asyncio.run(run())
    assert seen == [SWITCH_INTERVAL] and SWITCH_INTERVAL <= 0.001
    assert sys.getswitchinterval() == before
