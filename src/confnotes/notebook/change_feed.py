"""The notebook's change feed: which talks, people and conferences changed, and why.

Every write goes through :class:`~confnotes.notebook.notebook.Notebook`, which publishes
one :class:`NotebookChange` per save (or one per batch, for an import or a
merge). Subscribers (the search index, the UI) follow the notebook from these
events instead of rescanning it: an import of 300 talks into a notebook of
20,000 reindexes and redraws 300 talks. No Textual here; the UI turns events
into messages itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

Reason = Literal["saved", "imported", "external", "removed", "merged", "edited"]
"""Why files changed: a save from this program, an import, another program's write seen
on disk, a file deleted, people merged into one page, or a correction (a rename, a
delete, a timezone, an undo) that rewrote the files naming what it changed."""

REASONS: tuple[Reason, ...] = ("saved", "imported", "external", "removed", "merged", "edited")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NotebookChange:
    """One change to the notebook, by id (an id absent from the notebook now was removed)."""

    reason: Reason
    talks: frozenset[str] = frozenset()
    """Talk ids (``<conference-id>/<file stem>``) whose note changed."""
    people: frozenset[str] = frozenset()
    """Person ids (``people/<id>.md``) whose page changed."""
    conferences: frozenset[str] = frozenset()
    """Conference ids whose ``conference.yaml`` changed."""

    @property
    def empty(self) -> bool:
        """True when no id changed (nothing to tell anyone)."""
        return not (self.talks or self.people or self.conferences)

    def __len__(self) -> int:
        return len(self.talks) + len(self.people) + len(self.conferences)


@dataclass
class ChangeBuilder:
    """The ids changed so far inside one batch (see :meth:`Notebook.batch`)."""

    reason: Reason
    talks: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    conferences: set[str] = field(default_factory=set)

    def add(self, change: NotebookChange) -> None:
        self.talks |= change.talks
        self.people |= change.people
        self.conferences |= change.conferences

    def build(self) -> NotebookChange:
        return NotebookChange(
            self.reason, frozenset(self.talks), frozenset(self.people), frozenset(self.conferences)
        )


Subscriber = Callable[[NotebookChange], None]


class ChangeFeed:
    """Subscribers called with every :class:`NotebookChange`, in the publishing thread.

    A subscriber that raises never turns a save that reached the disk into a failure:
    the error is logged and kept in :attr:`failures` (the UI shows them).
    """

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self.failures: list[tuple[NotebookChange, BaseException]] = []
        """Subscribers' exceptions, oldest first (drained by whoever reports them)."""

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber`` with every change from now on; returns the unsubscribe call."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, change: NotebookChange) -> None:
        """Tell every subscriber (nothing happens for an empty change)."""
        if change.empty:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(change)
            except Exception as exc:
                log.exception("change subscriber %r failed", subscriber)
                self.failures.append((change, exc))


def change(
    reason: Reason,
    talks: Iterable[str] = (),
    people: Iterable[str] = (),
    conferences: Iterable[str] = (),
) -> NotebookChange:
    """A :class:`NotebookChange` from any iterables of ids."""
    return NotebookChange(reason, frozenset(talks), frozenset(people), frozenset(conferences))
