"""The app after a save: the note's header and the schedule show the talk the notebook
adopted; a save that failed leaves what they show as it was (issue 13: one writer, and
background work hands a new state to the notebook instead of changing what is drawn)."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from confnotes.errors import StorageError
from confnotes.notebook import notebook as notebook_module
from confnotes.notebook.autosave import with_final_newline
from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"
URL = "https://arxiv.org/abs/2409.99999"


def _header(app: object) -> str:
    return str(app.main.editor.query_one("#talk-header").render())  # type: ignore[attr-defined]


def _saved(app: object) -> bool:
    editor = app.main.editor  # type: ignore[attr-defined]
    return bool(editor.state == "clean" and URL in app.nb.talks[SHIFTS].body)  # type: ignore[attr-defined]


async def test_the_header_shows_the_talk_the_save_handed_over(demo: Path) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(140, 40)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        before = app.nb.talks[SHIFTS]
        old_body, old_links = before.body, list(before.links)
        assert URL not in _header(app)
        await pilot.press("ctrl+end", *f" slides {URL} ")
        await wait_for(pilot, lambda: _saved(app))
        await wait_for(pilot, lambda: URL in _header(app))
        after = app.nb.talks[SHIFTS]
        assert after is not before, "the save changed the drawn talk in place"
        assert after.body == with_final_newline(app.main.editor.text)
        assert URL in [link.url for link in after.links]
        assert (before.body, before.links) == (old_body, old_links)
        assert app.main.current_talk() is after


async def test_a_failed_save_leaves_the_header_and_the_talk_as_they_were(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(140, 40)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        before = app.nb.talks[SHIFTS]
        old_body, old_links = before.body, list(before.links)

        def disk_full(path: Path, _data: bytes) -> None:
            raise StorageError(f"cannot write: {os.strerror(errno.ENOSPC)}", path)

        monkeypatch.setattr(notebook_module, "atomic_write", disk_full)
        await pilot.press("ctrl+end", *f" slides {URL} ")
        await wait_for(pilot, lambda: app.main.editor.state == "failed")
        assert app.nb.talks[SHIFTS] is before
        assert (before.body, before.links) == (old_body, old_links)
        assert URL not in _header(app)
        assert URL in app.main.editor.text, "the words stay in the editor"
        monkeypatch.undo()  # space freed: the retry saves them
        await wait_for(pilot, lambda: _saved(app), timeout=15)
        assert URL in [link.url for link in app.nb.talks[SHIFTS].links]


async def test_a_note_opened_again_while_its_save_is_on_its_way_shows_the_words(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Leave a note (its save starts in a worker) and come back at once: the editor shows
    the words being saved, not the note as it was; typing on never writes over them."""
    app = app_for(demo, settings=pinned_settings(autosave_delay=30))
    async with app.run_test(size=(140, 40)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        await pilot.press("ctrl+end", *" typed words")
        gate = threading.Event()
        real_save = app.saver.save

        def slow_save(*args: Any, **kwargs: Any) -> Any:
            gate.wait(10)  # a slow disk, or a sync holding the notebook
            return real_save(*args, **kwargs)

        monkeypatch.setattr(app.saver, "save", slow_save)
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        assert app.main.editor.text.endswith(" typed words")
        gate.set()
        await wait_for(pilot, lambda: " typed words" in app.nb.talks[SHIFTS].body)
        await pilot.press("ctrl+end", *" and on")
        app.main.flush_sync()
        await pilot.pause()
    assert (demo / f"{SHIFTS}.md").read_text(encoding="utf-8").endswith(" typed words and on\n")
