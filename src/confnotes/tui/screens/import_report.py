"""What an import did, line by line: added, updated, merged, skipped, and the parser's notes.

The one-line summary in a notification says how many; this screen says which and
why (what the parser guessed or could not read, with line numbers, people who may
be the same person), as ``confnotes import`` prints it, in a scrollable log.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, RichLog

if TYPE_CHECKING:
    from confnotes.importers.merge import ImportReport


def report_lines(report: ImportReport) -> list[Text]:
    """One report as lines: a headline, then one line per change, skip and note."""
    if report.error is not None:
        return [Text(f"{report.source}: import failed: {report.error}", style="bold red")]
    would = "would be " if report.dry_run else ""
    head = Text(f"{report.source}", style="bold")
    head.append(f": {report.format} → {report.conference_id}: {report.summary()}")
    if report.dry_run:
        head.append("  (dry run: nothing written)", style="dim")
    lines = [head]
    for word, items, style in (
        ("added", report.added, "green"),
        ("updated", report.updated, "cyan"),
        ("merged", report.merged, "cyan"),
    ):
        lines += [Text(f"  {would}{word}: {item}", style=style) for item in items]
    lines += [Text(f"  skipped: {item}", style="yellow") for item in report.skipped]
    lines += [Text(f"  note: {item}", style="magenta") for item in report.notes]
    if len(lines) == 1 and report.unchanged:
        lines.append(Text(f"  nothing changed ({len(report.unchanged)} talks already up to date)"))
    return lines


class ImportReportScreen(ModalScreen[None]):
    """A scrollable log of one or more import reports."""

    DEFAULT_CSS = """
    ImportReportScreen {
        align: center middle;
    }
    ImportReportScreen > Vertical {
        width: 90%;
        max-width: 140;
        height: 80%;
        border: thick $primary 60%;
        background: $surface;
        padding: 0 1;
    }
    ImportReportScreen .dialog-title {
        text-style: bold;
        padding: 1 0 0 0;
    }
    ImportReportScreen #import-report-log {
        height: 1fr;
        border: none;
        margin-top: 1;
    }
    """
    """A large centred box: title, then the log filling it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "close",
            "Close",
            id="import_report.close",
            tooltip="Close the import report",
        ),
    ]
    """Keys of the report (ids can be remapped in the config file)."""

    def __init__(self, reports: Sequence[ImportReport], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.reports = list(reports)
        """The reports shown, in import order."""

    @property
    def lines(self) -> list[Text]:
        """Every line of the log, in order."""
        return [line for report in self.reports for line in report_lines(report)]

    def compose(self) -> ComposeResult:
        dry = all(r.dry_run for r in self.reports) and self.reports
        title = "Import report (dry run)" if dry else "Import report"
        with Vertical():
            yield Label(f"{title} · ↑↓ PgUp PgDn scroll · Esc closes", classes="dialog-title")
            yield RichLog(id="import-report-log", wrap=True, markup=False, auto_scroll=False)
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one(RichLog)
        for line in self.lines:
            log.write(line)
        log.focus()

    def action_close(self) -> None:
        """Back to where the import started."""
        self.dismiss(None)
