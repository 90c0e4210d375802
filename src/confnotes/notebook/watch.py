"""Seeing what other programs write into the notebook folder, as it happens.

Another editor, ``git pull``, a sync client or a script may change notes while
the app is open. :class:`FolderWatcher` watches the folder with ``watchfiles``
(the operating system's change notifications) in a thread of its own and
reports the notebook-relative paths of the files the notebook owns (see
:func:`confnotes.notebook.layout.rel_kind`); :meth:`Notebook.reload_paths` then reads
just those, and the change feed brings the index and the UI in step. No Textual
here.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from confnotes.notebook.layout import DERIVED_DIR, rel_kind

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
"""Changes closer together than this arrive as one batch (a ``git pull`` is one event)."""


class FolderWatcher:
    """Calls ``on_change(paths)`` (in its own thread) with the notebook files that changed."""

    def __init__(
        self,
        root: Path,
        on_change: Callable[[set[str]], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        self._prefix = str(self.root) + os.sep
        self.on_change = on_change
        self.on_error = on_error
        """Told (in the watcher's thread) when watching stops early."""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.error: BaseException | None = None
        """Why watching stopped early (None while it runs or after :meth:`stop`)."""

    def start(self) -> None:
        """Start watching in a daemon thread (it never keeps the program alive)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="confnotes-watch", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop watching (returns once the thread ended, or after ``timeout`` seconds)."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _wanted(self, _change: object, path: str) -> bool:
        rel = self.relative(path)
        return rel is not None and rel_kind(rel) is not None

    def relative(self, path: str) -> str | None:
        """The notebook-relative POSIX path of ``path`` (None when outside or derived)."""
        rel = path[len(self._prefix) :].replace(os.sep, "/")
        if path.startswith(self._prefix) and rel_kind(rel) is None:
            # Told from the string alone: git's and the index's own files (hundreds
            # per team sync) cost no system call to turn away.
            return None
        try:
            rel = Path(path).resolve().relative_to(self.root).as_posix()
        except (ValueError, OSError):
            return None
        if rel == DERIVED_DIR or rel.startswith(DERIVED_DIR + "/"):
            return None
        return rel

    def _run(self) -> None:
        try:
            from watchfiles import watch  # a broken install is reported like any failure

            for changes in watch(
                self.root,
                watch_filter=self._wanted,
                debounce=DEBOUNCE_MS,
                step=50,
                stop_event=self._stop,
                rust_timeout=500,
                yield_on_timeout=False,
                raise_interrupt=False,
            ):
                rels = {rel for _kind, path in changes if (rel := self.relative(path))}
                if rels:
                    try:
                        self.on_change(rels)
                    except Exception:
                        log.exception("handling changed files failed")
        except Exception as exc:  # no inotify left, folder gone: the app goes on without
            if not self._stop.is_set():
                self.error = exc
                log.warning("watching %s stopped: %s", self.root, exc)
                if self.on_error is not None:
                    self.on_error(exc)
