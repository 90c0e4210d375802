"""Issue 30's matching rules, one by one: the fold, the stems, paper keys, whole tags, code
identifiers, and the tiers of :mod:`confnotes.index.matching` (the labelled set of
``tests/quality`` measures them together)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.index import open_index
from confnotes.index.analysis import paper_key, paper_keys, tag_key, words
from confnotes.index.forms import same_word
from confnotes.index.matching import last_word
from confnotes.index.plurals import counterparts
from confnotes.index.query import Word, parse, parse_lenient, spellings, stem_word
from confnotes.notebook.notebook import Notebook
from confnotes.text.fold import fold


def test_one_fold_for_compatibility_forms_cyrillic_and_greek() -> None:
    assert words("Ａ１００ on １２０万篇") == words("A100 on 120万篇")
    assert words("ｶｰﾈﾙ") == words("カーネル")  # half-width kana, voicing marks composed
    assert words("形態素解析\u3000サブワード") == words("形態素解析 サブワード")
    assert fold("Пётр Ёмкость") == fold("Петр Емкость") == "петр емкость"
    assert fold(unicodedata.normalize("NFD", "ещё")) == "еще"
    assert fold("й") == "й"  # a letter of its own, not и with a mark
    assert fold("ΝΙΚΟΣ") == fold("Νίκος") == "νικοσ"  # final sigma, tonos
    assert words("हिन्दी") == ["हिन्दी"]  # marks that make letters stay


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("mice", "mouse"),
        ("indices", "index"),
        ("criteria", "criterion"),
        ("matrices", "matrix"),
        ("analyses", "analysis"),
        ("data", "datum"),
        ("calibration", "calibrated"),
        ("experiences", "experience"),
        ("experimenting", "experiments"),
        ("optimise", "optimize"),
        ("optimisation", "optimization"),
        ("colour", "color"),
        ("learning", "learned"),
        ("centre", "center"),
        ("licence", "license"),
        ("defences", "defense"),
        ("catalogue", "catalog"),
        ("programmes", "program"),
        ("fence", "fences"),
        ("archive", "archived"),
        ("activate", "activation"),
    ],
)
def test_stems_join_forms_of_one_word(one: str, other: str) -> None:
    assert stem_word(one) == stem_word(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("important", "import"),
        ("experience", "experiment"),
        ("indicates", "indices"),
        ("organ", "organization"),
        ("four", "for"),
        ("prices", "prix"),
        ("fences", "fenses"),
        ("active", "activation"),
    ],
)
def test_stems_keep_unrelated_words_apart(one: str, other: str) -> None:
    assert stem_word(one) != stem_word(other)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("netzwerke", "netzwerken", True),
        ("reseau", "reseaux", True),
        ("нейросеть", "нейросети", True),
        ("διαλεκτοι", "διαλεκτουσ", True),
        ("modelling", "modeling", True),
        ("convey", "convex", False),
        ("spare", "sparse", False),
        ("casual", "causal", False),
        ("leitung", "leistung", False),
        ("criterion", "criterios", False),
        ("indicates", "indices", False),
        ("сеть", "seti", False),
    ],
)
def test_forms_of_one_word_in_any_language_of_the_script(one: str, other: str, same: bool) -> None:
    assert same_word(one, other) is same


def test_classical_plurals_by_their_endings() -> None:
    assert "vortices" in counterparts("vortex")
    assert "vortex" in counterparts("vortices")
    assert "taxon" in counterparts("taxa") and "taxa" in counterparts("taxon")
    assert "termini" in counterparts("terminus") and "bases" in counterparts("basis")
    assert counterparts("via") == counterparts("bus") == []


def test_every_written_form_of_a_paper_has_one_key() -> None:
    doi = "doi:10.18653/v1/2025.lingua-1.7"
    for form in (
        "https://doi.org/10.18653/v1/2025.lingua-1.7",
        "http://dx.doi.org/10.18653/V1/2025.lingua-1.7",
        "doi:10.18653/v1/2025.lingua-1.7",
        "10.18653/v1/2025.lingua-1.7",
    ):
        assert paper_key(form) == doi, form
    arxiv = "arxiv:2402.05571"
    for form in (
        "https://arxiv.org/abs/2402.05571",
        "https://arxiv.org/pdf/2402.05571v3.pdf",
        "arXiv:2402.05571v1",
        "2402.05571v2",
    ):
        assert paper_key(form) == arxiv, form
    assert paper_key("https://arxiv.org/pdf/cs/0612044v1") == paper_key("arXiv:cs/0612044")
    assert paper_key("kernels") is None
    text = "See doi: 10.5555/3666122.3667001 and arXiv:2405.10001v2."
    assert set(paper_keys(text, [])) == {"doi:10.5555/3666122.3667001", "arxiv:2405.10001"}


def test_a_tag_is_one_term() -> None:
    assert tag_key("Inference server") == tag_key("inference-server") == "inference-server"
    assert tag_key("inference_server") == "inference-server"


def test_code_identifiers_are_words_not_fields() -> None:
    assert parse("std::vector") == Word("std::vector", None, False, 0, 11)
    assert parse("pkg::name kernels").children[0].text == "pkg::name"  # type: ignore[attr-defined]
    _node, problem = parse_lenient("foo:bar")
    assert problem is not None and "unknown field" in problem


def test_the_last_word_is_half_typed_until_a_space() -> None:
    assert last_word(parse("draft mo"), "draft mo") is None  # two letters: not yet
    node = parse("draft mod")
    assert last_word(node, "draft mod") == Word("mod", None, False, 6, 9)
    assert last_word(parse("draft mod "), "draft mod ") is None
    assert last_word(parse('"draft model"'), '"draft model"') is None
    assert last_word(parse("-draft"), "-draft") is None


NOTES = {
    "dl.md": "Why the DataLoader stalls: small files and too few workers.",
    "pt.md": "Low-resource pre-training of a small model; the optimiser matters.",
    "casual.md": "A casual chat at the coffee break.",
    "causal.md": "Causal discovery with instruments. Causal graphs.",
    "causal2.md": "Causal effects in ads.",
    "causal3.md": "A causal model of churn.",
    "convey.md": "The model must convey why it chose a clause.",
    "convex.md": "Convex relaxations are slow.",
    "convex2.md": "A convex loss keeps them busy.",
    "vortex.md": "A graph network predicts where vortices form.",
    "slides.md": "Slides: https://speakerdeck.com/lab/rust-store",
    "forum.md": "Review: https://openreview.net/forum?id=Ab12Cd34Ef",
    "forum2.md": "Review: https://openreview.net/forum?id=Zz99Yy88Xx",
    "repo.md": "Code: https://github.com/lab/router?utm_source=twitter",
    "kikai.md": "機械 学習の専門家でなくても使える。",
    "gakushu.md": "学習データは十万文。",
    "us.md": "Optimizers and their states; careful modeling of costs.",
    "uk.md": "Optimisers compared, one per colour; modelling the costs.",
    "model.md": "Model model model: the model of costs, as a model.",
}


@pytest.fixture()
def notebook(tmp_path: Path) -> Path:
    root = tmp_path / "nb"
    (root / "conf").mkdir(parents=True)
    for name, body in NOTES.items():
        (root / "conf" / name).write_text(f"---\ntitle: {name[:-3]}\n---\n{body}\n")
    return root


def _ids(notebook: Path, query: str, typing: bool = False) -> list[str]:
    with open_index(Notebook(notebook)) as index:
        index.sync()
        return [h.id for h in index.search(query, kinds=("talk",), typing=typing).hits]


def test_compounds_meet(notebook: Path) -> None:
    for query in ("data loader", "data-loader", "dataloader"):
        assert _ids(notebook, query) == ["conf/dl"], query
    for query in ("pretraining", "pre training", "pre-training"):
        assert _ids(notebook, query) == ["conf/pt"], query


def test_a_real_word_is_not_replaced_by_a_common_one(notebook: Path) -> None:
    assert _ids(notebook, "casual") == ["conf/casual"]
    assert "conf/casual" not in _ids(notebook, "causal")
    assert _ids(notebook, "causl")[:1] in (["conf/causal"], ["conf/causal2"], ["conf/causal3"])


def test_a_rare_real_word_keeps_its_meaning(notebook: Path) -> None:
    assert _ids(notebook, "convey") == ["conf/convey"]  # not the two notes on convex losses
    assert set(_ids(notebook, "convex")) == {"conf/convex", "conf/convex2"}


def test_a_classical_singular_finds_its_plural(notebook: Path) -> None:
    assert _ids(notebook, "vortex") == ["conf/vortex"]


def test_a_pasted_link_finds_the_same_page(notebook: Path) -> None:
    assert _ids(notebook, "https://speakerdeck.com/lab/rust-store?utm_source=share") == [
        "conf/slides"
    ]
    assert _ids(notebook, "https://github.com/lab/router") == ["conf/repo"]
    assert _ids(notebook, "https://openreview.net/pdf?id=Ab12Cd34Ef") == ["conf/forum"]
    assert paper_key("arxiv.org/abs/2406.01234v2") == "arxiv:2406.01234"


def test_one_bigram_of_a_cjk_word_is_not_the_word(notebook: Path) -> None:
    assert _ids(notebook, "機械学習") == ["conf/kikai"]  # 学習 alone is a fragment of it


def test_the_word_as_typed_ranks_first_then_an_ending_then_the_other_spelling(
    notebook: Path,
) -> None:
    assert _ids(notebook, "optimize")[:2] == ["conf/us", "conf/uk"]
    assert _ids(notebook, "modeling")[:2] == ["conf/us", "conf/uk"]  # then the model note
    assert _ids(notebook, "modelling")[:2] == ["conf/uk", "conf/us"]
    assert spellings("modeling") == ["modelling"] and "colour" in spellings("color")


def test_the_app_reads_the_last_word_as_a_prefix(notebook: Path) -> None:
    assert _ids(notebook, "datal", typing=True) == ["conf/dl"]
    assert _ids(notebook, "datal") == ["conf/dl"]  # the CLI too, when nothing else matched
    assert set(_ids(notebook, "optimi", typing=True)) == {"conf/pt", "conf/us", "conf/uk"}
    with open_index(Notebook(notebook)) as index:
        assert index.search("optimi").corrected is None  # completed, not read as a typo


def test_the_cli_says_when_not_every_word_matched(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--notebook", str(notebook), "search", "why does the dataloader stall"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("conf/dl")
    assert "confnotes: no note has all 5 words; showing notes with" in out.err
