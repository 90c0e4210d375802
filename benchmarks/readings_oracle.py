"""How much a perfect choice among the readings would recover, beside the choice made.

For each labelled single-file document of a corpus (``X.ext`` beside
``X.expected.yaml``, as :mod:`import_quality` reads them), the facts recovered by the
reading the import takes, and by each reading ``import --dry-run`` offers for it. The
best offered reading per document is the *oracle*: when it is far above the reading
taken, the ranking is what loses facts; when the two are close, the readers themselves
miss what the document says, and no ranking can find it.

    .venv/bin/python benchmarks/readings_oracle.py [--corpus DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import import_quality

from confnotes.importers import registry


def oracle(path: Path, expected: dict[str, Any]) -> tuple[int, int, int, list[str]]:
    """(the facts the label holds, those the reading taken recovers, those the best
    offered reading recovers, each offered reading's line). Every reading is counted on
    the label's own facts (:func:`import_quality.labelled_facts`) and credited only with
    facts the label holds, so the best is never above the label and the gap between the
    reading taken and the best is a true upper bound of what a ranking could gain."""
    facts = import_quality.labelled_facts(expected)
    taken = import_quality.score(path, expected, strict=True).found
    best = taken
    offered: list[str] = []
    try:
        readings = registry.text_readings(path.read_bytes(), str(path))
    except Exception as exc:  # a reader that raises offers nothing
        readings = []
        offered.append(f"error: {exc}")
    for reading in readings:
        found = import_quality.score_programme(path, expected, reading.programme, True).found
        offered.append(f"{reading.shape} {found}/{facts} ({reading.score:.2f})")
        best = max(best, found)
    return facts, taken, best, offered


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=import_quality.CORPUS)
    parser.add_argument("--verbose", action="store_true", help="one line per document")
    args = parser.parse_args(argv)
    facts = chosen_found = best_found = 0
    for exp_path in sorted(args.corpus.glob("*.expected.yaml")):
        stem = exp_path.name.removesuffix(".expected.yaml")
        docs = [p for p in args.corpus.glob(f"{stem}.*") if not p.name.endswith(".yaml")]
        if len(docs) != 1 or docs[0].is_dir():
            continue  # folders are read as folders: no readings to weigh
        expected = yaml.safe_load(exp_path.read_text(encoding="utf-8")) or {}
        doc_facts, taken, best, offered = oracle(docs[0], expected)
        facts += doc_facts
        chosen_found += taken
        best_found += best
        if args.verbose:
            print(f"{stem[:40]:40} taken {taken:3}/{doc_facts:3}  best {best:3}  "
                  + "; ".join(offered))  # fmt: skip
    if not facts:
        print("no labelled single-file documents")
        return 1
    print(
        f"facts {facts}: the reading taken recovers {chosen_found} ({chosen_found / facts:.1%}),"
        f" the best offered reading {best_found} ({best_found / facts:.1%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
