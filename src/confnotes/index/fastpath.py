"""AND-of-words queries (and phrases) scored from whole posting lists, not posting by posting.

Whoosh walks posting lists through a tree of matcher objects, several Python
calls per posting: an AND of two common words costs ~10 µs per candidate
document at 5,000 talks. Most queries people type are words and phrases that
must all occur (``equilibrium models``, ``"fixed point"``, ``room:"west
ballroom a"``), so for those the postings of each word are read block by block
into lists, intersected with a dict, and scored with the same BM25F scorer
objects Whoosh uses (the scores are identical). Phrases are checked on the
positions of the best-scored candidates only, in score order, until the page is
full. Anything else (OR, NOT, prefixes, dates) goes to Whoosh.

The ranking (:func:`rank`) reads segments through a small protocol
(:class:`Segment`): Whoosh's searcher (:func:`run`) and the Whoosh-free reader of
:mod:`confnotes.index.light` both feed it, so both rank with the very same
arithmetic. The query shapes are told apart through a *query module* (``whoosh.query``,
or :mod:`confnotes.index.plan`, whose classes have the same names).
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

Ranked = tuple[list[tuple[float, int]], int]
"""``(score, docnum)`` pairs best first (``limit`` + 1 at most) and the number of matches."""


Term = tuple[str, str]
"""``(field, word)``."""


def required_terms(q: Any, wq: Any = None) -> tuple[list[list[Term]], list[Any]] | None:
    """The clauses every hit must match, and the phrases it must hold; or None.

    A clause is one term, or an OR of terms (a prefix, ``bengio OR abbeel``); a
    phrase adds one clause per word. None when the query is anything else (NOT,
    date ranges, nested ORs...) or holds a boost (every compiled query has boost 1).
    ``wq``: the module ``q`` was made with (default ``whoosh.query``).
    """
    if wq is None:
        wq = _whoosh_query()

    clauses: list[list[Term]] = []
    phrases: list[Any] = []

    def term(node: Any) -> Term | None:
        if isinstance(node, wq.Term) and isinstance(node.text, str) and node.boost == 1.0:
            return (node.fieldname, node.text)
        return None

    def walk(node: Any) -> bool:
        if getattr(node, "boost", 1.0) != 1.0:
            return False
        found = term(node)
        if found is not None:
            clauses.append([found])
            return True
        if isinstance(node, wq.Phrase):
            phrases.append(node)
            clauses.extend([(node.fieldname, w)] for w in node.words)
            return True
        if isinstance(node, wq.And):
            return all(walk(c) for c in node.subqueries)
        if isinstance(node, wq.Or):
            if len(node.subqueries) == 1:
                return walk(node.subqueries[0])
            if getattr(node, "minmatch", 0) or getattr(node, "scale", None):
                return False
            alternatives = [term(c) for c in node.subqueries]
            if not alternatives or any(t is None for t in alternatives):
                return False
            clauses.append([t for t in alternatives if t is not None])
            return True
        return False

    if q is wq.NullQuery or not walk(q) or not clauses:
        return None
    return clauses, phrases


def _postings(reader: Any, fieldname: str, text: str, values: bool) -> tuple[Any, Any, list]:
    """``(ids, weights, raw values)`` of one term in one segment, deleted documents left out."""
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.matching.wrappers import FilterMatcher
    from whoosh.reading import TermNotFound

    try:
        m = reader.postings(fieldname, text)
    except TermNotFound:  # anything else is a damaged index: the caller moves it aside
        return [], [], []
    deleted: Any = ()
    if isinstance(m, FilterMatcher):
        deleted, m = m._ids, m.child
    ids: list[int] = []
    weights: list[float] = []
    vals: list[Any] = []
    if type(m) is W3LeafMatcher:
        while m.is_active():
            m._read_ids()
            m._read_weights()
            ids.extend(m._ids)
            weights.extend(m._weights)
            if values:
                m._read_values()
                vals.extend(m._values)
            m._next_block()
    else:
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            if values:
                vals.append(m.value())
            m.next()
    if deleted:
        keep = [i for i, d in enumerate(ids) if d not in deleted]
        ids = [ids[i] for i in keep]
        weights = [weights[i] for i in keep]
        vals = [vals[i] for i in keep] if values else vals
    # compact (8 + 4 bytes a posting instead of ~60 for Python objects): they are cached
    return array("I", ids), array("d", weights), vals


Scorer = Callable[[int, float], float]
"""``(docnum, weight) → score`` for one term in one segment."""

if TYPE_CHECKING:  # a Protocol class costs ~2 ms to make: a cold search never needs it

    class Segment(Protocol):
        """What :func:`rank` reads of one segment of an index."""

        offset: int
        """The segment's first document number in the whole index."""

        def postings(self, fieldname: str, text: str, values: bool) -> tuple[Any, Any, Any]:
            """``(ids, weights, values)`` of a term, deleted documents left out (values only
            when asked)."""

        def scorer(self, fieldname: str, text: str) -> Scorer | None:
            """The term's scorer (BM25F with the whole index's statistics), or None when it
            is not one :func:`rank` can reproduce."""

        def times(self) -> list[int]:
            """Every document's sortable start time (ties: newest first)."""

        def positions(self, fieldname: str, raw: Any) -> Iterable[int]:
            """The positions a posting's value holds."""


