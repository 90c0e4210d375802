"""The import dialog: which programmes, which format, into which conference, dry run or not.

It only gathers :class:`ImportOptions` and ``dismiss()``es them (None when
cancelled); the app runs :func:`confnotes.importers.sources.import_sources` in
a worker and shows the report. For the first source it previews the readings
``import --dry-run`` ranks (read in a worker thread, never on the UI thread);
a key picks one, which the import then applies as ``import --as SHAPE`` does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Button, Checkbox, Label, Select, Static, TextArea
from textual.worker import get_current_worker

from confnotes.errors import BadInputError
from confnotes.importers.readings import Reading
from confnotes.importers.registry import (
    FORMATS,
    automatic_reading,
    read_source,
    text_readings,
)
from confnotes.notebook.link_kinds import split_url
from confnotes.notebook.notebook import Notebook

FORMAT_NAMES = ("auto", *FORMATS)
"""Import formats offered when the caller does not pass its own list (``auto`` detects)."""
PREVIEW_DELAY = 0.4
"""Seconds of quiet in the sources box before the readings are previewed again."""
PREVIEW_SECONDS = 20.0
"""How long a preview may spend downloading a URL."""
SHOWN_READINGS = 4
"""Readings listed in the preview (the best first)."""
SHOWN_TITLES = 3
"""Talk titles shown for the reading picked."""


@dataclass(frozen=True)
class ImportOptions:
    """What the user asked to import, as ``confnotes import`` takes it."""

    sources: list[str] = field(default_factory=list)
    format: str = "auto"
    conference_id: str | None = None
    dry_run: bool = False
    shape: str | None = None
    """The reading chosen (``import --as SHAPE``); None takes the best."""


def reading_lines(readings: Sequence[Reading], shape: str | None) -> list[str]:
    """The preview: one line per reading (shape, score, counts; ``▶`` marks the one the
    import will take), then the first talk titles of that reading."""
    if not readings:
        return []
    auto = automatic_reading(list(readings))
    picked = next((r for r in readings if r.shape == shape), auto)
    if shape is not None:
        lines = [f"chosen: {shape}"]
    elif auto is readings[0]:
        lines = ["automatic (the best reading)"]
    elif auto.shape != "one-note":
        lines = [f"automatic: the best two fit about equally, {auto.shape} finds more of it"]
    else:
        lines = ["automatic: the best two fit about equally, so one note (pick one to choose)"]
    for reading in readings[:SHOWN_READINGS]:
        p = reading.programme
        people = {sp.name for t in p.talks for sp in t.speakers} | {r.person.name for r in p.roles}
        mark = "▶" if reading is picked else " "
        lines.append(
            f"{mark} {reading.shape} {reading.score:.2f}: {len(p.talks)} talks, "
            f"{len(p.sessions)} sessions, {len(people)} people"
        )
    lines += [f"    · {t.title}" for t in picked.programme.talks[:SHOWN_TITLES]]
    return lines


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
    ImportDialog #import-readings {
        height: auto;
        max-height: 10;
        color: $text-muted;
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
        Binding(
            "ctrl+r",
            "next_reading",
            "Reading",
            id="import.reading",
            tooltip="Read the document another way (import --as SHAPE)",
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
        self.readings: list[Reading] = []
        """The previewed source's readings, best first."""
        self.shape: str | None = None
        """The reading picked with the key (None: the best, as the import decides)."""
        self._previewed: tuple[str, str] | None = None
        self._preview_timer: Timer | None = None
        self._preview_cancel = threading.Event()

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
            yield Label("Reading (ctrl+r picks another)")
            yield Static("Give a file to see how it reads.", id="import-readings")
            yield Label("", id="import-error")
            with Horizontal():
                yield Button("Cancel", id="import-cancel")
                yield Button("Import", variant="primary", id="import-ok")

    def on_mount(self) -> None:
        """Focus the sources box."""
        self.query_one("#import-sources", TextArea).focus()
        self._schedule_preview()

    @on(TextArea.Changed, "#import-sources")
    @on(Select.Changed, "#import-format")
    def _schedule_preview(self) -> None:
        """Preview again once the user stops typing."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self._preview)

    def _first_source(self) -> str | None:
        text = self.query_one("#import-sources", TextArea).text
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if not first or check_source(first, self.folder):
            return None
        if split_url(first).scheme in ("http", "https"):
            return first
        path = Path(first).expanduser()
        return str(path if path.is_absolute() else self.folder / path)

    def _preview(self) -> None:
        source = self._first_source()
        fmt = str(self.query_one("#import-format", Select).value)
        if (source, fmt) == self._previewed:
            return
        self._preview_cancel.set()  # a download of the previous source stops
        self._preview_cancel = threading.Event()
        self._previewed = (source, fmt) if source else None
        self.readings, self.shape = [], None
        if source is None:
            self._show("Give a file to see how it reads.")
            return
        self._show("Reading…")
        self._read_readings(source, fmt, self._preview_cancel)

    @work(thread=True, exclusive=True, group="import-readings")
    def _read_readings(self, source: str, fmt: str, cancel: threading.Event) -> None:
        """The dry run's readings of one source, off the UI thread."""
        try:
            data, name = read_source(
                source, deadline=time.monotonic() + PREVIEW_SECONDS, cancel=cancel
            )
            readings = text_readings(data, name, fmt)
            message = "" if readings else "One reading only: its format says how it reads."
        except BadInputError as exc:
            readings, message = [], str(exc)
        if not get_current_worker().is_cancelled and not cancel.is_set():
            self.app.call_from_thread(self._previewed_readings, readings, message)

    def _previewed_readings(self, readings: list[Reading], message: str) -> None:
        self.readings, self.shape = readings, None
        self._show(message or "\n".join(reading_lines(readings, None)))

    def _show(self, text: str) -> None:
        self.query_one("#import-readings", Static).update(text)

    def action_next_reading(self) -> None:
        """Pick the next reading; after the last, back to the automatic choice."""
        shapes = [r.shape for r in self.readings]
        if not shapes:
            self.notify("No other reading of this source.", severity="warning")
            return
        at = shapes.index(self.shape) + 1 if self.shape in shapes else 0
        self.shape = shapes[at] if at < len(shapes) else None
        self._show("\n".join(reading_lines(self.readings, self.shape)))

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
            shape=self.shape,
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
