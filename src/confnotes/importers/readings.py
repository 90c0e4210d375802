"""Readings of a document, ranked by how much of it they explain, shown, and chosen.

A page can often be read more than one way: one talk with sub-headings, or a
talk per heading; a timetable, or a workshop page with a schedule in it. Each
reader (the page formats, the shapes of people's notes, the tree's timetable
and index readers) gives its *reading*; each reading is scored by the same
measure, from the document's own lines rather than a confidence set by hand:

- **explained**: the share of the document's lines whose words the reading
  recovered as facts (titles, speakers, affiliations, rooms, dates, people);
- **kept**: the share of lines that are facts or sit in some note's body, byte
  for byte (a reading that drops the user's lines loses here);
- **sound**: the share of its records that hold up (a speaker whose name has a
  person's shape; a talk with a speaker, a time or words of its own).

``score = (0.5 + 0.5 × kept) × (0.35 + 0.65 × explained) × (0.4 + 0.6 × sound)``. When the
best two readings are close and disagree about the talks, the import says so
and takes the safe reading (one note per file holding all its text);
``import --as SHAPE`` chooses, and the choice is kept with the conference.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from confnotes.errors import BadInputError
from confnotes.importers import (
    alike_heads,
    attended,
    day_titles,
    doctree,
    notes_or_programme,
    runs,
    structure,
    talk_list_heads,
)
from confnotes.importers.fields import ROLE_WORDS, names_role_alone, roles_of
from confnotes.importers.headings import kind_label_only
from confnotes.importers.identity import title_key
from confnotes.importers.kinds import KIND_WORDS, TALK_LABEL_RE, kind_of
from confnotes.importers.notefiles import is_notes_file
from confnotes.importers.page_day import (
    SeriesHours,
    date_undated,
    front_day,
    page_day,
    page_hours,
    time_the_days,
)
from confnotes.importers.pagerecords import event_part, generic_page_name
from confnotes.importers.pagetree import LISTED_KEY
from confnotes.importers.person_evidence import Searchable, weigh_people
from confnotes.importers.persons import (
    NOT_DECIDED,
    in_running_case,
    is_person_name,
    joined_by_a_conjunction,
    split_speakers,
)
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.records import numbered_lists
from confnotes.importers.schedule_util import title_kind
from confnotes.importers.shapes import front_named
from confnotes.importers.talk_levels import (
    RECORDING_KINDS,
    ROLE_PART_EVIDENCE,
    says_talks,
    titles_over_parts,
)
from confnotes.importers.timetable import HTML_TABLE
from confnotes.importers.when import (
    calendar_word,
    find_date,
    find_year,
    line_date,
    month_of,
    strip_dates,
    weekday_of,
    words_beside,
)

SHAPES: dict[str, str] = {
    "talk": "one talk: the document is about one talk (its sub-headings are parts of it)",
    "sections": "one section (heading, bold line or table row) per talk",
    "timetable": "a timetable: rows led by a time or a date",
    "speakers": "a speakers page: the headings are people",
    "index": "an index page: links to one file per talk",
    "records": "a page's own records: its schema.org or hCalendar events, or one template per talk",
    "units": "the document's most repeated unit, each a talk, its parts read by content",
    "page": "a workshop or programme page: people lists, dates and a schedule",
    "post": "a post with front matter: a seminar or a talk in its keys",
    "day-notes": "a person's notes of a conference day (sessions, typed links)",
    "several": "several shapes, section by section (a timetable, then speakers, then notes)",
    "prose": "talks a person's sentences name, each with its speaker (Name's talk “Title”)",
    "one-note": "one note holding the whole text (the safe reading)",
}
"""The shapes ``import --as`` accepts, with what each means."""

IN_NOTES_FOLDER: ContextVar[bool] = ContextVar("in_notes_folder", default=False)
"""Set while the files of a walked folder are read (:func:`sources.read_folder`)."""
SHOWN: ContextVar[bool] = ContextVar("readings_shown", default=False)
"""Set where the readings are shown (a dry run, the import dialog) or one is chosen
(``import --as``): only then is the reading offered only to ``--as`` (:func:`_with_units`)
built; an import that takes the best reading only names it (:func:`offered_unread`)."""
PROGRAMME_SHAPES = frozenset({"timetable", "speakers", "index", "records", "units", "page"})
"""Readings that take a text for a programme, not a person's notes."""
# weighed by benchmarks/fit_readings.py (see its docstring): set by hand; refitted
# leave-one-set-out on 474 documents of 32 sets, no change recovered clearly more facts
RANK: dict[str, float] = {
    "k0": 0.5,
    "e0": 0.35,
    "s0": 0.4,
    "inc": 0.15,
    "proof": 0.5,
    "listed": 1.0,
    "close": 0.03,
}
"""The ranking's constants: the floors of kept (``k0``), explained (``e0``) and sound
(``s0``) in :func:`_fit`'s product, the format's bonus (:data:`INCUMBENT`), the share of a
reading's talks that must carry a slot's mark for a person's notes to be several talks
(``proof``, :func:`one_talk_unless_proven`), whether a list of speakers and no talks
proves nothing in them (``listed``), and the close call (:data:`CLOSE`). The fitting
script replays the ranking from each reading's features for any values of these, and
``--write`` writes the values it fits here."""
CLOSE = RANK["close"]
"""Two readings closer than this are a close call."""
INCUMBENT = RANK["inc"]
"""What the format detection's own evidence (a doctype, Liquid includes, a post's front
matter keys, notes' typed links) adds to the reading of the format it picked."""
_WORD_RE = re.compile(r"[^\W_]{2,}")
_OUTLINE_SHAPES = {
    "talk": "talk",
    "sections": "sections",
    "bold": "sections",
    "bullets": "sections",
    "table": "sections",
    "mix": "sections",
    "people": "speakers",
    "single": "one-note",
}
_FORMAT_SHAPES = {"markdown": "page", "html": "page", "text": "page", "jekyll": "post"}
NOTES_READERS = frozenset({"outline", "notes"})
"""Readers of a person's notes (the rest read pages)."""
NOTES_LIKE = NOTES_READERS | {"jekyll"}
"""Formats whose documents may be a person's notes: their readers', and posts (the notes
of a talk are often one)."""
_LINE_READERS = frozenset({"markdown", "text"})
"""Readers of a page's lines as written (a whole HTML page's lines are its markup)."""


@dataclass
class Reading:
    """One way of reading a document, its score and why."""

    shape: str
    programme: Programme
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)
    reader: str = ""
    """The format module that read it (``outline``, ``markdown``, ``html``...)."""
    kept: float = 0.0
    """The share of the document's lines it keeps (as a fact or in a note's body)."""
    explained: float = 0.0
    """The share of the document's lines it reads as facts."""
    sound: float = 0.0
    """The share of its records that hold up (people with a person's name, grounded talks)."""
    held: float = 0.0
    """The share of the document's lines kept in a note or in the event's description."""
    contender: bool = True
    """False for a reading offered only to ``--as`` (never a close call for the best)."""
    incumbent: bool = False
    """The detected format's own evidence counted for this reading."""
    headed: int = 0
    """How many of the document's headings are its talks' titles (:func:`headings_titled`)."""
    built: bool = True
    """False for a reading only named, not read (:func:`offered_unread`)."""

    def summary(self) -> str:
        """``timetable 0.82: 6 talks, 9 people — 80% of lines explained, ...``."""
        if not self.built:
            return f"{self.shape}: not read — {'; '.join(self.evidence)}"
        p = self.programme
        people = {sp.name for t in p.talks for sp in t.speakers} | {r.person.name for r in p.roles}
        head = f"{self.shape} {self.score:.2f}: {len(p.talks)} talks, {len(people)} people"
        return head + (f" — {'; '.join(self.evidence)}" if self.evidence else "")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD_RE.findall(text)}


def recorded(talk: ProgrammeTalk) -> bool:
    """A talk whose title links its recording or its slides (``### [Title](https://youtu.be/…)``):
    a talk somebody gave, whoever it was and whenever."""
    return talk.kind != "other" and any(
        link.kind in RECORDING_KINDS and link.label.strip() == talk.title.strip()
        for link in talk.links
    )


def _notes_file_linked(talk: ProgrammeTalk) -> bool:
    """A talk whose link is its own notes file beside the page (an index of notes)."""
    return any(is_notes_file(link.url) for link in talk.links)


@functools.lru_cache(maxsize=4)
def _content_lines(text: str) -> list[str]:
    """The document's lines with words; a front matter line counts by its value. An HTML
    page counts by the lines a reader sees (its headings, items, rows, paragraphs), not
    by its markup's lines; so does HTML inside Markdown (a line of tags only, a style
    sheet, a script or a comment is no line of the document's words)."""
    if doctree.parse(text).syntax == "html":
        from confnotes.importers.formats.html import to_markdown

        return [x for x in to_markdown(text)[0].split("\n") if _WORD_RE.search(x)]
    lines = _without_unseen(text).split("\n")
    start = 0
    values: list[str] = []
    if lines and lines[0].lstrip("\ufeff").strip() in ("---", "+++"):
        for n in range(1, min(len(lines), 2000)):
            if lines[n].strip() in ("---", "+++", "..."):
                start = n + 1
                break
            _key, sep, value = lines[n].partition(":" if ":" in lines[n] else "=")
            if sep and _WORD_RE.search(value) and not value.strip().startswith(("http", "/")):
                values.append(value)
    return values + [x for x in lines[start:] if _WORD_RE.search(doctree_plain(x))]


@functools.lru_cache(maxsize=4)
def _notes_title(text: str) -> bool:
    """Whether the document's first line says it is someone's notes (``# RustFest notes``):
    its tables are part of the notes, not a programme page to be explained by hours."""
    from confnotes.importers.headings import conference_name

    first = next((x for x in _content_lines(text)[:3]), "")
    title = first.lstrip("# ").strip()
    return bool(title) and conference_name(title) != title


@functools.lru_cache(maxsize=4)
def _names_a_day(text: str) -> bool:
    """The document names a day (a date line, a date in a sentence): a reading that kept
    its times without their day missed it, and its times count for nothing. A date a
    sentence names only after the times have begun (a sign-up deadline under the
    timetable) is no day of theirs: a timetable's day is said above its hours. The front
    matter's date is the post's (``date: 2019-03-19T19:00:00Z``), which the page's day
    gives the readings that dated nothing after they are weighed
    (:func:`_date_by_page`): no day their times missed."""
    year = find_year(text[:4000]) or 2000  # "Wednesday 22 October" is a day, year or not
    timed = False
    body = _content_lines(text)
    for line in body[len(body) - len(_content_lines(_without_front(text))) :][:400]:
        plain = doctree_plain(line).strip()
        if not timed and find_date(plain, year)[0] is not None:
            return True
        timed = timed or _CLOCK_RE.search(plain) is not None
        if len(plain) <= 60 and len(plain.split()) <= 8 and line_date(plain, year):
            return True
    return False


def _named_handle(handle: str, text: str) -> bool:
    """Whether the document writes ``@handle`` in brackets after a person's full name
    (``Ana Ruiz ([@anaruiz](…))``): the handle is that person's, who is named; a reading
    that took the handle for the person missed the name. A document that writes its
    people as handles alone (``talk by @anaruiz``) vouches for them."""
    needle = f"@{handle}"
    at = text.find(needle, 0, MAX_HANDLE_TEXT)
    for _seen in range(HANDLES_LOOKED_AT):
        if at < 0:
            return False
        after = text[at + len(needle) : at + len(needle) + 1]
        head = text[max(0, at - 4) : at]
        if not (after.isalnum() or after in "_-") and head.endswith(("(", "([")):
            before = head.rstrip("[").rstrip("(")
            if before.endswith((" ", "\t")) and before.rstrip()[-1:].isalpha():
                return True  # "Ana Ruiz (@anaruiz)": a word, a space, the bracketed handle
        at = text.find(needle, at + 1, MAX_HANDLE_TEXT)
    return False


MAX_HANDLE_TEXT = 200_000
"""Characters of a document searched for a handle written after a name."""
HANDLES_LOOKED_AT = 50
"""Places a handle is looked at, at most (a bound on any input)."""


def _without_front(text: str) -> str:
    """``text`` without the front matter it opens with (its words, not its keys)."""
    lines = text.split("\n")
    _kind, _data, last = structure.split_front(lines)
    return "\n".join(lines[last + 1 :]) if last >= 0 else text


def _only_a_day(title: str) -> bool:
    """A title that is a date and nothing more (a day's heading read as a talk)."""
    words = title.split()
    if not words or len(words) > 6 or line_date(title, find_year(title) or 2000) is None:
        return False
    rest = [w for w in strip_dates(title).split() if any(c.isalpha() for c in w)]
    # "Friday, 23rd May 2025"; not "Opening 9 May"; "3月17日(日)": the weekday's one
    # character in brackets after a CJK date
    return all(weekday_of(w) is not None or _CJK_WEEKDAY_RE.fullmatch(w) for w in rest)


_CJK_WEEKDAY_RE = re.compile(r"[(（][^\W\d_][)）]")
"""``(日)``, ``（木）``: a weekday written as one character in brackets."""


_UNSEEN_OPEN_RE = re.compile(r"<!--|<(style|script)\b", re.I)
_UNSEEN_CLOSE = {
    "style": re.compile(r"</style\s{0,20}>", re.I),
    "script": re.compile(r"</script\s{0,20}>", re.I),
}
"""What a reader of a page never sees: comments, style sheets and scripts."""


