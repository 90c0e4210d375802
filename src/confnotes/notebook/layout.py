"""The notebook's folder layout, scanned by one set of rules for loading and indexing.

Loading (:class:`~confnotes.notebook.notebook.Notebook`) and the search index
(:mod:`confnotes.index.documents`) both walk the folder with :func:`scan`, so a
file the app shows is a file search finds, and a file one of them skips the
other skips too. The rules:

- top-level folders are conferences, except ``people/`` (person pages);
  folders whose name starts with ``.`` or ``_`` are skipped at any depth, and
  symlinked folders are not followed;
- a conference's metadata is ``<conference>/conference.yaml``;
- notes are ``*.md`` files at any depth of a conference folder (or of
  ``people/``), except hidden files and temp files of a save in progress;
- only regular files are read (a symlink to one is followed); a FIFO or device
  with a note's name is listed in :attr:`Layout.irregular` and never opened,
  since reading it would block forever.

A scan only lists and stats: 50,000 notes take a few tens of milliseconds.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

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


@dataclass
class Layout:
    """The notebook's files by notebook-relative POSIX path (``conf/talk.md``)."""

    conferences: dict[str, FileStat] = field(default_factory=dict)
    """``<conference>/conference.yaml`` files."""
    talks: dict[str, FileStat] = field(default_factory=dict)
    """Talk notes (``<conference>/<...>/<name>.md``)."""
    people: dict[str, FileStat] = field(default_factory=dict)
    """Person pages (``people/<...>/<id>.md``)."""
    irregular: list[str] = field(default_factory=list)
    """Paths with a note's or conference file's name that are not regular files."""

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
    if len(parts) == 2 and parts[1] == CONFERENCE_FILE and parts[0] != PEOPLE_DIR:
        return "conference"
    if not is_note_name(parts[-1]):
        return None
    return "person" if parts[0] == PEOPLE_DIR else "talk"


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
                continue
        except OSError:
            continue
        if entry.name == PEOPLE_DIR:
            _markdown(entry.path, entry.name, layout.people, layout.irregular)
            continue
        rel = f"{entry.name}/{CONFERENCE_FILE}"
        try:
            st = os.stat(os.path.join(entry.path, CONFERENCE_FILE))
        except OSError:
            pass
        else:
            if stat.S_ISREG(st.st_mode):
                layout.conferences[rel] = FileStat(st.st_size, st.st_mtime_ns)
            else:
                layout.irregular.append(rel)
        _markdown(entry.path, entry.name, layout.talks, layout.irregular)
    return layout


def _markdown(folder: str, rel: str, found: dict[str, FileStat], irregular: list[str]) -> None:
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
                    _markdown_dir(e, prefix, found, irregular)
                    continue
                st = e.stat()
                if is_regular(st.st_mode):
                    found[prefix + name] = make((st.st_size, st.st_mtime_ns))
                else:
                    irregular.append(prefix + name)
            elif e.is_dir(follow_symlinks=False):
                _markdown_dir(e, prefix, found, irregular)
        except OSError:
            continue


def _markdown_dir(
    e: os.DirEntry[str], prefix: str, found: dict[str, FileStat], irregular: list[str]
) -> None:
    if not e.name.startswith(SKIP_DIR_PREFIXES):
        _markdown(e.path, prefix + e.name, found, irregular)


def scan_folder(root: Path, name: str) -> Layout:
    """The notes of one top folder of the notebook (a conference, or ``people``) and its
    conference file: what :func:`scan` lists under it, by the same rules."""
    layout = Layout()
    if name.startswith(SKIP_DIR_PREFIXES) or "/" in name or os.sep in name:
        return layout
    folder = os.path.join(root, name)
    if not os.path.isdir(folder) or os.path.islink(folder):
        return layout
    if name == PEOPLE_DIR:
        _markdown(folder, name, layout.people, layout.irregular)
        return layout
    try:
        st = os.stat(os.path.join(folder, CONFERENCE_FILE))
    except OSError:
        pass
    else:
        rel = f"{name}/{CONFERENCE_FILE}"
        if stat.S_ISREG(st.st_mode):
            layout.conferences[rel] = FileStat(st.st_size, st.st_mtime_ns)
        else:
            layout.irregular.append(rel)
    _markdown(folder, name, layout.talks, layout.irregular)
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
            st = os.stat(os.path.join(entry.path, CONFERENCE_FILE))
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            found[f"{entry.name}/{CONFERENCE_FILE}"] = FileStat(st.st_size, st.st_mtime_ns)
    return found
