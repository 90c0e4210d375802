"""Talks a person's prose names by their topic, not their title.

A write-up often names a talk by what it was about, the speaker beside it, in any of
the languages notes are written in: ``Ana Ruiz's talk about lock files was great``,
``Bo Li gave a keynote on tracing``, ``la conf de Mia Chen sur les index``, ``la conf
sur Kafka par Léa Roy``, ``the panel on open data``. A talk's word, then ``about`` (or
``on``, ``sur``, ``sobre``, ``über``), then the topic up to the clause's end: the topic
is the talk's title, the person test says who gives it (a possessive or a verb of
presenting before the talk's word, a by-word after it or after the topic).
"""

from __future__ import annotations

import html
import re

from confnotes.importers.identity import title_key
from confnotes.importers.kinds import TALK_LABEL_RE, kind_of
from confnotes.importers.persons import is_organisation, is_person_name, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import BY_WORD_SET, strip_markdown_inline
from confnotes.importers.title_speakers import _byline_people, _person_before, _splits_by

_TALK_ABOUT_RE = re.compile(
    rf"\b(?:{TALK_LABEL_RE.pattern}|keynote|presentation|panel|conf|quickie)s?"
    r"(?P<by>[ \t]{1,3}(?:by|de|par|von|di|por)[ \t]{1,3}[^\W\d_][^,.;:!?()\n]{0,60}?)?"
    r"[ \t]{1,3}(?:about|on|sur|sobre|über|su)[ \t]{1,3}(?=[^\W_])",
    re.I,
)
"""A talk's word, maybe who gives it, and ``about`` in the languages notes are written
in, the topic after it (``talk about``, ``la conf de Name sur``)."""
_DASH_ASIDE_RE = re.compile(r"[ \t]{0,3}[—–][^—–\n]{1,80}[—–][ \t]{0,3}")
"""An aside set between two dashes (``mistakes teams — small ones too — make``)."""
_CLAUSE_END_RE = re.compile(r"[.;:!?()\[\]\"“”—–]|[ \t]-[ \t]|,[ \t]")
"""Where a topic's clause ends: a mark that closes it, a dash, a comma."""
_CLAUSE_VERBS = frozenset(
    {"was", "were", "is", "are", "which", "that", "how", "where", "while", "when", "était",
     "est", "qui", "que", "où", "quand", "war", "ist", "foi", "fue"}
)  # fmt: skip
"""Words that start the sentence's next clause after a topic (``… about X was great``,
``… and how Y``, ``… while Z``): the topic ends before them."""
_JOINERS = frozenset({"and", "et", "e", "y", "und", "or", "ou"})
_SUBORDINATORS = frozenset(
    {"because", "but", "though", "although", "unless", "parce", "mais", "porque", "pero", "weil",
     "aber"}
)  # fmt: skip
"""Words that open a clause of reason or contrast (``the talk on X because the room was
full``): the topic ends before them, wherever they stand."""
_DETERMINERS = frozenset(
    {"my", "our", "your", "his", "her", "their", "its", "this", "that", "these", "those", "all",
     "it", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "son", "sa", "ses", "leur",
     "leurs", "ce", "cet", "cette", "ces", "mein", "meine", "unser", "unsere", "dies", "diese"}
)  # fmt: skip
"""A possessive or demonstrative: a topic opening with one points at the writer's own
things or back into the text (``a presentation on my own work``, ``on all this``), no
talk's title."""
_PURPOSE_AFTER = frozenset(
    {"the", "a", "an", "next", "tomorrow", "today", *_DETERMINERS}
)  # fmt: skip
"""What follows ``for`` when it opens a purpose or occasion (``for the team meeting``,
``for next week``), not a title's own ``for`` (``Python for data science``)."""
_TIME_WORD_RE = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|next|\d{1,2}(?::\d\d)?"
    r"(?:am|pm|h)?|noon|midnight",
    re.I,
)
"""A weekday or time word after ``from``/``by``/``until``/``before``: a span or a
deadline (``from Monday to Friday``, ``by Friday``), no part of a topic."""
_SPAN_WORDS = frozenset({"from", "by", "until", "till", "before", "on", "at"})
"""Words opening a span or a deadline when a weekday or time word follows them."""
_TRAILING_ADVERBS = frozenset(
    {"too", "instead", "also", "again", "anyway", "aussi", "auch", "también"}
)  # fmt: skip
"""A sentence's adverb that follows a topic (``the talk on tracing too``): cut."""
_INTENT_RE = re.compile(
    r"(?:\b(?:will|shall|gonna|wants?|wanted|plans?|planning|planned|preparing|prepares?"
    r"|hopes?|hoping|submit(?:s|ted|ting)?|proposing|intends?)|['’]ll|\bgoing[ \t]{1,3}to)"
    r"(?:[ \t]{1,3}(?:to|be|give|giving|do|doing|present|presenting|hold|deliver|write|writing"
    r"|prepare|preparing|submit|a|an|another|new|short|small|first|second)){0,4}[ \t]{0,3}$",
    re.I,
)
"""A future or intent verb governing the talk's word (``is preparing a presentation``,
``will give a talk``, ``wants a presentation``): a talk not given yet, none the notes
report."""
TOPIC_WORDS_MOST = 12
"""Words a topic may hold: a longer stretch is a sentence, no talk's name."""
_PRESENTING_RE = re.compile(
    r"(?:\b(?:gave|gives|presented|presents|did|held|delivered)(?:[ \t]{1,3}[^\W\d_]{1,12}){0,3}"
    r"|['’]s?|['’])[ \t]{0,3}$",
    re.I,
)
"""What ends the words before a talk's word when its speaker is named before them: a
verb of presenting and a few small words (``gave a great``), or a possessive."""


