"""A run of sibling elements read as a column of talks.

The items of one list, or the lines of one paragraph, often hold one talk each with its
speakers in the same element: ``Name, *Title*``, ``Name on [Title](url)``, ``Name:
Title``, ``Title (Name)``, ``Title by Name``, ``Names:<br>**Title**``. One line alone
does not say which part is the person (``Title: subtitle`` or ``Name: Title``?); the run
does, as a timetable's column says its cells' role: each member is cut into its parts at
its marks (emphasis, a link, quotes) and separators (``on``, ``by``, a colon, a dash, a
bracket, a comma), and the cut most members share with a part that passes the one person
test (:func:`confnotes.importers.persons.split_speakers`) is the run's, read the same way
in every member.

A run is read only when grounded, so that a person's notes are not taken for a
programme: its members carry times or days, it sits under a programme's heading, or most
of its members name a person in the run's place and the document is no person's notes.
A run under a heading that is itself a talk is that talk's notes (a reading list's
``*Book* by Author``), never talks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, time

from confnotes.importers import bracket_people
from confnotes.importers.columns import is_prose
from confnotes.importers.entries import Entry, leading_clock, parse_entry
from confnotes.importers.fields import roles_of
from confnotes.importers.kinds import kind_of
from confnotes.importers.persons import is_job_title, is_organisation, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import (
    BY_WORD_SET,
    LEADING_PICTOGRAPHS_RE,
    strip_markdown_inline,
)
from confnotes.importers.title_speakers import title_words_as_affiliation
from confnotes.importers.when import line_date, strip_dates

NOTES_LIKELY: ContextVar[bool] = ContextVar("runs_notes_likely", default=False)
"""Set while the readers read a document that is probably a person's notes: a run there is
read only when its own times or a programme's heading ground it."""

MOST_MEMBERS = 400
"""Members of one run weighed at most (a hostile list of a million items reads as none)."""
MAX_MEMBER = 600
"""Characters of a member looked at."""

_MARK_RE = re.compile(
    r"\*\*(?P<b>[^*\n]{2,300})\*\*"
    r"|__(?P<u>[^_\n]{2,300})__"
    r"|(?<![\w*])\*(?P<e>[^*\n]{2,300})\*(?![\w*])"
    r"|(?<![\w_])_(?P<i>[^_\n]{2,300})_(?![\w_])"
    r"|\[(?P<l>[^\[\]\n]{2,300})\]\([^)\s]{0,500}\)"
    r"|[\"“„«](?P<q>[^\"“”„«»\n]{2,300})[\"”“»]"
)
"""A marked stretch of a member written as inline Markdown (:func:`pagetree.marked`):
strong, emphasis, a link's words (no bracket in them: a run of ``[`` is tried once
each, not 300 characters on from each), quoted words."""
_INITIALS_END_RE = re.compile(
    r"[ \t]((?:[A-Z]\.[ \t]?){1,3}(?:(?:van|von|de|der|den|ter|ten|da|di|du|le|la)[ \t]){0,2}"
    r"[A-Z][^\W\d_]{1,30}(?:-[A-Z][^\W\d_]{1,30})?)[ \t]*$"
)
"""A name written with its initials ending a member (``… A. ter Braack``, ``… M. Vos``)."""
_LINK_ASIDE_RE = re.compile(r"\(\s*\[[^\]\n]{1,60}\]\([^)\s]{0,500}\)\s*\)")
"""A bracket holding only a link (``([slides](url))``): an aside of the title."""
_EDGE = " \t,;:|-–—•·"
_DASHES = (" -- ", " - ", " – ", " — ")
_ON_WORDS = frozenset(["on", "with", "about", "über", "sur", "sobre", "su"])
"""Between a speaker and what they speak on (``Name on Title``)."""
_ORDER = (
    "mark<",
    "mark>",
    "by",
    "on",
    "paren",
    "colon<",
    "dash>",
    "dash<",
    "colon>",
    "comma<",
    "comma>",
    "initials>",
)
"""The cuts, most telling first (a tie goes to the earlier)."""
_FIRST = frozenset(["mark<", "on", "colon<", "dash<", "comma<"])
"""The cuts that put the person first (``Name: Title``, ``Name on Title``)."""
_STRICT = frozenset(["mark<", "mark>", "by", "on", "paren"])
"""The cuts of a list of people's run: a bare separator there is ``Name, Org``."""
_NAME_FIRST = frozenset(["mark<", "on"])
"""The cuts a person's notes may hold ungrounded: ``Name on [Title](url)``, the talks they
saw; never ``*Book* by Author`` (a reading list) or ``Phrase - what it means``."""


