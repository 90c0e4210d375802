"""The notebook's files scanned in forked children while a cold command imports.

A cold ``confnotes search`` spends most of its time importing (Whoosh alone is
~45 ms) and stat'ing every note to learn whether the index is up to date (one
``stat`` per file: ~70 ms at 20,000 notes). Neither needs the other, and a thread
would not help (both hold the interpreter lock), so on POSIX the command forks
right after reading its arguments: two children each scan a run of the top
folders by the rules of :mod:`confnotes.notebook.layout` and send their part, packed, through
a pipe while the parent imports; the parent puts the parts together in scan order
and digests them as the index does.

When the digest is the one saved with the index (nothing changed since the index
was brought in step), the parent skips the scan; otherwise the index diffs the
children's scan as it would its own (an edited note costs no second scan). The
children also list the files modified after the index's last sync (the index finds a
few edited notes from the scan saved beside it instead, :func:`confnotes.index.stamps.
changed_since`). A child that meets such a file says so
at once on a pipe of its own (:meth:`ScanAhead.changed_early`), so the parent can
import what reading those notes takes while the scan goes on. A child
that failed, was killed or gave a broken answer costs time, never a wrong answer:
the parent then scans itself. The answer is a snapshot taken while the command
ran, as the parent's own scan would be.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import threading
import time
from dataclasses import dataclass
from itertools import compress, islice
from operator import itemgetter
from pathlib import Path

from confnotes.notebook import layout
from confnotes.notebook.indexed_part import INDEXED_CHARS
from confnotes.notebook.layout import FileStat

__all__ = ["ScanAhead"]

PARTS = 2
"""Children scanning at once in a large notebook: the parent imports on one core
meanwhile, and at 50,000 notes one child's scan (175 ms) outlasts the imports (~90 ms)."""
SPLIT_MIN_BYTES = 3_600_000
"""Index manifests this large (~30,000 files) are scanned in :data:`PARTS`: below it a
second child costs the parent more (a third process on two cores: +10 ms at 5,000
notes) than it saves."""
CHUNK = 1 << 20
"""Bytes read from the pipe at a time (the answer is ~50 bytes a note)."""
PATIENCE = 60.0
"""Seconds to wait for the answer before stopping the child and scanning here (a scan
of 50,000 notes takes well under a second; this only guards against a child stuck)."""


@dataclass(frozen=True)
class Scanned:
    """The children's answer: the digest of the scan, the number of files, the scan packed
    (:func:`confnotes.notebook.layout.pack`), unpacked only when the digest is not the index's."""

    digest: str
    count: int
    paths: bytes
    stats: bytes
    newer: tuple[str, ...] = ()
    """The files modified after the index's last sync (unknown without one: empty)."""
    skipped: tuple[tuple[str, str], ...] = ()
    """What the scan never reads, and why (:attr:`confnotes.notebook.layout.Layout.skipped`)."""
    large: tuple[tuple[str, FileStat], ...] = ()
    """Notes larger than the index holds of one in bytes (maybe indexed in part)."""

    def files(self) -> dict[str, FileStat] | None:
        """The scan, or None if it does not unpack to ``count`` files."""
        files = layout.unpack(self.paths, self.stats)
        return files if files is not None and len(files) == self.count else None


