"""The search screen: type, and the best notes appear with the matched words highlighted.

The query goes to the :class:`~confnotes.index.SearchIndex` in a thread worker
a moment after typing pauses, so a keystroke never waits for Whoosh; a newer
query makes older results obsolete. Enter on a result opens the note at the
line of the first match (:class:`~confnotes.tui.messages.OpenTalk`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from confnotes.errors import ConfnotesError
from confnotes.notebook.notebook import Notebook
from confnotes.tui.messages import OpenPerson, OpenTalk

if TYPE_CHECKING:
    from confnotes.index import Hit, SearchIndex, SearchResults

SYNTAX_HINT = (
    'words · "a phrase" · word* · a OR b · -word · speaker: title: conf: tag: room: '
    "date:2025-06 body:"
)
"""One-line reminder of the query syntax (the same as ``confnotes search``)."""


def hit_label(hit: Hit, conference_name: str | None = None) -> Text:
    """A result as two or three lines: title, where/who, and the snippet with matches styled."""
    label = Text()
    label.append(hit.title or hit.id, style="bold")
    meta = [m for m in (conference_name or hit.conference or "", ", ".join(hit.speakers)) if m]
    if hit.kind != "talk":
        meta.insert(0, hit.kind)
    if meta:
        label.append("\n" + " · ".join(meta), style="dim")
    snippet = " ".join((hit.snippet or "").split("\n"))
    if snippet:
        line = Text("\n")
        body = Text(snippet)
        for start, end in _clean_spans(hit.highlights, len(hit.snippet or "")):
            body.stylize("bold reverse", start, end)
        line.append_text(body)
        label.append_text(line)
    return label


def _clean_spans(spans: Any, length: int) -> list[tuple[int, int]]:
    """Highlight spans clipped to the snippet (an index bug must not crash the screen)."""
    clean = []
    for span in spans or ():
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        start, end = max(0, start), min(length, end)
        if start < end:
            clean.append((start, end))
    return clean


class SearchScreen(Screen[None]):
    """Full-text search over every note, person and conference of the notebook."""

    DEFAULT_CSS = """
    SearchScreen {
        layout: vertical;
    }
    SearchScreen #search-box {
        height: auto;
        padding: 0 1;
    }
    SearchScreen #search-input {
        margin: 0;
    }
    SearchScreen #search-building {
        height: 1;
        padding: 0 1;
        display: none;
    }
    SearchScreen #search-building.-shown {
        display: block;
    }
    SearchScreen #search-building-label {
        width: auto;
        color: $warning;
        padding-right: 2;
    }
    SearchScreen #search-status {
        height: 1;
        color: $text-muted;
        padding: 0 1;
    }
    SearchScreen #search-status.-error {
        color: $error;
    }
    SearchScreen #search-status.-corrected {
        color: $warning;
    }
    SearchScreen #search-results {
        height: 1fr;
        border: none;
    }
    SearchScreen #search-results > .option-list--option {
        padding: 0 1;
    }
    """
    """Layout: query box, a status line, then the results filling the screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "close",
            "Close",
            id="search.close",
            tooltip="Leave the search screen",
        ),
        Binding(
            "down",
            "focus_results",
            "Results",
            show=False,
            id="search.focus_results",
            tooltip="Move from the query to the results",
        ),
        Binding(
            "ctrl+l",
            "focus_query",
            "Query",
            id="search.focus_query",
            tooltip="Back to the query box to refine it",
        ),
    ]
    """Keys of the search screen (ids can be remapped in the config file)."""

    BUDGET: ClassVar[float] = 0.015
    """Seconds a keystroke's search may spend collecting matches before it shows the best
    found so far (a big notebook; the complete results follow)."""
    PAUSE: ClassVar[float] = 0.25
    """Seconds the typing must pause before a first answer that ranked only some notes is
    followed by the ranking of every note (Enter asks for it at once)."""
    DEBOUNCE = 0.03
    """Seconds typing must pause before the query runs. Typists leave 80 ms or more
    between keys, so this only folds bursts (pastes, key repeat); every millisecond of
    it is added to the wait for results (measured: the screen's own share is ~3 ms)."""

    LIMIT = 30
    """How many results to show (each costs the index a snippet; a screen shows about ten)."""

    SHOW_TIMING = True
    """Show how long the query took (snapshot tests turn it off)."""

    PROGRESS_SECONDS = 0.25
    """How often the index's build progress is redrawn while it runs."""

    def __init__(
        self,
        notebook: Notebook,
        index: SearchIndex | Callable[[], SearchIndex | None] | None,
        query: str = "",
        *,
        progress: Callable[[], tuple[int, int] | None] | None = None,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        """Create the screen.

        Args:
            notebook: The notebook, for conference names.
            index: The search index, or a function returning it once it is open (the app
                opens it in the background); None shows a message instead of results.
            query: A query to run straight away.
            progress: Gives ``(done, total)`` while the index is being built or synced
                in the background (None when idle): shown as a bar, and results are
                marked incomplete until it is done.
            name: Textual name of the screen.
            id: Textual id of the screen.
        """
        super().__init__(name=name, id=id)
        self.notebook = notebook
        """The notebook whose notes are searched."""
        self._index = index
        self.initial_query = query
        """The query shown when the screen opens."""
        self.hits: list[Hit] = []
        """Hits currently listed, in order."""
        self.last_query: str | None = None
        """The query whose results are on screen."""
        self._lock = threading.Lock()
        self._generation = 0
        self._stop = threading.Event()
        """Set when the query changes: the search running for the old one gives up."""
        self.partial = False
        """The results on screen are a first answer that ranked only some notes."""
        self._progress = progress
        self.building: tuple[int, int] | None = None
        """The index build's ``(done, total)`` last shown, or None when it is not running."""

    @property
    def index(self) -> SearchIndex | None:
        """The index queried in a worker (None while the app is still opening it)."""
        if self._index is None or hasattr(self._index, "search"):
            return self._index  # type: ignore[return-value]
        return self._index()

    def compose(self) -> ComposeResult:
        """Query box, status line, results, footer."""
        with Vertical(id="search-box"):
            yield Input(
                value=self.initial_query,
                placeholder="Search notes, people, conferences…",
                id="search-input",
            )
        with Horizontal(id="search-building"):
            yield Static("", id="search-building-label")
            yield ProgressBar(id="search-progress", show_eta=False)
        yield Static(SYNTAX_HINT, id="search-status", markup=False)
        yield OptionList(id="search-results")
        yield Footer()

    def on_mount(self) -> None:
        """Focus the query and run the initial one."""
        self.query_one("#search-input", Input).focus()
        if self._progress is not None:
            self._show_progress()
            self.set_interval(self.PROGRESS_SECONDS, self._show_progress)
        if self.initial_query.strip():
            self._start(self.initial_query)

    def _show_progress(self) -> None:
        """Redraw the index build's progress; when it ends, search again for full results."""
        progress = self._progress() if self._progress is not None else None
        was_building = self.building is not None
        self.building = progress
        box = self.query_one("#search-building")
        box.set_class(progress is not None, "-shown")
        if progress is not None:
            done, total = progress
            self.query_one("#search-building-label", Static).update(
                f"building the search index: {min(done, total):,}/{total:,} notes"
                " · searching what is indexed so far"
            )
            self.query_one("#search-progress", ProgressBar).update(total=total, progress=done)
        elif was_building and self.last_query:
            self._start(self.last_query)  # the rest of the notes are in now

    # ------------------------------------------------------------------ querying

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self._start(event.value)

    @on(Input.Submitted, "#search-input")
    def _query_submitted(self, event: Input.Submitted) -> None:
        if self.partial and self.last_query == event.value:
            self._start(event.value, complete=True)  # every note now, not after a pause
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            results.highlighted = results.highlighted or 0
            results.focus()
            if len(self.hits) == 1:
                self._open(0)

    def _start(self, query: str, complete: bool = False) -> None:
        self._generation += 1
        self._stop.set()  # the previous keystroke's search, if still running, is obsolete
        self._stop = threading.Event()
        if not query.strip():
            self.hits = []
            self.last_query = ""
            self.partial = False
            self.query_one("#search-results", OptionList).clear_options()
            self._status(SYNTAX_HINT)
            return
        self._run_query(query, self._generation, self._stop, complete)

    @work(thread=True, exclusive=True, group="search")
    def _run_query(
        self, query: str, generation: int, stop: threading.Event, complete: bool = False
    ) -> None:
        """Wait for typing to pause, then search (in a thread: Whoosh must not block keys):
        a keystroke's first answer, then, when that ranked only some notes and the typing
        pauses (or at once with ``complete``), every note. A newer keystroke sets ``stop``."""
        if not complete and stop.wait(self.DEBOUNCE):
            return
        worker = get_current_worker()
        if worker.is_cancelled or generation != self._generation:
            return
        index = self.index
        if index is None:
            message = "the search index is not ready yet (it is being built); try again in a moment"
            self.app.call_from_thread(self._show_error, query, message)
            return
        started = time.perf_counter()
        if not complete:
            results = self._search(index, query, generation, stop, self.BUDGET)
            if results is None:
                return
            elapsed = time.perf_counter() - started
            self.app.call_from_thread(self._show_results, query, generation, results, elapsed)
            if not getattr(results, "partial", False):
                return
            # The best of some notes is shown; every note once the typing pauses (ranking
            # a common word in a big notebook takes longer than the gap between two keys).
            if stop.wait(self.PAUSE):
                return
        results = self._search(index, query, generation, stop, None)
        elapsed = time.perf_counter() - started
        if results is not None and not stop.is_set():
            self.app.call_from_thread(self._show_results, query, generation, results, elapsed)

    def _search(
        self,
        index: SearchIndex,
        query: str,
        generation: int,
        stop: threading.Event,
        budget: float | None,
    ) -> SearchResults | None:
        """The index's answer (None when a newer keystroke made it obsolete, or when the
        query was bad: that is shown)."""
        with self._lock:
            if stop.is_set() or generation != self._generation:
                return None
            try:
                results = index.search(
                    query, limit=self.LIMIT, typing=True, budget=budget, stop=stop
                )
            except ConfnotesError as exc:
                self.app.call_from_thread(self._show_error, query, exc.message)
                return None
        worker = get_current_worker()
        if worker.is_cancelled or stop.is_set() or generation != self._generation:
            return None
        return results

    def _show_error(self, query: str, message: str) -> None:
        self.hits = []
        self.last_query = query
        self.query_one("#search-results", OptionList).clear_options()
        self._status(f"{message}  —  {SYNTAX_HINT}", "-error")

    def _show_results(
        self, query: str, generation: int, results: SearchResults, elapsed: float
    ) -> None:
        if generation != self._generation:
            return
        self.hits = list(results.hits)
        self.last_query = query
        self.partial = bool(getattr(results, "partial", False))
        options = self.query_one("#search-results", OptionList)
        names = {cid: conf.name for cid, conf in self.notebook.conferences.items()}
        options.clear_options()
        rows: list[Option | None] = []
        for i, hit in enumerate(self.hits):
            if i:
                rows.append(None)  # a rule between results
            rows.append(Option(hit_label(hit, names.get(hit.conference or "")), id=f"hit-{i}"))
        options.add_options(rows)
        if self.hits:
            options.highlighted = 0
        shown = len(self.hits)
        total = max(results.total, shown)
        count = f"{total} result{'s' if total != 1 else ''}"
        if total > shown:
            count += f" (best {shown} shown)"
        parts = [count, f"{elapsed * 1000:.0f} ms"] if self.SHOW_TIMING else [count]
        classes = ""
        if results.corrected:
            also = "also " if getattr(results, "exact", None) else ""
            parts.insert(0, f"{also}showing results for “{results.corrected}”")
            classes = "-corrected"
        fewer = getattr(results, "fewer", None)
        if fewer:
            parts.insert(0, fewer)
            classes = "-corrected"
        notice = getattr(results, "notice", None)
        if notice:
            parts.append(f"searched as plain words ({notice})")
        if getattr(results, "partial", False):
            parts.append("best so far, searching every note…")
        if getattr(results, "rebuilding", False) or self.building is not None:
            parts.append("index is being built: results may be incomplete")
        if not self.hits:
            parts[0 if not results.corrected else 1] = f"no notes match “{query}”"
        self._status(" · ".join(parts), classes)

    def _status(self, text: str, classes: str = "") -> None:
        status = self.query_one("#search-status", Static)
        status.update(text)
        status.set_classes(classes)

    # ------------------------------------------------------------------ opening

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("hit-"):
            self._open(int(option_id.removeprefix("hit-")))

    def _open(self, index: int) -> None:
        if not 0 <= index < len(self.hits):
            return
        hit = self.hits[index]
        if hit.kind == "person":
            self.post_message(OpenPerson(hit.id))
        elif hit.kind == "talk":
            self.post_message(OpenTalk(hit.id, hit.line))
        else:
            self.notify(f"{hit.title}: a conference; open its talks from the schedule")

    def action_focus_results(self) -> None:
        """Move the focus to the result list."""
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.highlighted = 0

    def action_focus_query(self) -> None:
        """Back to the query box."""
        self.query_one("#search-input", Input).focus()

    def action_close(self) -> None:
        """Leave the screen."""
        self.dismiss(None)