@dataclass
class Member:
    """One element of a run, cut every way it can be."""

    start: time | None = None
    end: time | None = None
    ampm: bool = False
    day: date | None = None
    kind: str = "talk"
    cuts: dict[str, tuple[list[ProgrammePerson], str, str]] = field(default_factory=dict)
    """Each cut whose person part passes the person test: its people, its title and the
    kind its label gives (``Keynote Talk by Name``)."""
    named: dict[str, tuple[list[ProgrammePerson], str, str]] = field(default_factory=dict)
    """The cuts whose title alone failed, for being shaped like a name (``Pablo Ruiz
    Moreno: Extremist Programming``): the run's side may still say which part is who."""
    unnamed: dict[str, tuple[str, str]] = field(default_factory=dict)
    """The title and the person part of each cut whose person part names no one
    (``Title (a representative of the prize)``): where the run keeps its people, this
    member may name nobody."""
    given: tuple[list[ProgrammePerson], str, str] | None = None
    """A bracket of given names alone (``Title (Anouk, Fabien)``), or of people beside a
    title the cut doubts: people only where the document's brackets name people in full
    (:func:`brackets_name_people`)."""


def _plain(text: str) -> str:
    return " ".join(strip_markdown_inline(text).split())


def _after_clock(text: str, rest_plain: str) -> str:
    """The marked ``text`` after its leading time: after the mark that holds the time
    (``**16:00 h.** «Title»``), or from the first word of what follows it."""
    lead = _MARK_RE.match(text)
    if lead is not None and leading_clock(lead.group(0))[0] is not None:
        return text[lead.end() :].lstrip(_EDGE + ".")
    words = rest_plain.split()
    at = text.find(words[0]) if words else -1
    if at < 0:
        return rest_plain
    while at > 0 and text[at - 1] in '*_["“„«':
        at -= 1
    return text[at:]


def _people(text: str) -> tuple[list[ProgrammePerson], str]:
    """The people a part names, and the kind its label gives: ``Name (Org)``, ``A, B and
    C``, ``Keynote Talk by Prof. Name``; none unless every part is a person."""
    text = text.strip(_EDGE)
    words = text.split()
    while words and words[-1].casefold() in _ON_WORDS | BY_WORD_SET:
        words.pop()  # "Name on", "Name with": the connector before the title
    while words and words[0].casefold() in BY_WORD_SET:
        words.pop(0)  # "*Title* by Name": the by-word after the title
    text = " ".join(words).strip(_EDGE + ".")
    label, colon, value = text.partition(": ")
    if colon and len(label.split()) <= 3 and "speaker" in roles_of(label):
        text = value.strip(_EDGE)  # "Ponente: Name (Org)": the field names its speaker
    if not text or len(text) > 300:
        return [], "talk"
    if people := split_speakers(text):
        return people, "talk"
    for i in range(len(words) - 1, 0, -1):
        if words[i].casefold() in BY_WORD_SET:
            label = " ".join(words[:i])
            if (people := split_speakers(" ".join(words[i + 1 :]).strip(_EDGE))) and len(
                label
            ) <= 60:
                return people, kind_of(label)
            break
    return [], "talk"


def _title_ok(title: str, loose: bool, names_ok: bool = False) -> bool:
    """A title part: some words, not a person (unless ``names_ok``), and (for a bare
    separator's cut) no organisation (``Name, Karlsruhe Institute of Technology`` is a
    person's line)."""
    title = title.strip(_EDGE)
    if not title or len(title) > 300 or is_organisation(title, communities=False):
        return False
    if not names_ok and split_speakers(title):
        return False
    if len(title.split()) <= 3 and roles_of(title):
        return False  # "Speaker: Name": a field's label, no title
    if is_prose(title) or ";" in title:
        return False  # "Phrase - what it does; I keep forgetting it": a note, not a title
    return not (loose and is_job_title(title))


def _cut(member: Member, kind: str, who: str, title: str) -> None:
    people, label_kind = _people(who)
    title = " ".join(title.split()).strip(_EDGE).strip('"“”„«»').strip()
    people = title_words_as_affiliation(title, people)
    loose = kind not in _STRICT
    if not people and who.strip(_EDGE) and _title_ok(title, loose):
        member.unnamed[kind] = (title, who)
    if people and _title_ok(title, loose):
        member.cuts[kind] = (people, title, label_kind)
    elif people and _title_ok(title, loose, names_ok=True):
        member.named[kind] = (people, title, label_kind)