def _without_unseen(text: str) -> str:
    """``text`` with its comments, style sheets and scripts blanked (their line breaks
    kept), in one pass over it."""
    out: list[str] = []
    at = 0
    while (m := _UNSEEN_OPEN_RE.search(text, at)) is not None:
        if m.group(1):
            closing = _UNSEEN_CLOSE[m.group(1).lower()].search(text, m.end())
            end = closing.end() if closing else -1
        else:
            end = text.find("-->", m.end())
            end = end + 3 if end >= 0 else -1
        if end < 0:
            break  # never closed: the rest stays as it is
        out.append(text[at : m.start()])
        out.append("\n" * text.count("\n", m.start(), end))
        at = end
    out.append(text[at:])
    return "".join(out)


EXPLAINS_MORE = 0.1
"""How much more of a document the tree's records must explain than the detected format's
reading (with as much kept, as sound) for that format's markers to stop counting."""
DROPS = 0.4
"""How much more of a text a reading must keep than the detected format's own reading
(explaining as much) for that reading to lose the format's evidence."""


def _beside_a_full_name(programme: Programme, text: str) -> set[int]:
    """The speakers (by ``id``) named by one word after a co-speaker named in full and a
    conjunction, as the document writes them (``Nacho Velzi y Rodolfo``): the by-line that
    names the one in full vouches for the other, whom the audience knows by their given
    name."""
    return {
        id(lone)
        for talk in programme.talks
        if len(talk.speakers) == 2
        and len((full := talk.speakers[0]).name.split()) >= 2
        and len((lone := talk.speakers[1]).name.split()) == 1
        and is_person_name(full.name)
        and joined_by_a_conjunction(text, full.name, lone.name)
    }


def _listed_beside_a_full_name(programme: Programme, text: str) -> set[int]:
    """The speakers (by ``id``) a talk lists one an item (``<li>makamaka</li>``, ``-
    i47_rozary``) beside a co-speaker its list names in full: the list is of people, and
    its handles are the names they go by."""
    lone = [
        (talk, p)
        for talk in programme.talks
        if len(talk.speakers) >= 3
        for p in talk.speakers
        if len(p.name.split()) == 1
    ]
    if not lone:
        return set()
    items = _short_items(text)
    vouched = {
        id(talk)
        for talk in programme.talks
        if any(len(p.name.split()) >= 2 and is_person_name(p.name) and p.name in items
               for p in talk.speakers)
    }  # fmt: skip
    return {id(p) for talk, p in lone if id(talk) in vouched and p.name in items}


def _linked_like_full_names(programme: Programme, text: str) -> set[int]:
    """The speakers (by ``id``) named by one word whose link goes to the page where the
    document links at least two speakers named in full (``[tef](speakers.html#tef)``
    beside ``[Ana Ruiz](speakers.html#ana-ruiz)``): the page's own list of its people
    vouches for the name they go by."""
    lone = [p for t in programme.talks for p in t.speakers if len(p.name.split()) == 1]
    if not lone:
        return set()
    pages: dict[str, set[str]] = {}  # a link's words -> the pages it goes to
    for node in doctree.parse(text).root.walk():
        for m in node.marks:
            if m.kind == "link" and m.value and not m.value.startswith(("mailto:", "tel:")):
                words = " ".join(node.text[m.start : m.end].split())
                pages.setdefault(words, set()).add(m.value.partition("#")[0])
    full = Counter(
        page
        for words, targets in pages.items()
        if len(words.split()) >= 2 and is_person_name(words)
        for page in targets
    )
    return {id(p) for p in lone if any(full[page] >= 2 for page in pages.get(p.name, ()))}


def _short_items(text: str) -> set[str]:
    """The words of the document's short list items, Markdown's and HTML's alike, as its
    tree reads them (an item's first line: a nested list is its own items)."""
    items = (n for n in doctree.parse(text).root.walk() if n.kind == "item")
    return {first for n in items if len(first := n.text.partition("\n")[0].strip()) <= 100}


def fit(programme: Programme, text: str, undated: bool = True) -> tuple[float, list[str]]:
    """How well a programme explains the text it came from: (score, evidence); as
    :func:`_fit`."""
    score, evidence, _kept, _explained, _sound, _held = _fit(programme, text, undated)
    return score, evidence


def _fit(
    programme: Programme, text: str, undated: bool = True
) -> tuple[float, list[str], float, float, float, float]:
    """How well a programme explains the text it came from: (score, evidence, the share of
    lines kept, the share read as facts, the share of its records that hold up, the share
    kept in a note or in the event's own description).
    ``undated``: a time kept without its day counts when the text names no day (a whole
    page; a part of one is weighed without it, its day may be in another part)."""
    lines = _content_lines(text)
    words_of = _tree_words(text)
    facts: set[str] = _words(programme.name) | _words(programme.location) | _NOBODY_WORDS
    # numbers the reading recovered (its talks' and sessions' hours and minutes, its days
    # and milestones): a line's digits are explained only when the reading read them
    numbers: set[str] = set()
    for s in programme.sessions:
        facts |= _words(s.title) | _words(s.room)
    people = [sp for t in programme.talks for sp in t.speakers] + [
        r.person for r in programme.roles
    ]
    for person in people:
        facts |= _words(person.name)
        for aff in person.affiliations:
            facts |= _words(aff)
    for role in {r.role for r in programme.roles}:
        # "(Session Chair: Ana Ruiz)": the line that named a role the reading recorded
        facts |= {w for word in ROLE_WORDS.get(role, ()) for w in _words(word)}
    for talk in programme.talks:
        if (
            talk.speakers
            or talk.start
            or talk.day
            or talk.links
            or talk.room
            or (talk.clock and "date" in talk.extra)
        ):
            # a heading is explained as a talk's title only when something grounds the talk:
            # "## Why grammars" under a talk's title is a part of its notes either way
            facts |= _words(talk.title)
        facts |= _words(talk.room)
        for link in talk.links:
            facts |= _words(link.label) | _words(link.url)
    for d in programme.dates:
        facts |= _words(d.label)
    days = {programme.start, programme.end, *(t.day for t in programme.talks)}
    days |= {t.start.date() for t in programme.talks if t.start}
    for milestone in programme.dates:
        with contextlib.suppress(ValueError):
            days.add(date.fromisoformat(str(milestone.date)[:10]))
    moments: list[datetime | time | None] = [m for t in programme.talks for m in (t.start, t.end)]
    for talk in programme.talks if not (_names_a_day(text) or _notes_title(text)) else ():
        # the hours of a page that never says its day (one that does needs its day read)
        for n in re.findall(r"\d+", str(talk.extra.get("time", ""))):
            numbers |= {n, n.lstrip("0") or "0"}
    moments += [m for x in programme.sessions for m in (x.start, x.end)]
    clocks = [t.clock for t in programme.talks] + [x.clock for x in programme.sessions]
    yearless = [str(t.extra["date"]) for t in programme.talks if "date" in t.extra]
    for said in yearless:
        # "--06-22": a day the page names without a year, read as such
        with contextlib.suppress(ValueError):
            said_day = date(2000, int(said[2:4]), int(said[5:7]))
            facts |= _words(f"{said_day:%B %b} {said_day.day}")
            numbers |= {str(said_day.day), f"{said_day.day:02}", f"{said_day.month:02}"}
            numbers.add(str(said_day.month))
    if undated and any(clocks) and (yearless or not _names_a_day(text)):
        # a page whose day is on another page: its times are facts without a day
        moments += clocks
    elif yearless:
        # "## 10:00 Opening" under "# August 6 (Tue)": a time on a day read without its year
        moments += [t.clock for t in programme.talks if "date" in t.extra]
    for day in days - {None}:
        if day is not None:
            facts |= _words(f"{day:%B %b %A %a} {day.day}")
            numbers |= {str(day.day), f"{day.day:02}", f"{day.month:02}", str(day.month)}
            numbers.add(str(day.year))
    for moment in moments:
        if moment is not None:
            hour12 = moment.hour % 12 or 12
            numbers |= {f"{moment.hour:02}", str(moment.hour), str(hour12), f"{hour12:02}"}
            numbers |= {f"{moment.minute:02}", f"{moment.hour}h{moment.minute:02}"}
    bodies = {x.strip() for t in programme.talks for x in t.body.split("\n") if x.strip()}
    described = {x.strip() for x in programme.description.split("\n") if x.strip()}
    parts = _parts_read(programme)
    # a line that became a note's title (a heading, a bold lead) is kept, as its title,
    # whether or not anything grounds the note: only what is in no note at all is dropped
    titles = {w for t in programme.talks for w in _words(t.title)}
    seen: set[str] = set()
    if doctree.parse(text).syntax == "html":
        # a page counts the lines a reader sees, its notes hold its markup: a line is kept
        # when its words are in a note's body (the one-note reading keeps them all)
        for t in programme.talks:
            seen |= _words(doctree_plain(t.body))
    explained = kept = in_description = 0
    read_days = {d for d in days if d is not None}
    year = min(read_days).year if read_days else None
    reads: list[str] = []  # each line: "explained", "kept", or "" (dropped or described)
    for line in lines:
        plain = words_of.get(line, "") or doctree_plain(line)
        words = _words(plain)
        known = sum(1 for w in words if w in facts or w in numbers or (w.isdigit() and w in facts))
        clock = _CLOCK_RE.search(plain)
        missed_clock = (
            clock is not None and not {clock.group(1).lstrip("0") or "0", clock.group(1)} & numbers
        )
        if words and (
            (known * 5 >= len(words) * 3 and not missed_clock)
            or (len(words) <= _PART_WORDS and _part_of(plain) in parts)
            or (not missed_clock and _names_a_day_read(plain, read_days, year))
        ):
            explained += 1
            kept += 1
            reads.append("explained")
        elif (
            line.strip() in bodies
            or (words and sum(1 for w in words if w in titles or w in facts) * 5 >= len(words) * 3)
            or (seen and words and words <= seen)
        ):
            kept += 1
            reads.append("kept")
        else:
            reads.append("")
            if line.strip() in described:
                in_description += 1
    heads = _table_heads(text)
    for n, line in enumerate(lines[:-1] if heads else ()):
        # a table's header row names the columns of the rows under it: read when its first
        # row is (``| Speaker | Topic | Length |`` over talks read from their cells)
        if line.strip() in heads and reads[n] != "explained" and reads[n + 1] == "explained":
            explained += 1
            kept += reads[n] != "kept"
    total = max(1, len(lines))
    records = 0
    good = 0.0
    bare_days = sorted(
        day
        for t in programme.talks
        if (day := t.day or (t.start.date() if t.start else None)) is not None
        and not t.speakers and not t.clock and not (t.start and t.start.time() != time(0))
    )  # fmt: skip
    spread = len(bare_days) >= 2 and (bare_days[-1] - bare_days[0]).days > 31
    for talk in programme.talks:
        records += 1
        if talk.kind == "other" and not talk.speakers and not talk.start:
            records -= 1  # a note holding a day's or a section's own words: neutral
            continue
        if _names_inside(talk.title, talk.speakers):
            continue  # "Keynote: Ana Ruiz — Title" left whole: a speaker read as a title
        if talk.speakers and _only_its_speakers(talk):
            continue  # "Dr. Fatou Ndiaye" by Fatou Ndiaye: a person's heading read as a talk
        if not talk.speakers and _a_name_alone(talk.title) and text.count(talk.title) >= 2:
            # "## Ryan Stout" under "## Speakers: Andrew Cantino and Ryan Stout": a
            # speaker's part of the notes, no talk of its own
            continue
        if not talk.speakers and (
            _only_a_day(talk.title) or (generic_page_name(talk.title) and len(programme.talks) > 1)
        ):
            continue  # "Friday, 23rd May 2025", "Conference Program": a day or the page, no talk
        if not (talk.speakers or talk.clock or (talk.start and talk.start.time() != time(0))) and (
            spread
        ):
            continue  # dated lines months apart, no one and no hour: milestones, not talks
        # a time read with the day and month of a page that names no year grounds it too
        grounded = (
            1.0
            if talk.speakers
            or talk.start
            or (talk.clock and "date" in talk.extra)
            or recorded(talk)
            else 0.0
        )
        if not grounded and (
            talk.body.strip() or talk.day or _notes_file_linked(talk) or talk.extra.get(LISTED_KEY)
        ):
            # a heading with words under it, a title linking its notes file, a title the
            # page's programme lists alone (``Programma …`` over ``<li>Title</li>`` items)
            grounded = 0.5
        if grounded and _made_up_title(talk):
            grounded /= 2  # "Talk by Ana Ruiz": the reading found who, not what
        good += grounded if talk.title.strip() else 0.0
    beside = _beside_a_full_name(programme, text)
    listed = _listed_beside_a_full_name(programme, text)
    linked = _linked_like_full_names(programme, text)
    for person in people:
        records += 1
        # a name the document writes as a handle (``@saas``) is someone's, in any shape
        good += (
            is_person_name(in_running_case(person.name))
            or (f"@{person.name}" in text and not _named_handle(person.name, text))
            or (id(person) in beside and is_person_name(person.name, single_ok=True))
            or id(person) in listed
            or id(person) in linked
        )
    sound = good / records if records else 0.5
    e, k = explained / total, kept / total
    k0, e0, s0 = RANK["k0"], RANK["e0"], RANK["s0"]
    score = (k0 + (1 - k0) * k) * (e0 + (1 - e0) * e) * (s0 + (1 - s0) * sound)
    evidence = [f"{e:.0%} of lines explained", f"{k:.0%} kept", f"{sound:.0%} of records sound"]
    return round(score, 4), evidence, k, e, sound, (kept + in_description) / total


_PART_WORDS = 6
"""A page's part is named in a few words (``Keynote speakers``, ``Organising committee``)."""
_DAY_LINE_WORDS = 12
"""A day heading is short (``Segunda-feira, 26 de março de 2018, 17h``): a longer line
names its date in passing."""


