"""Many files replaced atomically with one flush to disk instead of two fsyncs each.

:func:`~confnotes.notebook.storage.atomic_write` makes each file durable on its own:
temp file, fsync, rename, fsync of the folder. An import writes thousands of notes, and
those 2 fsyncs a file were most of its time (each waits for the disk's journal). A
:class:`StagedWrites` keeps every promise of the single write with two flushes for the
whole group:

1. :meth:`StagedWrites.stage` writes each file's bytes to a temp file beside it
   (``.confnotes-tmp-<pid>-*.tmp``, never read as a note and removed by the next
   writer if the process dies);
2. :meth:`StagedWrites.commit` makes all the temp files' bytes durable at once (Linux's
   ``syncfs`` on the notebook's file system; elsewhere, or when it reports an error,
   one fsync per temp file, which names the file at fault), *then* renames each over
   its target in the order staged, then fsyncs each folder renamed into.

So a file on disk is always whole, old or new, whatever stops the process (``kill
-9``, a crash or a power cut: no rename happens before the bytes it exposes are on
disk), and a failure before the renames leaves every target as it was.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from confnotes.errors import StorageError
from confnotes.notebook.layout import TEMP_PREFIX
from confnotes.notebook.storage import fsync_dir

SYNCFS_MIN = 16
"""From this many files, one flush of the file system beats an fsync each."""


@dataclass
class _Staged:
    path: Path
    tmp: Path
    landed: Callable[[], None]


class StagedWrites:
    """A group of atomic file replacements made durable together (see the module)."""

    def __init__(self) -> None:
        self._staged: list[_Staged] = []
        self._made: list[Path] = []
        """Folders :meth:`stage` created, removed again by :meth:`discard` when empty."""

    def __len__(self) -> int:
        return len(self._staged)

    def stage(self, path: Path, data: bytes, landed: Callable[[], None]) -> None:
        """Write ``data`` to a temp file beside ``path`` (not yet durable, not yet in place);
        ``landed`` runs once ``path`` holds it (in :meth:`commit`).

        Raises:
            StorageError: the temp file could not be written (nothing of it is left).
        """
        folder = path.parent
        try:
            if not folder.is_dir():
                missing = [p for p in (folder, *folder.parents) if not p.exists()]
                folder.mkdir(parents=True, exist_ok=True)
                self._made.extend(missing)
            fd, name = tempfile.mkstemp(
                prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=folder
            )
        except OSError as exc:
            raise StorageError(f"cannot write: {exc.strerror or exc}", path) from exc
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            with contextlib.suppress(OSError):
                mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
                os.chmod(tmp, mode)
        except OSError as exc:
            _unlink(tmp)
            raise StorageError(f"cannot write: {exc.strerror or exc}", path) from exc
        except BaseException:
            _unlink(tmp)
            raise
        self._staged.append(_Staged(path, tmp, landed))

    def commit(self) -> None:
        """Make every staged file durable, then put each in place (in the order staged) and
        run its ``landed``; the group is empty afterwards.

        Raises:
            StorageError: flushing failed (no target was touched), or a rename failed
                (the files before it are in place and landed; the rest are not).
        """
        staged, self._staged = self._staged, []
        made, self._made = self._made, []
        if not staged:
            return
        try:
            _flush(staged)
        except StorageError:
            _unlink_all(staged)
            raise
        # The folders renamed into, and those holding a folder made for the group.
        folders = dict.fromkeys([p.parent for p in made])
        done = 0
        try:
            for item in staged:
                try:
                    os.replace(item.tmp, item.path)
                except OSError as exc:
                    raise StorageError(f"cannot write: {exc.strerror or exc}", item.path) from exc
                done += 1
                folders[item.path.parent] = None
                item.landed()
        finally:
            _unlink_all(staged[done:])
            for folder in folders:
                fsync_dir(folder)  # the renames made durable

    def discard(self) -> None:
        """Remove what was staged and not committed (and the folders made for it)."""
        staged, self._staged = self._staged, []
        _unlink_all(staged)
        made, self._made = self._made, []
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty


def _flush(staged: list[_Staged]) -> None:
    """Every temp file's bytes on disk: one ``syncfs`` when it answers cleanly, else one
    fsync each (which names the file whose bytes could not be written)."""
    if len(staged) >= SYNCFS_MIN and _syncfs(staged[0].tmp.parent):
        return
    for item in staged:
        try:
            fd = os.open(item.tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise StorageError(f"cannot write: {exc.strerror or exc}", item.path) from exc


def _syncfs(folder: Path) -> bool:
    """Flush the file system holding ``folder`` (Linux); False when that is not possible
    or the kernel reports a write error (since Linux 5.8 it does)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        return bool(syncfs(fd) == 0)
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _unlink_all(staged: list[_Staged]) -> None:
    for item in staged:
        _unlink(item.tmp)
