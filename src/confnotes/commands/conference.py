"""``confnotes conference``: rename a conference, set its timezone (re-label or convert)."""

from __future__ import annotations

import argparse

from confnotes.commands.common import add_action, notebook_to_write, print_edit_report
from confnotes.knowledge import edits

ORDER = 26


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``conference`` subcommand and its actions."""
    p = sub.add_parser(
        "conference",
        parents=[common],
        help="rename a conference or set its timezone",
        description="Correct a conference an importer got wrong. Undo with `confnotes undo`.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    rename = add_action(
        actions,
        "rename",
        common,
        run_rename,
        "rename a conference (the old name stays an alias; links follow)",
    )
    rename.add_argument("conference", metavar="ID", help="conference id")
    rename.add_argument("name", metavar="NEW-NAME")

    tz = add_action(
        actions,
        "timezone",
        common,
        run_timezone,
        "set a conference's timezone: --relabel or --convert",
        description="--relabel: the times as written were local times of ZONE (the importer "
        "guessed the zone wrong); they stay as they are. --convert: the times were right in "
        "the old zone; each is shifted to show the same instant in ZONE (with the offset of "
        "its own date, so a daylight-saving change is honoured).",
    )
    tz.add_argument("conference", metavar="ID", help="conference id")
    tz.add_argument("zone", metavar="ZONE", help="IANA timezone, e.g. America/Chicago")
    how = tz.add_mutually_exclusive_group(required=True)
    how.add_argument("--relabel", dest="mode", action="store_const", const="relabel")
    how.add_argument("--convert", dest="mode", action="store_const", const="convert")


def run_rename(args: argparse.Namespace) -> int:
    """Rename a conference."""
    with notebook_to_write(args) as nb:
        report = edits.rename(nb, "conference", args.conference, args.name)
    print_edit_report(report)
    return 0


def run_timezone(args: argparse.Namespace) -> int:
    """Set a conference's timezone."""
    with notebook_to_write(args) as nb:
        report = edits.set_timezone(nb, args.conference, args.zone, args.mode)
    print_edit_report(report)
    return 0
