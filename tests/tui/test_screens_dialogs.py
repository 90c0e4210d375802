"""Export and import dialogs only collect options and dismiss them (the app does the work)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, Input, Label, Select, TextArea

from confnotes.exporters.selection import Selection
from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.export_dialog import ExportDialog, ExportOptions
from confnotes.tui.screens.import_dialog import ImportDialog, ImportOptions

from .helpers import HostApp, async_test, build_notebook


@async_test
async def test_export_dialog_collects_options(demo: Path, tmp_path: Path) -> None:
    nb = build_notebook(demo)
    out = tmp_path / "out"
    out.mkdir()
    app = HostApp(lambda: ExportDialog(nb, folder=out), nb)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = app.screen
        output = dialog.query_one("#export-output", Input)
        assert output.value == str(out / "confnotes-summary.md")
        dialog.query_one("#export-format", Select).value = "bibtex"
        dialog.query_one("#export-conference", Select).value = "relml-2025"
        dialog.query_one("#export-only", Select).value = "starred"
        await pilot.pause()
        assert output.value == str(out / "relml-2025-summary.bib")
        await pilot.press("ctrl+s")
        await pilot.pause()
    [options] = app.dismissed
    assert options == ExportOptions(
        "bibtex", "relml-2025", "starred", out / "relml-2025-summary.bib"
    )
    assert options.selection() == Selection(conference="relml-2025", only="starred")


@async_test
async def test_export_dialog_refuses_bad_path_and_cancels(demo: Path, tmp_path: Path) -> None:
    nb = Notebook.open(demo)
    (tmp_path / "existing.md").write_text("x")
    app = HostApp(lambda: ExportDialog(nb, folder=tmp_path, formats=["json", "md"]), nb)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = app.screen
        output = dialog.query_one("#export-output", Input)
        assert output.value.endswith("confnotes-summary.json")
        output.value = str(tmp_path / "missing" / "x.md")
        await pilot.press("ctrl+s")
        assert "does not exist" in str(dialog.query_one("#export-error", Label).render())
        output.value = "existing.md"  # relative to the folder; replacing is allowed, with a hint
        await pilot.pause()
        assert "will be replaced" in str(dialog.query_one("#export-hint", Label).render())
        output.value = ""
        await pilot.press("ctrl+s")
        assert "Give a file" in str(dialog.query_one("#export-error", Label).render())
        assert app.dismissed == []
        await pilot.press("escape")
        await pilot.pause()
    assert app.dismissed == [None]


@async_test
async def test_export_dialog_typed_path_kept_when_format_changes(
    demo: Path, tmp_path: Path
) -> None:
    nb = Notebook.open(demo)
    app = HostApp(lambda: ExportDialog(nb, folder=tmp_path), nb)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = app.screen
        output = dialog.query_one("#export-output", Input)
        output.value = "mine.txt"
        dialog.query_one("#export-format", Select).value = "html"
        await pilot.pause()
        assert output.value == "mine.txt"
        output.focus()
        await pilot.press("enter")
        await pilot.pause()
    assert app.dismissed == [ExportOptions("html", None, None, tmp_path / "mine.txt")]


@async_test
async def test_import_dialog_collects_options(demo: Path, tmp_path: Path) -> None:
    nb = Notebook.open(demo)
    programme = tmp_path / "schedule.xml"
    programme.write_text("<schedule/>")
    app = HostApp(lambda: ImportDialog(nb, folder=tmp_path, formats=["frab", "pretalx"]), nb)
    async with app.run_test(size=(100, 40)) as pilot:
        dialog = app.screen
        assert isinstance(app.focused, TextArea)
        await pilot.press("ctrl+s")
        assert "at least one" in str(dialog.query_one("#import-error", Label).render())
        dialog.query_one(TextArea).text = "schedule.xml\nnope.md\nhttps://example.org/p"
        await pilot.press("ctrl+s")
        assert "nope.md: no such file" in str(dialog.query_one("#import-error", Label).render())
        area = dialog.query_one(TextArea)
        area.text = "schedule.xml\nhttps://example.org/p\n"
        dialog.query_one("#import-format", Select).value = "frab"
        dialog.query_one("#import-conference", Select).value = "relml-2025"
        dialog.query_one(Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.dismissed == [
        ImportOptions(["schedule.xml", "https://example.org/p"], "frab", "relml-2025", True)
    ]


@async_test
async def test_import_dialog_cancel(demo: Path) -> None:
    nb = Notebook.open(demo)
    app = HostApp(lambda: ImportDialog(nb, sources=["x.ics"]), nb)
    async with app.run_test(size=(100, 40)) as pilot:
        assert app.screen.query_one(TextArea).text == "x.ics"
        await pilot.press("escape")
        await pilot.pause()
    assert app.dismissed == [None]


@async_test
async def test_dialogs_offer_every_registered_format(demo: Path, tmp_path: Path) -> None:
    from confnotes.exporters import EXPORT_FORMATS, export
    from confnotes.importers.registry import FORMATS

    nb = Notebook.open(demo)
    app = HostApp(lambda: ExportDialog(nb, folder=tmp_path, conference="relml-2025"), nb)
    async with app.run_test(size=(100, 40)) as pilot:
        select = app.screen.query_one("#export-format", Select)
        assert [value for _label, value in select._options] == list(EXPORT_FORMATS)
        await pilot.press("ctrl+s")
        await pilot.pause()
    [options] = app.dismissed
    # what the app then does in a worker: the dialog's options drive the real exporter
    text = export(nb, options.format, options.selection())
    assert "Calibration Is Not Enough" in text
    app = HostApp(lambda: ImportDialog(nb), nb)
    async with app.run_test(size=(100, 40)):
        select = app.screen.query_one("#import-format", Select)
        assert [value for _label, value in select._options] == ["auto", *FORMATS]
