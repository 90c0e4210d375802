"""Recovery copies of note buffers that could not be saved, offered back on the next start.

When a save fails (disk full, permissions, a conflict with an edit made
elsewhere), the editor keeps the text and also writes it here, so that even a
crash right after loses nothing. Copies live under
``NOTEBOOK/.confnotes/recovery/``; when the notebook itself is not writable
(the usual reason a save fails) they go to the user state folder instead
(``~/.local/state/confnotes/notebook/recovery/<notebook hash>/`` on Linux), and when that
fails too (the disk is full) to the temporary folder, often another file system
(``/tmp/confnotes-recovery-<uid>/<notebook hash>/``). Each copy is
a Markdown file: a little front matter saying which note it belongs to, then
the text, so it is readable by hand as well. No Textual here.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_state_path

from confnotes.errors import BadInputError, ConfnotesError, StorageError
from confnotes.model import Talk
from confnotes.notebook import processes
from confnotes.notebook.frontmatter import dump_yaml, parse_document
from confnotes.notebook.merge3 import merge_text
from confnotes.notebook.notebook import DERIVED_DIR, Notebook
from confnotes.notebook.storage import atomic_write, decode_text, read_regular_file

RECOVERY_DIR = "recovery"


@dataclass
class RecoveryCopy:
    """One saved-aside buffer: whose it is, when and why it was written, and its text."""

    path: Path
    talk_id: str
    written: str
    reason: str
    text: str
    base: str | None = None
    """The body this text was typed on, when known (restoring merges with the note)."""


def _key(nb: Notebook) -> str:
    return hashlib.sha256(str(nb.root.resolve()).encode("utf-8")).hexdigest()[:16]


def fallback_dir(nb: Notebook) -> Path:
    """The user-state folder used when the notebook cannot be written."""
    return user_state_path("confnotes", appauthor=False) / RECOVERY_DIR / _key(nb)


def last_resort_dir(nb: Notebook) -> Path:
    """The temporary folder used when neither the notebook nor the user-state folder can
    be written (a full disk: the temporary folder is often another file system)."""
    owner = os.getuid() if hasattr(os, "getuid") else "user"
    return Path(tempfile.gettempdir()) / f"confnotes-recovery-{owner}" / _key(nb)


class RecoveryStore:
    """Writes, lists and discards recovery copies for one notebook."""

    def __init__(self, nb: Notebook, session: str | None = None) -> None:
        self.nb = nb
        self.primary = nb.root / DERIVED_DIR / RECOVERY_DIR
        """Recovery folder inside the notebook."""
        self.fallback = fallback_dir(nb)
        """Recovery folder in the user state folder, for a read-only notebook."""
        self.last_resort = last_resort_dir(nb)
        """Recovery folder in the temporary folder, when both others cannot be written."""
        self.session = session or f"{datetime.now():%Y%m%dT%H%M%S}-{os.getpid()}"
        """Tag of this run: copies from this run are replaced, never those of earlier runs."""
        self._mine: dict[str, Path] = {}
        self.held_elsewhere: list[RecoveryCopy] = []
        """Copies another running confnotes wrote, left out of the last :meth:`pending`."""
        self._failed: set[str] = set()
        """Ids whose latest text could not be written anywhere (an older copy is stale)."""

    def write(self, talk_id: str, text: str, reason: str, base: str | None = None) -> Path:
        """Save the editor's unsaved ``text`` aside for ``talk_id``; returns where it went.

        One copy per note and run, replaced by the next one and dropped once the note
        saves (:meth:`forget`). ``base``: the body the text was typed on (see :meth:`keep`).

        Raises:
            StorageError: neither the notebook nor the user state folder is writable.
        """
        name = f"{talk_id.replace('/', '__')}--{self.session}.md"
        previous = self._mine.get(talk_id)
        try:
            target = self._write_file(name, talk_id, text, reason, base)
        except StorageError:
            self._failed.add(talk_id)  # the copy written before holds older text
            raise
        self._failed.discard(talk_id)
        if previous is not None and previous != target:
            with contextlib.suppress(OSError):
                previous.unlink()
        self._mine[talk_id] = target
        return target

    def keep(self, talk_id: str, text: str, reason: str, base: str | None = None) -> Path:
        """Save aside a version the user chose not to keep in the note: this copy is never
        replaced nor deleted by a later save; it stays until the user discards it (it is
        offered again at the next start). ``base``: the text both versions started from,
        so that restoring it merges instead of overwriting.

        Raises:
            StorageError: neither the notebook nor the user state folder is writable.
        """
        stamp = f"{datetime.now():%Y%m%dT%H%M%S%f}-{os.getpid()}"
        name = f"{talk_id.replace('/', '__')}--kept-{stamp}.md"
        return self._write_file(name, talk_id, text, reason, base)

    def _write_file(
        self, name: str, talk_id: str, text: str, reason: str, base: str | None
    ) -> Path:
        fields = {
            "recovery_of": talk_id,
            "written": f"{datetime.now():%Y-%m-%dT%H:%M:%S}",
            "reason": reason,
        }
        if base is not None:
            fields["base"] = base
        data = f"---\n{dump_yaml(fields)}---\n{text}".encode()
        errors: list[str] = []
        for folder in (self.primary, self.fallback, self.last_resort):
            try:
                if folder == self.primary:
                    self.nb.ensure_derived_dir()
                elif folder == self.last_resort:
                    # Other users share the temporary folder: theirs to neither read nor plant.
                    folder.parent.mkdir(mode=0o700, exist_ok=True)
                    if folder.parent.is_symlink() or (
                        hasattr(os, "getuid") and folder.parent.stat().st_uid != os.getuid()
                    ):
                        raise StorageError("not ours; not used", folder.parent)
                atomic_write(folder / name, data)
            except (ConfnotesError, OSError) as exc:
                errors.append(str(exc))
                continue
            return folder / name
        raise StorageError("cannot write a recovery copy: " + "; ".join(errors))

    def forget(self, talk_id: str) -> None:
        """The note saved fine: drop this run's copy of it (copies of earlier runs stay)."""
        self._failed.discard(talk_id)
        path = self._mine.pop(talk_id, None)
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()

    def written_this_run(self, talk_id: str) -> Path | None:
        """This run's recovery copy of a note, if one was written (None when the latest
        text could not be written: a copy from before would not hold it)."""
        if talk_id in self._failed:
            return None
        return self._mine.get(talk_id)

    def pending(self, include_this_run: bool = False) -> list[RecoveryCopy]:
        """Recovery copies left by earlier runs (a crash, a failed save), oldest first.

        Copies another confnotes still running wrote (a second window on the notebook)
        are not among them: that window may still replace, name or discard them, so
        handing them out here could delete the only copy of its unsaved text. They are
        listed in :attr:`held_elsewhere` and offered once that window has closed."""
        found: list[RecoveryCopy] = []
        self.held_elsewhere = []
        mine = set(self._mine.values())
        own = os.getpid()
        for folder in (self.primary, self.fallback, self.last_resort):
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.md")):
                if path in mine and not include_this_run:
                    continue
                copy = read_copy(path)
                if copy is None:
                    continue
                pid = processes.writer_pid(path.name)
                if pid is not None and pid != own and processes.confnotes_alive(pid):
                    self.held_elsewhere.append(copy)
                    continue
                found.append(copy)
        found.sort(key=lambda c: (c.written, c.talk_id))
        return found

    def discard(self, copy: RecoveryCopy) -> None:
        """Delete a recovery copy the user has dealt with."""
        with contextlib.suppress(FileNotFoundError):
            try:
                copy.path.unlink()
            except OSError as exc:
                raise StorageError(f"cannot delete: {exc.strerror or exc}", copy.path) from exc


