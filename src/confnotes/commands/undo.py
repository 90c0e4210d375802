"""``confnotes undo``: take back the latest rename, delete, split or timezone change."""

from __future__ import annotations

import argparse

from confnotes.commands.common import notebook_to_write, open_notebook
from confnotes.knowledge import edits

ORDER = 28


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``undo`` subcommand."""
    p = sub.add_parser(
        "undo",
        parents=[common],
        help="undo the latest people/conference/talk edit",
        description="Apply the inverse recorded by the latest `people rename|delete|split`, "
        "`conference rename|timezone` or `talk rename` (.confnotes/undo.jsonl); repeat to go "
        "further back. --list shows what can be undone.",
    )
    p.add_argument("--list", action="store_true", help="list the recorded undos, latest last")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Undo the latest edit, or list them."""
    if args.list:
        items = edits.pending_undos(open_notebook(args))
        for item in items:
            print(edits.describe_undo(item))
        if not items:
            print("nothing to undo")
        return 0
    with notebook_to_write(args) as nb:
        print(edits.undo_last(nb).summary)
    return 0
