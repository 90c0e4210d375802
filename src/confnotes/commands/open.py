"""``confnotes open TALK``: start the UI with the editor on one talk's note."""

from __future__ import annotations

import argparse

from confnotes.commands.common import open_notebook
from confnotes.lookup import find_talk

ORDER = 10


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``open`` subcommand."""
    p = sub.add_parser(
        "open",
        parents=[common],
        help="open the UI on one talk's note",
        description="Open the UI with the editor on a talk. TALK is its id "
        "(conference/file-name), its file name, or enough of its title to match one talk; "
        "when several match, they are listed (exit status 2).",
    )
    p.add_argument("talk", metavar="TALK", help="talk id, file name or fuzzy title")
    p.add_argument(
        "--print",
        action="store_true",
        help="print the talk's id and note path instead (also what happens without a terminal)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Resolve TALK, then open it (or print where it is)."""
    nb = open_notebook(args)
    talk = find_talk(nb, args.talk)
    from confnotes.commands.ui import interactive, launch

    if args.print or not interactive():
        print(f"{talk.id}\t{talk.path}")
        return 0

    return launch(nb, start_talk=talk.id)
