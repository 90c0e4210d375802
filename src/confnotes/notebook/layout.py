"""The notebook's folder layout, scanned by one set of rules for loading and indexing.

Loading (:class:`~confnotes.notebook.notebook.Notebook`) and the search index
(:mod:`confnotes.index.documents`) both walk the folder with :func:`scan`, so a
file the app shows is a file search finds, and a file one of them skips the
other skips too. The rules:

- top-level folders are conferences, except ``people/`` (person pages);
  folders whose name starts with ``.`` or ``_`` are skipped at any depth;
- a conference's metadata is ``<conference>/conference.yaml``;
- notes are ``*.md`` files at any depth of a conference folder (or of
  ``people/``), except hidden files and temp files of a save in progress;
- only regular files inside the notebook are read: a symlink with a note's name (or
  a symlinked folder) could make a note, the index and an export read any file of
  the machine, and a FIFO or device would block a read forever; they are listed in
  :attr:`Layout.skipped` with the reason, never opened;
- a name that is not valid UTF-8 (a file copied from an old Latin-1 system) cannot
  be an id, a link or an index key: listed in :attr:`Layout.skipped` too.

A scan only lists and stats: 50,000 notes take a few tens of milliseconds.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

PEOPLE_DIR = "people"
CONFERENCE_FILE = "conference.yaml"
DERIVED_DIR = ".confnotes"
NOTE_SUFFIX = ".md"
INDEX_DIR = "index"
"""The search index's folder, under :data:`DERIVED_DIR`."""
INDEX_MANIFEST = "confnotes-manifest.json"
"""The index's list of indexed files, ~120 bytes a file: its size tells a cold search
how large the notebook is before anything is scanned (:mod:`confnotes.index.scan_ahead`)."""
INDEX_SIGNATURE = "confnotes-scan.json"
"""The digest of the last scan the index was brought in step with (see ``index/stamps.py``):
its mtime tells the scan which notes were modified since (:mod:`confnotes.index.scan_ahead`)."""
SKIP_DIR_PREFIXES = (".", "_")
"""Folders never read: hidden ones, ``.confnotes/``, and ``_drafts``-style folders."""
TEMP_PREFIX = ".confnotes-tmp-"
"""Prefix of temp files made by :func:`.storage.atomic_write`: never notes; stray ones
are ignored and cleaned."""
SKIP_FILE_PREFIXES = (".", TEMP_PREFIX)
"""Files never read as notes: hidden files and a save's temp files."""


class FileStat(NamedTuple):
    """What a scan tells about one notebook file (a tuple: scans make thousands)."""

    size: int
    mtime_ns: int


class HeldNote(NamedTuple):
    """A note the notebook holds as parsed (it just read or wrote these very bytes): the
    index takes its front matter and body from here instead of reading the file again."""

    size: int
    mtime_ns: int
    digest: str
    """The content hash of the bytes (:func:`.storage.content_hash`)."""
    data: dict[str, Any]
    """The front matter, plain data that JSON keeps as it is (what the parse cache gives)."""
    body: str


@dataclass
class Layout:
    """The notebook's files by notebook-relative POSIX path (``conf/talk.md``)."""

    conferences: dict[str, FileStat] = field(default_factory=dict)
    """``<conference>/conference.yaml`` files."""
    talks: dict[str, FileStat] = field(default_factory=dict)
    """Talk notes (``<conference>/<...>/<name>.md``)."""
    people: dict[str, FileStat] = field(default_factory=dict)
    """Person pages (``people/<...>/<id>.md``)."""
    skipped: dict[str, str] = field(default_factory=dict)
    """Paths with a note's or conference file's name (or folders) that are never read,
    with why: not a regular file, a symbolic link, a name that is not UTF-8 (shown with
    its bad bytes escaped, ``bad\\xff.md``)."""

    def files(self) -> dict[str, FileStat]:
        """Every readable file, conference files first (the index's unit of work)."""
        return {**self.conferences, **self.talks, **self.people}


def digest(files: dict[str, FileStat]) -> str:
    """A digest of a scan: every path, then every size and mtime, in scan order (built by
    C loops: a search at 50,000 notes digests its scan before anything else). Equal
    digests mean the same files with the same stamps: the search index saves the one it
    was last brought in step with."""
    return digest_packed(*pack(files))


