"""The HTML page: safe with hostile text, complete, self-contained, with working anchors."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from confnotes.exporters import Selection, export
from confnotes.exporters.html_export import CSS
from confnotes.exporters.safe_markdown import is_safe_url
from confnotes.notebook.notebook import Notebook
from tests.unit.export_notebooks import hostile_notebook, two_day_notebook

ACTIVE_ELEMENTS = {
    "script",
    "iframe",
    "frame",
    "object",
    "embed",
    "img",
    "svg",
    "math",
    "form",
    "input",
    "button",
    "base",
    "link",
    "video",
    "audio",
    "source",
}


class Page(HTMLParser):
    """Every element with its attributes, the text, and the stylesheets of a page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "style":
            self.styles.append(data)
        elif not (self._in and self._in[-1] == "title"):
            self.text.append(data)

    @property
    def all_text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.text))

    def attrs(self, name: str) -> list[str]:
        return [a[name] for _, a in self.elements if name in a]


def assert_inert(page: Page) -> None:
    """No element that runs or loads anything; only safe links; only our stylesheet."""
    tags = {tag for tag, _ in page.elements}
    assert not tags & ACTIVE_ELEMENTS, tags & ACTIVE_ELEMENTS
    for tag, attrs in page.elements:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "src" not in attrs and "style" not in attrs and "srcdoc" not in attrs
        if tag == "meta" and "http-equiv" in attrs:
            assert attrs["http-equiv"] == "Content-Security-Policy"
    for href in page.attrs("href"):
        assert is_safe_url(href), href
        assert not re.match(r"\s*(javascript|data|vbscript|file):", href, re.IGNORECASE)
    assert page.styles == [f"\n{CSS}\n"]
    assert "@import" not in CSS and "url(" not in CSS


def test_hostile_text_never_becomes_active(tmp_path: Path) -> None:
    nb = hostile_notebook(tmp_path / "nb")
    out = export(nb, "html")
    page = Page(out)
    assert_inert(page)
    text = page.all_text
    # the hostile text is still there, as text the reader can see
    assert "<script>alert('body')</script>" in text
    assert "<img src=x onerror=alert('title')>" in text
    assert '<iframe src="https://evil.example/"></iframe>' in text
    assert "javascript:alert(1)" in text  # shown as code, not linked
    # the one safe link survives, its label escaped
    assert "https://example.org/ok?a=1&b=%3C2%3E" in page.attrs("href")
    assert "<b>fine</b>" in text
    # images became plain links or text; nothing is fetched
    assert "https://tracker.example/pixel.gif" in page.attrs("href")
    assert "<title>&lt;/title&gt;&lt;script&gt;" in out


def test_hostile_text_inert_in_every_filter(tmp_path: Path) -> None:
    nb = hostile_notebook(tmp_path / "nb")
    for only in (None, "noted", "starred"):
        assert_inert(Page(export(nb, "html", Selection(only=only))))


def test_page_has_every_talk_and_link(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    page = Page(export(nb, "html"))
    assert_inert(page)
    text = page.all_text
    hrefs = set(page.attrs("href"))
    for talk in nb.talks.values():
        assert talk.title in text
        for link in talk.links:
            assert link.url in hrefs
    assert "Ada Quispe" in text and "Universidad de Lima" in text


def test_demo_page_has_every_talk_link_and_section(demo: Path) -> None:
    nb = Notebook.open(demo)
    out = export(nb, "html", Selection(conference="relml-2025"))
    page = Page(out)
    assert_inert(page)
    text = page.all_text
    for talk in nb.talks.values():
        assert talk.title in text
        for link in talk.links:
            assert link.url in page.attrs("href")
    for section in ("Contents", "People", "Reading list", "Action items"):
        assert section in text
    assert "Workshop on Reliable Machine Learning 2025 — notes" in out
    assert '<meta name="viewport"' in out
    assert "@media print" in out


def test_every_in_page_link_has_a_target(tmp_path: Path, demo: Path) -> None:
    for nb in (Notebook.open(demo), two_day_notebook(tmp_path / "nb")):
        page = Page(export(nb, "html"))
        ids = page.attrs("id")
        assert len(ids) == len(set(ids))
        anchors = [h[1:] for h in page.attrs("href") if h.startswith("#")]
        assert anchors
        assert not [a for a in anchors if a not in ids]


def test_note_headings_are_demoted_below_the_talk(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    out = export(nb, "html", Selection(conference="sff-2024"))
    assert re.search(r'<h4 id="talk-sff-2024-flows-all-the-way-down">', out)
    assert '<h5 id="big-picture">Big picture</h5>' in out
    assert '<h6 id="details">Details</h6>' in out
    assert '<h5 id="setext-heading">Setext heading</h5>' in out
    headings = [int(level) for level in re.findall(r"<h(\d)", out)]
    assert headings.count(1) == 1


def test_links_leaving_the_page_carry_no_referrer(demo: Path) -> None:
    out = export(Notebook.open(demo), "html")
    assert '<meta name="referrer" content="no-referrer">' in out
    for tag, attrs in Page(out).elements:
        if tag == "a" and attrs.get("href", "").startswith("http"):
            assert "noreferrer" in attrs.get("rel", "")


@pytest.mark.parametrize("fmt", ["md", "html", "bibtex", "json"])
def test_empty_notebook_exports(tmp_path: Path, fmt: str) -> None:
    nb = Notebook.open(tmp_path / "empty", create=True)
    out = export(nb, fmt)
    assert out.endswith("\n")
    if fmt == "html":
        assert_inert(Page(out))


def test_anchors_match_a_fresh_parse_of_the_markdown(tmp_path: Path, demo: Path) -> None:
    """The anchors the Markdown links to are the ones any GitHub-style renderer computes."""
    from confnotes.exporters.html_export import render_html

    for nb in (
        Notebook.open(demo),
        two_day_notebook(tmp_path / "nb"),
        hostile_notebook(tmp_path / "e"),
    ):
        md = export(nb, "md")
        fresh = re.findall(r' id="([^"]+)"', render_html(md, "t"))
        assert fresh == re.findall(r' id="([^"]+)"', export(nb, "html"))