def described_talks(
    text: str, lower: frozenset[str] = frozenset()
) -> list[tuple[int, str, list[ProgrammePerson], str]]:
    """The talks a sentence or list item names by their topic (see the module's
    docstring), each as (its offset in ``text``, its topic, its speakers, the kind its
    talk's word says: ``the panel on X`` is a panel)."""
    plain = html.unescape(strip_markdown_inline(text[:4000]))
    out: list[tuple[int, str, list[ProgrammePerson], str]] = []
    for m in _TALK_ABOUT_RE.finditer(plain):
        if _INTENT_RE.search(plain[max(0, m.start() - 80) : m.start()]):
            continue  # "will give a talk on X": a talk to come, not one the notes report
        topic, after = _topic(plain[m.end() : m.end() + 400])
        if not topic:
            continue
        if m.group("by"):  # "la conf de Name sur X": a by-line that may name no one
            who = _byline_people(m.group("by").split(None, 1)[1]) or after
        else:
            who = after or _speaker_before(plain[: m.start()], lower)
        out.append((m.start(), topic, who, kind_of(m.group(0).split()[0])))
    return out


_TALK_BY_RE = re.compile(
    rf"\b(?:{TALK_LABEL_RE.pattern}|keynote|presentation|panel|conf|quickie)"
    r"[ \t]{1,3}(?:by|de|par|von|di|por)[ \t]{1,3}(?P<who>[^\W\d_][^,.;:!?()\[\]\n]{0,60})",
    re.I,
)
"""A talk's word and its by-line, no topic after it (``la keynote de Ana Ruiz, …``)."""


def untitled_talks(text: str) -> list[tuple[int, str, list[ProgrammePerson], str]]:
    """``the keynote by Ana Ruiz was fun``, ``la keynote de Bo Li, un peu étrange``: a
    talk the prose names only by its speaker, titled by its talk's word and by-line as
    written, when the by-line is people's names alone up to its clause's end."""
    plain = html.unescape(strip_markdown_inline(text[:4000]))
    out: list[tuple[int, str, list[ProgrammePerson], str]] = []
    for m in _TALK_BY_RE.finditer(plain):
        words = m.group("who").split()
        cut = next((n for n, w in enumerate(words) if w.casefold() in _CLAUSE_VERBS), len(words))
        who = " ".join(words[:cut])
        people = split_speakers(who)
        if not people or title_key(" ".join(p.name for p in people)) != title_key(
            re.sub(r"\b(?:and|et|e|y|und)\b|&", " ", who)
        ):
            continue
        if not all(is_person_name(p.name) and not is_organisation(p.name) for p in people):
            continue
        title = plain[m.start() : m.start("who")] + who
        out.append((m.start(), title, people, kind_of(m.group(0).split()[0])))
    return out


