"""What a column of cells holds, read from its cells: one reading for every reader.

Readers line cells up in columns in several places: a Markdown or HTML table's columns
(:mod:`confnotes.importers.timetable`, :mod:`confnotes.importers.pagetree`,
:mod:`confnotes.importers.shapes`), the aligned fields of a page's repeated records and
of the document tree's repeated runs (:mod:`confnotes.importers.pagerecords`). Each asks
this module what a column holds, and gets the same answer for the same cells.

The convention class it reads: *a column says what it holds by its cells*. Each cell
has a shape (a clock time or a range of hours, a date, people — names, names with their
organisations, several names —, a kind of programme item, a sentence of prose, words
repeated from row to row); a column takes the role most of its cells share. Its
header's or class name's words are weak evidence only: they tip a column whose cells are
split (a ``Speaker`` column half ``TBA``), and a header naming something about a person
(``Affiliation``, ``Room``) keeps its cells from being read as people; they never give a
role that the cells contradict. A row whose only text is this column's (a break or a
session's name across the table, ``Arrival``, ``15 min break``) says nothing about what
the column holds, and is left out of its count when the column has other rows.

Roles: ``time``, ``date``, ``people``, ``kind``, ``label`` (the same few words from row
to row), ``room``, ``abstract`` (prose), ``text`` (a title's candidate) and ``empty``.
:func:`read_table` adds what only the columns side by side tell: one ``title`` among the
text columns, a second clock column's ``end``, an ``affiliation`` beside the people, and
short text (``room``) or longer (``notes``).

Packed cells (several fields in one cell: ``**Name** (Org) - *Title*``) are not split
here: their readers split them (:func:`confnotes.importers.shapes.read_heading`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from confnotes.importers.entries import LENGTH_ALONE_RE, leading_clock
from confnotes.importers.fields import ROLE_WORDS, is_key_word, roles_of
from confnotes.importers.kinds import kind_of
from confnotes.importers.persons import (
    NOT_A_NAME_WORDS,
    begins_with_handle,
    in_running_case,
    is_organisation,
    is_person_name,
    is_placeholder,
    name_before_honorific,
    parse_one,
    role_people,
    split_speakers,
)
from confnotes.importers.places import names_a_place
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.schedule_util import person_name
from confnotes.importers.textutil import strip_markdown_inline
from confnotes.importers.when import (
    calendar_word,
    clock_range,
    find_date,
    line_date,
    weekday_alone,
)

SHARE = 0.6
"""Share of a column's counted cells that must be times (or dates, or kinds) for the
column to take that role."""
PEOPLE_SHARE = 0.5
"""Share of a column's counted cells that must be people: half of them at least."""
BARE_PEOPLE_SHARE = 0.75
"""The same, for records with no template behind them (the document tree's runs) and no
header saying people: a column of names must be nearly all names there."""
SAID_SHARE = 0.3
"""Share enough when the column's header or class name says the same role."""
SAMPLE = 200
"""Cells of a column read to decide its role, at most."""

_LEAD_RE = re.compile(r"^(?:[-–—:|·•,]\s*)+")
_BAR_RE = re.compile(r"(?<!\s)\s+\|\s+")
LABEL_RE = re.compile(
    r"(?:^|(?<=[,;|]))\s*([^\W\d_][^\W\d_-]{1,20}(?:[ /][^\W\d_][\w-]{0,20}){0,2})\s*[:：]\s*"
)
"""A role's label inside a field (``Moderator: A, Panelists: B (Org), C (Org)``)."""
_HOURS_RE = re.compile(r"^\s*(\d{1,2})\s*[-–—]\s*(\d{1,2})\s*(?:h|uhr|hrs?)?\.?\s*$", re.I)
"""``9 - 11``: a range of whole hours, no minutes (a grid's slot column)."""
_NOTES_WORDS = frozenset(
    {"note", "notes", "comment", "comments", "remark", "remarks", "thoughts", "notizen",
     "takeaway", "takeaways"}
)  # fmt: skip
"""A header's words saying the column is its writer's own notes (a talks log's
``Notes`` beside ``Talk``)."""


def _words_of(role: str) -> frozenset[str]:
    return frozenset(w.lower() for w in ROLE_WORDS.get(role, ()))


