"""List items that write ``Name, Affiliation, "Title"``: a part's position says what it is.

A seminar archive repeats one line per talk: the speaker, where they work, the title in
quotes, then the line of its date, hour and room (``Ana Ruiz, Lund University, "Faster
Logs." 03-14-2007; 12:20 - 1:10 pm; Hall 2``). Read alone, ``Chris Hancock, Tertl
Studos`` is two people, since a small company's name has a person's shape. Read as a
column, it is not: when most items of the column put an organisation second, the second
part of every item is where its speaker works, whatever its shape (as
:mod:`confnotes.importers.block_columns` decides for the lines of cards). In such a
column an item that leaves the quotes out (``Name, Org. Title.``) still puts its title
last, after the last full stop or comma of where its speaker works.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from confnotes.importers.persons import is_organisation, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.title_speakers import closing_quote

__all__ = ["NamedItem", "name_first_column", "name_then_where"]

NAME_FIRST_LEAST = 3
"""Items of a column, at least, that put a person first and an organisation second."""
_HEAD_MOST = 300
"""Characters at most before the title."""
_CLOSE_QUOTES = '"”“»'
_DATED_TAIL_RE = re.compile(r"(?:^|[.\"”»]\s+|\n)(?=\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b)")
"""Where an item's date line begins: after its title's full stop or closing quote, or on
a line of its own (``… Title." 10-06-2008; 12:20 - 1:15pm; Room``)."""


class NamedItem(NamedTuple):
    """An item read by its parts' positions."""

    title: str
    people: list[ProgrammePerson]
    dated: str
    """The date line after the title (its day, hours and room), or empty."""


def _dated_apart(text: str) -> tuple[str, str]:
    """The item's words, and the date line after them (empty when there is none)."""
    text = text.strip()
    for m in _DATED_TAIL_RE.finditer(text):
        if m.start() > 0:
            return text[: m.start() + 1].strip(), " ".join(text[m.end() :].split())
    return text, ""


def _quoted(line: str) -> tuple[str, str, str] | None:
    """The name, the words after its comma and the quoted title of an item written
    ``Name, Where, "Title"``; None when it is not so written."""
    quoted = closing_quote(line)
    if quoted is None or len(quoted[0]) > _HEAD_MOST:
        return None
    name, comma, where = quoted[0].partition(",")
    if not comma or not where.strip(" ,"):
        return None
    return name.strip(), where.strip(" ,"), quoted[1]


def _unquoted(line: str) -> tuple[str, str, str] | None:
    """``Name, Org. Title.`` or ``Name, Org, Title.``: the title after the last full stop
    that ends a word of where they work (not an initial's or ``Dept.``), else after the last
    comma; None when fewer than three parts are left."""
    body = line.rstrip(" .")
    name, comma, rest = body.partition(",")
    if not comma or any(q in rest for q in _CLOSE_QUOTES):
        return None
    stops = [m.start() for m in re.finditer(r"\. ", rest)]
    for stop in reversed(stops):
        if not _abbreviated(_word_before(rest, stop)):
            where, title = rest[:stop], rest[stop + 2 :]
            break
    else:
        where, _comma, title = rest.rpartition(",")
    if not where.strip(" ,") or len(title.split()) < 2 or len(where) > _HEAD_MOST:
        return None
    return name.strip(), where.strip(" ,\u00a0"), title.strip(" \u00a0")


def _word_before(text: str, end: int) -> str:
    """The last word of ``text[:end]`` (``text[:end].split()[-1]``, "" when none), read
    back from ``end`` without copying what comes before it: a cell of many full stops is
    read once, not once for each."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:stop]


def _abbreviated(word: str) -> bool:
    """``Dept``, ``Inst``, ``J``: a word its full stop shortens, not one a sentence ends
    on (``University``, ``UVM``)."""
    return len(word) <= 1 or (len(word) <= 4 and word[0].isupper() and word[1:].islower())


def _one_person(name: str) -> list[ProgrammePerson]:
    people = split_speakers(name)
    return people if len(people) == 1 and not people[0].affiliations else []


def name_first_column(cells: Sequence[str]) -> bool:
    """Whether most of a column's cells are ``Name, Organisation, "Title"``: a person's
    name first, an organisation's (by its words) second, the title in quotes."""
    read = [
        parts
        for cell in cells
        if (parts := _quoted(" ".join(_dated_apart(cell)[0].split()))) is not None
    ]
    led = [where for name, where, _title in read if _one_person(name)]
    organisations = sum(1 for where in led if is_organisation(where.split(",")[0]))
    return (
        organisations >= NAME_FIRST_LEAST
        and organisations * 2 >= len(led)
        and len(led) * 2 >= len([c for c in cells if c.strip()])
    )


def name_then_where(text: str) -> NamedItem | None:
    """``Chris Hancock, Tertl Studos, "On-Ramps."`` in such a column: the title, the one
    person with the rest as where they work, and the date line after it; None when the
    first part is no one."""
    item, dated = _dated_apart(text)
    line = " ".join(item.split())
    parts = _quoted(line) or _unquoted(line)
    if parts is None or not (people := _one_person(parts[0])):
        return None
    people[0].affiliations.append(parts[1])
    return NamedItem(parts[2], people, dated)
