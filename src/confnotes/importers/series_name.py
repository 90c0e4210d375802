"""The name of a series whose events a file lists by number: ``16. Meetup RheinMainJS``,
``15. Meetup RheinMainJS``…, ``Meetup #42 – Hamburg.js``, ``3. Tagung Datenkultur``. A user
group's archive keeps one record per evening, each titled by its number and what the
series is; the words every title shares, less the number and the word for the kind of
event (``Meetup``, ``Tagung``, ``Seminar``), are the series' name.

Only where the shared words hold such a word: ``Session 1``, ``Session 2`` number the
parts of one event, and ``Day 3`` its days; those name no series.
"""

from __future__ import annotations

import re

from confnotes.importers.persons import names_a_kind_of_event_only

_NUMBER_RE = re.compile(r"#?\d{1,4}(?:\.|st|nd|rd|th|e|er|ème|º|ª)?", re.I)
"""A word that is an edition's number (``16.``, ``#42``, ``3rd``, ``3e``)."""
_SEPARATORS = frozenset({"-", "–", "—", ":", "|", "·"})
_LEAST = 3
"""Titles that must share the words before they name a series."""


def numbered_series_name(titles: list[str]) -> str:
    """The series' name ``titles`` share around their numbers (each number once, all of
    them different); "" when fewer than :data:`_LEAST` titles, a title without its
    number, words that differ, or no word naming a kind of event among the shared."""
    if len(titles) < _LEAST:
        return ""
    shared: list[str] | None = None
    numbers: set[str] = set()
    for title in titles:
        words = [w.strip(",") for w in title.split()]
        counted = [w for w in words if _NUMBER_RE.fullmatch(w)]
        if len(counted) != 1 or counted[0] in numbers:
            return ""
        numbers.add(counted[0])
        rest = [w for w in words if w not in counted and w not in _SEPARATORS]
        if shared is None:
            shared = rest
        elif [w.casefold() for w in rest] != [w.casefold() for w in shared]:
            return ""
    if not shared or not any(names_a_kind_of_event_only(w) for w in shared):
        return ""
    name = [w for w in shared if not names_a_kind_of_event_only(w)]
    return " ".join(name)