def _topic(rest: str) -> tuple[str, list[ProgrammePerson]]:
    """The topic at the start of ``rest``, up to its clause's end, and the people of a
    by-line that closes it (``sur les index par Mia Chen``); ("", []) when the words run
    on longer than a topic does."""
    rest = _DASH_ASIDE_RE.sub(" ", rest)
    end = _CLAUSE_END_RE.search(rest)
    words = (rest[: end.start()] if end else rest).split()
    who: list[ProgrammePerson] = []
    if words and words[0].casefold() in _DETERMINERS:
        return "", []  # "on our migration", "on all this": the writer's own, no title
    for n, word in enumerate(words):
        folded = word.casefold()
        nxt = words[n + 1] if n + 1 < len(words) else ""
        if folded in ("from", "at") and nxt.casefold() in ("another", "other"):
            return "", []  # "a talk about Rust from another conference": not this event's
        if n and (
            folded in _CLAUSE_VERBS
            or folded in _SUBORDINATORS
            or (folded == "for" and nxt.casefold() in _PURPOSE_AFTER)
            or (folded in _SPAN_WORDS and _TIME_WORD_RE.fullmatch(nxt))
        ):
            words = words[:n]
            break
        if n and word.casefold() in BY_WORD_SET:
            # "sur les index par Mia Chen": a by-line closes the topic (people or not)
            who = _byline_people(" ".join(words[n + 1 :]))
            words = words[:n]
            break
    while words and (words[-1].casefold() in _JOINERS or words[-1].casefold() in _TRAILING_ADVERBS):
        words.pop()
    if not words or len(words) > TOPIC_WORDS_MOST:
        return "", []
    return " ".join(words), who


def _speaker_before(before: str, lower: frozenset[str]) -> list[ProgrammePerson]:
    """Who gives a talk named before its talk's word: ``Ana Ruiz's``, ``Bo Li of Org
    gave a great``; [] when the words end otherwise."""
    before = before[-200:]
    cue = _PRESENTING_RE.search(before)
    if cue is None:
        return []
    return _person_before(before[: cue.start()] + "'s ", lower)


ITEM_TITLE_WORDS_MOST = 10
"""Words a list item's title may hold before its by-line (a longer one is a sentence)."""
_ITEM_MARK_RE = re.compile(r"^[ \t]{0,12}(?:[-*+]|\\-|\d{1,3}[.)])[ \t]{1,4}")


def item_byline(item: str) -> tuple[int, str, list[ProgrammePerson], str] | None:
    """``- HA proxy par Ana Ruiz``, ``- Lock files by Bo Li and Mia Chen``: a list item
    that is a talk's words and a by-line naming only people (each passing the person
    test, nothing after them), as (0, title, speakers, kind); None otherwise."""
    text = strip_markdown_inline(_ITEM_MARK_RE.sub("", item[:400], count=1)).strip(" .")
    for what, _by, who in _splits_by(text):
        if len(what.split()) > ITEM_TITLE_WORDS_MOST or _CLAUSE_END_RE.search(what):
            continue
        people = split_speakers(who)
        if (
            people
            and title_key(" ".join(p.name for p in people))
            == title_key(re.sub(r"\b(?:and|et|e|y|und)\b|&", " ", who))
            and all(is_person_name(p.name) and not is_organisation(p.name) for p in people)
        ):
            return 0, what.strip(" ,"), people, "talk"
    return None
