"""Untimed talk lines under a timed slot's line, in one block of lines.

A hand-written schedule often times only its slots and lists each slot's talks on
the lines below, untimed, as ``Title / Name`` (or ``Title – Name``, ``Title by Name``):

    • 10:30 Session I: Causality
    • Quantum causal models / Robin Lorenz
    • 11:20 Short break

Those lines are the slot's talks. A line that parts into a title and a name only by
chance (``Coffee / Tea``) names no one, and a lone such line is no list: at least two
lines in a row must read so under one timed line somewhere in the block.
"""

from __future__ import annotations

import re

from confnotes.importers.persons import is_organisation, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.title_speakers import title_and_speakers
from confnotes.importers.when import leading_clock

_BULLET_RE = re.compile(r"^[\s•·▪◦‣∙*+-]+(?=\S)")
"""A bullet glyph leading a line typed as a list inside one paragraph."""

MIN_LINES = 2
"""How many untimed talk lines one slot holds at least before any is read as a talk: a
single ``Title - Name`` under a timed line may be that line's own title and speaker."""


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
    if not plain.startswith(title) or plain.find(who[0].name) < len(title):
        return None  # "Ana Ruiz - Lab" under a talk's line: its speaker, no talk
    return title, who


def listed_talks(lines: list[str]) -> dict[int, tuple[str, list[ProgrammePerson]]]:
    """The lines of a block (its logical lines, in order) that are talks of the timed
    line above them, by index: runs of untimed ``Title / Name`` lines each right under
    a line led by a time; empty when no slot has :data:`MIN_LINES` such lines in a row."""
    found: dict[int, tuple[str, list[ProgrammePerson]]] = {}
    run = 0  # the talk lines read so far under the last timed line
    longest = 0
    under_slot = False
    for n, line in enumerate(lines):
        text = _BULLET_RE.sub("", line).strip()
        if not text:
            continue
        if leading_clock(text)[0] is not None:
            under_slot, run = True, 0
            continue
        talk = _talk_line(text) if under_slot else None
        if talk is None:
            under_slot = False
            continue
        found[n] = talk
        run += 1
        longest = max(longest, run)
    return found if longest >= MIN_LINES else {}
