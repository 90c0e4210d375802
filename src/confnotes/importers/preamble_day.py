"""The day a person's notes of several talks give once, before the first talk.

A post of notes from a one-day event says the day in its opening (``I went to X on
18 May 2031``, an embedded card of the event's page, a dated line), then notes each
talk under its own heading without repeating it. That one day, when the opening
names no other and no range of days, is the day of every talk the notes hold.
"""

from __future__ import annotations

import re
from datetime import date

from confnotes.importers.document_names import CLOCKS_RE, ITEM_MARK_RE
from confnotes.importers.page_day import days_named_in

PREAMBLE_LINES = 40
"""Lines of an opening looked at: a longer one is an essay, not a note's lead-in."""

_TAG_RE = re.compile(r"<[^>]{0,2000}>")
_ATTR_FREE_RE = re.compile(r"\S{40,}")
"""Long unbroken runs (keys, hashes, addresses): never a day's words."""


def preamble_day(lines: list[str], first: int, last: int, year: int | None) -> date | None:
    """The one day, with its year, that lines ``first`` to ``last`` (exclusive) name;
    None when they name none, several, or a range of days (a several-day event: its
    talks' days are not known from it)."""
    if last - first > PREAMBLE_LINES:
        first = last - PREAMBLE_LINES
    texts = (_ATTR_FREE_RE.sub(" ", _TAG_RE.sub(" ", x)) for x in lines[max(first, 0) : last])
    days = days_named_in((t for t in texts if t.strip()), year)
    return next(iter(days)) if days else None


def timed_rows(lines: list[str], first: int, least: int = 2) -> bool:
    """Whether ``least`` lines from ``first`` on open on a clock (``- 18:00–18:30 Title``):
    a programme's timetable, whose rows the timetable's readers date, not notes."""
    seen = 0
    for line in lines[first : first + 2000]:
        m = CLOCKS_RE.match(ITEM_MARK_RE.sub("", line).lstrip(" *_"))
        seen += m is not None
        if seen >= least:
            return True
    return False
