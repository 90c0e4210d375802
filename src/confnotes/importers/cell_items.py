"""A timetable's cell written as a small list: ``&bull; *Title* ([Name](people#name))``
items a ``<br>`` apart (or opened by ``·``, ``◦``, ``-``), under a bold session name or
none. A reader sees one talk an item, all at the row's time: each item is a talk line of
its own, read by the caller's reader of a talk line (the table readers of
:mod:`confnotes.importers.timetable` and :mod:`confnotes.importers.pagerecords` read the
same cell alike through this module); an item that names no one is an activity of the
slot (``Opening remarks`` before the keynote). A bracket holding one bare word (a handle,
``(zoé)``) names its speaker when the other items name theirs in brackets."""

from __future__ import annotations

import re
from collections.abc import Callable

from confnotes.importers.persons import is_person_name, named_by_role
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import bracket_tail, strip_markdown_inline

ITEM_MARK_RE = re.compile(r"[•·◦▪‣]\s{0,4}|[-–*]\s{1,4}")
"""The mark that opens an item of a list written inside one cell."""
BULLETS = "•·◦▪‣"
"""Marks that only ever open a list's item, never a title's first word."""
MAX_ITEMS = 60
"""Items a cell may list: more is a page pasted into a cell, not a session's talks."""

TalkLine = tuple[str, list[ProgrammePerson], str]
"""A talk line read: its title, its speakers, its kind."""


def is_item(line: str) -> bool:
    """Whether a line of a cell opens with a list item's mark."""
    return ITEM_MARK_RE.match(line.strip()) is not None


def first_item(lines: list[str]) -> int | None:
    """Where a cell's list starts: the index of its first item when every line from it
    on is an item, at least two of them, after at most two lines that are none (the
    session's name, its room); None when the cell is no list."""
    at = next((n for n, line in enumerate(lines) if is_item(line)), None)
    if at is None or at > 2 or not 2 <= len(lines) - at <= MAX_ITEMS:
        return None
    return at if all(is_item(line) for line in lines[at:]) else None


def without_mark(line: str) -> str:
    """An item's words without the mark that opens it."""
    return ITEM_MARK_RE.sub("", line.strip(), count=1).strip()


def read_items(lines: list[str], read_line: Callable[[str], TalkLine]) -> list[TalkLine] | None:
    """The talks of a cell's list items (``lines``, each an item), each read by
    ``read_line``; None when no item names anyone (a list of activities, or of people:
    ``• Ana Ruiz<br>• Bo Li``), which is no session of talks."""
    items = [without_mark(line) for line in lines]
    read = [read_line(item) for item in items]
    if not any(who for _title, who, _kind in read):
        return None
    if all(is_person_name(item) or _person_aside(item) for item in items):
        return None  # "• Bo Li (GitHub)" a line: a panel's people, no one's talks
    pairs = list(zip(items, read, strict=True))
    bracketed = sum(1 for item, (_t, who, _k) in pairs if who and item[-1:] == ")")
    out: list[TalkLine] = []
    for item, (title, who, kind) in pairs:
        tail = bracket_tail(item, "()", 2, 40) if not who and bracketed >= 2 else None
        if tail is not None and (one := named_by_role(tail[1])) is not None:
            # "Title (zoé)" among "Title (Ana Ruiz)" items: the bracket names its speaker
            title, who = read_line(item[: tail[0]].rstrip())[0], [one]
        out.append((title or item, who, kind))
    return out


def _person_aside(item: str) -> bool:
    """Whether a list's item is a person's full name and a bracket after it (``Bo
    Lindqvist (GitHub)``, ``[Ana Ruiz](people#ana) (remote)``): where they work or how
    they take part, no talk's title."""
    tail = bracket_tail(item, "()", 2, 60)
    if tail is None:
        return False
    core = strip_markdown_inline(item[: tail[0]]).strip()
    return len(core.split()) >= 2 and is_person_name(core)
