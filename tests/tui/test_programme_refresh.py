"""Shift+F7: the programme fetched again; moved, cancelled and new talks listed and marked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from textual.widgets import OptionList

from confnotes.importers.sources import import_sources
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.update_marks import change_of
from confnotes.tui.screens.programme_changes import ProgrammeChangesScreen
from tests.cli.test_import_update_cli import FIRST, SECOND, programme
from tests.tui.helpers import app_for, wait_for

AT = datetime(2024, 5, 2, 9, 0)
SIZE = (120, 36)


def _imported(tmp_path: Path) -> tuple[Path, Path]:
    """A notebook imported from a local programme file, which then changes."""
    root = tmp_path / "nb"
    source = tmp_path / "schedule.xml"
    source.write_text(programme(FIRST), encoding="utf-8")
    nb = Notebook.open(root, create=True)
    [report] = import_sources(nb, [str(source)])
    assert report.error is None
    moving = next(t for t in nb.talks.values() if t.title == "A Talk That Will Move")
    moving.body = "Words that must survive.\n"
    moving.starred = True
    nb.save_talk(moving)
    source.write_text(programme(SECOND), encoding="utf-8")
    return root, source


def _labels(app: Any) -> list[str]:
    out: list[str] = []

    def walk(node: Any) -> None:
        for child in node.children:
            out.append(str(child.label))
            walk(child)

    walk(app.main.schedule.tree_view.root)
    return out


async def test_shift_f7_lists_and_marks_changes_until_seen(tmp_path: Path) -> None:
    root, _source = _imported(tmp_path)
    app = app_for(root, now=AT, frozen_clock=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("shift+f7")
        await wait_for(pilot, lambda: isinstance(app.screen, ProgrammeChangesScreen))
        options = app.screen.query_one(OptionList)
        lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert lines[0].startswith("moved: A Talk That Will Move (was Thu 10:30, Hall A")
        assert any(x.startswith("cancelled: A Talk That Will Be Cancelled") for x in lines)
        assert any(x.startswith("added: A Talk Added Late") for x in lines)
        labels = _labels(app)
        assert any("⇄" in x and "A Talk That Will Move" in x for x in labels)
        assert any("(cancelled)" in x for x in labels)
        # Enter opens the moved talk; its words are there, and the mark goes once seen
        await pilot.press("enter")
        moved_id = next(t.id for t in app.nb.talks.values() if t.title == "A Talk That Will Move")
        await wait_for(pilot, lambda: app.main.editor.talk_id == moved_id)
        assert app.main.editor.text == "Words that must survive.\n"
        await wait_for(pilot, lambda: change_of(Notebook.open(root).talks[moved_id]) is None)
        await pilot.pause()
        assert not any("⇄" in x for x in _labels(app) if "A Talk That Will Move" in x)


async def test_shift_f7_offline_says_so(tmp_path: Path) -> None:
    root, source = _imported(tmp_path)
    source.unlink()
    app = app_for(root, now=AT, frozen_clock=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("shift+f7")
        await wait_for(
            pilot, lambda: any("cannot fetch" in str(n.message) for n in app._notifications)
        )
        assert not isinstance(app.screen, ProgrammeChangesScreen)


def test_snapshot_changed_talk_marks(tmp_path: Path, snap_compare: Any) -> None:
    root, _source = _imported(tmp_path)

    async def refresh_and_close(pilot: Any) -> None:
        await pilot.pause()
        await pilot.press("shift+f7")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, ProgrammeChangesScreen))
        await pilot.press("escape")
        await pilot.pause()

    app = app_for(root, now=AT, frozen_clock=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=refresh_and_close)
