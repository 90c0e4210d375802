"""Time ``parse_programme`` on document shapes that once made a reader quadratic, each
built here synthetically, as ratios against references measured in the same run.

Shapes (sizes from the review of the issue 33 work):

- ``notes``: a people's notes file of 1,600 sections, each with 5 sub-headings (~400 KB);
- ``grid-N``: a page of N repeated talk cards, each after a time cell of its own row
  (N = 500, 1,000, 2,000);
- ``nested``: 8,000 nested ``<div>`` elements, a word in each;
- ``md-lt``: a Markdown note of 3,000 list items, one in ten with a ``<`` in its text;
- ``cjk``: a CSV programme of 1,500 rows whose time column is written in Chinese
  (``上午9:30``).

Each shape is read in a fresh process (imports and dateparser warmed first) that also
times a plain line scan of the same text (split into lines, strip, test the first
character: the floor any reader pays); the first figure is ``parse / line scan`` (for a
page, also the HTML record reader alone). With
``--against OTHER/src`` the same shape is read by that checkout too, and the second
figure is ``this / reference`` (the machine is shared: both are measured in the same
run, turn about).

    .venv/bin/python benchmarks/bench_import_shapes.py [--against /path/to/other/src] \
        [--src this/src] [--shapes notes,grid-500] [--timeout 400]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

_FIRST = ("Ada", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiro")
_LAST = ("Lovelace", "Santos", "Rossi", "Ivanov", "Novak", "Haddad", "Berg", "Tanaka")


def _person(n: int) -> str:
    return f"{_FIRST[n % 8]} {_LAST[(n // 8) % 8]}"


_A = (
    "Scaling",
    "Testing",
    "Securing",
    "Profiling",
    "Shipping",
    "Teaching",
    "Debugging",
    "Packaging",
    "Observing",
    "Migrating",
    "Caching",
    "Indexing",
)
_B = (
    "widget",
    "search",
    "billing",
    "storage",
    "media",
    "mobile",
    "graph",
    "stream",
    "payment",
    "sensor",
    "archive",
    "ledger",
)
_C = (
    "pipelines",
    "services",
    "clusters",
    "queues",
    "schemas",
    "teams",
    "backends",
    "gateways",
    "models",
    "runtimes",
    "portals",
    "kernels",
)
_PARTS = ("Motivation", "Architecture", "Pitfalls", "Questions from the room", "My takeaways")


def notes(sections: int = 1600, subs: int = 5) -> tuple[str, str]:
    """Digit-free lines (a line with a small number is a candidate day for dateparser,
    a cost of its own that this shape does not measure)."""
    out = ["# My conference notes\n"]
    for i in range(sections):
        title = f"{_A[i % 12]} {_B[(i // 12) % 12]} {_C[(i // 144) % 12]}"
        out.append(f"\n## {title}\n")
        for j in range(subs):
            out.append(f"\n### {_PARTS[j % 5]}\n\nNotes on {title.lower()}.\n")
    return "".join(out), "notes.md"


def grid(cards: int) -> tuple[str, str]:
    out = ['<html><head><title>Schedule - Widgetconf 2024</title></head><body><div class="grid">']
    for i in range(cards):
        hour, minute = 8 + (i // 4) % 12, (i % 4) * 15
        out.append(
            f'<div class="time">{hour:02d}:{minute:02d}</div>'
            f'<div class="card"><h3 class="title">Talk number {i} on widgets</h3>'
            f'<p class="speaker">{_person(i)}</p><p class="room">Room {i % 3}</p></div>'
        )
    out.append("</div></body></html>")
    return "\n".join(out), "schedule.html"


def nested(depth: int = 8000) -> tuple[str, str]:
    opening = "\n".join(f"<div>w{i} " for i in range(depth))
    return f"<html><body>{opening}{'</div>' * depth}</body></html>", "deep.html"


def md_lt(lines: int = 3000) -> tuple[str, str]:
    """Digit-free lines, as :func:`notes` (the shape measures the HTML record reader)."""
    out = ["# Notes from the workshop\n"]
    for i in range(lines):
        if i % 40 == 0:
            out.append(f"\n## {_A[(i // 40) % 12]} {_B[(i // 480) % 12]} {_C[i % 12]}\n\n")
        sign = " where a < b holds" if i % 10 == 0 else ""
        out.append(f"- {_A[i % 12].lower()} the {_B[(i // 12) % 12]} {_C[i % 7]}{sign}\n")
    return "".join(out), "workshop.md"


def cjk(rows: int = 1500) -> tuple[str, str]:
    out = ["日期,时间,题目,讲者,会场"]
    for i in range(rows):
        hour = 9 + (i // 6) % 9
        half = "上午" if hour < 12 else "下午"
        shown = hour if hour <= 12 else hour - 12
        out.append(
            f"2024-05-{10 + i // 60 % 3},{half}{shown}:{(i % 2) * 30:02d},"
            f"Talk number {i} on widgets,{_person(i)},Room {i % 6}"
        )
    return "\n".join(out) + "\n", "programme.csv"


SHAPES = {
    "notes": notes,
    "grid-500": lambda: grid(500),
    "grid-1000": lambda: grid(1000),
    "grid-2000": lambda: grid(2000),
    "nested": nested,
    "md-lt": md_lt,
    "cjk": cjk,
}


def _line_scan(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip()[:1] in ("#", "<", "-"))


def child(shape: str) -> None:
    """Print a JSON line: seconds of the parse, of the line scan, size, talks read."""
    from confnotes.importers.registry import parse_programme

    text, name = SHAPES[shape]()
    data = text.encode()
    parse_programme(b"# Warm\n\n## 09:00 Opening\n\nAda Lovelace\n", "warm.md")
    start = time.perf_counter()
    for _ in range(50):
        _line_scan(text)
    scan = (time.perf_counter() - start) / 50
    start = time.perf_counter()
    try:
        programme = parse_programme(data, name)
        talks = len(programme.talks)
    except Exception as exc:  # an error is a result too (recorded, not timed away)
        talks = -1
        print(f"{shape}: {type(exc).__name__}: {exc}"[:200], file=sys.stderr)
    took = time.perf_counter() - start
    records = 0.0
    try:
        from confnotes.importers import pagerecords
    except ImportError:  # a checkout from before the page's records were read
        pagerecords = None  # type: ignore[assignment]
    if name.endswith(".html") and pagerecords is not None:  # the record reader alone
        start = time.perf_counter()
        pagerecords.read(text)
        records = time.perf_counter() - start
    print(
        json.dumps(
            {"parse": took, "scan": scan, "bytes": len(data), "talks": talks, "records": records}
        )
    )


def timed(shape: str, src: Path, timeout: float) -> dict[str, float] | None:
    env = {**os.environ, "PYTHONPATH": str(src)}
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--child", shape],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout,
        ).stdout
    except subprocess.TimeoutExpired:
        return None
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="the reference checkout's src folder")
    parser.add_argument("--src", type=Path, default=HERE.parent / "src", help="the src timed")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=400.0)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    ours = args.src
    for shape in args.shapes.split(","):
        a = timed(shape, ours, args.timeout)
        b = timed(shape, args.against, args.timeout) if args.against else None
        if a is None:
            line = f"{shape:10} this checkout: over {args.timeout:.0f} s"
        else:
            line = (
                f"{shape:10} {a['bytes'] / 1000:6.0f} KB  talks {a['talks']:5.0f}  "
                f"parse {a['parse']:7.2f} s = {a['parse'] / a['scan']:9.0f}x line scan"
            )
            if a.get("records"):
                line += f" (records {a['records']:.2f} s = {a['records'] / a['scan']:.0f}x)"
        if args.against:
            if b is None:
                line += f"; reference over {args.timeout:.0f} s"
            elif a is not None:
                line += (
                    f"; reference {b['parse']:6.2f} s (talks {b['talks']:.0f}, "
                    f"{b['parse'] / b['scan']:9.0f}x its scan) -> this/reference "
                    f"{a['parse'] / b['parse']:5.2f}x"
                )
                if a.get("records") and b.get("records"):
                    line += f"; records {a['records'] / b['records']:.2f}x"
        print(line + f"  (load {os.getloadavg()[0]:.1f})", flush=True)


if __name__ == "__main__":
    main()
