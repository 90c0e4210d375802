"""Whether the search index is in step with the notebook's files, told without Whoosh.

The index keeps, beside Whoosh's files, a manifest of the files it indexed (path →
size, mtime, hash), a log of changes to it, and the digest of the last scan of the
notebook that matched the manifest (the signature). A search compares the digest of
a fresh scan with the signature: when they are equal, nothing changed since the
index was brought in step and the index can answer as it is. Both the Whoosh side
(:mod:`confnotes.index.whoosh_index`) and the Whoosh-free reader
(:mod:`confnotes.index.light`) tell it by the functions here.
"""

from __future__ import annotations

import json
from pathlib import Path

from confnotes import layout

SCHEMA_VERSION = 8
"""Bump when the schema or analysis changes: older indexes are rebuilt."""
MANIFEST = layout.INDEX_MANIFEST
MANIFEST_LOG = "confnotes-manifest.log"
"""Changes to the manifest since it was last written whole, one JSON line per file
(``[path, size, mtime_ns, sha256]``, or ``[path]`` for a file gone): a save appends a
line instead of rewriting ~10 MB of JSON at 50,000 talks."""
SIGNATURE = "confnotes-scan.json"
"""A digest of the last scan that matched the manifest, so a search over an unchanged
notebook compares one digest instead of parsing the manifest (~10 MB at 50,000 talks)."""


def stamp(path: Path) -> tuple[int, int, int]:
    """What tells one version of a file from another: mtime, inode (each save is a new
    file) and size.

    Raises:
        OSError: the file cannot be stat'ed.
    """
    st = path.stat()
    return st.st_mtime_ns, st.st_ino, st.st_size


def manifest_stamp(folder: Path) -> tuple[int, ...]:
    """What tells one state of the manifest from another: its file's stamp and its log's
    (all zeros while there is no log).

    Raises:
        OSError: there is no manifest.
    """
    base = stamp(folder / MANIFEST)
    try:
        log = stamp(folder / MANIFEST_LOG)
    except FileNotFoundError:
        log = (0, 0, 0)
    return (*base, *log)


def read_signature(folder: Path) -> tuple[str, tuple[int, ...]] | None:
    """The saved scan digest and the manifest's stamp, if the digest was made for the
    manifest now on disk (and this version of the index); else None."""
    try:
        data = json.loads((folder / SIGNATURE).read_text(encoding="utf-8"))
        current = manifest_stamp(folder)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != SCHEMA_VERSION:
        return None
    digest = data.get("digest")
    if data.get("manifest") != list(current) or not isinstance(digest, str):
        return None
    return digest, current
