"""Search finds what people type: recall and precision over the labelled set of
``tests/quality`` (typos anywhere, accents NFC/NFD, other scripts, URLs, DOIs,
symbols, phrases, fields, exclusions), and the behaviour behind it."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.cli import main
from confnotes.index import SearchIndex, open_index
from confnotes.index.analysis import url_terms, words
from confnotes.index.query import parse_lenient
from confnotes.index.whoosh_index import max_typos
from confnotes.knowledge.people import name_tokens
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.slugs import make_slug
from confnotes.text.fold import fold
from confnotes.text.marks import MARKS
from tests.quality.corpus import QUERIES, write_notebook
from tests.quality.evaluate import evaluate

M = "mlsys-2024/"


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
    assert len(QUERIES) >= 80
    kinds = " ".join(what for what, _q, _e in QUERIES)
    for needed in (
        "typo",
        "NFD",
        "Cyrillic",
        "URL",
        "DOI",
        "arXiv",
        "C++",
        "phrase",
        "field",
        "exclusion",
    ):
        assert needed in kinds


def test_recall_and_precision_at_least_95_percent(index: SearchIndex) -> None:
    score = evaluate(lambda q: found(index, q))
    report = "\n".join(f"{q!r}: missing {sorted(m)}, extra {sorted(x)}" for q, m, x in score.misses)
    assert score.recall >= 0.95, report
    assert score.precision >= 0.95, report


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
    assert fold("Σοφία Иванов 王芳") == "σοφία иванов 王芳"  # other scripts kept
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
