"""Search finds what people type: the labelled set of ``tests/quality`` (typos anywhere,
spelling variants, compounds, rare real words, stems and irregular plurals, folds, the app's
as-you-type prefixes, fewer-words fallback, URLs, DOIs and arXiv ids, proximity, tags, code
identifiers, query syntax), and the behaviour behind it.

The set is a ratchet: every case that holds today must keep holding; those listed in
``tests/quality/queries.FAILS_TODAY`` are expected failures (issue 30's matching work turns
them green; a strict xfail tells when one does, and its id is then deleted from the list).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import Input

from confnotes.cli import main
from confnotes.index import SearchIndex, open_index
from confnotes.index.analysis import url_terms, words
from confnotes.index.query import max_typos, parse_lenient
from confnotes.knowledge.people import name_tokens
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.slugs import make_slug
from confnotes.text.fold import fold
from confnotes.text.marks import MARKS
from confnotes.tui.screens.search import SearchScreen
from tests.quality.corpus import TALKS, write_notebook
from tests.quality.evaluate import APP_LIMIT, app_search, confnotes_search, evaluate, judge
from tests.quality.queries import APP, CASES, CLI, FAILS_TODAY, PATTERNS, Case
from tests.tui.helpers import HostApp, async_test

M = "mlsys-2024/"

RECALL_TODAY, PRECISION_TODAY = 0.99, 0.98
"""The whole set's recall and precision after issue 30's matching work (before: 0.75, 0.93)."""


@pytest.fixture(scope="module")
def notebook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_notebook(tmp_path_factory.mktemp("quality") / "nb")


@pytest.fixture(scope="module")
def index(notebook: Path) -> Iterator[SearchIndex]:
    with open_index(Notebook(notebook)) as ix:
        ix.sync()
        yield ix


def found(index: SearchIndex, query: str) -> set[str]:
    return {h.id for h in index.search(query, limit=200, kinds=("talk",)).hits}


def test_the_set_is_large_and_varied() -> None:
    assert len(CASES) >= 150
    assert len({c.id for c in CASES}) == len(CASES)
    for pattern in PATTERNS:
        assert sum(c.pattern == pattern for c in CASES) >= 3, pattern
    assert {c.pattern for c in CASES} <= set(PATTERNS)
    assert {"en", "de", "fr", "es", "ru", "zh", "ja", "el"} <= {c.lang for c in CASES}
    assert {c.surface for c in CASES} == {CLI, APP}
    assert all(c.surface == APP for c in CASES if c.pattern == "as-you-type")
    for needed in ("std::", ".", "_", "--", "doi.org", "dx.doi.org", "doi:", "arxiv.org/pdf"):
        assert any(needed in c.query for c in CASES if c.pattern in ("code", "link")), needed


def test_the_labels_name_talks_of_the_notebook() -> None:
    for case in CASES:
        assert case.talks <= set(TALKS), case.id
        assert not case.find & case.avoid, case.id
        assert case.find or case.avoid, case.id  # a case says what it is about
    assert {c.id for c in CASES} >= FAILS_TODAY


def _ratchet(case: Case) -> object:
    if case.id in FAILS_TODAY:
        mark = pytest.mark.xfail(strict=True, reason="not held yet (see FAILS_TODAY)")
        return pytest.param(case, marks=mark, id=case.id)
    return pytest.param(case, id=case.id)


@pytest.mark.parametrize("case", [_ratchet(c) for c in CASES])
def test_case(index: SearchIndex, case: Case) -> None:
    outcome = judge(case, confnotes_search(index)(case.query, case.surface))
    assert outcome.holds, outcome.explain()


def test_recall_and_precision_do_not_fall(index: SearchIndex) -> None:
    score = evaluate(confnotes_search(index))
    report = "\n".join(o.explain() for o in score.failed if o.case.id not in FAILS_TODAY)
    assert score.recall >= RECALL_TODAY, report
    assert score.precision >= PRECISION_TODAY, report


@async_test
async def test_the_app_surface_is_what_the_search_screen_shows(
    notebook: Path, index: SearchIndex
) -> None:
    """The as-you-type cases are judged on :func:`app_search`: it must ask the index what the
    search screen asks (when the screen's call changes, this fails until app_search follows)."""
    assert SearchScreen.LIMIT == APP_LIMIT
    nb = Notebook.open(notebook)
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        for query in ("calib", "equilib", "draft mo", "Müll", "calibration"):
            screen.query_one(Input).value = query
            for _ in range(200):
                await pilot.pause(0.02)
                if screen.last_query == query and not screen.workers:
                    break
            shown = [h.id for h in screen.hits if h.kind == "talk"]
            assert shown == app_search(index, query), query


def test_exact_matches_rank_above_corrected_ones(notebook: Path, tmp_path: Path) -> None:
    typo_note = notebook / "mlsys-2024" / "typo-in-a-note.md"
    typo_note.write_text("---\ntitle: Hallway chat\n---\nA transfomer that forgot its r.\n")
    try:
        with open_index(Notebook(notebook)) as ix:
            ix.sync()
            results = ix.search("transfomer", limit=10)
            ids = [h.id for h in results.hits]
            assert ids[0] == "mlsys-2024/typo-in-a-note"
            assert M + "transformer-inference" in ids[1:]
            assert results.corrected == "transformer" and results.exact == 1
    finally:
        typo_note.unlink()


def test_typo_rules_follow_word_length(index: SearchIndex) -> None:
    assert [max_typos(w) for w in ("gpus", "model", "calibrat", "calibrati")] == [0, 1, 1, 2]
    assert found(index, "smoothign") != set()  # one typo in 9 letters (a transposition)
    assert found(index, "gpx") == set()  # three letters: no typo allowed
    assert index.search("calbration").corrected == "calibration"
    assert index.search("calibration").corrected is None


def test_one_fold_everywhere() -> None:
    nfd = unicodedata.normalize("NFD", "Müller Łukasz Sørensen")
    assert fold(nfd) == fold("Müller Łukasz Sørensen") == "muller lukasz sorensen"
    assert fold("Σοφία Иванов 王芳") == "σοφια иванов 王芳"  # Greek tonos folded
    assert words(unicodedata.normalize("NFD", "naïve हिन्दी")) == ["naive", "हिन्दी"]
    assert name_tokens(nfd) == name_tokens("Müller Łukasz Sørensen")
    assert make_slug(nfd) == make_slug("Müller Łukasz Sørensen") == "muller-lukasz-sorensen"


def test_the_marks_class_holds_only_marks() -> None:
    chars = [c for c in MARKS if c != "-"]
    assert all(unicodedata.category(c).startswith("M") for c in chars)
    mark = re.compile(f"[{MARKS}]")
    assert mark.fullmatch("\u0308") and mark.fullmatch("\u093f") and not mark.fullmatch("a")


def test_symbols_are_tokens_of_their_own() -> None:
    assert words("C++20 and C# and F# on .NET, not C") == [
        "c++",
        "20",
        "and",
        "c#",
        "and",
        "f#",
        "on",
        ".net",
        "not",
        "c",
    ]


def test_cpp_ranks_above_c(index: SearchIndex) -> None:
    hits = index.search("C++", kinds=("talk",)).hits
    assert hits and hits[0].id == M + "cpp-autodiff"
    assert M + "c-embedded" not in {h.id for h in hits}


def test_links_are_findable_by_their_parts() -> None:
    terms = url_terms("https://arxiv.org/abs/2311.01282v2")
    assert {"arxiv.org/abs/2311.01282v2", "arxiv.org", "2311.01282v2", "2311.01282"} <= set(terms)
    assert "10.1145/3600006.3613165" in url_terms("https://doi.org/10.1145/3600006.3613165")


@pytest.mark.parametrize(
    "query", ["forward()", "🙂", '"open', "(a", "a)", "foo:bar", "OR", "NOT", "*", ":", "-", ""]
)
def test_no_query_is_an_error(query: str) -> None:
    _node, _problem = parse_lenient(query)  # never raises


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab c+#.:()"*-/ORNTé\u0301王🙂httpsdoi10'), max_size=24))
def test_any_typed_text_searches_without_error(index: SearchIndex, query: str) -> None:
    index.search(query, limit=5)


def test_cli_pasted_url_and_odd_queries_exit_0(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for query in ("https://arxiv.org/abs/2211.17192", "forward()", "🙂", '"zero-bubble'):
        assert main(["--notebook", str(notebook), "search", query]) == 0
    out = capsys.readouterr()
    assert "speculative-decoding" in out.out and "Traceback" not in out.err


def test_cli_accepts_a_query_starting_with_a_dash(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--notebook", str(notebook), "search", "-cuda", "kernels", "--json"]) == 0
    ids = {hit["talk"] for hit in json.loads(capsys.readouterr().out)}
    assert M + "tvm-scheduling" in ids and M + "flash-decoding" not in ids


def test_cli_says_how_many_matched_beyond_the_limit(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--notebook", str(notebook), "search", "kernels", "--limit", "2", "--json"]) == 0
    out = capsys.readouterr()
    assert len(json.loads(out.out)) == 2
    assert "confnotes: showing 2 of 6 matches (--limit N for more)" in out.err  # talks only
    assert main(["--notebook", str(notebook), "search", "kernels", "--limit", "2"]) == 0
    out = capsys.readouterr()
    assert out.out.rstrip().endswith("showing 2 of 7 matches (--limit N for more)")  # + conference


def test_cli_says_which_correction_was_used(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--notebook", str(notebook), "search", "transfomer", "--json"]) == 0
    out = capsys.readouterr()
    assert "showing results for 'transformer'" in out.err
    assert json.loads(out.out)


def test_decomposed_note_is_highlighted(index: SearchIndex) -> None:
    hits = index.search("müller reliability", kinds=("talk",)).hits
    [hit] = [h for h in hits if h.id == "eurotal-2023/calibrated-ensembles"]
    marked = unicodedata.normalize("NFC", hit.marked_snippet())
    assert "**Müller**" in marked and "**reliability**" in marked
