"""Time programme imports: the seeds, a synthetic Markdown page, a 2,000-talk merge.

Usage: python benchmarks/bench_import.py [N]   (N talks in the synthetic programme, default 2000)

Prints one line per measurement. The seeds are used when ``../shared/seeds``
exists next to the repository (skipped otherwise).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from confnotes.importers.merge import merge_programme
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeTalk,
)
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import import_sources
from confnotes.notebook.link_kinds import classify_link
from confnotes.notebook.notebook import Notebook

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
FIRST = [
    "Ana",
    "Bruno",
    "Chen",
    "Dana",
    "Emil",
    "Fatima",
    "Goran",
    "Hana",
    "Ivan",
    "Jun",
    "Kofi",
    "Lena",
    "Mateo",
    "Nia",
    "Omar",
]
SYLLABLES = ["ka", "ro", "mi", "sen", "dal", "vu", "te", "no", "bar", "lin", "os", "ek"]
LAST = [
    "Silva",
    "Novak",
    "Okafor",
    "Tanaka",
    "Müller",
    "Kajić",
    "Rossi",
    "Haddad",
    "Kowalski",
    "Nguyen",
    "Berg",
    "Costa",
]


def timed(label: str, fn, repeat: int = 1) -> object:
    """Run ``fn`` ``repeat`` times; print the mean wall-clock time."""
    start = time.perf_counter()
    for _ in range(repeat):
        result = fn()
    elapsed = (time.perf_counter() - start) / repeat
    print(f"{label:<58} {elapsed * 1000:9.1f} ms")
    return result


def synthetic(n: int, people: int) -> Programme:
    """A programme of n talks by ``people`` distinct speakers (two or three per talk)."""
    rng = random.Random(7)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < people:
        surname = rng.choice(LAST) + "".join(rng.choice(SYLLABLES) for _ in range(2))
        name = f"{rng.choice(FIRST)} {rng.choice(FIRST)[0]}. {surname}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    start = datetime(2025, 7, 14, 8, 0)
    talks = []
    for i in range(n):
        speakers = [
            ProgrammePerson(names[(i * k) % people], [f"Lab {((i * k) % people) % 97}"])
            for k in (1, 7, 13)
        ]
        talks.append(
            ProgrammeTalk(
                title=f"Talk {i}: scalable inference for model class {i % 53}",
                kind="oral" if i % 5 else "keynote",
                start=start + timedelta(days=i // 200, minutes=15 * (i % 40)),
                room=f"Room {i % 12}",
                speakers=speakers[: 2 + i % 2],
                links=[classify_link(f"https://arxiv.org/abs/2501.{i:05d}")],
                abstract="An abstract of moderate length about the method. " * 4,
                source_id=f"event-{i}",
            )
        )
    roles = [ProgrammeRole(ProgrammePerson(names[i], []), "organizer") for i in range(20)]
    return Programme(
        name="Synthetic Conference",
        format="frab",
        start=start.date(),
        end=(start + timedelta(days=n // 200)).date(),
        timezone="America/Vancouver",
        talks=talks,
        roles=roles,
    )


def markdown_page(n: int) -> bytes:
    """A Markdown programme page with an n-row schedule table."""
    rows = ["# Big Workshop 2025", "", "Held on July 14, 2025.", "", "## Schedule", ""]
    rows += ["| Time | Speaker | Title |", "| --- | --- | --- |"]
    for i in range(n):
        hour, minute = 8 + (i % 40) // 4, 15 * (i % 4)
        rows.append(f"| {hour}:{minute:02d} | Speaker Number{i} (Lab {i % 30}) | Talk {i} |")
    return "\n".join(rows).encode()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    if SEEDS.is_dir():
        seeds = sorted(SEEDS.glob("00*"))
        for path in seeds:
            data = path.read_bytes()
            timed(
                f"parse seed {path.name[:3]} (auto-detect)",
                lambda d=data, p=path: parse_programme(d, str(p)),
                20,
            )
        with tempfile.TemporaryDirectory() as tmp:
            nb = Notebook.open(Path(tmp) / "nb", create=True)
            sources = [str(p) for p in seeds]
            timed("import all 5 seeds into an empty notebook", lambda: import_sources(nb, sources))
            nb = Notebook.open(Path(tmp) / "nb")
            timed("re-import all 5 seeds (nothing changes)", lambda: import_sources(nb, sources))
    page = markdown_page(n)
    timed(
        f"parse a Markdown page with a {n}-row schedule table",
        lambda: parse_programme(page, "big.md"),
    )
    programme = synthetic(n, people=n)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "nb"
        nb = Notebook.open(root, create=True)
        timed(
            f"plan only (dry run) of a {n}-talk programme into an empty notebook",
            lambda: merge_programme(nb, programme, dry_run=True),
        )
        report = timed(
            f"merge a {n}-talk programme into an empty notebook",
            lambda: merge_programme(nb, programme),
        )
        print(f"  ({report.summary()})")  # type: ignore[attr-defined]
        nb = Notebook.open(root)
        report = timed(
            f"re-merge the same {n}-talk programme", lambda: merge_programme(nb, programme)
        )
        print(f"  ({report.summary()})")  # type: ignore[attr-defined]
        nb = Notebook.open(root)
        timed(
            f"dry-run merge of the {n}-talk programme",
            lambda: merge_programme(nb, programme, dry_run=True),
        )


if __name__ == "__main__":
    main()
