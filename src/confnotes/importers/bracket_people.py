"""Where a line keeps its people in a bracket: ``Title (Ana Ruiz, Bo Lin)``, ``Label
(Ana Ruiz): Title``, ``Title. Talk (Ana Ruiz, Bo Lin) and discussion``.

A workshop's schedule often writes each slot as a time, what happens, and who leads
it in brackets, whatever its marks, separators or language; the bracket may close the
line or stand before a colon that opens the talk's own title. One line does not say
whether a bracket names people (``(Room 2)``, ``(temperature index model)``); the
document does, when its brackets name people in full on several lines
(:func:`confnotes.importers.runs.brackets_name_people`). Then a bracket of given names
alone (``(Anouk, Fabien)``) names people too. Found without regexes: linear on any line.
"""

from __future__ import annotations

import re

from confnotes.importers.kinds import kind_of
from confnotes.importers.persons import (
    SPEAKER_SEP_RE,
    is_person_name,
    split_speakers,
    written_small,
)
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import BY_WORDS, split_outside_brackets

FULL_LEAST = 2
"""Timed lines whose bracket names people in full before a document's brackets are its
people's place (and a bracket of given names alone names people)."""
MOST_GIVEN = 6
"""Given names one bracket lists at most."""
_LONGEST = 200
"""Characters a bracket of people holds at most."""


def _slot_label(head: str) -> bool:
    """A slot's label and its number (``Scientific presentation 1``, ``Charla 2``): the
    talk's title is what follows the colon, not the label."""
    words = head.split()
    return 2 <= len(words) <= 4 and words[-1].lstrip("#").isdigit() and len(words[-1]) <= 4


def bracket_parts(plain: str) -> list[tuple[str, str, str, bool]]:
    """Where ``plain`` (a line without its time and marks) may keep its people in a
    bracket, most telling first: ``(who, title, kind, given_ok)``, ``kind`` from a slot's
    label before the bracket, ``given_ok`` when given names alone may be people there (a
    bracket closing the line or standing before its colon; one inside the line must
    name its people in full)."""
    found: list[tuple[str, str, str, bool]] = []
    core = untagged(plain)
    if core.endswith(")") and (open_at := core.rfind("(")) > 0:
        found.append((core[open_at + 1 : -1], core[:open_at], "talk", True))
    colon = plain.find(": ")
    head = plain[:colon].rstrip() if colon > 0 else ""
    if head.endswith(")") and (open_at := head.rfind("(")) > 0:
        label, rest = head[:open_at].strip(), plain[colon + 2 :].strip()
        who = head[open_at + 1 : -1]
        if label and rest and "(" not in who:
            # "Presentation 1 (Ana Ruiz): Title": the label numbers the slot, the title
            # follows; "Topic (Ana Ruiz): what it covers": the topic and its subtitle
            slot = _slot_label(label)
            title = rest if slot else f"{label}: {rest}"
            found.append((who, title, kind_of(label) if slot else "talk", True))
    open_at = plain.find("(")
    close_at = plain.find(")", open_at + 1) if open_at > 0 else -1
    if 0 < open_at < close_at < len(plain) - 1 and close_at - open_at <= _LONGEST:
        who = plain[open_at + 1 : close_at]
        people = split_speakers(who) if "(" not in who else []
        if people and all(len(p.name.split()) >= 2 for p in people):
            # "Topic. Talk (Ana Ruiz, Bo Lin) and discussion": full names only
            title = " ".join(f"{plain[:open_at]} {plain[close_at + 1 :]}".split())
            found.append((who, title, "talk", False))
    return found


