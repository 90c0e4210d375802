"""Full-text search over a notebook: a small interface, and Whoosh behind it.

``open_index(nb)`` is the one factory, called by :meth:`Notebook.search_index`:
the notebook owns the index it opens and keeps it in step with every write.
The CLI and the UI talk to the :class:`SearchIndex` interface and never to Whoosh.
Importing this package
is cheap: Whoosh is imported only when an index is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from confnotes.index.base import Hit, Progress, SearchIndex, SearchResults, SyncReport
from confnotes.index.query import QuerySyntaxError

if TYPE_CHECKING:
    from confnotes.notebook.notebook import Notebook

__all__ = [
    "Hit",
    "Progress",
    "QuerySyntaxError",
    "SearchIndex",
    "SearchResults",
    "SyncReport",
    "index_of",
    "open_index",
    "open_index_at",
]


def index_of(nb: Notebook) -> SearchIndex:
    """The notebook's one search index, opened at the first call and kept in step by
    every write the notebook makes (opened, not synced: see :func:`open_index`)."""
    return nb.search_index(open_index)


def open_index(nb: Notebook, lock_timeout: float = 10.0) -> SearchIndex:
    """The notebook's index under ``.confnotes/index/`` (opened, not yet synced).

    Call :meth:`SearchIndex.sync` before searching to pick up edits made to the
    files (it builds the index on first use, and rebuilds one found unreadable).
    """
    derived: Path | OSError
    try:
        derived = nb.ensure_derived_dir()
    except OSError as exc:
        from confnotes.index.whoosh_index import read_only

        if not read_only(exc):
            raise
        derived = exc  # a read-only notebook: the index is built for this run only
    index = open_index_at(nb.root, derived, lock_timeout)
    index.held = nb.held_note
    return index


def open_index_at(root: Path, derived: Path | OSError, lock_timeout: float = 10.0) -> SearchIndex:
    """The index of the notebook at ``root`` under its existing derived folder ``derived``:
    for a reader (``confnotes search``) that need not open the notebook itself."""
    from confnotes.index.whoosh_index import WhooshIndex

    return WhooshIndex(root, derived, lock_timeout=lock_timeout)