def pack(files: dict[str, FileStat]) -> tuple[bytes, bytes]:
    """A scan as two byte strings: the paths joined by newlines, and every size and
    mtime as 64-bit integers (what is digested; :func:`unpack` reverses it)."""
    from array import array
    from itertools import chain

    paths = "\n".join(files).encode("utf-8", "surrogateescape")
    return paths, array("q", chain.from_iterable(files.values())).tobytes()


def unpack(paths: bytes, stats: bytes) -> dict[str, FileStat] | None:
    """The scan :func:`pack` packed, or None when the two parts do not fit together."""
    from array import array
    from itertools import repeat

    numbers = array("q")
    if len(stats) % numbers.itemsize:
        return None
    numbers.frombytes(stats)
    names = paths.decode("utf-8", "surrogateescape").split("\n") if stats else []
    if 2 * len(names) != len(numbers):
        return None
    pairs = iter(numbers)
    # tuple.__new__ makes each FileStat as _make does, without a Python call per file
    stamps = map(tuple.__new__, repeat(FileStat), zip(pairs, pairs, strict=True))
    return dict(zip(names, stamps, strict=True))


def digest_packed(paths: bytes, stats: bytes) -> str:
    """:func:`digest` of a scan :func:`pack` packed."""
    from hashlib import blake2b

    hashed = blake2b(digest_size=16)
    hashed.update(paths)
    hashed.update(stats)
    return hashed.hexdigest()


def is_note_name(name: str) -> bool:
    """Whether a file name is read as a note (talk or person page)."""
    return name.endswith(NOTE_SUFFIX) and not name.startswith(SKIP_FILE_PREFIXES)


def rel_kind(rel: str) -> str | None:
    """``talk``, ``person`` or ``conference`` for a notebook-relative path the scan
    would list, else None (a file the notebook does not own: never read, never indexed)."""
    parts = rel.split("/")
    if len(parts) < 2 or any(p.startswith(SKIP_DIR_PREFIXES) for p in parts[:-1]):
        return None
    if _bad_name(rel):
        return None
    if len(parts) == 2 and parts[1] == CONFERENCE_FILE and parts[0] != PEOPLE_DIR:
        return "conference"
    if not is_note_name(parts[-1]):
        return None
    return "person" if parts[0] == PEOPLE_DIR else "talk"


NOT_REGULAR = "not a regular file (a pipe, a device or a socket); skipped"
SYMLINK = "a symbolic link; skipped (only regular files inside the notebook are read)"
SYMLINKED_FOLDER = "a symbolic link to a folder; not followed"
BAD_NAME = "the file name is not valid UTF-8; skipped (rename it to read it)"
SKIP_REASONS = frozenset({NOT_REGULAR, SYMLINK, SYMLINKED_FOLDER, BAD_NAME})
"""Why a scan leaves a file out (:attr:`Layout.skipped`)."""


def shown_name(name: str) -> str:
    """A path as it can be printed: bytes that are not UTF-8 escaped (``\\xff``)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _bad_name(name: str) -> bool:
    """True for a name holding bytes that are not UTF-8 (decoded as lone surrogates)."""
    if name.isascii():
        return False
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def skipped_warnings(root: Path, skipped: Iterable[tuple[str, str]]) -> list[str]:
    """What a command prints on stderr for the files a scan skipped (``check`` names them
    too): a file left out of search and exports is never left out silently."""
    return [f"{root / rel}: warning: {why}" for rel, why in skipped]


def scan(root: Path) -> Layout:
    """Every file of the notebook at ``root``, by the rules of this module (stat only)."""
    return scan_top(top_entries(root))


def top_entries(root: Path) -> list[os.DirEntry[str]]:
    """The entries of the notebook's top folder a scan looks into, in scan order."""
    try:
        return [e for e in os.scandir(root) if not e.name.startswith(SKIP_DIR_PREFIXES)]
    except OSError:
        return []


def scan_top(
    top: list[os.DirEntry[str]], after_folder: Callable[[Layout], None] | None = None
) -> Layout:
    """The files under some of :func:`top_entries` (a scan in parts gives, part after
    part, what :func:`scan` gives: see :func:`confnotes.index.scan_ahead`); ``after_folder``
    is shown the scan so far before each top folder after the first."""
    layout = Layout()
    for entry in top:
        if after_folder is not None and (layout.talks or layout.people):
            after_folder(layout)
        try:
            if not entry.is_dir(follow_symlinks=False):
                if entry.is_symlink() and entry.is_dir():
                    layout.skipped[shown_name(entry.name)] = SYMLINKED_FOLDER
                continue
        except OSError:
            continue
        if _bad_name(entry.name):
            layout.skipped[shown_name(entry.name)] = BAD_NAME
            continue
        if entry.name == PEOPLE_DIR:
            _markdown(entry.path, entry.name, layout.people, layout.skipped)
            continue
        _conference_file(entry.path, entry.name, layout)
        _markdown(entry.path, entry.name, layout.talks, layout.skipped)
    return layout


