"""After a sync: the search index and the loaded notebook follow the merged files.

git rewrites only the files a merge changed, so the index's own sync (which
compares each file's size and mtime with what it indexed, then hashes only
those that moved) re-indexes exactly the merged files. The app also re-reads
those files into its loaded :class:`Notebook` by id (``changed`` comes from
``git diff --name-only`` between the heads before and after the merge).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from confnotes.errors import ConfnotesError
from confnotes.gitsync.changes import kind_of
from confnotes.notebook import DERIVED_DIR, Notebook


def reindex_changed(root: Path) -> int:
    """Bring an existing search index up to date with the files; returns documents changed.

    No index yet: nothing to do (the first search builds it).
    """
    if not (root / DERIVED_DIR / "index").is_dir():
        return 0
    from confnotes.index import open_index

    nb = Notebook.open(root, load=False)
    with open_index(nb) as index:
        return index.sync().changed


@dataclass
class Reloaded:
    """What :func:`reload_changed` re-read into a loaded notebook."""

    talks: list[str] = field(default_factory=list)
    """Talk ids re-read (or dropped when their file is gone)."""
    whole: bool = False
    """True when a person or conference file changed and the whole notebook was re-read."""


def reload_changed(nb: Notebook, changed: Iterable[str]) -> Reloaded:
    """Re-read the changed files into ``nb`` (talk notes one by one; people or
    conferences changed: everything, since talks show their names and sessions)."""
    done = Reloaded()
    talks = []
    for rel in changed:
        kind = kind_of(rel)
        if kind in ("person", "conference"):
            done.whole = True
        elif kind == "talk":
            talks.append(rel[: -len(".md")])
    if done.whole:
        nb.load()
        done.talks = talks
        return done
    for talk_id in talks:
        if talk_id.split("/", 1)[0] not in nb.conferences and not talk_id.startswith("people/"):
            done.whole = True
            nb.load()
            done.talks = talks
            return done
        with contextlib.suppress(ConfnotesError, OSError):
            nb.reload_talk(talk_id)
        done.talks.append(talk_id)
    return done
