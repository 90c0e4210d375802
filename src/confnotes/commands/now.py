"""``confnotes now``: the talk in progress, by each conference's own clock."""

from __future__ import annotations

import argparse

from confnotes.commands.common import open_notebook
from confnotes.schedule.now import Clock, describe, parse_at, what_is_on

ORDER = 11


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``now`` subcommand."""
    p = sub.add_parser(
        "now",
        parents=[common],
        help="open the UI on the talk in progress",
        description="Open the UI on the talk in progress by the conference's own timezone "
        "(asking which when several rooms run at once), or on the next talk when none is. "
        "--at pins the clock to a wall-clock time, read in each conference's timezone.",
    )
    p.add_argument(
        "--at", metavar='"YYYY-MM-DD HH:MM"', help="pretend it is this time (review a past day)"
    )
    p.add_argument(
        "--print",
        action="store_true",
        help="print what is on instead of opening (also what happens without a terminal)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or open what is on."""
    at = parse_at(args.at) if args.at else None
    from confnotes.commands.ui import interactive, launch

    if not args.print and interactive():
        # The app reads the notes behind its first screen, then opens what is on.
        return launch(open_notebook(args, load=False), now=at, show_now=True, loaded=False)
    nb = open_notebook(args)
    report = what_is_on(nb, Clock(at, frozen=True))
    if report.in_progress:
        print("On now:")
        for slot in report.in_progress:
            print(f"  {describe(slot, nb)}")
    elif report.upcoming:
        print("Nothing on now. Next:")
        for slot in report.upcoming:
            print(f"  {describe(slot, nb)}")
    else:
        print("Nothing on now, nor later today.")
    return 0
