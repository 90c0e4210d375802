"""``confnotes open TALK``: start the UI with the editor on one talk's note."""

from __future__ import annotations

import argparse
from pathlib import Path

from confnotes.commands.common import open_notebook
from confnotes.knowledge.lookup import find_talk
from confnotes.notebook.notebook import NOTE_SUFFIX, PEOPLE_DIR

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
    from confnotes.commands.ui import interactive, launch

    if not args.print and interactive():
        nb = open_notebook(args, load=False)
        talk_id = talk_id_from_path(nb.root, args.talk)
        if talk_id is not None:
            # A full id names one file: no need to read every note before the first screen.
            return launch(nb, start_talk=talk_id, loaded=False)
        nb.load()
        return launch(nb, start_talk=find_talk(nb, args.talk).id)
    nb = open_notebook(args)
    talk = find_talk(nb, args.talk)
    print(f"{talk.id}\t{talk.path}")
    return 0


def talk_id_from_path(root: Path, text: str) -> str | None:
    """The talk id ``text`` names when it is a full id (``conference/file``) of a note
    the notebook would load, else None (then TALK is resolved after reading the notes)."""
    key = text.strip().removesuffix(NOTE_SUFFIX)
    parts = key.split("/")
    if len(parts) < 2 or parts[0] == PEOPLE_DIR:
        return None
    if any(not part or part.startswith((".", "_")) for part in parts):
        return None  # also rules out "..", absolute paths and what the loader skips
    path = root.joinpath(*parts[:-1], parts[-1] + NOTE_SUFFIX)
    try:
        folders_real = all(not root.joinpath(*parts[:i]).is_symlink() for i in range(1, len(parts)))
        return key if folders_real and path.is_file() else None
    except OSError:
        return None
