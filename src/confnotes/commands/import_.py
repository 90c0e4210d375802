"""``confnotes import``: read programmes (files or URLs) into the notebook."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from confnotes.commands.common import flush_stdout, notebook_to_write, open_notebook
from confnotes.errors import ConfnotesError, UsageError
from confnotes.importers.formats import format_names
from confnotes.index import index_of

SHAPE_NAMES = (
    "talk",
    "sections",
    "timetable",
    "speakers",
    "index",
    "records",
    "units",
    "page",
    "post",
    "day-notes",
    "prose",
    "one-note",
)
"""``import --as`` choices (confnotes.importers.readings.SHAPES, without importing it)."""

if TYPE_CHECKING:
    from confnotes.importers.merge import ImportReport
    from confnotes.importers.programme import Programme, ProgrammePerson
    from confnotes.notebook.notebook import Notebook

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
        help="programme file, http(s) URL, or a folder of notes (walked, each file on its own); "
        "with --update: the conference to update, or none",
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
    p.add_argument(
        "--as",
        dest="shape",
        metavar="SHAPE",
        choices=list(SHAPE_NAMES),
        help="read each document as this shape (" + ", ".join(SHAPE_NAMES) + "); the choice "
        "is kept with the conference for --update",
    )
    p.add_argument("--conference", metavar="ID", help="import into this conference id")
    p.add_argument(
        "--dry-run", action="store_true", help="show what would change without writing anything"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="also list what is unchanged")
    p.set_defaults(func=run)


def print_report(report: ImportReport, verbose: bool = False) -> None:
    """The per-file summary: a headline, then one line per change."""
    if report.skipped_file:
        print(f"{report.source}: skipped: {report.skipped_file}")
        return
    would = "would be " if report.dry_run else ""
    print(f"{report.source}: {report.format} → {report.conference_id}: {report.summary()}")
    if report.programme is not None and report.programme.reading_chosen:
        print(f"  read as: {report.programme.reading} (--as)")
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
    if report.dry_run and report.programme is not None:
        if len(report.programme.readings) > 1:
            print("  readings (best first; --as SHAPE chooses):")
            for line in report.programme.readings:
                print(f"    {line}")
        for line in understood_tree(report.programme):
            print(f"  | {line}")


def understood_tree(programme: Programme) -> list[str]:
    """What an import understood, as an indented tree: conference, days, sessions, talks
    (time, room, speakers, where the body came from), people with roles."""
    from confnotes.model import format_datetime

    p = programme
    span = f" ({p.start} to {p.end})" if p.start and p.end and p.start != p.end else ""
    span = span or (f" ({p.start})" if p.start else "")
    lines = [f"conference: {p.name}{span}" + (f" [{p.timezone}]" if p.timezone else "")]
    sessions = {s.key: s for s in p.sessions}
    # Sessions without talks (breaks, poster sessions) are part of what was understood:
    # they go in at their time among the talks, those without a time at the end.
    used = {talk.session for talk in p.talks}
    empty = sorted(
        (s for s in p.sessions if s.key not in used),
        key=lambda s: (s.start is None, s.start.replace(tzinfo=None) if s.start else 0),
    )
    day_seen: object = None
    session_seen: str | None = None

    def clock(moment: datetime | None) -> str:
        return (format_datetime(moment) or "")[11:]

    def show_day(day: object) -> None:
        nonlocal day_seen
        if day != day_seen:
            day_seen = day
            lines.append(f"  day: {day}" if day else "  day: unknown")

    def flush_empty(until: datetime | None) -> None:
        nonlocal session_seen
        while (
            empty
            and empty[0].start
            and (until is None or empty[0].start.replace(tzinfo=None) <= until.replace(tzinfo=None))
        ):
            session = empty.pop(0)
            assert session.start is not None
            show_day(session.start.date())
            span = clock(session.start) + (f"-{clock(session.end)}" if session.end else "")
            facts = [session.kind] + ([f"room {session.room}"] if session.room else [])
            lines.append(f"    session: {span} {session.title} [{', '.join(facts)}], no talks")
            session_seen = None

    for talk in p.talks:
        in_session = sessions.get(talk.session) if talk.session else None
        if talk.start:
            flush_empty(talk.start)
        day = talk.start.date() if talk.start else talk.day
        if day is None and in_session is not None and in_session.start is not None:
            day = in_session.start.date()
        show_day(day)
        if talk.session != session_seen:
            session_seen = talk.session
            if in_session is not None:
                lines.append(f"    session: {in_session.title}")
        when = clock(talk.start) or (talk.clock.strftime("%H:%M") if talk.clock else "--:--")
        if talk.end:
            when += f"-{clock(talk.end)}"
        facts = [talk.kind] if talk.kind != "talk" else []
        if talk.room:
            facts.append(f"room {talk.room}")
        who = ", ".join(with_affiliations(sp) for sp in talk.speakers)
        extra = f" [{', '.join(facts)}]" if facts else ""
        lines.append(f"      {when} {talk.title}{extra}" + (f" — {who}" if who else ""))
        if talk.body.strip():
            words = len(talk.body.split())
            origin = f" from {talk.origin}" if talk.origin else ""
            lines.append(f"        body: {words} words{origin}")
    flush_empty(None)
    for session in empty:
        lines.append(f"    session: {session.title} [{session.kind}], no talks, no time")
    for role in p.roles:
        lines.append(f"  {role.role}: {with_affiliations(role.person)}")
    return lines


def run_update(args: argparse.Namespace) -> int:
    """``import --update [CONFERENCE]``: fetch programmes again, print what changed."""
    from confnotes.importers.update import update_all

    if len(args.sources) > 1:
        raise UsageError("--update takes at most one conference id")
    if args.dry_run or args.format != "auto" or args.conference or args.shape:
        raise UsageError("--update takes no --dry-run, --format, --as or --conference")
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
    from confnotes.importers.sources import import_sources  # the parsers load only when used

    if args.update:
        return run_update(args)
    if not args.sources:
        raise UsageError("give at least one PATH or URL to import (or --update)")

    if args.dry_run:
        # A dry run writes nothing: it never waits for, nor holds up, a writer. A notebook
        # folder not made yet previews as an empty notebook (the real import creates it).
        from confnotes.config import resolve_notebook
        from confnotes.notebook.notebook import Notebook

        root = resolve_notebook(args.notebook)
        nb = open_notebook(args) if root.exists() else Notebook(root)
        reports = import_sources(
            nb, args.sources, args.format, args.conference, True, shape=args.shape
        )
    else:
        with notebook_to_write(args, create=True) as nb:
            reports = import_sources(
                nb, args.sources, args.format, args.conference, False, shape=args.shape
            )
    codes = []
    for report in reports:
        if report.error is not None:
            codes.append(report.error.exit_code)
            print(f"confnotes: error: {report.error}", file=sys.stderr)
            continue
        print_report(report, args.verbose)
    if args.dry_run:
        print("dry run: nothing was written")
    elif any(report.error is None for report in reports):
        prepare_first_start(nb)
    flush_stdout()
    # 2 when a source was bad input; 1 when something else failed (a write, the network).
    return 0 if not codes else 1 if 1 in codes else 2


def prepare_first_start(nb: Notebook) -> None:
    """Leave what the app's next start needs: the schedule summary, the parse cache and
    the search index in step with the notes just written (so the app never builds the
    whole index itself). The index is a cache: a failure is a warning, not an error."""
    from confnotes.commands.progress import ProgressBar

    nb.save_parse_cache()
    try:
        with index_of(nb) as index:
            bar = ProgressBar("indexing notes", minimum=200)
            report = index.sync(progress=bar)
            bar.finish()
    except ConfnotesError as exc:
        print(f"confnotes: warning: the search index was not updated ({exc})", file=sys.stderr)
        return
    for message in report.messages:
        print(f"confnotes: {message}", file=sys.stderr)


def with_affiliations(person: ProgrammePerson) -> str:
    """``Amara Okafor (Lagos Institute)``: a name as the dry-run tree shows it."""
    return person.name + (f" ({'; '.join(person.affiliations)})" if person.affiliations else "")