def _names_a_day_read(plain: str, days: set[date], year: int | None) -> bool:
    """Whether a short line only names one of the reading's days (a day heading in any
    language: ``Segunda-feira, 26 de março de 2018``, ``Montag, 9. März``), or a month of
    them with its year (``## Abril 2018`` over that month's days): its words are that day,
    which the reading gave its talks, whatever the language's month and weekday names."""
    words = _words(plain)
    if not days or not words or len(words) > _DAY_LINE_WORDS:
        return False
    if not any(calendar_word(w) for w in words):
        return False
    if words_beside(strip_dates(plain)) > 2:
        return False  # a sentence naming a date, or a talk's title beside its day
    found = _line_day(plain, year)
    if found is not None:
        return found in days
    return month_of(plain) in {(d.year, d.month) for d in days}


@functools.lru_cache(maxsize=2048)
def _line_day(plain: str, year: int | None) -> date | None:
    """:func:`line_date`, once per line and year (every reading weighs the same lines)."""
    return line_date(plain, year)


def _table_rule(line: str) -> bool:
    """A Markdown table's rule under its header row (``| --- | :---: |``)."""
    return "-" in line and "|" in line and not set(line.strip()) - _RULE_CHARS


_RULE_CHARS = frozenset("|:- ")


def _table_heads(text: str) -> frozenset[str]:
    """A Markdown document's table header rows: a row followed by its rule (``| --- |``)."""
    rows = text.split("\n")
    return frozenset(
        row.strip()
        for row, under in itertools.pairwise(rows)
        if row.lstrip().startswith("|") and _table_rule(under)
    )


def _part_of(line: str) -> str:
    from confnotes.importers.page import section_kind

    return section_kind(line)


def _parts_read(programme: Programme) -> set[str]:
    """The kinds of a page's parts that a reading read as such: its people lists by their
    roles, its dates by their milestones (a schedule's heading is no evidence: a talk's
    own agenda has one too). A heading
    naming such a part (``Keynote speakers`` over the keynotes) is explained by them, as
    the people under it are; a reading that made the heading a talk's title explains it
    only as a title."""
    parts = {r.role for r in programme.roles}
    if programme.dates:
        parts.add("dates")
    return parts


_NOBODY_WORDS = frozenset(w for words in NOT_DECIDED.values() for p in words for w in _words(p))
"""``未定``, ``Por definir``: a speaker's place understood as nobody yet is explained."""
_CLOCK_RE = re.compile(r"(?<![\d.:/])([0-2]?\d)[:.h][0-5]\d(?![\d.:/])")
"""A clock time in a line (``10:30``, ``14.00``, ``9h30``): a line that has one is
explained only by a reading that recovered that hour."""
_PARTS_RE = re.compile(r"(?<!\s)\s+[-–—|]\s+|:\s+|[,;]\s+|(?<!\s)\s*[()]\s*")


