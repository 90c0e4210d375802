"""``confnotes demo``: a copy of the demo notebook, opened on a talk in progress."""

from __future__ import annotations

import argparse
from pathlib import Path

from confnotes.commands.demo_copy import DEMO_DAY, ensure_demo_copy
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Clock, describe, parse_at, what_is_on

ORDER = 5


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``demo`` subcommand."""
    p = sub.add_parser(
        "demo",
        parents=[common],
        help="try the app on a copy of the demo notebook",
        description="Copy the demo notebook to DIR (default: the user data folder, "
        "~/.local/share/confnotes/demo on Linux; an existing copy is reused with your notes) "
        "and open the app on the talk in progress at --at. The repository's files are "
        "never changed.",
    )
    p.add_argument("dir", nargs="?", metavar="DIR", help="where the copy goes")
    p.add_argument(
        "--at",
        metavar='"YYYY-MM-DD HH:MM"',
        default=DEMO_DAY,
        help=f"the demo's clock (default {DEMO_DAY!r}, during the keynote)",
    )
    p.add_argument(
        "--print", action="store_true", help="make the copy and print where it is; do not open"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Copy (or reuse) the demo, then open it or print it."""
    at = parse_at(args.at)
    where = args.dir or args.notebook
    folder, fresh = ensure_demo_copy(Path(where) if where else None)
    from confnotes.commands.ui import interactive, launch

    if not args.print and interactive():
        return launch(Notebook.open(folder, load=False), now=at, show_now=True, loaded=False)
    print(f"{'copied the demo to' if fresh else 'the demo copy is'} {folder}")
    nb = Notebook.open(folder)
    report = what_is_on(nb, Clock(at, frozen=True))
    for slot in report.in_progress or report.upcoming:
        print(f"  {describe(slot, nb)}")
    print(f"try: confnotes --notebook {folder} search calibration")
    return 0
