"""Time imports of programme data found by content: 5,000 talks as Sessionize's "All
data" JSON, an Indico timetable, a CSV export and a YAML file.

Usage: python benchmarks/bench_import_data.py [N] [--cases sessionize indico csv yaml]
       [--cli]   (N talks, default 5000)

For each: parsing (format detection included) beside ``json.loads``/``csv``/
``yaml.safe_load`` of the same bytes, and the whole import (read, detect, parse, merge,
write every note) beside merging the already-parsed programme and beside two references
that know nothing of confnotes, measured in the same run: plain Python writing as many
files (temp file, write, fsync, rename, fsync of the folder: what an atomic write costs),
and ``cp -r`` of the notebook the import made followed by ``sync``. ``--cli`` also runs
``confnotes import`` in a fresh process on an empty notebook (the search index built
too, as the command leaves it). The index the command builds after the import (from
the notes the import holds) is also timed beside the same index built from the files.
The target (issues 30, 33) is the import of 5,000 talks within 60 s.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from confnotes.importers.merge import merge_programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import import_sources
from confnotes.index import index_of
from confnotes.notebook.notebook import Notebook


def write_floor(folder: Path, files: int) -> float:
    """Seconds for plain Python to write ``files`` small files atomically, one at a time
    (temp file, write, fsync, rename, fsync of the folder): what a program that writes
    one note per talk and one page per person pays when each file is made durable on
    its own. Written here without confnotes, so that it stays the same reference
    whatever the notebook's storage does."""
    folder.mkdir()
    data = b"---\ntitle: x\n---\n" + b"x" * 600
    start = time.perf_counter()
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        for i in range(files):
            tmp = folder / f".tmp-{i}"
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, folder / f"f{i}.md")
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return time.perf_counter() - start


def copy_floor(notebook: Path, target: Path) -> float:
    """Seconds for ``cp -r`` of the notebook's notes (derived data left out) and a
    ``sync``: the same files written by a program that does nothing else."""
    target.mkdir()
    start = time.perf_counter()
    names = [str(p) for p in notebook.iterdir() if p.name != ".confnotes"]
    subprocess.run(["cp", "-r", *names, str(target)], check=True)
    subprocess.run(["sync"], check=True)
    return time.perf_counter() - start