PEOPLE_WORDS = _words_of("speaker") | _words_of("chair") | {"name", "performer"}
AFFILIATION_WORDS = _words_of("affiliation") | {"position", "job", "role", "company", "bio"}
"""Words that say a field is about a person (``speaker-position``), not the person."""
ABSTRACT_WORDS = frozenset(
    {"abstract", "description", "desc", "resume", "zusammenfassung", "resumen", "resumo",
     "riassunto", "bio", "biography", "excerpt", "teaser", "details", "more"}
)  # fmt: skip
CHAIR_WORDS = _words_of("chair") | {"chairman", "chairwoman", "co", "host", "hosts"}
"""Words of a label naming who chairs (``Host: Name`` of a seminar is its chair, never its
speaker)."""
SPEAKER_WORDS = _words_of("speaker")
PANEL_WORDS = frozenset({"panelist", "panellist", "discussant", "panel"})
ROOM_WORDS = _words_of("room")
TITLE_WORDS = _words_of("title") | {"name", "theme"}
TITLE_HEADS = _words_of("title") | {"session", "what", "titel", "título"}
"""A header's words saying its column holds the talks' titles (``Talk``, ``What``)."""
PEOPLE_HEADS = {"who"}
"""A header's words saying its column holds people, beyond the speakers' role words."""
TIME_WORDS = _words_of("start") | _words_of("end") | {"dtstart", "dtend", "datetime"}
DATE_WORDS = _words_of("date")
NOT_PEOPLE_WORDS = (
    AFFILIATION_WORDS | _words_of("kind") | _words_of("track") | ROOM_WORDS | ABSTRACT_WORDS
)
"""Class or header words of a column that holds something about a talk other than its
people (``org-col``, ``sessionType``, ``room``): its cells are never read as speakers."""


def words_of(label: str) -> frozenset[str]:
    """The words of a header or a label, lower-cased, each also without its accents
    (``Título`` says ``titulo``, as :data:`confnotes.importers.fields.ROLE_WORDS` writes
    it), plus the role words :func:`confnotes.importers.fields.roles_of` reads in it
    (``Presenter(s)``, ``Palestrante``, ``Horário``)."""
    words = {w for w in re.findall(r"[^\W\d_]+", label.casefold())}
    plain = {
        "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
        for w in words
    }
    said: set[str] = set()
    for role in roles_of(label) if len(label) <= 60 else ():
        said |= {f"#{role}"}
    return frozenset(words | plain | said)


def _said(words: frozenset[str], role: str) -> bool:
    return f"#{role}" in words


def says_title(words: frozenset[str]) -> bool:
    """A header's words say its column holds the titles (``Talk``, ``Topic``, ``What``);
    not a person's title (``Speaker title``: the job they hold)."""
    if _said(words, "affiliation") and not _said(words, "title"):
        return False
    return bool(words & TITLE_HEADS) or _said(words, "title")


def says_people(words: frozenset[str]) -> bool:
    """A field's class or header names people (``speaker``, ``name``, ``Who``), not
    something about them (``speaker-position``)."""
    named = (
        bool(words & PEOPLE_WORDS)
        or bool(words & PEOPLE_HEADS)
        or _said(words, "speaker")
        or _said(words, "chair")
    )
    return named and not (words & AFFILIATION_WORDS or _said(words, "affiliation"))


def _names_anything(words: frozenset[str]) -> bool:
    """The header says people only by ``name`` (``Name / Details``), a word for what
    anything is called, no role of a person's."""
    return (words & (PEOPLE_WORDS | PEOPLE_HEADS)) == {"name"} and not (
        _said(words, "speaker") or _said(words, "chair")
    )


def _says_other(words: frozenset[str]) -> bool:
    """The header or class name says the column holds something about the talk other
    than its people: an organisation, a kind, a track, a room, an abstract."""
    return bool(words & NOT_PEOPLE_WORDS) or any(
        _said(words, r) for r in ("affiliation", "kind", "track", "room", "abstract")
    )


def labelled(text: str) -> list[tuple[str, str]]:
    """``Label: names`` parts of a field, each with its label's role word (``chair`` or
    ``speaker``), when every label is a role's word; empty otherwise."""
    marks = list(LABEL_RE.finditer(text))
    if not marks or marks[0].start() != 0:
        return []
    out: list[tuple[str, str]] = []
    for n, m in enumerate(marks):
        words = {w.lower() for w in re.split(r"[/ -]", m.group(1)) if w}
        if words & CHAIR_WORDS:
            role = "chair"
        elif words & SPEAKER_WORDS or any(w.rstrip("s") in PANEL_WORDS for w in words):
            role = "speaker"
        else:
            return []
        stop = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        out.append((role, text[m.end() : stop].strip(" ,;|")))
    return out


