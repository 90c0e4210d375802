"""After a sync: the search index and the loaded notebook follow the merged files.

git rewrites only the files a merge changed, so the index's own sync (which
compares each file's size and mtime with what it indexed, then hashes only
those that moved) re-indexes exactly the merged files. The app also re-reads
those files into its loaded :class:`Notebook` by id (``changed`` comes from
``git diff --name-only`` between the heads before and after the merge).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from confnotes.errors import ConfnotesError
from confnotes.index import index_of
from confnotes.notebook.frontmatter import parse_document
from confnotes.notebook.notebook import DERIVED_DIR, Notebook
from confnotes.notebook.storage import decode_text, read_regular_file
from confnotes.sync.commit_message import kind_of
from confnotes.sync.incoming import plain_file


def reindex_changed(root: Path) -> int:
    """Bring an existing search index up to date with the files; returns documents changed.

    No index yet: nothing to do (the first search builds it).
    """
    if not (root / DERIVED_DIR / "index").is_dir():
        return 0
    nb = Notebook.open(root, load=False)
    with index_of(nb) as index:
        return index.sync().changed


@dataclass
class Reloaded:
    """What :func:`reload_changed` re-read into a loaded notebook."""

    talks: list[str] = field(default_factory=list)
    """Talk ids re-read (or dropped when their file is gone)."""
    held: list[str] = field(default_factory=list)
    """Talk ids left as they were: open with words based on the old text (see below)."""
    other: int = 0
    """People and conference files re-read."""
    failed: bool = False
    """True when the files could not all be re-read (the notebook and its index are behind)."""


def reload_changed(nb: Notebook, changed: Iterable[str], keep: Iterable[str] = ()) -> Reloaded:
    """Re-read the files a sync changed into ``nb``, all in one reload (one change event).

    ``keep``: talks an editor holds text for. Such a talk is re-read only when sync
    changed its front matter alone; when its body changed it is left as loaded, so
    the editor's next save meets the changed file as a conflict (both texts kept)
    instead of writing over the merged words.
    """
    done = Reloaded()
    kept = set(keep)
    rels: list[str] = []
    for rel in changed:
        kind = kind_of(rel)
        if kind == "talk":
            talk_id = rel[: -len(".md")]
            if talk_id in kept and _body_changed(nb, talk_id, rel):
                done.held.append(talk_id)
                continue
            done.talks.append(talk_id)
        elif kind in ("person", "conference"):
            done.other += 1
        else:
            continue
        rels.append(rel)
    if rels:
        # One planning copy and one announcement for the whole merge, however many files:
        # the app redraws once, not once per file. Files whose bytes the notebook holds
        # already (the app's folder watcher was quicker) are not parsed a second time.
        try:
            nb.reload_paths(rels)
        except (ConfnotesError, OSError):
            done.failed = True
    return done


def _body_changed(nb: Notebook, talk_id: str, rel: str) -> bool:
    talk = nb.talks.get(talk_id)
    path = nb.root / rel
    if talk is None or not plain_file(nb.root, rel):
        return True
    try:
        text = decode_text(read_regular_file(path), path).text
        body = parse_document(text, path).body
    except (ConfnotesError, OSError):
        return True
    return body != talk.body