def cli_import(path: Path, notebook: Path) -> float:
    """Seconds for ``confnotes import PATH`` in its own process on an empty notebook."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "confnotes", "--notebook", str(notebook), "import", str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _slot(i: int) -> tuple[str, str, str]:
    day = f"2025-06-{10 + i // 400:02d}"
    minute = 8 * 60 + 10 * (i % 60)
    return (
        day,
        f"{minute // 60:02d}:{minute % 60:02d}",
        f"{(minute + 30) // 60:02d}:{(minute + 30) % 60:02d}",
    )


GIVEN = [
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
    "Nadia",
    "Omar",
]
SYLLABLES = ["ka", "ro", "lin", "de", "ma", "su", "ten", "vo", "ri", "an", "be", "lo"]


def person(k: int) -> tuple[str, str]:
    """A distinct given and family name for each ``k``."""
    family = "".join(SYLLABLES[(k // 15) // 12**j % 12] for j in range(3))
    return GIVEN[k % 15], family.capitalize()


def sessionize(n: int) -> bytes:
    speakers = [
        {
            "id": f"s{k}",
            "firstName": person(k)[0],
            "lastName": person(k)[1],
            "fullName": " ".join(person(k)),
            "tagLine": "",
            "bio": "",
            "links": [],
            "sessions": [],
        }
        for k in range(n // 2)
    ]
    sessions = []
    for i in range(n):
        day, start, end = _slot(i)
        sessions.append(
            {
                "id": str(i),
                "title": f"Talk number {i} about data systems",
                "description": "Abstract. " * 20,
                "startsAt": f"{day}T{start}:00",
                "endsAt": f"{day}T{end}:00",
                "isServiceSession": False,
                "isPlenumSession": False,
                "speakers": [f"s{i % (n // 2)}", f"s{(i * 7) % (n // 2)}"],
                "categoryItems": [1],
                "roomId": i % 12,
            }
        )
    rooms = [{"id": r, "name": f"Room {r}", "sort": r} for r in range(12)]
    categories = [
        {
            "id": 9,
            "title": "Format",
            "items": [{"id": 1, "name": "Session", "sort": 0}],
            "sort": 0,
            "type": "session",
        }
    ]
    return json.dumps(
        {
            "sessions": sessions,
            "speakers": speakers,
            "rooms": rooms,
            "categories": categories,
            "questions": [],
        }
    ).encode()


def indico(n: int) -> bytes:
    days: dict[str, dict[str, Any]] = {}
    for i in range(n):
        day, start, end = _slot(i)
        days.setdefault(day.replace("-", ""), {})[f"c{i}"] = {
            "entryType": "Contribution",
            "id": f"c{i}",
            "title": f"Contribution {i} on detectors",
            "startDate": {"date": day, "time": f"{start}:00", "tz": "Europe/Zurich"},
            "endDate": {"date": day, "time": f"{end}:00", "tz": "Europe/Zurich"},
            "room": f"Room {i % 12}",
            "presenters": [{"name": " ".join(person(i % 3000)), "affiliation": "Lund University"}],
        }
    return json.dumps({"9999": days}).encode()


def csv_export(n: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["ID", "Title", "Session type", "Speaker names", "Room", "Start", "End"])
    for i in range(n):
        day, start, end = _slot(i)
        writer.writerow(
            [
                f"T{i}",
                f"Talk {i} on packaging",
                "Talk",
                " ".join(person(i % 3000)),
                f"Room {i % 12}",
                f"{day}T{start}:00",
                f"{day}T{end}:00",
            ]
        )
    return out.getvalue().encode()


def yaml_file(n: int) -> bytes:
    items = []
    for i in range(n):
        day, start, _end = _slot(i)
        items.append(
            {
                "title": f"Talk {i} on maps",
                "speaker": " ".join(person(i % 3000)),
                "date": day,
                "time": start,
                "room": f"Room {i % 12}",
            }
        )
    return yaml.safe_dump(
        {"event": {"name": "Synthetic Data Days", "date": "2025-06-10"}, "schedule": items}
    ).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=5000)
    parser.add_argument(
        "--cases", nargs="*", default=["sessionize", "indico", "csv", "yaml"], metavar="CASE"
    )
    parser.add_argument("--cli", action="store_true", help="also time `confnotes import`")
    args = parser.parse_args()
    n = args.n
    every = {
        "sessionize": ("Sessionize all data", "all.json", lambda: sessionize(n), json.loads),
        "indico": ("Indico timetable", "timetable.json", lambda: indico(n), json.loads),
        "csv": (
            "CSV export",
            "talks.csv",
            lambda: csv_export(n),
            lambda d: list(csv.reader(io.StringIO(d.decode()))),
        ),
        "yaml": ("YAML", "programme.yaml", lambda: yaml_file(n), yaml.safe_load),
    }
    cases = [(label, name, make(), ref) for label, name, make, ref in map(every.get, args.cases)]
    print(
        f"{n} talks; each line: confnotes, then the references measured in the same run "
        f"(load average {os.getloadavg()[0]:.1f})"
    )
    for label, name, data, reference in cases:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            ref, _ = timed(lambda d=data, r=reference: r(d))
            parse, programme = timed(lambda d=data, p=path: parse_programme(d, str(p)))
            nb = Notebook.open(Path(tmp) / "ref", create=True)
            merge_only, _ = timed(lambda pr=programme, nb=nb: merge_programme(nb, pr))
            nb = Notebook.open(Path(tmp) / "nb", create=True)
            whole, reports = timed(lambda p=path, nb=nb: import_sources(nb, [str(p)]))
            assert reports[0].error is None, reports[0].error
            # the index the command builds next, from the notes the import holds, beside
            # the same index built from the files by a notebook that holds nothing
            nb.save_parse_cache()  # as the command does first (both builds use it)
            held, _ = timed(lambda nb=nb: index_of(nb).sync())
            nb.close_index()
            read, _ = timed(lambda t=tmp: index_of(Notebook(Path(t) / "nb")).rebuild())
            talks = len(programme.talks)
            files = talks + len(nb.people) + 1
            floor = write_floor(Path(tmp) / "floor", files)
            copied = copy_floor(Path(tmp) / "nb", Path(tmp) / "copy")
            print(
                f"{label:<20} {talks} talks  parse {parse:6.2f} s = {parse / ref:5.1f}x loading "
                f"the file ({ref:.2f} s); whole import {whole:6.2f} s = {whole / merge_only:4.2f}x "
                f"merging the parsed programme ({merge_only:.2f} s) = {whole / floor:4.2f}x "
                f"plain Python writing {files} files atomically one by one ({floor:.2f} s) "
                f"= {whole / copied:4.2f}x `cp -r` + `sync` of the notes ({copied:.2f} s); "
                f"target 60 s"
            )
            print(
                f"{'':<20} the index after the import {held:6.2f} s = {held / read:4.2f}x the "
                f"same index built from the files ({read:.2f} s)"
            )
            if args.cli:
                cli = cli_import(path, Path(tmp) / "cli")
                print(
                    f"{'':<20} `confnotes import` (a fresh process, the index built too) "
                    f"{cli:6.2f} s = {cli / floor:4.2f}x the plain-Python writes "
                    f"= {cli / copied:4.2f}x `cp -r` + `sync`; load average "
                    f"{os.getloadavg()[0]:.1f}"
                )


if __name__ == "__main__":
    main()
