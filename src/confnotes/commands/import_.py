"""``confnotes import``: read programmes (files or URLs) into the notebook."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from confnotes.commands.common import open_notebook
from confnotes.errors import ConfnotesError, UsageError
from confnotes.importers.formats import format_names

if TYPE_CHECKING:
    from confnotes.importers.merge import ImportReport
    from confnotes.notebook import Notebook

ORDER = 20


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``import`` subcommand."""
    p = sub.add_parser(
        "import",
        parents=[common],
        help="import conference programmes (files or URLs)",
        description="Import programmes into the notebook: sessions, talks, speakers, "
        "organisers, dates and links. The format is detected from the content. "
        "Re-importing changes nothing; your notes are never rewritten.",
    )
    p.add_argument(
        "sources",
        nargs="*",
        metavar="PATH|URL",
        help="programme file or http(s) URL (with --update: the conference to update, or none)",
    )
    p.add_argument(
        "--update",
        action="store_true",
        help="fetch each conference's programme again from where it came from and list what "
        "moved, was cancelled, was added or changed (one CONFERENCE id, or every conference)",
    )
    p.add_argument(
        "--format",
        default="auto",
        choices=["auto", *format_names()],
        help="programme format (default: detect from the content)",
    )
    p.add_argument("--conference", metavar="ID", help="import into this conference id")
    p.add_argument(
        "--dry-run", action="store_true", help="show what would change without writing anything"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="also list what is unchanged")
    p.set_defaults(func=run)


def print_report(report: ImportReport, verbose: bool = False) -> None:
    """The per-file summary: a headline, then one line per change."""
    would = "would be " if report.dry_run else ""
    print(f"{report.source}: {report.format} → {report.conference_id}: {report.summary()}")
    sections = [("added", report.added), ("updated", report.updated), ("merged", report.merged)]
    if verbose:
        sections.append(("unchanged", report.unchanged))
    for word, lines in sections:
        for line in lines:
            print(f"  {would}{word}: {line}")
    for line in report.skipped:
        print(f"  skipped: {line}")
    for line in report.notes:
        print(f"  note: {line}")


def run_update(args: argparse.Namespace) -> int:
    """``import --update [CONFERENCE]``: fetch programmes again, print what changed."""
    from confnotes.programme_update import update_all

    if len(args.sources) > 1:
        raise UsageError("--update takes at most one conference id")
    if args.dry_run or args.format != "auto" or args.conference:
        raise UsageError("--update takes no --dry-run, --format or --conference")
    nb = open_notebook(args)
    for report in update_all(nb, args.sources[0] if args.sources else None):
        print(f"{report.conference}: {report.summary()}")
        for line in report.sources:
            print(f"  from: {line}")
        for _tid, line in report.lines(nb):
            print(f"  {line}")
        for line in report.notes if args.verbose else []:
            print(f"  note: {line}")
    prepare_first_start(nb)
    return 0


def run(args: argparse.Namespace) -> int:
    """Import every source; exit 2 when any of them failed (the others are still imported)."""
    from confnotes.importers.merge import import_sources  # the parsers load only when used

    if args.update:
        return run_update(args)
    if not args.sources:
        raise UsageError("give at least one PATH or URL to import (or --update)")

    nb = open_notebook(args, create=not args.dry_run)
    reports = import_sources(nb, args.sources, args.format, args.conference, args.dry_run)
    failed = 0
    for report in reports:
        if report.error is not None:
            failed += 1
            print(f"confnotes: error: {report.error}", file=sys.stderr)
            continue
        print_report(report, args.verbose)
    if args.dry_run:
        print("dry run: nothing was written")
    elif any(report.error is None for report in reports):
        prepare_first_start(nb)
    return 2 if failed else 0


def prepare_first_start(nb: Notebook) -> None:
    """Leave what the app's next start needs: the schedule summary, the parse cache and
    the search index in step with the notes just written (so the app never builds the
    whole index itself). The index is a cache: a failure is a warning, not an error."""
    from confnotes.commands.progress import ProgressBar
    from confnotes.index import open_index

    nb.save_parse_cache()
    try:
        with open_index(nb) as index:
            bar = ProgressBar("indexing notes", minimum=200)
            report = index.sync(progress=bar)
            bar.finish()
    except ConfnotesError as exc:
        print(f"confnotes: warning: the search index was not updated ({exc})", file=sys.stderr)
        return
    for message in report.messages:
        print(f"confnotes: {message}", file=sys.stderr)
