"""Judge a search function on the labelled set of :mod:`.queries`: each case holds or not, and
recall and precision, over the whole set and per pattern.

A search function takes a query and its surface (``cli`` or ``app``) and returns talk ids best
first. :func:`cli_search` and :func:`app_search` are confnotes' own, through the same entry
point as ``confnotes search`` and the app's search screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tests.quality.queries import APP, CASES, Case

if TYPE_CHECKING:
    from confnotes.index import SearchIndex, SearchResults

Search = Callable[[str, str], list[str]]
"""(query, surface) → talk ids, best first."""

APP_LIMIT = 30
"""What the app's search screen asks for (``SearchScreen.LIMIT``)."""


def cli_search(index: SearchIndex, query: str) -> list[str]:
    """Talks as ``confnotes search QUERY --json --limit 200`` lists them."""
    return [h.id for h in index.search(query, limit=200, kinds=("talk",)).hits]


def app_results(index: SearchIndex, query: str) -> SearchResults:
    """What the app's search screen asks the index on each pause in the typing.

    The screen calls ``index.search(query, limit=SearchScreen.LIMIT, typing=True,
    budget=SearchScreen.BUDGET)`` (then, when that ranked only some notes, the same without
    a budget once the typing pauses); when that call
    changes, change it here (a test compares the two; ``bench_as_you_type.py`` times it)."""
    from confnotes.tui.screens.search import SearchScreen

    return index.search(query, limit=APP_LIMIT, typing=True, budget=SearchScreen.BUDGET)


def app_search(index: SearchIndex, query: str) -> list[str]:
    """Talks as the app's search screen shows them while typing (it asks for every kind:
    people and conferences take places too, and are left out here)."""
    return [h.id for h in app_results(index, query).hits if h.kind == "talk"]


def confnotes_search(index: SearchIndex) -> Search:
    """confnotes, each case through the surface it is labelled for."""
    return lambda query, surface: (app_search if surface == APP else cli_search)(index, query)


@dataclass(frozen=True)
class Outcome:
    """How one case went."""

    case: Case
    got: tuple[str, ...]
    """Talks returned, best first."""

    @property
    def missing(self) -> frozenset[str]:
        return self.case.find - set(self.got)

    @property
    def wrong(self) -> frozenset[str]:
        """Talks returned that the labels rule out."""
        got = set(self.got)
        if self.case.only:
            return frozenset(got - self.case.find - self.case.may)
        return frozenset(got & self.case.avoid)

    @property
    def right(self) -> int:
        return len(self.case.find & set(self.got))

    @property
    def misordered(self) -> list[tuple[str, str]]:
        """Pairs of ``before`` not in that order (a missing talk counts as misordered)."""
        rank = {tid: i for i, tid in enumerate(self.got)}
        out = [
            (a, b)
            for a, b in self.case.before
            if a not in rank or (b in rank and rank[b] < rank[a])
        ]
        if self.case.first and set(self.got[: len(self.case.find)]) != self.case.find:
            out.append(("first", ",".join(sorted(self.case.find))))
        return out

    @property
    def holds(self) -> bool:
        return not self.missing and not self.wrong and not self.misordered

    def explain(self) -> str:
        parts = []
        if self.missing:
            parts.append(f"missing {sorted(self.missing)}")
        if self.wrong:
            parts.append(f"wrong {sorted(self.wrong)}")
        if self.misordered:
            parts.append(f"order {self.misordered} in {list(self.got)}")
        return f"{self.case.id} {self.case.query!r}: " + "; ".join(parts)


@dataclass
class Score:
    """Micro-averaged recall and precision, and the cases that held."""

    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def found(self) -> int:
        return sum(o.right for o in self.outcomes)

    @property
    def expected(self) -> int:
        return sum(len(o.case.find) for o in self.outcomes)

    @property
    def judged(self) -> int:
        """Talks returned that the labels judge (found, or ruled out)."""
        return self.found + sum(len(o.wrong) for o in self.outcomes)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.judged if self.judged else 1.0

    @property
    def held(self) -> int:
        return sum(o.holds for o in self.outcomes)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.holds]


def judge(case: Case, got: Iterable[str]) -> Outcome:
    """The outcome of ``case`` when a search returned ``got`` (best first)."""
    return Outcome(case, tuple(dict.fromkeys(got)))


def evaluate(search: Search, cases: Iterable[Case] = CASES) -> Score:
    """Run every case through ``search`` and judge the answers."""
    return Score([judge(case, search(case.query, case.surface)) for case in cases])


def by_pattern(score: Score) -> dict[str, Score]:
    """The same outcomes, one score per pattern (in the order the patterns first appear)."""
    out: dict[str, Score] = {}
    for outcome in score.outcomes:
        out.setdefault(outcome.case.pattern, Score()).outcomes.append(outcome)
    return out
