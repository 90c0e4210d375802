"""A title that names its speakers, split into the title and the people: ``Title - Name``,
``Title (talk by Name)``, ``Keynote: Name - Title``, ``Keynote - Name``, ``Title (Name)``.

Calendars and programme exports (iCal summaries, session titles) pack both into one
line; the person test (:mod:`confnotes.importers.persons`) says which side is people,
and the pages' heading reader (:func:`confnotes.importers.headings.read_heading`) the
kind prefixes, so a phrase in brackets or a dash inside them never makes a person.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from confnotes.importers.entries import DURATION_RE
from confnotes.importers.headings import (
    CHAIRED_RE,
    KIND_PREFIX_RE,
    person_first_fields,
    person_then_org,
    read_heading,
)
from confnotes.importers.kinds import TALK_LABEL_RE, kind_of
from confnotes.importers.persons import (
    SPEAKER_SEP_RE,
    givens_and_family,
    handles_only,
    is_organisation,
    is_person_name,
    is_placeholder,
    name_after_role,
    name_and_given,
    split_speakers,
    without_nickname,
)
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import (
    BY_WORD_SET,
    BY_WORDS,
    SHORTCUT_LABEL_RE,
    WITH_WORDS,
    bracket_tail,
    clean_name,
    one_dash,
    split_outside_brackets,
    strip_markdown_inline,
)

_BY_TAIL_RE = re.compile(
    r"(?<!\s)\s*[(\[]\s*(?:(?:invited\s+)?(?:talk|keynote|tutorial|workshop|presentation|lecture|"
    rf"panel|demo|poster|session|lightning talk)\s+)?(?:{BY_WORDS}|with)\s+"
    r"([^()\[\]]{2,200}?)\s*[)\]]\s*$",
    re.IGNORECASE,
)
"""``Title (talk by Name)``, ``Title [with Name]``, ``Titel (von Name)``."""
_AT_RE = re.compile(r"(?<!\w)@(?=\w)")
_SLOT_LABEL_RE = re.compile(r"[^\W\d_][\w-]{0,30}(?:[ \t][^\W\d_][\w-]{0,30})?[ \t]\d{1,3}")
"""A slot's label and number (``Presentation 1``, ``Speed 2``, ``Lightning talk 3``)."""
_MOST_TAILS = 5
"""Trailing brackets a title's reading peels (``Party (St. Joan) (21+)``); a title with
more names no one: its reading stays linear on any input."""
_DASHES = (" -- ", " - ", " – ", " — ")


def _dash_split(text: str) -> tuple[str, str] | None:
    """``Title - Name [Org - Dept]`` at its last dash outside brackets."""
    depth, best = 0, -1
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and any(text.startswith(d, i - 1) for d in _DASHES if i > 0):
            best = i
    if best < 0:
        return None
    head, tail = text[: best - 1].rstrip(" -"), text[best + 1 :].lstrip(" -")
    return (head, tail) if head and tail else None


_HANDLE_RE = re.compile(r"^[\w.\-]{2,24}$")


def _handle_of(text: str, previous: str, part: str) -> str:
    """``part`` when ``text`` writes it glued after the name before it as a handle is
    written (``Haase/maha``: :func:`without_nickname`'s reading), else ``""``."""
    words = previous.split()
    if not words or f"{words[-1]}/{part}" not in text:
        return ""
    return part if without_nickname(f"{previous}/{part}")[1] == [part] else ""


def _handles(text: str) -> list[ProgrammePerson]:
    """After ``with``/``by``: names and pseudonyms (``tante``) in a list, each a person's
    name or one handle-like word; ``appointment only`` is neither."""
    people: list[ProgrammePerson] = []
    previous = ""
    for part in split_outside_brackets(text, SPEAKER_SEP_RE):
        part = part.strip()
        if not part:
            continue
        if people and (handle := _handle_of(text, previous, part)):
            people[-1].aliases.append(handle)  # "Martin Haase/maha": his handle, no one new
            continue
        previous = part
        found = split_speakers(part, single_ok=True)
        if len(found) == 1:
            people.append(found[0])
        elif _HANDLE_RE.match(part) and not is_placeholder(part) and not part.isdigit():
            people.append(ProgrammePerson(name=part))
        else:
            return []
    return people


def _no_speaker(title: str) -> bool:
    """A slot no one gives, named in a word or three (``Lunch (Sold Out)``, ``Coffee Break
    (Foyer)``, ``Drinks - Main Hall``): what its brackets or its dash's tail say is about
    the slot, never who speaks (a talk's title
    may hold such a word: ``Error budgets are a social contract (Name)``)."""
    return len(title.split()) <= 3 and kind_of(title) in ("break", "social")


def _paren_tail(text: str) -> tuple[str, str] | None:
    """``Title (Name)`` as the title before its last round bracket and the words inside."""
    tail = bracket_tail(text, "()")
    head = text[: tail[0]].rstrip() if tail else ""
    return (head, tail[1]) if tail and head else None


def _peel_brackets(text: str) -> tuple[str, list[str]]:
    """The title without its trailing round brackets (at most :data:`_MOST_TAILS`) and the
    brackets peeled, last first."""
    tails: list[str] = []
    while len(tails) < _MOST_TAILS and (tail := _paren_tail(text)):
        tails.append(f"({tail[1]})")
        text = tail[0]
    return text, tails


def after_slot_length(text: str) -> str:
    """The title after a slot's label and length opening it (``Presentation 1 (20 min)
    Title``, ``Speed 2 (10 min) Title``); the text itself when it opens otherwise."""
    timed = DURATION_RE.search(text)
    if timed is None or not _SLOT_LABEL_RE.fullmatch(text[: timed.start()].strip()):
        return text
    return text[timed.end() :].strip() or text


QUOTED_WHOLE_RE = re.compile(r"[\"“„«»]([^\"“”„«»\n]{2,300})[\"”“»«]")
"""A title that is one quotation (``"Title"``, ``„Titel“``, ``«Заголовок»``)."""


