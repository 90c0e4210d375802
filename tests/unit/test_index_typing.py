"""A keystroke's search in a big notebook: the first page, the ranking, stopping, snippets.

A notebook large enough to need the first page takes minutes to build, so these tests
lower :data:`confnotes.index.first_page.AFFORDABLE` instead: the mechanism is the same.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from confnotes.index import SearchIndex, first_page, open_index
from confnotes.index.snippets import match_spans
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook

CONF = "fixpts-2019"
TITLED = {f"{CONF}/deep-equilibrium-models", f"{CONF}/monotone-operator-networks"}
"""The talks whose titles say "equilibrium" (the panel's notes say it too)."""
KEYSTROKE = 0.015


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    ix = open_index(Notebook(make_notebook(tmp_path_factory.mktemp("typing") / "nb")))
    ix.sync()
    ix.warm()
    yield ix
    ix.close()


def test_a_small_notebook_ranks_every_note_at_each_keystroke(index: SearchIndex) -> None:
    typed = index.search("equilib", limit=30, typing=True, budget=KEYSTROKE)
    complete = index.search("equilib", limit=30, typing=True)
    assert not typed.partial
    assert [h.id for h in typed.hits] == [h.id for h in complete.hits]
    assert f"{CONF}/panel-future" in {h.id for h in typed.hits}


def test_too_many_notes_first_show_those_whose_title_has_the_word(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_page, "AFFORDABLE", 1)
    typed = index.search("equilib", limit=2, kinds=("talk",), typing=True, budget=KEYSTROKE)
    assert typed.partial  # the screen asks for every note on a pause
    assert {h.id for h in typed.hits} == TITLED
    assert all("**" in h.marked_snippet() for h in typed.hits)
    complete = index.search("equilib", limit=30, kinds=("talk",), typing=True)
    assert not complete.partial
    assert TITLED | {f"{CONF}/panel-future"} <= {h.id for h in complete.hits}


def test_a_word_in_no_title_still_shows_notes_at_once(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_page, "AFFORDABLE", 1)
    everywhere = index.search("broyden", limit=30, typing=True)
    typed = index.search("broyden", limit=30, typing=True, budget=KEYSTROKE)
    assert typed.hits and {h.id for h in typed.hits} <= {h.id for h in everywhere.hits}


def test_an_excluded_word_stays_excluded_on_the_first_page(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_page, "AFFORDABLE", 1)
    typed = index.search("equilibrium -broyden", limit=1, typing=True, budget=KEYSTROKE)
    assert typed.hits and f"{CONF}/deep-equilibrium-models" not in {h.id for h in typed.hits}


def test_a_search_stopped_by_a_newer_keystroke_returns_nothing(index: SearchIndex) -> None:
    stop = threading.Event()
    stop.set()
    results = index.search("equilibrium", limit=30, typing=True, stop=stop)
    assert results.partial and not results.hits
    assert index.search("equilibrium", limit=30, typing=True).hits  # the index is fine


def test_ranking_is_whoosh_bm25f() -> None:
    """The length tables give the scores Whoosh's own BM25F gives, over segments of every
    size; equal scores come newest first."""
    from whoosh import scoring
    from whoosh.fields import NUMERIC, TEXT, Schema
    from whoosh.filedb.filestore import RamStorage
    from whoosh.query import Or, Term

    from confnotes.index.ranking import Ranking, SegmentTables

    ix = RamStorage().create_index(Schema(text=TEXT, ts=NUMERIC(bits=64, sortable=True)))
    for batch in range(3):  # three commits, not merged: three segments
        writer = ix.writer()
        for i in range(5):
            words = ["calibration"] * (1 + i % 3) + ["filler"] * (i * 7 + batch)
            writer.add_document(text=" ".join(words), ts=202001010000 + batch * 100 + i)
        writer.add_document(text="calibration twin", ts=201901010000 + batch)  # alike but dated
        writer.commit(merge=False)
    q = Or([Term("text", "calibration"), Term("text", "twin")])
    with ix.searcher(weighting=scoring.BM25F()) as theirs:
        expected = {d: s for s, d in theirs.search(q, limit=None).top_n}
    with ix.searcher(weighting=Ranking(SegmentTables())) as ours:
        assert len(ours.leaf_searchers()) == 3
        ranked = [d for _s, d in ours.search(q, limit=None).top_n]
        got = {d: s for s, d in ours.search(q, limit=None).top_n}
    assert got.keys() == expected.keys() and len(got) == 18
    for docnum, score in expected.items():
        assert got[docnum] == pytest.approx(score, abs=1e-6)  # six decimals count
    twins = [d for d in ranked if d in {5, 11, 17}]
    assert twins == [17, 11, 5]  # the newest twin first


@pytest.mark.parametrize(
    "text",
    ["recalibration then calibration.", "Ça recalibration, ensuite calibration é."],
)
def test_a_snippet_marks_whole_words_only(text: str) -> None:
    spans = match_spans(text, {"calibr"}, stemmed=True)
    assert [text[s:e] for s, e in spans] == ["calibration"]
