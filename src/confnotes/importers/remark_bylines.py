"""List items naming a talk, its speaker after a connective, then the writer's remark.

People's notes list the talks they liked one item each: ``Title by Ana Ruiz - loved
it``, ``Título de Ana Ruiz: muy bueno: https://…``, ``Titre par Ana Ruiz — à revoir``.
The by-line ends where a separator opens the remark (or a bare link), so the item's
line as a whole reads as no ``Title by Name``. ``de`` (Spanish, Portuguese, French
"of") also joins two nouns (``Patrones de diseño``), so a connective counts only when
the words after it, up to the remark, are people's names alone; and a list counts only
when it repeats the form (two items at least, half of its items).
"""

from __future__ import annotations

import re

from confnotes.importers.persons import is_person_name, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import BY_WORD_SET

CONNECTIVES = BY_WORD_SET | {"de", "of"}
"""Words between a talk's title and its speaker in a note's item (``of`` only as
people write ``the talk of Ana Ruiz`` less often: it still needs names after it)."""
LEAST = 2
"""Items of one list read so before one after a word that also joins nouns or starts a
name (``de``, ``von``, ``da``) is (one alone may be a title holding it)."""
_SURE = frozenset({"by", "par", "por", "door", "durch"})
"""Connectives that never join two nouns nor start a name: one item read so stands."""
_REMARK_RE = re.compile(r"(?::\s|\s[-–—]\s|[;(]|\shttps?://)")
"""Where a remark (or a bare link) opens after the speaker's name."""
_URL_RE = re.compile(r"<?https?://\S+>?[ \t]*$")
_WORDS_MOST = 60
"""Words of an item's line looked at: a longer one is a paragraph, not a by-line."""


def remark_byline(line: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``line``'s title and speakers when it reads ``Title <by-word> Name[s]`` with an
    optional remark after the names; None otherwise."""
    words = line.split()
    if len(words) > _WORDS_MOST:
        return None
    text = " ".join(words)
    for m in re.finditer(r"(?<=\s)(\S+)\s", text):
        if m.group(1).casefold() not in CONNECTIVES:
            continue
        title = text[: m.start()].strip(" ,;")
        rest = text[m.end() :]
        if len(title) < 4:
            continue
        stop = _REMARK_RE.search(rest)
        who = (rest[: stop.start()] if stop else _URL_RE.sub("", rest)).strip(" .,")
        people = _names(who)
        if people:
            return title, people
    return None


def _names(who: str) -> list[ProgrammePerson]:
    """The people ``who`` is, when it is names alone (each of two words or more)."""
    if not who or not who[:1].isupper() or len(who) > 120:
        return []
    people = split_speakers(who)
    if not people or any(len(p.name.split()) < 2 or p.affiliations for p in people):
        return []
    if not all(is_person_name(p.name) for p in people):
        return []
    # every word of the span is a name's: nothing left over ("Ana Ruiz en Madrid")
    named = sum(len(p.name.split()) for p in people)
    joins = len(re.findall(r"\s(?:&|and|y|e|et|und|и)\s|,", who))
    return people if named + joins >= len(who.split()) else []


def remark_bylines(
    lines: list[str], lone_ok: bool = True
) -> list[tuple[str, list[ProgrammePerson]] | None]:
    """Each line's :func:`remark_byline` reading, kept when the list repeats the form
    (:data:`LEAST` items, half of the list) or its connective is :data:`_SURE` and
    ``lone_ok`` (the list is where talks are listed, not a topic's reading list)."""
    reads = [remark_byline(x) if x else None for x in lines]
    found = sum(r is not None for r in reads)
    if found < LEAST or found * 2 < len([x for x in lines if x]):
        others = [x for x, r in zip(lines, reads, strict=True) if x and r is None]
        if len(others) >= LEAST and 2 * sum(x.rstrip().endswith(")") for x in others) > len(others):
            # "Title (Name, Org)" item after item: the list names its people in brackets,
            # and a by-word in one item's title is the title's ("… once sung by …")
            return [None] * len(lines)
        lone = [
            r if r is not None and _sure(x, r[0]) else None
            for x, r in zip(lines, reads, strict=True)
        ]
        return lone if lone_ok else [None] * len(lines)
    return reads


def _sure(line: str, title: str) -> bool:
    """Whether the connective after ``title`` in ``line`` is one of :data:`_SURE`."""
    after = " ".join(line.split())[len(title) :].split()
    return bool(after) and after[0].casefold() in _SURE
