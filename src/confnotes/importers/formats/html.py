"""Workshop and programme pages as HTML documents (what a URL of a workshop site returns).

The page is parsed by an HTML5 parser into the document tree
(:mod:`confnotes.importers.doctree`; no network, no scripts, no styles) and
written out as Markdown lines — headings, list items, table rows (a cell's line
breaks as commas), paragraphs, links — then read like a Markdown page: sections by
their headings, people, milestones and the schedule. The ``<title>`` names the
programme when the page has no heading.
"""

from __future__ import annotations

import re

from confnotes.importers import doctree
from confnotes.importers.formats.markdown import read_markdown
from confnotes.importers.page import PageBuilder
from confnotes.importers.programme import Programme
from confnotes.importers.shapes import site_name
from confnotes.importers.textutil import decode

NAME = "html"

MAX_LINE = 2000


def _inline(node: doctree.Node, cell: bool = False) -> str:
    """A node's words with its web links as Markdown links; in a table cell, line breaks
    become commas (``Olga Ivanova<br>Samsung`` → ``Olga Ivanova, Samsung``)."""
    text = node.text
    out: list[str] = []
    at = 0
    for mark in sorted((m for m in node.marks if m.kind == "link"), key=lambda m: m.start):
        if mark.start < at or not mark.value.startswith(("http://", "https://", "mailto:")):
            continue
        words = text[mark.start : mark.end].strip()
        if not words:
            continue
        out.append(text[at : mark.start])
        out.append(f"[{words}]({mark.value})")
        at = mark.end
    out.append(text[at:])
    joined = "".join(out)
    parts = [" ".join(x.split()) for x in joined.split("\n")]
    return (", " if cell else "\n").join(p for p in parts if p)[: MAX_LINE * 4]


def _lines(node: doctree.Node, out: list[str]) -> None:
    kind = node.kind
    if kind == "heading":
        out.append("#" * max(1, min(6, node.level)) + " " + " ".join(node.text.split()))
    elif kind == "item":
        head = next((c for c in node.children if c.kind == "paragraph"), None)
        words = _inline(head if head is not None else node).replace("\n", " ")
        if words:
            out.append("- " + words[:MAX_LINE])
        for child in node.children:
            if child is not head and child.kind in ("list", "table"):
                _lines(child, out)
    elif kind == "row":
        cells = [_inline(c, cell=True).replace("|", "/") for c in node.children if c.kind == "cell"]
        if any(cells):
            out.append("| " + " | ".join(cells) + " |")
    elif kind in ("paragraph", "term", "definition", "code") and not node.children:
        for line in _inline(node).split("\n"):
            if line.strip():
                out.append(line[:MAX_LINE])
    elif kind in (
        "hr",
        "blank",
        "text",
        "comment",
        "record",
    ):  # "text": raw source between elements
        return
    else:
        for child in node.children:
            _lines(child, out)
        if kind == "table":
            out.append("")


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
    """(Markdown lines of an HTML page, its ``<title>``), read off the document tree
    (:mod:`confnotes.importers.doctree`: Lexbor's HTML5 tree, so cells, items and line
    breaks keep their words apart)."""
    doc = doctree.parse_html(text)
    page = doc.root.children[0]
    out: list[str] = []
    _lines(page, out)
    return "\n\n".join(out), str(page.attrs.get("title", ""))


def parse(data: bytes, source: str) -> Programme:
    """A programme from an HTML page.

    Raises:
        BadInputError: empty or binary input.
    """
    markdown, title = to_markdown(decode(data, source))
    builder = PageBuilder(NAME, source)
    read_markdown(markdown, builder)
    if not builder.programme.name:
        builder.programme.name = title
    elif title:
        builder.programme.name = site_name(builder.programme.name, title)
    return builder.finish(markdown)