def people_in(text: str, words: frozenset[str] = frozenset()) -> list[ProgrammePerson]:
    """The people a cell is, when it is people and nothing more: a name, names
    (``A, B``, ``A | B``), a name with its organisation (``Name (Lab)``, ``Name`` over
    ``Lab`` a line apart), roles' labels (``Moderator: A, Panelists: B``). A single
    word is a name only when ``words`` (the header, the class name) says people."""
    text = _BAR_RE.sub("; ", _LEAD_RE.sub("", text).strip())
    if "\n" in text:  # one person a line (a list cut by <br>)
        lines = [line.strip(" ,;") for line in text.split("\n") if line.strip(" ,;")]
        if len(text) > 300:
            return []
        if (honoured := _honoured_last(lines)) is not None:
            return [honoured]
        if not all(names_or_org(line, words) for line in lines):
            # a name over the short line of where they work (``Olga Ivanova`` /
            # ``Samsung``); any other line that is no one's is a title's
            who = split_speakers(lines[0], single_ok=says_people(words))
            rest = lines[1:]
            if (
                len(who) == 1
                and len(rest) == 1
                and all(len(x.split()) <= 5 and not split_speakers(x) for x in rest)
                and not rest[0].endswith((":", "："))
                and not is_prose(" ".join(rest))
                and is_person_name(who[0].name)
            ):
                who[0].affiliations.append(" ".join(rest))
                return who
            return []
        text = "; ".join(lines)
    if not text or len(text) > 300:
        return []
    parts = labelled(text)
    if parts:
        return [p for _role, part in parts for p in people_in(part, words | {"speaker"})]
    said = says_people(words)
    people = split_speakers(text, single_ok=said)
    if not people and person_name(text) != text:
        people = split_speakers(person_name(text), single_ok=said)  # "PhD. MD. Name"
    if not people and (said or begins_with_handle(text)):
        # a column its header calls people, or a cell that opens with a handle: each part
        # is someone in the shape people give their own name (``@ana & bo_li``, ``thomas
        # schiex``), as a data file's speaker field is read
        people = role_people(text)
    if (
        not people
        and "," in text
        and (one := parse_one(text)) is not None
        and one.affiliations
        and all(is_organisation(a) for a in one.affiliations)
    ):
        people = [one]  # "Name, University of Science and Technology": one person, her lab
    if not people and (ended := name_before_honorific(text)) is not None:
        # "取締役 小川健太郎 様": the honorific closes the name and vouches for it
        name, before = ended
        return [ProgrammePerson(name, affiliations=[before] if before else [])]
    if not people and (aside := dash_aside(text, said)) is not None:
        people = [aside]
    if not people and said:
        people = dash_group(text)
    out = []
    for person in people:
        person.name = person_name(person.name) or person.name
        if any(is_placeholder(w) for w in person.name.split()):
            continue  # "More TBC": a promise, not a person
        if kind_of(person.name) != "talk":
            return []  # "Social Event / Apéro", "Panel Discussion": a kind of item, no one
        if is_person_name(person.name, single_ok=said) or said:
            out.append(person)
    return out


def _honoured_last(lines: Sequence[str]) -> ProgrammePerson | None:
    """The person of a cell whose last line ends on a name and its honorific after the
    lines of where they work (``国土交通省都市局`` over ``街路交通施設課長 本田 武志 様``:
    the organisation, then the job, the name and ``様``), the lines above and the job
    their affiliation; None when any line above is a sentence or names someone, or when
    the name's line says no job and a line above is no organisation (a talk's title)."""
    if len(lines) < 2 or (honoured := name_before_honorific(lines[-1])) is None:
        return None
    above = lines[:-1]
    if any(is_prose(x) or len(x) > 60 or split_speakers(x) for x in above):
        return None
    name, before = honoured
    if not before and not all(is_organisation(x) for x in above):
        return None  # "型ヒント入門" over "田中 さん": a title over its speaker
    return ProgrammePerson(name, affiliations=[" ".join([*above, before]).strip()])


_EDGE_SEPARATORS = " \t:：,;|–—-·•/"
_FOOTNOTE_MARKS_RE = re.compile(r"[*†‡§¶]+")
_BY_RE = re.compile(r"^by\s+", re.I)


def _edge_trimmed(text: str) -> str:
    """The words between separators and brackets (``: Ana Ruiz``, ``(Ana Ruiz, Lab)``,
    ``- by Ana Ruiz``), footnote marks dropped (``Bo Li*``)."""
    text = _FOOTNOTE_MARKS_RE.sub("", text).strip(_EDGE_SEPARATORS)
    if len(text) >= 2 and text[0] in "([" and text[-1] in ")]":
        text = text[1:-1].strip(_EDGE_SEPARATORS)
    return _BY_RE.sub("", text).strip(_EDGE_SEPARATORS)


