"""The schedule summary: what the app shows of every talk, without reading the notes.

Opening a notebook of 20,000 talks used to read, hash and decode every note
(200 MB at 50,000) and keep each one's text in memory, although the first
screen shows only conferences, sessions, times, titles and marks. The summary
(``.confnotes/summary.json``) keeps, for every talk note and person page, the size and mtime the
note had, its hash, its front matter's data, whether its body holds any text
and the problems found in it. A note whose size and mtime still match is not
opened at all: its :class:`LazyTalk` (:class:`LazyPerson`) reads its file when its body is first
asked for (opening it in the editor, exporting, a person page's mentions).
Saves keep the summary in step (:meth:`Notebook._remember` records each write);
it is written with the parse cache, off the UI's path, and a note that changed
since is simply read again at the next start.

Like the parse cache it is derived data, signed with the user's key so that a
summary shipped inside someone else's notebook is ignored, never trusted.
No Textual here.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from confnotes.errors import ConfnotesError
from confnotes.model import Person, Talk
from confnotes.notebook.parse_cache import _parser_tag, signing_key
from confnotes.notebook.records import Problem
from confnotes.notebook.storage import atomic_write, read_regular_file

SUMMARY_FILE = "summary.json"
"""File name under the notebook's ``.confnotes/`` folder."""
FORMAT = "confnotes-summary/1"
ENTRY_BYTES = 16_000
"""A summary larger than this per entry it claims to hold is refused unread."""

Entry = list[Any]
"""``[size, mtime_ns, sha256, front-matter data, has notes, [[line, message, severity]...],
has links]``: the last, whether the body holds a ``[[``, is absent from summaries written
before it was kept (unknown then)."""
LINK_MARK = "[["
"""What a body holding a ``[[wikilink]]`` holds (the summary remembers which do)."""


def may_link(note: Any) -> bool:
    """False when ``note`` (a talk or a person) surely holds no ``[[link]]``: its body
    lacks ``[[``, or, not read yet, the summary says so. Never reads a file to answer."""
    if isinstance(note, _LazyBody) and not note.body_loaded:
        return note._links is not False
    return LINK_MARK in note.body


def at_hand(note: Any) -> bool:
    """True when telling whether ``note`` links, and with what, needs no file read."""
    return not isinstance(note, _LazyBody) or note.body_loaded or note._links is False


class _LazyBody:
    """A ``body`` read from the object's file on first use (see the module docstring)."""

    _reader: Callable[[Any], str] | None = None
    _links: bool | None = None
    """Whether the body holds ``[[`` as the summary says (None: it does not say)."""

    @property
    def body(self) -> str:
        body = self.__dict__.get("_body")
        if body is None:
            reader = self._reader
            body = reader(self) if reader is not None else ""
            self.__dict__["_body"] = body
        return str(body)

    @body.setter
    def body(self, value: str | None) -> None:
        self.__dict__["_body"] = value

    @property
    def body_loaded(self) -> bool:
        """Whether the body has been read (or set) yet."""
        return self.__dict__.get("_body") is not None

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        """A copy with its body read (a snapshot, as an import's rollback keeps), sharing
        the reader: a deep copy of the reader would copy the whole notebook."""
        _ = self.body
        new = self.__class__.__new__(self.__class__)
        memo[id(self)] = new
        for name, value in self.__dict__.items():
            new.__dict__[name] = value if name == "_reader" else copy.deepcopy(value, memo)
        return new

    def _lazy(self, reader: Callable[[Any], str]) -> None:
        """Drop the body the constructor set, and read it from the file when asked."""
        self.__dict__.pop("body", None)
        self.__dict__["_body"] = None
        self._reader = reader


