"""``confnotes search QUERY``: full-text search, best first, with highlighted snippets.

Starts fast: it imports neither the UI nor the importers, and it does not load
the whole notebook; the index reads only the files that changed since the last
search (see :mod:`confnotes.index`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from confnotes.config import resolve_notebook
from confnotes.errors import BadInputError, NotFoundError, UsageError
from confnotes.index.scan_ahead import ScanAhead
from confnotes.notebook.collector import collector_paused

if TYPE_CHECKING:
    from confnotes.index.base import SearchResults

ORDER = 40
QUICK_EXIT = True
"""It only reads and prints: it may leave without the interpreter's teardown (see
:func:`confnotes.cli.run`)."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``search`` subcommand."""
    p = sub.add_parser(
        "search",
        parents=[common],
        help="full-text search, best first, with highlighted snippets",
        description="Search every talk note, person page and conference. Words are "
        'AND-ed; also OR, NOT or -word, "phrases", prefix*, (groups) and fields such as '
        "speaker:, title:, tag:, room:, kind:, link:, url:, conf:, session:, affiliation:, "
        "body:, date:2019-12-10 or date:2019-12-10..2019-12-12. A word may start with "
        "'-' (confnotes search -equilibrium networks). See the README's Searching section.",
    )
    p.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    p.add_argument(
        "--json", action="store_true", help="print talk hits as a JSON list (DESIGN.md §2)"
    )
    p.add_argument(
        "--limit", type=int, default=20, metavar="N", help="show at most N hits (default 20)"
    )
    p.set_defaults(func=run)


OPTIONS_WITH_VALUE = ("--limit", "--notebook")
OPTIONS = ("--json", "-h", "--help", "--", *OPTIONS_WITH_VALUE)


def prepare_argv(argv: list[str]) -> list[str]:
    """``argv`` with query words that start with '-' (``-equilibrium``) kept as words.

    argparse reads any ``-word`` as an unknown option and stops; a search for
    notes without a word is what the user meant. Such words get a leading space
    (argparse takes those as values; the query parser ignores it).
    """
    out: list[str] = []
    expect_value = False
    seen_command = False
    for i, arg in enumerate(argv):
        if expect_value:
            expect_value = False
        elif arg == "--":
            out.extend(argv[i:])
            return out
        elif not seen_command and arg == "search":
            seen_command = True
        elif arg in OPTIONS_WITH_VALUE:
            expect_value = True
        elif seen_command and arg.startswith("-") and len(arg) > 1 and not _is_option(arg):
            arg = " " + arg
        out.append(arg)
    return out


def _is_option(arg: str) -> bool:
    """True for this command's own options, also as ``--limit=5`` or an abbreviation."""
    name = arg.split("=", 1)[0]
    if name in OPTIONS:
        return True
    return name.startswith("--") and len(name) > 3 and any(o.startswith(name) for o in OPTIONS)


def run(args: argparse.Namespace) -> int:
    """Sync the index with the files, search, print; 0 even when nothing is found."""
    if args.limit < 1:
        raise UsageError(f"--limit must be at least 1, not {args.limit}")
    query = " ".join(args.query)
    root = resolve_notebook(args.notebook)
    if not root.is_dir():
        if not root.exists():
            raise NotFoundError("notebook folder does not exist", root)
        raise BadInputError("notebook is not a folder", root)
    # The files are stamped in a child while this process imports (scan_ahead.py).
    ahead = ScanAhead.start(root)
    try:
        # A short run that keeps what it makes (modules, the scan, the manifest): the
        # cycle collector would only walk it again and again (~20 ms at 50,000 notes).
        with collector_paused():
            return _search(args, root, query, ahead)
    finally:
        if ahead is not None:
            ahead.close()