def emphasis_split(stretches: Sequence[tuple[str, bool]]) -> tuple[str, str] | None:
    """A title and its speakers held in one line, told apart by emphasis: the line's
    stretches of words, each with whether it was set apart (bold, italics, a link).
    ``<strong>Title</strong>: Ana Ruiz, Bo Li``, ``<a>Title</a> <i>(Ana Ruiz, Lab)</i>``,
    ``Title <em>Ana Ruiz</em>``: the title and the people's words, when the emphasised
    stretch that opens the line (or the one that ends it, after plain words) and the rest
    are one title and people, the people side read by the one person test and the title
    side naming no one; None otherwise. A role's label in the rest (``<b>Session 2</b>
    chair: Ana Ruiz``) is a session's chair, no speaker: None."""
    parts = [(t, m) for t, m in stretches if t.strip(_EDGE_SEPARATORS)]
    if len(parts) < 2 or not any(m for _t, m in parts):
        return None
    if parts[0][1]:
        title = parts[0][0]
        rest = parts[1:]
        plain = " ".join(t for t, m in rest if not m)
        candidates = [" ".join(t for t, _m in rest), plain, rest[0][0]]
    elif parts[-1][1] and not any(m for _t, m in parts[:-1]):
        title = " ".join(t for t, _m in parts[:-1])  # plain words, then who, set apart
        candidates = [parts[-1][0]]
    else:
        return None
    title = title.strip(_EDGE_SEPARATORS)
    if len(title) < 3 or people_in(title):
        return None
    if len(title.split()) <= 3 and kind_of(title) not in ("talk", "other"):
        return None  # "**Invited talk**: Ana Ruiz (Lab)": a kind before its speaker
    for candidate in candidates:
        who = _edge_trimmed(candidate)
        if not who or len(who) > 300 or labelled(who):
            continue
        if people_in(who):  # by the one person test alone: emphasis says no role
            return title, who
    if not parts[0][1]:
        # "Ana Ruiz, Tidal Lab, Lyon <b>Title</b>": the by-line first, the title set apart
        who, title = _edge_trimmed(title), parts[-1][0].strip(_EDGE_SEPARATORS)
        if len(title) >= 3 and not people_in(title) and name_first_byline(who):
            return title, who
    return None


def name_first_byline(text: str) -> list[ProgrammePerson]:
    """``NAME SURNAME, Organisation, City``: one person, then where they work. The first
    comma part is a name (written in capitals too, as a programme sets its speakers), the
    second is none (an organisation) or is not in capitals as the name is, so an ``and``
    or a place inside the rest names no one else; [] for any other line (``A, B``: two
    people, for :func:`people_in`)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or len(text) > 300 or not all(parts) or "\n" in text:
        return []
    first, second = parts[0], parts[1]
    if not is_person_name(in_running_case(first)):
        return []
    if is_person_name(in_running_case(second)) and not (first.isupper() and not second.isupper()):
        return []  # two names, unless the capitals say which one is the person's
    return [ProgrammePerson(name=first, affiliations=[", ".join(parts[1:])])]


_DASHES = (" - ", " – ", " — ")


def dash_aside(text: str, said: bool = False) -> ProgrammePerson | None:
    """``Ana Ruiz - Example University``, ``Bo Li – Fluid Labs``: one person, and where
    they work after a dash, when the words before it are a name and those after it are an
    organisation's (or, in a cell its header or class calls people, a short phrase that
    is no one's name and no sentence). ``Keynote - Ana Ruiz`` is not this (no name
    before the dash); ``Ana Ruiz - Bo Li`` is two people, not a person and a place."""
    for dash in _DASHES:
        left, found, right = text.partition(dash)
        if not found:
            continue
        left, right = left.strip(), right.strip()
        if dash in right or not right or not is_person_name(left):
            return None
        if split_speakers(right) or is_prose(right):
            return None
        if is_organisation(right) or (said and len(right.split()) <= 6):
            return ProgrammePerson(name=left, affiliations=[right])
        return None
    return None


def dash_group(text: str) -> list[ProgrammePerson]:
    """``Okafor – Lumen Labs``, ``Reyes and Tanaka – Harbor AI``: in a cell its header
    calls people, the names (surnames alone, as a dense timetable writes them) before one
    dash, and the organisation they share after it (a short phrase, no sentence; even a
    name-shaped one, ``Georgia Tech``: a full name beside a surname is no one's way of
    writing two people). A full name before the dash is not this convention."""
    for dash in _DASHES:
        left, found, right = text.partition(dash)
        left, right = left.strip(), right.strip()
        if not found or dash in right or not left or not right or len(right.split()) > 6:
            continue
        people = split_speakers(left, single_ok=True)
        surnames = bool(people) and all(len(p.name.split()) == 1 for p in people)
        if not surnames or is_prose(right):
            return []  # "Ana Ruiz - Rust in Production": a full name is dash_aside's
        if any(_slot_word(p.name) for p in people) or not _place_shaped(right):
            return []  # "Lunch – Foyer", "Okafor – Keynote", "Reyes – Moderator"
        # after surnames even a name-shaped phrase is their place ("Georgia Tech")
        for person in people:
            person.affiliations.append(right)
        return people
    return []


def _slot_word(text: str) -> bool:
    """A kind of item (``Lunch``, ``Keynote``) or a slot's stand-in (``TBC``, ``Host``):
    words a programme writes where a name or an organisation would go, naming neither."""
    return kind_of(text) != "talk" or is_placeholder(text)


def _place_shaped(text: str) -> bool:
    """What follows surnames and a dash may be their organisation: it opens with a
    capital, is no slot's word, and is not one word no organisation is called by alone
    (``Remote``, ``Intro``, ``Online``: how or what the person gives, not where from)."""
    if not text[:1].isupper() or _slot_word(text):
        return False
    words = text.split()
    return len(words) > 1 or words[0].casefold() not in NOT_A_NAME_WORDS or is_organisation(text)


def names_or_org(line: str, words: frozenset[str]) -> bool:
    """A line of a people cell: someone (``Nadia Park,Quayside``), an organisation, a
    role's label (``Panelists:``) or a placeholder (``More TBC.``)."""
    if line.endswith((":", "：")) or any(is_placeholder(w.strip(".")) for w in line.split()):
        return True
    return bool(people_in(line, words)) or is_organisation(line)


