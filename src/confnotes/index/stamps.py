"""Whether the search index is in step with the notebook's files, told without Whoosh.

The index keeps, beside Whoosh's files, a manifest of the files it indexed (path →
size, mtime, hash), a log of changes to it, and the digest of the last scan of the
notebook that matched the manifest (the signature). A search compares the digest of
a fresh scan with the signature: when they are equal, nothing changed since the
index was brought in step and the index can answer as it is
(:mod:`confnotes.index.whoosh_index` tells it by the functions here).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from confnotes.notebook import layout
from confnotes.notebook.layout import FileStat

Manifest = dict[str, list[Any]]
"""Indexed file (notebook-relative path) → ``[size, mtime_ns, sha256 of its bytes]``."""

SCHEMA_VERSION = 12
"""Bump when the schema or analysis changes: older indexes are rebuilt."""
MANIFEST = layout.INDEX_MANIFEST
MANIFEST_LOG = "confnotes-manifest.log"
"""Changes to the manifest since it was last written whole, one JSON line per file
(``[path, size, mtime_ns, sha256]``, or ``[path]`` for a file gone): a save appends a
line instead of rewriting ~10 MB of JSON at 50,000 talks."""
SIGNATURE = layout.INDEX_SIGNATURE
"""A digest of the last scan that matched the manifest, so a search over an unchanged
notebook compares one digest instead of parsing the manifest (~10 MB at 50,000 talks)."""


SCAN = "confnotes-scan.bin"
"""The scan the signature's digest was made from, packed (paths, then sizes and mtimes: ~50
bytes a file): a later scan with the same paths is compared with it number by number, so
a few notes edited by hand are found without parsing the manifest or diffing every file."""
FEW = 64
"""Changed files up to which a sync takes them from the saved scan (more: the manifest)."""


def packed_scan(digest: str, paths: bytes, stats: bytes) -> bytes:
    """The :data:`SCAN` file's bytes for the packed scan whose digest is ``digest`` (the
    index writes it, beside its signature)."""
    header = json.dumps({"version": SCHEMA_VERSION, "digest": digest, "paths": len(paths)})
    return b"".join((header.encode("ascii"), b"\n", paths, stats))


def changed_since(
    folder: Path, digest: str, paths: bytes, stats: bytes
) -> list[tuple[str, int, int]] | None:
    """The files whose size or mtime moved since the saved scan of digest ``digest`` (each
    with its size and mtime in the new scan ``paths``/``stats``), when
    the same files are there in the same order and at most :data:`FEW` moved; else None
    (no such scan saved, files added, removed or renamed, or many changed)."""
    try:
        with (folder / SCAN).open("rb") as f:
            header = json.loads(f.readline())
            if (
                not isinstance(header, dict)
                or header.get("version") != SCHEMA_VERSION
                or header.get("digest") != digest
                or header.get("paths") != len(paths)
            ):
                return None
            if f.read(len(paths)) != paths:
                return None
            old = f.read()
    except (OSError, ValueError):
        return None
    if len(old) != len(stats) or len(stats) % 16:
        return None
    moved: list[int] = []
    step = 16 * 256  # compare blocks of 256 files, and the files of a block that differs
    for start in range(0, len(stats), step):
        if old[start : start + step] != stats[start : start + step]:
            end = min(start + step, len(stats))
            moved += [
                i // 16 for i in range(start, end, 16) if old[i : i + 16] != stats[i : i + 16]
            ]
            if len(moved) > FEW:
                return None
    if not moved:
        return None
    from array import array

    numbers = array("q")
    numbers.frombytes(stats)
    names = paths.decode("utf-8", "surrogateescape").split("\n")
    return [(names[i], numbers[2 * i], numbers[2 * i + 1]) for i in moved]


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


class ManifestRead:
    """The manifest as on disk: its entries with the log applied, its stamp, and how many
    lines the log holds (a damaged log counts as full, to be folded at the next write)."""

    def __init__(
        self, files: Manifest, stamp: tuple[int, ...], log_lines: int, other_version: bool = False
    ):
        self.files = files
        self.stamp = stamp
        self.log_lines = log_lines
        self.other_version = other_version
        """Written by another version of the index (no entries then: it is rebuilt)."""


def read_manifest(folder: Path) -> ManifestRead | None:
    """The manifest of the index in ``folder``; None when it is missing or unreadable."""
    try:
        current = manifest_stamp(folder)
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        log, clean = read_log(folder / MANIFEST_LOG)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    if data.get("version") != SCHEMA_VERSION:
        return ManifestRead({}, current, 0, other_version=True)
    files = data.get("files")
    if not isinstance(files, dict):
        return None
    for entry in log:
        if len(entry) == 1:
            files.pop(entry[0], None)
        else:
            files[entry[0]] = entry[1:]
    return ManifestRead(files, current, len(log) if clean else 1 << 30)


def read_log(path: Path) -> tuple[list[list[Any]], bool]:
    """The manifest log's entries, and whether all of it could be read: a line cut short
    (a crash mid-write) ends it, and the files after it are simply hashed again."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], True
    entries: list[list[Any]] = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            return entries, False
        if not isinstance(entry, list) or len(entry) not in (1, 4) or not isinstance(entry[0], str):
            return entries, False
        entries.append(entry)
    return entries, True


def diff(files: dict[str, FileStat], manifest: Manifest) -> tuple[list[str], list[str]]:
    """Files whose size or mtime differs from the manifest (to hash), and files gone."""
    todo = []
    for rel, st in files.items():
        old = manifest.get(rel)
        if old is None or old[0] != st.size or old[1] != st.mtime_ns:
            todo.append(rel)
    removed = [rel for rel in manifest if rel not in files]
    return sorted(todo), sorted(removed)


def manifest_entries(folder: Path, rels: list[str]) -> dict[str, list[Any] | None] | None:
    """The manifest's entries of a few files (None for a file it does not hold), found in
    its text without parsing the whole of it (~10 MB of JSON at 50,000 talks); None when
    the manifest cannot tell (missing, of another version, written in another form)."""
    try:
        raw = (folder / MANIFEST).read_bytes()
        log, clean = read_log(folder / MANIFEST_LOG)
    except OSError:
        return None
    if not clean or not raw.startswith(b'{"version":%d,"files":{' % SCHEMA_VERSION):
        return None
    found: dict[str, list[Any] | None] = {}
    for rel in rels:
        key = b"%s:[" % json.dumps(rel).encode("ascii")
        at = raw.find(key)
        while at > 0 and raw[at - 1 : at] not in (b"{", b","):
            at = raw.find(key, at + 1)  # the name inside another one's: not a key
        if at < 0:
            found[rel] = None
            continue
        start = at + len(key) - 1
        end = raw.find(b"]", start)
        try:
            entry = json.loads(raw[start : end + 1])
        except ValueError:
            return None
        if not isinstance(entry, list) or len(entry) != 3:
            return None
        found[rel] = entry
    for line in log:
        if line[0] in found:
            found[line[0]] = None if len(line) == 1 else line[1:]
    return found