class _WhooshSegment:
    """One segment of a Whoosh searcher, as :func:`rank` reads it."""

    def __init__(self, sub: Any, offset: int, weighting: Any, cache: Any):
        self.sub = sub
        self.offset = offset
        self.reader = sub.reader()
        self.weighting = weighting
        self.cache = cache

    def postings(self, fieldname: str, text: str, values: bool) -> tuple[Any, Any, Any]:
        return self.cache.postings(self.reader, fieldname, text, values, _postings)  # type: ignore[no-any-return]

    def scorer(self, fieldname: str, text: str) -> Scorer | None:
        """The same as Whoosh's scorer for this term."""
        from whoosh.scoring import BM25FScorer, WeightScorer

        scorer = self.weighting.scorer(self.sub, fieldname, text)
        if isinstance(scorer, BM25FScorer):
            dfl, score = scorer.dfl, scorer._score
            return lambda d, w: score(w, dfl(d))  # type: ignore[no-any-return]
        if isinstance(scorer, WeightScorer):
            return lambda _d, w: w
        return None

    def times(self) -> list[int]:
        return self.cache.segment_times(self.reader)  # type: ignore[no-any-return]

    def positions(self, fieldname: str, raw: Any) -> Iterable[int]:
        return self.sub.schema[fieldname].format.decode_as("positions", raw)  # type: ignore[no-any-return]


def run(
    searcher: Any,
    weighting: Any,
    cache: Any,
    clauses: list[list[Term]],
    phrases: list[Any],
    limit: int,
) -> Ranked | None:
    """:func:`rank` over a Whoosh searcher's segments; ``cache`` (a
    :class:`~confnotes.index.scoring.SegmentCache`) keeps start times and decoded
    posting lists."""
    segments = [
        _WhooshSegment(sub, offset, weighting, cache) for sub, offset in searcher.leaf_searchers()
    ]
    return rank(segments, clauses, phrases, limit)


