"""``confnotes talk rename``: give a talk a new title; links that named it follow."""

from __future__ import annotations

import argparse

from confnotes.commands.common import notebook_to_write, print_edit_report
from confnotes.knowledge import edits
from confnotes.knowledge.lookup import find_talk

ORDER = 27


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``talk`` subcommand."""
    p = sub.add_parser(
        "talk",
        parents=[common],
        help="rename a talk (the old title stays an alias; links follow)",
        description="Correct a talk's title. Undo with `confnotes undo`.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    rename = actions.add_parser("rename", parents=[common], help="give a talk a new title")
    rename.add_argument("talk", metavar="TALK", help="talk id, or a title that matches one talk")
    rename.add_argument("title", metavar="NEW-TITLE")
    rename.set_defaults(func=run_rename)


def run_rename(args: argparse.Namespace) -> int:
    """Rename a talk."""
    with notebook_to_write(args) as nb:
        talk = find_talk(nb, args.talk)
        report = edits.rename(nb, "talk", talk.id, args.title)
    print_edit_report(report)
    return 0
