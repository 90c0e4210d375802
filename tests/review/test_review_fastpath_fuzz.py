"""REVIEW reproduction: the fast query path must rank exactly as Whoosh does, for random queries.

Each query is searched twice through ``WhooshIndex.search``: once as shipped, once with
the fast path switched off; the hits a user sees (ids, order, scores) must agree.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from confnotes.index import fastpath, open_index
from confnotes.index.query import compile_query, parse
from confnotes.index.whoosh_index import WhooshIndex, _with_kinds
from confnotes.notebook import Notebook

WORDS = [
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
FIELDS = ["", "", "", "title:", "speaker:", "room:", "tag:", "session:"]


def _note(rng: random.Random, i: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
    tags = ", ".join(rng.sample(WORDS, 2))
    room = rng.choice(["West Ballroom A", "East Hall", "Room 1"])
    return (
        f"---\ntitle: {title}\nkind: {rng.choice(['oral', 'poster'])}\nroom: {room}\n"
        f"session: {rng.choice(['Deep Models', 'Fixed Points'])}\n"
        f"start: 2019-12-{10 + i % 3}T{8 + i % 10:02d}:00\ntags: [{tags}]\n"
        f"speakers: [{rng.choice(['ann-lee', 'bo-root'])}]\n---\n{body}\n"
    )


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WhooshIndex]:
    root: Path = tmp_path_factory.mktemp("fuzz")
    (root / "conf").mkdir()
    (root / "conf" / "conference.yaml").write_text("name: Conf Deep 2019\nstart: 2019-12-10\n")
    (root / "people").mkdir()
    (root / "people" / "ann-lee.md").write_text("---\nname: Ann Lee\n---\nworks on deep models\n")
    (root / "people" / "bo-root.md").write_text("---\nname: Bo Root\n---\n")
    rng = random.Random(3)
    for i in range(120):
        (root / "conf" / f"t{i:03d}.md").write_text(_note(rng, i), encoding="utf-8")
    ix = open_index(Notebook(root))
    ix.sync()
    for i in range(0, 120, 7):  # deletions and several segments
        p = root / "conf" / f"t{i:03d}.md"
        p.write_text(p.read_text("utf-8") + "\nfixed point twin\n", "utf-8")
        ix.sync()
    assert isinstance(ix, WhooshIndex)
    yield ix
    ix.close()


def _query(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        f = rng.choice(FIELDS)
        r = rng.random()
        if r < 0.25:
            parts.append(f'{f}"{rng.choice(WORDS)} {rng.choice(WORDS)}"')
        elif r < 0.35:
            parts.append(f"{f}{rng.choice(WORDS)[:3]}*")
        else:
            parts.append(f + rng.choice(WORDS))
    joiner = rng.choice([" ", " ", " OR "])
    return joiner.join(parts)


QUERIES = [_query(random.Random(n)) for n in range(300)]


def _view(ix: WhooshIndex, q: str, limit: int, kinds: tuple[str, ...]) -> tuple:
    res = ix.search(q, limit=limit, kinds=kinds)
    return [(h.kind, h.id, round(h.score, 6)) for h in res.hits], res.total


def _exhaustive_top(self: WhooshIndex, searcher: object, q: object, limit: int) -> tuple:
    """Whoosh without a limit (its limited search can miss the best hits, see below)."""
    found = searcher.search(q, limit=None)  # type: ignore[attr-defined]
    pairs = [(h.score, h.docnum, int(h.fields().get("ts") or 0)) for h in found]
    pairs.sort(key=lambda p: (-round(p[0], 9), -p[2], p[1]))
    return [(s, d) for s, d, _t in pairs[: limit + 1]], len(pairs)


@pytest.mark.parametrize("query", QUERIES)
def test_fast_path_agrees_with_whoosh(
    index: WhooshIndex, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for limit, kinds in [(3, ()), (50, ()), (10, ("talk",))]:
        searcher = index._get_searcher()
        q = _with_kinds(compile_query(parse(query), searcher.reader()).query, kinds)
        if fastpath.required_terms(q) is None:
            continue  # Whoosh's own path: see test_whoosh_limited_search_misses_best_hit
        fast = _view(index, query, limit, kinds)
        with monkeypatch.context() as m:
            m.setattr(fastpath, "required_terms", lambda q: None)
            m.setattr(WhooshIndex, "_top", _exhaustive_top)
            slow = _view(index, query, limit, kinds)
        assert fast[0] == slow[0], (query, limit, kinds)
        if len(fast[0]) < limit:
            assert fast[1] == slow[1], (query, limit, kinds)


def test_whoosh_limited_search_misses_best_hit(index: WhooshIndex) -> None:
    """``search --json`` restricts to talks (And(Or(...), doctype)); Whoosh's top-N then
    misses the best-scored talk, which an unlimited search ranks first."""
    query = "fixed OR model OR speaker:point"  # a NullQuery in the Or: not the fast path
    limited = [h.id for h in index.search(query, limit=10, kinds=("talk",)).hits]
    everything = [h.id for h in index.search(query, limit=500, kinds=("talk",)).hits]
    assert limited == everything[:10]
