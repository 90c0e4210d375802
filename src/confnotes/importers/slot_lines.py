"""Untimed talk lines under a timed slot's line, in one block of lines.

A hand-written schedule often times only its slots and lists each slot's talks on
the lines below, untimed, as ``Title / Name`` (or ``Title – Name``, ``Title by Name``):

    • 10:30 Session I: Causality
    • Quantum causal models / Robin Lorenz
    • 11:20 Short break

Those lines are the slot's talks. A line that parts into a title and a name only by
chance (``Coffee / Tea``) names no one, and a lone such line is no list: at least two
lines in a row must read so under one timed line somewhere in the block. A slot's lines
are its talks only when every one of them reads so up to the next timed line: a slot's
particulars (``Meeting point – North gate``, ``Length – about an hour``) are its notes,
a role's label before a name (``Moderation – Ana Ruiz``) is its property, and a panel's
lines name its people, never talks of its own.
"""

from __future__ import annotations

import re

from confnotes.importers.entries import kind_of
from confnotes.importers.fields import is_key_word, roles_of
from confnotes.importers.persons import is_organisation, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.title_speakers import title_and_speakers
from confnotes.importers.when import leading_clock

_BULLET_RE = re.compile(r"^[\s•·▪◦‣∙*+-]+(?=\S)")
"""A bullet glyph leading a line typed as a list inside one paragraph."""

MIN_LINES = 2
"""How many untimed talk lines one slot holds at least before any is read as a talk: a
single ``Title - Name`` under a timed line may be that line's own title and speaker."""


LABEL_WORDS_MOST = 3
"""Words of a role's or field's label before a name (``Session chair –``)."""
_PEOPLE_ROLES = frozenset({"speaker", "chair"})
"""Roles a label before a name gives its person (``Moderation``, ``Session chair``)."""
NOT_TALKS = frozenset({"panel"})
"""Kinds of a timed line whose lines under it name its people, never talks of its own: a
panel's moderator and guests."""


def _talk_line(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Title / Name``: the title and the speakers when the line parts into both, the
    people side passing the person test and the title side naming no one."""
    plain = _BULLET_RE.sub("", text).strip()
    if not plain or len(plain) > 300:
        return None
    title, who = title_and_speakers(plain)
    title = title.strip(' *_"“”')
    if not who or not title or title == plain or split_speakers(title):
        return None
    if any(is_organisation(p.name) for p in who) or is_organisation(title):
        return None
    if is_key_word(title) or (
        len(title.split()) <= LABEL_WORDS_MOST and roles_of(title) & _PEOPLE_ROLES
    ):
        return None  # "Moderation – Ana Ruiz", "Room / Hall B": a field's label, no talk
    if not plain.startswith(title) or plain.find(who[0].name) < len(title):
        return None  # "Ana Ruiz - Lab" under a talk's line: its speaker, no talk
    return title, who


def listed_talks(lines: list[str]) -> dict[int, tuple[str, list[ProgrammePerson]]]:
    """The lines of a block (its logical lines, in order) that are talks of the timed
    line above them, by index: runs of untimed ``Title / Name`` lines each right under
    a line led by a time, every line up to the next timed one read so (a slot with a
    line of another kind among its lines holds its notes), under no panel's line (its
    lines are its people); empty when no slot has :data:`MIN_LINES` such lines."""
    found: dict[int, tuple[str, list[ProgrammePerson]]] = {}
    run: dict[int, tuple[str, list[ProgrammePerson]]] = {}  # under the last timed line
    longest = 0
    under_slot = False

    def close() -> None:
        nonlocal longest
        found.update(run)
        longest = max(longest, len(run))
        run.clear()

    for n, line in enumerate(lines):
        text = _BULLET_RE.sub("", line).strip()
        if not text:
            continue
        clock = leading_clock(text)
        if clock[0] is not None:
            if under_slot:
                close()
            under_slot = kind_of(clock[2] or text) not in NOT_TALKS
            run.clear()
            continue
        talk = _talk_line(text) if under_slot else None
        if talk is None:
            # a line under the slot that is no talk: the slot's lines are its notes
            under_slot = False
            run.clear()
            continue
        run[n] = talk
    if under_slot:
        close()
    return found if longest >= MIN_LINES else {}
