"""``confnotes check``: validate every file and report each problem with file and line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confnotes.commands.common import open_notebook, plural
from confnotes.knowledge.attachments import attachment_problems
from confnotes.knowledge.pdf_text import pdf_problems
from confnotes.knowledge.people import uncertain_problems
from confnotes.knowledge.wikilinks import link_problems
from confnotes.notebook.layout import DERIVED_DIR, INDEX_DIR
from confnotes.notebook.records import Problem

ORDER = 80


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``check`` subcommand."""
    p = sub.add_parser(
        "check",
        parents=[common],
        help="validate every file of the notebook",
        description="Validate every file; report each problem with file and line. "
        "Exit status 2 when any error is found. Nothing is rewritten.",
    )
    p.add_argument("--strict", action="store_true", help="count warnings as errors too")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print problems to stderr; 0 when the notebook is clean."""
    nb = open_notebook(args)
    problems = nb.check() + uncertain_problems(nb)  # people who may be one person
    problems += link_problems(nb)  # [[links]] that name nothing or several things
    problems += pdf_problems(nb)  # attached PDFs whose text cannot be searched
    problems += attachment_problems(nb.root)  # symlinks an export would not embed
    problems += _index_problems(nb.root)
    for problem in problems:
        print(f"confnotes: {problem}", file=sys.stderr)
    errors = [p for p in problems if p.level == "error" or args.strict]
    files = len(nb.talks) + len(nb.people) + len(nb.conferences)
    warnings = len(problems) - len(errors)
    summary = (
        f"checked {plural(files, 'file')}: {plural(len(errors), 'error')}, "
        f"{plural(warnings, 'warning')}"
    )
    print(summary, file=sys.stderr if errors else sys.stdout)
    return 2 if errors else 0


def _index_problems(root: Path) -> list[Problem]:
    """The search index's files that are not the bytes it wrote (a flipped bit): named,
    not rewritten here (the next search rebuilds the index, as ``reindex`` does)."""
    from confnotes.index import integrity

    folder = root / DERIVED_DIR / INDEX_DIR
    return [
        Problem(
            folder / name,
            None,
            "the search index's file is damaged (not the bytes it wrote); "
            "the next search or `confnotes reindex` rebuilds the index",
            "warning",
        )
        for name in integrity.verify(folder)
    ]
