"""Plain-text programme pages (a web page saved as text, seed 004's shape).

No markup: the document tree reads the text by its blank lines, indentation,
underlines and rules (:func:`confnotes.importers.doctree.parse_text`: a short
title-like line standing alone is a heading), and the page is then read like any
other (:mod:`confnotes.importers.pagetree`): sections by their headings' words
(*Schedule*, *Invited Speakers*, *Organizers*, *Important Dates*), schedule lines
(``08:45 : Name (Keynote Talk) - Title.``) as talks, with breaks and poster sessions
as sessions, in the timezone the page states (``(Central Standard Time)`` →
``America/Chicago``), speakers from bios (``Name (confirmed) is a Professor at the
University of Toronto``), organisers from a name line and its affiliation lines. What
comes before the first section names the workshop: its title lines, series
(``NeurIPS 2023 Workshop``), acronym (``DLDE III``), day and hours (``December 16th,
9 am to 5:30 pm``) and venue.
"""

from __future__ import annotations

import re
from datetime import time

from confnotes.importers import doctree
from confnotes.importers.entries import leading_clock
from confnotes.importers.page import PageBuilder, section_kind, stated_timezone
from confnotes.importers.pagetree import PageReader, Unit, units, venue_of
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import (
    DATE_NO_YEAR_RE,
    DATE_RE,
    SERIES_RE,
    decode,
    parse_clock,
    parse_date,
)

NAME = "text"

_VENUE_WORDS_RE = re.compile(r"\b(Convention|Conference Cent(er|re)|Hotel|Campus)\b")
PROSE_CHARS = 80
"""A line longer than this under a heading is prose: that heading opens a section, it
is not one of the page's title lines."""
DETECT_CHARS = 16_384
"""How much of a document detection reads (its tree is built for this much)."""


def detect(data: bytes) -> float:
    """Plain text whose tree has section headings (*Schedule*, *Organizers*) and lines
    led by a time; Markdown's own marks (ATX headings, links) make it a Markdown page."""
    text = data[:DETECT_CHARS].decode("utf-8", errors="replace")
    head = text.lstrip()
    if head.startswith(("<", "{", "[", "---", "+++", "BEGIN:")):
        return 0.0
    doc = doctree.parse_text(text)
    found = list(units(doc))
    sections = sum(1 for u in found if u.kind == "heading" and section_kind(u.text))
    timed = sum(1 for u in found if u.kind == "line" and leading_clock(u.text)[0] is not None)
    marked = any(u.kind == "heading" and doc.source_of(u.node).startswith("#") for u in found)
    links = sum(1 for _w, target in doc.root.links() if target.startswith("http"))
    if marked:
        return 0.0  # ATX headings: a Markdown page
    return max(0.0, 0.35 * (sections >= 2) + 0.2 * (timed >= 3) - 0.3 * (links > 3))


def why_not(data: bytes) -> str:
    """Why this is not a plain-text programme page."""
    return "no section lines (Schedule, Speakers, Organizers, Dates) or timed schedule lines"


def parse(data: bytes, source: str) -> Programme:
    """A programme from a plain-text programme page.

    Raises:
        BadInputError: empty or binary input.
    """
    text = decode(data, source)
    b = PageBuilder(NAME, source)
    b.clock_from(text)
    b.note_series(text)
    doc = doctree.parse_text(text)
    found = _guessed_titles(list(units(doc)))
    cut = _first_section(found)
    reader = PageReader(b)
    reader.doc = doc
    reader.day_end = _header([u.text or u.node.text for u in found[:cut]], b)
    reader.headings = 1  # the title lines were the page's first heading
    reader.read_units(found[cut:])
    return b.finish(text)


def _prose_after(found: list[Unit]) -> list[bool]:
    """For each unit: the first non-heading unit after it is prose (one pass, from the
    end, so a page of many title lines stays linear)."""
    out = [False] * len(found)
    prose = False
    for n in range(len(found) - 1, -1, -1):
        out[n] = prose
        if found[n].kind != "heading":
            prose = len(found[n].text) > PROSE_CHARS
    return out


def _guessed_titles(found: list[Unit]) -> list[Unit]:
    """A title-like line that names no part of a page and has no prose under it is a
    line of the section it sits in (``Morning Session`` in a schedule, ``Ana Ruiz``
    among speakers), not the end of that section."""
    prose = _prose_after(found)
    return [
        Unit("line", u.node, u.text, line=u.line)
        if u.kind == "heading" and n and not section_kind(u.text) and not prose[n]
        else u
        for n, u in enumerate(found)
    ]


def _first_section(found: list[Unit]) -> int:
    """Where the title lines end: at the first heading that names a part of a page
    (Schedule, Organizers) or has prose under it."""
    prose = _prose_after(found)
    for n, unit in enumerate(found):
        if unit.kind == "heading" and (section_kind(unit.text) or prose[n]):
            return n
    return len(found)


def _header(lines: list[str], b: PageBuilder) -> time | None:
    """Name, series, day, hours, venue and timezone from the lines above the first section."""
    name_parts: list[str] = []
    acronym = ""
    day_end = None
    p = b.programme
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        has_date = DATE_RE.search(line) or DATE_NO_YEAR_RE.search(line)
        when = parse_date(line, b.year) if has_date else None
        if when and b.programme.start is None:
            b.set_day(when)
            clock = parse_clock(line[line.find(str(when.day)) + len(str(when.day)) :])
            if clock and clock.end:
                day_end = clock.end
            if tz := stated_timezone(line):
                p.timezone = tz
            continue
        if venue := venue_of(line):
            p.location = p.location or venue
            continue
        if _VENUE_WORDS_RE.search(line) and len(line) <= 120 and not p.location:
            p.location = line.strip()
            continue
        if p.start is not None:
            continue
        series = SERIES_RE.search(line)
        if series and len(line.split()) <= 4:  # "NeurIPS 2023 Workshop": a series line
            p.series = p.series or series.group(1)
            continue
        if line.isupper() and len(line.split()) <= 2 and len(line) <= 16 and not acronym:
            acronym = line
            continue
        if len(line) <= PROSE_CHARS and line[-1] not in ".!?:":
            name_parts.append(line)
    name = " ".join(name_parts)
    p.name = f"{name} ({acronym})" if name and acronym else (name or acronym)
    return day_end
