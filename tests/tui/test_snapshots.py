"""Snapshots of the main screens, with terminal size, clock and config pinned.

Regenerate after a deliberate change with ``pytest tests/tui/test_snapshots.py
--snapshot-update`` and look at the SVGs in ``__snapshots__/`` (linked from the README).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from tests.tui.helpers import CALIBRATION, app_for

SIZE = (120, 36)
AT = datetime(2025, 6, 12, 9, 30)


async def _settle(pilot: Pilot) -> None:
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def test_main_screen(demo: Path, snap_compare: Any) -> None:
    app = app_for(demo, now=AT, frozen_clock=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)


def test_editor_on_a_talk(demo: Path, snap_compare: Any) -> None:
    app = app_for(demo, now=AT, frozen_clock=True, start_talk=CALIBRATION)
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)


def test_editor_preview(demo: Path, snap_compare: Any) -> None:
    app = app_for(demo, now=AT, frozen_clock=True, start_talk=CALIBRATION)
    assert snap_compare(app, press=["ctrl+r"], terminal_size=SIZE, run_before=_settle)


def test_now_dialog_with_parallel_rooms(parallel: Path, snap_compare: Any) -> None:
    app = app_for(parallel, now=datetime(2024, 5, 2, 10, 5), frozen_clock=True, show_now=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)
