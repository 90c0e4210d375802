"""One person whom a document spells two ways, one letter apart.

A programme copied by hand slips: the timetable writes ``Stan Siebert`` and the bio
heading ``Stan Seibert``, one row ``Crisitiano dos Santos Diedrich`` and the rest of
the page ``Cristiano``. Read as written, the slip is a second person nobody is. Two
names of a document that are the same words but one, and that one word differs by a
letter slipped in or left out, or two neighbours swapped, inside a word of five letters
or more (never its first or last letter: ``Daniel``/``Daniela``, ``Christian``/
``Christina`` are two people; never a letter doubled: ``Hansen``/``Hanssen``,
``Mathias``/``Matthias`` are names of their own), are one person: named as the document
writes them most often; on a tie, as a talk's speaker rather than only in a role (the
timetable over a bio section); on a tie again both stay, the document not telling which
is right. Two speakers of one talk are two people (``Erik Hansen, Erik Hanssen``).
"""

from __future__ import annotations

from collections import defaultdict

from confnotes.importers.programme import Programme, ProgrammePerson

MOST_NAMES = 400
"""Names looked at in one programme, at most (the pass stays cheap on any input)."""
WORD_LEAST = 5
"""Letters of the longer spelling of the word that differs, at least (``Ana``/``Anna``
are two names)."""
MOST_SPEAKERS = 40
"""Speakers of one talk looked at as a pair, at most (a bound)."""


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter slipped in, left out or swapped with
    its neighbour, away from either end of the word."""
    if a == b or min(len(a), len(b)) < WORD_LEAST - 1 or max(len(a), len(b)) < WORD_LEAST:
        return False
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return False
    return any(
        long[:i] + long[i + 1 :] == short and long[i] not in (long[i - 1], long[i + 1])
        for i in range(1, len(long) - 1)
    )  # "hanssen": a letter doubled is another name's spelling, not a slip


def _pairs(names: list[str]) -> list[tuple[str, str]]:
    """The pairs of ``names`` that are the same words but one, that one a slip."""
    by_rest: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        words = name.casefold().split()
        if len(words) < 2:
            continue  # a full name only: a lone word is too little to tell
        for i, word in enumerate(words):
            by_rest[(i, " ".join([*words[:i], "*", *words[i + 1 :]]))].append((word, name))
    pairs = set()
    for group in by_rest.values():
        for j, (word_a, a) in enumerate(group):
            for word_b, b in group[j + 1 :]:
                if _one_slip(word_a, word_b):
                    pairs.add((a, b) if a < b else (b, a))
    return sorted(pairs)


def one_spelling(programme: Programme, text: str) -> Programme:
    """``programme`` with each person spelt two ways (see the module's doc) named one
    way, the other spelling kept as an alias. Changed in place, returned."""
    people: dict[str, list[ProgrammePerson]] = defaultdict(list)
    speaking: set[str] = set()
    together: set[frozenset[str]] = set()
    for talk in programme.talks:
        names = {person.name for person in talk.speakers[:MOST_SPEAKERS]}
        together.update(frozenset((a, b)) for a in names for b in names if a < b)
        for person in talk.speakers:
            people[person.name].append(person)
            speaking.add(person.name)
    for role in programme.roles:
        people[role.person.name].append(role.person)
    if not 1 < len(people) <= MOST_NAMES:
        return programme
    for a, b in _pairs(list(people)):
        if frozenset((a, b)) in together:
            continue  # two speakers of one talk: two people
        counts = {a: text.count(a), b: text.count(b)}
        if counts[a] == counts[b]:
            counts = {a: a in speaking, b: b in speaking}
        if counts[a] == counts[b]:
            continue
        right, slip = (a, b) if counts[a] > counts[b] else (b, a)
        for person in people.pop(slip, []):
            person.aliases = [*person.aliases, person.name]
            person.name = right
            people[right].append(person)
    return programme


__all__ = ["one_spelling"]
