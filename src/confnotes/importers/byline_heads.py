"""A heading that is a by-line: one person, then only their handle, the day and the
hour, in separated pieces (``## Ana Ruiz - @aruiz - 3 May 2031 - 14:00``,
``### Bo Lin | 2031-05-03 | 9h30``).

People's notes of one talk put its speaker and its hour in the heading under the
talk's title; read whole, that heading is no talk's title (a name and a date), and
read as a name, its pieces keep it from being one. Its pieces are told apart by what
each is (a handle, a date, a clock), never by the words around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from confnotes.importers.persons import is_person_name
from confnotes.importers.textutil import strip_markdown_inline
from confnotes.importers.when import clock_range, find_date

_PIECES_RE = re.compile(r"(?<!\s)\s{1,3}[-–—|·•/]\s{1,3}")
"""What separates a by-line's pieces: a dash, a bar or a dot with spaces round it."""

_HANDLE_RE = re.compile(r"^\(?@[A-Za-z0-9_][\w.-]{0,38}\)?$")
"""A piece that is only a handle (``@aruiz``)."""


@dataclass
class Byline:
    """What a by-line heading says."""

    name: str
    """The person's name, as written."""
    day: date | None = None
    """The day it gives, if any."""
    start: time | None = None
    """The hour it gives, if any."""
    end: time | None = None
    """The end of the hour's range, if any."""
    ampm: bool = False
    """Whether the hour said am or pm."""


def byline_heading(text: str, year: int | None = None) -> Byline | None:
    """The by-line a heading's text is: exactly one piece a person's name, every other
    piece a handle, a date or a clock, and at least one such piece; None otherwise (a
    title with a dash in it, two names, a name alone)."""
    plain = strip_markdown_inline(text).strip(" #*_")
    pieces = [p.strip() for p in _PIECES_RE.split(plain) if p.strip()]
    if not 2 <= len(pieces) <= 5:
        return None
    names: list[str] = []
    out = Byline(name="")
    for piece in pieces:
        if _HANDLE_RE.match(piece):
            continue
        day, _ = find_date(piece, year)
        start, end, ampm = clock_range(piece)
        if (
            len(piece.split()) <= 5
            and (day is not None or start is not None)
            and not (is_person_name(piece))
        ):
            out.day = out.day or day
            if start is not None and out.start is None:
                out.start, out.end, out.ampm = start, end, ampm
            continue
        names.append(piece)
    if len(names) != 1 or not is_person_name(names[0]):
        return None
    out.name = names[0]
    return out
