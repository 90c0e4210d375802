"""After an import from the app, its report's lines (added, skipped, notes) are shown in a log."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import RichLog, TextArea

from confnotes.importers.sources import import_sources
from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.import_dialog import ImportDialog
from confnotes.tui.screens.import_report import ImportReportScreen
from tests.tui.helpers import app_for, wait_for

PROGRAMME = """# Tiny Workshop 2025

| Time | Title | Speaker |
| --- | --- | --- |
| 09:00 | Opening talk | Ada Quist |
| 10:00 | Second talk | A. Quist |
"""


def _log_text(screen: ImportReportScreen) -> str:
    """The log as drawn, wrapped lines joined again (words are never split); "" while
    the screen is pushed but not composed yet (a loaded machine)."""
    found = screen.query(RichLog)
    if not found:
        return ""
    log = found.first()
    return " ".join(" ".join(strip.text for strip in log.lines).split())


async def test_the_report_lists_added_skipped_and_note_lines(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    programme = tmp_path / "tiny.md"
    programme.write_text(PROGRAMME, encoding="utf-8")
    nb = Notebook.open(root, create=True)
    import_sources(nb, [str(programme)])
    # The user's copy of one talk gets broken front matter: the next import must skip it.
    broken = root / "tiny-workshop-2025" / "second-talk.md"
    broken.write_text("---\ntitle: [unclosed\n---\nmy notes\n", encoding="utf-8")
    programme.write_text(PROGRAMME + "| 11:00 | Closing talk | Bo Lin |\n", encoding="utf-8")

    app = app_for(root)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportDialog))
        app.screen.query_one("#import-sources", TextArea).text = str(programme)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportReportScreen), timeout=20)
        screen = app.screen
        await wait_for(pilot, lambda: "note:" in _log_text(screen))
        text = _log_text(screen)
        # A long path wraps anywhere (the joined lines then hold a space inside it).
        assert f"{programme}:markdown→tiny-workshop-2025:2added" in "".join(text.split())
        assert "added: talk tiny-workshop-2025/closing-talk" in text
        assert "skipped: talk tiny-workshop-2025/second-talk: its front matter is broken" in text
        assert "note: line 5: time 09:00 of 'Opening talk' has no known day" in text
        assert "note: line 7: time 11:00 of 'Closing talk'" in text
        assert app.focused is screen.query_one(RichLog)  # arrows and PgDn scroll it
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, ImportReportScreen))
    assert broken.read_text(encoding="utf-8").endswith("my notes\n")  # never touched


def test_report_lines_for_a_failed_source_and_a_dry_run() -> None:
    from confnotes.errors import BadInputError
    from confnotes.importers.merge import ImportReport
    from confnotes.tui.screens.import_report import report_lines

    failed = ImportReport("nope.ics", error=BadInputError("not a calendar"))
    assert [t.plain for t in report_lines(failed)] == ["nope.ics: import failed: not a calendar"]
    dry = ImportReport("p.md", "markdown", "c-2025", added=["talk c-2025/a"], dry_run=True)
    lines = [t.plain for t in report_lines(dry)]
    assert lines[0].endswith("(dry run: nothing written)")
    assert lines[1] == "  would be added: talk c-2025/a"
