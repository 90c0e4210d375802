"""Time every export format on a synthetic notebook of N talks (default 2000).

Usage: python benchmarks/bench_export.py [N]

The notebook has one conference of N talks over five days in sessions of
eight, 300 people, a paper link on every talk, and notes (with headings, a
task and an arXiv mention) on every third talk, so the reading list and the
action items are not empty.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from confnotes.exporters import EXPORT_FORMATS, Selection, export
from confnotes.model import Link, Session
from confnotes.notebook.notebook import Notebook

NOTE = (
    "## Main idea\n\n- point one about the method\n- point two with *emphasis*\n\n"
    "### Questions\n\nDoes it scale? See arXiv:2301.{i:05d}.\n\n- [ ] read: the appendix\n"
)


def build(root: Path, n: int) -> None:
    """Write the synthetic notebook (through the Notebook API, like an import would)."""
    nb = Notebook.open(root, create=True)
    people = [nb.new_person(f"Person {i}", affiliations=[f"Lab {i % 40}"]) for i in range(300)]
    for person in people:
        nb.save_person(person)
    days = 5
    per_day = n // days + 1
    sessions = []
    for i in range(n // 8 + 1):
        day, slot = divmod(i * 8, per_day)
        start = datetime(2024, 5, 1 + day, 8, 0) + timedelta(minutes=2 * slot)
        sessions.append(Session(f"s{i}", f"Session {i}", "oral", start, None, f"Room {i % 6}"))
    conf = nb.new_conference(
        "Benchmark Conference",
        "bench",
        start=date(2024, 5, 1),
        end=date(2024, 5, days),
        timezone="Europe/Paris",
        sessions=sessions,
    )
    nb.save_conference(conf)
    for i in range(n):
        day, slot = divmod(i, per_day)
        start = datetime(2024, 5, 1 + day, 8, 0) + timedelta(minutes=2 * slot)
        talk = nb.new_talk(
            conf.id,
            f"Talk {i} on equilibrium propagation and flows",
            kind="oral",
            session=f"s{i // 8}",
            start=start,
            end=start + timedelta(minutes=2),
            room=f"Room {(i // 8) % 6}",
            speakers=[people[i % 300].id, people[(i * 7) % 300].id],
            links=[
                Link(f"https://arxiv.org/abs/2401.{i:05d}", "paper"),
                Link(f"https://example.org/video/{i}", "video"),
            ],
            tags=["ml", f"t{i % 17}"],
            starred=i % 5 == 0,
            attended=i % 2 == 0,
            body=NOTE.format(i=i) if i % 3 == 0 else "",
        )
        nb.save_talk(talk)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build(root, n)
        nb = Notebook.open(root)
        print(f"notebook: {len(nb.talks)} talks, {len(nb.people)} people")
        for fmt in EXPORT_FORMATS:
            runs, cpu = [], []
            for _ in range(3):
                t0, c0 = time.perf_counter(), time.process_time()
                out = export(nb, fmt, Selection())
                runs.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            print(
                f"export {fmt:6}: {min(runs):.3f} s wall, {min(cpu):.3f} s CPU (best of 3), "
                f"{len(out) / 1e6:.2f} MB"
            )
        t0 = time.perf_counter()
        export(nb, "md", Selection(only="attended"))
        print(f"export md --only attended: {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main()