def restored_text(copy: RecoveryCopy, current: str) -> str:
    """The copy's words merged into the note's body as it is now (never one over the other).

    A copy records the body it was typed on; without it (older copies) the lines both
    texts share stand in for it, so each side's own lines are all kept.
    """
    if copy.text == current:
        return current
    base = copy.base if copy.base is not None else common_lines(copy.text, current)
    return merge_text(base, copy.text, current, ("recovered", "note now")).text


def recreate_note(nb: Notebook, copy: RecoveryCopy) -> Talk:
    """Bring back a note deleted since its copy was written, with the copy's text as its body
    (the file gets a title from its name; re-importing the programme fills in the rest).

    Raises:
        BadInputError: the copy names a talk id that cannot be a file in the notebook.
        StorageError: the note could not be written.
    """
    conf_id, _sep, stem = copy.talk_id.rpartition("/")
    if not conf_id or not stem:
        raise BadInputError(f"{copy.talk_id!r} is not a talk id", copy.path)
    talk = Talk(id=copy.talk_id, conference=conf_id, title=stem.replace("-", " "))
    talk.body = copy.text
    nb.save_talk(talk)  # the id is checked there: never a path outside the notebook
    reloaded = nb.reload_talk(copy.talk_id)
    return reloaded if reloaded is not None else talk


def lines_all_in(part: str, whole: str) -> bool:
    """Every non-blank line of ``part`` is somewhere in ``whole`` (nothing of it would be lost)."""
    lines = set(whole.splitlines())
    return all(line in lines for line in part.splitlines() if line.strip())


def common_lines(a: str, b: str) -> str:
    """The lines two texts share, in order (a stand-in base for a two-way merge)."""
    left, right = a.splitlines(keepends=True), b.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    return "".join(
        "".join(left[block.a : block.a + block.size]) for block in matcher.get_matching_blocks()
    )


def read_copy(path: Path) -> RecoveryCopy | None:
    """Read one recovery file; None when it is not one of ours (or unreadable)."""
    try:
        doc = parse_document(decode_text(read_regular_file(path), path).text, path)
    except (ConfnotesError, OSError):
        return None
    talk_id = doc.data.get("recovery_of")
    if not isinstance(talk_id, str) or not talk_id:
        return None
    return RecoveryCopy(
        path=path,
        talk_id=talk_id,
        written=str(doc.data.get("written", "")),
        reason=str(doc.data.get("reason", "")),
        text=doc.body,
        base=base if isinstance(base := doc.data.get("base"), str) else None,
    )