def no_title_line(text: str) -> bool:
    """A people cell's lines each name someone or are as short as an organisation's name:
    a longer line that names no one (``陈辉,蚂蚁金服<br>Go在数据挖掘的应用``) is a title
    beside its speaker, and the cell a talk's."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return True
    for line in lines:
        if people_in(line) or is_organisation(line):
            continue
        cjk = sum(1 for c in line if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
        if (cjk and len(line) > 8) or len(line.split()) > 4:
            return False
    return True


def is_people_cell(text: str, words: frozenset[str] = frozenset()) -> bool:
    """The whole cell is people (:func:`people_in`), no title line among them, and no
    "affiliation" that is a title's words (``Nadia Park,Quayside    Profiling in
    anger``: a name, a place and a talk packed in one cell)."""
    people = people_in(text, words)
    if not people or not no_title_line(text):
        return False
    return not any(
        len(a.split()) > 3 and not is_organisation(a) for p in people for a in p.affiliations
    )


_PACK_SEPARATORS = (": ", "： ", " – ", " — ", " - ")


def key_alone(text: str) -> bool:
    """``Pembicara:``, ``Referent:``, ``講師：`` with nothing after: a field's key whose
    value is written under it (a nested list of names), so the cell holds no value of
    its column, as an empty one holds none."""
    key = text.strip(" *_")
    return key.endswith((":", "：")) and len(key) <= 40 and is_key_word(key[:-1])


def packs_a_person(text: str) -> bool:
    """``Keynote: Name``, ``Introduction: Name``, ``Keynote - Name``: a slot's few words
    before its speaker, in one line."""
    if "\n" in text or len(text) > 200:
        return False
    for sep in _PACK_SEPARATORS:
        head, found, who = text.partition(sep)
        if found and head.strip() and len(head.split()) <= 6 and who.strip():
            return bool(people_in(who.strip())) and not people_in(head.strip())
    return False


def unshaped(text: str) -> bool:
    """Words in a script without capitals (``単一スレッド``, ``依存解決``): no name's shape
    to go by."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.isupper() for c in letters)


def is_prose(text: str) -> bool:
    """A sentence, not a title: it ends with a full stop, or holds one (``。``) before more
    words."""
    text = text.rstrip()
    return (text.endswith((".", "。", "．")) and not text.endswith("..")) or "。" in text[:-1]


_LOOSE_CLOCK_RE = re.compile(r"(?<=\b\d\d)\s?:\s(?=\d\d\b)|(?<=\b\d)\s?:\s(?=\d\d\b)")


def loose_clock(text: str) -> str:
    """``10: 45- 11:15`` read as ``10:45- 11:15``: a clock whose colon has a space."""
    return _LOOSE_CLOCK_RE.sub(":", text)


def is_time(text: str) -> bool:
    """A short text that is a clock or a range of clocks, the days they fall on written
    beside them or not (``Mo. (23.9.), 09:00 Uhr bis Di. (24.9.), 12:30 Uhr``: longer,
    but its words only those of a calendar and a range)."""
    if len(text) > 40 and (len(text) > 64 or not _calendar_words_only(text)):
        return False
    return clock_range(text)[0] is not None


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _calendar_words_only(text: str) -> bool:
    """Every word of ``text`` a weekday's or a month's name or a short word (``Uhr``,
    ``bis``, ``to``, ``am``): nothing a title or a name would say."""
    return all(len(w) <= 5 or calendar_word(w) for w in _LETTERS_RE.findall(text))


