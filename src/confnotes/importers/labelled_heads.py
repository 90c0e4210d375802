"""A talk's head written as one paragraph: its title, then labelled lines of who gives it.

People who type notes or a programme by hand often open each talk with one marked
paragraph (``**Title that wraps`` / ``over two lines`` / ``Speaker: Name (Org)**``), or
the same lines unmarked, the talk's notes below it. The emphasis (bold, italic, none)
and the label's language (``Speaker:``, ``Chair:``, ``Ponente:``, ``講師：``) vary; the
structure does not: up to a few title lines, then a line whose key names who presents
or chairs. That line, not the emphasis, says the paragraph is a talk's head, so the
title is the lines above it, and the labelled lines are the talk's facts.
"""

from __future__ import annotations

import re

from confnotes.importers.headings import KEY_ALIASES, SPEAKER_KEYS, key_value
from confnotes.importers.persons import split_speakers
from confnotes.importers.structure import BOLD_LINES, Block, Outline, Section
from confnotes.importers.textutil import strip_markdown_inline

WHO_KEYS = SPEAKER_KEYS | {"chair", "chairs", "moderator", "moderated by", "host", "hosted by"}
"""Keys of a line that names who presents or leads a talk: the line under a talk's title."""

TITLE_MOST = 300
"""Characters a head's title holds at most (more is a paragraph of prose)."""


def who_field(line: str) -> bool:
    """A ``Key: value`` line whose key names the talk's speaker, chair or moderator and
    whose value reads as people (its marks around it allowed: ``Speaker: Name (Org)**``;
    ``Speaker: far too loud`` is a remark in someone's notes)."""
    said = key_value(line.strip().strip("*_").strip())
    if said is None or KEY_ALIASES.get(said[0], said[0]) not in WHO_KEYS:
        return False
    value = strip_markdown_inline(said[1]).strip(" *_,")
    # an affiliation's bracket may wrap onto the next line, left open on this one
    return bool(split_speakers(value) or split_speakers(_BRACKET_RE.split(value)[0].strip()))


_BRACKET_RE = re.compile(r"[(（]")


def labelled_head(outline: Outline, block: Block) -> tuple[str, int] | None:
    """(title, lines it covers) of a paragraph that opens with a talk's head: one to
    :data:`BOLD_LINES` title lines, none of them a field, then a line naming its speaker
    or chair (:func:`who_field`). None for any other paragraph."""
    if block.kind != "paragraph" or who_field(outline.lines[block.first]):
        return None
    for n in range(block.first + 1, min(block.last, block.first + BOLD_LINES) + 1):
        line = outline.lines[n]
        if not line.strip() or line.lstrip().startswith("<"):
            return None
        if who_field(line):
            raw = outline.lines[block.first : n]
            if any(key_value(x.strip().strip("*_")) for x in raw):
                return None  # "Time: 10:00" above it: a record's fields, not a title
            title = strip_markdown_inline(" ".join(x.strip() for x in raw)).strip(" *_")
            if not title or len(title) > TITLE_MOST:
                return None
            return title, n - block.first
    return None


def head_lines(outline: Outline, section: Section) -> set[int]:
    """The first lines of the section's paragraphs that are talks' labelled heads."""
    return {b.first for b in section.blocks if labelled_head(outline, b) is not None}


def stressed_in_notes(outline: Outline, section: Section) -> set[int]:
    """Bold paragraphs naming no one among two or more labelled heads that introduce a
    point of the notes (ending in a colon, or over a list: ``**Main points:**``,
    ``**Three lessons**`` over bullets): the writer's stress in a talk's notes, not
    talks, once the section shows how it writes a head. A bold line over prose
    (``**Lightning round**``) may still be a talk no one was named for."""
    heads = head_lines(outline, section)
    if len(heads) < 2:
        return set()
    blocks = section.blocks
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "paragraph" or not b.bold or b.first in heads or b.first < min(heads):
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.bold.rstrip(" *_").endswith((":", "：")) or (
            after is not None and after.kind == "list"
        ):
            out.add(b.first)
    return out
