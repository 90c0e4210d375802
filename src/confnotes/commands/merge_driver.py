"""``confnotes merge-driver``: git's merge driver for the notebook's files.

Registered by ``confnotes sync`` in the notebook's ``.git/config`` and
``.gitattributes``; git runs it as ``confnotes merge-driver %O %A %B %P``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ORDER = 90


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``merge-driver`` subcommand (called by git, not by people)."""
    p = sub.add_parser(
        "merge-driver",
        parents=[common],
        help="git merge driver for notes (set up by `confnotes sync`)",
        description="Merge BASE, OURS and THEIRS (git's %O %A %B) into OURS: front "
        "matter key by key, bodies line by line, same-line edits kept both between "
        "markers (exit status 1, so git records the conflict). PATH is the file's path.",
    )
    p.add_argument("base", metavar="BASE")
    p.add_argument("ours", metavar="OURS")
    p.add_argument("theirs", metavar="THEIRS")
    p.add_argument("path", metavar="PATH", nargs="?", default="")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Merge and return git's expected status (0 clean, 1 conflicts written into OURS)."""
    from confnotes.sync.driver import run_driver

    return run_driver(Path(args.base), Path(args.ours), Path(args.theirs), args.path or args.ours)
