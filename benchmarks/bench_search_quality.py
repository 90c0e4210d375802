"""Search quality: confnotes, ``grep -rliF`` and SQLite FTS5 on the same labelled set.

The set is ``tests/quality``: realistic talk notes of four conferences (in nine
languages) and 300+ labelled queries as people type and paste them, each with the
talks it must find, those it must not, and where it matters their order, grouped by
pattern (``tests/quality/queries.py``: typos, spelling variants, compounds, rare real
words, stems, irregular plurals, folds, the app's as-you-type prefixes, fewer-words
fallback, DOIs and arXiv ids, proximity, tags, code identifiers, query syntax). Each
tool gets the query exactly as typed:

- confnotes: ``SearchIndex.search`` as ``confnotes search --json`` asks it (talks only),
  and for the as-you-type cases as the app's search screen asks it;
- grep: ``grep -rliF QUERY`` over the notebook (what people fall back on; its order is
  the file system's);
- FTS5: one row per note file, ``porter unicode61 remove_diacritics 2``, the query
  given to ``MATCH`` (best first by ``rank``); when FTS5 rejects its syntax, every word
  quoted instead. For the as-you-type cases the last word gets FTS5's ``*`` (as an app
  built on FTS5 would search while typing).

A case holds when every talk it must find is there, none it must not, and the order
is right; recall is over the talks to find, precision over the talks returned that the
labels judge. Prints Markdown tables (``benchmarks/README.md`` quotes them): every tool
overall, every tool per pattern, and the ids of the cases confnotes fails, by pattern.
``--misses`` lists each tool's wrong answers; ``--cli`` also runs each whole-word case
through the ``confnotes search --json`` command (in this process) and lists where it
differs from the index.

Usage: python benchmarks/bench_search_quality.py [--misses] [--cli]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.quality.corpus import write_notebook
from tests.quality.evaluate import Score, Search, by_pattern, confnotes_search, evaluate
from tests.quality.queries import APP, CASES, CLI, FAILS_TODAY, PATTERNS

from confnotes.index import open_index
from confnotes.notebook.notebook import Notebook


def talk_id(root: Path, path: Path) -> str | None:
    """The talk id of a note file (None for person pages and conference files)."""
    rel = path.relative_to(root).as_posix()
    if not rel.endswith(".md") or rel.startswith("people/"):
        return None
    return rel[: -len(".md")]


def grep_search(root: Path) -> Search:
    def search(query: str, _surface: str) -> list[str]:
        if not query:
            return []
        out = subprocess.run(
            ["grep", "-rliF", "--", query, str(root)], capture_output=True, text=True, check=False
        ).stdout
        ids = (talk_id(root, Path(line)) for line in out.splitlines() if line)
        return [i for i in ids if i]

    return search


def fts5_search(root: Path, folder: Path) -> Search:
    db = sqlite3.connect(folder / "fts5.db")
    db.execute(
        "CREATE VIRTUAL TABLE notes USING fts5(id, body, "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    for path in sorted(root.rglob("*.md")):
        tid = talk_id(root, path)
        if tid:
            db.execute("INSERT INTO notes VALUES (?, ?)", (tid, path.read_text("utf-8")))
    db.commit()

    def run(match: str) -> list[str]:
        rows = db.execute(
            "SELECT id FROM notes WHERE notes MATCH ? ORDER BY rank", (match,)
        ).fetchall()
        return [r[0] for r in rows]

    def quoted(words: list[str]) -> str:
        return " ".join('"' + w.replace('"', '""') + '"' for w in words)

    def search(query: str, surface: str) -> list[str]:
        words = query.split()
        if not words:
            return []
        attempts = [query, quoted(words)]
        if surface == APP:  # the last word half-typed: FTS5's prefix query
            attempts = [quoted(words) + "*"]
        for match in attempts:
            try:
                return run(match)
            except sqlite3.OperationalError:
                continue
        return []

    return search


def cli_differences(root: Path, search: Search) -> list[str]:
    """Whole-word cases where ``confnotes search --json`` lists other talks than the index."""
    from confnotes.cli import main

    out = []
    for case in CASES:
        if case.surface != CLI:
            continue
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(io.StringIO()):
            main(["--notebook", str(root), "search", "--json", "--limit", "200", "--", case.query])
        listed = [hit["talk"] for hit in json.loads(buffer.getvalue() or "[]")]
        expected = search(case.query, case.surface)
        if listed != expected:
            out.append(f"{case.id} {case.query!r}: CLI {listed}, index {expected}")
    return out


def table(scores: dict[str, Score]) -> list[str]:
    rows = ["| tool | recall | precision | cases that hold |", "| --- | --- | --- | --- |"]
    for name, score in scores.items():
        rows.append(
            f"| {name} | {score.recall:.2f} | {score.precision:.2f} | "
            f"{score.held} / {len(score.outcomes)} |"
        )
    return rows


def pattern_table(scores: dict[str, Score]) -> list[str]:
    names = list(scores)
    per = {name: by_pattern(score) for name, score in scores.items()}
    head = " | ".join(f"{n} holds (R / P)" for n in names)
    rows = [f"| pattern | cases | {head} |", "| --- | --- |" + " --- |" * len(names)]
    for pattern in PATTERNS:
        cells = []
        for name in names:
            s = per[name].get(pattern)
            if s is None:
                cells.append("")
                continue
            cells.append(f"{s.held} ({s.recall:.2f} / {s.precision:.2f})")
        count = len(per[names[0]].get(pattern, Score()).outcomes)
        rows.append(f"| {pattern} | {count} | " + " | ".join(cells) + " |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each tool's wrong answers")
    parser.add_argument("--cli", action="store_true", help="compare the CLI with the index")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="confnotes-quality-"))
    root = write_notebook(folder / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
        ours = confnotes_search(ix)
        scores: dict[str, Score] = {
            "confnotes": evaluate(ours),
            "`grep -rliF`": evaluate(grep_search(root)),
            "SQLite FTS5 (porter, unicode61)": evaluate(fts5_search(root, folder)),
        }
        differences = cli_differences(root, ours) if args.cli else []
    files = len(list(root.rglob("*.md")))
    print(f"{len(CASES)} labelled queries over {files} files\n")
    print("\n".join(table(scores)))
    print()
    print("\n".join(pattern_table(scores)))
    failed: dict[str, list[str]] = {}
    for outcome in scores["confnotes"].failed:
        failed.setdefault(outcome.case.pattern, []).append(outcome.case.id)
    print("\nconfnotes fails:")
    for pattern, ids in failed.items():
        print(f"- {pattern} ({len(ids)}): {', '.join(ids)}")
    now = {o.case.id for o in scores["confnotes"].failed}
    if now != FAILS_TODAY:
        print(f"\nnow holding, listed in FAILS_TODAY: {sorted(FAILS_TODAY - now)}")
        print(f"now failing, not listed in FAILS_TODAY: {sorted(now - FAILS_TODAY)}")
    if args.misses:
        for name, score in scores.items():
            print(f"\n{name}:")
            for outcome in score.failed:
                print(f"  {outcome.explain()}")
    if args.cli:
        print(f"\nCLI vs index: {len(differences)} whole-word cases differ")
        for line in differences:
            print(f"  {line}")


if __name__ == "__main__":
    main()
