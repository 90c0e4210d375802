"""Workshop and programme pages written in Markdown (or HTML-ish Markdown).

Such pages say what they hold in their headings ("Invited Speakers",
"Organizers", "Important Dates", "Schedule"). The page is read into the document
tree (:mod:`confnotes.importers.doctree`: markdown-it-py, HTML blocks through an
HTML5 parser) and its sections are read unit by unit
(:mod:`confnotes.importers.pagetree`): people as list items, table rows or template
tags; milestones as ``Label: Sep 17, 2021``; schedule lines, table rows and headings
such as ``### 9:00 Title by Speaker`` as talks. HTML comments are not data.
"""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.page import PageBuilder, section_kind
from confnotes.importers.pagetree import PageReader, words_of
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import decode, strip_markdown_inline

NAME = "markdown"

_NOT_MARKDOWN = ("<?xml", "{", "[", "BEGIN:VCALENDAR")
_FRONT_FENCES = ("---", "+++")
DETECT_CHARS = 16_384
"""How much of a document detection reads."""


def detect(data: bytes) -> float:
    """Headings, links or tables in the document tree make a page; front matter is
    Jekyll's; headings that name a page's parts (Organizers, Schedule) make it surer."""
    text = data[:DETECT_CHARS].decode("utf-8", errors="replace").lstrip("\ufeff")
    head = text.lstrip()
    if head.startswith(_NOT_MARKDOWN + _FRONT_FENCES):
        return 0.1 if head.startswith(_FRONT_FENCES) else 0.0
    doc = doctree.parse(text)
    headings = [n.text for n in doc.root.walk() if n.kind == "heading"]
    links = sum(1 for _words, target in doc.root.links() if _linked(target))
    rows = sum(1 for n in doc.root.walk() if n.kind == "row")
    if not headings and links < 2 and rows < 2:
        return 0.05
    if any(section_kind(strip_markdown_inline(h)) for h in headings):
        return 0.6
    return 0.45


def _linked(target: str) -> bool:
    return target.startswith(("http://", "https://", "#", "mailto:"))


def why_not(data: bytes) -> str:
    """Why this is not a Markdown page (for the error when nothing fits)."""
    return "no Markdown headings, lists of links or tables"


def parse(data: bytes, source: str) -> Programme:
    """A programme from a Markdown page.

    Raises:
        BadInputError: empty or binary input.
    """
    text = decode(data, source)
    doc = doctree.parse(text)
    builder = PageBuilder(NAME, source)
    builder.clock_from(text)
    words = words_of(doc)
    builder.note_series(words)
    PageReader(builder).read(doc)
    return builder.finish(text)
