"""Talks a block's own text lists: a title line, then a by-line naming its people.

A calendar's or a data file's one event often stands for a whole session, its papers
written only in its description (``- "Title"`` then ``By Ana Ruiz and Li Wei.``, in any
language :data:`confnotes.importers.headings.BY_LINE_RE` knows). When every line of the
text falls into such pairs, the text is a list of talks, not an abstract; one pair alone
may be a talk's own summary, so at least two are needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from confnotes.importers.headings import BY_LINE_RE
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import ProgrammePerson

MIN_ITEMS = 2
"""Pairs needed before a text reads as a list of talks (one may be an abstract's own)."""
MAX_LINES = 400
"""Lines looked at: a longer description is an abstract, not a session's list."""

_BULLET = re.compile(r"^\s*(?:[-*+•–]|\d{1,3}[.)])\s+")
_QUOTES = "\"'“”«»„‘’"


@dataclass
class ListedTalk:
    """One talk of a listed block: its title and the people its by-line names."""

    title: str
    speakers: list[ProgrammePerson]


def listed_talks(text: str) -> list[ListedTalk]:
    """The talks a text lists as title/by-line pairs; [] when any line is neither (an
    abstract), a by-line names no one, or fewer than :data:`MIN_ITEMS` pairs are found."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2 * MIN_ITEMS or len(lines) > MAX_LINES or len(lines) % 2:
        return []
    found: list[ListedTalk] = []
    for title_line, by_line in zip(lines[::2], lines[1::2], strict=True):
        title = _title_of(title_line)
        people = _people_of_by_line(by_line)
        if not title or not people or BY_LINE_RE.match(title_line) or _introduces(title):
            return []
        found.append(ListedTalk(title, people))
    return found if len(found) >= MIN_ITEMS else []


def _introduces(line: str) -> bool:
    """``The keynote, in two parts:``: a line ending in a colon opens what follows (an
    abstract's own parts), it is no talk's title."""
    return line.rstrip().endswith((":", "："))


def _title_of(line: str) -> str:
    """A list item's title without its bullet and the quotes around it."""
    title = _BULLET.sub("", line).strip()
    if len(title) >= 2 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    return title


def _people_of_by_line(line: str) -> list[ProgrammePerson]:
    """The people of ``By A, B and C.``; [] when the line is no by-line of names."""
    m = BY_LINE_RE.match(line)
    if m is None or len(m["who"]) > 400:
        return []
    return split_speakers(m["who"].strip().rstrip("."), single_ok=True)
