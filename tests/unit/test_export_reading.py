"""The reading list Zotero imports: CSL-JSON (checked against the CSL schema's shape), RIS
(read back by a RIS parser) and BibTeX, with fetched metadata; a label is never a title."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import jsonschema
import rispy

from confnotes.exporters import export
from confnotes.knowledge.paper_meta import PaperMeta, save_cache
from confnotes.model import Link
from confnotes.notebook.notebook import Notebook
from tests.conftest import REPO

SCHEMA = json.loads((REPO / "tests" / "data" / "csl" / "csl-data-subset.json").read_text())
CALIBRATION = "relml-2025/calibration-is-not-enough"


def _with_metadata(root: Path) -> Notebook:
    nb = Notebook.open(root)
    talk = nb.talks[CALIBRATION]
    talk.links.append(Link("https://openreview.net/forum?id=AbC123xyz", "paper", "Paper"))
    nb.save_talk(talk)
    save_cache(
        nb,
        {
            "arxiv:2501.01234": PaperMeta(
                "arxiv:2501.01234",
                "https://arxiv.org/abs/2501.01234",
                title="Selective Prediction under Distribution Shift",
                authors=["Amara Okafor", "Inês Carvalho"],
                venue="RelML 2025",
                year=2025,
                arxiv="2501.01234",
                source="arxiv",
                fetched="2025-06-20T08:00:00Z",
            )
        },
    )
    return Notebook.open(root)


def test_csl_json_matches_the_schema_and_carries_the_metadata(demo: Path) -> None:
    items = json.loads(export(_with_metadata(demo), "csl-json"))
    jsonschema.validate(items, SCHEMA)
    by_id = {item["id"]: item for item in items}
    arxiv = by_id["arxiv:2501.01234"]
    assert arxiv["title"] == "Selective Prediction under Distribution Shift"
    assert arxiv["author"] == [
        {"family": "Okafor", "given": "Amara"},
        {"family": "Carvalho", "given": "Inês"},
    ]
    assert arxiv["issued"] == {"date-parts": [[2025]]}
    assert arxiv["container-title"] == "RelML 2025"
    assert arxiv["accessed"] == {"date-parts": [[2025, 6, 20]]}
    titles = [item["title"] for item in items]
    assert "Paper" not in titles  # the link's label is not the paper's title


def test_ris_reads_back(demo: Path) -> None:
    text = export(_with_metadata(demo), "ris")
    entries = rispy.loads(text)
    first = next(e for e in entries if "https://arxiv.org/abs/2501.01234" in e.get("urls", []))
    assert first["title"] == "Selective Prediction under Distribution Shift"
    assert first["authors"] == ["Amara Okafor", "Inês Carvalho"]
    assert first["year"] == "2025"
    assert first["secondary_title"] == "RelML 2025"
    assert all(e["title"] != "Paper" for e in entries)


def test_bibtex_uses_fetched_titles_never_a_label(demo: Path) -> None:
    library = bibtexparser.parse_string(export(_with_metadata(demo), "bibtex"))
    papers = {e.key: e for e in library.entries if "url" in e.fields_dict}
    titles = {e.fields_dict["title"].value for e in papers.values() if "title" in e.fields_dict}
    assert "Selective Prediction under Distribution Shift" in titles
    assert "Paper" not in titles
    entry = next(e for e in library.entries if "eprint" in e.fields_dict and "2501" in e["eprint"])
    assert entry.fields_dict["year"].value == "2025"
    assert entry.fields_dict["author"].value == "Amara Okafor and Inês Carvalho"


def test_a_label_made_of_link_words_is_never_a_title(demo: Path) -> None:
    # The README tour's programme labels its arXiv link "Accompanying paper".
    nb = Notebook.open(demo)
    talk = nb.talks[CALIBRATION]
    for url, label in [
        ("https://openreview.net/forum?id=AbC123xyz", "Accompanying paper"),
        ("https://arxiv.org/abs/2502.00001", "Full paper (PDF)"),
        ("https://arxiv.org/abs/2502.00002", "Conformal Abstention in Practice"),
    ]:
        talk.links.append(Link(url, "paper", label))
    nb.save_talk(talk)
    nb = Notebook.open(demo)
    titles = [item["title"] for item in json.loads(export(nb, "csl-json"))]
    titles += [entry["title"] for entry in rispy.loads(export(nb, "ris"))]
    assert "Accompanying paper" not in titles and "Full paper (PDF)" not in titles
    assert "Conformal Abstention in Practice" in titles  # a real name is still used