def time_line(text: str) -> tuple[str, str]:
    """A cell's time and its other words: the cell when it is a time, or the line of it
    that is one beside a short line or two (``海景會議廳<br>09:00 ~ 09:50``: a room and a
    time); ``("", text)`` when no line is a time."""
    text = loose_clock(text)  # "10: 45- 11:15" in a time cell is 10:45
    lines = text.split("\n")
    if len(lines) == 1:
        return (text, "") if is_time(text) else ("", text)
    if 1 < len(lines) <= 3:
        for n, line in enumerate(lines):
            if is_time(line):
                return line, " ".join(lines[:n] + lines[n + 1 :])
    return "", text


def is_time_cell(text: str) -> bool:
    """A cell that is a time and little more: a clock or a range of clocks (``14:00``,
    ``9:30 - 10:15``, ``10h00``), alone or beside a short line (a room)."""
    if "\n" not in text:
        start, _end, rest, _ampm = leading_clock(text)
        if start is not None and len(rest.strip(" *_")) <= 3:
            return True
    return bool(time_line(text)[0])


def hours_range(text: str) -> str:
    """``9 - 11`` (a range of whole hours, the second later) as ``9:00 - 11:00``; empty
    when the cell is no such range."""
    m = _HOURS_RE.match(text)
    if m is None:
        return ""
    start, end = int(m.group(1)), int(m.group(2))
    if not 0 <= start < end <= 24:
        return ""
    return f"{start}:00 - {end}:00"


def is_date_cell(
    text: str, year: int | None = None, order: str | None = None, said: bool = False
) -> bool:
    """A cell that is a date and little else (``2026-05-25``, ``Mon 12 May``); where the
    header or class name says dates (``said``), any way a line writes a day, in any
    language (``October 2024 - Thursday 10th``)."""
    if len(text) > 40 or leading_clock(text)[0] is not None:
        return False
    if find_date(text, year if year is not None else 2000, order)[0] is not None:
        return True
    if said and weekday_alone(text, labelled=False) is not None:
        return True  # "Thursday" under "Day": dated by the document's (see weekday_after)
    return said and line_date(text, year, order) is not None


def _plain(text: str) -> str:
    """A cell's words without their marks, its lines kept (a name over its organisation
    is two lines)."""
    return "\n".join(line for x in text.split("\n") if (line := strip_markdown_inline(x).strip()))


@dataclass(frozen=True)
class Column:
    """What a column holds, and the figures it was told by."""

    role: str
    """``time``, ``date``, ``people``, ``kind``, ``label``, ``room``, ``abstract``,
    ``text`` or ``empty``."""
    share: float = 0.0
    """Share of its counted cells that have the role's shape (1.0 for a text column)."""
    filled: int = 0
    """Cells counted (filled, not placeholders, not rows of one text)."""
    mean: float = 0.0
    """Mean length of the counted cells."""
    distinct: float = 1.0
    """Share of distinct values among the counted cells."""
    hours: bool = False
    """Its times are ranges of whole hours (``9 - 11``): :func:`hours_range` reads them."""


