"""Pasting or dropping a photo or PDF into a note: copied into attachments/, linked."""

from __future__ import annotations

import base64
from datetime import datetime
from pathlib import Path

from textual import events

from confnotes.notebook.notebook import Notebook
from tests.tui.helpers import CALIBRATION, app_for, wait_for

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


async def test_dropping_a_photo_attaches_it_and_inserts_a_relative_link(
    demo: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "Slide photo.png"
    photo.write_bytes(PNG)
    app = app_for(demo, now=datetime(2025, 6, 12, 9, 30), frozen_clock=True, start_talk=CALIBRATION)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        area = app.main.editor.text_area
        area.move_cursor((area.document.line_count - 1, 0))
        area.post_message(events.Paste(f"'{photo}'"))  # how a terminal pastes a dropped file
        await wait_for(pilot, lambda: "attachments/" in area.text)
        stored = list((demo / "attachments").iterdir())
        assert len(stored) == 1 and stored[0].read_bytes() == PNG
        assert f"![Slide photo.png](../attachments/{stored[0].name})" in area.text
        assert str(photo) not in area.text
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: stored[0].name in Notebook.open(demo).talks[CALIBRATION].body)
        # ordinary text still pastes as text
        area.post_message(events.Paste("just words"))
        await wait_for(pilot, lambda: "just words" in area.text)
