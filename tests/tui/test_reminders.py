"""Reminders: a notice a few minutes before a starred talk, by the conference's (--at) clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from confnotes.errors import BadInputError
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Clock
from confnotes.schedule.reminders import due
from confnotes.settings import load_settings
from tests.tui.helpers import app_for, pinned_settings, wait_for


def test_due_once_for_starred_talks_about_to_start(demo: Path) -> None:
    nb = Notebook.open(demo)
    done: set[str] = set()
    clock = Clock(datetime(2025, 6, 12, 9, 10), frozen=True)
    first = due(nb, clock, 5, done)
    assert [s.talk.id for s in first] == ["relml-2025/calibration-is-not-enough"]
    assert due(nb, clock, 5, done) == []  # once
    early = Clock(datetime(2025, 6, 12, 9, 0), frozen=True)
    assert due(nb, early, 5, set()) == []  # 15 minutes away
    assert due(nb, clock, 0, set()) == []  # off


def test_remind_minutes_setting_is_checked(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("remind_minutes = 5\n")
    assert load_settings(config).remind_minutes == 5
    config.write_text('theme = "x"\nremind_minutes = "soon"\n')
    with pytest.raises(BadInputError) as err:
        load_settings(config)
    assert "config.toml:2" in str(err.value)


async def test_app_shows_a_notice_before_a_starred_talk(demo: Path) -> None:
    settings = pinned_settings(remind_minutes=5)
    app = app_for(demo, now=datetime(2025, 6, 12, 9, 10), frozen_clock=True, settings=settings)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(
            pilot,
            lambda: any(
                "In 5 min: Calibration Is Not Enough" in str(n.message) for n in app._notifications
            ),
        )


async def test_no_reminders_unless_asked(demo: Path) -> None:
    app = app_for(demo, now=datetime(2025, 6, 12, 9, 10), frozen_clock=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert not any("In 5 min" in str(n.message) for n in app._notifications)