def _conference_file(folder: str, name: str, layout: Layout) -> None:
    rel = f"{name}/{CONFERENCE_FILE}"
    try:
        st = os.lstat(os.path.join(folder, CONFERENCE_FILE))
    except OSError:
        return
    if stat.S_ISREG(st.st_mode):
        layout.conferences[rel] = FileStat(st.st_size, st.st_mtime_ns)
    else:
        layout.skipped[rel] = SYMLINK if stat.S_ISLNK(st.st_mode) else NOT_REGULAR


def _markdown(folder: str, rel: str, found: dict[str, FileStat], skipped: dict[str, str]) -> None:
    """Add the notes under ``folder`` to ``found`` (a tight loop: 50,000 notes per search)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    prefix = rel + "/"
    make = FileStat._make
    is_regular = stat.S_ISREG
    for e in entries:
        name = e.name
        try:
            if name.endswith(NOTE_SUFFIX) and not name.startswith(SKIP_FILE_PREFIXES):
                if e.is_dir(follow_symlinks=False):
                    _markdown_dir(e, prefix, found, skipped)
                    continue
                st = e.stat(follow_symlinks=False)
                if is_regular(st.st_mode) and (name.isascii() or not _bad_name(name)):
                    found[prefix + name] = make((st.st_size, st.st_mtime_ns))
                else:
                    skipped[shown_name(prefix + name)] = _why(name, st.st_mode)
            elif e.is_dir(follow_symlinks=False):
                _markdown_dir(e, prefix, found, skipped)
            elif e.is_symlink() and e.is_dir() and not name.startswith(SKIP_DIR_PREFIXES):
                skipped[shown_name(prefix + name)] = SYMLINKED_FOLDER
        except OSError:
            continue


def _why(name: str, mode: int) -> str:
    """Why a file with a note's name is skipped."""
    if stat.S_ISLNK(mode):
        return SYMLINK
    return BAD_NAME if stat.S_ISREG(mode) else NOT_REGULAR


def _markdown_dir(
    e: os.DirEntry[str], prefix: str, found: dict[str, FileStat], skipped: dict[str, str]
) -> None:
    if e.name.startswith(SKIP_DIR_PREFIXES):
        return
    if _bad_name(e.name):
        skipped[shown_name(prefix + e.name)] = BAD_NAME
        return
    _markdown(e.path, prefix + e.name, found, skipped)


def scan_folder(root: Path, name: str) -> Layout:
    """The notes of one top folder of the notebook (a conference, or ``people``) and its
    conference file: what :func:`scan` lists under it, by the same rules."""
    layout = Layout()
    if name.startswith(SKIP_DIR_PREFIXES) or "/" in name or os.sep in name:
        return layout
    folder = os.path.join(root, name)
    if not os.path.isdir(folder) or os.path.islink(folder):
        return layout
    if _bad_name(name):
        layout.skipped[shown_name(name)] = BAD_NAME
        return layout
    if name == PEOPLE_DIR:
        _markdown(folder, name, layout.people, layout.skipped)
        return layout
    _conference_file(folder, name, layout)
    _markdown(folder, name, layout.talks, layout.skipped)
    return layout


def conference_files(root: Path) -> dict[str, FileStat]:
    """Every ``<conference>/conference.yaml`` :func:`scan` would list (without the notes)."""
    found: dict[str, FileStat] = {}
    try:
        top = [e for e in os.scandir(root) if not e.name.startswith(SKIP_DIR_PREFIXES)]
    except OSError:
        return found
    for entry in top:
        try:
            if entry.name == PEOPLE_DIR or not entry.is_dir(follow_symlinks=False):
                continue
            if _bad_name(entry.name):
                continue
            st = os.lstat(os.path.join(entry.path, CONFERENCE_FILE))
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            found[f"{entry.name}/{CONFERENCE_FILE}"] = FileStat(st.st_size, st.st_mtime_ns)
    return found
