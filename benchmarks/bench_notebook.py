"""Time loading, saving and checking a synthetic notebook of N talks.

Usage: python benchmarks/bench_notebook.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from confnotes.model import Link
from confnotes.notebook.notebook import Notebook


def build(root: Path, n: int) -> None:
    """Write a notebook with n talks over n // 200 + 1 conferences and 300 people."""
    nb = Notebook(root)
    people = [nb.new_person(f"Person {i}", affiliations=[f"Lab {i % 40}"]) for i in range(300)]
    for person in people:
        nb.save_person(person)
    confs = [
        nb.new_conference(f"Conference {i}", timezone="Europe/Paris") for i in range(n // 200 + 1)
    ]
    for conf in confs:
        nb.save_conference(conf)
    start = datetime(2024, 5, 1, 9, 0)
    for i in range(n):
        talk = nb.new_talk(
            confs[i % len(confs)].id,
            f"Talk {i} on equilibrium propagation and flows",
            start=start + timedelta(minutes=20 * i),
            speakers=[people[i % 300].id, people[(i * 7) % 300].id],
            links=[Link(f"https://arxiv.org/abs/2401.{i:05d}", "paper")],
            tags=["ml", f"t{i % 17}"],
        )
        talk.body = "- point one\n- point two with some longer text about the method\n" * 5
        nb.save_talk(talk)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        build(root, n)
        print(f"build {n} notes: {time.perf_counter() - t0:.2f} s")
        t0 = time.perf_counter()
        nb = Notebook.open(root)
        load = time.perf_counter() - t0
        print(f"load {len(nb.talks)} talks: {load:.3f} s ({load / n * 1000:.3f} ms/note)")
        talk = next(iter(nb.talks.values()))
        talk.body += "one more line\n"
        t0 = time.perf_counter()
        nb.save_talk(talk)
        print(f"save one note: {(time.perf_counter() - t0) * 1000:.2f} ms")
        t0 = time.perf_counter()
        problems = nb.check()
        print(f"check: {time.perf_counter() - t0:.3f} s ({len(problems)} problems)")


if __name__ == "__main__":
    main()
