"""The one save path of the app, for screens that write the notebook themselves.

Every write to the notebook from the UI holds the app's save lock
(:attr:`confnotes.autosave.NoteSaver.lock`), so the editor's autosave, the
links screen and the person page never interleave two saves of one file (or
change a talk while another thread renders it), which could report a conflict
that is not one. A screen run on its own (tests, benchmarks) has no saver and
no lock to share.
"""

from __future__ import annotations

import contextlib
from typing import Any


def save_lock(app: Any) -> contextlib.AbstractContextManager[Any]:
    """The app's save lock, or a no-op when the app has no :class:`NoteSaver`."""
    lock = getattr(getattr(app, "saver", None), "lock", None)
    return lock if lock is not None else contextlib.nullcontext()


def index_talk(app: Any, talk_id: str) -> None:
    """Bring the app's search index up to date with a saved talk (when it has one)."""
    saver = getattr(app, "saver", None)
    if saver is not None:
        saver.index_talk(talk_id)
