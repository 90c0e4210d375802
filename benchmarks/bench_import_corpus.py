"""Time reading every document of the labelled corpus (every set that
``import_quality.py`` scores), this checkout against another one, in the same run.

Each document is read as ``confnotes import`` reads it (detection, every reading,
the best taken; a folder's files together), with the caches that last one document
(its tree, its outline, dateparser's and the speaker strings' answers) emptied before
each, so that no document is helped by the one before. Every round runs this
checkout's ``src`` and the reference's ``src`` turn about, each in a fresh process
that reads the corpus once to warm up (imports, dateparser's locales) and then times
a full pass; the machine is shared, so the figure is the median of the rounds'
ratios.

    .venv/bin/python benchmarks/bench_import_corpus.py --against /path/to/other/src [--rounds 5]

``--child`` is the timing process itself (prints the seconds of the best pass).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


DATA = HERE.parent / "tests" / "data" / "importers"


def documents() -> list[Path]:
    """Every labelled document of every set (``corpus*/``, each document beside its
    ``.expected.yaml``): a file, or a folder of one event's files."""
    out = []
    for corpus in sorted(p for p in DATA.glob("corpus*") if p.is_dir()):
        for expected in sorted(corpus.glob("*.expected.yaml")):
            stem = expected.name.removesuffix(".expected.yaml")
            found = [p for p in corpus.glob(f"{stem}.*") if not p.name.endswith(".expected.yaml")]
            if (corpus / stem).is_dir():
                found.append(corpus / stem)
            out.extend(found[:1])
    return out


def forget() -> None:
    """Empty the caches that hold what one document was read to (none across documents)."""
    import importlib

    for name in ("doctree", "structure", "when", "persons"):
        try:
            module = importlib.import_module(f"confnotes.importers.{name}")
        except ImportError:  # a checkout from before the tree
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and (
                getattr(value, "__module__", "") == module.__name__
            ):
                value.cache_clear()


def read(path: Path) -> object:
    """A document as ``confnotes import`` reads it (a folder's files together, when the
    checkout joins files of one event)."""
    from confnotes.importers.registry import parse_programme

    if not path.is_dir():
        return parse_programme(path.read_bytes(), str(path))
    files = sorted(p for p in path.iterdir() if p.is_file())
    try:
        from confnotes.importers.join import parse_together
    except ImportError:  # before files of one event joined: each on its own
        return [parse_programme(p.read_bytes(), str(p)) for p in files]
    return parse_together([(p.read_bytes(), str(p)) for p in files])


def child(passes: int) -> None:
    """Read the corpus once to warm up, then print the best of ``passes`` timed passes."""
    paths = documents()

    def one_pass() -> float:
        start = time.perf_counter()
        for path in paths:
            forget()
            # an older checkout may refuse a newer document: it is timed all the same
            with contextlib.suppress(Exception):
                read(path)
        return time.perf_counter() - start

    one_pass()
    print(min(one_pass() for _ in range(passes)), len(paths))


def timed(src: Path, passes: int) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--passes", str(passes)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="the reference checkout's src folder")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=2, help="timed passes per process")
    parser.add_argument("--child", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.passes)
        return
    ours = HERE.parent / "src"
    ratios, mine, theirs = [], [], []
    for n in range(args.rounds):
        a, docs = timed(ours, args.passes)
        b, _docs = timed(args.against, args.passes) if args.against else (a, docs)
        mine.append(a)
        theirs.append(b)
        ratios.append(a / b)
        print(
            f"round {n + 1}: {docs} documents, this checkout {a:.2f} s, reference {b:.2f} s "
            f"= {a / b:.2f}x (load {os.getloadavg()[0]:.1f})"
        )
    print(
        f"median: this checkout {statistics.median(mine):.2f} s, reference "
        f"{statistics.median(theirs):.2f} s; median ratio {statistics.median(ratios):.2f}x"
    )


if __name__ == "__main__":
    main()
