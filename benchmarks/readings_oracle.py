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

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import import_quality

from confnotes.importers import registry


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
        path = docs[0]
        expected = yaml.safe_load(exp_path.read_text(encoding="utf-8")) or {}
        chosen = import_quality.score(path, expected)
        best = chosen.found
        offered: list[str] = []
        try:
            readings = registry.text_readings(path.read_bytes(), str(path))
        except Exception as exc:  # a reader that raises offers nothing
            readings = []
            offered.append(f"error: {exc}")
        for reading in readings:
            found = import_quality.score_programme(path, expected, reading.programme).found
            offered.append(f"{reading.shape} {found}/{chosen.facts} ({reading.score:.2f})")
            best = max(best, found)
        facts += chosen.facts
        chosen_found += chosen.found
        best_found += best
        if args.verbose:
            print(f"{stem[:40]:40} taken {chosen.found:3}/{chosen.facts:3}  best {best:3}  "
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
