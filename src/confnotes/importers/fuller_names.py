"""The fuller form of a speaker's name that the same document writes elsewhere.

A person's notes often shorten a speaker's name where they title the talk (``"Building a
better Web" by David Thomas``) and write it whole a line later, in a link to the
speaker's page or in a sentence (``David Dylan Thomas spoke about…``). The one fuller
form written, the first and last words with one or two middle names or initials between,
is the person's name; the shorter one stays as an alias. A panel's notes, in the same
way, call the panellists the notes named in full before by their given names alone
(``Sarah talks about …``).
"""

from __future__ import annotations

import re

from confnotes.importers.programme import Programme, ProgrammePerson
from confnotes.importers.textutil import strip_markdown_inline

TEXT_CHARS = 20_000
"""Characters of a document searched for a fuller form (a note is shorter)."""
MOST_NAMES = 200
"""Speakers looked up in one document (a note names a few; a programme is not a note)."""

_MIDDLE_RE = re.compile(r"(?:[ \t]{1,3}[^\W\d_][\w'’.-]{0,30}){1,2}[ \t]{1,3}")
"""One or two middle names (or initials, ``M.``) between a name's first and last words."""


def fuller(name: str, text: str) -> str:
    """The one fuller form of a two-word name ``text`` writes (``Ana Luísa Ruiz`` for
    ``Ana Ruiz``, ``Ana M. Ruiz``): its first and last words with one or two capitalised
    words or initials between; else the name."""
    from confnotes.importers.persons import split_speakers

    words = name.split()
    if len(words) != 2:
        return name
    first, last = (re.escape(w) for w in words)
    found = {
        " ".join(m.group().split())
        for m in re.finditer(rf"\b{first}{_MIDDLE_RE.pattern}{last}\b", text[:TEXT_CHARS])
        if all(w[:1].isupper() for w in m.group().split())
    }
    if len(found) != 1:
        return name
    full = found.pop()
    who = split_speakers(full)
    return full if len(who) == 1 and who[0].name == full else name


def fuller_speakers(programme: Programme, text: str) -> None:
    """Each speaker of a person's notes named by the fuller form of their name that the
    notes write elsewhere, as words (a link's text, emphasis aside); the name as the
    talk's line wrote it kept as an alias. A fuller form that already names a person of
    the programme (a presenter's own line further down a page) is left as read: the
    document wrote both, each where it stands."""
    plain = "\n".join(strip_markdown_inline(line) for line in text[:TEXT_CHARS].splitlines())
    named = {p.name for t in programme.talks for p in t.speakers}
    named |= {r.person.name for r in programme.roles}
    seen: dict[str, str] = {}
    for talk in programme.talks:
        for person in talk.speakers:
            if person.name not in seen:
                if len(seen) >= MOST_NAMES:
                    return
                seen[person.name] = fuller(person.name, plain)
            full = seen[person.name]
            if full != person.name and full not in named:
                person.aliases = [*person.aliases, person.name]
                person.name = full


PANEL_KIND = "panel"
MIN_PANELLISTS = 2
"""Given names a panel's notes must use before they are read as its panellists."""


def panellists_by_given_name(programme: Programme) -> None:
    """A panel the notes name no one for, whose notes call two people or more by the given
    name of a speaker they named in full elsewhere (``Sarah talks about …``, ``Stephanie
    adds …`` after ``# Title by Sarah L. Fossheim``): those people are its panellists. A
    given name two speakers share names neither."""
    full: dict[str, str] = {}
    shared: set[str] = set()
    for talk in programme.talks:
        for person in talk.speakers:
            words = person.name.split()
            if len(words) < 2 or not words[0].isalpha() or len(words[0]) < 2:
                continue
            if full.get(words[0], person.name) != person.name:
                shared.add(words[0])
            full.setdefault(words[0], person.name)
    given = {g: name for g, name in full.items() if g not in shared}
    if len(given) < MIN_PANELLISTS:
        return
    for talk in programme.talks:
        if talk.kind != PANEL_KIND or talk.speakers or not talk.body:
            continue
        words = _WORDS_RE.findall(talk.body[:TEXT_CHARS])
        said = list(dict.fromkeys(w for w in words if w in given))
        if len(said) >= MIN_PANELLISTS:
            talk.speakers = [ProgrammePerson(given[g]) for g in said]


_WORDS_RE = re.compile(r"[^\W\d_]+")
