"""Checksums of the Whoosh files the index wrote, recorded beside them.

Whoosh reads a damaged segment without a word: one flipped bit in a posting list can
drop a note from the results, silently (1 flip in 200 did). After each commit the
index records, for every Whoosh file in its folder, its size, mtime and a hash
(:func:`record`: only files new since the last record are read, and Whoosh never
rewrites a file once written). Opening the index stats those files: one whose size
or mtime moved is hashed again, and a different hash is damage (:func:`damaged`), so
the index is moved aside and rebuilt from the notes. ``confnotes check`` hashes every
file (:func:`verify`), which also finds damage that kept the file's mtime.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from confnotes.notebook.storage import atomic_write

RECORD = "confnotes-segments.json"
"""File name → ``[size, mtime_ns, sha256]`` of each Whoosh file of the index folder."""
OWN_PREFIX = "confnotes-"
"""The index's own files (manifest, signature, this record): not Whoosh's."""


def _whoosh_files(folder: Path) -> dict[str, tuple[int, int]]:
    """Whoosh's files in ``folder`` (segments and tables of contents), with size and mtime."""
    found: dict[str, tuple[int, int]] = {}
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if name.startswith(OWN_PREFIX) or name.endswith(("LOCK", ".lock")) or "." not in name:
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)
                    found[name] = (st.st_size, st.st_mtime_ns)
    return found


def _read(folder: Path) -> dict[str, list[Any]] | None:
    try:
        data = json.loads((folder / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _hash(path: Path) -> str | None:
    """SHA-256 of a file, read in chunks (a segment of a large notebook is hundreds of MB)."""
    import hashlib

    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def record(folder: Path) -> None:
    """Record the Whoosh files now in ``folder`` (hashing those not recorded yet). The
    record is a cache: a failure to write it only means no check until the next one."""
    old = _read(folder) or {}
    new: dict[str, list[Any]] = {}
    for name, (size, mtime) in _whoosh_files(folder).items():
        known = old.get(name)
        if isinstance(known, list) and len(known) == 3 and known[:2] == [size, mtime]:
            new[name] = known
        elif (digest := _hash(folder / name)) is not None:
            new[name] = [size, mtime, digest]
    with contextlib.suppress(Exception):
        atomic_write(folder / RECORD, json.dumps(new, separators=(",", ":")).encode())


def damaged(folder: Path, every: bool = False) -> list[str]:
    """The recorded Whoosh files of ``folder`` whose bytes are not those written: those
    whose size or mtime moved (all of them with ``every``) are hashed again. Files not
    recorded (another process's commit since) are not judged."""
    recorded = _read(folder)
    if not recorded:
        return []
    bad = []
    for name, (size, mtime) in sorted(_whoosh_files(folder).items()):
        known = recorded.get(name)
        if not isinstance(known, list) or len(known) != 3:
            continue
        if known[:2] == [size, mtime] and not every:
            continue
        if known[0] != size or _hash(folder / name) != known[2]:
            bad.append(name)
    return bad


def verify(folder: Path) -> list[str]:
    """:func:`damaged` hashing every recorded file (for ``confnotes check``)."""
    return damaged(folder, every=True)
