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
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from confnotes.errors import ConflictError, ConfnotesError
from confnotes.model import Link, Talk, revised
from confnotes.notebook.frontmatter import parse_document, split_front_matter
from confnotes.notebook.link_pickup import links_in_body
from confnotes.notebook.merge3 import merge_notes, merge_text
from confnotes.notebook.notebook import SAVE_LOCK_WAIT, Notebook
from confnotes.notebook.recovery import RecoveryCopy, RecoveryStore, lines_all_in
from confnotes.notebook.storage import decode_text, read_regular_file

Status = Literal["saved", "unchanged", "conflict", "failed", "skipped"]
Choice = Literal["mine", "theirs", "both"]
"""How the user settled a conflict: keep the editor's body, the file's, or merge both."""


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
class Resolution:
    """What became of a conflict the user settled in the dialog."""

    talk_id: str
    body: str
    """The note's body now (what the editor shows); the editor's text when it failed."""
    status: Literal["saved", "failed"]
    message: str
    """What was kept where, for the status line (names any recovery copy)."""
    kept: Path | None = None
    """The recovery copy holding the side not kept in the note (stays until discarded)."""
    conflicts: int = 0
    """Places left between conflict markers in the note."""


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
        self.pending_base: dict[str, str] = {}
        """The body each text of :attr:`pending` was typed on, when known."""
        self.restored: dict[str, RecoveryCopy] = {}
        """Recovery copies restored into a buffer: deleted once that note saves."""
        self.written: dict[str, str] = {}
        """The body each note's latest successful save wrote: a UI that sees the notebook
        hold it before it heard of that save knows it is its own, not another program's."""
        self.queued: dict[str, str] = {}
        """Texts handed to a save (:meth:`queue`) that has not finished yet: a note opened
        again meanwhile shows them, not the note as it was before they reach it."""
        self._queue_lock = threading.Lock()
        self._aside_lock = threading.Lock()
        """Orders the texts kept aside (pending and their recovery copy) by ticket."""
        self._counter = itertools.count(1)
        self._done: dict[str, int] = {}
        self._queued_at: dict[str, int] = {}
        self._pending_at: dict[str, int] = {}
        """The ticket of each text in :attr:`queued` and :attr:`pending`: the newer one is
        the user's latest text (see :meth:`latest_unsaved`)."""

    def ticket(self) -> int:
        """A number for a save request; later requests get larger numbers."""
        return next(self._counter)

    def queue(self, talk_id: str, text: str) -> int:
        """A ticket for saving ``text`` soon (in a worker); :attr:`queued` holds the text
        until that save, or a later one, has finished."""
        with self._queue_lock:
            ticket = self.ticket()
            self.queued[talk_id] = text
            self._queued_at[talk_id] = ticket
            return ticket

    def _unqueue(self, talk_id: str, ticket: int) -> None:
        with self._queue_lock:
            if self._queued_at.get(talk_id) == ticket:
                del self.queued[talk_id]
                del self._queued_at[talk_id]

    def latest_unsaved(self, talk_id: str, body: str | None = None) -> str | None:
        """The newest text of a note not yet known to be in it: a save on its way, or one
        kept aside (a failed save, a conflict), whichever the user typed last.

        ``body``: the note's body as the notebook holds it now. When it changed since the
        text kept aside was typed on (another program's edit, re-read meanwhile), both
        are merged line by line (same-line edits between markers): opened again and
        saved, the kept text never writes over the other program's words.
        """
        with self._queue_lock:
            queued = self._queued_at.get(talk_id, 0), self.queued.get(talk_id)
            pending = self._pending_at.get(talk_id, 0), self.pending.get(talk_id)
            base = self.pending_base.get(talk_id)
        if queued[0] > pending[0]:
            return queued[1]
        text = pending[1]
        if text is None or body is None or base is None or body in (base, text):
            return text
        return merge_text(base, text, body, ("yours", "changed elsewhere")).text

    def unsaved_notes(self, bodies: dict[str, str] | None = None) -> dict[str, str]:
        """Every note with text not known to be in it (see :meth:`latest_unsaved`;
        ``bodies``: the notes' bodies now, by id)."""
        with self._queue_lock:
            ids = set(self.queued) | set(self.pending)
        found = {t: self.latest_unsaved(t, (bodies or {}).get(t)) for t in sorted(ids)}
        return {talk_id: text for talk_id, text in found.items() if text is not None}

    def keep_pending(
        self, talk_id: str, text: str, ticket: int | None = None, base: str | None = None
    ) -> bool:
        """Hold ``text`` (typed on the body ``base``, when known) as the note's unsaved
        text, unless a newer one is held (a save that ran late never replaces newer
        words); True when held."""
        ticket = ticket if ticket is not None else self.ticket()
        with self._queue_lock:
            if ticket < self._pending_at.get(talk_id, 0):
                return False
            self.pending[talk_id] = text
            self._pending_at[talk_id] = ticket
            if base is None:
                self.pending_base.pop(talk_id, None)
            else:
                self.pending_base[talk_id] = base
            return True

    def _saved_up_to(self, talk_id: str, ticket: int) -> bool:
        """The text of ``ticket`` reached the note: drop what was held aside unless newer
        words were (True when nothing newer is held)."""
        with self._queue_lock:
            if self._pending_at.get(talk_id, 0) > ticket:
                return False
            self.pending.pop(talk_id, None)
            self._pending_at.pop(talk_id, None)
            self.pending_base.pop(talk_id, None)
            return True

    def set_aside(
        self,
        talk_id: str,
        text: str,
        reason: str,
        base: str | None = None,
        ticket: int | None = None,
    ) -> tuple[bool, Path | None, str]:
        """Keep ``text`` in :attr:`pending` and in this run's recovery copy of the note,
        unless newer words are kept already (then neither is replaced by older ones).

        Returns ``(kept, recovery copy or None, why no copy could be written)``."""
        with self._aside_lock:
            if not self.keep_pending(talk_id, text, ticket, base):
                return False, None, ""
            try:
                return True, self.recovery.write(talk_id, text, reason, base), ""
            except ConfnotesError as exc:
                return True, None, str(exc)

    def save(
        self,
        talk_id: str,
        text: str,
        ticket: int | None = None,
        force: bool = False,
        base: str | None = None,
    ) -> SaveResult:
        """Write ``text`` as the body of the talk's note (blocking; call from a worker).

        ``base``: the body the text was typed on (the editor's last known file body).
        When the notebook's body changed since to something this saver did not write
        (an import filled the empty note, a re-read took in another program's words),
        the save is a conflict instead of a write over those words.

        Never raises for I/O problems: failures come back as a result, with the
        text kept in :attr:`pending` and in a recovery copy.
        """
        ticket = ticket if ticket is not None else self.ticket()
        try:
            return self._save(talk_id, text, ticket, force, base)
        finally:
            # Saved, skipped for a newer text, or kept in pending and a recovery copy.
            self._unqueue(talk_id, ticket)

    def _save(
        self, talk_id: str, text: str, ticket: int, force: bool, base: str | None
    ) -> SaveResult:
        with self.nb.write_lock.hold_local():
            if ticket < self._done.get(talk_id, 0):
                return SaveResult(talk_id, text, "skipped")
            self._done[talk_id] = ticket
            talk = self.nb.talks.get(talk_id)
            if talk is None:
                return self._aside(talk_id, text, "failed", "the note no longer exists", ticket)
            if (
                base is not None
                and not force
                and talk.body not in (base, text, self.written.get(talk_id))
            ):
                why = f"{talk.path}: its text changed here since you started typing (an import?)"
                return self._aside(talk_id, text, "conflict", why, ticket, base)
            # Links pasted into the body join the talk's references in the same write:
            # one atomic write per save, so a crash never leaves one without the other.
            picked = [] if talk.extra.get("_unreadable") else links_in_body(text, talk.links)
            body = text if text == talk.body else with_final_newline(text)
            # A revision is written; the notebook swaps it in once it is on disk. The talk
            # the UI draws never holds a body without its links, nor one a failure undoes.
            new = revised(talk, body=body, links=[*talk.links, *picked])
            # Known as ours before the notebook holds it: the UI thread may see the new
            # body (the change feed, a team sync's end) while this save still re-indexes
            # the note; taken for another program's words, it raised a false conflict.
            before = self.written.get(talk_id)
            self.written[talk_id] = body
            try:
                changed = self.nb.save_talk(new, force=force)
            except (ConfnotesError, OSError) as exc:
                self._unwritten(talk_id, before)
                if isinstance(exc, ConflictError):
                    return self._aside(talk_id, text, "conflict", str(exc), ticket)
                if isinstance(exc, OSError):
                    return self._aside(
                        talk_id, text, "failed", f"{talk.path}: {exc.strerror or exc}", ticket
                    )
                return self._aside(talk_id, text, "failed", str(exc), ticket)
            with self._aside_lock:
                if self._saved_up_to(talk_id, ticket):
                    self.recovery.forget(talk_id)  # (else it holds newer words: it stays)
            copy = self.restored.pop(talk_id, None)
            if copy is not None:
                with contextlib.suppress(ConfnotesError):
                    self.recovery.discard(copy)
        return SaveResult(talk_id, text, "saved" if changed else "unchanged", picked=picked)

    def _unwritten(self, talk_id: str, before: str | None) -> None:
        """A save failed: the body written before it is again the latest of ours."""
        if before is None:
            self.written.pop(talk_id, None)
        else:
            self.written[talk_id] = before

    def _aside(
        self,
        talk_id: str,
        text: str,
        status: Status,
        message: str,
        ticket: int,
        base: str | None = None,
    ) -> SaveResult:
        if base is None:
            talk = self.nb.talks.get(talk_id)
            base = talk.body if talk is not None else None  # what the text was saved over
        kept, where, error = self.set_aside(talk_id, text, f"{status}: {message}", base, ticket)
        if not kept:
            return SaveResult(talk_id, text, "skipped")  # newer words are kept already
        if where is None:
            return SaveResult(
                talk_id, text, status, f"{message}; recovery copy failed too: {error}", None
            )
        return SaveResult(talk_id, text, status, message, where)

    def resolve(self, talk_id: str, mine: str, base: str, choice: Choice) -> Resolution:
        """Settle a conflict between the editor's text and the file (blocking; a worker).

        ``mine`` is the editor's body, ``base`` the body it was typed on. The file is
        read again under the notebook's lock, so a change made while the dialog was up
        is merged too. Whatever ``choice``: front matter merges key by key (a star set
        in another window stays); "mine"/"theirs" put that body in the note and the other
        body in a recovery copy that stays until the user discards it; "both" merges the
        bodies line by line (same-line edits between markers). Never raises for I/O:
        on failure the text stays in :attr:`pending` and a recovery copy.
        """
        ticket = self.ticket()
        with self.nb.write_lock.hold_local():
            talk = self.nb.talks.get(talk_id)
            if talk is None or talk.path is None:
                return self._unresolved(talk_id, mine, base, "the note no longer exists", ticket)
            path = talk.path
            try:
                with self.nb.writing(timeout=SAVE_LOCK_WAIT):
                    resolution = self._resolve_locked(talk, path, mine, base, choice)
            except (ConfnotesError, OSError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                return self._unresolved(talk_id, mine, base, f"{path}: {reason}", ticket)
            with self._aside_lock:
                if self._saved_up_to(talk_id, ticket):  # (typed on meanwhile: kept aside)
                    self.recovery.forget(talk_id)
            self.restored.pop(talk_id, None)
            return resolution

    def _resolve_locked(
        self, talk: Talk, path: Path, mine: str, base: str, choice: Choice
    ) -> Resolution:
        seen = self.nb.seen_text(path)
        ours = self.nb.note_text(revised(talk, body=mine))
        base_text = with_body(seen if seen is not None else ours, base)
        try:
            theirs: str | None = decode_text(read_regular_file(path), path).text
        except FileNotFoundError:
            theirs = None
        kept: Path | None = None
        if theirs is None:
            # Deleted elsewhere: nothing of theirs to lose; the note comes back with yours.
            text, conflicts, note = ours, 0, "the file was deleted elsewhere; saved yours again"
        else:
            their_body = body_of(theirs)
            if choice == "mine":
                merged = merge_notes(base_text, ours, with_body(theirs, mine))
                lost, whose = their_body, "the other program's version, not kept"
            elif choice == "theirs":
                # the file's side first: a key both changed takes the file's value (yours
                # stays beside it between markers), a key only the app changed is kept
                merged = merge_notes(
                    base_text, theirs, with_body(ours, their_body), ("theirs", "mine")
                )
                lost, whose = mine, "your version, not kept"
            else:
                merged = merge_notes(base_text, ours, theirs)
                lost, whose = "", ""
            text, conflicts = merged.text, merged.conflicts
            if lost.strip() and not lines_all_in(lost, body_of(text)):
                try:
                    kept = self.recovery.keep(talk.id, lost, f"conflict: {whose}", base)
                except ConfnotesError:
                    # The side not kept has nowhere else to go: it stays in the note.
                    merged = merge_notes(base_text, ours, theirs)
                    text, conflicts, kept = merged.text, merged.conflicts, None
            note = {
                "mine": "kept your text",
                "theirs": "took the file's version",
                "both": "kept both versions in the note",
            }[choice]
            if kept is not None:
                note += f"; the other version is in {kept} until you discard it"
            elif choice != "both" and lost.strip():
                note += "; the other version's lines are in the note too"
            if conflicts:
                note += f" ({conflicts} place(s) between <<<<<<< and >>>>>>> markers)"
        reloaded = self.nb.replace_note(talk.id, text)
        body = reloaded.body if reloaded is not None else body_of(text)
        return Resolution(talk.id, body, "saved", note, kept, conflicts)

    def _unresolved(
        self, talk_id: str, mine: str, base: str, message: str, ticket: int
    ) -> Resolution:
        _kept, where, error = self.set_aside(talk_id, mine, f"conflict: {message}", base, ticket)
        if where is None and error:
            return Resolution(talk_id, mine, "failed", f"{message}; recovery copy failed: {error}")
        if where is None:  # newer words were kept aside meanwhile: they are the copy
            where = self.recovery.written_this_run(talk_id)
        return Resolution(talk_id, mine, "failed", f"{message}; your text is in {where}", where)

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
            self._saved_up_to(talk_id, self.ticket())
            return talk

    def flush(self, buffers: dict[str, str]) -> list[SaveResult]:
        """Save several buffers now (on quit and on suspend: blocking, in order)."""
        return [self.save(talk_id, text) for talk_id, text in buffers.items()]


def with_final_newline(text: str) -> str:
    """A typed body as it is saved: ending with a newline, as a text file's last line does.

    Typing after a note's last line leaves the buffer without one; saved so, the next
    line added there changes that last line on both sides of a team merge (a conflict
    block, the line doubled) instead of adding one line each. An empty body stays empty.
    """
    return text if not text or text.endswith("\n") else text + "\n"


def body_of(text: str) -> str:
    """The Markdown body of a note's whole text (all of it when the front matter is odd)."""
    try:
        return split_front_matter(text)[1]
    except ConfnotesError:
        return text


def with_body(text: str, body: str) -> str:
    """A note's whole text with its body replaced (front matter kept byte for byte)."""
    try:
        front, old, _line = split_front_matter(text)
    except ConfnotesError:
        return body
    if front is None or not text.endswith(old):
        return body
    return text[: len(text) - len(old)] + body


def read_body(path: Path) -> str:
    """The Markdown body a note file holds right now (front matter left out)."""
    text = decode_text(read_regular_file(path), path).text
    try:
        return parse_document(text, path).body
    except ConfnotesError:
        return text
