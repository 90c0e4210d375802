"""Talks of plain notes whose parts repeat the same labels: the line before each is a title.

People who type notes without any markup often give every talk the same parts, each
opened by a bare label line of their own (``Feedback`` / ``Takeaways``, ``Notes`` /
``Questions``, ``Avis`` / ``À retenir``): the talk's title is the bare line just above
the first label (a link line of its page between them allowed). The labels say which
lines are structure, whatever their language: a short line written alone, word for
word, once in every part. Every line is kept: each talk holds its part, the lines
before the first title stay in the notes' own note.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from confnotes.importers import structure
from confnotes.importers.kinds import kind_of
from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.notebook.link_kinds import classify_link

CYCLES_LEAST = 2
"""Parts a label must open before its lines are read as talks' parts (one is a note's
own sub-head)."""
_LABEL_WORDS_MOST = 3
"""Words of a label line at most (``Lo que aprendí``)."""
_TITLE_WORDS_MOST = 20
"""Words of a title line at most (more is a sentence of the notes)."""
_LINK_LINE_RE = re.compile(r"<?https?://\S+>?")
"""A line that is a link alone (the talk's page under its title)."""
_ITEM_RE = re.compile(r"(?:[-*+•·]|\d{1,3}[.)])\s")
"""A list item's marker: an item is a note's line, never a title or a label."""
_NOT_A_TITLE_END = tuple(".,;:!")
"""How a sentence or a lead-in ends; a title ends on its last word (or ``?``)."""


def _bare(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not _ITEM_RE.match(stripped) and not _LINK_LINE_RE.fullmatch(stripped)


def _labels(lines: list[str]) -> list[str]:
    """The short bare lines written word for word in every part, most first."""
    counts = Counter(
        line.strip().rstrip(":").casefold()
        for line in lines
        if _bare(line) and len(line.split()) <= _LABEL_WORDS_MOST
    )
    return [label for label, n in counts.most_common() if n >= CYCLES_LEAST]


def _title_above(lines: list[str], at: int, floor: int, labels: set[str]) -> int | None:
    """The line of the title above the label at ``at``: the nearest bare line, a link line
    between them skipped; None when it is no title (a sentence, another label)."""
    n = at - 1
    while n > floor and (not lines[n].strip() or _LINK_LINE_RE.fullmatch(lines[n].strip())):
        n -= 1
    if n <= floor or not _bare(lines[n]):
        return None
    title = lines[n].strip()
    if title.rstrip(":").casefold() in labels or title.endswith(_NOT_A_TITLE_END):
        return None
    return n if len(title.split()) <= _TITLE_WORDS_MOST else None


def titled_parts(text: str) -> list[tuple[int, int]] | None:
    """Each talk's part as (its title's line, its last line), or None when the labels do
    not open :data:`CYCLES_LEAST` parts each under a title of its own."""
    lines = text.split("\n")
    labels = _labels(lines)
    if not labels:
        return None
    keyed = {label for label in labels if label}
    opener = next(
        (
            label
            for label in (line.strip().rstrip(":").casefold() for line in lines)
            if label in keyed
        ),
        None,
    )
    if opener is None:
        return None  # only bare colons: labels with no words open no part
    at = [n for n, line in enumerate(lines) if line.strip().rstrip(":").casefold() == opener]
    titles: list[int] = []
    floor = -1
    for n in at:
        title = _title_above(lines, n, floor, keyed)
        if title is None:
            return None  # a label with no title above: a note's sub-head, not a part
        titles.append(title)
        floor = n
    if len(titles) < CYCLES_LEAST or len({lines[t].strip() for t in titles}) < len(titles):
        return None
    ends = [t - 1 for t in titles[1:]] + [len(lines) - 1]
    return list(zip(titles, ends, strict=True))


def read(text: str, base: Programme) -> Programme | None:
    """The talks of plain notes whose parts repeat the same labels, on ``base``'s event
    and day; None when ``text`` has headings (they title its parts) or no such parts."""
    outline = structure.read(text)
    if outline.root.children:
        return None
    parts = titled_parts(text)
    if parts is None:
        return None
    lines = text.split("\n")
    talks: list[ProgrammeTalk] = []
    own = "\n".join(lines[: parts[0][0]]).strip()
    if own:
        note = ProgrammeTalk(title=base.name or "Notes", kind="other", body=own + "\n")
        note.day = base.start if base.start == base.end else None
        talks.append(note)
    for first, last in parts:
        title = lines[first].strip()
        talk = ProgrammeTalk(title=title, kind=kind_of(title))
        talk.body = "\n".join(lines[first + 1 : last + 1]).strip() + "\n"
        talk.origin = f"lines {first + 1}-{last + 1}"
        for line in lines[first + 1 : last + 1]:
            if line.strip() and not _LINK_LINE_RE.fullmatch(line.strip()):
                break  # the link lines right under the title are its page's
            if line.strip():
                talk.links.append(classify_link(line.strip().strip("<>"), title))
        talk.day = base.start if base.start == base.end else None
        talks.append(talk)
    return replace(base, talks=talks, roles=[], sessions=[], warnings=[])


def parts_titled(programme: Programme, text: str) -> int:
    """How many of ``programme``'s talks are titled by the title line of a part of
    ``text`` that opens on the repeated labels (0 when it has no such parts)."""
    parts = titled_parts(text) if not structure.read(text).root.children else None
    if parts is None:
        return 0
    lines = text.split("\n")
    titles = {lines[first].strip() for first, _last in parts}
    return sum(1 for t in programme.talks if t.kind != "other" and t.title in titles)


__all__ = ["CYCLES_LEAST", "parts_titled", "read", "titled_parts"]
