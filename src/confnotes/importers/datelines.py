"""An event's dateline: the line under a report's title that says when and where the
event was held (``19 Nov 2014 Hotel Savoy, Lisbon``, ``3 juin 2025 — Palais des
Congrès``). It opens on a whole date (its year written), then names a place in a few
words; it is no talk, whatever heading level the writer gave it."""

from __future__ import annotations

import re
from datetime import date

from confnotes.importers.when import find_date, find_year, leading_weekday, strip_dates

PLACE_WORDS_MOST = 8
"""Words a dateline's place takes at most (a venue, a city, a country)."""
_CLOCK_RE = re.compile(r"\d{1,2}[:.h]\d\d|\d\s?[ap]\.?m\b", re.I)


def dateline(text: str, year: int | None = None) -> tuple[date, str] | None:
    """The day and the place ``text`` says, when it opens on a date with its year and
    the rest is a place's words (capitalised, no clock, no sentence's end); else None.
    A date alone is a day heading, which other readers read."""
    plain = " ".join(text.split())
    weekday, after = leading_weekday(plain)
    if weekday is not None:
        plain = after.strip(" ,")  # "Sábado, 12 de octubre de 2024 - …": the date's weekday
    day, own = find_date(plain, year)
    if day is None or not own or not find_year(plain):
        return None
    rest = strip_dates(plain)
    place = rest.strip(" ,;:-–—|·@()")
    if not place or not plain.endswith(rest.rstrip()) or plain.startswith(place):
        return None  # the date must come first, the place after it
    words = place.split()
    if len(words) > PLACE_WORDS_MOST or place[-1:] in ".!?:" or _CLOCK_RE.search(place):
        return None
    if not words[0][:1].isupper() or find_date(place, day.year)[0] is not None:
        return None
    return day, place