def read_column(
    cells: Sequence[str],
    words: frozenset[str] = frozenset(),
    *,
    year: int | None = None,
    order: str | None = None,
    alone: Sequence[bool] | None = None,
    bare: bool = False,
) -> Column:
    """The role of a column from its cells (see the module's docstring).

    ``words`` are its header's or class name's words (:func:`words_of`), weak evidence;
    ``alone[i]`` says cell ``i``'s row holds no other text (left out of the count when
    the column has other rows); ``bare`` says the cells come from records with no
    template behind them (the document tree's), where names must be nearly all."""
    pairs = [
        (_plain(c), bool(alone[i]) if alone is not None else False)
        for i, c in enumerate(cells[:SAMPLE])
    ]
    filled_all = [(c, a) for c, a in pairs if c and not is_placeholder(c) and not key_alone(c)]
    if not filled_all:
        return Column("empty")
    in_rows = [c for c, a in filled_all if not a]
    counted = in_rows or [c for c, _a in filled_all]
    n = len(counted)
    mean = sum(len(c) for c in counted) / n
    distinct = len({c.casefold() for c in counted}) / n

    def column(role: str, hits: int | None = None, hours: bool = False) -> Column:
        share = 1.0 if hits is None else hits / n
        return Column(role, share, n, mean, distinct, hours)

    need = max(1, math.ceil(n * SHARE))
    said_time = bool(words & TIME_WORDS) or _said(words, "start") or _said(words, "end")
    times = sum(is_time_cell(c) for c in counted)
    if times >= need or (said_time and times >= SAID_SHARE * n):
        return column("time", times)
    if n >= 2 and all(hours_range(c) for c in counted):
        return column("time", n, hours=True)  # "9 - 11", "11 - 13": the slots' hours
    said_date = bool(words & DATE_WORDS) or _said(words, "date")
    dates = sum(is_date_cell(c, year, order, said_date) for c in counted)
    if dates >= need or (said_date and dates >= SAID_SHARE * n):
        return column("date", dates)
    if not _says_other(words):
        said = says_people(words)
        named = sum(
            (is_people_cell(c, words) or (bare and not said and packs_a_person(c)))
            # names in a script without capitals need a word that says people: the
            # header's, or the cell's own label (``讲师：苏良飞``)
            and not (bare and not said and unshaped(c) and not labelled(c))
            for c in counted
        )
        # "Name" alone names a tool, a book, a product as often as a person: a header
        # that says no more is no header saying people, the cells must show them
        said = said and not _names_anything(words)
        least = SAID_SHARE if said else BARE_PEOPLE_SHARE if bare else PEOPLE_SHARE
        pauses = sum(kind_of(c) == "break" for c in counted) if named < least * n else 0
        # a few pauses written in the speaker's place of their rows ("Coffee break" where
        # a name stands in the rows of talks) say nothing of the column's role; where
        # they are as many as the names, the column is one of texts with a few names
        n_people = n - pauses if pauses < named else n
        if named and named >= least * n_people and (said or not _mixes_others(counted, words)):
            names = [p[0].name.casefold() for c in counted if (p := people_in(c, words))]
            most = max((names.count(x) for x in set(names)), default=0)
            if said or most < 3 or most * 2 < n:
                return column("people", named)
            # one "name" heading most of the column's cells ("Salón Principal" over each
            # slot's words), no header saying people: the place they are held, not a
            # speaker of every slot
    if words & ROOM_WORDS or _said(words, "room"):
        return column("room")
    if words & ABSTRACT_WORDS or _said(words, "abstract") or words & _NOTES_WORDS:
        return column("abstract")
    prose = sum(is_prose(c) for c in counted)
    if _mean_without_bylines(counted) > 200 or (prose >= SHARE * n and mean >= 8):
        return column("abstract", prose)
    kinds = sum(kind_of(c) != "talk" or c.casefold().endswith("talk") for c in counted)
    if n >= 2 and all(len(c.split()) <= 2 for c in counted) and distinct < 1 and kinds >= need:
        return column("kind", kinds)
    if n > 2 and len({c.casefold() for c in counted}) <= 2:
        return column("label")  # the same words from row to row: a label, a place
    return column("text")


def _names_another(cell: str, words: frozenset[str]) -> bool:
    """A cell that names a place (``Buenos Aires``, a city the time zone database knows)
    or an organisation (``Bluefin Analytics``) and no person."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    return (
        len(lines) == 1
        and (names_a_place(lines[0]) or is_organisation(lines[0]))
        and not people_in(lines[0], words)
    )


def _mixes_others(cells: Sequence[str], words: frozenset[str]) -> bool:
    """A column of person-shaped cells among which some name a place or an organisation
    (a venue's city, the speakers' companies): what a template's ``City`` or ``Company``
    column holds, its other cells' name shape no evidence of people. A header that says
    people outweighs it (a real speaker column with one company's slot)."""
    return any(_names_another(c, words) for c in cells)


def names_places(cells: Sequence[str]) -> bool:
    """A column of short values (three words or fewer) at least half of whose distinct
    values name a place or an organisation (``Buenos Aires``, ``Mexico City``,
    ``Santiago``): a ``Venue`` or ``City`` column, each row's place, no room's talks."""
    values = {c for x in cells[:SAMPLE] if (c := _plain(x))}
    if not values or any(len(v.split()) > 3 or "\n" in v for v in values):
        return False
    return 2 * sum(_names_another(v, frozenset()) for v in values) >= len(values)


def may_hold_people(cells: Sequence[str], words: frozenset[str] = frozenset()) -> bool:
    """Whether a column (or a record's field) shows the speakers' role as a whole, so that
    a cell of it shaped as a name may be read as one: its header says people, or it says
    nothing else (``Company``, ``Room``) and none of its cells names a place or an
    organisation (:func:`_mixes_others`). A cell alone is no evidence of its column."""
    if says_people(words):
        return True
    plain = [_plain(c) for c in cells[:SAMPLE]]
    return not _says_other(words) and not _mixes_others([c for c in plain if c], words)


def _byline_off(cell: str) -> str:
    """A cell without the authors' line under its title (``Title`` over ``(Ana Ruiz, Bo
    Li, …)``): a paper's long list of authors is no abstract's length."""
    head, _nl, last = cell.rpartition("\n")
    inner = last.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1]
    return head if head.strip() and split_speakers(inner) else cell


def _mean_without_bylines(cells: Sequence[str]) -> float:
    """The cells' mean length, each without its authors' line (:func:`_byline_off`)."""
    return sum(len(_byline_off(c)) for c in cells) / max(1, len(cells))