class LazyTalk(_LazyBody, Talk):
    """A talk built from the summary: its body is read from its file on first use.

    Everything the schedule shows (title, times, session, speakers, marks) is
    there from the start; :attr:`body` is read when something asks for it, and
    :attr:`has_notes` is answered from the summary until then.
    """

    _noted: bool = False

    @property
    def has_notes(self) -> bool:
        if not self.body_loaded:
            return self._noted
        return bool(self.body.strip())

    @classmethod
    def adopt(
        cls, talk: Talk, noted: bool, reader: Callable[[Any], str], links: bool | None = None
    ) -> LazyTalk:
        """Turn a talk made without its body into a lazy one (in place: no copy per talk);
        ``links``: whether its body holds ``[[`` (None: unknown)."""
        talk.__class__ = cls
        lazy: LazyTalk = talk  # type: ignore[assignment]
        lazy._lazy(reader)
        lazy._noted = noted
        lazy._links = links if noted else False
        return lazy


class LazyPerson(_LazyBody, Person):
    """A person built from the summary: their page's body is read on first use."""

    @classmethod
    def adopt(
        cls, person: Person, reader: Callable[[Any], str], links: bool | None = None
    ) -> LazyPerson:
        """Turn a person made without their page's body into a lazy one (in place)."""
        person.__class__ = cls
        lazy: LazyPerson = person  # type: ignore[assignment]
        lazy._lazy(reader)
        lazy._links = links
        return lazy


