"""Opening the terminal UI (Textual is imported only here, and only when needed).

The UI needs a terminal. When confnotes runs in a pipe, a script or a cron
job (stdin or stdout not a terminal), the commands that would open it print
what they would have shown instead, so they never hang waiting for keys.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from confnotes.commands.common import open_notebook
from confnotes.errors import UsageError
from confnotes.notebook.notebook import Notebook


def interactive() -> bool:
    """True when both stdin and stdout are terminals, so a full-screen UI can run."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def launch(
    nb: Notebook,
    *,
    start_talk: str | None = None,
    now: datetime | None = None,
    show_now: bool = False,
    loaded: bool = True,
) -> int:
    """Run the app on a notebook until the user quits.

    ``loaded=False`` (``nb`` opened with ``load=False``): the app shows its first screen
    at once and reads the notes in the background (the schedule fills in when ready).

    Raises:
        UsageError: stdin or stdout is not a terminal (a pipe, a CI job), where a
            full-screen app could only hang or garble the output.
    """
    if not interactive():
        raise UsageError(
            "the terminal UI needs a terminal; in scripts use a command such as "
            "'confnotes now --print', 'confnotes search' or 'confnotes export'"
        )
    from confnotes.settings import load_settings

    settings = load_settings()  # a bad config file is reported before the screen switches
    from confnotes.tui.app import make_app

    if not loaded:
        nb.use_summary = True  # the schedule from the summary; bodies read when opened
    app = make_app(
        nb,
        start_talk=start_talk,
        now=now,
        settings=settings,
        show_now=show_now,
        load_in_background=not loaded,
    )
    app.run()
    return int(app.return_code or 0)


def print_summary(nb: Notebook) -> None:
    """The notebook at a glance (what ``confnotes`` prints when there is no terminal)."""
    print(f"notebook: {nb.root}")
    for conf in nb.sorted_conferences():
        talks = nb.talks_of(conf.id)
        noted = sum(1 for t in talks if t.has_notes)
        print(f"  {conf.id}: {conf.name} — {len(talks)} talks, {noted} with notes")


def run_default(args: argparse.Namespace) -> int:
    """``confnotes`` with no command: open the UI on the notebook (created if missing)."""
    if not interactive():
        print_summary(open_notebook(args, create=True))
        return 0
    return launch(open_notebook(args, create=True, load=False), loaded=False)
