"""Searching a small notebook: fields, accents, stemming, typos, CJK, ranking, snippets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from confnotes.index import SearchIndex, open_index
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook

CONF = "fixpts-2019"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    root = make_notebook(tmp_path_factory.mktemp("search") / "nb")
    ix = open_index(Notebook(root))
    report = ix.sync()
    assert report.rebuilt and report.added == 14
    yield ix
    ix.close()


def ids(index: SearchIndex, query: str, **kw: object) -> list[str]:
    return [h.id for h in index.search(query, **kw).hits]  # type: ignore[arg-type]


def talk(stem: str) -> str:
    return f"{CONF}/{stem}"


def test_both_equilibrium_talks_on_top_with_highlights(index: SearchIndex) -> None:
    results = index.search("equilibrium")
    top = [h.id for h in results.hits[:2]]
    assert set(top) == {talk("deep-equilibrium-models"), talk("monotone-operator-networks")}
    hit = results.hits[0]
    assert "**equilibrium**" in hit.marked_snippet().lower()
    for start, end in hit.highlights:
        assert hit.snippet[start:end].lower() == "equilibrium"


def test_title_outranks_body(index: SearchIndex) -> None:
    # "equilibrium" is in the panel's body only: it ranks below both titles.
    order = ids(index, "equilibrium")
    assert order.index(talk("panel-future")) > order.index(talk("monotone-operator-networks"))


def test_speaker_field(index: SearchIndex) -> None:
    assert ids(index, "speaker:kolter")[0] == talk("deep-equilibrium-models")
    assert ids(index, "speaker:kolter") == [talk("deep-equilibrium-models")]
    assert ids(index, "speaker:zico-kolter") == [talk("deep-equilibrium-models")]
    assert len(ids(index, "affiliation:carnegie kind:oral")) == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kajic", "legendre-memory-units"),
        ("Kajić", "legendre-memory-units"),
        ("KAJIC", "legendre-memory-units"),
        ("hyvarinen", "twin-auxiliary-gan"),
        ("speaker:Hyvärinen", "twin-auxiliary-gan"),
    ],
)
def test_accents_and_case_never_matter(index: SearchIndex, query: str, expected: str) -> None:
    assert talk(expected) in ids(index, query)


def test_person_pages_are_searchable(index: SearchIndex) -> None:
    hits = index.search("kajic").hits
    assert ("person", "ivana-kajic") in [(h.kind, h.id) for h in hits]
    assert ids(index, "kajic", kinds=("talk",)) == [talk("legendre-memory-units")]
    assert "aapo-hyvarinen" in ids(index, "kind:person helsinki")


def test_conference_pages_are_searchable(index: SearchIndex) -> None:
    hits = index.search("vancouver").hits
    assert [(h.kind, h.id) for h in hits] == [("conference", CONF)]
    assert ids(index, "kind:conference date:2019-12-11") == [CONF]


def test_phrase(index: SearchIndex) -> None:
    assert ids(index, '"mode collapse"') == [talk("twin-auxiliary-gan")]
    assert ids(index, '"collapse mode"') == []


def test_stemming_in_bodies(index: SearchIndex) -> None:
    # the body says "discriminators" and "guarantees"; singular queries find them
    assert talk("twin-auxiliary-gan") in ids(index, "discriminator")
    assert talk("monotone-operator-networks") in ids(index, "body:guarantee")


def test_markdown_bold_words_are_found(index: SearchIndex) -> None:
    hits = index.search("bold").hits
    assert [h.id for h in hits] == [talk("keynote-flows")]
    assert "**" not in hits[0].snippet  # markup is stripped from snippets


def test_prefix(index: SearchIndex) -> None:
    assert {talk("deep-equilibrium-models"), talk("monotone-operator-networks")} <= set(
        ids(index, "equilib*")
    )
    assert ids(index, "title:legen*") == [talk("legendre-memory-units")]


def test_or_not_and_groups(index: SearchIndex) -> None:
    assert set(ids(index, "speaker:bengio OR speaker:abbeel")) == {
        talk("keynote-flows"),
        talk("panel-future"),
    }
    found = ids(index, "networks -equilibrium", kinds=("talk",))
    assert talk("twin-auxiliary-gan") in found
    assert talk("monotone-operator-networks") not in found
    assert ids(index, "(flows OR robots) kind:panel") == [talk("panel-future")]


def test_metadata_fields(index: SearchIndex) -> None:
    assert ids(index, "link:poster") == [talk("twin-auxiliary-gan")]
    assert ids(index, "kind:keynote date:2019-12-11") == [talk("keynote-flows")]
    assert ids(index, "kind:keynote date:2019-12-10") == []
    assert set(ids(index, "date:2019-12-10..2019-12-10", kinds=("talk",))) == {
        talk("deep-equilibrium-models"),
        talk("monotone-operator-networks"),
        talk("legendre-memory-units"),
    }
    assert ids(index, 'room:"west ballroom"', kinds=("talk",))[0].startswith(CONF)
    assert len(ids(index, 'room:"west ballroom"', kinds=("talk",))) == 3
    assert ids(index, "session:posters", kinds=("talk",)) == [talk("twin-auxiliary-gan")]
    assert ids(index, "tag:flows") == [talk("keynote-flows")]
    assert set(ids(index, "affiliation:waterloo")) == {
        talk("legendre-memory-units"),
        "ivana-kajic",
    }
    assert ids(index, "url:arxiv.org") == [talk("deep-equilibrium-models")]
    assert ids(index, "url:arxiv.org/abs/1909.01377") == [talk("deep-equilibrium-models")]
    assert len(ids(index, "conf:fixpts kind:oral")) == 3
    assert ids(index, "title:flows") == [talk("keynote-flows")]
    assert ids(index, "body:broyden") == [talk("deep-equilibrium-models")]


def test_typo_retry_says_what_it_searched(index: SearchIndex) -> None:
    results = index.search("equilbrium")
    assert results.corrected == "equilibrium"
    assert {h.id for h in results.hits[:2]} == {
        talk("deep-equilibrium-models"),
        talk("monotone-operator-networks"),
    }
    assert index.search("speaker:koltr").corrected == "speaker:kolter"
    assert index.search("equilibrium").corrected is None
    nothing = index.search("zzzzqqqq")
    assert nothing.hits == [] and nothing.corrected is None


def test_cjk_found_by_a_shorter_term(index: SearchIndex) -> None:
    for query in ("学习", "深度学习", "学习模型", "深"):
        assert ids(index, query) == [talk("keynote-flows")], query
    hit = index.search("学习").hits[0]
    assert "学习" in [hit.snippet[s:e] for s, e in hit.highlights]
    assert ids(index, "学深") == []


def test_date_breaks_ties_newest_first(index: SearchIndex) -> None:
    order = ids(index, "kind:oral")
    assert order == [
        talk("legendre-memory-units"),
        talk("monotone-operator-networks"),
        talk("deep-equilibrium-models"),
    ]


def test_hit_has_what_a_list_shows(index: SearchIndex) -> None:
    hit = index.search("broyden").hits[0]
    assert hit.kind == "talk"
    assert hit.title == "Deep Equilibrium Models"
    assert hit.conference == CONF
    assert hit.speakers == ["Shaojie Bai", "J. Zico Kolter"]
    assert hit.date == "2019-12-10"
    assert hit.line == 4  # the body's 4th line holds "Broyden"
    assert hit.score > 0


def test_limit_and_total(index: SearchIndex) -> None:
    results = index.search("kind:oral", limit=2)
    assert len(results.hits) == 2 and results.total == 3


def test_only_negative_query(index: SearchIndex) -> None:
    found = ids(index, "-equilibrium", kinds=("talk",), limit=50)
    assert talk("legendre-memory-units") in found
    assert talk("deep-equilibrium-models") not in found


def test_demo_notebook(demo: Path) -> None:
    with open_index(Notebook(demo)) as ix:
        ix.sync()
        hits = ix.search("calibration").hits
        assert hits[0].id == "relml-2025/calibration-is-not-enough"
        assert "carvalho" in [h.id.split("-")[-1] for h in ix.search("Ines").hits] or any(
            h.id == "ines-carvalho" for h in ix.search("ines").hits
        )


def test_typo_in_a_word_ending_is_corrected(index: SearchIndex) -> None:
    # the index holds the stem "discrimin": the typo is far from the stem, not from the word
    results = index.search("discriminatros")
    assert results.corrected == "discriminators"
    assert [h.id for h in results.hits] == [talk("twin-auxiliary-gan")]