def _names_inside(title: str, speakers: list[ProgrammePerson] | None = None) -> bool:
    """A title holding a person's name (not one of ``speakers``) as one of its dash-,
    colon-, comma- or bracket-separated parts."""
    parts = [p.strip() for p in _PARTS_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return False
    known = {" ".join(_words(p.name)) for p in speakers or []}
    return any(
        " ".join(_words(person.name)) not in known for p in parts for person in split_speakers(p)
    )


def _made_up_title(talk: ProgrammeTalk) -> bool:
    """A title the reading made for a slot it read no title in (``Talk by Ana Ruiz``,
    ``Keynote (untitled)``, as :func:`confnotes.importers.page._untitled` writes them)."""
    names = ", ".join(p.name for p in talk.speakers)
    head, _by, tail = talk.title.rpartition(" by ")
    return bool(
        (names and tail == names and 0 < len(head.split()) <= 2)
        or talk.title.endswith(" (untitled)")
    )


def _a_name_alone(title: str) -> bool:
    """A title that is one person's name and nothing else."""
    who = split_speakers(title)
    return len(who) == 1 and not who[0].affiliations and who[0].name == title.strip()


def _only_its_speakers(talk: ProgrammeTalk) -> bool:
    """A title that names its own speakers and nothing else (a speakers page's heading)."""
    named = {" ".join(_words(p.name)) for p in split_speakers(talk.title, single_ok=True)}
    return bool(named) and named == {" ".join(_words(p.name)) for p in talk.speakers}


_MARKUP_RE = re.compile(r"<[^<>\n]{0,300}>|\]\([^()\s]{0,500}\)|[*_`#|>\[\]]")


def doctree_plain(line: str) -> str:
    """A line's words without Markdown or HTML markup (for counting, not for keeping)."""
    return _MARKUP_RE.sub(" ", line)


_TAG_MARKUP = frozenset({"tag", "opened"})
"""A template tag's own name and state: markup, not words a reader sees."""


def _tree_words(text: str) -> dict[str, str]:
    """Source lines whose words the tree knows better than their markup says: a template
    tag's arguments, an HTML element's text."""
    doc = doctree.parse(text)
    out: dict[str, str] = {}
    for node in doc.root.walk():
        if node.spanned and (node.kind == "record" or node.attrs.get("tag")):
            source = doc.source_of(node).strip("\n")
            if "\n" not in source and node.kind != "text":
                said = (
                    v
                    for k, v in node.attrs.items()
                    if k not in _TAG_MARKUP or node.kind != "record"
                )
                out[source] = " ".join(str(v) for v in said) + " " + node.text
    return out


def _timetable(text: str, source: str) -> Reading | None:
    from confnotes.importers import timetable

    result = timetable.read(doctree.parse(text), source, "markdown")
    if result.rows < 2:
        return None
    programme = result.programme
    programme.format = "markdown"
    return Reading("timetable", programme, evidence=result.evidence)


def _prose(text: str, readings: list[Reading], source: str = "") -> Reading | None:
    """The talks a person's sentences name (:mod:`confnotes.importers.mentions`), on the
    event and day the reading of the whole text found; on the event the post's front
    matter names (its title with a year, ``Devoxx France 2031``) when no reading named
    one: a post naming several talks is about the event, not one talk of it."""
    from confnotes.importers import mentions

    base = next((r.programme for r in readings if r.shape == "one-note"), None)
    if base is None:
        return None
    named = next((r.programme for r in readings if r.programme.name_from != "file name"), None)
    if named is not None and named.name:  # the event the outline's readings named
        base = replace(base, name=named.name, name_from=named.name_from, series=named.series)
    elif front := front_named(structure.read(text).front, source, None):
        base = replace(base, name=front, name_from="front matter")
    programme = mentions.read(text, base)
    if programme is None:
        return None
    return Reading("prose", programme, evidence=[f"{len(programme.talks)} talks named in prose"])


def _label_parts(text: str, readings: list[Reading], source: str = "") -> Reading | None:
    """The talks of plain notes whose parts repeat the same labels
    (:mod:`confnotes.importers.label_cycles`), on the whole text's event and day."""
    from confnotes.importers import label_cycles

    base = next((r.programme for r in readings if r.shape == "one-note"), None)
    programme = label_cycles.read(text, base) if base is not None else None
    if programme is None:
        return None
    evidence = [f"{len(programme.talks)} parts each open on the same labels under a title"]
    return Reading("sections", programme, evidence=evidence)


def _talk_lists(text: str, readings: list[Reading], source: str = "") -> Reading | None:
    """The talks listed under headings that say their items are talks
    (:mod:`confnotes.importers.talk_list_heads`), beside the whole text as one note."""
    base = next((r.programme for r in readings if r.shape == "one-note"), None)
    programme = talk_list_heads.read(text, base) if base is not None else None
    if programme is None:
        return None
    listed = sum(1 for t in programme.talks if t.kind != "other")
    evidence = [f"{listed} talks listed under headings that say their items are talks"]
    return Reading("sections", programme, evidence=evidence)


def _index(text: str, source: str) -> Reading | None:
    from confnotes.importers import indexpage

    programme = indexpage.read(doctree.parse(text), source)
    if programme is None:
        return None
    return Reading("index", programme, evidence=[f"{len(programme.talks)} linked talks"])


_BRAND_RE = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")


def _brands(text: str) -> set[str]:
    """The words of a name written as a brand (``DENOG``, ``GopherCon``, ``PyData``):
    capitals inside or throughout, not a word any name could be (``Berlin``)."""
    return {m.group(0) for m in _BRAND_RE.finditer(text) if len(m.group(0)) >= 3}


def _no_event_team(programme: Programme, brands: set[str]) -> None:
    """``DENOG Orga``, ``PyData Team``: a speaker named by the event's own brand (as any
    reading of the document names the event) is its organisers, no person (the cell's
    words stay in the note)."""
    if not brands:
        return
    for talk in programme.talks:
        talk.speakers = [p for p in talk.speakers if not _brands(p.name) & brands]


def _name_by_page(readings: list[Reading], text: str) -> None:
    """An HTML page's readings that found no name of their own (the file's name, only
    the page's: ``Program``, or a day's: ``Saturday``) take the event its ``<title>``
    names."""
    from confnotes.importers.pagerecords import names_a_day, page_name

    name = ""
    for reading in readings:
        p = reading.programme
        generic = not p.name or generic_page_name(p.name) or names_a_day(p.name)
        if p.name_from == "file name" or generic:
            name = name or page_name(text)
            if name:
                p.name, p.name_from = name, "page title"


_ELEMENT_RE = re.compile(r"<[A-Za-z][\w-]{0,30}[\s/>]")
"""An HTML start tag's opening (``<div``, ``<br/``): bounded, so linear on any text."""


_EVENT_FIELDS = frozenset({"date", "start", "end", "room"})
"""Roles of the event's own facts: a part headed by one of their labels alone says when
and where the event is (``### Termin``, ``## Where``, ``Lieu :``), and gives no talk."""


_POINTER_RE = re.compile(
    r"(?:(?:more|further|weitere|mehr|m[aá]s|mais|maggiori|pi[uù]|plus[ \t]de|plus[ \t]d['’])"
    r"[ \t]{0,3})?"
    r"(?:info(?:rmation|rmations|rmationen|rmaci[oó]n|rma[cç][oõ]es|rmazioni|s)?|d[eé]tails?"
    r"|links?|liens?|enlaces?|contacts?|kontakt|contacto|contato|contatti)"
    r"|お問い合わせ|詳細情報|更多信息|联系我们|聯絡我們",
    re.I,
)
"""A heading that only points elsewhere (``More information``, ``Más información``,
``Weitere Informationen``, ``Plus d'informations``, ``Links``, ``Contact``)."""


def _field_headings_no_talks(programme: Programme) -> None:
    """Parts titled by a label of the event's facts, or by words that only point
    elsewhere (:data:`_POINTER_RE`), with no speaker and no time of their own, hold the
    event's words, not a talk: they stay notes of their text."""
    for talk in programme.talks:
        words = [w for w in talk.title.strip(" :：*#_").split() if w.casefold() not in _AND]
        if talk.speakers or talk.start or not 1 <= len(words) <= 3:
            continue
        label = talk.title.strip(" :：*#_")
        if _POINTER_RE.fullmatch(label) or all(
            any(names_role_alone(w, role) for role in _EVENT_FIELDS) for w in words
        ):
            talk.kind = "other"  # "Termin", "Datum und Ort", "When & Where", "Links"


_AND = frozenset({"&", "and", "und", "et", "y", "e", "i", "und/oder", "/", "+"})
"""What joins two labels in one heading (``Datum und Ort``, ``When & Where``)."""


def _date_by_page(readings: list[Reading], text: str, html: bool) -> None:
    """The page's one day (:mod:`confnotes.importers.page_day`) for the readings that
    dated no talk, found in the page's words before each reading's first talk."""
    days: dict[str, date | None] = {}
    for reading in readings:
        talks = reading.programme.talks
        if talks and not any(t.day or t.start for t in talks):
            # the first talk titled by no date (a row "2023年11月16日" is the day's, no
            # talk) and no label of the event's facts, a timed one first: the programme
            # starts at its times, where a page's heading read as a talk of its own would
            # leave no words before it
            undated = [t for t in talks if t.kind != "other" and find_date(t.title)[0] is None]
            timed = [t for t in undated if t.clock is not None]
            first = next((t.title for t in timed or undated), "")
            if first not in days:
                days[first] = page_day(text, html, first)
            if (day := days[first]) is not None:
                date_undated(reading.programme, day)


def _hours_by_page(readings: list[Reading], text: str, html: bool) -> None:
    """The page's one range of hours (:func:`confnotes.importers.page_day.page_hours`)
    for the readings whose talks each have a day of their own and no time (the page's
    headings and labels read as notes, undated and unspoken, aside)."""
    hours: SeriesHours | None = None
    for reading in readings:
        talks = reading.programme.talks
        dated = [t for t in talks if t.day]
        notes = [t for t in talks if not t.day and t.kind == "other" and not t.speakers]
        if (
            len(dated) >= 2
            and len(dated) + len(notes) == len(talks)
            and not any(t.start or t.clock for t in talks)
        ):
            hours = hours or page_hours(text, html)
            if hours is None:
                return
            time_the_days(reading.programme, hours)


def _speakers_listed(ranked: list[Reading]) -> bool:
    """The best reading lists talks each with its speaker and none with a time or day
    (``Title – Name`` items under an announcement): a programme's list, whatever the
    prose around it says, so the page's one day may date it."""
    talks = [t for t in ranked[0].programme.talks if t.kind != "other"] if ranked else []
    return len(talks) >= 3 and all(t.speakers and not (t.day or t.start) for t in talks)


_CLOCKED_LEAST = 3
"""Timed talks that make a reading a timetable's, not a person's notes of a day."""


def _clocked(ranked: list[Reading]) -> bool:
    """Talks of the best reading carry a time of day, three or more (a timetable's rows,
    ``2 PM - 2:10 PM``): a programme's hours, whose day the page names apart."""
    return bool(ranked) and _timed(ranked[0], starts=False)


def _timetabled(ranked: list[Reading]) -> bool:
    """Some reading holds a timetable: three or more talks at a time of day (the page's
    evening, ``18:00`` … ``18:20``, beside the list of its talks)."""
    return any(_timed(r, starts=True) for r in ranked)


def _timed(reading: Reading, starts: bool) -> bool:
    """Whether :data:`_CLOCKED_LEAST` talks of a reading are at a time of day: one count
    for both tests above, so they cannot drift apart. ``starts``: a talk's full start
    (a date and a time) counts as its clock does."""
    return (
        sum(
            1
            for t in reading.programme.talks
            if t.clock is not None or (starts and t.start is not None)
        )
        >= _CLOCKED_LEAST
    )


def _kind_only_titles(readings: list[Reading]) -> None:
    """A talk titled by its kind alone beside its speaker (``基調講演`` over a name,
    ``Keynote`` — Name, ``Conferência de Abertura`` over a name) is of that kind."""
    for reading in readings:
        for talk in reading.programme.talks:
            said = title_kind(talk.title) or (
                kind_of(talk.title) if kind_label_only(talk.title) else ""
            )
            if talk.kind == "talk" and talk.speakers and said:
                talk.kind = said if said in ("keynote", "panel") else talk.kind


_FORMAT_KINDS = ("spotlight", "poster", "demo")
"""Kinds a whole event may be held as (a meetup of lightning talks, a poster day): the
kinds a page's statement of its format gives every talk."""


def page_format_kind(text: str) -> str:
    """The kind a page says all its talks are, in a section of its own that holds nothing
    but the kind's words (``## Concept`` over ``Lightning talks``, in any language
    :data:`KIND_WORDS` knows): "" when no section says one, or two say different ones."""
    nodes = [n for n in doctree.parse(text).root.children if n.kind != "blank"]
    said: set[str] = set()
    for n, node in enumerate(nodes[:-1]):
        body = nodes[n + 1]
        after = nodes[n + 2] if n + 2 < len(nodes) else None
        if node.kind != "heading" or body.kind != "paragraph":
            continue
        if after is not None and (after.kind != "heading" or after.level > node.level):
            continue  # the section holds more than the one line
        words = body.text.strip(" .!*_\n")
        for kind, pattern in KIND_WORDS:
            if kind in _FORMAT_KINDS and len(words.split()) <= 3 and pattern.fullmatch(words):
                said.add(kind)
    return said.pop() if len(said) == 1 else ""


def _kind_by_page(readings: list[Reading], text: str) -> None:
    """The talks of a page that states its event's format (:func:`page_format_kind`) are
    of that kind, each given by its speaker and said to be of no other kind."""
    kind = ""
    for reading in readings:
        talks = [t for t in reading.programme.talks if t.kind == "talk" and t.speakers]
        if talks:
            kind = kind or page_format_kind(text)
            if not kind:
                return
            for talk in talks:
                talk.kind = kind


def _records(text: str, source: str) -> Reading | None:
    from confnotes.importers import pagerecords

    if not _ELEMENT_RE.search(text):
        # no element to repeat ("a < b" in a note). A Markdown page with HTML blocks is
        # read too: keeping to documents parsed as HTML lost most talks of such pages
        # (real html set: dev recall 97.6 % -> 52.1 %, hold-out precision 92.8 -> 87.7 %)
        return None
    programme = pagerecords.read(text, source)
    return _records_reading(programme, "", "repeated records")


def _records_reading(programme: Programme | None, reader: str, what: str) -> Reading | None:
    """The ``records`` reading of what a records reader found, its evidence counted the
    same way whichever reader it was (a page's elements, the document tree's blocks)."""
    if programme is None:
        return None
    speakers = sum(1 for t in programme.talks if t.speakers)
    evidence = f"{len(programme.talks)} {what}, {speakers} with speakers"
    if reader:
        evidence += f", {len(programme.roles)} people listed"
    return Reading("records", programme, reader=reader, evidence=[evidence])


def _tree_records(text: str, source: str, notes: bool = False) -> Reading | None:
    """The records the document tree repeats (:mod:`confnotes.importers.treerecords`):
    a run led by a heading or an emphasised line, list items, rows; offered beside the
    other readings and weighed as they are (no format's bonus: it wins where it explains
    more of the document)."""
    from confnotes.importers import treerecords

    programme = treerecords.read(text, source, notes)
    return _records_reading(programme, "tree", "records repeated in the document's tree")


def _units(text: str, source: str) -> Reading | None:
    """The document's most repeated unit, its parts' roles read by content
    (:mod:`confnotes.importers.units`): the reading that knows no convention, weighed as
    the others are (it wins where it explains more of the document)."""
    from confnotes.importers import units

    programme = units.read(text, source)
    if programme is None:
        return None
    speakers = sum(1 for t in programme.talks if t.speakers)
    evidence = f"{len(programme.talks)} repeated units read by content, {speakers} with speakers"
    return Reading("units", programme, reader="units", evidence=[evidence])


def offered_unread(shape: str) -> Reading:
    """A reading named but not read: offered to ``--as``, it is built only where the
    readings are shown or it is chosen (:data:`SHOWN`), not on every import that only
    lists it."""
    evidence = f"--as {shape} or --dry-run reads it"
    unread = Programme(name="", format="")
    return Reading(shape, unread, evidence=[evidence], contender=False, built=False)


def _with_units(
    ranked: list[Reading],
    text: str,
    source: str,
    p_notes: float,
    searchable: Searchable,
    page: bool,
) -> list[Reading]:
    """``ranked`` with the reading that knows no convention (:func:`_units`) last, offered
    to ``--as units`` and the import dialog, never taken on its own: weighed by the same
    measure, it scored clearly best (by :data:`CLOSE`) on documents where it read worse
    than the convention readers as often as where it read better (stop 67: four labelled
    documents and two blind ones worse, one blind one better), so the measure cannot
    tell when it is right. Its score is shown, for the user to judge: built only where
    the readings are shown or it is chosen (:data:`SHOWN`), it costs an import that
    takes the best reading nothing."""
    if p_notes >= notes_or_programme.SURE:
        return ranked  # a person's notes repeat their own bullets, no programme's unit
    try:
        reading = _units(text, source)
    except Exception:
        _reader_failed()
        reading = None
    if reading is None:
        return ranked
    if not reading.programme.name.strip() and ranked:
        # the event's name as the ranked readings found it (front matter, file name)
        reading.programme.name = ranked[0].programme.name
        reading.programme.name_from = ranked[0].programme.name_from
    weigh_people(reading.programme, text, searchable)
    reading.score, evidence, reading.kept, reading.explained, reading.sound, reading.held = _fit(
        reading.programme, text, page
    )
    reading.score = round(reading.score, 4)
    reading.evidence = [*reading.evidence, *evidence]
    reading.contender = False
    return [*ranked, reading]


def _holds_records(node: Any, depth: int = 0) -> bool:
    """A list of records in ``node``, at its top or up to two levels in (``speakers:
    {speaker: [{name, topic}, …]}``)."""
    if isinstance(node, list):
        return any(isinstance(x, dict) for x in node)
    return (
        isinstance(node, dict)
        and depth <= 2
        and any(_holds_records(v, depth + 1) for v in node.values())
    )


def _front_data(text: str, source: str) -> Reading | None:
    """A page whose front matter holds its programme as data (``schedule:``,
    ``sessions:``: a list of records, each with a title and its speakers): those records,
    read as a data file of any vocabulary is read, dated by the page's own ``date`` when
    they carry none. The page's prose under the front matter is the event's description."""
    from confnotes.importers.formats import sessions
    from confnotes.importers.structure import split_front, without_trailing_commas

    lines = text.split("\n")
    kind, front, last = split_front(lines)
    if not kind or not _holds_records(numbered_lists(copy.deepcopy(front))):
        return None
    raw = "\n".join(lines[1:last])  # Hugo's TOML (``+++``) as Jekyll's YAML: data
    raw = without_trailing_commas(raw) if kind == "yaml" else raw
    try:
        programme = sessions.parse(raw.encode(), source)
    except BadInputError:
        return None  # records of people (a page's speaker cards), not of talks
    talks = [t for t in programme.talks if t.title.strip()]
    if not any(t.speakers for t in talks) or len(talks) < 2:
        return None  # a list of links or of authors, not a programme
    said = next((v for k in ("date", "event_date", "start") if (v := front.get(k))), None)
    day = said if isinstance(said, date) else None
    if isinstance(said, datetime):
        day = said.date()
    elif day is None and said is not None:
        day = find_date(str(said))[0]
    day = day or _front_day_field(front)
    for talk in programme.talks:
        if talk.day is None and talk.start is None:
            talk.day = day
            if day is not None and talk.clock is not None:  # "09:30 - 09:35" on that day
                talk.start, talk.clock = datetime.combine(day, talk.clock), None
    body = "\n".join(lines[last + 1 :]).strip()
    programme.description = programme.description or body[:2000]
    return Reading(
        "post",
        programme,
        evidence=[f"{len(talks)} talks in the front matter's own records"],
    )


def _join_front_roster(readings: list[Reading], text: str) -> None:
    """Every reading's speakers joined by name with the front matter's roster of person
    records (:func:`confnotes.importers.formats.jekyll.front_roster`): whichever reading
    of the body's programme wins, its people carry the affiliations and links the page's
    speaker cards give them. A reading of one talk or none is left as it is: the roster
    are that talk's speakers."""
    from confnotes.importers.formats import jekyll
    from confnotes.importers.structure import split_front

    lines = text.split("\n")
    kind, front, last = split_front(lines)
    if not kind or not (roster := jekyll.front_roster(front, "\n".join(lines[last + 1 :]))):
        return
    for reading in readings:
        if jekyll.holds_programme(reading.programme):  # not a post's one talk
            jekyll.join_roster(reading.programme, copy.deepcopy(roster))


def _front_day_field(front: Mapping[str, Any]) -> date | None:
    """The one day the front matter's own date or time fields name with its year (``time
    = "2021年12月28日"``, ``when: 5 May 2031``): the event's day; None when none or
    several different days are named."""
    days = set()
    for key, value in front.items():
        if not roles_of(str(key)) & {"date", "start"} or not isinstance(value, (str, date)):
            continue
        if isinstance(value, date):
            days.add(value.date() if isinstance(value, datetime) else value)
        elif (found := find_date(value[:200])[0]) is not None:
            days.add(found)
    return days.pop() if len(days) == 1 else None


_FRONT_LIST_MIN = 3
"""Lines a front matter's list of strings holds, at least, to be the page's own list."""


def _front_list(text: str, source: str) -> Reading | None:
    """A page whose front matter holds its agenda as a list of lines (``agenda:`` of
    strings, often with inline HTML: ``'Talk 1: <strong>Title</strong> by Name'``): the
    page a site renders from it shows those lines as a list, so they are read as the
    page's list, after its prose (no item's body), by the outline's readers; the talks
    without a day of their own take the front matter's date (a key ending in ``date``)."""
    from confnotes.importers.shapes import understand
    from confnotes.importers.structure import read, split_front

    lines = text.split("\n")
    kind, front, _last = split_front(lines)
    if not kind:
        return None
    lists = [
        v
        for v in front.values()
        if isinstance(v, list)
        and len(v) >= _FRONT_LIST_MIN
        and all(isinstance(x, str) and "\n" not in x.strip() for x in v)
        and sum(len(x.split()) >= 3 for x in v) >= _FRONT_LIST_MIN
    ]
    if len(lists) != 1:
        return None
    items = [f"- {x.strip()}" for x in lists[0] if x.strip()]
    page = "\n".join([*lines, "", *items])
    best = understand(read(page), source, "outline")
    talks = best.programme.talks
    if not any(t.speakers for t in talks):
        return None
    said = next(
        (v for k, v in front.items() if str(k).casefold().replace("-", "_").endswith("date")),
        None,
    )
    day = said.date() if isinstance(said, datetime) else said if isinstance(said, date) else None
    if day is None and said is not None:
        day = find_date(str(said))[0]
    for talk in talks:
        if talk.day is None and talk.start is None:
            talk.day = day
    return Reading(
        _OUTLINE_SHAPES[best.shape],
        best.programme,
        evidence=[f"{len(items)} lines of the front matter's list, read as the page's list"],
    )


def _outline(text: str, source: str, deep: bool) -> list[Reading]:
    from confnotes.importers import structure
    from confnotes.importers.rule_blocks import headed
    from confnotes.importers.shapes import understand

    # notes without headings whose talks a rule and a title line open: those lines are
    # the headings a reader sees (:mod:`confnotes.importers.rule_blocks`)
    outline = headed(text) or structure.read(text)
    best = understand(outline, source, "outline")
    out = [Reading(_OUTLINE_SHAPES[best.shape], best.programme, evidence=list(best.evidence))]
    if not deep:
        return out
    # the best-scored shape of each reading: "sections" is the headings' reading or the
    # list of talks' under them, whichever the document says more of
    for shape in sorted(best.scores, key=lambda k: -best.scores[k]):
        if shape == best.shape or _OUTLINE_SHAPES[shape] in {r.shape for r in out}:
            continue
        other = understand(structure.read(text), source, "outline", force=shape)
        if other.shape == shape:
            out.append(Reading(_OUTLINE_SHAPES[shape], other.programme, evidence=other.evidence))
    if "one-note" not in {r.shape for r in out}:
        single = understand(structure.read(text), source, "outline", force="single")
        out.append(Reading("one-note", single.programme, evidence=["the whole text, as written"]))
    return out


DEEP_LIMIT = 300_000
"""Characters up to which every reading is built and weighed; a larger text (a year of
notes in one file) is read by the detected format alone, unless ``--as`` asks."""


TEXT_READERS = frozenset({"markdown", "jekyll", "text", "outline", "notes"})
"""Formats of text a person may have written (whole HTML pages are pages)."""


def notes_probability(text: str, source: str, detected: str) -> float:
    """The probability that a text document read as ``detected`` is a person's notes
    (:mod:`confnotes.importers.notes_or_programme`); 0 for a part of a document (no
    format detected) and for HTML pages."""
    if detected not in TEXT_READERS:
        return 0.0
    return notes_or_programme.probability(text, source, detected)


def _reader_failed() -> None:
    """Called in an ``except`` block: a reader that raises on a text offers no reading, so
    one broken reader never costs the user an import; under ``CONFNOTES_STRICT_READERS=1``
    (the test suite sets it) the exception is the bug it is, and goes on up."""
    if os.environ.get("CONFNOTES_STRICT_READERS") == "1":
        raise


def _format_readings(
    data: bytes,
    source: str,
    parse: Callable[[bytes, str, str], Programme],
    detected: str,
    readers: Mapping[str, Any],
    html: bool,
    readings: list[Reading],
) -> None:
    """The readings of the text's formats (:data:`_FORMAT_SHAPES`), added to ``readings``."""
    for name, shape in _FORMAT_SHAPES.items():
        module = readers.get(name)
        if module is None or float(module.detect(data)) <= 0.0:
            continue
        if html and name in _LINE_READERS:
            continue  # an HTML page is read through the HTML parser, not as lines
        try:
            programme = parse(data, source, name)
        except BadInputError:
            if name == detected:
                raise  # the file is what this reader reads, and it is broken: say where
            continue
        except Exception:  # a reader that cannot read this text offers no reading
            _reader_failed()
            continue
        if programme.talks or programme.roles or programme.sessions:
            readings.append(Reading(shape, programme, reader=name))


def candidates(
    data: bytes,
    text: str,
    source: str,
    parse: Callable[[bytes, str, str], Programme],
    detected: str = "",
    formats: Mapping[str, Any] | None = None,
    compose: bool = True,
    fit_text: str | None = None,
    deep: bool | None = None,
) -> list[Reading]:
    """Every reading of a text document that its readers offer, scored; the reading of
    the ``detected`` format starts :data:`INCUMBENT` ahead. ``formats``: the registry's
    readers by name (each with ``detect(data)``), ``parse`` reads with one of them;
    ``compose``: also the reading of its parts, each by its best shape; ``fit_text``:
    the lines the readings are weighed on, when not all of ``text`` (a part's own lines,
    without the heading every reading interprets its own way); ``deep``: every shape of
    the outline reader, not only its best (by default when the text is not too large)."""
    readers = formats or {}

    deep = len(text) <= DEEP_LIMIT if deep is None else deep
    readings = _outline(text, source, deep)
    html_reader = readers.get("html")
    html = (
        doctree.parse(text).syntax == "html"
        and html_reader is not None
        and float(html_reader.detect(data)) > 0.0
    )
    notes_like = detected in NOTES_READERS
    p_notes = notes_probability(text, source, detected)
    # a run of items in a person's notes is read as talks only when its own times or a
    # programme's heading ground it (:mod:`confnotes.importers.runs`)
    notes_token = runs.NOTES_LIKELY.set(p_notes >= 0.5 or (notes_like and IN_NOTES_FOLDER.get()))
    try:
        _format_readings(data, source, parse, detected, readers, html, readings)
    finally:
        runs.NOTES_LIKELY.reset(notes_token)
    for parts in [r for r in readings if r.shape == "sections"]:
        if added := attended.add_unwritten(parts.programme, text):
            parts.evidence.append(f"{added} talks listed as attended with no part of their own")
    if detected in TEXT_READERS:
        for build_notes in (_prose, _label_parts, _talk_lists):
            try:
                if (found := build_notes(text, readings, source)) is not None:
                    readings.append(found)
            except Exception:
                _reader_failed()
    notes = readers.get("notes")
    if notes is not None and float(notes.detect(data)) >= 0.5:
        try:
            readings.append(Reading("day-notes", parse(data, source, "notes"), reader="notes"))
        except Exception:
            _reader_failed()
    for build in (
        _timetable,
        _index,
        _records,
        _tree_records,
        _front_data,
        _front_list,
    ):
        try:
            if build is _tree_records:
                # a person's notes (the fitted classifier sure of it), or a file of a
                # person's folder of notes: a repeated block in it is a part of those
                # notes (a capitalised phrase of its parts no speaker), not a
                # programme's record
                in_folder = notes_like and IN_NOTES_FOLDER.get()
                sure = p_notes >= notes_or_programme.SURE
                reading = None if in_folder or sure else _tree_records(text, source, notes_like)
            else:
                reading = build(text, source)
        except Exception:
            _reader_failed()
            reading = None
        if reading is not None:
            readings.append(reading)
    if html:
        _name_by_page(readings, text)
    _join_front_roster(readings, text)
    searchable = Searchable(text)  # one index of the text for every reading weighed on it
    post = fit_text is None and blog_post(text)
    for n, reading in enumerate(readings):
        alike_heads.read_alike(reading.programme, text)  # "Keynote - Sha" as "Keynote - Ana Ruiz"
        weigh_people(reading.programme, text, searchable)
        added = (
            attended.add_listed_only(reading.programme, text) if reading.shape == "sections" else 0
        )
        if added:
            reading.evidence.append(f"{added} talks listed as attended, links to the event's pages")
        score, evidence, reading.kept, reading.explained, reading.sound, reading.held = _fit(
            reading.programme,
            text if fit_text is None else fit_text,
            fit_text is None and detected != "outline",  # a page, not a person's notes
        )
        if post:
            # a blog post keeps its every line whichever reading wins (the writer's own
            # words around a schedule pasted in): what each leaves out weighs nothing
            score /= RANK["k0"] + (1 - RANK["k0"]) * reading.kept
        tree_reader = reading.shape in ("timetable", "index") and (
            detected == "html"
            or (detected in ("markdown", "jekyll") and HTML_TABLE in reading.evidence)
        )  # an HTML table in a Markdown page is read by the HTML parser
        # the page's own structure (its elements' records; the tree's runs earn no bonus)
        tree_reader = tree_reader or (reading.shape == "records" and reading.reader != "tree")
        if (
            (detected == "outline" and n == 0)
            or (reading.reader and reading.reader == detected)
            or tree_reader  # it reads the page through the same HTML parser
        ):
            score += INCUMBENT
            evidence.insert(0, f"the {detected} format's own markers")
            reading.incumbent = True
        reading.score = round(score, 4)
        reading.evidence = [*reading.evidence, *evidence]
    headings = _talk_headings(text)
    for reading in readings:
        reading.headed = headings_titled(reading.programme, headings)
    for reading in [r for r in readings if r.incumbent]:
        if any(
            other is not reading
            and other.shape != "one-note"
            and other.explained >= reading.explained
            and other.kept >= reading.kept + DROPS
            for other in readings
        ):
            # "### Panel" over names in a person's notes: a page's reading that explains no
            # more of the text than a reading of notes, and leaves most of it out, does not
            # win by its format's markers alone
            reading.score = round(reading.score - INCUMBENT, 4)
            reading.incumbent = False
            reading.evidence.append("another reading explains as much and keeps the rest")
    for reading in [r for r in readings if r.incumbent]:
        better = [
            other
            for other in readings
            if other.reader == "tree"
            and other.explained >= reading.explained + EXPLAINS_MORE
            and other.held >= reading.held
            and other.sound >= reading.sound
            # the document's headings stay its talks' titles: records titled by a line
            # under each heading (a summary's first point) read the same document worse
            and other.headed >= reading.headed
        ]
        if not better:
            continue
        # the document's own repeated records explain clearly more of it, keep as much and
        # hold up as well: the reading of the same document, read better, takes the
        # format's markers as its own evidence
        reading.score = round(reading.score - INCUMBENT, 4)
        reading.incumbent = False
        reading.evidence.append("the document's repeated records explain more of it")
        best = max(better, key=lambda r: r.score)
        if not best.incumbent and not _covered_better(best, readings):
            best.score = round(best.score + INCUMBENT, 4)
            best.incumbent = True
            best.evidence.insert(0, f"explains more than the {reading.shape} reading")
    for reading in [r for r in readings if r.incumbent]:
        if _read_better(reading, readings):
            reading.score = round(reading.score - INCUMBENT, 4)
            reading.incumbent = False
            reading.evidence.append("another reading explains and keeps more of it")
    if compose and deep and max((r.score for r in readings), default=0.0) < 1.0 - CLOSE:
        # a reading by parts scores at most 1 and must beat the best by CLOSE
        for whole in _close_wholes(readings):
            with contextlib.suppress(Exception):
                _compose_on(whole, text, source, parse, readers, detected, searchable, readings)
    if fit_text is None:
        # the talks a write-up's sentences set apart under its day headings: a person's
        # account, whichever reader detected it (a post read as a page too)
        day_titles_found(readings, text)
    if fit_text is None and (detected in NOTES_LIKE or p_notes >= 0.5):
        # a person's notes (detected so, or so by the classifier though detected as a
        # page), or a post (notes of a talk are often one)
        one_talk_unless_proven(readings, text, source)
        several_talks_found(readings, _front_share(text))
        listed_talks_found(readings, text)
        labelled_parts_found(readings, text)
        talk_lists_found(readings, text)
        event_pages_found(readings, text)
        sentences_built_alike(readings, text, _front_share(text))
    if detected not in NOTES_READERS:
        brands = {b for r in readings for b in _brands(r.programme.name)}
        for reading in readings:
            reading.programme.name = event_part(reading.programme.name)  # "DENOG8 - AGENDA"
            _no_event_team(reading.programme, brands)
    for reading in readings:
        if not reading.programme.name.strip() or _only_a_day(reading.programme.name):
            # "3月17日(日)", "Friday 6 February 2026": the first day heading, no event's
            # name; the file's name says more (and so it does where the event's team
            # or a part's label was all the name had)
            named = front_named(structure.read(text).front, source, None)
            reading.programme.name = named or Path(source).stem.replace("_", " ") or "Notes"
            reading.programme.name_from = "front matter" if named else "file name"
    for reading in readings if detected not in NOTES_READERS else ():
        name = title_key(reading.programme.name)
        spoken = any(t.speakers for t in reading.programme.talks)
        for talk in reading.programme.talks:
            if not (talk.speakers or talk.start) and (
                (reading.shape == "one-note" and generic_page_name(talk.title))
                or (title_key(talk.title) == name and (reading.shape == "one-note" or spoken))
            ):
                # "Conference Program", the event's name: no talk; the page's name said
                # again over talks that have speakers (a post's bold first line) neither
                talk.kind = "other"
    for reading in readings if not IN_NOTES_FOLDER.get() else ():
        # a page's facts; in a person's folder of notes, a talk's "## Where" is its part
        _field_headings_no_talks(reading.programme)
    rank_by_findings(readings, detected in NOTES_READERS)
    ranked = sorted(readings, key=lambda r: -r.score)
    unread: list[Reading] = []
    if fit_text is None and not (notes_like and IN_NOTES_FOLDER.get()):
        if SHOWN.get() or not ranked:  # shown, chosen, or the only reading there is
            ranked = _with_units(ranked, text, source, p_notes, searchable, detected != "outline")
        elif p_notes < notes_or_programme.SURE:
            unread.append(offered_unread("units"))  # named, built when shown or chosen
    single = next((r.score for r in ranked if r.shape != "several"), 0.0)
    for reading in ranked:
        if reading.shape == "several" and reading.score < single + CLOSE:
            reading.contender = False  # by parts only when clearly better than one shape
    ranked = [r for r in ranked if r.contender] + [r for r in ranked if not r.contender]
    page_like = p_notes < 0.5 or (
        p_notes < notes_or_programme.SURE
        # a post's date: its words' day on or after it; or a timetable's clocks, whose
        # one day the page says once (beside the list, as a meetup's page times its
        # evening and lists its talks apart); a timetable's clocks under a post's date (a
        # meetup's announcement): that day's, whoever each row names
        and (
            (_speakers_listed(ranked) and (front_day(text) is not None or _timetabled(ranked)))
            or (_clocked(ranked) and front_day(text) is not None)
        )
    )
    if fit_text is None and page_like and not (notes_like and IN_NOTES_FOLDER.get()):
        # a page, not a person's notes (whose one date may be the day they were written);
        # after the ranking: the page's one day completes a reading, it does not choose one
        _date_by_page(ranked, text, html)
        _kind_only_titles(ranked)
        _kind_by_page(ranked, text)
    if fit_text is None:
        # a series' talks, each on its own day, and the common hours the page says once
        _hours_by_page(ranked, text, html)
    ranked = [r for n, r in enumerate(ranked) if r.shape not in {x.shape for x in ranked[:n]}]
    return ranked + unread


_TALK_KINDS = frozenset({"keynote", "panel", "oral", "spotlight", "poster"})
"""Kinds a heading's own label gives a talk (``Keynote:``, ``Panel -``): a mark of one of
several talks. ``demo`` is not one: a talk's notes have a ``Demo`` part."""
_SEVERAL_TALKS_RE = re.compile(
    r"(?<![^\W_])(?:talks|sessions|keynotes|lightning|presentations|panels|vorträge|"
    r"charlas|ponencias|exposés|interventi|palestras|apresentações|conférences|доклады)"
    r"(?![^\W_])",
    re.I,
)
"""Words of a title or file name that say it holds several talks (``Lightning talks``,
``accessibility-talks.md``), in the languages notes are written in."""
_SUBTITLE_RE = re.compile(r"[:：|]|\s[—–-]\s")
"""What parts a title from its subtitle (``Conf 2026 report: what we learned``)."""
_DATE_STEM_RE = re.compile(r"\d{4}[-_. ]\d{1,2}[-_. ]\d{1,2}")
"""A file named by a day alone (a note tool's daily note)."""
_ONE_TALK_STEM_RE = re.compile(rf"(?<![^\W\d_])(?:{TALK_LABEL_RE.pattern})\s*\d{{1,3}}(?!\d)", re.I)
"""A file name that numbers one talk (``Day2-Talk09``, ``vortrag 3``)."""


_STEM_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d$")
"""A year ending a file's name (``madc2018``, ``pycon-2019``)."""
EVENT_STEM_WORDS = 3
"""The most words before the year in a file named for an event (:func:`_event_stem`)."""


def _event_stem(stem: str) -> bool:
    """Whether a file's name is an event's name and its year, as people name the file of
    their notes of a whole conference (``madc2018``, ``pycon-2019``, ``Jfokus 2020``): a
    name of three words at most, each with a letter, then the year. A talk's notes are
    named by its title, which rarely ends on a year; a daily note's name is a date."""
    m = _STEM_YEAR_RE.search(stem)
    if m is None:
        return False
    words = [w for w in re.split(r"[\W_]+", stem[: m.start()]) if w]
    return 1 <= len(words) <= EVENT_STEM_WORDS and all(not w.isdigit() for w in words)


_SESSION_CODE_RE = re.compile(r"[A-Z]{2,6}[0-9]{2,4}(?:-[A-Z0-9]{1,3})?")
"""A session's code as big conferences number theirs (``NET305``, ``BRK2001``)."""


def _read_better(incumbent: Reading, readings: list[Reading]) -> bool:
    """Whether a reading of talks outscores the detected format's own reading on the
    document's lines alone, explaining more of them, keeping more (in a fact or a note)
    and finding people it missed in talks it read a title for: the format's markers say
    which reader knows the format, and break the tie between two readings that find the
    same talks and people; they cannot overturn what the document's lines show (a post's
    timetable whose rows hide the talks' speakers, against the page's records that read
    them; a heading per abstract, against the table that lists every talk with its
    speaker). A person found only by a made-up title (``Talk by Ana Ruiz``) is no such
    evidence, nor are names in sentences (the prose reading's: a write-up's ``the
    [European Parliament Hemicycle](…)`` is a place, not a speaker)."""
    own = incumbent.score - INCUMBENT
    people = _titled_people(incumbent)
    return any(
        other is not incumbent
        and other.shape not in ("one-note", "several", "prose")
        and other.score > own
        and other.explained > incumbent.explained
        and other.kept > incumbent.kept
        and other.held >= incumbent.held
        and _titled_people(other) > people
        for other in readings
    )


def _titled_people(reading: Reading) -> int:
    """The people who pass the person test that a reading names as speakers of talks it
    read a title for (:func:`_made_up_title`), or in a role."""
    talks = [t for t in reading.programme.talks if t.kind != "other" and not _made_up_title(t)]
    people = {p.name for t in talks for p in t.speakers if is_person_name(p.name)}
    people |= {r.person.name for r in reading.programme.roles if is_person_name(r.person.name)}
    return len(people)


def _covered_better(tree: Reading, readings: list[Reading]) -> bool:
    """Whether another reading accounts for clearly more of the document as talks than
    the tree's repeated records (explains more of its lines, its records as sound, the
    headings it titles as many): then the records are not the same document read
    better, and they do not take the detected format's evidence as their own (a page of
    one table per week: the rows' talks, each with its speaker, against one record per
    week whose body holds the table)."""
    return any(
        other.reader != "tree"
        and other.shape != "one-note"
        and other.explained >= tree.explained + EXPLAINS_MORE
        and other.sound >= tree.sound
        and other.headed >= tree.headed
        for other in readings
    )


def _marked_talk(talk: ProgrammeTalk, post_tags: frozenset[str] = frozenset()) -> bool:
    """A talk the reading found a slot's mark on: a speaker, a speaker's slot even
    where it names no one yet (``Speakers: Team 1``, ``Speaker: TBA``), a time, a kind of
    talk or a programme's slot its heading's label said (``Keynote:``, ``Talk 3 -``,
    ``Morning session``), a link to its page, or its session's code (``NET305``). The
    post's own ``tags``/``categories`` (``post_tags``), which every part inherits, are
    no mark of a talk."""
    if talk.speakers or talk.start or talk.clock or talk.kind in _TALK_KINDS or talk.links:
        return True
    if _SESSION_CODE_RE.fullmatch(talk.source_id):
        return True
    if set(talk.tags) - post_tags:
        return True  # its format said under its title ("**Tools-in-Action**")
    from confnotes.importers.headings import speaker_slot

    title = doctree_plain(talk.title).strip()
    if _SLOT_LABEL_RE.match(title) or _SESSION_SLOT_RE.search(title):
        return True
    lines = [x for x in talk.body.split("\n")[:6] if x.strip()][:3]
    head = lines[0].lstrip() if lines else ""
    if head.startswith("#") and _labelled_head(doctree_plain(head.lstrip("#")).strip()):
        return True  # its heading kept in its note, the label its title lost (``### Vortrag:``)
    return any(speaker_slot(x) for x in lines)


def _labelled_head(head: str) -> bool:
    """A heading led by a label saying what kind of talk follows (``Vortrag: Title``,
    ``Session - Title (Name, Org)``, ``Keynote – Title``). A demo's label is no mark: a
    talk's notes have a ``Demo:`` part."""
    from confnotes.importers.headings import KIND_PREFIX_RE

    if _SLOT_LABEL_RE.match(head):
        return True
    m = KIND_PREFIX_RE.match(head)
    return m is not None and m.group("kind").lower() != "demo"


_SLOT_LABEL_RE = re.compile(rf"^(?:{TALK_LABEL_RE.pattern})s?\s*(?:\d{{1,3}}|[:：])", re.I)
"""A heading labelled as one of a programme's slots (``Talk 3``, ``Vortrag:``)."""
_SESSION_SLOT_RE = re.compile(
    r"\b(?:session|track|sitzung|séance|sesión|sessione|sessão)\s{0,3}\d{0,3}\s*$|"
    r"^(?:session|track|sitzung|séance|sesión|sessione|sessão)\s{0,3}\d{1,3}\b",
    re.I,
)
"""A heading that names a session of a programme (``Morning session``, ``Track 2``)."""


def _document_title(text: str, source: str) -> tuple[str, list[str], list[str]]:
    """The title a reader sees first (the front matter's, or a heading at the top), the
    document's headings' titles, and those of the headings with two parts or more."""
    from confnotes.importers import structure
    from confnotes.importers.document_names import first_words, opening_label

    outline = structure.read(text)
    sections = outline.sections()
    title = str(outline.front.get("title") or "")
    first = first_words(outline.lines, outline.front_last + 1)
    if not title and sections and sections[0].line == first:
        title = sections[0].title
    if not title and not sections:
        title = opening_label(outline)  # a plain text's first line, standing alone
    return (
        title,
        [s.title for s in sections[:400]],
        [s.title for s in sections[:400] if len(s.children) >= 2],
    )


def _event_yeared(title: str) -> bool:
    """Whether a title is an event's name ending on its kind, then its year (``Harbour
    Cloud Day 2031``, ``Lakeside Data Forum 2031``): what a page of its talks is titled,
    never one talk."""
    from confnotes.importers.event_name import names_the_event
    from confnotes.importers.persons import ends_on_event_kind

    m = _TITLE_YEAR_RE.search(title)
    if m is None or not names_the_event(title):
        return False
    head = title[: m.start()].strip()
    return ends_on_event_kind(head) or head.casefold().endswith((" day", " days"))


_TITLE_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\s*$")


def _collection(text: str, source: str, programme: Programme) -> str:
    """What says the document is notes of a day or of an event (so of several talks):
    its title names a day, a date or several talks, or is "notes of" an event; its
    file's name names several talks; two of its headings name days; the reading's talks
    fall on two days or more. "" when nothing does."""
    from confnotes.importers.headings import DAY_ORDINAL_STEM_RE, DAY_RE, conference_name

    title, headings, parents = _document_title(text, source)
    plain = doctree_plain(title).strip()
    year = find_year(text[:4000]) or 2000
    if plain and (DAY_RE.search(plain) or find_date(plain, year)[0] or line_date(plain, year)):
        return "its title names a day"
    if plain and _SEVERAL_TALKS_RE.search(plain):
        return "its title names several talks"
    head = _SUBTITLE_RE.split(plain, maxsplit=1)[0].strip()  # "X 2026 参加レポート：…"
    if plain and (conference_name(plain) != plain or conference_name(head) != head):
        return "its title says it is notes of an event"
    if plain and _event_named(plain, text):
        return "its title is an event's name, and its opening says it is an event"
    if plain and _event_dated(plain, text):
        return "its title is an event's name, over the event's date"
    if plain and _event_yeared(plain):
        return "its title is an event's name and its year"
    stem = Path(source).stem.replace("_", " ").replace("-", " ")
    if _SEVERAL_TALKS_RE.search(stem):
        return "its file's name names several talks"
    named_day = DAY_RE.search(stem) or DAY_ORDINAL_STEM_RE.search(Path(source).stem)
    if named_day and not _ONE_TALK_STEM_RE.search(stem):
        return "its file's name names a day"  # "day1.md"; not "Day2-Talk09.md", one talk
    if _DATE_STEM_RE.fullmatch(Path(source).stem):
        return "its file's name is a day"  # a daily note, "2025-03-13.md"
    if _event_stem(Path(source).stem):
        return "its file's name is an event's, a name and its year"  # "madc2018.md"
    if sum(1 for h in headings if DAY_RE.search(doctree_plain(h))) >= 2:
        return "its headings name days"
    if titles_over_parts(structure.read(text)):
        return "its top headings are several titles, each over parts of its own"
    if any(says_talks(h) for h in parents):
        return "a heading over its parts says they are talks"  # "## As palestras do X"
    if attended.proves_talks(text):
        return "it lists the talks attended, then heads a part with each"
    days = {t.day or (t.start.date() if t.start else None) for t in programme.talks} - {None}
    if len(days) >= 2:
        return "its talks fall on several days"
    if _templated(text, programme):
        return "its talks' headings hold the same parts, one template filled in for each"
    if _quoted_openings(text, programme):
        return "its parts each open with a quoted passage, an abstract pasted under each title"
    return ""


QUOTED_LEAST = 3
"""Parts that must open with a quoted passage for the parts to be talks."""


def _quoted_openings(text: str, programme: Programme) -> bool:
    """Three of the reading's talks or more, and all but one in five, open with a quoted
    passage (``> …`` under each ``# Title``): the writer pasted each talk's abstract from
    the programme and wrote under it. The parts of one talk's notes ("Key points",
    "Questions") do not all open with a quotation; talks copied from a programme do.

    Quotes alone are not enough (``## Work`` over ``> Simplicity is …`` under ``#
    Favourite quotes`` is a page of quotations): the quoted parts must also be the file's
    own top headings, each a title with nothing over it, or most of them must say a talk's
    word in their heading or quotation ("In this talk, …")."""
    from confnotes.importers import structure
    from confnotes.importers.talk_levels import part_key

    titles = {part_key(t.title) for t in programme.talks if t.kind != "other"}
    sections = structure.read(text).sections()[:2000]
    parts = [s for s in sections if part_key(s.title) in titles]
    quoted = [s for s in parts if s.blocks and s.blocks[0].kind == "quote"]
    if len(quoted) < QUOTED_LEAST or len(quoted) * 5 < len(parts) * 4:
        return False
    top = min(s.level for s in sections)
    if all(s.level == top for s in quoted):
        return True  # a file of titles, each with its abstract: no one title over them
    said = sum(1 for s in quoted if _TALK_WORD_RE.search(f"{s.title}\n{s.blocks[0].text}"))
    return said * 2 > len(quoted)


_EVENT_YEAR_RE = re.compile(r"(?:19|20)\d\d")
"""A year as an event's name ends with it (``MLConf 2019``)."""
_TALK_WORD_RE = re.compile(rf"\b{TALK_LABEL_RE.pattern}s?\b", re.I)
"""A word for a talk, among a sentence's words (``the keynote talk at …``)."""


def _event_named(title: str, text: str) -> bool:
    """``# MLConf 2019`` over "This conference is about…": a title that is a name and a
    year alone (a name's words, capitalised, three at most), over an opening whose words
    say what kind of event it was. A talk's title is rarely a name and a year; and the
    notes of one talk do not open on the event."""
    from confnotes.importers import structure
    from confnotes.importers.persons import names_a_kind_of_event_only

    words = title.split()
    if not 2 <= len(words) <= 4 or not _EVENT_YEAR_RE.fullmatch(words[-1]):
        return False
    if not all(w[:1].isupper() for w in words[:-1]):
        return False
    outline = structure.read(text)
    sections = outline.sections()
    heads = [s for s in sections if s.level == min((x.level for x in sections), default=0)]
    body = [s for s in sections if s is not heads[0]] if len(heads) == 1 else sections
    stop = body[0].line if body else len(outline.lines)
    opening = " ".join(outline.lines[outline.front_last + 1 : stop][:40])
    for word in opening.split()[:300]:
        said = word.strip(".,;:!?()\"'").casefold()
        if len(said) > 4 and names_a_kind_of_event_only(said):
            # "The edition talk at the conference": one talk's notes, the event only
            # where it was given (a word for a talk before the event's)
            before = opening[: opening.find(word)]
            return not _TALK_WORD_RE.search(before)
    return False


DATELINE_CHARS = 120
"""The longest line read as an event's dateline (its date, then where it is held)."""


def _event_dated(title: str, text: str) -> bool:
    """``# CSSConf Asia 2014`` over ``19 Nov 2014, Venue``: a title that is a name and a
    year, whose first line under it (a line or a heading) is a date of that same year, as
    a report of an event opens on when and where it was held. A talk's notes may name its
    event; they do not open on the event's name over its date."""
    words = title.split()
    if not 2 <= len(words) <= 5 or not _EVENT_YEAR_RE.fullmatch(words[-1]):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words[:-1]):
        return False
    outline = structure.read(text)
    sections = outline.sections()
    if not sections or doctree_plain(sections[0].title).strip() != title:
        return False
    under = (x.strip() for x in outline.lines[sections[0].heading_last + 1 :][:40])
    line = doctree_plain(next((x for x in under if x), "").lstrip("#").strip())
    if not line or len(line) > DATELINE_CHARS:
        return False
    day, own_year = find_date(line, int(words[-1]))
    return day is not None and own_year and day.year == int(words[-1])


