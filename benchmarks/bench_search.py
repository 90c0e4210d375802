"""Search benchmarks: build, sync, single-note update, query latency, cold CLI; grep and FTS5.

For each size, one generated notebook (``gen_notebook.py``, deterministic) and
on that same corpus:

- full build (``confnotes reindex`` in a child process: wall time, peak memory)
  and index size;
- no-change sync (a new index object: open, stat every file, nothing to do);
- one-note update: a hand edit picked up by ``sync()``, and ``update_talk()``
  after a save (median and max of 10, with the segment count afterwards);
- query latency by query type, top 10 with snippets/highlights: the first run
  of each query (nothing cached) and warm p50/p95 (5 more runs each; decoded
  posting lists of recent terms are cached, as in a search-as-you-type session);
- cold ``confnotes search`` (a new process) against ``grep -ril`` over the notes;
- SQLite FTS5 (stdlib ``sqlite3``, porter + diacritics folded, on disk) as a
  reference point: build time, size, one-note update, query latency by type
  (term, two terms, phrase, prefix), with the ratios.

Usage: python benchmarks/bench_search.py [--sizes 1000 5000 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_notebook import generate

from confnotes.index import open_index
from confnotes.index.documents import scan
from confnotes.notebook.notebook import Notebook

QUERIES = {
    "term": ["equilibrium", "calibration", "posterior", "kajic", "hyvarinen", "bandit"],
    "two terms": [
        "equilibrium models",
        "causal intervention",
        "graph network",
        "privacy federated",
        "sparse pruning",
        "policy reward",
    ],
    "phrase": [
        '"fixed point"',
        '"message passing"',
        '"gaussian process"',
        '"neural network"',
        '"reward exploration"',
        '"mode collapse"',
    ],
    "field": [
        "speaker:kolter",
        "kind:keynote",
        "link:poster",
        'room:"west ballroom a"',
        "date:2001-12-02",
        "tag:flows title:equilibrium",
    ],
    # typos anywhere in the word, the first letter included (one from 5 letters, two from 9)
    "fuzzy": ["equilbrium", "calibraton", "posteriour", "kolterr", "bayesain", "diffusoin"],
    "typo head": ["calbration", "qquilibrium", "ptsterior", "bnadit", "rquilibrium", "lalibration"],
    "prefix": ["equilib*", "calib*", "post*", "reinforce*", "contrast*", "quant*"],
}
GREP_WORD = "equilibrium"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


CPU: list[float] = []
"""CPU seconds of the last timed calls (the machine may be shared: wall time lies)."""


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    CPU.append(time.process_time() - c0)
    return time.perf_counter() - t0


def cpu_since(n: int) -> list[float]:
    """CPU times of the calls timed since ``len(CPU)`` was ``n``."""
    return CPU[n:]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # An installed confnotes has its bytecode cached: let the child write and use it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run(
        [sys.executable, "-m", "confnotes", "--notebook", str(root), *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_self_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_build(root: Path) -> tuple[float, float, float]:
    """Full rebuild in a child process: (wall seconds, CPU seconds, peak RSS in MB)."""
    t0, c0 = time.perf_counter(), child_cpu()
    result = cli(root, "reindex")
    elapsed, cpu = time.perf_counter() - t0, child_cpu() - c0
    if result.returncode:
        raise SystemExit(result.stderr)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, cpu, peak_kb / 1024


def bench_updates(root: Path) -> dict[str, list[float]]:
    nb = Notebook(root)
    ix = open_index(nb)
    ix.sync()
    notes = sorted(p for p in root.glob("conf-*/talk-*.md"))[:10]
    hand, saved = [], []
    n0 = len(CPU)
    for i, path in enumerate(notes):
        text = path.read_text("utf-8")
        path.write_text(text + f"\nA line added by hand number {i}.\n", "utf-8")
        hand.append(timed(ix.sync))
    hand_cpu = cpu_since(n0)
    n1 = len(CPU)
    full = Notebook.open(root)
    for i, path in enumerate(notes):
        talk_id = path.relative_to(root).with_suffix("").as_posix()
        talk = full.talk(talk_id)
        talk.body += f"\nSaved from the app, edit {i}.\n"
        full.save_talk(talk)
        saved.append(timed(lambda talk=talk: ix.update_talk(talk)))
    saved_cpu = cpu_since(n1)
    segments = ix.segment_count()  # type: ignore[attr-defined]
    ix.close()
    return {
        "hand": hand,
        "saved": saved,
        "hand_cpu": hand_cpu,
        "saved_cpu": saved_cpu,
        "segments": [float(segments)],
    }


def bench_queries(root: Path) -> dict[str, list[float]]:
    ix = open_index(Notebook(root))
    ix.sync()
    out: dict[str, list[float]] = {}
    for kind, qs in QUERIES.items():  # first run of each query: nothing cached yet
        n0 = len(CPU)
        for q in qs:
            timed(lambda q=q: ix.search(q, limit=10))
        out[kind + " first cpu"] = cpu_since(n0)
    for kind, qs in QUERIES.items():
        times = []
        n0 = len(CPU)
        for _ in range(5):
            for q in qs:
                times.append(timed(lambda q=q: ix.search(q, limit=10)))
        out[kind] = times
        out[kind + " cpu"] = cpu_since(n0)
    ix.close()
    return out


FTS5_QUERIES = {
    "term": QUERIES["term"],
    "two terms": QUERIES["two terms"],
    "phrase": QUERIES["phrase"],
    "prefix": QUERIES["prefix"],
}


def bench_fts5(root: Path, folder: Path) -> dict[str, float | list[float]]:
    """Reference: SQLite FTS5 over the same files (read + insert + query), on disk."""
    path = folder / "fts5.db"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    t0, c0 = time.perf_counter(), time.process_time()
    db.execute(
        "CREATE VIRTUAL TABLE notes USING fts5(path, body, "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    rows = [(str(p), p.read_text("utf-8")) for p in root.rglob("*.md")]
    db.executemany("INSERT INTO notes VALUES (?, ?)", rows)
    db.commit()
    out: dict[str, float | list[float]] = {
        "build": time.perf_counter() - t0,
        "build cpu": time.process_time() - c0,
        "size": path.stat().st_size / 1e6,
    }
    updates = []
    n0 = len(CPU)
    for i, (name, text) in enumerate(rows[:10]):

        def update(name: str = name, text: str = text, i: int = i) -> None:
            db.execute("DELETE FROM notes WHERE path = ?", (name,))
            db.execute("INSERT INTO notes VALUES (?, ?)", (name, text + f"\nedit {i}\n"))
            db.commit()

        updates.append(timed(update))
    out["update cpu"] = cpu_since(n0)
    for kind, qs in FTS5_QUERIES.items():
        n0 = len(CPU)
        for _ in range(5):
            for q in qs:
                timed(
                    lambda q=q: db.execute(
                        "SELECT path, snippet(notes, 1, '[', ']', '…', 12) FROM notes "
                        "WHERE notes MATCH ? ORDER BY rank LIMIT 10",
                        (q,),
                    ).fetchall()
                )
        out[kind] = cpu_since(n0)
    db.close()
    path.unlink(missing_ok=True)
    return out


def run_size(n: int, keep: Path | None) -> None:
    base = Path(tempfile.mkdtemp(prefix=f"confnotes-bench-{n}-"))
    root = keep / str(n) if keep else base / "nb"
    print(f"\n== {n} talks ({root})", flush=True)
    if not (root / "people").exists():
        t = timed(lambda: generate(root, n))
        print(f"generate notebook: {t:.1f} s", flush=True)
    files = scan(root)
    notes_mb = sum(st.size for st in files.values()) / 1e6
    print(f"files: {len(files)} ({notes_mb:.1f} MB of notes)")
    build, build_cpu, peak = bench_build(root)
    size = folder_size(root / ".confnotes" / "index") / 1e6
    print(
        f"full build (confnotes reindex): {build:.1f} s wall, {build_cpu:.1f} s CPU, "
        f"index {size:.1f} MB, peak RSS {peak:.0f} MB"
    )
    n0 = len(CPU)
    open_sync = [timed(lambda: open_index(Notebook(root)).sync()) for _ in range(5)]
    print(
        f"no-change sync (open + stat all): p50 {ms(statistics.median(open_sync))} wall, "
        f"{ms(statistics.median(cpu_since(n0)))} CPU"
    )
    up = bench_updates(root)
    print(
        f"one-note update, hand edit + sync(): median {ms(statistics.median(up['hand']))} "
        f"wall / {ms(statistics.median(up['hand_cpu']))} CPU, max {ms(max(up['hand']))}"
    )
    print(
        f"one-note update, update_talk(): median {ms(statistics.median(up['saved']))} "
        f"wall / {ms(statistics.median(up['saved_cpu']))} CPU, max {ms(max(up['saved']))}; "
        f"segments after 20 commits: {int(up['segments'][0])}"
    )
    results = bench_queries(root)
    fts = bench_fts5(root, base)
    for kind in QUERIES:
        times, cpu = results[kind], results[kind + " cpu"]
        first = results[kind + " first cpu"]
        ref_kind = kind if kind in fts else "term"  # FTS5 has no typo tolerance or fields
        f50 = pct(fts[ref_kind], 50)  # type: ignore[arg-type]
        ref = f"; fts5 {ref_kind} p50 {ms(f50)} ({pct(cpu, 50) / max(f50, 1e-6):.1f}x)"
        print(
            f"query {kind:9}: p50 {ms(pct(times, 50))}, p95 {ms(pct(times, 95))} wall; "
            f"CPU p50 {ms(pct(cpu, 50))}, p95 {ms(pct(cpu, 95))} (top 10 + snippets); "
            f"first run CPU p50 {ms(pct(first, 50))}, max {ms(max(first))}{ref}"
        )
    cold, cold_cpu = [], []
    cli(root, "search", GREP_WORD)  # warm the OS file cache and the bytecode cache
    for _ in range(5):
        t0, c0 = time.perf_counter(), child_cpu()
        result = cli(root, "search", "--limit", "10", GREP_WORD)
        cold.append(time.perf_counter() - t0)
        cold_cpu.append(child_cpu() - c0)
        assert result.returncode == 0, result.stderr
    grep, grep_cpu = [], []
    for _ in range(5):
        t0, c0 = time.perf_counter(), child_cpu()
        subprocess.run(["grep", "-ril", GREP_WORD, str(root)], capture_output=True, check=False)
        grep.append(time.perf_counter() - t0)
        grep_cpu.append(child_cpu() - c0)
    c, g = statistics.median(cold), statistics.median(grep)
    cc, gc = statistics.median(cold_cpu), statistics.median(grep_cpu)
    print(
        f"cold `confnotes search`: {ms(c)} wall / {ms(cc)} CPU; grep -ril: {ms(g)} wall / "
        f"{ms(gc)} CPU; ratio {c / g:.1f}x wall, {cc / max(gc, 1e-6):.1f}x CPU"
    )
    fts_build_cpu, fts_size = float(fts["build cpu"]), float(fts["size"])  # type: ignore[arg-type]
    fts_update = statistics.median(fts["update cpu"])  # type: ignore[arg-type]
    ours_update = statistics.median(up["saved_cpu"])
    print(
        f"sqlite fts5: build {fts['build']:.2f} s wall / {fts_build_cpu:.2f} s CPU "
        f"(whoosh/fts5 {build_cpu / max(fts_build_cpu, 1e-6):.0f}x CPU), "
        f"size {fts_size:.1f} MB (whoosh/fts5 {size / max(fts_size, 1e-6):.1f}x), "
        f"one-note update median {ms(fts_update)} CPU "
        f"(whoosh update_talk/fts5 {ours_update / max(fts_update, 1e-6):.0f}x)"
    )
    print(f"peak RSS of this benchmark process: {peak_self_mb():.0f} MB")
    if not keep:
        shutil.rmtree(base, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) DIR/<size>")
    args = parser.parse_args()
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, "
        f"load average {os.getloadavg()[0]:.1f} (wall times grow with load; CPU times less)"
    )
    for n in args.sizes:
        run_size(n, args.keep)


if __name__ == "__main__":
    main()
