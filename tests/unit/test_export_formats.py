"""All formats agree: the same talks in each, filters select what they say, same bytes twice."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import bibtexparser
import pytest

from confnotes.exporters import EXPORT_FORMATS, Selection, export
from confnotes.exporters.bibtex_export import SKIPPED_KINDS
from confnotes.notebook.notebook import Notebook
from tests.unit.export_notebooks import hostile_notebook, two_day_notebook

SELECTIONS = [
    Selection(),
    Selection(only="noted"),
    Selection(only="starred"),
    Selection(only="attended"),
    Selection(conference="sff-2024"),
    Selection(start=date(2024, 3, 5)),
    Selection(end=date(2024, 3, 4)),
    Selection(conference="sff-2024", only="attended", start=date(2024, 3, 4), end=date(2024, 3, 4)),
]


def talk_headings(md: str, nb: Notebook) -> set[str]:
    """Titles of talks that have their own heading in the Markdown."""
    titles = {t.title for t in nb.talks.values()}
    headings = {h.replace("\\", "") for h in re.findall(r"^#{3,6} (.+)$", md, re.M)}
    return titles & headings


def expected(nb: Notebook, sel: Selection) -> set[str]:
    keep = set()
    for talk in nb.talks.values():
        if sel.conference and talk.conference != sel.conference:
            continue
        if sel.only == "noted" and not talk.has_notes:
            continue
        if sel.only == "starred" and not talk.starred:
            continue
        if sel.only == "attended" and not talk.attended:
            continue
        day = talk.start.date() if talk.start else None
        if sel.start and (day is None or day < sel.start):
            continue
        if sel.end and (day is None or day > sel.end):
            continue
        keep.add(talk.id)
    return keep


@pytest.mark.parametrize("sel", SELECTIONS, ids=repr)
def test_md_bibtex_json_hold_the_same_talks(tmp_path: Path, sel: Selection) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    ids = expected(nb, sel)
    titles = {nb.talks[i].title for i in ids}
    data = json.loads(export(nb, "json", sel))
    assert {t["id"] for t in data["talks"]} == ids
    assert talk_headings(export(nb, "md", sel), nb) == titles
    library = bibtexparser.parse_string(export(nb, "bibtex", sel))
    bib_titles = {
        e.fields_dict["title"].value for e in library.entries if "booktitle" in e.fields_dict
    }
    assert bib_titles == {t for t in titles if t} - {
        nb.talks[i].title for i in ids if nb.talks[i].kind in SKIPPED_KINDS
    }


def test_demo_formats_agree(demo: Path) -> None:
    nb = Notebook.open(demo)
    sel = Selection(conference="relml-2025")
    data = json.loads(export(nb, "json", sel))
    titles = {t["title"] for t in data["talks"]}
    assert titles == {t.title for t in nb.talks.values()}
    assert talk_headings(export(nb, "md", sel), nb) == titles
    html = export(nb, "html", sel)
    for title in titles:
        assert title in html


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_same_notebook_same_bytes(tmp_path: Path, fmt: str) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    first = export(nb, fmt)
    again = export(Notebook.open(tmp_path / "nb"), fmt)
    assert first == again
    hostile = hostile_notebook(tmp_path / "evil")
    assert export(hostile, fmt) == export(Notebook.open(tmp_path / "evil"), fmt)


def test_json_keeps_the_design_schema(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    data = json.loads(export(nb, "json", Selection(only="starred")))
    assert set(data) == {"confnotes", "conferences", "talks", "people"}
    assert data["confnotes"] == 1
    assert {t["title"] for t in data["talks"]} == {
        "Flows all the way down",
        "Poster: fields on graphs",
    }
    sff = next(c for c in data["conferences"] if c["id"] == "sff-2024")
    sessions = {s["id"]: s["talks"] for s in sff["sessions"]}
    assert sessions["o1"] == []  # filtered talks leave their session's list
