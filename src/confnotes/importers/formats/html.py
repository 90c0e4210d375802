"""Workshop and programme pages as HTML documents (what a URL of a workshop site returns).

The page is turned into Markdown lines — headings, list items, table rows,
paragraphs, links — with the standard library's tolerant HTML parser (no
network, no scripts, no styles), then read like a Markdown page: sections by
their headings, people, milestones and the schedule. The ``<title>`` names the
programme when the page has no heading.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from confnotes.errors import BadInputError
from confnotes.importers.formats.markdown import read_markdown
from confnotes.importers.page import PageBuilder
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import decode

NAME = "html"

_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "ul",
    "ol",
    "table",
    "thead",
    "tbody",
    "br",
    "hr",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "nav",
    "aside",
    "figure",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
MAX_LINE = 2000


class _ToMarkdown(HTMLParser):
    """Collects Markdown lines from HTML; tolerant of unclosed and stray tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.cells: list[str] | None = None
        self.cell: list[str] | None = None
        self.href: str | None = None
        self.link_text: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append((self.prefix + text)[:MAX_LINE])
        self.current = []
        self.prefix = ""

    def _out(self, text: str) -> None:
        if self.href is not None:
            self.link_text.append(text)
        elif self.cell is not None:
            self.cell.append(text)
        else:
            self.current.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "title":
            self.in_title = True
        if self.skip:
            return
        if m := re.fullmatch(r"h([1-6])", tag):
            self._flush()
            self.prefix = "#" * int(m.group(1)) + " "
        elif tag == "li":
            self._flush()
            self.prefix = "- "
        elif tag == "tr":
            self._flush()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cell = []
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""
            self.link_text = []
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "title":
            self.in_title = False
        if self.skip:
            return
        if tag == "a" and self.href is not None:
            text = " ".join("".join(self.link_text).split())
            href, self.href = self.href, None
            if text and href.startswith(("http://", "https://", "mailto:")):
                self._out(f"[{text}]({href})")
            else:
                self._out(text)
        elif tag in ("td", "th") and self.cells is not None and self.cell is not None:
            self.cells.append(" ".join("".join(self.cell).split()).replace("|", "/"))
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            if any(self.cells):
                self.lines.append("| " + " | ".join(self.cells) + " |")
            self.cells, self.cell = None, None
        elif re.fullmatch(r"h[1-6]", tag) or tag == "li" or tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self._out(data)


def detect(data: bytes) -> float:
    """An HTML document: a doctype, ``<html>`` or ``<body>`` near the top."""
    head = data[:2048].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<body[\s>]", head):
        return 0.9
    return 0.0


def why_not(data: bytes) -> str:
    """Why this is not an HTML page."""
    return "no <!DOCTYPE html>, <html> or <body> at the top"


def to_markdown(text: str) -> tuple[str, str]:
    """(Markdown lines of an HTML page, its ``<title>``)."""
    parser = _ToMarkdown()
    parser.feed(text)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.lines), " ".join("".join(parser.title).split())


def parse(data: bytes, source: str) -> Programme:
    """A programme from an HTML page.

    Raises:
        BadInputError: empty or binary input.
    """
    try:
        markdown, title = to_markdown(decode(data, source))
    except AssertionError as exc:
        # Python 3.11's html.parser asserts on a malformed ``<![`` section (found by fuzzing)
        raise BadInputError(f"unreadable HTML: {str(exc)[:80]}", source) from None
    builder = PageBuilder(NAME, source)
    read_markdown(markdown, builder)
    if not builder.programme.name:
        builder.programme.name = title
    return builder.finish(markdown)
