"""A by-line's person and where they work, joined by the by-word's own preposition.

``Par Bruno Sabot de Zenika``, ``par Loïc Guibert d'Eizhel``, ``von Anna Schmidt von
SAP``, ``by Ana Ruiz from Acme``: after a by-word, a full name (two words or more) then
the preposition that language puts before a place of work, then a capitalised name, are
one person and their affiliation. Only the by-word's own language's prepositions count
(``de`` after ``par``, never after ``por``: ``por João Carlos de Oliveira`` is one
Portuguese name), and a name's own particles stay its own: one word before them
(``Charles de Gaulle``) or a small word after them (``de la Cruz``, ``von der Leyen``).
"""

from __future__ import annotations

import re

from confnotes.importers.programme import ProgrammePerson

_PREPOSITIONS = {
    "by": ("from", "of", "at"),
    "par": ("de", "du", "chez", "d'", "d’"),
    "von": ("von", "bei"),
}
"""By-word → the words its language writes between a speaker and where they work."""

_ASIDE_RE = re.compile(r"[ \t]{0,3}\([^()\n]{1,60}\)[ \t]{0,3}$")
"""A handle or nickname in brackets right after a name (``Ana Ruiz (@ana)``)."""
_ORG_END_RE = re.compile(r"[ \t]{0,3}(?:\([^()\n]{0,60}\)?|[,;]|\s[-–—|]\s).*$")
"""Where an organisation's name ends: a bracketed handle, a comma, a dash with spaces."""
_ORG_WORDS_MOST = 5
"""Words at most of the organisation (more is a sentence going on)."""
_SAID_MOST = 160
"""Characters at most of a by-line's words read this way."""


_NAME_PARTICLES = frozenset(["von"])
"""Prepositions that are also a family name's particle after two given names (``Carl
Friedrich von Weizsäcker``): one word after them is a family name, unless written in
capitals as a company's short name is (``von SAP``)."""


def _a_workplace(prep: str, org: str) -> bool:
    """Whether ``org``, after ``prep``, can be where someone works: no room (``at Room
    B``), no day (``from Monday``), no family name after a name's own particle."""
    from confnotes.importers.fields import room_aside
    from confnotes.importers.headings import is_day

    if room_aside(org) or is_day(org, None):
        return False
    return not (prep in _NAME_PARTICLES and len(org.split()) == 1 and not org.isupper())


def person_at_org(by_word: str, said: str) -> list[ProgrammePerson]:
    """The one person ``said`` (a by-line's words after ``by_word``) names, with the
    organisation after the language's preposition as their affiliation (``Bruno Sabot
    de Zenika Bordeaux (@bs)`` after ``par``); none when the words are anything else."""
    from confnotes.importers.persons import split_speakers

    preps = _PREPOSITIONS.get(by_word.casefold())
    if not preps or len(said) > _SAID_MOST:
        return []
    words = said.split(" ")
    for i in range(2, len(words)):
        word = words[i]
        prep = next((p for p in preps if word == p or (p[-1] in "'’" and word.startswith(p))), "")
        if not prep:
            continue
        org_words = [word[len(prep) :], *words[i + 1 :]] if prep[-1] in "'’" else words[i + 1 :]
        org = _ORG_END_RE.sub("", " ".join(w for w in org_words if w)).strip()
        if not org or not org[0].isupper() or len(org.split()) > _ORG_WORDS_MOST:
            continue
        if not _a_workplace(prep, org):
            continue
        name = _ASIDE_RE.sub("", " ".join(words[:i])).strip()
        if len(name.split()) < 2:
            continue
        who = split_speakers(name)
        if len(who) == 1 and who[0].name == name and not who[0].affiliations:
            who[0].affiliations = [org]
            return who
    return []
