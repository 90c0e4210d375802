"""List items led by a speaker's given name alone: ``Sasha: Weinstein structures``,
``Marta – Trenzas y nudos``. A small workshop among colleagues writes each talk so, the
first name, a colon or a dash, then the title. One such item is ambiguous (``Rust: Fast
Code`` is a title and its subtitle, ``Python: a language`` a glossary's entry), so the
list decides: read so only where most of a list's items open on one capitalised word
shaped like a given name (:func:`.persons.is_person_name` with ``single_ok``), each item
on a different word (a label repeated down a list, ``Talk: …``, is no one's name), and
only where what is written over the list says it lists talks (the caller's word)."""

from __future__ import annotations

import re

from confnotes.importers.entries import TALK_LABEL_RE, kind_of
from confnotes.importers.headings import is_generic
from confnotes.importers.persons import is_person_name
from confnotes.importers.programme import ProgrammePerson

GivenRead = tuple[str, list[ProgrammePerson], str]
"""(title, speakers, code) as :mod:`.talk_levels` reads a list's items."""

_LEAD_RE = re.compile(
    r"^(?P<who>[^\W\d_]{2,20})[ \t]*(?:[:：]|[ \t][-–—]{1,2})[ \t]+(?P<what>\S.*)$"
)
"""One word, then a colon (``Ana:``) or a spaced dash (``Ana –``), then the title."""


def given_led(line: str) -> GivenRead | None:
    """The title and the one given name of ``Ana: Title`` / ``Ana - Title``; None when
    the item does not open on one capitalised word shaped like a name (a kind's or a
    label's word, ``Keynote:``, ``Break -``, is none)."""
    m = _LEAD_RE.match(" ".join(line.split()))
    if m is None:
        return None
    who, what = m["who"], m["what"].strip(" *_")
    if not (who[0].isupper() and who[1:].islower()) or len(what) < 3:
        return None
    if is_generic(who) or kind_of(who) != "talk" or TALK_LABEL_RE.fullmatch(who):
        return None
    if not is_person_name(who, single_ok=True):
        return None
    return what, [ProgrammePerson(name=who)], ""


def given_led_run(reads: list[GivenRead | None]) -> list[GivenRead | None]:
    """``reads`` when the names leading them are all different (each talk its own
    speaker's); all None when a word comes back down the list (a label, not a name) or
    when most of what follows the colons are names (``Chair: Ana Ruiz``, a list of roles)."""
    read = [r for r in reads if r is not None]
    names = [r[1][0].name for r in read]
    named = sum(is_person_name(r[0]) for r in read)
    if len(set(names)) != len(names) or named * 2 > len(read):
        return [None] * len(reads)
    return reads
