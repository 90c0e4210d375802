"""Conference-day features on N talks (default 1000), each against a same-run reference.

Usage: python benchmarks/bench_conference.py [N]

- clashes among the starred talks (every 5th talk starred; done on every save in the app)
  vs the least any clash check must do: the starred talks' slots;
- ``export --format ics --only starred`` vs ``--format json --only starred``;
- ``import --update`` of an unchanged N-event frab programme (fetch, parse, merge,
  compare) vs re-importing the same file (fetch, parse, merge);
- ``confnotes new`` (one note in an N-talk conference) vs saving one existing note.

Figures are CPU seconds, best of 3, printed with the ratio to their reference.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from bench_export import build

from confnotes.exporters import Selection, export
from confnotes.importers.sources import import_sources
from confnotes.importers.update import update_conference
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.clashes import starred_clashes
from confnotes.schedule.now import Clock, slot_of
from confnotes.schedule.quicknote import NewNote, create_note


def best(fn: Callable[[], object], runs: int = 3) -> float:
    """Best CPU time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def frab(n: int) -> str:
    """An N-event, one-day-per-100-events frab schedule."""
    days: dict[int, list[str]] = {}
    for i in range(n):
        day, slot = divmod(i, 100)
        start = datetime(2024, 6, 1 + day % 28, 8, 0) + timedelta(minutes=5 * (slot // 4))
        days.setdefault(day, []).append(
            f"<room name='R{slot % 4}'><event guid='00000000-0000-4000-8000-{i:012d}' id='{i}'>"
            f"<date>{start:%Y-%m-%dT%H:%M}:00+02:00</date><start>{start:%H:%M}</start>"
            f"<duration>00:20</duration><room>R{slot % 4}</room><title>Event {i}</title>"
            f"<type>Talk</type><persons><person id='p{i % 50}'>Speaker Number{i % 50}</person>"
            "</persons></event></room>"
        )
    body = "".join(
        f"<day index='{d + 1}' date='2024-06-{1 + d % 28:02d}'>{''.join(evs)}</day>"
        for d, evs in days.items()
    )
    return (
        "<?xml version='1.0' encoding='utf-8' ?><schedule><conference><acronym>b24</acronym>"
        "<title>Update Bench 2024</title><time_zone_name>Europe/Paris</time_zone_name>"
        f"</conference>{body}</schedule>"
    )


def report(name: str, value: float, ref_name: str, ref: float) -> None:
    """One line: the figure, its reference and the ratio."""
    ratio = value / ref if ref > 0 else float("inf")
    print(f"{name}: {value * 1000:.1f} ms CPU = {ratio:.2f}x {ref_name} ({ref * 1000:.1f} ms)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "nb"
        build(root, n)
        nb = Notebook.open(root)

        def slots_only() -> object:
            return [slot_of(nb, t) for t in nb.talks.values() if t.starred]

        report(
            f"clashes among {sum(t.starred for t in nb.talks.values())} starred of {n}",
            best(lambda: starred_clashes(nb)),
            "their slots alone",
            best(slots_only),
        )
        sel = Selection(only="starred")
        report(
            "ics export --only starred",
            best(lambda: export(nb, "ics", sel)),
            "json export --only starred",
            best(lambda: export(nb, "json", sel)),
        )
        existing = next(iter(nb.talks.values()))
        saved = 0

        def save_one() -> None:
            nonlocal saved
            saved += 1
            existing.body = f"edit {saved}\n"
            nb.save_talk(existing)

        count = 0

        def new_one() -> None:
            nonlocal count
            count += 1
            create_note(
                nb,
                NewNote(f"Hallway chat {count}", "hallway", ["Person 1"], conference="bench"),
                Clock(datetime(2024, 5, 1, 10, 0), frozen=True),
            )

        report("confnotes new (one note)", best(new_one), "saving one note", best(save_one))

        source = Path(tmp) / "schedule.xml"
        source.write_text(frab(n), encoding="utf-8")
        nb2 = Notebook.open(Path(tmp) / "nb2", create=True)
        [first] = import_sources(nb2, [str(source)])
        assert first.error is None, first.error
        conf_id = first.conference_id
        report(
            f"import --update of an unchanged {n}-event programme",
            best(lambda: update_conference(nb2, conf_id)),
            "re-importing it",
            best(lambda: import_sources(nb2, [str(source)])),
        )


if __name__ == "__main__":
    main()
