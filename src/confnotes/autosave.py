"""Saving note buffers safely from background threads, for any front end.

The UI calls :meth:`NoteSaver.save` from a worker thread a second after
typing pauses. Saves are serialised by one lock and numbered, so an older
save that runs late never overwrites a newer one. Links pasted into the body
are picked up into the talk's references. A save that fails keeps the
text (in :attr:`NoteSaver.pending` and in a recovery copy); a file changed by
another program is never overwritten unless the user says so (``force``).
No Textual here.
"""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from confnotes.errors import ConflictError, ConfnotesError
from confnotes.frontmatter import parse_document
from confnotes.link_pickup import links_in_body
from confnotes.model import Link, Talk
from confnotes.notebook import Notebook
from confnotes.recovery import RecoveryCopy, RecoveryStore
from confnotes.storage import decode_text, read_regular_file

Status = Literal["saved", "unchanged", "conflict", "failed", "skipped"]


@dataclass
class SaveResult:
    """What became of one save request."""

    talk_id: str
    text: str
    status: Status
    message: str = ""
    """Human-readable detail for failures and conflicts (names the file)."""
    recovery: Path | None = None
    """Where the text was saved aside, when the note itself could not be written."""
    picked: list[Link] = field(default_factory=list)
    """Links found pasted in the body and added to the talk's references by this save."""


@dataclass
class DiskCheck:
    """Whether an open note's file changed on disk since it was read or written."""

    talk_id: str
    changed: bool
    theirs: str | None = None
    """The body the file holds now (None when unchanged, gone or unreadable)."""
    gone: bool = False
    error: str = ""


class NoteSaver:
    """Serialised, numbered saves of note bodies through :meth:`Notebook.save_talk`.

    The notebook keeps its search index in step and announces each save itself."""

    def __init__(self, nb: Notebook, recovery: RecoveryStore | None = None) -> None:
        self.nb = nb
        self.recovery = recovery or RecoveryStore(nb)
        self.pending: dict[str, str] = {}
        """Unsaved buffers by talk id (a save failed or is in conflict)."""
        self.restored: dict[str, RecoveryCopy] = {}
        """Recovery copies restored into a buffer: deleted once that note saves."""
        self._counter = itertools.count(1)
        self._done: dict[str, int] = {}

    def ticket(self) -> int:
        """A number for a save request; later requests get larger numbers."""
        return next(self._counter)

    def save(
        self, talk_id: str, text: str, ticket: int | None = None, force: bool = False
    ) -> SaveResult:
        """Write ``text`` as the body of the talk's note (blocking; call from a worker).

        Never raises for I/O problems: failures come back as a result, with the
        text kept in :attr:`pending` and in a recovery copy.
        """
        ticket = ticket if ticket is not None else self.ticket()
        with self.nb.write_lock.hold_local():
            if ticket < self._done.get(talk_id, 0):
                return SaveResult(talk_id, text, "skipped")
            self._done[talk_id] = ticket
            talk = self.nb.talks.get(talk_id)
            if talk is None:
                return self._aside(talk_id, text, "failed", "the note no longer exists")
            old = talk.body
            talk.body = text
            try:
                changed = self.nb.save_talk(talk, force=force)
            except ConflictError as exc:
                talk.body = old
                return self._aside(talk_id, text, "conflict", str(exc))
            except ConfnotesError as exc:
                talk.body = old
                return self._aside(talk_id, text, "failed", str(exc))
            except OSError as exc:
                talk.body = old
                return self._aside(talk_id, text, "failed", f"{talk.path}: {exc.strerror or exc}")
            self.pending.pop(talk_id, None)
            self.recovery.forget(talk_id)
            copy = self.restored.pop(talk_id, None)
            if copy is not None:
                with contextlib.suppress(ConfnotesError):
                    self.recovery.discard(copy)
            picked = self._pick_up_links(talk)
        return SaveResult(talk_id, text, "saved" if changed else "unchanged", picked=picked)

    def _pick_up_links(self, talk: Talk) -> list[Link]:
        """Links pasted into the body join the talk's references (the body is untouched)."""
        new = links_in_body(talk.body, talk.links)
        if not new:
            return []
        talk.links.extend(new)
        try:
            self.nb.save_talk(talk)
        except (ConfnotesError, OSError):
            # The body is saved; the references can be picked up on the next save.
            del talk.links[-len(new) :]
            return []
        return new

    def _aside(self, talk_id: str, text: str, status: Status, message: str) -> SaveResult:
        self.pending[talk_id] = text
        try:
            where = self.recovery.write(talk_id, text, f"{status}: {message}")
        except ConfnotesError as exc:
            return SaveResult(
                talk_id, text, status, f"{message}; recovery copy failed too: {exc}", None
            )
        return SaveResult(talk_id, text, status, message, where)

    def check_disk(self, talk_id: str) -> DiskCheck:
        """Compare a note's file with what was last read or written (blocking)."""
        with self.nb.write_lock.hold_local():
            talk = self.nb.talks.get(talk_id)
            if talk is None or talk.path is None:
                return DiskCheck(talk_id, False)
            path = talk.path
            try:
                if not self.nb.changed_on_disk(path):
                    return DiskCheck(talk_id, False)
            except ConfnotesError as exc:
                return DiskCheck(talk_id, False, error=str(exc))
            if not path.exists():
                return DiskCheck(talk_id, True, gone=True)
            try:
                return DiskCheck(talk_id, True, theirs=read_body(path))
            except (ConfnotesError, OSError) as exc:
                return DiskCheck(talk_id, True, error=str(exc))

    def reload(self, talk_id: str) -> Talk | None:
        """Re-read a note from disk (after a clean buffer saw an external change)."""
        with self.nb.write_lock.hold_local():
            talk = self.nb.reload_talk(talk_id)
            self.pending.pop(talk_id, None)
            return talk

    def flush(self, buffers: dict[str, str]) -> list[SaveResult]:
        """Save several buffers now (on quit and on suspend: blocking, in order)."""
        return [self.save(talk_id, text) for talk_id, text in buffers.items()]


def read_body(path: Path) -> str:
    """The Markdown body a note file holds right now (front matter left out)."""
    text = decode_text(read_regular_file(path), path).text
    try:
        return parse_document(text, path).body
    except ConfnotesError:
        return text
