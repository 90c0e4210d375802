"""The notebook's files scanned in a forked child while a cold command imports.

A cold ``confnotes search`` spends most of its time importing (Whoosh alone is
~45 ms) and stat'ing every note to learn whether the index is up to date (one
``stat`` per file: ~70 ms at 20,000 notes). Neither needs the other, and a thread
would not help (both hold the interpreter lock), so on POSIX the command forks
right after reading its arguments: the child scans the folder by the rules of
:mod:`confnotes.layout`, digests the scan as the index does and writes the digest,
the count and the scan itself to a pipe while the parent imports.

When the digest equals the one saved with the index (nothing changed since the
index was brought in step), the parent skips the scan; otherwise the index diffs
the child's scan as it would its own (an edited note costs no second scan). A child
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
from pathlib import Path

from confnotes import layout
from confnotes.layout import FileStat

__all__ = ["ScanAhead"]

CHUNK = 1 << 20
"""Bytes read from the pipe at a time (the answer is ~50 bytes a note)."""
PATIENCE = 60.0
"""Seconds to wait for the answer before stopping the child and scanning here (a scan
of 50,000 notes takes well under a second; this only guards against a child stuck)."""


@dataclass(frozen=True)
class Scanned:
    """The child's answer: the digest of its scan, the number of files, the scan packed
    (:func:`confnotes.layout.pack`), unpacked only when the digest is not the index's."""

    digest: str
    count: int
    paths: bytes
    stats: bytes

    def files(self) -> dict[str, FileStat] | None:
        """The scan, or None if it does not unpack to ``count`` files."""
        files = layout.unpack(self.paths, self.stats)
        return files if files is not None and len(files) == self.count else None


class ScanAhead:
    """A scan running in a child process; :meth:`result` waits for it."""

    def __init__(self, pid: int, fd: int):
        self._pid = pid
        self._fd = fd
        self._answer: Scanned | None = None
        self._done = False

    @classmethod
    def start(cls, root: Path) -> ScanAhead | None:
        """Fork a child scanning ``root``; None where that cannot be done (no ``fork``,
        or it failed), in which case the caller scans as usual."""
        if not hasattr(os, "fork") or sys.platform == "darwin":
            return None  # macOS frameworks may be unsafe in a forked child
        if threading.active_count() > 1:
            return None  # a lock another thread holds would stay held in the child
        try:
            read_fd, write_fd = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: never returns
            os.close(read_fd)
            _child(root, write_fd)
        os.close(write_fd)
        return cls(pid, read_fd)

    def busy(self) -> bool:
        """True while the child has not answered yet (it writes once, at the end)."""
        if self._done:
            return False
        try:
            return not select.select([self._fd], [], [], 0)[0]
        except OSError:
            return False

    def result(self) -> Scanned | None:
        """The child's scan, or None if it gave no (whole) answer in time."""
        if self._done:
            return self._answer
        chunks = []
        deadline = time.monotonic() + PATIENCE
        complete = False
        try:
            while select.select([self._fd], [], [], max(0.0, deadline - time.monotonic()))[0]:
                chunk = os.read(self._fd, CHUNK)
                if not chunk:
                    complete = True
                    break
                chunks.append(chunk)
        except OSError:
            complete = False
        self._finish(kill=not complete)
        if complete:
            self._answer = _parse(b"".join(chunks))
        return self._answer

    def close(self) -> None:
        """Stop the child if its answer was not taken, and reap it."""
        if not self._done:
            self._finish(kill=True)

    def _finish(self, kill: bool) -> None:
        self._done = True
        if kill:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        with contextlib.suppress(OSError):
            os.waitpid(self._pid, 0)


def _parse(data: bytes) -> Scanned | None:
    """``digest count paths-length stats-length``, a newline, the two packed parts."""
    header, newline, rest = data.partition(b"\n")
    fields = header.split()
    if not newline or len(fields) != 4 or not all(f.isdigit() for f in fields[1:]):
        return None
    count, paths_len, stats_len = (int(f) for f in fields[1:])
    if len(fields[0]) != 32 or len(rest) != paths_len + stats_len:
        return None
    return Scanned(fields[0].decode("ascii"), count, rest[:paths_len], rest[paths_len:])


def _child(root: Path, fd: int) -> None:
    """Scan, digest, answer, and leave at once: no exit handlers, no buffers of the
    parent's flushed (they would print its output twice)."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: no traceback from here
        files = layout.scan(root).files()
        paths, stats = layout.pack(files)
        digest = layout.digest_packed(paths, stats)
        header = f"{digest} {len(files)} {len(paths)} {len(stats)}\n".encode("ascii")
        with os.fdopen(fd, "wb") as out:  # waits for the parent to read (a pipe holds 64 KB)
            out.write(header)
            out.write(paths)
            out.write(stats)
        status = 0
    except BaseException:
        pass  # no (whole) answer: the parent scans itself
    finally:
        os._exit(status)