def rank(
    segments: Iterable[Segment],
    clauses: list[list[Term]],
    phrases: list[Any],
    limit: int,
) -> Ranked | None:
    """The best ``limit`` + 1 documents matching every clause (and phrase), newest first on ties.

    Scores add up as in Whoosh: over the clauses (AND) and over the terms of a
    clause a document holds (OR). None when a scorer is not one this module knows
    (the caller then asks Whoosh).
    """
    phrase_words = {(p.fieldname, w) for p in phrases for w in p.words}
    ranked: list[tuple[float, int, int]] = []  # (rounded score, time, -docnum)
    exact: dict[int, float] = {}
    positions: dict[Term, dict[int, Any]] = {}
    decoders: dict[str, Segment] = {}
    for seg in segments:
        offset = seg.offset
        matched: list[dict[int, float]] = []
        raw_values: dict[Term, tuple[list[int], list[Any]]] = {}
        for clause in clauses:
            scores: dict[int, float] = {}
            for fieldname, text in clause:
                want_values = (fieldname, text) in phrase_words
                ids, weights, vals = seg.postings(fieldname, text, want_values)
                if not ids:
                    continue
                scorer = seg.scorer(fieldname, text)
                if scorer is None:
                    return None
                if want_values:
                    raw_values[(fieldname, text)] = (ids, vals)
                if scores:
                    get = scores.get
                    for d, w in zip(ids, weights, strict=True):
                        scores[d] = get(d, 0.0) + scorer(d, w)
                else:
                    scores = {d: scorer(d, w) for d, w in zip(ids, weights, strict=True)}
            if not scores:
                break
            matched.append(scores)
        else:
            matched.sort(key=len)
            acc = matched[0]
            for scores in matched[1:]:
                acc = {d: s + scores[d] for d, s in acc.items() if d in scores}
                if not acc:
                    break
            if not acc:
                continue
            times = seg.times()
            for d, score in acc.items():
                ranked.append((round(score, 9), times[d], -(d + offset)))
                exact[d + offset] = score
            for (fieldname, text), (ids, vals) in raw_values.items():
                held = positions.setdefault((fieldname, text), {})
                held.update((d + offset, v) for d, v in zip(ids, vals, strict=True) if d in acc)
                decoders.setdefault(fieldname, seg)
    if not phrases:
        best = heapq.nlargest(limit + 1, ranked)
        return [(exact[-d], -d) for _s, _t, d in best], len(ranked)
    # phrases: check positions in score order; every candidate, so the count is exact
    # ("showing 20 of 961 matches")
    ranked.sort(reverse=True)
    top: list[tuple[float, int]] = []
    total = 0
    for _s, _t, neg in ranked:
        d = -neg
        if all(_holds(positions, decoders, p, d) for p in phrases):
            total += 1
            if len(top) <= limit:
                top.append((exact[d], d))
    return top, total


def _holds(
    positions: dict[tuple[str, str], dict[int, Any]],
    decoders: dict[str, Segment],
    phrase: Any,
    d: int,
) -> bool:
    """Whether document ``d`` has the phrase's words at consecutive positions."""
    sets = []
    for w in phrase.words:
        raw = positions.get((phrase.fieldname, w), {}).get(d)
        if raw is None:
            return False
        sets.append(set(decoders[phrase.fieldname].positions(phrase.fieldname, raw)))
    first, rest = sets[0], sets[1:]
    return any(all(start + k in s for k, s in enumerate(rest, 1)) for start in first)


def _whoosh_query() -> Any:
    """Whoosh's query module (imported when a query made with it is read)."""
    from whoosh import query

    return query


def without_nulls(q: Any, wq: Any = None) -> Any:
    """``q`` with match-nothing parts (a word no field holds) resolved: dropped from an OR,
    and an AND holding one matches nothing (``wq``: the module ``q`` was made with).

    Whoosh ranks ``And(Or(a, b, <Null>), doctype:talk)`` wrongly when asked for a top N:
    the best talk was missing from the first 10 of ``search --json``. Its own
    ``normalize()`` is no cure: it also drops the Null from an AND, turning a query for
    an unknown word into "everything". Without the Nulls such ORs take the fast path too.
    """
    import copy

    if wq is None:
        wq = _whoosh_query()
    if not isinstance(q, (wq.And, wq.Or)) or type(q) not in (wq.And, wq.Or):
        return q
    subs = [without_nulls(sub, wq) for sub in q.subqueries]
    if isinstance(q, wq.And):
        if any(sub is wq.NullQuery for sub in subs):
            return wq.NullQuery
    else:
        subs = [sub for sub in subs if sub is not wq.NullQuery]
        if not subs:
            return wq.NullQuery
    pruned = copy.copy(q)
    pruned.subqueries = subs
    return pruned


def with_kinds(q: Any, kinds: tuple[str, ...], wq: Any = None) -> Any:
    """``q`` restricted to documents of the given kinds (talk, person, conference)."""
    if not kinds:
        return q
    if wq is None:
        wq = _whoosh_query()
    return wq.And([q, wq.Or([wq.Term("doctype", k) for k in kinds])])
