"""List items signed after a colon: ``- Title: Ana Ruiz``, ``- Sécurité des API : Marie
Dupont``. Most writers put the speaker first (``Ana Ruiz: Title``); some put the title
first and sign it after its last colon. One item alone is ambiguous (``Rust: Fast
Code`` is a title and its subtitle), so the list decides: read so only where most of its
items end on a full name after a colon and none opens on one (:mod:`.talk_levels`), and
only where the list is a conference's talks by what is written over it
(:func:`context_names_talks`): ``Best Paper Award: Ana Ruiz``, ``Registration desk: Bo
Li``, ``Father of Linux: Linus Torvalds`` are the same form, and an award, a committee or
a glossary is no programme."""

from __future__ import annotations

import re

from confnotes.importers.event_name import names_the_event
from confnotes.importers.fields import roles_of
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.schedule_util import talk_kind
from confnotes.importers.textutil import strip_markdown_inline

NAME_CHARS_MOST = 80
"""The longest signature after the colon (two or three people's names)."""
LABEL_WORDS_MOST = 3
"""Words of a role's label before a colon (``Session chair:``); a title says more."""


def colon_signed(line: str, side_known: bool = False) -> tuple[str, list[ProgrammePerson]] | None:
    """The title and speakers of an item that ends on ``: Full Name``; None when what
    follows the last colon is no full name, when the words before it are a name (the
    speaker-first form) or a role's label (``Speaker: Ana Ruiz``, a property).
    ``side_known``: the item's list signs after the colon (:func:`signed_run`), so a
    title shaped like a name (``Title TBD: Ana Ruiz``) is still the title."""
    head, colon, tail = line.replace("：", ":").rpartition(":")
    head, tail = head.strip(" \t*_"), tail.strip(" \t*_")
    if not colon or len(head) < 3 or not tail or len(tail) > NAME_CHARS_MOST:
        return None
    if tail[-1:] in ".!?" or head.endswith(("http", "https")):
        return None
    if len(head.split()) <= LABEL_WORDS_MOST and roles_of(head):
        return None  # "Speaker: Ana Ruiz", "Moderated by: Bo Li": a field, no talk
    who = split_speakers(tail)
    if not who or any(len(p.name.split()) < 2 or p.affiliations for p in who):
        return None
    if not side_known and split_speakers(head):
        return None  # "Ana Ruiz: Bo Li": a name on both sides, nothing says which is whose
    return head, who


def signed_run(lines: list[str], least: int) -> list[tuple[str, list[ProgrammePerson]] | None]:
    """Each item of a list read as signed after its last colon, the side decided across
    the list: where at least ``least`` items and all but a quarter are read so on their
    own, the rest whose head is only shaped like a name (``Non-Blocking IO: Bo Li``,
    ``Title TBD: Ana Ruiz``) are read the same way, since the list puts its people after
    the colon. None for an item that is read no way."""
    alone = [colon_signed(line) for line in lines]
    count = sum(r is not None for r in alone)
    if count < least or count * 2 <= len(lines):
        return alone
    return [
        r if r is not None else colon_signed(line, True)
        for r, line in zip(alone, lines, strict=True)
    ]


_TALKS_SEEN_RE = re.compile(
    r"\b(?:videos?|vid[ée]os?|recordings?|aufzeichnungen|grabaciones|v[íi]deos?)\b", re.I
)
"""Words of a lead-in that say the list is of talks someone watched (``Some picks from
the video list``, ``Mes choix parmi les vidéos``)."""


def context_names_talks(heading: str | None, lead_in: str, talks_heading: bool) -> bool:
    """Whether what is written over a list says it lists a conference's talks: a heading
    that names talks or a day (``talks_heading``), the event's own heading
    (:func:`names_the_event`), or a lead-in line that speaks of talks or their videos
    (``Talks of the evening:``, ``Mes choix parmi les vidéos``). A list under a topic's
    heading (``Awards``, ``Local organisation``, ``Glossary``) or under none is not."""
    if talks_heading or (heading is not None and names_the_event(heading)):
        return True
    words = strip_markdown_inline(lead_in).strip()[:300]
    if _TALKS_SEEN_RE.search(words):
        return True
    return any(talk_kind(w.strip(".,:;!?()"))[0] in ("talk", "spotlight") for w in words.split())
