"""List items that write ``Name, Affiliation, "Title"``: a part's position says what it is.

A seminar archive repeats one line per talk: the speaker, where they work, then the
title in quotes (``Ana Ruiz, Lund University, "Faster Logs."``). Read alone, ``Chris
Hancock, Tertl Studos`` is two people, since a small company's name has a person's
shape. Read as a column, it is not: when most items of the column put an organisation
second, the second part of every item is where its speaker works, whatever its shape
(as :mod:`confnotes.importers.block_columns` decides for the lines of cards).
"""

from __future__ import annotations

from collections.abc import Sequence

from confnotes.importers.persons import is_organisation, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.title_speakers import closing_quote

__all__ = ["name_first_column", "name_then_where"]

NAME_FIRST_LEAST = 3
"""Items of a column, at least, that put a person first and an organisation second."""
_HEAD_MOST = 300
"""Characters at most before the quoted title."""


def _parts(text: str) -> tuple[str, str, str] | None:
    """The name, the words after its comma and the quoted title of an item written
    ``Name, Where, "Title"``; None when it is not so written."""
    line = " ".join(text.split())
    quoted = closing_quote(line)
    if quoted is None or len(quoted[0]) > _HEAD_MOST:
        return None
    name, comma, where = quoted[0].partition(",")
    if not comma or not where.strip(" ,"):
        return None
    return name.strip(), where.strip(" ,"), quoted[1]


def _one_person(name: str) -> list[ProgrammePerson]:
    people = split_speakers(name)
    return people if len(people) == 1 and not people[0].affiliations else []


def name_first_column(cells: Sequence[str]) -> bool:
    """Whether most of a column's cells are ``Name, Organisation, "Title"``: a person's
    name first, an organisation's (by its words) second, the title in quotes."""
    read = [parts for cell in cells if "\n" not in cell.strip() and (parts := _parts(cell))]
    led = [where for name, where, _title in read if _one_person(name)]
    organisations = sum(1 for where in led if is_organisation(where.split(",")[0]))
    return (
        organisations >= NAME_FIRST_LEAST
        and organisations * 2 >= len(led)
        and len(led) * 2 >= len([c for c in cells if c.strip()])
    )


def name_then_where(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Chris Hancock, Tertl Studos, "On-Ramps."`` in such a column: the title, and the
    one person with the rest as where they work; None when the first part is no one."""
    parts = _parts(text)
    if parts is None or not (people := _one_person(parts[0])):
        return None
    people[0].affiliations.append(parts[1])
    return parts[2], people
