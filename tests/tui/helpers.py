"""Helpers for the UI tests: pinned apps, small notebooks, waiting for background saves."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from textual.pilot import Pilot

from confnotes.model import Link
from confnotes.notebook import Notebook
from confnotes.settings import Settings
from confnotes.tui.app import ConfnotesApp, make_app

CALIBRATION = "relml-2025/calibration-is-not-enough"
"""The keynote of the demo notebook (09:15-10:00, Tejo, Europe/Lisbon)."""


def pinned_settings(**changes: object) -> Settings:
    """Settings for tests: no cursor blink, quick autosave, no user config."""
    settings = Settings(cursor_blink=False, autosave_delay=0.3)
    for key, value in changes.items():
        setattr(settings, key, value)
    return settings


def app_for(root: Path, **kwargs: object) -> ConfnotesApp:
    """An app on ``root`` with pinned settings and no search index (tests stay quick)."""
    kwargs.setdefault("settings", pinned_settings())
    kwargs.setdefault("open_index", False)
    return make_app(root, **kwargs)  # type: ignore[arg-type]


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 6.0) -> None:
    """Let the app run until ``condition()`` holds (background workers included)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.05)


def parallel_notebook(root: Path) -> Path:
    """A one-day conference in Chicago with two rooms running at once, then a third talk."""
    nb = Notebook.open(root, create=True)
    conf = nb.new_conference("Parallel Days 2024", "para-2024", timezone="America/Chicago")
    nb.save_conference(conf)
    ada = nb.new_person("Ada Quist", affiliations=["North Lab"])
    nb.save_person(ada)
    talks = [
        ("Sparse Routing at Scale", "Room A", 10, 0, [ada.id]),
        ("Gradient Noise Revisited", "Room B", 10, 0, []),
        ("Afternoon in Room A", "Room A", 10, 30, []),
    ]
    for title, room, hour, minute, speakers in talks:
        start = datetime(2024, 5, 2, hour, minute)
        talk = nb.new_talk(
            conf.id,
            title,
            start=start,
            end=start + timedelta(minutes=30),
            room=room,
            speakers=speakers,
            links=[Link("https://example.org/paper.pdf", "paper")],
        )
        nb.save_talk(talk)
    return root
