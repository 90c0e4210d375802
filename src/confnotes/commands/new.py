"""``confnotes new TITLE``: a note for something not on the programme."""

from __future__ import annotations

import argparse

from confnotes.commands.common import notebook_to_write
from confnotes.schedule.now import Clock, parse_at
from confnotes.schedule.quicknote import NOTE_KINDS, NewNote, create_note

ORDER = 12


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``new`` subcommand."""
    p = sub.add_parser(
        "new",
        parents=[common],
        help="a note for something not on the programme (a chat, a BoF, a late talk)",
        description="Make a note in the conference running now by its own clock (or "
        "--conference), at the current time (or --at); when no conference is on, in a "
        "'Notes YYYY-MM-DD' conference for the day. Prints the new talk's id.",
    )
    p.add_argument("title", metavar="TITLE", help="what it is (a talk title, 'chat with Ana')")
    p.add_argument("--conference", metavar="ID", help="put it in this conference")
    p.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"', help="when it happened (default: now)")
    p.add_argument(
        "--kind",
        default="talk",
        choices=list(NOTE_KINDS),
        help="what it was (default: talk); bof and hallway are also kept as tags",
    )
    p.add_argument(
        "--with",
        dest="people",
        action="append",
        default=[],
        metavar="NAME",
        help="a person involved (an existing name or id, else a new person); repeatable",
    )
    p.add_argument("--open", action="store_true", help="open the new note in the app")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Create the note, print its id, and open it when asked."""
    at = parse_at(args.at) if args.at else None
    request = NewNote(args.title, args.kind, args.people, conference=args.conference, at=at)
    with notebook_to_write(args, create=True) as nb:  # one writer: never the same name twice
        talk = create_note(nb, request, Clock(at, frozen=True))
    print(talk.id)
    if args.open:
        from confnotes.commands.ui import interactive, launch

        if interactive():
            return launch(nb, start_talk=talk.id)
    return 0