def _search(args: argparse.Namespace, root: Path, query: str, ahead: ScanAhead | None) -> int:
    kinds = ("talk",) if args.json else ()
    results = _search_index(root, query, args.limit, kinds, ahead)
    if results.notice:
        print(f"confnotes: {results.notice}", file=sys.stderr)
    for line in _skipped(root, ahead):
        print(f"confnotes: {line}", file=sys.stderr)
    if results.corrected:
        also = "also " if results.exact else ""
        print(f"confnotes: {also}showing results for {results.corrected!r}", file=sys.stderr)
    if results.fewer:
        print(f"confnotes: {results.fewer}", file=sys.stderr)
    more = ""
    if results.total > len(results.hits):
        more = f"showing {len(results.hits)} of {results.total} matches (--limit N for more)"
    if args.json:
        payload = [
            {
                "talk": hit.id,
                "title": hit.title,
                "conference": hit.conference,
                "speakers": hit.speakers,
                "score": round(hit.score, 4),
                "snippet": hit.marked_snippet(),
            }
            for hit in results.hits
        ]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render(results.hits))
        if more:
            sys.stdout.write(f"\n{more}\n")
    if not results.hits and query.strip():  # an empty query was told so just above
        print(f"confnotes: no results for {query.strip()!r}", file=sys.stderr)
    elif more:
        print(f"confnotes: {more}", file=sys.stderr)
    return 0


def _skipped(root: Path, ahead: ScanAhead | None) -> list[str]:
    """Warnings for the files no search reads (a symlink, a name that is not UTF-8...) and
    the notes it reads in part: from the scan the children made, else from a scan here."""
    from confnotes.notebook import layout
    from confnotes.notebook.indexed_part import PARTLY_INDEXED, partly_indexed

    answer = ahead.result() if ahead is not None else None
    if answer is not None:
        skipped, large = answer.skipped, answer.large
    else:
        found = layout.scan(root)
        skipped, large = tuple(found.skipped.items()), tuple(found.files().items())
    partly = [(rel, PARTLY_INDEXED) for rel in partly_indexed(root, large)]
    return layout.skipped_warnings(root, [*skipped, *partly])


def _search_index(
    root: Path, query: str, limit: int, kinds: tuple[str, ...], ahead: ScanAhead | None
) -> SearchResults:
    """Bring the index in step with the files (telling what it had to say), then search.

    When the notebook's derived folder is there, the index is opened without opening the
    notebook (its model, front matter and records are imported only to read changed notes).
    """
    from confnotes.commands.progress import ProgressBar
    from confnotes.index import SearchIndex, index_of, open_index_at
    from confnotes.notebook.layout import DERIVED_DIR

    derived = root / DERIVED_DIR
    index: SearchIndex
    if derived.is_dir() and not derived.is_symlink():
        index = open_index_at(root, derived)
    else:  # the notebook makes the folder (and moves a symlink in its place aside)
        from confnotes.notebook.notebook import Notebook

        index = index_of(Notebook(root))
    with index:
        bar = ProgressBar("indexing notes", minimum=200)
        report = index.sync(progress=bar, ahead=ahead)
        bar.finish()
        for message in report.messages:
            print(f"confnotes: {message}", file=sys.stderr)
        return index.search(query, limit=limit, kinds=kinds)


def render(hits: list) -> str:
    """Hits as text: id and title, then who/where/when, then the snippet (matches in **...**)."""
    blocks = []
    for hit in hits:
        if hit.kind == "talk":
            head = f"{hit.id}  {hit.title}"
            meta = [", ".join(hit.speakers), hit.conference or "", hit.date or ""]
            if hit.line:
                meta.append(f"line {hit.line}")
        else:
            head = f"{hit.kind}: {hit.id}  {hit.title}"
            meta = [hit.date or ""] if hit.kind == "conference" else []
        lines = [head]
        detail = " · ".join(m for m in meta if m)
        if detail:
            lines.append(f"    {detail}")
        if hit.snippet:
            lines.append(f"    {hit.marked_snippet()}")
        blocks.append("\n".join(lines))
    return "".join(f"{b}\n\n" for b in blocks[:-1]) + (f"{blocks[-1]}\n" if blocks else "")
