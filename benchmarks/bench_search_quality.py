"""Search quality: confnotes, ``grep -rliF`` and SQLite FTS5 on the same labelled set.

The set is ``tests/quality`` (the CI test asserts confnotes' recall and
precision stay at or above 0.95 on it): 30 realistic talk notes in two
conferences, and 100+ queries as people type them (typos in every position,
accents composed and decomposed, names in other scripts, pasted URLs, DOIs and
arXiv ids, C++/C#/.NET, phrases, fields, exclusions), each with every talk it
must find. Each tool gets the query exactly as typed:

- confnotes: ``SearchIndex.search(query)``, talks only;
- grep: ``grep -rliF QUERY`` over the notebook (what people fall back on);
- FTS5: one row per note file, ``porter unicode61 remove_diacritics 2``, the query
  given to ``MATCH``; when FTS5 rejects its syntax, every word quoted instead.

Prints a Markdown table (the README quotes it). Usage:
python benchmarks/bench_search_quality.py [--misses]
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.quality.corpus import QUERIES, write_notebook
from tests.quality.evaluate import Score, evaluate

from confnotes.index import open_index
from confnotes.notebook.notebook import Notebook


def talk_id(root: Path, path: Path) -> str | None:
    """The talk id of a note file (None for person pages and conference files)."""
    rel = path.relative_to(root).as_posix()
    if not rel.endswith(".md") or rel.startswith("people/"):
        return None
    return rel[: -len(".md")]


def grep_search(root: Path) -> Callable[[str], set[str]]:
    def search(query: str) -> set[str]:
        if not query:
            return set()
        out = subprocess.run(
            ["grep", "-rliF", "--", query, str(root)], capture_output=True, text=True, check=False
        ).stdout
        ids = (talk_id(root, Path(line)) for line in out.splitlines() if line)
        return {i for i in ids if i}

    return search


def fts5_search(root: Path, folder: Path) -> Callable[[str], set[str]]:
    db = sqlite3.connect(folder / "fts5.db")
    db.execute(
        "CREATE VIRTUAL TABLE notes USING fts5(id, body, "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    for path in root.rglob("*.md"):
        tid = talk_id(root, path)
        if tid:
            db.execute("INSERT INTO notes VALUES (?, ?)", (tid, path.read_text("utf-8")))
    db.commit()

    def run(match: str) -> set[str]:
        rows = db.execute("SELECT id FROM notes WHERE notes MATCH ?", (match,)).fetchall()
        return {r[0] for r in rows}

    def search(query: str) -> set[str]:
        try:
            return run(query)
        except sqlite3.OperationalError:
            quoted = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
            try:
                return run(quoted) if quoted else set()
            except sqlite3.OperationalError:
                return set()

    return search


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each tool's wrong answers")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="confnotes-quality-"))
    root = write_notebook(folder / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
        scores: dict[str, Score] = {
            "confnotes": evaluate(
                lambda q: {h.id for h in ix.search(q, limit=200, kinds=("talk",)).hits}
            ),
            "`grep -rliF`": evaluate(grep_search(root)),
            "SQLite FTS5 (porter, unicode61)": evaluate(fts5_search(root, folder)),
        }
    print(f"{len(QUERIES)} labelled queries over {len(list(root.rglob('*.md')))} files\n")
    print("| tool | recall | precision | queries answered exactly |")
    print("| --- | --- | --- | --- |")
    for name, score in scores.items():
        exact = len(QUERIES) - len(score.misses)
        print(f"| {name} | {score.recall:.2f} | {score.precision:.2f} | {exact} / {len(QUERIES)} |")
    if args.misses:
        for name, score in scores.items():
            print(f"\n{name}:")
            for query, missing, extra in score.misses:
                print(f"  {query!r}: missing {sorted(missing)}, extra {sorted(extra)}")


if __name__ == "__main__":
    main()
