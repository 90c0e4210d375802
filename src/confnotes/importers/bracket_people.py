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

from confnotes.importers.kinds import kind_of
from confnotes.importers.persons import (
    SPEAKER_SEP_RE,
    is_person_name,
    split_speakers,
    written_small,
)
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import split_outside_brackets

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
    if plain.endswith(")") and (open_at := plain.rfind("(")) > 0:
        found.append((plain[open_at + 1 : -1], plain[:open_at], "talk", True))
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
