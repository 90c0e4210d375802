"""[[Wikilinks]] at scale: resolver, link graph, one header's backlinks, one note's update,
completion and a rename, each as a ratio against a plain substring scan of every note body
measured in the same run (the least any "who mentions X" must cost).

    .venv/bin/python benchmarks/bench_links.py [N]      (default 20,000 talk notes)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from confnotes.knowledge.wikilinks import LinkGraph, LinkResolver, rewrite_links
from confnotes.model import Person, Talk
from confnotes.notebook.notebook import Notebook


def _notebook(n: int) -> Notebook:
    nb = Notebook("/nonexistent-bench-notebook")
    people = max(50, n // 10)
    for i in range(people):
        nb.people[f"p{i}"] = Person(id=f"p{i}", name=f"Given{i} Family{i}")
    for i in range(n):
        body = "Notes about the talk, a few sentences long. " * 15
        if i % 3 == 0:
            body += f"\nsee [[Given{i % people} Family{i % people}]] and [[c/t{(i * 7) % n}]]"
        nb.talks[f"c/t{i}"] = Talk(
            id=f"c/t{i}", conference="c", title=f"Talk {i} on {i % 97}", body=body
        )
    return nb


def _best(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    nb = _notebook(n)
    reference = _best(lambda: sum(1 for t in nb.talks.values() if "Family7" in t.body))
    resolver = LinkResolver(nb)
    graph = LinkGraph.build(nb, resolver)
    target = resolver.resolve("Given7 Family7")
    assert target is not None
    note = nb.talks["c/t0"]

    def update() -> None:
        graph.update("talk", note.id, note.title, note.body)

    def rename() -> None:
        rewrite_links(note.body, resolver, target, "X Y")

    rows = [
        ("reference: substring scan of every body", reference),
        ("LinkResolver (names of talks and people)", _best(lambda: LinkResolver(nb))),
        (
            "LinkGraph.build (every note's links resolved)",
            _best(lambda: LinkGraph.build(nb, resolver)),
        ),
        ("one header's backlinks (graph built)", _best(lambda: graph.backlinks(target))),
        (
            "one saved note's update",
            _best(lambda: graph.update("talk", note.id, note.title, note.body)),
        ),
        ("completion of 'fami' (after [[)", _best(lambda: resolver.complete("fami"))),
        (
            "rewrite one note's links (rename)",
            _best(lambda: rewrite_links(note.body, resolver, target, "X Y")),
        ),
    ]
    print(f"{n:,} talk notes, {len(nb.people):,} people; CPU time, best of 3")
    for label, seconds in rows:
        print(f"  {label:<50} {seconds * 1000:9.2f} ms   {seconds / reference:8.2f} x reference")


if __name__ == "__main__":
    main()
