"""Query plans made without Whoosh: a stand-in for ``whoosh.query`` that the compiler uses
when the Whoosh-free reader (:mod:`confnotes.index.light`) answers a search.

:func:`confnotes.index.query.compile_query` builds a query through a *query module*;
this one has the names and constructors of ``whoosh.query`` it calls, and its
objects carry what :mod:`confnotes.index.fastpath` reads (fields, words, boosts,
sub-queries). Nothing here matches documents: a plan that
:func:`~confnotes.index.fastpath.required_terms` cannot turn into terms (a NOT, a date
range, a boost) makes the reader hand the search to Whoosh. It is passed as an
argument, never put in ``sys.modules``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


class Query:
    """A node of a plan."""

    boost = 1.0

    def is_leaf(self) -> bool:
        return True

    def leaves(self) -> Iterator[Query]:
        yield self


class Term(Query):
    """A word of one field."""

    def __init__(self, fieldname: str, text: str, boost: float = 1.0):
        self.fieldname = fieldname
        self.text = text
        self.boost = boost

    def __repr__(self) -> str:
        return f"Term({self.fieldname!r}, {self.text!r})"


class Phrase(Query):
    """Words at consecutive positions of one field."""

    def __init__(self, fieldname: str, words: list[str], boost: float = 1.0):
        self.fieldname = fieldname
        self.words = list(words)
        self.boost = boost


class _Compound(Query):
    def __init__(self, subqueries: list[Any], boost: float = 1.0):
        self.subqueries = list(subqueries)
        self.boost = boost

    def is_leaf(self) -> bool:
        return False

    def leaves(self) -> Iterator[Query]:
        for sub in self.subqueries:
            yield from sub.leaves()


class And(_Compound):
    """Every part."""


class Or(_Compound):
    """Any part."""


class Not(Query):
    """Documents without the part (never answered here)."""

    def __init__(self, query: Any):
        self.query = query

    def is_leaf(self) -> bool:
        return False


class AndNot(Query):
    """The first part without the second (never answered here)."""

    def __init__(self, positive: Any, negative: Any):
        self.positive = positive
        self.negative = negative

    def is_leaf(self) -> bool:
        return False


class Every(Query):
    """Every document (never answered here)."""


class TermRange(Query):
    """Terms between two words (never answered here)."""

    def __init__(self, fieldname: str, start: str, end: str, **kwargs: Any):
        self.fieldname = fieldname
        self.start = start
        self.end = end


class _Null(Query):
    """Matches nothing: a word no document holds."""

    def __repr__(self) -> str:
        return "<NullQuery>"


NullQuery = _Null()
