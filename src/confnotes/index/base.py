"""The search port: what the CLI and the UI need from an index, whatever engine is behind it.

The files are the truth and the index is a cache of them, so the interface
talks in notebook terms (talks, people, ids) and never exposes Whoosh.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from confnotes.index.scan_ahead import ScanAhead
    from confnotes.model import Conference, Person, Talk
    from confnotes.notebook.layout import HeldNote

Progress = Callable[[int, int], None]
"""Called with (done, total) while a sync or rebuild works through files."""


@dataclass
class SyncReport:
    """What a sync or rebuild changed in the index."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    rebuilt: bool = False
    """True when the whole index was built anew (first use, ``reindex``, or recovery)."""
    cancelled: bool = False
    messages: list[str] = field(default_factory=list)
    """Things the user should be told (index recovered, another process holds the lock...)."""

    @property
    def changed(self) -> int:
        """Documents written or deleted."""
        return self.added + self.updated + self.removed

    def then(self, later: SyncReport) -> SyncReport:
        """This report followed by ``later`` (a sync in another process, then our own)."""
        return SyncReport(
            added=self.added + later.added,
            updated=self.updated + later.updated,
            removed=self.removed + later.removed,
            unchanged=later.unchanged,
            rebuilt=self.rebuilt or later.rebuilt,
            cancelled=later.cancelled,
            messages=[*self.messages, *later.messages],
        )


@dataclass
class Hit:
    """One search result, with enough stored data to show it without opening the file."""

    kind: str
    """``talk``, ``person`` or ``conference``."""
    id: str
    title: str
    conference: str | None
    speakers: list[str]
    """Speaker names (talks), in programme order."""
    score: float
    snippet: str
    """Plain text around the best match (no markup)."""
    highlights: list[tuple[int, int]]
    """``(start, end)`` spans of matched terms inside :attr:`snippet`."""
    line: int | None
    """1-based line of the first match in the note body, to open the editor there."""
    date: str | None = None
    """``YYYY-MM-DD`` (talks) or the conference's first day."""
    ts: int = 0
    """Start as ``YYYYMMDDHHMM`` (0 when unknown): breaks ties between equal scores."""

    def marked_snippet(self, before: str = "**", after: str = "**") -> str:
        """The snippet with each highlighted span wrapped in plain-text markers."""
        out, last = [], 0
        for start, end in self.highlights:
            out.append(self.snippet[last:start])
            out.append(f"{before}{self.snippet[start:end]}{after}")
            last = end
        out.append(self.snippet[last:])
        return "".join(out)


@dataclass
class SearchResults:
    """Hits best first, plus what the UI should say about them."""

    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    """Matching documents: exact when all of them are in ``hits``, else an estimate."""
    corrected: str | None = None
    """When typo-corrected matches were added after the exact ones: the corrected query."""
    exact: int | None = None
    """With :attr:`corrected`: how many of the hits (the first ones) matched as typed."""
    partial: bool = False
    """The search ran out of its time budget: the best of the notes it reached (the same
    search without a budget gives them all)."""
    fewer: str | None = None
    """When no note has every word of the query and the hits have only some: what was
    searched instead (the CLI says it on stderr, the app in its status line)."""
    notice: str | None = None
    """When the query could not be read as written (and was searched as plain words): why."""
    rebuilding: bool = False
    """True when the index is being rebuilt and the hits may be incomplete."""


class SearchIndex(ABC):
    """A full-text index over one notebook, kept in step with its files."""

    build_processes: int = 2
    """Processes a full build may use (``reindex``: every core it can; the app's background
    build leaves a core to the app the user types in)."""
    elsewhere: bool = False
    """Index a batch of many changed files in a child process instead of this one (the
    app sets it: a team sync's dozens of merged notes, parsed and indexed here, would
    hold the interpreter's lock that the UI thread needs to draw each key)."""
    temporary: bool = False
    """The notebook is read-only: this index lives in a temporary folder for this run
    (a search works; ``reindex`` says that nothing could be written)."""
    held: Callable[[str], HeldNote | None] | None = None
    """The notebook's notes as it holds them parsed, by relative path
    (:meth:`~confnotes.notebook.notebook.Notebook.held_note`): a note whose file still has
    the size and time it was written with is indexed from there, not read and parsed
    again (an import's thousands of new notes)."""

    @abstractmethod
    def sync(
        self,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        ahead: ScanAhead | None = None,
    ) -> SyncReport:
        """Index what changed on disk since the last sync (cheap when nothing did).

        ``ahead`` is a scan a forked child made while the caller started up: when it
        vouches that nothing changed, the files are not scanned again."""

    @abstractmethod
    def rebuild(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> SyncReport:
        """Build the index from scratch from the files."""

    @abstractmethod
    def update_talk(self, talk: Talk) -> None:
        """Re-index one talk right after it was saved."""

    @abstractmethod
    def update_person(self, person: Person) -> None:
        """Re-index a person's page and the talks that name them."""

    @abstractmethod
    def update_conference(self, conf: Conference) -> None:
        """Re-index a conference and its talks (session titles and rooms live there)."""

    @abstractmethod
    def remove(self, doc_id: str) -> None:
        """Drop a talk id, ``people/<id>`` or a conference id from the index."""

    def update_many(
        self,
        talks: Sequence[Talk] = (),
        people: Sequence[Person] = (),
        conferences: Sequence[Conference] = (),
        removed: Sequence[str] = (),
        wait: bool = True,
    ) -> bool:
        """Re-index what one change of the notebook touched (engines commit it once).

        With ``wait=False`` an engine busy with a long sync or rebuild returns False
        after a moment instead of making the caller (a save) wait for it; nothing is
        done then.
        """
        for talk in talks:
            self.update_talk(talk)
        for person in people:
            self.update_person(person)
        for conf in conferences:
            self.update_conference(conf)
        for doc_id in removed:
            self.remove(doc_id)
        return True

    @abstractmethod
    def search(
        self,
        query: str,
        limit: int = 20,
        kinds: tuple[str, ...] = (),
        typing: bool = False,
        budget: float | None = None,
        stop: threading.Event | None = None,
    ) -> SearchResults:
        """Run a query (see :mod:`confnotes.index.query`); ``kinds`` restricts hit kinds;
        ``typing``: the query is being typed, its last word may be half a word; ``budget``:
        a keystroke's first answer, quickly (a big notebook's may be the best of some
        notes, with :attr:`SearchResults.partial` set: the same search without a budget
        ranks them all); ``stop``: once set, the search gives up and returns no hits,
        marked partial (a newer keystroke made it obsolete).

        Never rejects a query: one that cannot be parsed is searched as its plain
        words, and :attr:`SearchResults.notice` says why.
        """

    def warm(self) -> None:
        """Read ahead what searches read once per index segment (the app calls it in the
        background after opening the index, so that the first keystroke does not pay it).
        An engine with nothing to read ahead does nothing."""
        return None

    @abstractmethod
    def close(self) -> None:
        """Release files and locks."""

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
