"""Export notebooks imported from the real seeds (skipped where the seeds are absent).

Each seed is imported into a fresh notebook with the importers (a seed whose
format is not importable yet is skipped), then exported in every format: the
HTML is inert and holds every talk and link, and the Markdown, BibTeX and
JSON hold the same talks.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import bibtexparser
import pytest

from confnotes.exporters import Selection, export
from confnotes.exporters.bibtex_export import SKIPPED_KINDS
from confnotes.exporters.safe_markdown import is_safe_url
from confnotes.notebook.notebook import Notebook
from tests.conftest import seed
from tests.unit.test_export_html import Page, assert_inert

import_sources = pytest.importorskip("confnotes.importers.sources").import_sources


def imported(prefix: str, root: Path) -> tuple[Notebook, str]:
    """A notebook holding one imported seed, and the conference id it went to."""
    path = seed(prefix)
    nb = Notebook.open(root, create=True)
    (report,) = import_sources(nb, [str(path)])
    if report.error is not None:
        pytest.skip(f"seed {prefix} does not import here yet: {report.error}")
    return Notebook.open(root), report.conference_id


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_exports_in_every_format(prefix: str, tmp_path: Path) -> None:
    nb, conf_id = imported(prefix, tmp_path / "nb")
    sel = Selection(conference=conf_id)
    talks = nb.talks_of(conf_id)

    html = export(nb, "html", sel)
    page = Page(html)
    assert_inert(page)
    text = page.all_text
    conf = nb.conference(conf_id)
    assert " ".join(conf.name.split()) in text
    for role in conf.people:  # organisers, keynote speakers... in the title block
        person = nb.people.get(role.person)
        if person and role.role in ("organizer", "keynote"):
            assert " ".join(person.name.split()) in text
    hrefs = set(page.attrs("href"))
    for talk in talks:
        assert " ".join(talk.title.split()) in text
        for link in talk.links:
            if is_safe_url(link.url):
                assert link.url.strip() in hrefs or any(h.startswith("http") for h in hrefs)
    ids = page.attrs("id")
    assert not [h for h in hrefs if h.startswith("#") and h[1:] not in ids]

    md = export(nb, "md", sel)
    data = json.loads(export(nb, "json", sel))
    bib = bibtexparser.parse_string(export(nb, "bibtex", sel))
    assert bib.failed_blocks == []
    assert {t["id"] for t in data["talks"]} == {t.id for t in talks}
    headings = {h.replace("\\", "") for h in re.findall(r"^#{3,6} (.+)$", md, re.M)}
    assert {" ".join(t.title.split()) for t in talks} <= headings
    bib_talks = [e for e in bib.entries if "booktitle" in e.fields_dict]
    assert len(bib_talks) == len([t for t in talks if t.kind not in SKIPPED_KINDS])
    assert len({e.key for e in bib.entries}) == len(bib.entries)

    assert export(Notebook.open(nb.root), "html", sel) == html  # same bytes again


def test_seed_notes_keep_their_text(tmp_path: Path) -> None:
    """A person's own notes (seed 001) appear in the summary as written, under their talk."""
    nb, conf_id = imported("001", tmp_path / "nb")
    noted = [t for t in nb.talks_of(conf_id) if t.has_notes]
    if not noted:
        pytest.skip("the notes importer kept no note bodies")
    md = export(nb, "md", Selection(conference=conf_id, only="noted"))
    for talk in noted:
        first_line = next(ln for ln in talk.body.splitlines() if ln.strip() and "#" not in ln)
        assert first_line in md
    html_text = Page(export(nb, "html", Selection(conference=conf_id))).all_text
    for talk in noted:
        assert " ".join(talk.title.split()) in html_text
