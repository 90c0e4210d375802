"""Time ``confnotes sync`` on a team notebook of N notes, against ``git status`` on the same tree.

A bare remote and two clones (real git, no network). Measured, each as a ratio
to one ``git status`` of the same clone in the same run (the floor: any sync
must at least find what changed):

- nothing changed (a sync with nothing to do: status, fetch, ahead/behind);
- 1 and 100 notes changed locally (commit with ``noted_by`` filled, fetch, push);
- 100 notes coming in (the other clone fast-forwards, then re-indexes);
- 100 notes changed on both sides, different lines (a real merge: sync merges
  the notes git leaves unmerged in its own process; a plain ``git pull`` runs
  the registered driver instead, one Python process per note, ~80 ms each).

Usage: python benchmarks/bench_sync.py [N]   (default 5000)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from gen_notebook import generate

from confnotes.sync import sync
from confnotes.sync.index_refresh import reindex_changed


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best of ``repeat`` wall-clock seconds (the least disturbed run)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def notes(root: Path) -> list[Path]:
    return sorted(
        p for p in root.rglob("*.md") if "people" not in p.parts and ".git" not in p.parts
    )


def touch(paths: list[Path], line: str, at_end: bool) -> None:
    for path in paths:
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text + line + "\n" if at_end else text.replace("\n---\n", f"\n---\n{line}\n", 1),
            encoding="utf-8",
        )


def main(n: int) -> None:
    os.environ.update(
        GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="b@example.org",
        GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="b@example.org",
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["GIT_CONFIG_GLOBAL"] = str(base / "gitconfig")
        remote, a, b = base / "remote.git", base / "a", base / "b"
        git(base, "init", "--quiet", "--bare", "-b", "main", str(remote))
        generate(a, n)
        start = time.perf_counter()
        sync(a, init_remote=str(remote))
        first = time.perf_counter() - start
        git(base, "clone", "--quiet", str(remote), str(b))
        sync(b)
        status = timed(lambda: git(a, "status", "--porcelain"))
        print(f"{n} notes; git status (reference): {status * 1000:.0f} ms")
        print(f"  first sync (commit {n} notes, push to an empty remote): {first:.2f} s")
        rows: list[tuple[str, float]] = []
        rows.append(("nothing changed", timed(lambda: sync(a))))
        all_notes = notes(a)
        counter = iter(range(10**6))

        def change(k: int) -> Callable[[], object]:
            def run() -> object:
                touch(all_notes[:k], f"edit {next(counter)}", at_end=True)
                return sync(a)

            return run

        rows.append(("1 note changed", timed(change(1))))
        rows.append(("100 notes changed", timed(change(100))))
        sync(b)
        touch(notes(a)[:100], "incoming", at_end=True)
        sync(a)
        start = time.perf_counter()
        outcome = sync(b)
        incoming = time.perf_counter() - start
        reindex_changed(b)  # no index yet: nothing to do
        assert len(outcome.changed) == 100, outcome.changed
        rows.append(("100 notes coming in", incoming))
        touch(notes(a)[:100], "Ada, first line", at_end=False)
        sync(a)
        touch(notes(b)[:100], "Bob, last line", at_end=True)
        start = time.perf_counter()
        outcome = sync(b)
        merged = time.perf_counter() - start
        rows.append(("100 notes changed on both sides (merged)", merged))
        assert outcome.merged and not outcome.conflicts, outcome
        for label, seconds in rows:
            print(f"  {label:48s} {seconds * 1000:8.0f} ms  {seconds / status:6.1f}x git status")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
