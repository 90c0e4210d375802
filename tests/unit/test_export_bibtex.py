"""BibTeX: parses with a real parser, one entry per talk and paper, stable unique keys."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import bibtexparser
from bibtexparser.middlewares import LatexDecodingMiddleware

from confnotes.exporters import Selection, export
from confnotes.exporters.bibtex_export import author_list, tex
from confnotes.model import Link
from confnotes.notebook.notebook import Notebook
from tests.unit.export_notebooks import hostile_notebook, two_day_notebook


def parse(text: str, decode: bool = False) -> bibtexparser.Library:
    middlewares = [LatexDecodingMiddleware()] if decode else []
    library = bibtexparser.parse_string(text, append_middleware=middlewares)
    assert library.failed_blocks == []
    return library


def fields(entry: bibtexparser.model.Entry) -> dict[str, str]:
    return {f.key.lower(): f.value for f in entry.fields}


def test_demo_round_trips(demo: Path) -> None:
    nb = Notebook.open(demo)
    library = parse(export(nb, "bibtex"))
    keys = [e.key for e in library.entries]
    assert len(keys) == len(set(keys))
    talks = {fields(e)["title"]: e for e in library.entries if "booktitle" in fields(e)}
    assert set(talks) == {t.title for t in nb.talks.values()}
    keynote = talks["Calibration Is Not Enough — Deciding When a Model Should Abstain"]
    assert keynote.key == "okafor2025calibration"
    assert keynote.entry_type == "misc"
    kf = fields(keynote)
    assert kf["author"] == "Amara Okafor"
    assert kf["booktitle"] == "Workshop on Reliable Machine Learning 2025"
    assert kf["year"] == "2025" and kf["month"] == "jun"
    assert kf["note"] == "Keynote, session: Morning keynote, room: Tejo"
    assert kf["url"] == "https://example.org/relml-2025/video/okafor"
    oral = talks["Measuring Distribution Shift in Deployed Speech Recognisers"]
    assert oral.entry_type == "inproceedings"
    assert fields(oral)["author"] == "Tomasz Wróbel and Lena Hofmann"
    arxiv = next(e for e in library.entries if e.key == "arxiv:2501.01234")
    af = fields(arxiv)
    assert af["eprint"] == "2501.01234" and af["archiveprefix"] == "arXiv"
    assert af["year"] == "2025" and af["month"] == "jan"
    doi = next(e for e in library.entries if "doi" in fields(e))
    assert fields(doi)["doi"] == "10.5555/relml.2025.017"


def test_reading_list_is_deduplicated(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    library = parse(export(nb, "bibtex"))
    papers = [e for e in library.entries if "booktitle" not in fields(e)]
    assert sorted(e.key for e in papers) == sorted(
        ["arxiv:2401.00001", "doi:10.1234/abc.5", papers[-1].key]
    )
    assert papers[-1].key.startswith("paper:")
    # the unattended, un-noted, unstarred talk's paper is not on the reading list
    assert "arxiv:2402.99999" not in [e.key for e in library.entries]
    presented = next(e for e in papers if e.key == "doi:10.1234/abc.5")
    assert fields(presented)["title"] == "Residual flows, revisited"
    assert fields(presented)["author"] == "Ada Quispe and Cyprien Élan"


def test_tex_specials_are_escaped_and_decode_back(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    conf = nb.new_conference("R&D {Days} 100% #1", "rd")
    nb.save_conference(conf)
    title = r"Costs in $ & % of C:\temp_dir {really} ^up~ #3"
    talk = nb.new_talk(conf.id, title, start=datetime(2024, 5, 6, 9, 0))
    talk.links = [Link("https://example.org/a b{c}", "video")]
    nb.save_talk(talk)
    text = export(nb, "bibtex")
    assert r"\$ \& \% of C:\textbackslash{}temp\_dir \{really\}" in text
    raw = fields(parse(text).entries[0])
    assert raw["url"] == "https://example.org/a%20b%7Bc%7D"
    decoded = fields(parse(text, decode=True).entries[0])
    assert decoded["title"].replace("ˆ", "^") == title
    assert decoded["booktitle"] == "R&D {Days} 100% #1"


def test_unbalanced_braces_cannot_break_the_file(tmp_path: Path) -> None:
    nb = hostile_notebook(tmp_path / "nb")
    talk = next(iter(nb.talks.values()))
    talk.title = "}} @misc{injected, title={x}"
    nb.save_talk(talk)
    library = parse(export(Notebook.open(tmp_path / "nb"), "bibtex"))
    assert "injected" not in [e.key for e in library.entries]
    assert len(library.entries) == 1


def test_keys_are_unique_and_stable(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    person = nb.new_person("Ana Silva")
    nb.save_person(person)
    conf = nb.new_conference("C", "c")
    nb.save_conference(conf)
    for title in ("Flows one", "Flows two", "Flows three"):
        nb.save_talk(
            nb.new_talk(conf.id, title, start=datetime(2024, 1, 1, 9), speakers=[person.id])
        )
    keys = [e.key for e in parse(export(nb, "bibtex")).entries]
    assert sorted(keys) == ["silva2024flows", "silva2024flowsb", "silva2024flowsc"]
    # adding a talk whose id sorts last renames nobody
    nb.save_talk(nb.new_talk(conf.id, "Flows zz", start=datetime(2024, 1, 1, 9), speakers=["x"]))
    nb.save_talk(
        nb.new_talk(conf.id, "Flows zzz", start=datetime(2024, 1, 1, 10), speakers=[person.id])
    )
    again = [e.key for e in parse(export(Notebook.open(nb.root), "bibtex")).entries]
    assert set(keys) <= set(again)
    assert len(again) == len(set(again)) == 5


def test_breaks_are_left_out(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    conf = nb.new_conference("C", "c")
    nb.save_conference(conf)
    nb.save_talk(nb.new_talk(conf.id, "Coffee", kind="break"))
    nb.save_talk(nb.new_talk(conf.id, "Real talk"))
    entries = parse(export(nb, "bibtex")).entries
    assert [fields(e)["title"] for e in entries] == ["Real talk"]


def test_names_that_would_confuse_bibtex() -> None:
    assert author_list(["Smith and Wesson Lab", "Doe, Jane", "Plato"]) == (
        "{Smith and Wesson Lab} and {Doe, Jane} and Plato"
    )
    assert tex("a\nb  c") == "a b c"


def test_filters_apply(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    entries = parse(export(nb, "bibtex", Selection(only="attended"))).entries
    titles = {fields(e)["title"] for e in entries if "booktitle" in fields(e)}
    assert titles == {t.title for t in nb.talks.values() if t.attended}