class Summary:
    """Summary entries by note path (relative to the notebook), read at load, written later."""

    def __init__(self, folder: Path | None, key: bytes | None) -> None:
        self.path = folder / SUMMARY_FILE if folder is not None else None
        self._key = key
        self._old: dict[str, Entry] = {}
        self.entries: dict[str, Entry] = {}
        """The entries of this load (and of the saves since)."""
        self._dirty = False
        self._reading = False
        """Whether the old summary was read (else this load only records what it reads)."""
        self.hits = 0
        """Notes not read at load thanks to the summary."""

    @classmethod
    def disabled(cls) -> Summary:
        return cls(None, None)

    @classmethod
    def open(cls, folder: Path, read: bool = True) -> Summary:
        """Read and verify ``folder/summary.json``; never raises (a bad summary is ignored).

        Without ``read`` it only records what this load reads and writes (a command that
        loads every note anyway, such as ``import``, leaves a summary for the app's start).
        """
        key = signing_key()
        summary = cls(folder, key)
        if key is not None and read:
            summary._reading = True
            summary._read()
        return summary

    @property
    def enabled(self) -> bool:
        return self.path is not None and self._key is not None

    def _mac(self, payload: bytes) -> str:
        import hmac
        from hashlib import sha256

        assert self._key is not None
        tag = f"{FORMAT}/{_parser_tag()}".encode()
        return hmac.new(self._key, tag + b"\n" + payload, sha256).hexdigest()

    def _read(self) -> None:
        import hmac

        assert self.path is not None
        try:
            size = self.path.stat().st_size
            blob = read_regular_file(self.path, max(size, 1))
        except OSError:
            return
        mac, newline, payload = blob.partition(b"\n")
        if not newline or not hmac.compare_digest(mac, self._mac(payload).encode("ascii")):
            return  # another version, another user, or damaged: read the notes instead
        try:
            entries = json.loads(payload)
        except (ValueError, RecursionError):
            return
        if type(entries) is not dict or len(blob) > ENTRY_BYTES * max(len(entries), 1):
            return
        self._old = entries

    @property
    def entries_on_disk(self) -> dict[str, Entry]:
        """The entries the summary file held when it was read."""
        return self._old

    def peek(self, rel: str, size: int, mtime_ns: int) -> Entry | None:
        """As :meth:`get`, without counting the entry as used by this load (a preview)."""
        entry = self._old.get(rel)
        if (
            type(entry) is not list
            or len(entry) not in (6, 7)
            or entry[0] != size
            or entry[1] != mtime_ns
            or type(entry[3]) is not dict
        ):
            return None
        return entry

    def get(self, rel: str, size: int, mtime_ns: int) -> Entry | None:
        """The entry of a note whose file still has this size and mtime, or None."""
        entry = self.peek(rel, size, mtime_ns)
        if entry is None:
            return None
        self.hits += 1
        self.entries[rel] = entry
        return entry

    def data_of(self, rel: str, digest: str) -> dict[str, Any] | None:
        """The data a file (a conference's YAML, read anyway) parsed to when its bytes
        still hash to ``digest``; kept for the next load (no hit counted)."""
        entry = self._old.get(rel)
        if type(entry) is not list or len(entry) not in (6, 7) or entry[2] != digest:
            return None
        if type(entry[3]) is not dict:
            return None
        self.entries[rel] = entry
        return entry[3]

    def used_data(self) -> list[tuple[str, dict[str, Any]]]:
        """Parse-cache keys and data of every file this load took from the summary (a
        conference's YAML under ``yaml:<hash>``, as the parse cache keeps it)."""
        return [
            (e[2] if rel.endswith(".md") else f"yaml:{e[2]}", e[3])
            for rel, e in list(self.entries.items())
            if type(e[2]) is str
        ]

    def record(
        self,
        rel: str,
        size: int,
        mtime_ns: int,
        digest: str,
        data: dict[str, Any],
        noted: bool,
        problems: list[Problem],
        written: bool = False,
        links: bool = True,
    ) -> bool:
        """Remember a note as it was just read or ``written`` (``links``: its body holds
        ``[[``); False when the summary is off.

        A summary that was not read is written only after a note was: a command that
        just read the notes has nothing to add to the summary on disk.
        """
        if not self.enabled:
            return False
        listed = [[p.line, p.message, p.level] for p in problems]
        self.entries[rel] = [size, mtime_ns, digest, data, noted, listed, links]
        if written or self._reading:
            self._dirty = True
        return True

    def unknown_links(self) -> list[tuple[str, Entry]]:
        """Entries of notes with text that do not say whether it holds ``[[`` (written
        before that was kept)."""
        return [(rel, e) for rel, e in list(self.entries.items()) if len(e) == 6 and e[4] is True]

    def learn_links(self, rel: str, entry: Entry, links: bool) -> None:
        """Complete ``entry`` (see :meth:`unknown_links`): its note holds ``[[`` or not."""
        if self.entries.get(rel) is entry:
            self.entries[rel] = [*entry, links]  # a new list: a save never sees one half-made
            self._dirty = True

    def forget(self, rel: str) -> None:
        if self.entries.pop(rel, None) is not None:
            self._dirty = True

    @property
    def stale(self) -> bool:
        """True when writing would change the file (notes read, saved or gone)."""
        if not self.enabled:
            return False
        if not self._reading:
            return self._dirty
        return self._dirty or set(self.entries) != set(self._old)

    def save(self) -> bool:
        """Write the entries (atomically); False when nothing needed writing. Never raises."""
        if not self.stale or self.path is None:
            return False
        entries = dict(self.entries)
        try:
            payload = json.dumps(entries, separators=(",", ":"), ensure_ascii=True).encode()
            if not self.path.parent.is_dir():
                return False
            atomic_write(self.path, self._mac(payload).encode("ascii") + b"\n" + payload)
        except (ConfnotesError, OSError, ValueError, TypeError, RecursionError):
            return False
        self._old, self._dirty = entries, False
        return True


def links_of(entry: Entry) -> bool | None:
    """Whether the entry's note holds ``[[`` (None: a summary written before this was kept)."""
    return bool(entry[6]) if len(entry) > 6 else None


def problems_of(path: Path, entry: Entry) -> list[Problem]:
    """The problems a summary entry remembers for its note."""
    out = []
    with contextlib.suppress(TypeError, ValueError):
        for line, message, severity in entry[5]:
            out.append(Problem(path, line, str(message), str(severity)))
    return out
