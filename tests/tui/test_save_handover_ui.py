"""The app after a save: the note's header and the schedule show the talk the notebook
adopted; a save that failed leaves what they show as it was (issue 13: one writer, and
background work hands a new state to the notebook instead of changing what is drawn)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from confnotes import notebook as notebook_module
from confnotes.errors import StorageError
from tests.tui.helpers import app_for, pinned_settings, wait_for

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
        assert after.body == app.main.editor.text
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
