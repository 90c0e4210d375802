"""The F10 dialog previews how a document reads and lets a key pick another reading;
the import then reads it that way and keeps the choice, as ``import --as SHAPE`` does."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static, TextArea

from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.import_dialog import ImportDialog
from confnotes.tui.screens.import_report import ImportReportScreen
from tests.tui.helpers import app_for, wait_for

NOTES = """# Shrinking Wheels Without Tears

by Ada Quist

## Key points

Wheels carry too much.

## Pitfalls

Native code.
"""


def _preview(dialog: ImportDialog) -> str:
    return str(dialog.query_one("#import-readings", Static).render())


async def test_the_dialog_previews_readings_and_imports_the_one_picked(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    Notebook.open(root, create=True)
    notes = tmp_path / "wheels.md"
    notes.write_text(NOTES, encoding="utf-8")
    app = app_for(root)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportDialog))
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        dialog.query_one("#import-sources", TextArea).text = str(notes)
        await wait_for(pilot, lambda: "▶ talk" in _preview(dialog), timeout=20)
        shown = _preview(dialog)
        assert "automatic" in shown and "sections" in shown  # the others are listed too
        assert "1 talks" in shown and "· Shrinking Wheels Without Tears" in shown
        while dialog.shape != "sections":
            await pilot.press("ctrl+r")
        shown = _preview(dialog)
        assert "▶ sections" in shown and "· Key points" in shown and "· Pitfalls" in shown
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportReportScreen), timeout=20)
    nb = Notebook.open(root)
    [conf] = nb.conferences.values()
    titles = {t.title for t in nb.talks.values() if t.conference == conf.id}
    assert {"Key points", "Pitfalls"} <= titles  # a talk per heading, as picked
    assert conf.extra["programme_sources"][0]["as"] == "sections"  # kept for --update


async def test_the_reading_key_cycles_back_to_the_automatic_choice(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    Notebook.open(root, create=True)
    notes = tmp_path / "wheels.md"
    notes.write_text(NOTES, encoding="utf-8")
    app = app_for(root)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportDialog))
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        dialog.query_one("#import-sources", TextArea).text = str(notes)
        await wait_for(pilot, lambda: bool(dialog.readings), timeout=20)
        for _ in dialog.readings:
            await pilot.press("ctrl+r")
            assert dialog.shape is not None
        await pilot.press("ctrl+r")
        assert dialog.shape is None and "automatic" in _preview(dialog)
        dialog.query_one("#import-sources", TextArea).text = str(tmp_path / "nope.md")
        await wait_for(pilot, lambda: not dialog.readings, timeout=20)
        assert "Give a file" in _preview(dialog)


def test_a_close_call_previews_the_one_note_the_import_will_take() -> None:
    from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
    from confnotes.importers.readings import Reading
    from confnotes.tui.screens.import_dialog import reading_lines

    def one(title: str, shape: str, score: float) -> Reading:
        talk = ProgrammeTalk(title=title, speakers=[ProgrammePerson("Ana Ruiz")])
        return Reading(shape, Programme("x", "outline", talks=[talk]), score)

    safe = Reading("one-note", Programme("x", "outline", talks=[ProgrammeTalk("all")]), 0.3)
    offered = [one("Logs", "timetable", 0.61), one("Metrics", "sections", 0.60), safe]
    lines = reading_lines(offered, None)
    assert "fit about equally" in lines[0]
    assert [line[0] for line in lines[1:4]] == [" ", " ", "▶"]  # the one note is taken
    assert reading_lines(offered, "sections")[2].startswith("▶ sections")