def title_and_speakers(
    text: str, lenient: bool = False, brackets: bool = True, heading: bool = True
) -> tuple[str, list[ProgrammePerson]]:
    """:func:`split_title_speakers`, the title's quotes taken off when the speakers were
    split from it (``Name: "Title";``: the marks set the title apart from the name, and a
    list's item ends in a semicolon)."""
    title, people = split_title_speakers(text, lenient, brackets, heading)
    if people and (quoted := QUOTED_WHOLE_RE.fullmatch(title.strip().removesuffix(";").strip())):
        return quoted.group(1).strip(), people
    return title, people


def split_title_speakers(
    text: str, lenient: bool = False, brackets: bool = True, heading: bool = True
) -> tuple[str, list[ProgrammePerson]]:
    """A title that names its speakers (``Title - Name``, ``Title (talk by Name)``,
    ``Keynote: Name - Title``, ``Keynote - Name``, ``Title (Name)``) split into the title
    and the people; ``(text, [])`` when no part of it is a person. A phrase in brackets
    (``(By appointment only)``) or a dash inside brackets never makes one. ``lenient``
    (a source known to put speakers after the dash, as pretalx does) also takes handles;
    without ``brackets`` (a record whose own people field is empty, beside records that fill
    theirs) a trailing bracket names no one: ``Party (St. Joan)`` is a place; without
    ``heading`` (a record with a field of its own for its people, a chair's or a
    speaker's) the words before a colon are the title's (``Slavic Game Studies: Das
    digitale Spiel``), never a speaker."""
    # an agenda's line of slot, length and title (``Presentation 1 (20 min) Title``): the
    # title after the length (once: a second label after it stays the title's words)
    text = after_slot_length(one_dash(" ".join(text.split())))
    if (timed := DURATION_RE.search(text)) and (after := text[timed.end() :].strip()):
        # a title, its length, then who (``Open discussion (50 min) Ana Ruiz - Nordlys Labs``)
        before = text[: timed.start()].strip()
        people = person_then_org(after) or split_speakers(after) if len(before) > 2 else []
        if people:
            return before, people
    if not brackets:
        head, tails = _peel_brackets(text)
        if _paren_tail(head):
            return text, []  # more brackets than a title writes
        if tails:
            title, people = title_and_speakers(head, lenient, True, heading)
            return (" ".join([title, *reversed(tails)]), people) if people else (text, [])
    if (quoted := _quoted_by(text)) and (people := _people_by(quoted[2])):
        return quoted[0], people
    if named := names_then_quoted(text):
        return named
    if m := _BY_TAIL_RE.search(text):
        who = _AT_RE.sub("", m.group(1))  # "(von @handle)": the handle, without its @
        people = split_speakers(who, single_ok=True) or _handles(who)
        if people:
            return text[: m.start()].strip(), people
    read = read_heading(text)
    if read.speakers and _no_speaker(read.title):
        return text, []  # "Coffee - Online Lounge": the pause's place, not its speaker
    kind_led = KIND_PREFIX_RE.match(text)
    if kind_led and not heading and ": " in kind_led.group("rest"):
        # "Panel: Linked While Apart: Overcoming Division": where the titles beside it
        # write "Title: Subtitle", the words after the kind are a title's, colon and all
        kind_led = None
    if kind_led and read.speakers and read.title:
        return read.title, read.speakers
    if fielded := person_first_fields(text):
        return fielded  # "Name | @handle | Org | "Title"": the speaker's field first
    before_bar, bar, after_bar = text.rpartition(" | ")
    if (
        bar
        and before_bar.strip()
        and "|" not in text.replace(" | ", "", 1)
        and (people := split_speakers(after_bar))
    ):
        # "Title - its subtitle | Name": a bar parts fields, a dash may be the title's own
        return before_bar.strip(), people
    if (parts := _dash_split(text)) is not None and not _no_speaker(parts[0]):
        # pretalx writes only names after its dash: a lone word there is a pseudonym;
        # after a pause's or a gathering's word (``Coffee - Online Lounge``) it is a place
        people = (_handles(parts[1]) if lenient else []) or split_speakers(parts[1])
        # "Title - @ana", "Titel – @ana & @bo": an account is someone's, whoever reads it
        people = people or handles_only(parts[1])
        if people:
            return parts[0], people
    if (
        (tail := _paren_tail(text))
        and not _no_speaker(tail[0])
        and (people := split_speakers(tail[1]))
    ):
        return tail[0], title_words_as_affiliation(tail[0], people)
    if (tail := _outer_bracket(text)) and (
        people := _org_then_people(tail[1]) or person_then_org(tail[1])
    ):
        # "Title (Nordlys Labs: Ana Ruiz)", "題名（株式会社X：山田 太郎）", "Title (Ana | Acme)"
        return tail[0], people
    for what, by, who in _splits_by(text):
        # "Concluding lecture by Prof. Ana Ruiz", "Begrüßung durch den Rektor, Prof. Name":
        # before the heading's reading, which takes the titled name after the comma alone;
        # "moderated by Name", "animée par Name": a chair (:func:`chaired_by`), no speaker
        if not CHAIRED_RE.search(what) and (people := _people_by(who, by)):
            return what.rstrip(" ,;"), people
    if read.speakers and read.title and (heading or kind_led):
        return read.title, read.speakers
    if kind_led and read.title and (people := split_speakers(read.title)):
        return text, people  # "Keynote: Ana Ruiz, PSF Chair": the slot's speaker, no title yet
    return text, []


def title_words_as_affiliation(title: str, people: list[ProgrammePerson]) -> list[ProgrammePerson]:
    """``Title (Name, Org)`` whose ``Org`` is named in the title (``Radio Nord: our story
    (Ana Ruiz, Radio Nord)``): the second "name" is what the talk is about, where its
    speaker works, no co-speaker; a person after the first whose every word the title
    also says becomes the affiliation of the person before it."""
    said = {w.casefold() for w in re.findall(r"[^\W\d_]{2,40}", title)}
    kept: list[ProgrammePerson] = []
    for person in people:
        words = [w.casefold() for w in re.findall(r"[^\W\d_]{2,40}", person.name)]
        if kept and len(words) > 1 and all(w in said for w in words):
            kept[-1].affiliations = kept[-1].affiliations or [person.name]
            continue
        kept.append(person)
    return kept