class ScanAhead:
    """A scan running in child processes (each over some top folders, in scan order);
    :meth:`result` waits for them and puts their parts together."""

    def __init__(self, children: list[tuple[int, int]], news: int | None = None):
        self._children = children
        """``(pid, read end of its pipe)``, in scan order."""
        self._news = news
        """Read end of the pipe a child writes to when it meets a file modified after the
        index's last sync (None: no sync known)."""
        self._answer: Scanned | None = None
        self._done = False

    @classmethod
    def start(cls, root: Path, parts: int | None = None) -> ScanAhead | None:
        """Fork children scanning ``root`` (``parts`` of them at most; by default one, or
        :data:`PARTS` in a large notebook); None where that cannot be done (no ``fork``,
        or it failed): the caller then scans as usual."""
        if not hasattr(os, "fork") or sys.platform == "darwin":
            return None  # macOS frameworks may be unsafe in a forked child
        if threading.active_count() > 1:
            return None  # a lock another thread holds would stay held in the child
        if parts is None:
            parts = PARTS if _manifest_size(root) >= SPLIT_MIN_BYTES else 1
        synced = _last_sync(root)
        news: tuple[int, int] | None = None
        if synced is not None:
            with contextlib.suppress(OSError):
                news = os.pipe()
        children: list[tuple[int, int]] = []
        for part in _split(layout.top_entries(root), parts):
            try:
                read_fd, write_fd = os.pipe()
            except OSError:
                break
            try:
                pid = os.fork()
            except OSError:
                os.close(read_fd)
                os.close(write_fd)
                break
            if pid == 0:  # the child: never returns
                # Only the parent reads: were a read end open here too, a parent killed
                # (kill -9) would leave this child blocked for ever on a full pipe,
                # holding the caller's stdout open; now its write fails and it leaves.
                for fd in [read_fd, *(fd for _pid, fd in children)]:
                    os.close(fd)
                if news is not None:
                    os.close(news[0])
                _child(part, write_fd, synced, news[1] if news is not None else None)
            os.close(write_fd)
            children.append((pid, read_fd))
        else:
            if news is not None:
                os.close(news[1])
            return cls(children, news[0] if news is not None else None)
        if news is not None:
            os.close(news[1])
        cls(children, news[0] if news is not None else None).close()  # no whole answer
        return None

    def busy(self) -> bool:
        """True while a child has not answered yet (each writes once, at the end)."""
        if self._done:
            return False
        fds = [fd for _, fd in self._children]
        try:
            return len(select.select(fds, [], [], 0)[0]) < len(fds)
        except OSError:
            return False

    def changed_early(self) -> tuple[str, ...] | None:
        """As soon as a child says it met files modified after the index's last sync:
        those it named (the first ones it met; none when there were many). None once
        every child has finished scanning without saying so."""
        if self._news is None or self._done:
            return None
        news = self._news
        waiting = [fd for _, fd in self._children]
        try:
            while waiting:
                ready = select.select([news, *waiting], [], [], PATIENCE)[0]
                if not ready:
                    return None
                if news in ready:
                    told = os.read(news, select.PIPE_BUF)  # b"": every child has left
                    if not told.startswith(b"!"):
                        return None
                    first = told[1:].split(b"\0", 1)[0]  # the other child may have told too
                    names = first.decode("utf-8", "surrogateescape")
                    return tuple(names.split("\n")) if names else ()
                waiting = [fd for fd in waiting if fd not in ready]  # this one answers now
        except OSError:
            return None
        return None

    def result(self) -> Scanned | None:
        """The children's scan, or None if one gave no (whole) answer in time."""
        if self._done:
            return self._answer
        deadline = time.monotonic() + PATIENCE
        data: dict[int, list[bytes]] = {fd: [] for _, fd in self._children}
        open_fds = set(data)
        try:
            while open_fds:
                left = max(0.0, deadline - time.monotonic())
                ready = select.select(list(open_fds), [], [], left)[0]
                if not ready:
                    break  # no answer in time: the children are stopped below
                for fd in ready:
                    chunk = os.read(fd, CHUNK)
                    if chunk:
                        data[fd].append(chunk)
                    else:
                        open_fds.discard(fd)
        except OSError:
            open_fds = {-1}
        complete = not open_fds
        self._finish(kill=not complete)
        if complete:
            parts = [_parse(b"".join(data[fd])) for _, fd in self._children]
            self._answer = _join(parts) if all(parts) else None
        return self._answer

    def close(self) -> None:
        """Stop the children if their answer was not taken, and reap them."""
        if not self._done:
            self._finish(kill=True)

    def _finish(self, kill: bool) -> None:
        self._done = True
        if self._news is not None:
            with contextlib.suppress(OSError):
                os.close(self._news)
            self._news = None
        for pid, fd in self._children:
            if kill:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.close(fd)
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)


def _last_sync(root: Path) -> int | None:
    """When the index was last brought in step with the files (its scan signature's
    mtime, in ns), or None."""
    try:
        folder = root / layout.DERIVED_DIR / layout.INDEX_DIR
        return (folder / layout.INDEX_SIGNATURE).stat().st_mtime_ns
    except OSError:
        return None


def _manifest_size(root: Path) -> int:
    try:
        manifest = root / layout.DERIVED_DIR / layout.INDEX_DIR / layout.INDEX_MANIFEST
        return manifest.stat().st_size
    except OSError:
        return 0


Part = list[tuple[bytes, bytes]]
"""One child's scan: conference files, talks and people, each packed (paths, stats), then
the paths of the files modified after the index's last sync (and no stats)."""


def _split(top: list[os.DirEntry[str]], parts: int) -> list[list[os.DirEntry[str]]]:
    """``top`` cut into at most ``parts`` runs of about the same number of files, judged
    by the size of each folder (a directory's size grows with its entries)."""
    if parts < 2 or len(top) < 2:
        return [top]
    weights = []
    for entry in top:
        try:
            weights.append(max(1, entry.stat(follow_symlinks=False).st_size))
        except OSError:
            weights.append(1)
    share = sum(weights) / parts
    runs: list[list[os.DirEntry[str]]] = [[]]
    load = 0
    for entry, weight in zip(top, weights, strict=True):
        if load >= share * len(runs) and len(runs) < parts:
            runs.append([])
        runs[-1].append(entry)
        load += weight
    return runs


