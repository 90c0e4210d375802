"""Opening the terminal UI (Textual is imported only here, and only when needed)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from confnotes.commands.common import open_notebook
from confnotes.errors import UsageError
from confnotes.notebook import Notebook


def launch(
    nb: Notebook,
    *,
    start_talk: str | None = None,
    now: datetime | None = None,
    show_now: bool = False,
) -> int:
    """Run the app on a notebook until the user quits.

    Raises:
        UsageError: stdin or stdout is not a terminal (a pipe, a CI job), where a
            full-screen app could only hang or garble the output.
    """
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(
            "the terminal UI needs a terminal; in scripts use a command such as "
            "'confnotes now --print', 'confnotes search' or 'confnotes export'"
        )
    from confnotes.settings import load_settings

    settings = load_settings()  # a bad config file is reported before the screen switches
    from confnotes.tui.app import make_app

    app = make_app(nb, start_talk=start_talk, now=now, settings=settings, show_now=show_now)
    app.run()
    return int(app.return_code or 0)


def run_default(args: argparse.Namespace) -> int:
    """``confnotes`` with no command: open the UI on the notebook (created if missing)."""
    return launch(open_notebook(args, create=True))
