"""The notebook's files scanned in a forked child while a cold command imports.

A cold ``confnotes search`` spends most of its time importing (Whoosh alone is
~45 ms) and stat'ing every note to learn whether the index is up to date (one
``stat`` per file: ~70 ms at 20,000 notes). Neither needs the other, and a thread
would not help (both hold the interpreter lock), so on POSIX the command forks
right after reading its arguments: the child scans the folder by the rules of
:mod:`confnotes.layout`, digests the scan as the index does and writes the digest
and the file count to a pipe while the parent imports.

The parent trusts the answer only when it equals the digest saved with the index
(nothing changed since the index was brought in step); otherwise it scans again
itself. A child that failed, was killed or raced a write costs time, never a
wrong answer: the answer is a snapshot taken while the command ran, as the
parent's own scan would be.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import threading
import time
from pathlib import Path

__all__ = ["ScanAhead"]

MAX_ANSWER = 256
"""Bytes of the child's answer: a 32-character digest, a space, a count."""
PATIENCE = 60.0
"""Seconds to wait for the answer before stopping the child and scanning here (a scan
of 50,000 notes takes well under a second; this only guards against a child stuck)."""


class ScanAhead:
    """A scan running in a child process; :meth:`result` waits for it."""

    def __init__(self, pid: int, fd: int):
        self._pid = pid
        self._fd = fd
        self._answer: tuple[str, int] | None = None
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

    def result(self) -> tuple[str, int] | None:
        """``(digest, files)`` of the child's scan, or None if it gave no answer."""
        if self._done:
            return self._answer
        chunks = []
        deadline = time.monotonic() + PATIENCE
        try:
            while select.select([self._fd], [], [], max(0.0, deadline - time.monotonic()))[0]:
                chunk = os.read(self._fd, MAX_ANSWER)
                if not chunk:
                    break
                chunks.append(chunk)
            else:
                chunks = []  # no answer in time: the child is stopped below
        except OSError:
            chunks = []
        self._finish(kill=not chunks)
        digest, _, count = b"".join(chunks).decode("ascii", "replace").partition(" ")
        if len(digest) == 32 and count.strip().isdigit():
            self._answer = (digest, int(count))
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


def _child(root: Path, fd: int) -> None:
    """Scan, digest, answer, and leave at once: no exit handlers, no buffers of the
    parent's flushed (they would print its output twice)."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: no traceback from here
        from confnotes import layout

        files = layout.scan(root).files()
        os.write(fd, f"{layout.digest(files)} {len(files)}".encode("ascii"))
        status = 0
    except BaseException:
        pass  # no answer: the parent scans itself
    finally:
        os._exit(status)
