"""The export dialog's from / to dates, as the CLI's --from / --to: validated, clear errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input, Label, Select

from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.export_dialog import ExportDialog, ExportOptions
from tests.tui.helpers import HostApp, app_for, build_notebook, wait_for


def _error(dialog: ExportDialog) -> str:
    return str(dialog.query_one("#export-error", Label).render())


async def test_dates_are_validated_with_a_clear_message_then_passed_on(
    demo: Path, tmp_path: Path
) -> None:
    nb = Notebook.open(demo)
    app = HostApp(lambda: ExportDialog(nb, folder=tmp_path, conference="relml-2025"), nb)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        start = dialog.query_one("#export-from", Input)
        end = dialog.query_one("#export-to", Input)
        assert start.placeholder == "2025-06-12"  # the conference's days as hints
        for field in (start, end):  # a whole date and the cursor fit: no year cut off
            assert field.content_size.width >= len("2025-06-12") + 1

        start.value = "2025-13-40"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.dismissed == []
        assert "From: '2025-13-40' is not a date; write it like 2025-06-12" in _error(dialog)
        assert dialog.focused is start
        shown = dialog.query_one("#export-error", Label)
        assert shown.size.width <= shown.parent.content_size.width  # the message wraps

        start.value = "2025-06-13"
        end.value = "2025-06-12"
        await pilot.pause()
        assert _error(dialog) == ""  # editing clears the old message
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.dismissed == []
        assert "From 2025-06-13 is after to 2025-06-12" in _error(dialog)

        start.value = "2025-06-12"
        await pilot.press("ctrl+s")
        await pilot.pause()
    [options] = app.dismissed
    assert isinstance(options, ExportOptions)
    assert (options.start, options.end) == (date(2025, 6, 12), date(2025, 6, 12))
    selection = options.selection()
    assert (selection.start, selection.end) == (date(2025, 6, 12), date(2025, 6, 12))


async def test_export_from_the_app_keeps_only_the_talks_in_the_dates(
    demo: Path, tmp_path: Path
) -> None:
    build_notebook(demo)
    out = tmp_path / "day-two.md"
    app = app_for(demo, start_talk="tosc-2024/welcome-to-tosc")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        dialog.query_one("#export-format", Select).value = "md"
        dialog.query_one("#export-conference", Select).value = "tosc-2024"
        await pilot.pause()
        dialog.query_one("#export-from", Input).value = "2024-02-04"
        dialog.query_one("#export-to", Input).value = "2024-02-04"
        dialog.query_one("#export-output", Input).value = str(out)
        await pilot.press("ctrl+s")
        await wait_for(pilot, out.exists)
    text = out.read_text(encoding="utf-8")
    assert "Day two keynote" in text
    assert "Robust trees in production" not in text
