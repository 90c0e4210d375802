"""Time the screens of the UI on a synthetic notebook of N talks (default 5000).

Usage: python benchmarks/bench_screens.py [N] [--keep DIR] [--search-only] [--debounce S]

``--keep DIR`` builds the notebook in DIR (or reuses it when DIR exists).

Measures, on one notebook (five days, twelve rooms, notes on every other talk):

- search screen: from the last keystroke's change to the results on screen
  (debounce + index query + building the list), per kind of query, on the
  real Whoosh index, run headless in Textual's test driver;
- quick open: ranking every talk, person and conference name for one query;
- timetable: laying out the busiest day, and opening the screen headless;
- person page: the plain-text scan for notes mentioning someone (the
  fallback when there is no index).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from bench_common import pop_keep
from textual.app import App

from confnotes.index import open_index
from confnotes.model import Link
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.day_grid import build_day_grid, days_of
from confnotes.tui.commands import prepare, rank, rank_with_speakers
from confnotes.tui.screens.person import find_mentions
from confnotes.tui.screens.search import SearchScreen
from confnotes.tui.screens.timetable import TimetableScreen

WORDS = [
    "calibration",
    "abstention",
    "robustness",
    "shift",
    "equilibrium",
    "flows",
    "transformers",
    "attention",
    "benchmark",
    "dataset",
    "causal",
    "inference",
    "privacy",
    "federated",
    "kernel",
    "bayesian",
    "sampling",
    "diffusion",
    "alignment",
    "evaluation",
    "sparse",
    "graph",
    "retrieval",
    "tokenizer",
    "latency",
]


def build(root: Path, n: int) -> None:
    """Write the notebook through the Notebook API (as an import would)."""
    nb = Notebook.open(root, create=True)
    people = [
        nb.new_person(
            f"Speaker {i} Ñandú" if i % 9 == 0 else f"Speaker {i}", affiliations=[f"Lab {i % 50}"]
        )
        for i in range(600)
    ]
    for person in people:
        nb.save_person(person)
    conf = nb.new_conference(
        "Synthetic Conference",
        "synth",
        start=date(2024, 5, 1),
        end=date(2024, 5, 5),
        timezone="Europe/Paris",
    )
    nb.save_conference(conf)
    per_day = n // 5 + 1
    for i in range(n):
        day, slot = divmod(i, per_day)
        room = slot % 12
        start = datetime(2024, 5, 1 + day, 8, 0) + timedelta(minutes=30 * (slot // 12))
        words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(6)]
        body = ""
        if i % 2 == 0:
            lines = [
                f"- [{10 + k % 8:02d}:{k * 7 % 60:02d}] "
                + " ".join(WORDS[(i + k * 5 + j) % len(WORDS)] for j in range(12))
                for k in range(25)
            ]
            body = "## Notes\n\n" + "\n".join(lines) + f"\n\nasked Speaker {(i * 3) % 600}\n"
        talk = nb.new_talk(
            conf.id,
            f"Talk {i}: {' '.join(words[:4])}",
            start=start,
            end=start + timedelta(minutes=25),
            room=f"Room {room}",
            speakers=[people[i % 600].id],
            links=[Link(f"https://arxiv.org/abs/2401.{i:05d}", "paper")],
            starred=i % 11 == 0,
            body=body,
        )
        nb.save_talk(talk)


class TimedSearch(SearchScreen):
    """Records when each query started (typing paused) and when its results were shown."""

    SHOW_TIMING = False

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.changed_at: dict[str, float] = {}
        self.shown_at: dict[str, float] = {}
        self.overhead: list[float] = []
        """Seconds of each shown query beyond the debounce and ``index.search``."""

    def _start(self, query: str) -> None:
        self.changed_at[query] = time.perf_counter()
        super()._start(query)

    def _show_results(self, query, generation, results, elapsed) -> None:  # type: ignore[no-untyped-def]
        super()._show_results(query, generation, results, elapsed)
        self.shown_at[query] = now = time.perf_counter()
        if query in self.changed_at:
            self.overhead.append(now - self.changed_at[query] - self.DEBOUNCE - elapsed)


class Host(App[None]):
    def __init__(self, screen) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._first = screen

    def on_mount(self) -> None:
        self.push_screen(self._first)


async def shown_after_change(screen: TimedSearch, query: str, polls: int) -> float:
    """Seconds from the last change of the search box to ``query``'s results on screen."""
    for _ in range(polls):
        await asyncio.sleep(0.001)
        if query in screen.shown_at and screen.shown_at[query] > screen.changed_at[query]:
            break
    shown = screen.shown_at.pop(query)
    return shown - screen.changed_at[query]


