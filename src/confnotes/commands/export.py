"""``confnotes export``: a conference summary as Markdown, HTML, JSON or BibTeX.

Thin on purpose: the exporters (:mod:`confnotes.exporters`) do the work and
the app's export dialog calls the same :func:`~confnotes.exporters.export`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from confnotes.commands.common import open_notebook, write_output
from confnotes.errors import UsageError
from confnotes.exporters import EXPORT_FORMATS, export
from confnotes.exporters.selection import ONLY_CHOICES, Selection
from confnotes.notebook.notebook import Notebook

ORDER = 70

FORMAT_HELP = (
    "md: Markdown summary (talks by day and session with your notes, people, reading list, "
    "action items); html: the same as one standalone page; json: all data in the stable "
    "schema; bibtex: talks and reading list for citing; ics: your schedule (starred or "
    "attended talks) for a calendar app (default: json)"
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``export`` subcommand."""
    p = sub.add_parser(
        "export",
        parents=[common],
        help="export a conference summary",
        description="Export a conference summary to stdout, or to a file with -o.",
    )
    p.add_argument("--format", default="json", choices=list(EXPORT_FORMATS), help=FORMAT_HELP)
    p.add_argument("--conference", metavar="ID", help="only this conference")
    p.add_argument("--only", choices=ONLY_CHOICES, help="only talks you noted, starred or attended")
    p.add_argument("--from", dest="start", metavar="DATE", help="only talks on or after DATE")
    p.add_argument("--to", dest="end", metavar="DATE", help="only talks on or before DATE")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(func=run)


def _date(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} takes a date like 2023-12-16, not {value!r}") from None


def run(args: argparse.Namespace) -> int:
    """Render the export and write it."""
    nb = open_notebook(args)
    sel = Selection(
        args.conference, args.only, _date(args.start, "--from"), _date(args.end, "--to")
    )
    start, end = sel.start, sel.end
    if start and end and start > end:
        raise UsageError(f"--from {start} is after --to {end}")
    write_output(export(nb, args.format, sel), args.output)
    _warn_unreadable(nb)
    return 0


def _warn_unreadable(nb: Notebook) -> None:
    """Notes whose front matter cannot be read are exported as their text, without their
    metadata: say which, with the file and line to fix (nothing silently wrong)."""
    unreadable = {t.path for t in nb.talks.values() if t.extra.get("_unreadable")}
    for problem in nb.problems:
        if problem.path in unreadable and problem.level == "error":
            print(f"confnotes: warning: {problem}; exported as text", file=sys.stderr)
