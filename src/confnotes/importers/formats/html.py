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
from confnotes.importers.headings import site_name
from confnotes.importers.page import PageBuilder
from confnotes.importers.pagetree import PageReader, prose_text, reader_lines, words_of
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import decode

NAME = "html"


def detect(data: bytes) -> float:
    """An HTML document: a doctype, ``<html>`` or ``<body>`` near the top (0.9); a text
    that is mostly tags, the way a saved fragment or a site's template is (0.75: more
    than the Markdown and notes readers' guess at a text of tag lines)."""
    head = data[:2048].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<body[\s>]", head):
        return 0.9
    if doctree.looks_like_html_page(data[:4096].decode("utf-8", errors="replace")):
        return 0.75
    return 0.0


def why_not(data: bytes) -> str:
    """Why this is not an HTML page."""
    return "no <!DOCTYPE html>, <html> or <body> at the top, and not mostly tags"


def to_markdown(text: str) -> tuple[str, str]:
    """(the lines a reader sees of an HTML page, as Markdown blocks; its ``<title>``),
    off the document tree (for weighing readings by what a reader sees)."""
    doc = doctree.parse_html(text)
    title = str(doc.root.children[0].attrs.get("title", ""))
    return "\n\n".join(reader_lines(doc)), title


def parse(data: bytes, source: str) -> Programme:
    """A programme from an HTML page.

    Raises:
        BadInputError: empty or binary input.
    """
    doc = doctree.parse_html(decode(data, source))
    title = str(doc.root.children[0].attrs.get("title", ""))
    builder = PageBuilder(NAME, source)
    words = words_of(doc)
    builder.note_series(words)
    PageReader(builder).read(doc)
    if not builder.programme.name:
        builder.programme.name = title
    elif title:
        builder.programme.name = site_name(builder.programme.name, title)
    return builder.finish(prose_text(doc))


def written_page(page: str | None) -> tuple[bytes, str]:
    """What a format that writes an HTML page (JSX, Pug, Haml, Slim) translates to: the
    page, and this format to read it."""
    return (page if page is not None else "").encode("utf-8"), "html"


def parse_written_page(
    page: str | None, data: bytes, source: str, fmt: str, missing: str
) -> Programme:
    """A programme from the HTML page another format writes, named by that format.

    Raises:
        BadInputError: the source writes no page with words (``missing`` says why).
    """
    from confnotes.errors import BadInputError

    if page is None:
        raise BadInputError(missing, source, 1)
    decode(data, source)  # the same checks of the bytes as any text
    programme = parse(page.encode("utf-8"), source)
    programme.format = fmt
    return programme
