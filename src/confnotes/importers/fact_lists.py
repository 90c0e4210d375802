"""A talk's facts written as the short list it opens with, talk after talk.

People who keep notes of many talks in one file often give every talk the same
little list right under its heading (a quotation may come first): how long it
was, the day they saw it, the speaker's name alone on an item, its language:

    ## Title of the talk
    > "A line the writer liked."
    - Length 41:02, seen on 2024-03-07
    - Ana Ruiz
    - Language: Portuguese

A bare name among a notes list is weak evidence on its own (``- Gap Events``
has a name's shape); the same slot filled under most of the document's talk
headings is the writer's template, and so the item is the talk's speaker, the
dated item its day. The items stay in the note as written.
"""

from __future__ import annotations

from datetime import date

from confnotes.importers.headings import bare_cjk
from confnotes.importers.persons import fits_a_by_line, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.structure import Section
from confnotes.importers.talk_levels import people_and_title
from confnotes.importers.when import find_date, find_year

LEAD_BLOCKS = 4
"""Blocks under a heading looked at for its facts list (lists, quotes between them)."""
LEAD_ITEMS = 8
"""Items of that list looked at, at most: a facts list is short."""
ITEM_CHARS = 120
"""An item longer than this is a line of notes, not a fact."""


def leading_items(section: Section) -> list[str]:
    """The one-line top-level items of the lists a section opens with (quotations
    between them allowed), up to the first block of another kind."""
    items: list[str] = []
    for block in section.blocks[:LEAD_BLOCKS]:
        if block.kind == "quote":
            continue
        if block.kind != "list":
            break
        for text, (first, last) in zip(block.items, block.spans, strict=False):
            if first == last and len(text) <= ITEM_CHARS:
                items.append(text.strip())
    return items[:LEAD_ITEMS]


def listed_speakers(section: Section) -> list[ProgrammePerson]:
    """The people named alone on items of the section's opening list (``- Ana Ruiz``),
    when no more than two items are so: the talk's speakers if the document's template
    says so (:func:`template_slots`)."""
    found: list[ProgrammePerson] = []
    for text in leading_items(section):
        if not fits_a_by_line(text) or people_and_title(text):
            continue
        who = split_speakers(text)
        if len(who) == 1 and not bare_cjk(who):
            found.extend(who)
    return found if 0 < len(found) <= 2 else []


def listed_day(section: Section, year: int | None) -> date | None:
    """The day an item of the section's opening list writes whole, its year too
    (``- seen on 2024-03-07``), when only one item dates the talk."""
    days = {
        found
        for text in leading_items(section)
        if find_year(text) and (found := find_date(text, year)[0]) is not None
    }
    return days.pop() if len(days) == 1 else None


def template_slots(sections: list[Section], year: int | None) -> tuple[bool, bool]:
    """Whether most of the talk-level ``sections`` (three at least) open on a list
    naming someone alone on an item, and whether most open on a list dating the talk:
    the writer's template, so those items are the talks' speakers and days."""
    heads = sections[:200]
    named = sum(bool(listed_speakers(s)) for s in heads)
    dated = sum(listed_day(s, year) is not None for s in heads)
    return (named >= 3 and named * 2 > len(heads), dated >= 3 and dated * 2 > len(heads))