def _parse(data: bytes) -> Part | None:
    """Nine lengths, a newline, then the six packed parts, the files modified after the
    index's last sync, the files skipped and the large notes, packed (see :func:`_child`)."""
    header, newline, rest = data.partition(b"\n")
    fields = header.split()
    if not newline or len(fields) != 9 or not all(f.isdigit() for f in fields):
        return None
    lengths = [int(f) for f in fields]
    if sum(lengths) != len(rest):
        return None
    blobs, at = [], 0
    for length in lengths:
        blobs.append(rest[at : at + length])
        at += length
    return [
        (blobs[0], blobs[1]),
        (blobs[2], blobs[3]),
        (blobs[4], blobs[5]),
        (blobs[6], blobs[7]),
        (blobs[8], b""),
    ]


def _join(parts: list[Part | None]) -> Scanned | None:
    """The parts in scan order: every child's conference files, then talks, then people
    (as :meth:`confnotes.notebook.layout.Layout.files` orders one scan); digested here."""
    pieces = [part[kind] for kind in range(3) for part in parts if part is not None]
    paths = b"\n".join(p for p, _ in pieces if p)
    stats = b"".join(s for _, s in pieces)
    if len(stats) % 16:
        return None
    count = len(stats) // 16
    newer = b"\n".join(part[3][0] for part in parts if part is not None and part[3][0])
    names = tuple(newer.decode("utf-8", "surrogateescape").split("\n")) if newer else ()
    skipped = b"\n".join(part[3][1] for part in parts if part is not None and part[3][1])
    told = (line.split("\0", 1) for line in skipped.decode("utf-8").split("\n") if line)
    large: dict[str, FileStat] = {}
    for part in parts:
        if part is not None and part[4][0]:
            large.update(layout.unpack(*_halves(part[4][0])) or {})
    return Scanned(
        layout.digest_packed(paths, stats),
        count,
        paths,
        stats,
        names,
        tuple((rel, why) for rel, why in told),
        tuple(large.items()),
    )


def _halves(blob: bytes) -> tuple[bytes, bytes]:
    """A packed scan sent as one blob: the paths' length (8 bytes), the paths, the stats."""
    size = int.from_bytes(blob[:8], "little")
    return blob[8 : 8 + size], blob[8 + size :]


_MTIME = itemgetter(1)


NEWS_MAX = 32
"""Files a child names on the news pipe at most (more: it only says that there are)."""


class _Watch:
    """Called after each top folder of a child's scan: the first time files scanned since
    were modified after ``synced``, writes ``!``, their paths and a NUL to ``news`` (one
    write of at most ``PIPE_BUF`` bytes, so a reader gets it whole; a C-level pass over
    the new entries' mtimes)."""

    def __init__(self, news: int, synced: int):
        self.news = news
        self.synced = synced
        self.seen = [0, 0, 0]
        self.told = False

    def __call__(self, found: layout.Layout) -> None:
        if self.told:
            return
        newer: list[str] = []
        for i, files in enumerate((found.conferences, found.talks, found.people)):
            if len(files) > self.seen[i]:
                start = self.seen[i]
                times = map(_MTIME, islice(files.values(), start, None))
                newer += compress(islice(files, start, None), map(self.synced.__lt__, times))
                self.seen[i] = len(files)
        if newer:
            self.told = True
            told = "\n".join(newer).encode("utf-8", "surrogateescape")
            if len(newer) > NEWS_MAX or len(told) > select.PIPE_BUF - 2:
                told = b""  # too many to read ahead: only that there are
            with contextlib.suppress(OSError):
                os.write(self.news, b"!" + told + b"\0")  # NUL: in no path
                os.close(self.news)


def _child(top: list[os.DirEntry[str]], fd: int, synced: int | None, news: int | None) -> None:
    """Scan, answer, and leave at once: no exit handlers, no buffers of the parent's
    flushed (they would print its output twice). ``synced``: when the index was last
    brought in step (the files modified since are listed, and the first one is told on
    ``news`` while the scan goes on)."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: no traceback from here
        watch = _Watch(news, synced) if news is not None and synced is not None else None
        found = layout.scan_top(top, watch)
        blobs = [
            blob
            for files in (found.conferences, found.talks, found.people)
            for blob in layout.pack(files)
        ]
        newer: list[str] = []
        if synced is not None:  # a C-level pass: ~1 ms at 50,000 notes
            for files in (found.conferences, found.talks, found.people):
                newer += compress(files, map(synced.__lt__, map(_MTIME, files.values())))
        blobs.append("\n".join(newer).encode("utf-8", "surrogateescape"))
        blobs.append("\n".join(f"{rel}\0{why}" for rel, why in found.skipped.items()).encode())
        large = {
            rel: st
            for files in (found.talks, found.people)
            for rel, st in files.items()
            if st.size > INDEXED_CHARS
        }
        paths, stats = layout.pack(large)
        blobs.append(len(paths).to_bytes(8, "little") + paths + stats if large else b"")
        header = " ".join(str(len(blob)) for blob in blobs) + "\n"
        with os.fdopen(fd, "wb") as out:  # waits for the parent to read (a pipe holds 64 KB)
            out.write(header.encode("ascii"))
            for blob in blobs:
                out.write(blob)
        status = 0
    except BaseException:
        pass  # no (whole) answer: the parent scans itself
    finally:
        os._exit(status)