def _templated(text: str, programme: Programme) -> bool:
    """Three of the reading's talks or more hold the same two sub-headings or more
    (``### metadata`` and ``### content`` under most): a form a person filled in once
    per talk, so the headings above the form are talks."""
    from confnotes.importers import structure
    from confnotes.importers.talk_levels import part_key

    titles = {part_key(t.title) for t in programme.talks}
    parts = [
        {part_key(c.title) for c in s.children}
        for s in structure.read(text).sections()[:2000]
        if len(s.children) >= 2 and part_key(s.title) in titles
    ]
    seen = Counter(key for kids in parts for key in kids if key)
    return sum(1 for n in seen.values() if n >= 3) >= 2


def one_talk_unless_proven(readings: list[Reading], text: str, source: str) -> None:
    """A person's notes file is one talk unless it proves otherwise: a reading that makes
    several talks of it must show that its parts repeat as talks do. Convention by
    convention, the marks are a speaker (a by-line, a speaker slot, a name in the
    heading), a time, a kind of talk the heading's label says (``Keynote:``, ``Panel``),
    a link to the talk's page, on most of its talks (``RANK["proof"]``); or a document
    that says it is notes of a day or an event (its title names a day, a date, several
    talks, "notes of" an event; its headings name days). Without them the sub-headings
    ("Key points", "Why it matters", "Demo", topics) are parts of one talk, and the
    reading of one talk (or the whole text as one note) ranks first; the other stays
    offered to ``--as``."""
    ones = [r for r in readings if r.shape in ("talk", "one-note")]
    if not ones:
        return
    one = max(ones, key=lambda r: r.score)
    collection: str | None = None
    notes_first: bool | None = None
    listed_keys: set[str] | None = None
    # "## Author" over a name under the title: the note says who gave its one talk, so
    # its other parts' marks ("Case study: …" read as a speaker) prove no talks
    named_one = one.shape == "talk" and ROLE_PART_EVIDENCE in one.evidence
    post_tags = frozenset(structure.front_tags(structure.read(text).front))
    for reading in readings:
        if reading in ones or reading.score < one.score - CLOSE:
            continue  # (a close one too: unproven, it is no contender of the one talk)
        talks = [t for t in reading.programme.talks if t.kind != "other"]
        roles = reading.programme.roles
        listed = (
            RANK["listed"] > 0
            and len(talks) < 2
            and len(roles) >= 2
            and all(r.role == "speaker" for r in roles)
        )
        if len(talks) < 2 and not listed:
            continue
        # a list of names that no heading calls people ("- Initial Implementation"):
        # proof of nothing in a person's notes, as parts with no speaker are not
        marked = 0 if listed else sum(1 for t in talks if _marked_talk(t, post_tags))
        if not listed and not named_one and marked >= RANK["proof"] * len(talks):
            if notes_first is None:
                notes_first = _notes_first(text)
            if not notes_first or any(t.start or t.clock for t in talks):
                continue  # enough of its parts carry a talk's mark
        if listed_keys is None:
            listed_keys = {title_key(t.title) for t in talk_list_heads.listed_talks(text)}
        if listed_keys and listed_keys <= {title_key(t.title) for t in talks}:
            continue  # its talks are the items of a list a heading says are talks
        if collection is None:
            collection = _collection(text, source, reading.programme)
        if collection:
            continue
        reading.score = round(max(0.0, one.score - CLOSE - 0.01), 4)
        reading.contender = False
        reading.evidence.append(
            f"{marked} of {len(talks)} parts carry a speaker, time, kind or link, and "
            "nothing says the file is notes of a day or an event: one talk"
        )


