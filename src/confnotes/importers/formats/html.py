"""Workshop and programme pages as HTML documents (what a URL of a workshop site returns).

The page is parsed by an HTML5 parser into the document tree
(:mod:`confnotes.importers.doctree`; no network, no scripts, no styles) and read
like a Markdown page, off the same tree (:mod:`confnotes.importers.pagetree`):
sections by their headings, people, milestones and the schedule; a cell's line
breaks keep a name apart from its affiliation. The ``<title>`` names the
programme when the page has no heading.
"""

from __future__ import annotations

import re

from confnotes.importers import doctree
from confnotes.importers.page import PageBuilder
from confnotes.importers.pagetree import PageReader, words_of
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import decode

NAME = "html"


def detect(data: bytes) -> float:
    """An HTML document: a doctype, ``<html>`` or ``<body>`` near the top."""
    head = data[:2048].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<body[\s>]", head):
        return 0.9
    return 0.0


def why_not(data: bytes) -> str:
    """Why this is not an HTML page."""
    return "no <!DOCTYPE html>, <html> or <body> at the top"


def parse(data: bytes, source: str) -> Programme:
    """A programme from an HTML page.

    Raises:
        BadInputError: empty or binary input.
    """
    doc = doctree.parse_html(decode(data, source))
    builder = PageBuilder(NAME, source)
    words = words_of(doc)
    builder.note_series(words)
    PageReader(builder).read(doc)
    if not builder.programme.name:
        builder.programme.name = str(doc.root.children[0].attrs.get("title", ""))
    return builder.finish(words)
