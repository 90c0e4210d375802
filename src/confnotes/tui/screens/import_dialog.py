"""The import dialog: which programmes, which format, into which conference, dry run or not.

It only gathers :class:`ImportOptions` and ``dismiss()``es them (None when
cancelled); the app runs :func:`confnotes.importers.sources.import_sources` in
a worker and shows the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select, TextArea

from confnotes.importers.registry import FORMATS
from confnotes.notebook.link_kinds import split_url
from confnotes.notebook.notebook import Notebook

FORMAT_NAMES = ("auto", *FORMATS)
"""Import formats offered when the caller does not pass its own list (``auto`` detects)."""


@dataclass(frozen=True)
class ImportOptions:
    """What the user asked to import, as ``confnotes import`` takes it."""

    sources: list[str] = field(default_factory=list)
    format: str = "auto"
    conference_id: str | None = None
    dry_run: bool = False


def check_source(source: str, base: Path) -> str | None:
    """Why a source cannot be imported (None when it looks fine): a URL or a readable file."""
    parts = split_url(source)  # never raises, even on 'http://[x'
    if parts.scheme in ("http", "https"):
        return None if parts.netloc else f"{source}: the URL has no host"
    if parts.scheme and len(parts.scheme) > 1:
        return f"{source}: only files and http(s) URLs can be imported"
    path = Path(source).expanduser()
    if not path.is_absolute():
        path = base / path
    if not path.exists():
        return f"{source}: no such file"
    if path.is_dir():
        return f"{source}: is a folder, not a programme file"
    return None


class ImportDialog(ModalScreen[ImportOptions | None]):
    """Collects :class:`ImportOptions`; dismisses None when cancelled."""

    DEFAULT_CSS = """
    ImportDialog {
        align: center middle;
    }
    ImportDialog > Vertical {
        width: 76;
        height: auto;
        border: thick $primary 60%;
        background: $surface;
        padding: 1 2;
    }
    ImportDialog .dialog-title {
        text-style: bold;
    }
    ImportDialog Label {
        margin-top: 1;
    }
    ImportDialog #import-sources {
        height: 6;
    }
    ImportDialog #import-error {
        color: $error;
        height: auto;
    }
    ImportDialog Horizontal {
        height: auto;
        align-horizontal: right;
        margin-top: 1;
    }
    ImportDialog Button {
        margin-left: 1;
    }
    """
    """A centred box with the options and two buttons."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="import.cancel", tooltip="Close without importing"
        ),
        Binding(
            "ctrl+s", "submit", "Import", id="import.submit", tooltip="Import with these options"
        ),
    ]
    """Keys of the import dialog (ids can be remapped in the config file)."""

    def __init__(
        self,
        notebook: Notebook,
        *,
        sources: Sequence[str] = (),
        formats: Sequence[str] | None = None,
        folder: Path | None = None,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        """Create the dialog.

        Args:
            notebook: The notebook (for its conferences).
            sources: Paths or URLs filled in at first.
            formats: Format names to offer (``auto`` first; default: :data:`FORMAT_NAMES`).
            folder: Folder relative paths are read from (default: the current directory).
            name: Textual name of the screen.
            id: Textual id of the screen.
        """
        super().__init__(name=name, id=id)
        self.notebook = notebook
        """The notebook imported into."""
        offered = list(formats or FORMAT_NAMES)
        self.formats = ["auto", *(f for f in offered if f != "auto")]
        """Formats offered, ``auto`` first."""
        self.sources = list(sources)
        """Sources filled in when the dialog opens."""
        self.folder = folder or Path.cwd()
        """Base of relative paths."""

    def compose(self) -> ComposeResult:
        """The options, then Import and Cancel."""
        confs = [(f"{c.name} ({c.id})", c.id) for c in self.notebook.sorted_conferences()]
        with Vertical():
            yield Label("Import a programme", classes="dialog-title")
            yield Label("Files or URLs, one per line")
            yield TextArea("\n".join(self.sources), id="import-sources")
            yield Label("Format")
            yield Select(
                [("Detect from the content", "auto")]
                + [(f, f) for f in self.formats if f != "auto"],
                value="auto",
                allow_blank=False,
                id="import-format",
            )
            yield Label("Into conference")
            yield Select(
                [("The programme's own (new or matching)", "*"), *confs],
                value="*",
                allow_blank=False,
                id="import-conference",
            )
            yield Checkbox("Dry run: show what would change, write nothing", id="import-dry-run")
            yield Label("", id="import-error")
            with Horizontal():
                yield Button("Cancel", id="import-cancel")
                yield Button("Import", variant="primary", id="import-ok")

    def on_mount(self) -> None:
        """Focus the sources box."""
        self.query_one("#import-sources", TextArea).focus()

    def options(self) -> ImportOptions | None:
        """The options as filled in, or None (with the reason shown) when they cannot work."""
        error = self.query_one("#import-error", Label)
        text = self.query_one("#import-sources", TextArea).text
        sources = [line.strip() for line in text.splitlines() if line.strip()]
        if not sources:
            error.update("Give at least one file or URL to import.")
            return None
        problems = [p for p in (check_source(s, self.folder) for s in sources) if p]
        if problems:
            error.update("\n".join(problems))
            return None
        error.update("")
        fmt = self.query_one("#import-format", Select).value
        conf = self.query_one("#import-conference", Select).value
        return ImportOptions(
            sources=sources,
            format=str(fmt) if fmt not in (Select.BLANK,) else "auto",
            conference_id=None if conf in ("*", Select.BLANK) else str(conf),
            dry_run=self.query_one("#import-dry-run", Checkbox).value,
        )

    @on(Button.Pressed, "#import-ok")
    def action_submit(self) -> None:
        """Dismiss with the options when they are complete."""
        options = self.options()
        if options is not None:
            self.dismiss(options)

    @on(Button.Pressed, "#import-cancel")
    def action_cancel(self) -> None:
        """Dismiss with None."""
        self.dismiss(None)