def _first(text: str, seps: Sequence[str]) -> int:
    found = [i for s in seps if (i := text.find(s)) > 0]
    return min(found) if found else -1


def _last(text: str, seps: Sequence[str]) -> tuple[int, int]:
    best = (-1, 0)
    for s in seps:
        i = text.rfind(s)
        if i > best[0]:
            best = (i, len(s))
    return best


def read_member(text: str, year: int | None = None) -> Member:
    """A member's time or day, and every cut of its words into people and a title."""
    member = Member()
    text = _LINK_ASIDE_RE.sub(" ", text[:MAX_MEMBER])
    start, end, rest, ampm = leading_clock(text)
    if start is not None:
        member.start, member.end, member.ampm = start, end, ampm
        text = _after_clock(text, rest)
    lead = _MARK_RE.match(text)
    colon = text.find(": ")
    head = lead.group(0) if lead is not None else text[:colon] if colon > 0 else ""
    day = line_date(_plain(head), year) if head else None
    beside = strip_dates(_plain(head)).strip(_EDGE + "()[]") if day is not None else ""
    clock = leading_clock(beside) if beside else None
    if day is not None and (not beside or (clock is not None and clock[0] and not clock[2])):
        # "**Oct 12, 2015**: Title (Name)", "**2020-11-13 (14h-16h)**. Name : « Title »":
        # the member's day (and its clock) leads it
        member.day = day
        if clock is not None and member.start is None:
            member.start, member.end, _rest, member.ampm = clock
        text = text[len(head) :].lstrip(" :.–—-")
    plain = _plain(text)
    if (i := plain.find(": ")) > 0 and len(plain[:i].split()) <= 3:
        label_kind = kind_of(plain[:i])
        if label_kind not in ("talk", "other", "break") and not split_speakers(plain[:i]):
            member.kind = label_kind  # "Keynote: Name: Title"
            plain = plain[i + 2 :]
            text = text[text.find(": ") + 2 :]
    if not plain:
        return member
    stretches = [(m, _plain(next(g for g in m.groups() if g))) for m in _MARK_RE.finditer(text)]
    if stretches:
        # the person stands on one side of the title's mark: before it, or else after it
        m, marked_words = max(stretches, key=lambda s: len(s[1].split()))
        if before := _plain(text[: m.start()]):
            _cut(member, "mark<", before, marked_words)
        elif after := _plain(text[m.end() :]):
            _cut(member, "mark>", after, marked_words)
        if (aside := leading_mark_aside(text)) is not None:
            plain = aside  # "[Name — Title](url) - what I thought": the mark's words
    words = plain.split()
    for i in range(len(words) - 2, 0, -1):
        if words[i].casefold() in BY_WORD_SET:
            _cut(member, "by", " ".join(words[i + 1 :]), " ".join(words[:i]))
            break
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _ON_WORDS:
            _cut(member, "on", " ".join(words[:i]), " ".join(words[i + 1 :]))
            break
    _bracket_cuts(member, plain)
    if (i := plain.find(": ")) > 0:
        _cut(member, "colon<", plain[:i], plain[i + 2 :])
        _cut(member, "colon>", plain[i + 2 :], plain[:i])
    if (i := _first(plain, _DASHES)) > 0:
        _cut(member, "dash<", plain[:i], plain[i + 3 :])
    if (j := _last(plain, _DASHES))[0] > 0:
        _cut(member, "dash>", plain[j[0] + j[1] :], plain[: j[0]])
    if (initials := _INITIALS_END_RE.search(plain)) is not None and initials.start() > 0:
        # "Salt marsh sounds. P. Claes": a name with its initials ends the line
        _cut(member, "initials>", initials.group(1), plain[: initials.start()].rstrip(" ."))
    if (i := plain.find(", ")) > 0:
        _cut(member, "comma<", plain[:i], plain[i + 2 :])
    if (i := plain.rfind(", ")) > 0:
        _cut(member, "comma>", plain[i + 2 :], plain[:i])
    return member


