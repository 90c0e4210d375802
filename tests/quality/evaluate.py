"""Recall and precision of a search function over the labelled set in :mod:`.corpus`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tests.quality.corpus import QUERIES


@dataclass
class Score:
    """Micro-averaged recall and precision, with the queries that missed or over-matched."""

    found: int = 0
    expected: int = 0
    returned: int = 0
    misses: list[tuple[str, set[str], set[str]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.returned if self.returned else 1.0


def evaluate(search: Callable[[str], set[str]]) -> Score:
    """Run every query through ``search`` (query → talk ids) and score the answers."""
    score = Score()
    for _what, query, expected in QUERIES:
        got = search(query)
        score.found += len(got & expected)
        score.expected += len(expected)
        score.returned += len(got)
        if got != expected:
            score.misses.append((query, expected - got, got - expected))
    return score
