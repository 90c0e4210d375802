"""Days a write-up says in its sentences, not its headings.

A person's notes of a two- or three-day event often date nothing but the event, once
(``on 24 and 25 May``), then turn the page in prose: a talk's notes open on ``On
Saturday, …``, ``Ya el sábado, …``, ``Am zweiten Tag …``. Such an opening moves the
post to that day of the event. Only the first words of a talk's notes count (``we met on
Monday to prepare`` is about something else) and only a day of the event (a weekday
before it dates nothing).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from confnotes.importers.when import nth_day, weekday_of, weekday_within

CUE_WORDS = 3
"""Words that may open a talk's notes before the weekday that dates it (``Ya el
sábado``, ``On Friday``)."""
ORDINAL_CUE_WORDS = 5
"""The same for a counted day (``On the second day``, ``Le deuxième jour``)."""
HELD_DAYS_MOST = 7
"""Days at most an event's range may hold for its weekdays to name one day each."""
_WEEKDAY_LETTERS_LEAST = 5
"""Letters at least of a weekday's whole name read in prose (``sat``, ``sun``, ``wed``
are words of sentences too)."""

_CJK_WEEKDAY_RE = re.compile(r"[月火水木金土日]曜")


def _opening_words(text: str, count: int) -> str:
    return " ".join(text.split()[:count])


def _weekday_cue(text: str) -> int | None:
    """The one weekday the first words of ``text`` name, written in full."""
    head = _opening_words(text, CUE_WORDS)
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", head)
        if len(w) >= _WEEKDAY_LETTERS_LEAST or _CJK_WEEKDAY_RE.search(w)
    ]
    found = {d for w in words if (d := weekday_of(w)) is not None}
    return found.pop() if len(found) == 1 else None


def _counted_cue(text: str) -> int:
    """The day of the event the first words of ``text`` count (``The second day``)."""
    return nth_day(_opening_words(text, ORDINAL_CUE_WORDS))


def day_cue(text: str, first: date, last: date) -> date | None:
    """The day of the event (``first`` to ``last``) that the opening words of a talk's
    notes (``text``, plain) name by its weekday or its count; None when they name none,
    or a day outside the event."""
    if not first <= last or (last - first).days >= HELD_DAYS_MOST:
        return None
    if (weekday := _weekday_cue(text)) is not None:
        return weekday_within(weekday, first, last)
    if nth := _counted_cue(text):
        day = first + timedelta(days=nth - 1)
        return day if day <= last else None
    return None


def forward_cues(cues: list[tuple[int, date]]) -> dict[int, date]:
    """The cues (a line, its day) of a post read in order that move it on: a post runs
    through its event's days one after the other, so a day before the one reached is a
    remark (``unlike on Friday``), not the page turning back."""
    kept: dict[int, date] = {}
    reached: date | None = None
    for line, day in sorted(cues):
        if reached is None or day > reached:
            kept[line] = reached = day
    return kept