async def bench_search(nb: Notebook, index) -> None:  # type: ignore[no-untyped-def]
    queries = {
        "term": "calibration",
        "two terms": "privacy kernel",
        "phrase": '"causal inference"',
        "field": "speaker:speaker",
        "prefix": "equilib*",
        "typo": "abstenton",
    }
    screen = TimedSearch(nb, index)
    app = Host(screen)
    async with app.run_test(size=(120, 40)) as pilot:
        from textual.widgets import Input

        box = screen.query_one(Input)
        for label, query in queries.items():
            runs = []
            for _ in range(5):
                box.value = ""
                await pilot.pause(0.05)
                box.value = query
                runs.append(await shown_after_change(screen, query, polls=2000))
            typed = []
            for _ in range(3):  # a typist: one key every 80 ms, stale queries on the way
                box.value = ""
                await pilot.pause(0.3)
                for end in range(1, len(query) + 1):
                    box.value = query[:end]
                    await asyncio.sleep(0.08 if end < len(query) else 0)
                typed.append(await shown_after_change(screen, query, polls=3000))
            alone, cpu = [], []
            for _ in range(3):
                t0, c0 = time.perf_counter(), time.process_time()
                index.search(query, limit=SearchScreen.LIMIT)
                alone.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            print(
                f"search {label:10} {query!r:22} index.search alone: "
                f"median {statistics.median(alone) * 1000:5.0f} ms wall, "
                f"{statistics.median(cpu) * 1000:5.0f} ms CPU"
            )
            print(
                f"search {label:10} {query!r:22} typing pause → results: "
                f"median {statistics.median(runs) * 1000:5.0f} ms, max {max(runs) * 1000:5.0f} ms "
                f"({len(screen.hits)} shown; debounce {SearchScreen.DEBOUNCE * 1000:.0f} ms)"
            )
            print(
                f"search {label:10} {query!r:22} typed at 12 keys/s, last key → results: "
                f"median {statistics.median(typed) * 1000:5.0f} ms, max {max(typed) * 1000:5.0f} ms"
            )
        over = sorted(screen.overhead)
        print(
            f"search screen's own share (pause → results minus debounce and index.search): "
            f"median {statistics.median(over) * 1000:.1f} ms, max {over[-1] * 1000:.1f} ms"
        )


async def bench_timetable(nb: Notebook, day: date) -> None:
    t0 = time.perf_counter()
    screen = TimetableScreen(nb, "synth", day, now=datetime(2024, 5, 1, 11, 0))
    app = Host(screen)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        print(f"timetable: open the screen on the busiest day: {time.perf_counter() - t0:.3f} s")
        from confnotes.tui.widgets.timetable_grid import TimetableGrid

        grid = screen.query_one(TimetableGrid)
        height = grid.size.height
        runs = []
        for step in ["down"] * 10 + ["right"] * 10:
            t0 = time.perf_counter()
            grid.action_cursor(step)
            for y in range(height):  # what the next frame paints
                grid.render_line(y)
            runs.append(time.perf_counter() - t0)
        print(
            f"timetable: cursor move + drawing the {height} visible rows: "
            f"median {statistics.median(runs) * 1000:.1f} ms per key"
        )


def main() -> None:
    args = sys.argv[1:]
    keep = pop_keep(args)
    args = [a for a in args if a != "--search-only"]
    if "--debounce" in args:  # try another pause before querying (seconds)
        at = args.index("--debounce")
        SearchScreen.DEBOUNCE = float(args[at + 1])
        del args[at : at + 2]
    n = int(args[0]) if args else 5000
    with tempfile.TemporaryDirectory() as tmp:
        root = keep or Path(tmp) / "notebook"
        if not root.exists():
            t0 = time.perf_counter()
            build(root, n)
            print(f"built {n} talks in {time.perf_counter() - t0:.1f} s")
        nb = Notebook.open(root)
        print(f"notebook: {len(nb.talks)} talks, {len(nb.people)} people")
        index = open_index(nb)
        t0 = time.perf_counter()
        index.sync()
        print(f"index sync: {time.perf_counter() - t0:.1f} s")
        asyncio.run(bench_search(nb, index))
        index.close()
        if "--search-only" in sys.argv:
            return

        names = [t.title for t in nb.talks.values()] + [p.name for p in nb.people.values()]
        t0 = time.perf_counter()
        prepared = prepare(names)
        print(
            f"quick open: prepare {len(names)} names once: "
            f"{(time.perf_counter() - t0) * 1000:.1f} ms"
        )
        runs = []
        for query in ("talk 4321", "speaker 17", "calbration abstention", "synthetic"):
            t0 = time.perf_counter()
            rank(query, prepared)
            runs.append(time.perf_counter() - t0)
        print(
            f"quick open: rank {len(names)} names: median {statistics.median(runs) * 1000:.1f} ms,"
            f" max {max(runs) * 1000:.1f} ms"
        )
        # What the palette runs: names, and talks by their speakers' names too.
        speakers = [
            (i, names)
            for i, names in enumerate(
                prepare(
                    [
                        ", ".join(nb.people[p].name for p in t.speakers if p in nb.people)
                        for t in nb.talks.values()
                    ]
                )
            )
            if names
        ]
        runs = []
        for query in ("talk 4321", "speaker 17", "calbration abstention", "synthetic"):
            t0 = time.process_time()
            rank_with_speakers(query, prepared, speakers)
            runs.append(time.process_time() - t0)
        print(
            f"quick open: rank {len(names)} names and {len(speakers)} talks' speakers: "
            f"median {statistics.median(runs) * 1000:.1f} ms CPU, max {max(runs) * 1000:.1f} ms"
        )

        talks = nb.talks_of("synth")
        day = max(
            days_of(talks), key=lambda d: sum(1 for t in talks if t.start and t.start.date() == d)
        )
        t0 = time.perf_counter()
        grid = build_day_grid(talks, day)
        print(
            f"timetable: lay out {len(grid.blocks)} talks in {len(grid.columns)} rooms: "
            f"{(time.perf_counter() - t0) * 1000:.1f} ms"
        )
        asyncio.run(bench_timetable(nb, day))

        person = nb.people["speaker-114"]
        t0 = time.perf_counter()
        found = find_mentions(nb, person)
        print(
            f"person page: plain scan of {len(nb.talks)} notes for mentions: "
            f"{(time.perf_counter() - t0) * 1000:.0f} ms ({len(found)} found)"
        )


if __name__ == "__main__":
    main()
