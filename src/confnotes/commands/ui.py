"""Opening the terminal UI (Textual is imported only here, and only when needed)."""

from __future__ import annotations

import argparse

from confnotes.commands.common import open_notebook


def run_default(args: argparse.Namespace) -> int:
    """``confnotes`` with no command: show the notebook (the UI takes over this entry)."""
    nb = open_notebook(args, create=True)
    print(f"notebook: {nb.root}")
    for conf in nb.sorted_conferences():
        talks = nb.talks_of(conf.id)
        noted = sum(1 for t in talks if t.has_notes)
        print(f"  {conf.id}: {conf.name} — {len(talks)} talks, {noted} with notes")
    return 0
