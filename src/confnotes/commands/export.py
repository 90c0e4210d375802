"""``confnotes export``: a conference summary as JSON (more formats register here)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from confnotes.commands.common import open_notebook, write_output
from confnotes.errors import UsageError
from confnotes.exporters.json_export import export_json
from confnotes.exporters.selection import ONLY_CHOICES, Selection
from confnotes.notebook import Notebook

ORDER = 70

FORMATS: dict[str, Callable[[Notebook, Selection], str]] = {"json": export_json}
"""Export formats by name: each a pure function of the notebook and a selection."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``export`` subcommand."""
    p = sub.add_parser(
        "export",
        parents=[common],
        help="export a conference summary",
        description="Export a conference summary to stdout, or to a file with -o.",
    )
    p.add_argument("--format", default="json", choices=sorted(FORMATS), help="output format")
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
    write_output(FORMATS[args.format](nb, sel), args.output)
    return 0