def _bracket_cuts(member: Member, plain: str) -> None:
    """The ``paren`` cut, a bracket of people (:mod:`confnotes.importers.bracket_people`):
    closing the line, before the line's colon, or (full names only) inside it. A bracket
    of given names alone, or of full names beside a title the cut doubts (shaped like an
    organisation's name or a sentence), is kept aside (:attr:`Member.given`)."""
    for who, title, kind, given_ok in bracket_people.bracket_parts(plain):
        _cut(member, "paren", who, title)
        if "paren" in member.cuts:
            if kind != "talk":
                people, title, _kind = member.cuts["paren"]
                member.cuts["paren"] = (people, title, kind)
            return
        people = _people(who)[0] or (bracket_people.given_names(who) if given_ok else [])
        title = " ".join(title.split()).strip(_EDGE)
        if people and title and not split_speakers(title):
            member.given = (people, title, kind)
            return


def brackets_name_people(texts: Sequence[Sequence[str]], year: int | None = None) -> bool:
    """Whether a document's runs put their people in a bracket (``Title (Ana Ruiz)``,
    ``Label (Ana Ruiz): Title``): timed members whose bracket names people in full, two
    at least and as many as the brackets of timed members that name no one. Then a
    bracket of given names alone (``(Anouk, Fabien)``) names people too."""
    full = given = unnamed = 0
    for run in texts:
        for text in run[:MOST_MEMBERS]:
            member = read_member(text, year)
            if member.start is None and member.day is None:
                continue
            full += "paren" in member.cuts
            given += "paren" not in member.cuts and member.given is not None
            unnamed += "paren" in member.unnamed and member.given is None
    return full >= bracket_people.FULL_LEAST and full + given >= unnamed


def leading_mark_aside(text: str) -> str | None:
    """The words of the mark that leads a line when a separator parts it from what
    follows (``[Name — Title](url) - a comment``, ``**Title** – why it matters``): the
    rest is an aside on the marked words, so separators cut those words alone. None when
    no mark leads, or nothing follows it but its own words."""
    first = _MARK_RE.search(text[:MAX_MEMBER])
    if first is None or LEADING_PICTOGRAPHS_RE.sub("", text[: first.start()]).strip(_EDGE):
        return None
    rest = text[first.end() :]
    if not rest.strip() or not rest.startswith((*_DASHES, ": ")):
        return None
    words = _plain(next(g for g in first.groups() if g))
    if len(words.split()) < 3 or split_speakers(words):
        return None  # "[Ana Ruiz Moreno](url): Title": a person's name alone, what follows theirs
    return words


def read_run(
    texts: Sequence[str],
    year: int | None = None,
    programme_heading: bool = False,
    strict: bool = False,
    bracketed: bool = False,
) -> list[tuple[Entry | None, date | None]] | None:
    """The talks of a run of sibling elements, one per member the run reads (None for a
    member it does not) with the day the member names; None when the run is no column
    of talks (module docstring). The run decides which side of its members is the
    person (most members cut with a person on that side); each member is cut at its own
    most telling mark or separator on that side. ``strict`` (a list of people): only a
    mark, a by-word or a bracket cuts (``Name, Org`` is a person's line). ``bracketed``:
    the document's runs put their people in brackets (:func:`brackets_name_people`), so
    a bracket of given names names people, and a timed member cut so is read so even in
    a run too short to say it."""
    members = [read_member(t, year) for t in texts[:MOST_MEMBERS]]
    if len(members) < 2 and not bracketed:
        return None
    timed = sum(1 for m in members if m.start is not None or m.day is not None)
    grounded = 2 * timed >= len(members) or programme_heading
    by_bracket = bracketed and grounded and not strict
    if by_bracket:
        for m in members:
            if m.given is not None and "paren" not in m.cuts:
                m.cuts["paren"] = m.given
    if len(members) < 2:
        return _bracket_run(texts, members) if by_bracket else None
    allowed = _STRICT if strict else frozenset(_ORDER)
    side, fits = _side(members, allowed)
    if not grounded and NOTES_LIKELY.get():
        side, fits = _side(members, allowed & _NAME_FIRST)
    # members that are a day's own blocks (a break, a welcome, a dinner) weigh nothing
    weighed = sum(1 for t, m in zip(texts, members, strict=False) if m.cuts or not _block(t))
    if fits < 2 or 2 * fits < weighed:
        return _bracket_run(texts, members) if by_bracket else None
    if not grounded and not (fits >= 3 and 3 * fits >= 2 * weighed):
        return None
    if not grounded and NOTES_LIKELY.get():
        allowed &= _NAME_FIRST
    shared = Counter(k for m in members for k in m.cuts if k in allowed & side)
    ranked = sorted(shared, key=lambda k: (-shared[k], _ORDER.index(k)))
    out: list[tuple[Entry | None, date | None]] = []
    for text, m in zip(texts, members, strict=False):
        # the cut the run shares most, else the member's next one on the run's side
        if (alone := _names_no_one(m, ranked, shared, fits)) is not None:
            out.append((Entry(alone, kind_of(alone), m.start, m.end, [], m.ampm), m.day))
            continue
        cut = next((m.cuts[k] for k in ranked if k in m.cuts), None)
        if cut is None and ranked and not m.cuts:
            cut = _run_says_who(m, ranked[0], shared[ranked[0]], fits)
        if cut is None:
            # a member the cut does not read: a schedule line when it has its time
            # (``12:30 Lunch``), as any line of a schedule is read
            out.append((parse_entry(_plain(text)) if m.start is not None else None, m.day))
            continue
        people, title, label_kind = cut
        kind = label_kind if label_kind != "talk" else m.kind
        kind = kind if kind != "talk" else kind_of(title)
        if kind in ("break", "other"):
            kind = "talk"
        entry = Entry(title, kind, m.start, m.end, people, m.ampm, placed=True)
        out.append((entry, m.day))
    return out


