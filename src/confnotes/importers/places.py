"""Places that are no people: the cities a maintained list names.

A template page puts a city where a name could stand (a venue cell, a ``City``
column beside the speaker's), and ``Buenos Aires`` or ``Sao Paulo`` has a name's
shape: two capitalised words. Rather than a word list of our own, the IANA time zone
database (``tzdata``, through :func:`zoneinfo.available_timezones`) names the world's
reference cities and regions; a name of several words that is one of them is a place.
A single word is not judged here: ``Sofia``, ``Adelaide``, ``Regina`` and ``Victoria``
are zone cities and given names alike, and a lone word is rarely a full name anyway.
"""

from __future__ import annotations

import functools
import unicodedata
import zoneinfo

__all__ = ["names_a_place"]


def _folded(text: str) -> str:
    """``São Paulo``, ``SAO PAULO``, ``Sao_Paulo`` and ``St. John's`` alike: accents,
    case, underscores, dots and apostrophes left out, spaces made single."""
    plain = "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(ch) and ch not in ".'’"
    )
    return " ".join(plain.replace("_", " ").replace("-", " ").casefold().split())


@functools.cache
def _zone_places() -> frozenset[str]:
    """Every place of several words in a zone's name (``America/Argentina/Buenos_Aires``
    gives ``buenos aires``; the area before the first slash is a continent or ocean),
    folded; built once."""
    places: set[str] = set()
    for zone in zoneinfo.available_timezones():
        for part in zone.split("/")[1:]:
            folded = _folded(part)
            if " " in folded and not any(ch.isdigit() for ch in folded):
                places.add(folded)
    return frozenset(places)


def names_a_place(text: str) -> bool:
    """Whether ``text`` is the name of a place of several words that the time zone
    database names (``Buenos Aires``, ``São Paulo``, ``Kuala Lumpur``): no person's."""
    folded = _folded(text)
    return " " in folded and folded in _zone_places()