def _notes_first(text: str) -> bool:
    """Whether most of a notes file's words come before its first heading: the notes of
    one talk written first, then a few headings after them (a link back to an index, the
    pad the notes were taken in), whose marks (a link, a label) prove nothing of several
    talks, as the parts of a day's notes hold its notes."""
    from confnotes.importers import structure

    if doctree.parse(text).syntax == "html":
        return False  # a page's markup is no notes before its headings
    outline = structure.read(text)
    sections = outline.sections()
    if not sections:
        return False
    first = sections[0].line
    above = sum(len(_WORD_RE.findall(x)) for x in outline.lines[outline.front_last + 1 : first])
    below = sum(len(_WORD_RE.findall(x)) for x in outline.lines[first:])
    return above > below


SOUND = 0.8
"""The share of sound records (four in five) a reading needs to find clearly more than
another (:func:`dominates`): whatever the other's share (one talk with its speaker is
100 % sound on two records, which says little against twenty talks)."""


def rank_by_findings(readings: list[Reading], every_line_kept: bool = False) -> None:
    """A reading that finds the talks the best one finds (all but one in five), and their
    speakers where the best finds none, ranks above it (a post's timetable: the page
    reader's talks and the timetable reader's, the same fourteen, only the second with
    who gives them); its records sound, every line the best keeps kept. What decides is
    what it found, not the score's share of lines explained. So too a reading that finds
    more than the best whose lead is its format's bonus alone (:func:`finds_more`).
    ``every_line_kept``: a person's notes, whose every line the import keeps whichever
    reading wins (what a reading leaves out is not lost)."""
    if len(readings) < 2:
        return
    best = max(readings, key=lambda r: r.score)
    if best.incumbent:
        # the format's markers weigh where the readings find alike; a reading that finds
        # more of the talks, their people or the document's headings, losing nothing,
        # and that the score ranks close once those markers are set aside, is the better
        # reading of the same document (the tree's records under a page's sections)
        for reading in sorted(readings, key=lambda r: -r.score):
            if (
                reading is not best
                and reading.contender
                and not reading.incumbent
                and reading.score + CLOSE >= best.score - INCUMBENT
                and finds_more(reading, best, every_line_kept)
            ):
                reading.score = round(best.score + 0.01, 4)
                reading.evidence.append(
                    f"finds more than the {best.shape} reading, which led by its format's "
                    "markers alone"
                )
                return
    titles = {title_key(t.title) for t in best.programme.talks if t.kind != "other"}
    if len(titles) < 2 or found_by(best)[1] > 0:
        return
    for reading in sorted(readings, key=lambda r: -r.score):
        if reading is best or reading.sound < SOUND or reading.kept < best.kept:
            continue
        theirs = {title_key(t.title) for t in reading.programme.talks if t.kind != "other"}
        if len(titles - theirs) * 5 <= len(titles) and found_by(reading)[1] >= 2:
            reading.score = round(best.score + 0.01, 4)
            reading.evidence.append(f"finds the {best.shape} reading's talks with their speakers")
            return


