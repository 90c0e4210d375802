"""Marks a programme update leaves on talks: cancelled, and "changed since you last looked".

Both live in the talk's front matter, so they survive restarts, show in any
Markdown tool and merge like any other key:

- ``cancelled: true`` — the latest programme no longer has the talk (or calls it
  cancelled). The note stays; it is never deleted.
- ``programme_change: {kind: moved|cancelled|added|changed, was: "..."}`` — what
  the last update did to the talk, shown in the schedule until the user opens
  the note (:func:`mark_seen`).

No Textual here: the CLI, the app and the exporters read these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from confnotes.model import Talk

CANCELLED_KEY = "cancelled"
"""Front-matter flag of a talk the programme no longer holds."""

CHANGE_KEY = "programme_change"
"""Front-matter mapping saying what the last programme update did to the talk."""

CHANGE_KINDS = ("moved", "cancelled", "added", "changed")
"""What an update can have done to a talk."""

CHANGE_MARKS = {"moved": "⇄", "cancelled": "✗", "added": "+", "changed": "~"}
"""One-character marks for lists and grids."""


@dataclass(frozen=True)
class Change:
    """What a programme update did to a talk, until the user has seen it."""

    kind: str
    was: str = ""
    """For a move or change: where and when it was before (``Thu 10:00, Tejo``)."""

    @property
    def mark(self) -> str:
        """The one-character mark for this kind of change."""
        return CHANGE_MARKS.get(self.kind, "~")

    def describe(self) -> str:
        """``moved (was Thu 10:00, Tejo)``."""
        return f"{self.kind} (was {self.was})" if self.was else self.kind


def is_cancelled(talk: Talk) -> bool:
    """True for a talk its programme no longer holds (``cancelled: true``)."""
    return talk.extra.get(CANCELLED_KEY) is True


def set_cancelled(talk: Talk, cancelled: bool) -> None:
    """Mark or unmark the talk as cancelled (the key is dropped when not cancelled)."""
    if cancelled:
        talk.extra[CANCELLED_KEY] = True
    else:
        talk.extra.pop(CANCELLED_KEY, None)


def change_of(talk: Talk) -> Change | None:
    """The unseen change the last programme update made to the talk, or None."""
    value: Any = talk.extra.get(CHANGE_KEY)
    if isinstance(value, dict) and value.get("kind") in CHANGE_KINDS:
        return Change(str(value["kind"]), str(value.get("was") or ""))
    if isinstance(value, str) and value in CHANGE_KINDS:
        return Change(value)
    return None


def mark_changed(talk: Talk, change: Change) -> None:
    """Record an unseen change on the talk (replacing an older unseen one)."""
    value: dict[str, str] = {"kind": change.kind}
    if change.was:
        value["was"] = change.was
    talk.extra[CHANGE_KEY] = value


def mark_seen(talk: Talk) -> bool:
    """Forget the talk's unseen change; True when there was one (then the note needs saving)."""
    return talk.extra.pop(CHANGE_KEY, None) is not None