def bracket_led(plain: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``(Ana Ruiz, Lab): Title``: a bracket opening a line, right before its colon, names
    who gives the talk after the colon when it holds people in full (a role after a comma
    is theirs); None otherwise (``(Room 2): Title``, ``(EN): Title``, a given name alone)."""
    close = plain.find(")") if plain.startswith("(") else -1
    if close < 0 or plain[close + 1 : close + 2] != ":" or close > _LONGEST:
        return None
    who, title = plain[1:close], plain[close + 2 :].strip()
    if not title or "(" in who:
        return None
    first, comma, rest = who.partition(",")
    lead = split_speakers(first)
    if comma and len(lead) == 1 and not all(_named_alone(p) for p in rest.split(",")):
        # "(Ana Ruiz, head of data and platforms): Title": one person, then her role
        people = lead
        people[0].affiliations = [" ".join(rest.split())]
    else:
        people = split_speakers(who)
    if not people or any(len(p.name.split()) < 2 for p in people):
        return None
    return title, people


def _named_alone(part: str) -> bool:
    """Whether ``part`` is one person's name and nothing else (``Bo Lind``), as a second
    speaker after a comma is written; a role or a place (``studente``, ``Head of Data and
    Platforms``) is not."""
    found = split_speakers(part.strip())
    return len(found) == 1 and found[0].name == " ".join(part.split())


TAG_WORDS_MOST = 3
"""Words of a square-bracketed tag after a line's people (``[PDF]``, ``[slides, video]``)."""


def untagged(plain: str) -> str:
    """``plain`` without the square-bracketed tags closing it (``Title (Ana Ruiz) [PDF]
    [Video]``: what a talk's materials are, linked or not), when a round bracket stands
    before them; ``plain`` as it is otherwise."""
    core = plain.rstrip()
    while core.endswith("]") and (open_at := core.rfind("[")) > 0:
        inner = core[open_at + 1 : -1]
        if "(" in inner or not inner.strip() or len(inner.split()) > TAG_WORDS_MOST:
            break
        core = core[:open_at].rstrip()
    return core if core != plain.rstrip() and core.endswith(")") else plain


_BY_WORD_RE = re.compile(rf"\s(?:{BY_WORDS})\s+[^\W\d_]", re.IGNORECASE)
"""A by-word inside a line, before the name it introduces (``Title by Ana``)."""
_ASIDES_MOST = 8
"""Stressed stretches of one line looked at for material asides."""


def without_material(plain: str, stressed: tuple[str, ...]) -> str:
    """``plain`` without its round brackets that hold only a link's or an emphasis's
    words (``Title ([Slides](…)) by Ana Ruiz``, ``Titel von Bo Li ([Folien](…))``), when
    a by-word outside them says who speaks: such a bracket is the talk's material (its
    slides, its code, its recording), neither its title's words nor its speaker (a full
    name in it stays). ``plain`` as it is otherwise."""
    core = plain
    for words in stressed[:_ASIDES_MOST]:
        said = " ".join(words.split())
        if said and f"({said})" in core and not (len(said.split()) > 1 and is_person_name(said)):
            core = core.replace(f"({said})", " ")
    core = " ".join(core.split())
    if core == " ".join(plain.split()) or not _BY_WORD_RE.search(core):
        return plain
    return core


def _given(word: str) -> bool:
    """A given name's shape: capitals then small letters, hyphen-joined parts allowed
    (``Anouk``, ``Jean-Luc``; never ``OGGM``, ``OGGM-Edu`` or a number)."""
    parts = word.split("-")
    return 2 <= len(word) <= 30 and all(
        len(p) >= 2 and p[0].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts
    )


def given_names(who: str) -> list[ProgrammePerson]:
    """The people of a bracket of given names (``Anouk, Fabien``, ``Ana y Bo``), a full
    name among them allowed; none unless every part is one: a word the document writes
    in small letters, a kind of slot (``Break``) or a full stop's phrase names no one."""
    if not who.strip() or len(who) > _LONGEST:
        return []
    people: list[ProgrammePerson] = []
    for part in split_outside_brackets(who, SPEAKER_SEP_RE):
        part = part.strip(" .")
        if not part:
            continue
        if len(part.split()) > 1:
            full = split_speakers(part)
            if len(full) != 1:
                return []
            people.append(full[0])
        elif (
            _given(part)
            and not written_small(part)
            and kind_of(part) == "talk"
            and is_person_name(part, single_ok=True)
        ):
            people.append(ProgrammePerson(name=part))
        else:
            return []
    return people if 0 < len(people) <= MOST_GIVEN else []