def read_table(
    rows: Sequence[Sequence[str]],
    header: Sequence[str] = (),
    *,
    year: int | None = None,
    order: str | None = None,
) -> list[str]:
    """Each column's role in a table of ``rows`` (under ``header``, its words weak
    evidence): the roles of :func:`read_column`, then what the columns side by side
    tell — a second clock column is ``end``; of the text columns the one its header
    calls the title, else the one with the longest cells, is ``title``; a short text
    column filled only beside the people is their ``affiliation``; other text is
    ``room`` when short, ``notes`` when not; ``label`` and ``kind`` columns stay as they
    are, ``abstract`` becomes ``notes``."""
    width = max([len(r) for r in rows] + [len(header)], default=0)

    def cell(r: Sequence[str], j: int) -> str:
        return r[j] if j < len(r) else ""

    said = [words_of(header[j]) if j < len(header) else frozenset() for j in range(width)]
    first = [
        read_column([cell(r, j) for r in rows], said[j], year=year, order=order)
        for j in range(width)
    ]
    clocks = {j for j, c in enumerate(first) if c.role in ("time", "date")}

    def filled(text: str) -> bool:
        plain = strip_markdown_inline(text).strip()
        return bool(plain) and not is_placeholder(plain)

    alone = [
        [sum(filled(cell(r, k)) for k in range(width) if k not in clocks) <= 1 for r in rows]
        for _j in range(width)
    ]
    cols = [
        first[j]
        if j in clocks
        else read_column(
            [cell(r, j) for r in rows], said[j], year=year, order=order, alone=alone[j]
        )
        for j in range(width)
    ]
    roles = [c.role for c in cols]
    lengths = set()  # "15mins", "45 min": each slot's length, no title, no one's place
    for j in range(width):
        plain = [strip_markdown_inline(cell(r, j)).strip() for r in rows]
        if any(plain) and all(LENGTH_ALONE_RE.fullmatch(x) for x in plain if x):
            roles[j] = "label"
            lengths.add(j)
    if any(r == "people" and says_people(said[j]) for j, r in enumerate(roles)):
        # beside a column its header calls people, one its header calls the titles holds
        # titles, whatever their shape (a two-word topic)
        for j, r in enumerate(roles):
            if r == "people" and says_title(said[j]) and not says_people(said[j]):
                roles[j] = "text"
    seen_time = False
    for j, role in enumerate(roles):
        if role == "time":
            roles[j] = "end" if seen_time else "time"
            seen_time = True
    texts = [j for j, r in enumerate(roles) if r == "text"]
    if not texts:
        texts = [j for j, r in enumerate(roles) if r == "kind"][:1]  # talks have titles
    if not texts and "people" in roles:
        # every other column repeats from row to row (a talk given twice, a month, a
        # place): beside the people, the one whose cells vary most holds the titles
        varied = [j for j, r in enumerate(roles) if r == "label" and cols[j].distinct < 1]
        varied = [
            j
            for j in varied
            if round(cols[j].distinct * cols[j].filled) >= 2
            and sum(len(cell(r, j).split()) for r in rows) >= 3 * len(rows)  # a title's words
        ]
        texts = sorted(varied, key=lambda j: (cols[j].distinct, cols[j].mean))[-1:]
    if texts:
        title = max(texts, key=lambda j: (says_title(said[j]), cols[j].mean))
        people = [j for j, r in enumerate(roles) if r == "people"]
        for j in texts:
            if j == title:
                roles[j] = "title"
            elif people and _beside(rows, j, people) and cols[j].mean <= 60:
                roles[j] = "affiliation"
            else:
                roles[j] = "room" if cols[j].mean <= 24 else "notes"
    people = [j for j, r in enumerate(roles) if r == "people"]
    for j, role in enumerate(roles):
        if role != "label" or j in lengths or cols[j].mean > 60:
            continue
        if people and _beside(rows, j, people):
            roles[j] = "affiliation"  # the same few places beside the speakers: theirs
    return ["notes" if r == "abstract" else r for r in roles]


def _beside(rows: Sequence[Sequence[str]], j: int, people: list[int]) -> bool:
    """Column ``j`` is filled only in rows where a column of people is filled too."""
    having = [r for r in rows if j < len(r) and strip_markdown_inline(r[j]).strip()]
    return bool(having) and all(
        any(k < len(r) and strip_markdown_inline(r[k]).strip() for k in people) for r in having
    )


def columns_beside(columns: Sequence[Sequence[str]], j: int, people: list[int]) -> bool:
    """Column ``j`` (of ``columns``, each a column's cells) is filled only in rows where
    one of the ``people`` columns is filled too."""
    rows = [[col[i] if i < len(col) else "" for col in columns] for i in range(len(columns[j]))]
    return _beside(rows, j, people)
