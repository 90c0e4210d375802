"""People's own notes of any shape: one file per talk, per day or per conference.

Headings of any level, bold lines as headings, bullet notes, Obsidian/Jekyll
front matter: the page is read into a section tree
(:mod:`confnotes.importers.structure`) and the shape that explains it best is
kept (:mod:`confnotes.importers.shapes`). This is also the format of last
resort for any text no other format is sure about: the whole text becomes one
note, never an error and never an empty conference.
"""

from __future__ import annotations

import re

from confnotes.importers import structure
from confnotes.importers.page import section_kind
from confnotes.importers.programme import Programme
from confnotes.importers.shapes import understand
from confnotes.importers.talk_levels import talk_level
from confnotes.importers.textutil import decode, strip_markdown_inline

NAME = "outline"

_MACHINE_STARTS = ("<?xml", "BEGIN:VCALENDAR", "<!doctype", "<html", "<schedule")
_JSON_START_RE = re.compile(r"\[?[ \t\r\n]{0,20}\{[ \t\r\n]{0,20}(?:\"|\}|$)")
"""A JSON object or a list of them (``{"``, ``[{``, ``{}``): data, no one's notes. A
template's tag (``{include file="header.tpl"}``) opens with a brace too, and is a page."""
_PAGE_KEYS = ("speaker", "speakers", "presenter", "authors", "abstract", "talk_title", "layout")
_LIQUID_RE = re.compile(r"\{%\s*include\b")
_HARD_BREAK_BLOCK_RE = re.compile(r"\)\\[ \t]*$", re.M)
_META_LINE_RE = re.compile(
    r"^[ \t>*+\-]*(?:\*\*)?(?:speakers?|presenters?|authors?|referent\w*|intervenant\w*|"
    r"ponente|relatore)(?:\*\*)?[ \t]*:",
    re.I | re.M,
)
_TIMED_LINE_RE = re.compile(r"^[ \t>*+\-|_]*\d{1,2}[:.h]\d\d", re.M)
"""A line led by a time, maybe marked (``* _19:00_``, ``**10:30**``, ``| 09:00``)."""
_SLOT_LINE_RE = re.compile(
    r"^[ \t>*+\-|_]*\d{1,2}[:.h]\d\d[_*]*[ \t]*[-–—][ \t]*[_*]*\d{1,2}[:.h]\d\d", re.M
)
"""A line led by a time range (``_18:45_ – _19:00_``, ``14:00 - 14:15``): a programme's slot,
from one hour to the next; a person's notes stamp a moment, not a slot's span."""
_TEMPLATE_CALL_RE = re.compile(r"^\s*\{\{[<%]")
"""A static site's shortcode (``{{< gallery … >}}``): markup, not anyone's prose."""


def detect(data: bytes) -> float:
    """How much the text reads as someone's notes rather than a programme page.

    Always a little (the registry falls back to this format for any text no other
    format is sure of); more
    with headings that repeat with prose under them and no page sections
    (Organizers, Call for papers, Important dates).
    """
    text = data[:200_000].decode("utf-8", errors="replace").lstrip("\ufeff")
    head = text.lstrip()[:30].lower()
    if head.startswith(tuple(s.lower() for s in _MACHINE_STARTS)) or _JSON_START_RE.match(head):
        return 0.0
    if "\x00" in text[:4096]:
        return 0.0
    outline = structure.read(text)
    if _LIQUID_RE.search(text) or len(_HARD_BREAK_BLOCK_RE.findall(text)) >= 2:
        return 0.12  # a Jekyll page with includes, a day of hard-break talk blocks
    front = outline.front
    if front and any(k in front for k in _PAGE_KEYS):
        return 0.12  # a seminar post or a page: the jekyll format reads its fields
    sections = outline.sections()
    page_words = sum(1 for s in sections if _page_section(s.title))
    page_kinds = {
        section_kind(strip_markdown_inline(s.title)) for s in sections if _page_section(s.title)
    }
    timed = len(_TIMED_LINE_RE.findall(text))
    prose = sum(
        1
        for s in outline.root.walk()
        for b in s.blocks
        if b.kind in ("paragraph", "list", "quote", "html")
        and len(b.text.split()) >= 4
        and not _TIMED_LINE_RE.match(b.text)
        and not _TEMPLATE_CALL_RE.match(b.text)
    )
    if (page_words >= 2 and page_words * 3 >= len(sections)) or len(
        page_kinds & {"organizer", "dates", "papers", "keynote", "panelist"}
    ) >= 2:
        return 0.12
    _doc, level, _evidence = talk_level(outline, None)
    if timed >= 3 and prose < timed:
        return 0.12  # a timetable: the markdown and text formats read those
    slots = len(_SLOT_LINE_RE.findall(text))
    if slots >= 3 and prose <= slots:
        return 0.12  # a post's programme of slots, no more prose than slots: a page's
    if front and prose:
        return 0.95  # notes with front matter (Obsidian, a blog post about a talk)
    if level is not None and (prose or _META_LINE_RE.search(text)):
        return 0.7  # talks with notes, or talks with their speakers and times
    if level is not None:
        return 0.5
    if sections and prose:
        return 0.5
    return 0.25


def _page_section(title: str) -> bool:
    """A heading that names a part of a programme page (``Invited Speakers``,
    ``Organizers``, ``Important Dates``), not a talk (``Invited talk: Agents that plan``)."""
    plain = strip_markdown_inline(title).strip()
    return bool(section_kind(plain)) and ":" not in plain and len(plain.split()) <= 4


def why_not(data: bytes) -> str:
    """Never said in practice: this format accepts any text."""
    return "not text"


def parse(data: bytes, source: str) -> Programme:
    """A programme (with note bodies) from a person's notes; the whole text as one note
    when no shape is convincing.

    Raises:
        BadInputError: empty or binary input.
    """
    text = decode(data, source)
    outline = structure.read(text)
    understanding = understand(outline, source, NAME)
    programme = understanding.programme
    programme.description = programme.description or ""
    return programme