def finds_more(a: Reading, b: Reading, every_line_kept: bool = False) -> bool:
    """Whether reading ``a`` finds at least as much as ``b`` of each thing
    :func:`found_by` counts (talks grounded by a speaker or a time, people who pass the
    person test, the document's headings titled) and more of two of them, two talks or
    more grounded, keeps every line ``b``
    keeps (unless the import keeps every line either way), and holds up as well (or on
    the whole, :data:`SOUND`). Less than :func:`dominates` asks (clearly more): enough
    where the readings' scores are close but for a bonus neither finding earned."""
    fa, fb = found_by(a), found_by(b)
    if fa[0] < 2:
        return False  # one talk found is no more than the parts another reading made
    pairs = list(zip(fa, fb, strict=True))
    if any(x < y for x, y in pairs) or sum(1 for x, y in pairs if x > y) < 2:
        return False  # one count more alone is a reader's slip as often (a pause timed)
    if not every_line_kept and a.kept < b.kept:
        return False
    return a.sound >= min(b.sound, SOUND)


def found_by(reading: Reading) -> tuple[int, int, int]:
    """What a reading found in its document: (its talks grounded by a speaker or a time,
    the people it names who pass the person test, the document's headings it made its
    talks' titles)."""
    # a heading read as its own speaker ("## Calm Offices" by Calm Offices) finds no one
    talks = [
        t
        for t in reading.programme.talks
        if t.kind != "other" and not (t.speakers and _only_its_speakers(t))
    ]
    grounded = sum(1 for t in talks if t.speakers or t.start or recorded(t))
    people = {p.name for t in talks for p in t.speakers if is_person_name(p.name)}
    people |= {r.person.name for r in reading.programme.roles if is_person_name(r.person.name)}
    return grounded, len(people), reading.headed


def _talk_headings(text: str) -> list[set[str]]:
    """The words of each of the document's headings but its first (the document's own
    title), as far as the outline reader reads them."""
    _title, headings, _parents = _document_title(text, "")
    return [w for h in headings[1:] if (w := _words(doctree_plain(h)))]


def headings_titled(programme: Programme, headings: list[set[str]]) -> int:
    """How many of the document's ``headings`` title one of the programme's talks that has
    a speaker or a time: the talk's title is the heading's words, or a part of them
    (``## 2. Title - Name - Venue`` titles the talk ``Title``), a title it gives no other
    talk. A reading that took a line under each heading for its title (a list's first
    point) titles none, whatever convention the headings follow."""
    titles = Counter(
        frozenset(w)
        for t in programme.talks
        if t.kind != "other" and (t.speakers or t.start or recorded(t)) and (w := _words(t.title))
    )  # a talk's title: a heading over a speaker, a time or its recording ("## Notes" alone
    # is a part)
    # a title the reading gives two talks ("talks" under "## 18:30 talks" and "## 19:45
    # talks") is a slot's word, not a talk's title; each title is looked up under its
    # least word, so a heading weighs only the titles that may be part of it
    by_word: dict[str, list[frozenset[str]]] = {}
    for title, n in titles.items():
        if n == 1:
            by_word.setdefault(min(title), []).append(title)
    return sum(1 for h in headings if any(t <= h for w in h for t in by_word.get(w, ())))


BLOG_KEYS = frozenset({"categories", "category", "tags", "author", "authors", "comments"})
"""Front-matter keys of a blog's posts (its taxonomies, its writer), not of a site's pages."""


def blog_post(text: str) -> bool:
    """A blog post: its front matter names its layout a post, or files it under a blog's
    categories or tags, or names its author. What it holds besides a programme (a
    programme pasted into it) is its writer's own text, kept whatever reading wins."""
    front = structure.read(text).front
    layout = str(front.get("layout") or front.get("type") or "").casefold()
    return layout in ("post", "posts", "blog", "article") or bool(BLOG_KEYS & set(front))


def dominates(a: Reading, b: Reading, slack: float = 0.0) -> bool:
    """Whether reading ``a`` finds clearly more of what a reader looks for than ``b``,
    losing nothing on the way. Found: talks grounded by a speaker or a time, people who
    pass the person test, the document's headings kept as its talks' titles
    (:func:`found_by`); ``a`` finds at least as much of each, and clearly more of one
    (twice the grounded talks, two or more, with more people; or twice the headings
    titled, two or more), its records sound on the whole (:data:`SOUND`), every line
    ``b`` keeps kept. Notes of twenty talks with sixteen
    speakers and sound records against one talk of the whole text are no close call,
    whatever their scores' difference: the score weighs the share of lines explained,
    which notes (mostly the person's own words) keep low for every reading; nor are
    records titled by the first point under each talk's heading against the talks
    those headings title. The mechanism reads any convention by what it found (a
    speaker line, a by-line, a name in a heading, a time, a heading), not by its words.
    ``slack``: a share of lines ``b`` keeps that ``a`` need not (a post's front matter)."""
    ga, pa, ha = found_by(a)
    gb, pb, hb = found_by(b)
    if ga < gb or pa < pb or ha < hb:
        return False
    if a.sound < SOUND or a.kept < b.kept - slack:
        return False
    more_talks = ga >= 2 and ga >= 2 * gb and pa > pb
    more_headings = ga >= 2 and ha >= 2 and ha >= 2 * hb
    return more_talks or more_headings


PROGRAMME_FOUND = 3
"""Talks grounded by a speaker or a time a programme reading needs (with two people and
sound records) to be a programme whatever the close call."""


def programme_either_way(best: Reading, second: Reading) -> bool:
    """Two close readings that both take the document for a programme (a timetable, an
    index of talk pages, records, a page's schedule; or sections), the first finding
    talks grounded by speakers or times, people, and records that hold up: whichever is
    right, the document is a programme, and one note of its whole text would find
    nothing of it. A person's notes (one talk, its parts) never reads so."""
    if best.shape not in PROGRAMME_SHAPES or second.shape not in PROGRAMME_SHAPES | {"sections"}:
        return False
    grounded, people, _headed = found_by(best)
    return grounded >= PROGRAMME_FOUND and people >= 2 and best.sound >= SOUND


