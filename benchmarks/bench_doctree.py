"""Parsing speed of the document tree: a 1 MB notes file beside a plain line scan of it.

The reference, measured in the same run, is what the line-by-line readers did: split
the text into lines and try a heading and a time regex on each. The tree is
:func:`confnotes.importers.doctree.parse_markdown` (markdown-it's rules in Rust through
markdown-it-pyrs, HTML blocks through Lexbor); the outline is
:func:`confnotes.importers.structure.read` (the tree turned into sections and blocks, the
shape step's input). Target: the tree within 10× the line scan. Every round times each
in turn (best of N rounds), so that on a shared machine all see the same load. A node's
words are read from the parser's inline tree only when asked for; "every node's words"
times the tree with all of them read. Prints best-of-N times and the ratios.

    .venv/bin/python benchmarks/bench_doctree.py [--size BYTES] [--repeat N] [--cpu]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from collections.abc import Callable

from markdown_it import MarkdownIt

from confnotes.importers import doctree, structure

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_TIME = re.compile(r"^\s*[-*+]?\s*\d{1,2}[:.h]\d\d")
_WORDS = [
    "latency",
    "cache",
    "queue",
    "tokenizer",
    "gradient",
    "index",
    "shard",
    "replica",
    "lock",
    "rollout",
    "metric",
    "trace",
    "schema",
    "compiler",
    "kernel",
    "sampling",
    "drift",
    "budget",
    "vector",
    "graph",
    "planner",
    "agent",
    "benchmark",
]


def notes(size: int, seed: int = 7) -> str:
    """A person's notes of many conference days: headings, bullets, prose, tables, HTML."""
    rnd = random.Random(seed)
    out: list[str] = []
    total = 0
    day = 0
    while total < size:
        day += 1
        block = [f"# Day {day} — {1 + day % 28} March 2025", ""]
        for talk in range(8):
            words = " ".join(rnd.choice(_WORDS) for _ in range(5)).capitalize()
            block += [f"## {9 + talk}:00 {words} — Ana Ruiz", "", "Speaker: Ana Ruiz (Lab)", ""]
            for _ in range(6):
                block.append("- " + " ".join(rnd.choice(_WORDS) for _ in range(12)))
            block += ["", " ".join(rnd.choice(_WORDS) for _ in range(60)), ""]
            if talk % 4 == 0:
                block += ["| metric | value |", "| --- | --- |", "| p99 | 12 ms |", ""]
            if talk % 4 == 1:
                block += ["<p>Slides: <a href='https://example.org/s'>here</a></p>", ""]
        text = "\n".join(block) + "\n"
        out.append(text)
        total += len(text)
    return "".join(out)


def line_scan(text: str) -> int:
    """The reference: every line tried against a heading and a time regex."""
    hits = 0
    for line in text.split("\n"):
        if _HEADING.match(line) or _TIME.match(line):
            hits += 1
    return hits


def _all_words(text: str) -> int:
    """The tree with every node's words and marks read (nothing left lazy)."""
    doc = doctree.parse_markdown(text)
    return sum(len(node.text) + len(node.marks) for node in doc.root.walk())


def interleaved(
    fns: dict[str, Callable[[], object]],
    repeat: int,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, float]:
    """Best-of-``repeat`` time of each function, the functions taking turns in every
    round: on a shared machine the reference and the tree see the same load. ``clock``:
    wall time, or ``time.process_time`` (the CPU this process used: on a machine with
    more jobs than cores, the time spent waiting for a core is left out)."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t0 = clock()
            fn()
            times[name].append(clock() - t0)
    return {name: min(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--cpu", action="store_true", help="CPU time of this process instead of wall time"
    )
    args = parser.parse_args()
    text = notes(args.size)
    bare = MarkdownIt("commonmark").enable("table")

    def outline_uncached() -> object:
        doctree.parse.cache_clear()
        forget = getattr(structure.read, "cache_clear", None)  # kept per text, as the tree
        if forget is not None:
            forget()
        return structure.read(text)

    best = interleaved(
        {
            "scan": lambda: line_scan(text),
            # uncached: doctree.parse and structure.read keep the last few (a look-up)
            "tree": lambda: doctree.parse_markdown(text),
            "words": lambda: _all_words(text),
            "outline": outline_uncached,
            "tokens": lambda: bare.parse(text),
        },
        args.repeat,
        time.process_time if args.cpu else time.perf_counter,
    )
    scan, tree, words = best["scan"], best["tree"], best["words"]
    tokens, outline = best["tokens"], best["outline"]
    print(
        f"notes file: {len(text.encode()):,} bytes, {text.count(chr(10)):,} lines; "
        f"{'CPU' if args.cpu else 'wall'} time, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"line scan (reference)      {scan * 1000:8.1f} ms   1.0x")
    print(f"markdown-it-py tokens only {tokens * 1000:8.1f} ms   {tokens / scan:.1f}x")
    print(f"document tree              {tree * 1000:8.1f} ms   {tree / scan:.1f}x  (target 10x)")
    print(f"tree, every node's words   {words * 1000:8.1f} ms   {words / scan:.1f}x")
    print(f"outline (tree -> sections) {outline * 1000:8.1f} ms   {outline / scan:.1f}x")


if __name__ == "__main__":
    main()