_OPENING = {")": "(", "）": "（"}


def _outer_bracket(text: str) -> tuple[str, str] | None:
    """The title before a text's last bracket, round or full-width, and the words inside,
    brackets nested in it kept (``Title（Org：Name（@handle））``); linear on any input."""
    text = text.rstrip()
    if not text or text[-1] not in _OPENING:
        return None
    depth = 0
    for at in range(len(text) - 1, max(-1, len(text) - 200), -1):
        ch = text[at]
        if ch in _OPENING:
            depth += 1
        elif ch in "(（":
            depth -= 1
            if depth == 0:
                head = text[:at].rstrip()
                return (head, text[at + 1 : -1].strip()) if head else None
    return None


def _org_then_people(inner: str) -> list[ProgrammePerson]:
    """The people of a bracket that names where they work before a colon, then them
    (``Nordlys Labs: Ana Ruiz``, ``株式会社X：山田 太郎``); [] when the words before the
    colon are a role's label (``Chair: Name`` chairs, not speaks) or the rest no name."""
    org, colon, who = max(
        (inner.rpartition(c) for c in (":", "：")), key=lambda parts: len(parts[0])
    )
    org = org.strip()
    if not colon or not org or len(org) > 80 or kind_of(org) != "talk":
        return []
    from confnotes.importers.fields import roles_of

    if roles_of(org) & {"chair", "track", "start", "room", "title"}:
        return []
    people = split_speakers(who.strip(), single_ok=True)
    if len(people) != 1 or is_organisation(people[0].name):
        return []
    if not roles_of(org) and not people[0].affiliations:
        people[0].affiliations = [org]
    return people