def _front_share(text: str) -> float:
    """The share of the document's lines (:func:`_content_lines`) that are its front
    matter's values: what a post's reading reads as its one talk's facts, and a reading of
    the notes under it carries as the event's name and day."""
    from confnotes.importers.structure import split_front

    lines = text.split("\n")
    _kind, _front, last = split_front(lines)
    if last < 0:
        return 0.0
    whole = len(_content_lines(text))
    body = len(_content_lines("\n".join(lines[last + 1 :])))
    return (whole - body) / whole if whole else 0.0


def _one_talk_readings(readings: list[Reading]) -> list[Reading]:
    """The readings that found no more than one talk: one talk, the whole text as one
    note, a post's one talk, or no talk with a speaker or a time and no person. The
    rules that raise a reading of several talks above them share this one test."""
    return [
        r
        for r in readings
        if r.shape in ("talk", "one-note") or _one_post(r) or found_by(r)[:2] == (0, 0)
    ]


def several_talks_found(readings: list[Reading], front: float = 0.0) -> None:
    """In a person's notes, a reading of several talks that :func:`dominates` the reading
    of one talk (or the whole text as one note) ranks above it, by :data:`CLOSE`: it
    found the talks' speakers or times and their people, kept every line, and its
    records hold up, where the one-talk reading found one talk. A reading the "one talk
    unless proven" rule set back is not raised (its parts carry no talk's marks). A post
    read as the one talk or seminar its front matter names is such a reading too: the
    notes of a day under a post's title are many talks. A reading that found no talk with
    a speaker or a time and no person (the writer's own topic headings, ``Ambiente``,
    ``Networking``, read as untold talks) found no more than one note does: a reading that
    dominates it ranks above it alike."""
    ones = _one_talk_readings(readings)
    if not ones:
        return
    one = max(ones, key=lambda r: r.score)
    for reading in readings:
        if reading in ones or not reading.contender or reading.score >= one.score + CLOSE:
            continue
        # against a post's one talk, the front matter's lines it reads count for neither
        if not dominates(reading, one, front if _one_post(one) else 0.0):
            continue
        grounded, people, _headed = found_by(reading)
        reading.score = round(one.score + CLOSE, 4)
        reading.evidence.append(
            f"{grounded} talks with a speaker or time and {people} people found, every line "
            f"kept, records sound: above the {one.shape} reading"
        )


def listed_talks_found(readings: list[Reading], text: str) -> None:
    """In a person's notes that list the talks attended and then head a part with each
    (:mod:`confnotes.importers.attended`), the reading whose talks are those parts ranks
    above the reading of one talk (or the whole text as one note): the writer's list says
    the parts are talks, as a speaker or a time under each would."""
    if not attended.attended_lists(text):
        return

    def listed(reading: Reading) -> str:
        n = attended.written_up(reading.programme, text)
        return f"{n} of its talks the writer lists as attended" if n >= attended.LEAST else ""

    _parts_proved(readings, listed)


def labelled_parts_found(readings: list[Reading], text: str) -> None:
    """In plain notes whose parts open on the same labels under a title each
    (:mod:`confnotes.importers.label_cycles`), the reading whose talks are those parts
    ranks above the whole text as one note: the repeated labels say the parts are talks,
    as a speaker under each would."""
    from confnotes.importers import label_cycles

    def labelled(reading: Reading) -> str:
        talks = [t for t in reading.programme.talks if t.kind != "other"]
        n = label_cycles.parts_titled(reading.programme, text)
        ok = n >= label_cycles.CYCLES_LEAST and n == len(talks)
        return f"{n} parts open on the same labels" if ok else ""

    _parts_proved(readings, labelled)


def talk_lists_found(readings: list[Reading], text: str) -> None:
    """In notes that list talks under headings saying so
    (:mod:`confnotes.importers.talk_list_heads`), the reading of those lists ranks above
    the whole text as one note: the headings say the items are talks, as a speaker
    under each would. It ranks above a reading of the post's headings too, when those
    name none of the listed talks and carry no talk's mark (``## Sessions I attended``,
    ``## Food``, ``## Wrap-up``: the writer's own parts)."""
    listed = {title_key(t.title) for t in talk_list_heads.listed_talks(text)}
    if not listed:
        return

    def said(reading: Reading) -> str:
        n = sum(1 for t in reading.programme.talks if title_key(t.title) in listed)
        return f"{n} talks listed under headings that say so" if n == len(listed) else ""

    _parts_proved(readings, said)
    listing = [r for r in readings if r.contender and said(r)]
    if not listing:
        return
    best = max(listing, key=lambda r: r.score)
    post_tags = frozenset(structure.front_tags(structure.read(text).front))
    for reading in readings:
        talks = [t for t in reading.programme.talks if t.kind != "other"]
        if (
            reading is best
            or not reading.contender
            or reading.score < best.score
            or reading.shape in ("talk", "one-note")
            or any(title_key(t.title) in listed for t in talks)
            or any(_marked_talk(t, post_tags) for t in talks)
        ):
            continue
        best.score = round(reading.score + 0.01, 4)
        best.evidence.append(f"{said(best)}: above the reading of the writer's own headings")


def event_pages_found(readings: list[Reading], text: str) -> None:
    """In a report whose sentences link talks to the event site's pages for them
    (:mod:`confnotes.importers.event_pages`), the reading of its sentences ranks above the
    reading of one talk or the whole text as one note: the links say the words are talks,
    as a speaker line under each would."""
    from confnotes.importers import event_pages

    linked = {title_key(t.title) for t in event_pages.find(text)}
    if len(linked) < event_pages.LEAST:
        return

    def said(reading: Reading) -> str:
        if reading.shape != "prose":
            return ""
        n = sum(1 for t in reading.programme.talks if title_key(t.title) in linked)
        return f"{n} talks linked to the event's pages for them" if n == len(linked) else ""

    _parts_proved(readings, said)


def sentences_built_alike(readings: list[Reading], text: str, front: float = 0.0) -> None:
    """In a post or notes whose sentences name several talks built the same way
    (:func:`confnotes.importers.sentence_talks.vouched`: ``[Ana](#s1) ci parlerà di
    *A*``, ``[Bo](#s2) ci parlerà di *B*``), the reading of its sentences ranks above the
    reading of one talk, the whole text as one note, or a reading that found no talk
    with a speaker and no person, clearly (no close call): the repeated build says the
    sentences name talks, as a speaker line under each would. A reading above it that
    finds as many talks with a speaker and keeps as many lines is a better structured
    reading, and stays above."""
    from confnotes.importers import sentence_talks

    prose = next((r for r in readings if r.shape == "prose" and r.contender), None)
    if prose is None or sentence_talks.vouched(text) < sentence_talks.REPEATS_LEAST:
        return
    ones = _one_talk_readings(readings)
    if not ones:
        return
    one = max(ones, key=lambda r: r.score)
    grounded, people, _headed = found_by(prose)
    if prose.score >= one.score + CLOSE or min(grounded, people) < 2 or prose.sound < SOUND:
        return
    if prose.kept < one.kept - max(front, KEPT_SLACK):
        return
    for other in readings:
        if other in ones or other is prose or other.score <= prose.score:
            continue
        if found_by(other)[0] >= grounded and other.kept >= prose.kept - KEPT_SLACK:
            return  # a better structured reading
    prose.score = round(one.score + CLOSE + 0.01, 4)
    prose.evidence.append(
        f"{grounded} talks named in sentences built alike: above the {one.shape} reading"
    )


KEPT_SLACK = 0.05
"""Lines a reading of sentences may keep fewer than the reading it ranks above (a
heading the other reads as a title is a note's line here)."""


def day_titles_found(readings: list[Reading], text: str) -> None:
    """In a person's notes whose day headings name the talks heard inside sentences, set
    apart by marks (:mod:`confnotes.importers.day_titles`: ``## Day 2`` over ``we heard
    `Title A`, then `Title B```), the reading whose talks are those titles ranks above the
    reading of one talk (or the whole text as one note): the marks say they are talks, as
    a speaker or a time would; and so it ranks above the readings that take the day
    headings for talks, with no close call between them."""
    said = {title_key(t) for t in day_titles.day_marked(text)}
    if len(said) < 2:
        return

    def marked(reading: Reading) -> int:
        talks = {title_key(t.title) for t in reading.programme.talks if t.kind != "other"}
        return len(said & talks)

    proved = [r for r in readings if r.contender and marked(r) >= 2]
    if not proved:
        return
    best = max(proved, key=lambda r: (marked(r), r.score))
    others = [r.score for r in readings if r is not best and r.kept <= best.kept]
    if others and best.score < max(others) + CLOSE:
        best.score = round(max(others) + CLOSE + 0.01, 4)
        best.evidence.append(f"{marked(best)} of its talks titled apart under the day headings")


def _parts_proved(readings: list[Reading], proof: Callable[[Reading], str]) -> None:
    """The best reading by parts that ``proof`` vouches for (it says why, or nothing)
    ranks above the reading of one talk or the whole text as one note, by :data:`CLOSE`
    (no close call), when it keeps every line that one keeps and is not already above it."""
    ones = [r for r in readings if r.shape in ("talk", "one-note")]
    if not ones:
        return
    one = max(ones, key=lambda r: r.score)
    for reading in sorted(readings, key=lambda r: -r.score):
        if reading in ones or not reading.contender or reading.kept < one.kept:
            continue
        if reading.score > one.score + CLOSE:
            return
        if why := proof(reading):
            reading.score = round(one.score + CLOSE + 0.01, 4)
            reading.evidence.append(f"{why}: above the {one.shape} reading")
            return


def _one_post(reading: Reading) -> bool:
    """A post's reading that makes one talk (or none) of the whole post."""
    return reading.shape == "post" and sum(t.kind != "other" for t in reading.programme.talks) <= 1


def _close_wholes(readings: list[Reading]) -> list[Reading]:
    """The whole readings a reading by parts builds on: the best, and the next of another
    shape when the two are a close call (by :data:`CLOSE`): the parts one leaves out may
    be the ones the other reads, and a composed reading on the second may be the best."""
    ranked = [r for r in sorted(readings, key=lambda r: -r.score) if r.shape != "one-note"]
    if not ranked:
        return []
    best = ranked[0]
    second = next((r for r in ranked[1:] if r.shape != best.shape), None)
    close = second is not None and best.score - second.score < CLOSE
    return [best, second] if close and second is not None else [best]


def _compose_on(
    whole: Reading,
    text: str,
    source: str,
    parse: Callable[[bytes, str, str], Programme],
    readers: Mapping[str, Any],
    detected: str,
    searchable: Searchable,
    readings: list[Reading],
) -> None:
    """Add to ``readings`` the reading by parts built on ``whole``, weighed as the others."""
    for reading in _composed(text, source, parse, readers, detected, whole.programme):
        weigh_people(reading.programme, text, searchable)
        score, evidence, reading.kept, reading.explained, reading.sound, reading.held = _fit(
            reading.programme, text
        )
        if whole.incumbent:  # the whole reading it builds on keeps its evidence
            score += INCUMBENT
            evidence.insert(0, f"the {detected} format's own markers")
        reading.score = round(score, 4)
        reading.evidence = [*reading.evidence, *evidence]
        readings.append(reading)


def _composed(
    text: str,
    source: str,
    parse: Callable[[bytes, str, str], Programme],
    readers: Mapping[str, Any],
    detected: str,
    base: Programme,
) -> list[Reading]:
    """The reading of a document composed of parts of several shapes
    (:mod:`confnotes.importers.composed`), when it has such parts; each part is weighed
    as the whole is."""
    from confnotes.importers import composed

    def best(part: str, own: str) -> tuple[str, Programme] | None:
        ranked = candidates(part.encode(), part, source, parse, "", readers, False, own, deep=False)
        chosen = next(
            (
                r
                for r in ranked
                if r.shape in composed.PART_SHAPES and composed.has_records(r.programme)
            ),
            None,
        )  # the best reading that finds facts in the part
        return (chosen.shape, chosen.programme) if chosen else None

    result = composed.read(text, copy.deepcopy(base), best, notes=detected in NOTES_READERS)
    if result is None:
        return []
    programme, evidence = result
    return [Reading("several", programme, evidence=evidence)]


def disagree(a: Programme, b: Programme) -> bool:
    """Two programmes name mostly different talks."""
    ta = {_title_words(t.title) for t in a.talks}
    tb = {_title_words(t.title) for t in b.talks}
    if not ta and not tb:
        return False
    return _shared_titles(ta, tb) * 2 < max(len(ta), len(tb))


def _title_words(title: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD_RE.findall(title))


_ASIDE_MATCHED_MOST = 300
"""Talks of each reading whose titles are matched by their opening words (beyond: by
their words alone)."""


def _shared_titles(ta: set[tuple[str, ...]], tb: set[tuple[str, ...]]) -> int:
    """Titles both readings name: the same words, or a title whose words open the other's
    (``Reception`` and ``Reception (gallery, North College)``: one reading took the
    place apart, the other kept it in the title). ``Ana: Fjords`` and ``Fjords`` title
    the talk differently."""
    few, many = sorted((ta, tb), key=len)
    sets = {frozenset(b) for b in many}
    opening = len(ta) <= _ASIDE_MATCHED_MOST and len(tb) <= _ASIDE_MATCHED_MOST
    return sum(
        1
        for a in few
        if frozenset(a) in sets or (opening and a and any(_opens(a, b) for b in many if b))
    )


def _opens(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One title's words open the other's."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]
