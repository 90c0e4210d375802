"""The fast AND/phrase path ranks exactly like Whoosh's own exhaustive search.

Queries of words and phrases that must all occur are scored by confnotes from
whole posting lists (see ``confnotes.index.fastpath``); a user must get the
same hits in the same order, with the same scores and totals, as Whoosh would
give, also after edits (deleted documents, several segments) and when equal
scores are broken by date.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from confnotes.index import fastpath, open_index
from confnotes.index.fastpath import with_kinds
from confnotes.index.query import compile_query, parse
from confnotes.index.whoosh_index import WhooshIndex, _score
from confnotes.notebook.notebook import Notebook

WORDS = [
    "fixed",
    "point",
    "equilibrium",
    "model",
    "network",
    "neural",
    "deep",
    "implicit",
    "layer",
    "solver",
    "root",
    "gradient",
    "memory",
    "unit",
    "legendre",
    "mode",
    "collapse",
    "auxiliary",
    "classifier",
    "twin",
    "gan",
]

QUERIES = [
    "equilibrium",
    "fixed",
    "equilibrium model",
    "neural network deep",
    '"fixed point"',
    '"mode collapse"',
    '"neural network" solver',
    '"point fixed"',
    "title:equilibrium",
    "speaker:kolter",
    'room:"west ballroom"',
    "kind:oral",
    "twin",
    "mod*",
    "fix* poin*",
    "fixed OR point",
    "(fixed OR collapse) model",
    "speaker:kolter OR title:twin",
    "model model",
]


def _note(rng: random.Random, i: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))
    title = " ".join(rng.choice(WORDS) for _ in range(3)).title()
    kind = "oral" if i % 3 else "poster"
    room = "West Ballroom A" if i % 2 else "East Hall"
    day = 10 + i % 3
    return (
        f"---\ntitle: {title}\nkind: {kind}\nroom: {room}\nstart: 2019-12-{day}T10:{i % 60:02d}\n"
        f"speakers: [zico-kolter]\n---\n{body}\n"
    )


def _edited_index(
    root: Path, conference: str, people: dict[str, str], notes: list[str], every: int, extra: str
) -> WhooshIndex:
    """An index of ``notes``, then every ``every``-th note edited after the build, so the
    index holds deleted documents and more than one segment, as after a day of typing."""
    (root / "conf").mkdir()
    (root / "conf" / "conference.yaml").write_text(conference)
    (root / "people").mkdir()
    for pid, text in people.items():
        (root / "people" / f"{pid}.md").write_text(text)
    for i, note in enumerate(notes):
        (root / "conf" / f"talk-{i:03d}.md").write_text(note, encoding="utf-8")
    ix = open_index(Notebook(root))
    ix.sync()
    for i in range(0, len(notes), every):
        path = root / "conf" / f"talk-{i:03d}.md"
        path.write_text(path.read_text("utf-8") + extra, "utf-8")
        ix.sync()
    assert isinstance(ix, WhooshIndex)
    assert ix.segment_count() > 1
    return ix


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WhooshIndex]:
    rng = random.Random(7)
    ix = _edited_index(
        tmp_path_factory.mktemp("fastpath"),
        "name: Conf 2019\nstart: 2019-12-10\n",
        {"zico-kolter": "---\nname: Zico Kolter\n---\n"},
        [_note(rng, i) for i in range(80)],
        9,
        "\nfixed point mode collapse\n",
    )
    yield ix
    ix.close()


def _both(ix: WhooshIndex, query: str, limit: int, kinds: tuple[str, ...] = ()) -> tuple:
    searcher = ix._get_searcher()
    q = with_kinds(compile_query(parse(query), searcher.reader()).query, kinds)
    plan = fastpath.required_terms(q)
    assert plan is not None, query
    fast = fastpath.run(searcher, searcher.weighting, ix._cache, *plan, limit)
    assert fast is not None
    slow_top, slow_total = ix._top(searcher, q, limit)
    slow_all = searcher.search(q, limit=None)
    return fast, (slow_top, slow_total), len(slow_all)


def _shown(ix: WhooshIndex, pairs: list[tuple[float, int]]) -> list[tuple[float, int]]:
    searcher = ix._get_searcher()
    ts = {d: int(searcher.stored_fields(d).get("ts") or 0) for _s, d in pairs}
    return sorted(pairs, key=lambda p: (-round(p[0], 9), -ts[p[1]]))


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit", [1, 5, 200])
def test_same_hits_scores_and_order_as_whoosh(index: WhooshIndex, query: str, limit: int) -> None:
    (fast_top, fast_total), (slow_top, _), matches = _both(index, query, limit)
    # the order a user sees: score, then newest first (as WhooshIndex._run sorts a page)
    fast_docs = _shown(index, [(s, d) for s, d in fast_top[:limit]])
    slow_docs = _shown(index, [(_score(s), d) for s, d in slow_top[:limit]])
    assert [d for _s, d in fast_docs] == [d for _s, d in slow_docs]
    for (fs, _), (ss, _) in zip(fast_docs, slow_docs, strict=True):
        assert fs == pytest.approx(ss)
    if len(fast_top) <= limit:
        assert fast_total == matches  # everything on the page: the total is exact


def test_kinds_filter_matches_whoosh(index: WhooshIndex) -> None:
    (fast_top, _), (slow_top, _), _ = _both(index, "equilibrium", 10, kinds=("talk",))
    assert [d for _s, d in fast_top[:10]] == [d for _s, d in slow_top[:10]]


def test_equal_scores_newest_first(index: WhooshIndex) -> None:
    hits = index.search("speaker:kolter", limit=10).hits
    scores = {round(h.score, 9) for h in hits}
    assert len(scores) == 1  # every talk names him once: the date decides
    assert [h.ts for h in hits] == sorted((h.ts for h in hits), reverse=True)


def test_not_dates_and_phrases_under_or_are_left_to_whoosh(index: WhooshIndex) -> None:
    searcher = index._get_searcher()
    for query in ["fixed -point", "date:2019-12-10..2019-12-11", '"fixed point" OR twin']:
        q = compile_query(parse(query), searcher.reader()).query
        assert fastpath.required_terms(q) is None, query
        assert index.search(query, limit=5).hits


def test_posting_cache_stays_within_its_budget(
    index: WhooshIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    from confnotes.index import scoring

    monkeypatch.setattr(scoring, "POSTINGS_BUDGET", 400)
    cache = scoring.SegmentCache()
    searcher = index._get_searcher()
    reader = searcher.leaf_searchers()[0][0].reader()
    for word in ["fixed", "point", "model", "network", "neural", "deep", "solver", "twin"]:
        ids, _w, _v = cache.postings(reader, "text", word, False, fastpath._postings)
        assert list(ids) == list(fastpath._postings(reader, "text", word, False)[0])
        assert cache._postings_held <= 400


FUZZ_WORDS = [
    "fixed",
    "point",
    "model",
    "models",
    "network",
    "deep",
    "layer",
    "solver",
    "root",
    "gradient",
    "mode",
    "collapse",
    "twin",
    "gan",
    "ballroom",
    "west",
    "the",
    "a",
]
FUZZ_FIELDS = ["", "", "", "title:", "speaker:", "room:", "tag:", "session:"]


def _fuzz_note(rng: random.Random, i: int) -> str:
    body = " ".join(rng.choice(FUZZ_WORDS) for _ in range(rng.randint(0, 60)))
    title = " ".join(rng.choice(FUZZ_WORDS) for _ in range(rng.randint(1, 4)))
    tags = ", ".join(rng.sample(FUZZ_WORDS, 2))
    room = rng.choice(["West Ballroom A", "East Hall", "Room 1"])
    return (
        f"---\ntitle: {title}\nkind: {rng.choice(['oral', 'poster'])}\nroom: {room}\n"
        f"session: {rng.choice(['Deep Models', 'Fixed Points'])}\n"
        f"start: 2019-12-{10 + i % 3}T{8 + i % 10:02d}:00\ntags: [{tags}]\n"
        f"speakers: [{rng.choice(['ann-lee', 'bo-root'])}]\n---\n{body}\n"
    )


def _fuzz_query(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        f = rng.choice(FUZZ_FIELDS)
        r = rng.random()
        if r < 0.25:
            parts.append(f'{f}"{rng.choice(FUZZ_WORDS)} {rng.choice(FUZZ_WORDS)}"')
        elif r < 0.35:
            parts.append(f"{f}{rng.choice(FUZZ_WORDS)[:3]}*")
        else:
            parts.append(f + rng.choice(FUZZ_WORDS))
    joiner = rng.choice([" ", " ", " OR "])
    return joiner.join(parts)


FUZZ_QUERIES = [_fuzz_query(random.Random(n)) for n in range(300)]


def _fuzz_view(ix: WhooshIndex, q: str, limit: int, kinds: tuple[str, ...]) -> tuple:
    res = ix.search(q, limit=limit, kinds=kinds)
    return [(h.kind, h.id, round(h.score, 6)) for h in res.hits], res.total


def _exhaustive_top(self: WhooshIndex, searcher: object, q: object, limit: int) -> tuple:
    """Whoosh without a limit (its limited search can miss the best hits, see below)."""
    found = searcher.search(q, limit=None)  # type: ignore[attr-defined]
    pairs = [(h.score, h.docnum, int(h.fields().get("ts") or 0)) for h in found]
    pairs.sort(key=lambda p: (-round(p[0], 9), -p[2], p[1]))
    return [(s, d) for s, d, _t in pairs[: limit + 1]], len(pairs)


@pytest.mark.parametrize("query", FUZZ_QUERIES)
def test_random_queries_rank_as_whoosh(
    fuzz_index: WhooshIndex, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """300 random queries (fields, phrases, prefixes, OR) give the hits, order and scores
    Whoosh gives, at several limits and with the talks-only filter."""
    for limit, kinds in [(3, ()), (50, ()), (10, ("talk",))]:
        searcher = fuzz_index._get_searcher()
        q = with_kinds(compile_query(parse(query), searcher.reader()).query, kinds)
        if fastpath.required_terms(q) is None:
            continue  # Whoosh's own path: see test_talks_only_search_keeps_the_best_hit
        fast = _fuzz_view(fuzz_index, query, limit, kinds)
        with monkeypatch.context() as m:
            m.setattr(fastpath, "required_terms", lambda q: None)
            m.setattr(WhooshIndex, "_top", _exhaustive_top)
            slow = _fuzz_view(fuzz_index, query, limit, kinds)
        assert fast[0] == slow[0], (query, limit, kinds)
        if len(fast[0]) < limit:
            assert fast[1] == slow[1], (query, limit, kinds)


def test_talks_only_search_keeps_the_best_hit(fuzz_index: WhooshIndex) -> None:
    """``search --json`` (talks only) shows the same top 10 as an unlimited search.

    The query becomes And(Or(...), doctype), on Whoosh's own path; Whoosh's limited
    top-N search used to miss the best-scored talk there."""
    query = "fixed OR model OR speaker:point"  # a NullQuery in the Or: not the fast path
    limited = [h.id for h in fuzz_index.search(query, limit=10, kinds=("talk",)).hits]
    everything = [h.id for h in fuzz_index.search(query, limit=500, kinds=("talk",)).hits]
    assert limited == everything[:10]