def chaired_by(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Panel: Who owns it? – moderated by Name`` as the title and the people who chair
    it (a participle of chairing before the by-line, in any language the programmes
    write); None when no by-line says so."""
    text = one_dash(" ".join(text.split()))
    for what, by, who in _splits_by(text):
        if (chaired := CHAIRED_RE.search(what)) and (people := _people_by(who, by)):
            return what[: chaired.start()].strip(" ,-–—"), people
    return None


_OPEN_QUOTES = '"“„«'
_CLOSE_QUOTES = '"”“»'
_NOT_IN_PARTS = set('"“”„«»()')


def _split_by(text: str) -> tuple[str, str, str] | None:
    """``what``, the by-word and ``who`` of ``Welcome by the Dean, Prof. Ana Ruiz`` (at the
    first by-word, with something before it); read word by word, linear on any input."""
    return next(_splits_by(text), None)


_SPLITS_BY_MOST = 4
"""By-words of one text tried (``… iPhone da discórdia, por Name``: the second)."""


def _splits_by(text: str) -> Iterator[tuple[str, str, str]]:
    """Each reading of ``text`` as :func:`_split_by`'s, by-word after by-word: a title may
    hold a word that is also a by-word (``da``, ``di``) before the by-line's own."""
    if _NOT_IN_PARTS & set(text):
        return
    words = text.split()
    tried = 0
    for i in range(1, len(words) - 1):
        if words[i].casefold() in BY_WORD_SET:
            what, who = " ".join(words[:i]), " ".join(words[i + 1 :])
            if len(what) <= 80 and 2 <= len(who) <= 120:
                yield what, words[i], who
            tried += 1
            if tried >= _SPLITS_BY_MOST:
                return


_OF_WORDS = frozenset({"de"})
"""``of`` before the name of whom a talk is (``a palestra Title de Name``, ``la charla
Title de Name``): a by-word only inside a stressed title right after a talk's word,
after a title of two words or more (``Historia de Buenos Aires`` is one thing's name).
Portuguese ``do`` is not one: it is also an English verb before capitalised words."""
_INNER_BY_WORDS = BY_WORD_SET | _OF_WORDS
_PORTUGUESE_TALK_RE = re.compile(r"\b(?:palestras?|oficinas?)[ \t_*]{0,3}$", re.I)
"""A Portuguese talk's word ending the words before a stressed title (``a palestra
**Title do Name**``): after it ``do`` ("of the") is a by-word, as ``de`` is, where
elsewhere it is an English verb."""
_INNER_NAME_WORDS = 6
"""Words after the last by-word tried as the by-line's name (``do Ana Maria Ruiz``)."""


def _inner_byline(text: str, portuguese: bool = False) -> tuple[str, list[ProgrammePerson]] | None:
    """``Title von Ana Ruiz``, ``Title de Name``: a stressed stretch after a talk's word
    holding its own by-line, split at the last by-word (or ``of``-word) after which only
    people's names follow; None when none does. ``portuguese``: the talk's word is
    Portuguese, so ``do`` is an ``of``-word too (``Title de Things do Ana Ruiz``)."""
    if _NOT_IN_PARTS & set(text):
        return None
    words = text.split()
    of_words = _OF_WORDS | {"do"} if portuguese else _OF_WORDS
    for i in range(len(words) - 2, max(0, len(words) - 2 - _INNER_NAME_WORDS), -1):
        if words[i].casefold() in _INNER_BY_WORDS or words[i] in of_words:
            if words[i].casefold() in of_words and i < 2:
                continue  # "Historia de Buenos Aires": one word "of" a place, no by-line
            what = " ".join(words[:i]).strip(" ,")
            people = _byline_people(" ".join(words[i + 1 :]))
            if people and len(what) >= 3:
                return what, people
    return None


def _quoted_by(text: str) -> tuple[str, str, str] | None:
    """``Lecture by Prof. Ana Ruiz, "Faster Logs"``, ``Vortrag von Dr. Name, „Titel“``: a
    programme cell packing kind, speaker and the quoted title, as (title, by-word, who)."""
    body = text.rstrip(" .")
    if not body or body[-1] not in _CLOSE_QUOTES:
        return None
    opening = min((i for i in (body.find(q) for q in _OPEN_QUOTES) if i > 0), default=-1)
    if opening < 0:
        return None
    title = body[opening + 1 : -1].strip()
    if not 2 <= len(title) <= 300 or set(_OPEN_QUOTES + _CLOSE_QUOTES) & set(title):
        return None
    split = _split_by(body[:opening].rstrip(" ,:–—-") + " .")
    if split is None:
        return None
    _what, by, who = split
    return title, by, who.removesuffix(" .")


def closing_quote(text: str) -> tuple[str, str] | None:
    """The words before a text's last quoted span and the span's words, when the text
    ends with it (``Ana Ruiz "Faster Logs"``); None otherwise or when quotes nest."""
    body = text.rstrip(" .")
    if not body or body[-1] not in _CLOSE_QUOTES:
        return None
    opening = max(body.rfind(q, 0, len(body) - 1) for q in _OPEN_QUOTES)
    if opening <= 0:
        return None
    title = body[opening + 1 : -1].strip()
    head = body[:opening].rstrip(" ,:–—-")
    if not 2 <= len(title) <= 300 or set(_OPEN_QUOTES + _CLOSE_QUOTES) & set(head + title):
        return None
    return head, title


def names_then_quoted(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Ana Ruiz y Bo Chen "Faster Logs"``: a programme line naming its speakers, then its
    title in quotes, no by-word between; None unless every word before the quotes is a
    person's name (``Keynote "Faster Logs"`` names no one)."""
    parts = closing_quote(text)
    if parts is None or not parts[0] or len(parts[0]) > 200:
        return None
    people = split_speakers(parts[0])
    return (parts[1], people) if people else None


def quoted_then_names(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``"Faster Logs" dr Ana Nowak. Uniwersytet Szczeciński``: a programme line opening
    on its title in quotes, then who gives it (a degree's title, the name, where they
    work); None unless the words after the quotes are people and nothing else."""
    body = " ".join(text.split())
    if not body or body[0] not in _OPEN_QUOTES:
        return None
    closing = min((i for i in (body.find(q, 1) for q in _CLOSE_QUOTES) if i > 0), default=-1)
    if closing < 0:
        return None
    title, rest = body[1:closing].strip(), body[closing + 1 :].strip(" ,:–—-")
    if not 2 <= len(title) <= 300 or not rest or len(rest) > 200:
        return None
    people = split_speakers(rest.rstrip("."))
    return (title, people) if people else None


def byline_people(text: str, linked: bool = False) -> list[ProgrammePerson]:
    """The people of a by-line (``by Leon Bottou (Meta AI)``, ``par Ana Ruiz``): a field
    that begins with "by" in some language names them; [] for any other text.
    ``linked``: a link opens the words after the by-word (``von [Ana Ruiz](…)``), so the
    link is the name and a by-word that is also a name's particle is no part of it."""
    words = text.split()
    if len(words) < 2 or words[0].casefold() not in BY_WORD_SET:
        return []
    return _people_by(" ".join(words[1:]), "by" if linked else words[0])


_PARTICLE_BYS = frozenset({"von", "di", "da", "de", "af", "du", "av"})
"""By-words that also start names (``von Neumann``, ``da Silva``)."""


def _people_by(who: str, by: str = "by") -> list[ProgrammePerson]:
    """The people after ``by``: a list of names, or the one a description introduces
    (``the Department Head, Prof. Ana Ruiz``: the titled name after the comma). After a
    word that is also a name particle or a preposition (``von``, ``de``, ``da``) only a
    name written with its title (``Prof. Dr. Name``) is taken."""
    if by.casefold() in _PARTICLE_BYS and clean_name(who) == " ".join(who.split()):
        head, _, last = who.rpartition(",")
        if not head or clean_name(last) == " ".join(last.split()):
            return []
    people = name_and_given(who) or givens_and_family(who) or split_speakers(who)
    if people:
        return people
    if (after := name_after_role(" ".join(who.split()), by_line=True)) is not None:
        return [ProgrammePerson(after[0], [after[1]])]  # "by docker.cn 马全一"
    head, _, last = who.rpartition(",")
    if head and clean_name(last) != " ".join(last.split()):  # "Prof. Ana Ruiz": titled
        return split_speakers(last)
    return []


_SPAN_RE = re.compile(
    r"(?<![*_\w])(\*\*|__|\*|_)(?![\s*_])([^*_\n]{2,300}?)(?<!\s)\1(?![*_\w])"
    r"|\[([^\[\]\n]{2,300})\](?:\([^()\s]{1,500}\)|\[[^\[\]\n]{1,100}\])"
    r"|[\"“«„]([^\"“”«»„\n]{2,300})[\"”»“]"
    r"|\[([^\[\]\n]{2,300})\](?![(\[]|:[ \t]{0,3}(?:https?:|<))"
)
"""A stressed stretch of a line that may be a talk's title: bold or italic, a link's
label (an inline link's, a full reference link's ``[Title][t-1]`` or a shortcut's
``[Title]``), or words in quotation marks."""
SPAN_RE = _SPAN_RE
"""The stressed stretches of a line (:data:`_SPAN_RE`), for readers of a list's fields."""


def _span_by_re(by_words: str) -> re.Pattern[str]:
    return re.compile(
        r"^[ \t]{0,3}(?:,?[ \t]{0,3}"
        r"(?:(?:done|given|presented|delivered|held|led|hosted|run|moderated)[ \t]{1,3})?"
        rf"(?:{by_words})|,[ \t]{{0,3}}de)[ \t]{{1,3}}"
        r"(?P<by>(?:[^.;:!?()\n]|(?<=\b[A-Z])\.){2,160})"
        r"|^[ \t]{0,3}\((?P<paren>[^()\n]{2,120})\)"
        r"|^[ \t]{0,3}[-–—][ \t]{0,3}(?P<dash>[^.;:!?()\n]{2,120})",
        re.I,
    )


_SPAN_BY_RE = _span_by_re(BY_WORDS)
"""The by-line right after a stressed title: ``by Name``, ``done by Name``, ``(Name)``,
``— Name``, ``, de Name`` (Spanish, Portuguese: ``de`` a by-word only after the comma
closing the title), up to the sentence's end or the colon before a remark."""
_SPAN_BY_WITH_RE = _span_by_re("|".join([BY_WORDS, *sorted(WITH_WORDS)]))
""":data:`_SPAN_BY_RE` with ``with`` in the languages people write (``[Title](…) avec
Ana Ruiz et Bo Li``): in a list of talks, who gives the title the marks close."""
_ORG_TAIL_RE = re.compile(r"[ \t](?:from|of|at|von|vom|de|du|da|bei|chez|aus)[ \t].*$", re.I)
"""``Name from Org``, ``Name of Org``: the organisation after a speaker's name."""
_CAPITALS = "".join(
    re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha()
)
"""Capital letters of the Latin, Greek and Cyrillic scripts (``İlke``, ``Łukasz``, ``Ödön``):
a name's words start with one."""
_SMALLS = "".join(re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.islower() and c.isalpha())
"""Small letters of those scripts: no name's first word starts with one (a script
without capitals, Chinese or Japanese, starts names with any letter)."""
_NAME_RUN_RE = re.compile(
    rf"\b(?![{_SMALLS}])[^\W\d_][\w'’.-]{{0,30}}"
    rf"(?:[ \t]{{1,3}}(?:[{_CAPITALS}][\w'’.-]{{0,30}}"
    r"|and|und|et|y|e|og|och|&|van|von|de|der|da|di|du|le|la)){0,8}"
    r"(?<![ \t])(?<!\band)(?<!\bund)(?<!\bet)(?<!\by)(?<!\be)(?<!\bog)(?<!\boch)(?<!&)"
)
"""The leading capitalised words of a by-line (``James A. Whittaker is also …``)."""
SPAN_BYLINES_MOST = 12
"""Stressed stretches of one line looked at (a bound on any input)."""


def stressed_bylines(line: str, with_ok: bool = False) -> list[tuple[str, list[ProgrammePerson]]]:
    """The talks a line names as a stressed title followed by its by-line, in a person's
    notes written in any tool (``I went to _Title_ by [Ana Ruiz](…) from [Org](…)``,
    ``**Title** ([Name](…)) - a remark``, ``*Title* (Name), lots of demos``, ``"Title" by
    Name``): each title with its speakers, who must all pass the person test; the title
    is never a name over a bracket (``**Ana Ruiz** (Org)`` is a person and their
    organisation). ``with_ok``: the line is an item of a list of talks, where ``with
    Name`` after the title is who gives it as ``by Name`` is (in prose, a companion)."""
    out: list[tuple[str, list[ProgrammePerson]]] = []
    by_re = _SPAN_BY_WITH_RE if with_ok else _SPAN_BY_RE
    found = list(itertools.islice(_SPAN_RE.finditer(line[:2000]), SPAN_BYLINES_MOST + 1))
    for n, m in enumerate(found):
        if n >= SPAN_BYLINES_MOST:
            break
        said = m.group(2) or m.group(3) or m.group(4) or m.group(5) or ""
        title = strip_markdown_inline(said).strip()
        # "[Title], de [Name]: …": reference links' labels are their words
        rest = SHORTCUT_LABEL_RE.sub(r"\1", strip_markdown_inline(line[m.end() : m.end() + 300]))
        around = _quoted_span(line[: m.start()], rest)
        rest = _unescaped_dash(rest[1:] if around else rest)
        quoted = around or m.group(4) is not None  # '"Title"', '" [Title](…)"'
        by = by_re.match(rest)
        for _aside in range(2):  # "[Title](video) [(schedule)](…) by Name": asides first
            if by is None or not by.group("paren") or _byline_people(by.group("paren")):
                break
            rest = rest[by.end() :]
            by = by_re.match(rest)
        if title.startswith("(") and title.endswith(")"):
            continue  # "[(schedule)](…)": an aside's link after the title, not a title
        if (
            len(title) < 3
            or by is None
            or ((by.group("paren") or by.group("dash")) and split_speakers(title) and not quoted)
        ):
            # "**Ana Ruiz** (Bo Li)", "**Ana Ruiz** - _Type Driven Design_": a name beside
            # words that may be a name too says nothing (the list's other items say which)
            continue
        who = (by.group("by") or by.group("paren") or by.group("dash") or "").strip(" *_")
        people = _byline_people(who)
        if not people and n + 1 < len(found):
            # "[A](…) by Ana Ruiz and [B](…) by Bo Li": the by-line ends where a joining
            # word opens the next stressed title
            people = _byline_people(_before_next_title(line[m.end() : found[n + 1].start()]))
        if people:
            out.append((title.strip(" \"'“”«»„"), people))
    return out


_JOINING_MOST = 4
"""Letters of a joining word between two by-lined titles (``and``, ``und``, ``et``, ``y``)."""


def _before_next_title(between: str) -> str:
    """The names of a by-line (``by Ana Ruiz and``) between one stressed title and the
    next, its by-word and its joining word (a comma, ``&``, a short lower-case word) off;
    "" when it is no such by-line."""
    plain = " ".join(strip_markdown_inline(between).split())
    if plain.endswith((",", ";")):
        head = plain[:-1]
    else:
        head, _blank, word = plain.rpartition(" ")
        joining = word == "&" or (word.isalpha() and word.islower() and len(word) <= _JOINING_MOST)
        if not joining:
            return ""  # "by Ana Li": a name's own short word, no joining word
    by = _SPAN_BY_RE.match(head.rstrip(" ,;"))
    if by is None or not by.group("by"):
        return ""
    return by.group("by").strip(" *_")


_LINK_OPEN_QUOTES = "\"“„«‘'"
_LINK_CLOSE_QUOTES = "\"”»’'"
_ESCAPED_MARK_RE = re.compile(r"\\([-–—(])")


def _quoted_span(before: str, rest: str) -> bool:
    """Whether the writer put a stressed title's link in quotation marks (``" [Title](…)"
    - Name``, ``«[Title](…)», de Name``): the words after it start past the closing mark,
    and the quotes say the words are a title, even two capitalised ones (``"Voto
    Electrónico"``) that could be read as a name."""
    return before.rstrip()[-1:] in _LINK_OPEN_QUOTES and rest[:1] in _LINK_CLOSE_QUOTES


def _unescaped_dash(rest: str) -> str:
    """``\\- Name``: a Markdown escape before the dash of a by-line, the dash it writes."""
    return _ESCAPED_MARK_RE.sub(r"\1", rest[:4], count=1) + rest[4:]


_WITH_SPLIT_RE = re.compile(rf"[ \t](?:{'|'.join(sorted(WITH_WORDS))})[ \t]")


def with_byline(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Title avec Ana Ruiz et Bo Li``, ``Title with Bo Li``: the title before the last
    ``with`` (in the languages people write) and the people after it, each passing the
    person test; None otherwise. Only for an item among siblings whose by-lines already
    name their speakers: alone, ``Streams with Apache Kafka`` names a product."""
    cuts = list(_WITH_SPLIT_RE.finditer(text[:300]))
    if not cuts:
        return None
    title, who = text[: cuts[-1].start()].strip(" ,;-–—"), text[cuts[-1].end() :].strip(" .")
    if len(title.split()) < 2 or not who or who != strip_markdown_inline(who):
        return None
    people = split_speakers(who)
    if not people or len(" ".join(p.name for p in people)) + 12 < len(who):
        return None
    if all(is_person_name(p.name) and not is_organisation(p.name) for p in people):
        return title, people
    return None


def _byline_people(who: str) -> list[ProgrammePerson]:
    """The people of a by-line's words, an organisation or a description after them cut
    off (``Name from Org``, ``Name, an analyst at Org``)."""
    first = who.split(",")[0]
    named = _NAME_RUN_RE.match(first)
    cuts = (who, _ORG_TAIL_RE.sub("", who), first, _ORG_TAIL_RE.sub("", first))
    for words in (*cuts, named.group(0) if named else ""):
        words = words.strip(" ,*_")
        people = split_speakers(words) if words else []
        if people and all(is_person_name(p.name) and not is_organisation(p.name) for p in people):
            for person in people:  # "Name, der die Agenda …": a clause about them, no place
                person.affiliations = [a for a in person.affiliations if not a[:1].islower()]
            return people
    if (after := name_after_role(" ".join(who.split()).strip(" ,*_"), by_line=True)) is not None:
        return [ProgrammePerson(after[0], [after[1]])]  # "by docker.cn 马全一"
    return []


MENTION_CUE_RE = re.compile(
    rf"['’]s[ \t]|\b(?:{TALK_LABEL_RE.pattern}|keynote|presentation|session|panel|spoke|speaks|"
    r"presented|presents|gave|gives|showed|shows|discussed|discusses|explained|explains|"
    r"introduced|demoed|demonstrated|talked|talks)\b",
    re.I,
)
"""What says that the person before it gives the stressed title after it, in a sentence:
a possessive (``Ana Ruiz’s talk``), a talk's word (``keynote``, ``Vortrag``, ``charla``)
or a verb of presenting (``gave``, ``showed``, ``spoke about``)."""
_SENTENCE_END_RE = re.compile(r"[.!?。！？](?:\s|$)")
MENTION_WORDS_MOST = 16
"""Words of a stressed stretch that may be a title mentioned in a sentence (a longer one
is a quotation)."""


def mentioned_talk(
    sentence: str, lower: frozenset[str] = frozenset()
) -> tuple[str, list[ProgrammePerson]] | None:
    """The first talk :func:`talk_mentions` finds in a sentence, or None."""
    found = talk_mentions(sentence, lower, most=1)
    return (found[0][1], found[0][2]) if found else None


MENTION_GAP = 80
"""Characters at most between a speaker's name, the cue and the title it gives."""


def talk_mentions(
    text: str, lower: frozenset[str] = frozenset(), most: int = 40, sentences: bool = False
) -> list[tuple[int, str, list[ProgrammePerson]]]:
    """The talks a person's prose names, the speaker first: ``Ana Ruiz’s talk “Title”``,
    ``Then Bo Li gave a keynote, *Title*``, ``_Mia Chen_, from Org, spoke about "Title"``,
    several in one paragraph: each stressed stretch (quotes, emphasis, a link's words)
    that names no one, after a cue (a possessive, a talk's word, a verb of presenting)
    that follows, within its sentence and :data:`MENTION_GAP`, the person who gives it
    (a stressed name or a run of capitalised words that passes the person test). Each as
    (its offset in ``text``, its title, its speakers). ``lower``: words the document
    writes in small letters, so the capital of a sentence's first word (``Then``) names
    no one. ``sentences``: ``text`` is running prose (a paragraph, not a list's items),
    where the speaker may also follow the title (``[Title](…) von Ana Ruiz``) or be the
    subject a few small words before it (``Ana Ruiz erklärte in [Title]``)."""
    text = text[:4000]
    out: list[tuple[int, str, list[ProgrammePerson]]] = []
    floor = 0  # where the next mention's words may start: after the last title
    for n, m in enumerate(_SPAN_RE.finditer(text)):
        if n >= 4 * most or len(out) >= most:
            break
        title = strip_markdown_inline(m.group(2) or m.group(3) or m.group(4) or "").strip()
        title = _stray_marks_off(title.strip(" \"'“”«»„,"))
        start = max(floor, m.start() - MENTION_GAP * 2)
        led = _led_by_cue(text[start : m.start()])
        portuguese = bool(_PORTUGUESE_TALK_RE.search(text[start : m.start()]))
        if led is not None and not led and (inner := _inner_byline(title.rstrip(" ."), portuguese)):
            # "Vortrag: [Title von Ana Ruiz](…)", "a palestra **Title de Name**": the
            # by-line inside the talk's own words
            out.append((m.start(), *inner))
            floor = m.end()
            continue
        if len(title) < 3 or len(title.split()) > MENTION_WORDS_MOST or title.endswith("."):
            continue
        if split_speakers(title):
            continue  # "_Ana Ruiz_": a stressed name, the person of a mention to come
        if _common_word(title):
            # "un [discours](…)": the link set on the sentence's own noun; who gives the
            # next title is named after it
            floor = m.end()
            continue
        if led:
            # "Talk: Ana Ruiz: [Title]", "the keynote by Bo Li, on [Title]": the talk's
            # word, then who gives it, then the title
            out.append((m.start(), title, led))
            floor = m.end()
            continue
        window = text[start : m.start()]
        ends = list(_SENTENCE_END_RE.finditer(window))
        window = window[ends[-1].end() :] if ends else window
        cues = list(MENTION_CUE_RE.finditer(window))
        who: list[ProgrammePerson] = []
        if cues and len(window) - cues[-1].end() <= MENTION_GAP:
            who = _person_before(window[: cues[-1].start()], lower)
        if (
            not who
            and sentences
            and (by := _SPAN_BY_RE.match(strip_markdown_inline(text[m.end() : m.end() + 300])))
        ):
            # "[Title](…) von Ana Ruiz", "“Title” by Bo Li": the by-line right after it
            said = (by.group("by") or "").strip(" *_")
            head, comma, rest = said.partition(",")
            if comma and rest.strip()[:1].islower():
                said = head  # "von Ana Ruiz, die zeigte, …": a clause about her follows
            who = _byline_people(said)
        if not who and sentences and (m.group(3) or m.group(4)) and (bridged := _bridged(window)):
            # "Ana Ruiz erklärte in [Title]", "Bo Li on “Title”" (no by-line after it): a name,
            # a few small words, the title (the sentence's subject giving it)
            who = _name_ending(bridged, lower)
        if not who and sentences and m.group(3):
            # "[Title](talk), do [Ana Ruiz](profile)", "[Bo Li](…), [Title](…)": a link
            # that names a person, side by side with the title's link
            who = _linked_person_beside(text, m.start(), m.end())
        if who:
            out.append((m.start(), title, who))
            floor = m.end()
    return out


def _common_word(title: str) -> bool:
    """A stressed stretch that is one word in small letters (``[talk](…)``, ``un
    [discours](…)``, ``cette [présentation](…)``): the sentence's own noun, which the
    writer linked to the talk's page, not the talk's title (titles are written with
    several words, or a capital, or a tool's mark)."""
    return len(title.split()) == 1 and title.isalpha() and title.islower()


_SENTENCE_END_NOT_INITIAL_RE = re.compile(r"(?<!\b[A-Z])[.!?。！？](?:\s|$)")
"""A sentence's end, not the dot of an initial (``A. Ruiz``)."""
_TALK_NOUN_RE = re.compile(
    rf"\b(?:{TALK_LABEL_RE.pattern}|keynote|presentation|session|panel)"
    r"(?![^\W_])[ \t_*]{0,3}(:?)",
    re.I,
)
"""A talk's word (``Vortrag``, ``keynote``), and the colon when it is a label (``Talk:``);
an emphasis mark may close on the word itself (``Vortrag_: Name _``)."""


def _led_by_cue(window: str) -> list[ProgrammePerson] | None:
    """The words between a talk's word and the stressed stretch after it, when they are
    only who gives the talk: after a by-word (``the keynote by Ana Ruiz, on``, ``Vortrag
    von Bo Li daher, in``), or set off by colons (``Talk: Ana Ruiz:``, ``Vortrag: _Von
    Bo Li_``). None when no talk's word comes close before the stretch (a sentence's end
    between), else its people ([] when the words name no one)."""
    cues = list(_TALK_NOUN_RE.finditer(window))
    if not cues:
        return None
    cue = cues[-1]
    between = window[cue.end() :]
    if len(between) > MENTION_GAP or _SENTENCE_END_NOT_INITIAL_RE.search(between):
        return None
    words = strip_markdown_inline(between).replace("_", " ").split()
    colon = bool(cue.group(1))
    if words and words[-1].endswith(":"):
        colon = True  # "Ana Ruiz: [Title]"
        words[-1] = words[-1][:-1]
    bridge = 0
    while (
        words
        and bridge < BRIDGE_WORDS_MOST
        and words[-1].rstrip(",").isalpha()
        and (words[-1].islower())
    ):
        words.pop()  # "von Bo Li daher, in": small words between the name and the title
        bridge += 1
    words = _from_by_word(words)
    by = bool(words) and words[0].casefold() in BY_WORD_SET
    if by:
        words = words[1:]
    if not words or not (by or (colon and not bridge)) or len(words) > 6:
        return []
    people = split_speakers(" ".join(words).strip(" ,:"))
    if any(not is_person_name(p.name) or is_organisation(p.name) for p in people):
        return []
    return people


def _stray_marks_off(title: str) -> str:
    """A title without the emphasis marks at its ends that nothing in it closes
    (``_ _Title``: a writer's stray marks inside a link's words), so that they are no
    part of the title; marks that pair (``__init__``) stay."""
    rest = title.strip("_* \t")  # str.strip: linear, where a regex anchored at the end is not
    return title if "_" in rest or "*" in rest or not rest else rest


def _from_by_word(words: list[str]) -> list[str]:
    """The words from the by-word on when only a few small words come before it (``the
    talk given by Ana Ruiz``, ``den Vortrag über von Bo Li``): those small words qualify
    the talk, the by-word still names who gives it. ``words`` unchanged otherwise."""
    for n, word in enumerate(words[: BRIDGE_WORDS_MOST + 1]):
        if word.casefold() in BY_WORD_SET:
            return words[n:]
        if not (word.isalpha() and word.islower()):
            break
    return words


_LINK = r"\[([^\[\]\n]{2,80})\]\([^()\s]{1,500}\)"
_SMALL_GAP = r"[ \t]{0,3},?[ \t]{0,3}(?:[^\W\d_A-Z]{1,4}[ \t]{1,3}){0,2}"
_LINK_AFTER_RE = re.compile(f"^{_SMALL_GAP}{_LINK}")
"""A link right after another, a comma or two small words between (``, do [Name](…)``)."""
_LINK_BEFORE_RE = re.compile(f"{_LINK}{_SMALL_GAP}$")
"""A link right before another, a comma or two small words between."""


def _linked_person_beside(text: str, start: int, end: int) -> list[ProgrammePerson]:
    """The person a link beside a title's link names (its words pass the person test):
    after it (``[Title](…), do [Ana Ruiz](…)``), else before it."""
    after = _LINK_AFTER_RE.match(text[end : end + 600])
    if after is not None and _LINK_AFTER_RE.match(
        text[end + after.end() : end + after.end() + 600]
    ):
        after = None  # "[T1](…), do [Name](…) [T2](…)": the name leads the next title's link
    before = _LINK_BEFORE_RE.search(text[max(0, start - 600) : start])
    for found in (after, before):
        if found is not None and (people := _byline_people(found.group(1).strip(" *_"))):
            return people
    return []


BRIDGE_WORDS_MOST = 3
"""Small words at most between a speaker's name and the title they give, with no cue
(``Ana Ruiz gab in``)."""


def _bridged(window: str) -> str:
    """The words before a mention when a name ends them and only a few small words stand
    between it and the title (``… Ana Ruiz erklärte in``): those words, the name last; ""
    when not so."""
    words = window.rstrip(" \t([").split(" ")
    bridge: list[str] = []
    while (
        words and len(bridge) <= BRIDGE_WORDS_MOST and words[-1].isalpha() and words[-1].islower()
    ):
        bridge.insert(0, words.pop())
    small = len(bridge)
    if not 1 <= small <= BRIDGE_WORDS_MOST or not words:
        return ""
    if small and words and words[-1].endswith(","):
        words[-1] = words[-1][:-1]  # "Ana Ruiz, sobre [Title]": the name, then its talk
    last = words[-1] if words else ""
    if not last[:1].isupper() or not last.rstrip(".").isalpha():
        return ""  # a name ends in letters (not "2023", not "Ana Ruiz,", not "**Term**")
    if small == 1 and SPEAKER_SEP_RE.fullmatch(bridge[0]):
        return ""  # "Ana Ruiz and [Title]": two things named side by side
    return " ".join(words)


def _name_ending(words: str, lower: frozenset[str]) -> list[ProgrammePerson]:
    """The people of the run of capitalised words that ends ``words`` (``… foi a do Lina
    Berg``), the sentence's first word aside; none unless they pass the person test."""
    plain = strip_markdown_inline(words[-MENTION_GAP * 2 :])
    runs = [r for r in _NAME_RUN_RE.finditer(plain) if r.group(0)[:1].isupper()]
    if not runs or plain[runs[-1].end() :].strip():
        return []
    if len(words) <= MENTION_GAP * 2 and _capitalised_by_place(plain, runs[-1], lower):
        return []
    return _run_people(runs[-1].group(0), lower)


def _capitalised_by_place(plain: str, run: re.Match[str], lower: frozenset[str]) -> bool:
    """Whether ``run`` opens its sentence on a word the document also writes small and has
    one word besides: the first is capitalised by its place (``Folgen Sie uns auf
    [Twitter]``, an imperative and a capitalised pronoun), which leaves no name of two
    words."""
    said = run.group(0).split()
    return not plain[: run.start()].strip() and len(said) == 2 and said[0].casefold() in lower


def _run_people(run: str, lower: frozenset[str]) -> list[ProgrammePerson]:
    """The people of a run of capitalised words, a sentence's first word (one the
    document also writes small: ``Then Bo Li``) left out."""
    found = run.split()
    while len(found) > 2 and found[0].casefold() in lower:
        found = found[1:]
    return _byline_people(" ".join(found)) if found else []


_POSSESSIVE_END_RE = re.compile(r"['’]s[ \t]{0,3}$")


def _person_before(words: str, lower: frozenset[str]) -> list[ProgrammePerson]:
    """The person the words before a mention's cue end on: a stressed name, or the last
    run of capitalised words (an organisation or an aside after it cut off)."""
    words = _POSSESSIVE_END_RE.sub("", words[-MENTION_GAP * 2 :])  # "Ana Ruiz’s talk"
    stressed = [
        x for m in _SPAN_RE.finditer(words) if (x := strip_markdown_inline(m.group(0)).strip())
    ]
    if stressed and (people := _byline_people(stressed[-1].strip(" _*\"'“”"))):
        tail = words[words.rfind(stressed[-1][-3:]) :]
        if len(tail) <= MENTION_GAP:
            return people
    plain = strip_markdown_inline(words)
    subject = _ORG_TAIL_RE.sub("", plain.split(",")[0] if "," in plain[-60:] else plain)
    runs = [r.group(0) for r in _NAME_RUN_RE.finditer(subject) if r.group(0)[:1].isupper()]
    return _run_people(runs[-1], lower) if runs else []


_KIND_BY_WORDS = 4
"""Words, at most, of what comes before the by-word when it only names a format."""


def given_by(title: str) -> list[ProgrammePerson]:
    """The people a slot's title names as giving it when the title is only a format's
    name and a by-line (``Keynote by Ana Ruiz``, ``Conferencia magistral por Ana Ruiz``,
    ``Invited talk by Dr. Bo Li``): the format is one only people give (a keynote), so
    the names after the by-word are its speakers;
    [] for a title with words of its own before the by-word (``Welcome by the Dean``,
    ``Deep nets by example``) or names that are no person's."""
    split = _split_by(" ".join(title.split()))
    if split is None:
        return []
    what, by, who = split
    if len(what.split()) > _KIND_BY_WORDS:
        return []
    if kind_of(what) not in _GIVEN_KINDS:
        return []
    people = _people_by(who, by)
    return people if people and all(is_person_name(p.name) for p in people) else []


_GIVEN_KINDS = frozenset({"keynote"})
"""Kinds of slot only people give: a keynote, an invited talk. ``Talk by``, ``Demo by``
are as often a sponsor's slot (``Talk by Umbrella Health Insurance``), whose name reads
like a person's, so a by-line after those words names no speaker."""
