"""``confnotes reindex``: rebuild the search index from the files, with a progress bar."""

from __future__ import annotations

import argparse
import sys
import time

from confnotes.config import resolve_notebook
from confnotes.errors import BadInputError, NotFoundError, StorageError
from confnotes.index import index_of

ORDER = 45
QUICK_EXIT = True
"""Its index is written, swapped in and closed (and the lock released) before it returns:
it may leave without the interpreter's teardown (see :func:`confnotes.cli.run`), which
frees a build's objects one by one (~0.1 s at 5,000 talks)."""
NO_COLLECTOR = True
"""The process ends with the build: no cycle collection from the start (a collection after
the build walks every object it left, and the imports before it trigger some)."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``reindex`` subcommand."""
    p = sub.add_parser(
        "reindex",
        parents=[common],
        help="rebuild the search index from the files",
        description="Rebuild the search index under NOTEBOOK/.confnotes/index from every "
        "note, person page and conference file. Searches keep working on the old index "
        "until the new one is complete. Never needed for correctness: every search "
        "picks up changed files by itself.",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Rebuild; a progress bar on a terminal, one summary line otherwise."""
    from confnotes.commands.progress import ProgressBar
    from confnotes.notebook.layout import scan, skipped_warnings
    from confnotes.notebook.notebook import Notebook

    root = resolve_notebook(args.notebook)
    if not root.is_dir():
        if not root.exists():
            raise NotFoundError("notebook folder does not exist", root)
        raise BadInputError("notebook is not a folder", root)
    started = time.monotonic()
    with index_of(Notebook(root)) as index:
        bar = ProgressBar("reindexing")
        try:
            report = index.rebuild(progress=bar)
        finally:
            bar.finish()
        if index.temporary:
            raise StorageError(
                "the notebook is read-only: its search index cannot be rebuilt there "
                "(searches still work, on an index built for each run)",
                root,
            )
    for message in report.messages:
        print(f"confnotes: {message}", file=sys.stderr)
    for line in skipped_warnings(root, scan(root).skipped.items()):
        print(f"confnotes: {line}", file=sys.stderr)
    elapsed = time.monotonic() - started
    print(f"reindexed {report.added} files in {elapsed:.1f} s", file=sys.stderr)
    return 0
