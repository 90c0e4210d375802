"""A grid's cells signed after a dash (``Title - Ana Ruiz`` in each room's cell).

One cell alone is often ambiguous: ``Green Hosting - Martin Oakes`` has a name's shape on
both sides, ``Data journalism - Tamsin`` names one person by one word. Where half or more
of a grid's cells with a spaced dash after a talk's words read as a title, then its
speakers, the grid's own convention says which side is the person: the cells that alone
said nothing, or were read the other way round, follow it when the words after the dash
are written as a name is (each word a capital, then small letters). An acronym
(``NETLAB``), a lower-case phrase or a placeholder stays the title's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from confnotes.importers.kinds import kind_of
from confnotes.importers.persons import is_organisation, not_decided, split_speakers
from confnotes.importers.programme import ProgrammePerson

MIN_SIGNED = 3
"""Cells of a grid read as ``Title - Name`` before the grid's convention is trusted."""

_ONE_DASH_RE = re.compile(r"\s[-–—]\s")


def dash_parts(text: str) -> tuple[str, str] | None:
    """The two sides of a one-line cell holding exactly one spaced dash, else None."""
    line = " ".join(text.split())
    found = list(_ONE_DASH_RE.finditer(line))
    if len(found) != 1 or "\n" in text.strip():
        return None
    before, after = line[: found[0].start()].strip(), line[found[0].end() :].strip()
    return (before, after) if before and after else None


def signed_grid(cells: Sequence[tuple[str, str, Sequence[str]]]) -> bool:
    """Whether a grid writes its cells ``Title - Name``: of its cells (each its text, the
    title read from it and its speakers' names) with one spaced dash after a talk's words
    (``Lunch - Foyer`` says nothing), at least :data:`MIN_SIGNED` and half were read as
    the title before the dash and the people after it."""
    dashed = signed = 0
    for text, title, names in cells:
        parts = dash_parts(text)
        if parts is not None and kind_of(parts[0]) not in ("break", "other"):
            dashed += 1
            signed += read_signed(text, title, names)
    return signed >= MIN_SIGNED and 2 * signed >= dashed


def read_signed(text: str, title: str, names: Sequence[str]) -> bool:
    """Whether a cell was read as ``Title - Name``: its title before the dash, its
    people (some) after it."""
    parts = dash_parts(text)
    return (
        parts is not None
        and bool(names)
        and parts[0] == title
        and all(n in parts[1] for n in names)
    )


def signed_people(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """A cell of a signed grid read by its convention: the title before the dash and the
    people after it, when those are written as names and the title is no break's or
    other item's (``Lunch - Foyer``); None otherwise."""
    parts = dash_parts(text)
    if parts is None:
        return None
    title, who = parts
    if not_decided(who) or is_organisation(who) or kind_of(title) in ("break", "other"):
        return None
    if people := split_speakers(who):
        return title, people
    words = who.split()
    if 1 <= len(words) <= 3 and all(_name_word(w) for w in words):
        return title, [ProgrammePerson(who)]  # "Costantino": one name, as written
    return None


def _name_word(word: str) -> bool:
    """A word written as a name's: a capital, then small letters (``Costantino``,
    ``D'Amico``), never all capitals (``NETLAB``: a lab's acronym)."""
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    return len(word) >= 2 and word[0].isupper() and not word.isupper() and letters.isalpha()
