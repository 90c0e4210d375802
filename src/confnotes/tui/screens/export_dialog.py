"""The export dialog: choose format, conference, filter, dates and file; the app exports.

Like harlequin's export screen, the dialog only gathers options and
``dismiss()``es them as :class:`ExportOptions` (None when cancelled); the app
runs :func:`confnotes.exporters.export` in a worker and writes the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from confnotes.exporters import EXPORT_FORMATS
from confnotes.exporters.selection import ONLY_CHOICES, Selection
from confnotes.notebook.notebook import Notebook

FORMAT_NAMES = tuple(EXPORT_FORMATS)
"""Export formats offered when the caller does not pass its own list (every exporter)."""

EXTENSIONS = {"md": ".md", "html": ".html", "json": ".json", "bibtex": ".bib"}
"""File extension suggested for each format."""

FORMAT_LABELS = {
    "md": "Markdown summary",
    "html": "HTML page",
    "json": "JSON (all data)",
    "bibtex": "BibTeX (papers)",
}
"""What each format is, for the format list."""


@dataclass(frozen=True)
class ExportOptions:
    """What the user asked to export, and where to."""

    format: str
    conference: str | None
    only: str | None
    output: Path
    start: date | None = None
    """Only talks on or after this day (``--from``)."""
    end: date | None = None
    """Only talks on or before this day (``--to``)."""

    def selection(self) -> Selection:
        """The :class:`Selection` the exporters take."""
        return Selection(conference=self.conference, only=self.only, start=self.start, end=self.end)


class ExportDialog(ModalScreen[ExportOptions | None]):
    """Collects :class:`ExportOptions`; dismisses None when cancelled."""

    DEFAULT_CSS = """
    ExportDialog {
        align: center middle;
    }
    ExportDialog > Vertical {
        width: 72;
        height: auto;
        border: thick $primary 60%;
        background: $surface;
        padding: 1 2;
    }
    ExportDialog .dialog-title {
        text-style: bold;
        margin-bottom: 1;
    }
    ExportDialog Label {
        margin-top: 1;
    }
    ExportDialog #export-error {
        color: $error;
        width: 100%;
        height: auto;
    }
    ExportDialog #export-hint {
        color: $text-muted;
        height: auto;
        margin-top: 0;
    }
    ExportDialog #export-buttons {
        height: auto;
        align-horizontal: right;
        margin-top: 1;
    }
    ExportDialog #export-filter {
        height: auto;
    }
    ExportDialog #export-only {
        width: 1fr;
    }
    ExportDialog #export-filter Input {
        width: 17;  /* border 2 + padding 4 + a whole YYYY-MM-DD + the cursor */
    }
    ExportDialog Button {
        margin-left: 1;
    }
    """
    """A centred box with the options and two buttons."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="export.cancel", tooltip="Close without exporting"
        ),
        Binding(
            "ctrl+s", "submit", "Export", id="export.submit", tooltip="Export with these options"
        ),
    ]
    """Keys of the export dialog (ids can be remapped in the config file)."""

    def __init__(
        self,
        notebook: Notebook,
        *,
        formats: Sequence[str] | None = None,
        conference: str | None = None,
        folder: Path | None = None,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        """Create the dialog.

        Args:
            notebook: The notebook (for its conferences).
            formats: Format names to offer (default: :data:`FORMAT_NAMES`).
            conference: Conference selected at first (default: all).
            folder: Folder of the suggested output file (default: the current directory).
            name: Textual name of the screen.
            id: Textual id of the screen.
        """
        super().__init__(name=name, id=id)
        self.notebook = notebook
        """The notebook to export."""
        self.formats = list(formats or FORMAT_NAMES)
        """Formats offered."""
        self.conference = conference if conference in notebook.conferences else None
        """Conference selected when the dialog opens."""
        self.folder = folder or Path.cwd()
        """Where the suggested file goes."""
        self._suggested = ""

    def compose(self) -> ComposeResult:
        """The options, then Export and Cancel."""
        confs = [(f"{c.name} ({c.id})", c.id) for c in self.notebook.sorted_conferences()]
        with Vertical():
            yield Label("Export", classes="dialog-title")
            yield Label("Format")
            yield Select(
                [(FORMAT_LABELS.get(f, f), f) for f in self.formats],
                value=self.formats[0],
                allow_blank=False,
                id="export-format",
            )
            yield Label("Conference")
            yield Select(
                [("All conferences", "*"), *confs],
                value=self.conference or "*",
                allow_blank=False,
                id="export-conference",
            )
            yield Label("Talks, and from / to which day (YYYY-MM-DD, both optional)")
            with Horizontal(id="export-filter"):
                yield Select(
                    [("Every talk", "*")] + [(f"Only {o}", o) for o in ONLY_CHOICES],
                    value="*",
                    allow_blank=False,
                    id="export-only",
                )
                yield Input(placeholder="from", id="export-from", max_length=10)
                yield Input(placeholder="to", id="export-to", max_length=10)
            yield Label("Write to file")
            yield Input(id="export-output")
            yield Label("", id="export-hint")
            yield Label("", id="export-error")
            with Horizontal(id="export-buttons"):
                yield Button("Cancel", id="export-cancel")
                yield Button("Export", variant="primary", id="export-ok")

    def on_mount(self) -> None:
        """Suggest a file name and focus the format list."""
        self._suggest()
        self._date_placeholders()
        self.query_one("#export-format", Select).focus()

    def _value(self, selector: str) -> str | None:
        value = self.query_one(selector, Select).value
        return None if value in ("*", Select.BLANK) else str(value)

    def _suggest(self) -> None:
        """Suggest ``<conference>-summary.<ext>`` unless the user typed a path of their own."""
        output = self.query_one("#export-output", Input)
        fmt = self._value("#export-format") or self.formats[0]
        stem = self._value("#export-conference") or "confnotes"
        suggestion = str(self.folder / f"{stem}-summary{EXTENSIONS.get(fmt, '.' + fmt)}")
        if not output.value or output.value == self._suggested:
            output.value = suggestion
        self._suggested = suggestion

    @on(Select.Changed)
    def _changed(self, event: Select.Changed) -> None:
        if event.select.id in ("export-format", "export-conference"):
            self._suggest()
        if event.select.id == "export-conference":
            self._date_placeholders()

    def _date_placeholders(self) -> None:
        """Show the chosen conference's first and last day as the date fields' hints."""
        conf_id = self._value("#export-conference")
        conf = self.notebook.conferences.get(conf_id) if conf_id else None
        start = conf.start if conf is not None else None
        end = (conf.end or start) if conf is not None else None
        self.query_one("#export-from", Input).placeholder = f"{start}" if start else "from"
        self.query_one("#export-to", Input).placeholder = f"{end}" if end else "to"

    @on(Input.Changed, "#export-from, #export-to")
    def _date_changed(self, _event: Input.Changed) -> None:
        self.query_one("#export-error", Label).update("")

    def _date(self, selector: str, name: str) -> tuple[bool, date | None]:
        """``(ok, day)`` of a date field; shows what is wrong when it is not a date."""
        raw = self.query_one(selector, Input).value.strip()
        if not raw:
            return True, None
        try:
            return True, date.fromisoformat(raw)
        except ValueError:
            self.query_one("#export-error", Label).update(
                f"{name}: {raw!r} is not a date; write it like 2025-06-12 (year-month-day)."
            )
            self.query_one(selector, Input).focus()
            return False, None

    @on(Input.Changed, "#export-output")
    def _path_changed(self, event: Input.Changed) -> None:
        hint = self.query_one("#export-hint", Label)
        path = self._resolve(event.value)
        hint.update("this file exists and will be replaced" if path.is_file() else "")
        self.query_one("#export-error", Label).update("")

    def _resolve(self, raw: str) -> Path:
        """A typed path, relative ones taken from :attr:`folder`."""
        path = Path(raw.strip()).expanduser()
        return path if path.is_absolute() else self.folder / path

    def options(self) -> ExportOptions | None:
        """The options as filled in, or None (with the reason shown) when they cannot work."""
        error = self.query_one("#export-error", Label)
        raw = self.query_one("#export-output", Input).value.strip()
        if not raw:
            error.update("Give a file to write the export to.")
            return None
        path = self._resolve(raw)
        if path.is_dir():
            error.update(f"{path} is a folder: add a file name.")
            return None
        if not path.parent.is_dir():
            error.update(f"The folder {path.parent} does not exist.")
            return None
        ok, start = self._date("#export-from", "From")
        if not ok:
            return None
        ok, end = self._date("#export-to", "To")
        if not ok:
            return None
        if start and end and start > end:
            error.update(f"From {start} is after to {end}: swap them or clear one.")
            self.query_one("#export-from", Input).focus()
            return None
        fmt = self._value("#export-format") or self.formats[0]
        return ExportOptions(
            fmt,
            self._value("#export-conference"),
            self._value("#export-only"),
            path,
            start,
            end,
        )

    @on(Button.Pressed, "#export-ok")
    @on(Input.Submitted, "#export-output, #export-from, #export-to")
    def action_submit(self) -> None:
        """Dismiss with the options when they are complete."""
        options = self.options()
        if options is not None:
            self.dismiss(options)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Dismiss with None."""
        self.dismiss(None)