def _bracket_run(
    texts: Sequence[str], members: Sequence[Member]
) -> list[tuple[Entry | None, date | None]] | None:
    """A run of a document whose people stand in brackets, read by that convention when
    its timed members cut so outnumber those cut any other way: each bracketed member's
    talk, the other timed ones read as schedule lines (``12:30 Lunch``)."""
    fits = sum(1 for m in members if "paren" in m.cuts and m.start is not None)
    others = sum(1 for m in members if m.cuts and "paren" not in m.cuts)
    if not fits or others >= fits:
        return None
    out: list[tuple[Entry | None, date | None]] = []
    for text, m in zip(texts, members, strict=False):
        if "paren" not in m.cuts or m.start is None:
            out.append((parse_entry(_plain(text)) if m.start is not None else None, m.day))
            continue
        people, title, label_kind = m.cuts["paren"]
        kind = label_kind if label_kind != "talk" else m.kind
        kind = kind if kind != "talk" else kind_of(title)
        kind = "talk" if kind in ("break", "other") else kind
        out.append((Entry(title, kind, m.start, m.end, people, m.ampm, placed=True), m.day))
    return out


_RUN_SAYS_LEAST = 3
"""Members cut the run's way before a member whose title is shaped like a name is read
the same way."""


def _run_says_who(
    member: Member, kind: str, shared: int, fits: int
) -> tuple[list[ProgrammePerson], str, str] | None:
    """The member's cut of the run's own kind when only its title failed, for being
    shaped like a name (``Extremist Programming``): the run's other members, cut that way
    in their most part, say which side is the person, as a column's cells say their role.
    None unless the run's kind is clearly shared (three members, and most of those cut)."""
    if shared < _RUN_SAYS_LEAST or 2 * shared < fits:
        return None
    return member.named.get(kind)


def _names_no_one(member: Member, ranked: list[str], shared: Counter[str], fits: int) -> str | None:
    """The title of a member whose place for people, where the run clearly keeps them
    (``Title (Name, Org)`` in most members), holds words that name no one (``Title (a
    representative of the prize)``): a talk without a named speaker, unless another cut
    names someone those words do not mention (``… il caso di Name (for the Name prize)``:
    a name inside the words that named no one is part of them, and ``di`` was "of").
    None otherwise."""
    if not ranked or ranked[0] in member.cuts or ranked[0] not in member.unnamed:
        return None
    top = shared[ranked[0]]
    if top < _RUN_SAYS_LEAST or 2 * top < fits:
        return None
    title, words = member.unnamed[ranked[0]]
    other = next((member.cuts[k] for k in ranked if k in member.cuts), None)
    if other is not None and not any(p.name.casefold() in words.casefold() for p in other[0]):
        return None
    return title


def _block(text: str) -> bool:
    """A member naming a block of the day, not a talk (``12:30 Lunch``, ``Opening``)."""
    return kind_of(_plain(leading_clock(text)[2])) in ("break", "other")


def _side(members: Sequence[Member], allowed: frozenset[str]) -> tuple[frozenset[str], int]:
    """The side of the run's members that is the person (the cuts that put it there) and
    how many members are cut so: the side more members share (the person first on a
    tie)."""
    first = sum(1 for m in members if any(k in allowed & _FIRST for k in m.cuts))
    last = sum(1 for m in members if any(k in allowed - _FIRST for k in m.cuts))
    return (_FIRST, first) if first >= last else (frozenset(_ORDER) - _FIRST, last)
