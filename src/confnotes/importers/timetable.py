"""Timetables read by content, off the document tree.

A column's role comes from its cells (times, time ranges, dates, people with
their affiliations, titles), never from its header's word, so ``Agenda``,
``Activity`` or separate ``Start`` and ``End`` columns read alike. Outside
tables, a line that starts with a time starts a talk, and the lines after it
fill it in: a title line, an authors line, an affiliation line
(``**10:30 - 11:00**`` / ``**Title**`` / ``A, B`` / ``*Lab*``); a definition
list's term is its time. Packed text (``Invited Talk 2: **Ana Ruiz** (Lab) -
*Title*``) is read by :func:`confnotes.importers.headings.read_heading`. A
12-hour clock follows the order of the rows (``01:30`` after ``11:45`` is
13:30). A ``Chair: Name`` heading or line names a chair.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from confnotes.importers import bar_columns, cell_items, doctree, slot_lines, structure
from confnotes.importers.block_columns import BlockColumns, line_key
from confnotes.importers.bracket_people import (
    FULL_LEAST,
    bracket_led,
    given_names,
    untagged,
    without_material,
)
from confnotes.importers.columns import (
    ABSTRACT_WORDS,
    CHAIR_WORDS,
    columns_beside,
    dash_group,
    emphasis_split,
    hours_range,
    is_date_cell,
    is_time_cell,
    may_hold_people,
    name_first_byline,
    names_places,
    people_in,
    read_column,
    says_people,
    says_title,
    words_of,
)
from confnotes.importers.dash_cells import read_signed, signed_grid, signed_people
from confnotes.importers.document_names import ITEM_MARK_RE
from confnotes.importers.entries import (
    DURATION_RE,
    LENGTH_ALONE_RE,
    TALK_LABEL_RE,
    Entry,
    kind_of,
    leading_clock,
    parse_entry,
    place_line,
    slot_length,
)
from confnotes.importers.fields import (
    in_a_known_building,
    is_key_word,
    place_aside,
    roles_of,
    room_aside,
)
from confnotes.importers.identity import title_key
from confnotes.importers.kinds import KIND_WORDS, TYPE_TAGS, group_tag, type_tag
from confnotes.importers.page import PageBuilder, section_kind
from confnotes.importers.persons import (
    LANGUAGE_TAG,
    givens_and_family,
    in_running_case,
    is_job_title,
    is_organisation,
    is_person_name,
    is_placeholder,
    named_by_role,
    names_by_capitalised_surnames,
    not_decided,
    parse_one,
    person_among,
    role_people,
    split_speakers,
    stressed_speaker,
    stressed_title,
)
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.runs import read_run
from confnotes.importers.textutil import (
    BY_LINE_RE,
    BY_WORD_SET,
    LEADING_PICTOGRAPHS_RE,
    OPEN_SLOT_MARKS,
    bracket_tail,
    note_sentence,
    split_outside_brackets,
    stamp_line,
    strip_markdown_inline,
)
from confnotes.importers.title_speakers import title_and_speakers, with_byline
from confnotes.importers.when import (
    find_date,
    find_year,
    leading_date,
    line_date,
    numeric_order,
    sentence_year,
    strip_dates,
    weekday_of,
    words_beside,
)

if TYPE_CHECKING:
    from confnotes.importers.headings import HeadingTalk

_CHAIR_LEAD_RE = re.compile(r"^\s*(?:session\s+)?chair(?:s|ed by)?\s+(\S.*)$", re.I)
"""``chair Name`` after a session's name and a colon: who chairs it, no colon of its own."""
_CHAIR_RE = re.compile(r"^\s*(?:session\s+)?chair(?:s|ed by)?\s*[:：]\s*(?P<who>\S.*)$", re.I)
_CHAIR_BY_RE = re.compile(
    r"^\s*(?:session\s+)?chair(?:s|ed)?(?:\s+and\s+[^\W\d_]{2,20})?\s+by\s+(?P<who>\S.*)$", re.I
)
"""``Chair and intro by Name; Name``, ``Chaired by Name``: a chair's by-line."""
_DASH_PARTS_RE = re.compile(r"(?<!\s)\s+[-–—]\s+")
_LABEL_RE = re.compile(r"^\s*(?P<label>[^\W\d][\w .-]{0,30}?)\s*[:：]\s*(?P<rest>\S.*)$")
_PEOPLE_SECTIONS = frozenset({"organizer", "panelist", "keynote"})
_COLUMN_ROLES = frozenset(
    {"title", "speaker", "start", "end", "date", "abstract", "kind", "id", "affiliation", "track"}
)
"""Roles a header may give its column; a header naming none of them (``Hall Aurora``) over
several title-like columns names a room."""
_FRONT_TITLE_RE = re.compile(r"^title\s*[:=]\s*[\"']?([^\"'\n]{2,200}?)[\"']?\s*$", re.M)
"""A front matter's ``title:`` (the page's name when no heading gives one)."""


HTML_TABLE = "an HTML table read by its cells"
"""Evidence that the rows came from HTML markup (a ``<table>`` in a Markdown page too):
the reading read it through the HTML parser, as the ``html`` format would."""


@dataclass
class Timetable:
    """What the timetable reading found, and why it thinks so."""

    programme: Programme
    rows: int = 0
    with_people: int = 0
    evidence: list[str] = field(default_factory=list)


@dataclass
class _Row:
    entry: Entry
    day: date | None
    room: str = ""
    body: list[str] = field(default_factory=list)
    """Source lines under the row that are none of its facts: the user's notes, as written."""
    people_line: str = ""
    """The line the speakers were read from (``Marcus Feld, Northwind Freight``)."""
    lines: list[tuple[str, str]] = field(default_factory=list)
    """The lines read after its time-led line, each with its column
    (:func:`confnotes.importers.block_columns.line_key`): its element's class or place."""
    people_key: str = ""
    """The column of the line its speakers were read from, when one line gave them."""
    held: list[tuple[str, str]] = field(default_factory=list)
    """Its lines read as its speakers' organisation, each with its column."""
    open_for: str = "title"
    """What the next plain line fills in: ``title``, ``people``, ``affiliation`` or ``""``."""
    session: str = ""
    """The session the row's talk belongs to, when a cell names it above its talks."""
    monthday: tuple[int, int] | None = None
    """(month, day) of a row whose page names its day but no year (``Mardi 22 juin``)."""
    named_bare: str = ""
    """The title's own words when its speakers were read from them with nothing but their
    shape to say so (``Mailbox Types: From Processes…``, a cell that is all capitals)."""
    led: str = ""
    """The words after the time on the row's own line, as written."""
    hang: int = -1
    """The column those words begin at in plain text (``10:05 Title`` / ``      Authors``):
    lines indented to it go on the row, more-indented lines go on the line above."""
    session_kind: str = "talk"
    """The kind its heading gives the talks under it (``Plenary Lecture Session``)."""
    provisional: bool = False
    """A heading read as a talk of the slot above it: kept only when people follow."""
    cell_line: str = ""
    """The cell's line its talk was read from, when one line gave its title and people."""
    tags: list[str] = field(default_factory=list)
    """Kinds of session its cell labels it with (``Type: Workshop``): the talk's tags."""
    materials: list[tuple[str, str]] = field(default_factory=list)
    """The links to its talk's materials that closed its line (label, address)."""
    retitled: bool = False
    """Its kind-only title (``Keynote``) gave way to the title read after its speaker."""
    table: int = -1
    """The table the row was read from (its block's number), -1 outside tables."""
    written: str = ""
    """The words its title, kind and speakers were read from, as plain text."""
    part: int = 0
    """How many headings the page had given above the row (its part of the page: ``##
    Day one``, ``## Day two`` written without their dates)."""


class _Reader:
    def __init__(self, doc: doctree.Document, source: str, fmt: str):
        self.doc = doc
        self.b = PageBuilder(fmt, source)
        self.b.clock_from(doc.source)
        self.b.year = find_year(doc.source[:4000])
        self.order = numeric_order(doc.source)
        """How this document writes numeric dates (``3/6/2022``), when it says."""
        self.rows: list[_Row] = []
        self.pending: _Row | None = None
        self.line_class = ""
        """The element class of the line being read (``company`` of a card's ``<p>``)."""
        self.last: _Row | None = None
        """The row that text under it belongs to (until the next heading)."""
        self.evidence: list[str] = []
        self.section = ""
        """What the last heading says its section holds (:func:`section_kind`)."""
        self.heading_kind = "talk"
        """The kind the last heading says its talks are (``Keynotes``, ``Poster session``)."""
        self.records_seen = False
        """A list of records (a stressed title beside its people) was read on this page."""
        self.front_title = _front_title(doc)
        """The page's own title in its front matter, when it names more than a schedule: the
        page's level-one heading, above any ``##`` heading of its body (``Wann?``)."""
        self.front_speakers = _front_speakers(doc)
        """The names the page's front matter lists as its speakers (``speaker:``)."""
        self.slot: _Row | None = None
        """The last row led by a time (numbered talks under it belong to it)."""
        self.monthday: tuple[int, int] | None = None
        """The day and month the rows are on, when the page names no year."""
        self.sessions: dict[tuple[str, datetime | None], ProgrammeSession] = {}
        """The sessions cells named above their talks, by name and start."""
        self.table_roles: dict[int, list[str]] = {}
        """The columns' roles of the last table of talks read, by its width: a table of one
        row beside it (a room's one talk) has its columns."""
        self.one_row_table = False
        self.head_roles: dict[tuple[str, ...], list[str]] = {}
        """The columns' roles of each table of talks read, by the words of its head row: a
        table under the same head with one row (an evening's one talk in a weekly series'
        tables) has its columns."""
        self.bar_speakers_first: bool | None = None
        """Whether the page's ``A | B`` lists name their speakers first (read once)."""
        self.bar_slots: set[str] = set()
        """The kinds of slot (:func:`_bar_slot`) whose ``Name | Title`` list showed a
        person's mark of its own: a list in such a slot needs none."""
        """The last table read was one row read by the columns of the table before it."""
        self.group_tags: dict[int, str] = {}
        self.places: list[str] = []
        """The places the rows' bracketed asides named so far (another spot of one of
        their buildings is a place too: :func:`in_a_known_building`)."""
        """The tags headings that only name a kind in the plural (``## Talleres``) give the
        talks under them, by the heading's level (a deeper heading keeps them)."""

    # ------------------------------------------------------------ context
    def _date_line(self, text: str) -> bool:
        """A short line that is a date (``Thursday, 16 October 2025``): the day changes;
        not when its label says the page was written then (:func:`stamp_line`)."""
        if len(text) > 60 or len(re.findall(r"[^\W\d_]{3,}", text)) > 5 or stamp_line(text):
            return False
        if words_beside(strip_dates(text)) > 5:
            return False  # "発表者募集中(2019/10/02まで。10人くらい)": a deadline, no day
        found = line_date(text, self.b.year, self.order)
        if found is None:
            if self.b.year is None and (yearless := _yearless(text)):
                self.monthday = yearless  # "Mardi 22 juin" on a page that names no year
                return True
            return False
        self.b.set_day(found)
        self.b.day = found
        return True

    def _weekday_line(self, text: str) -> bool:
        """``* Wednesday`` over times, ``Friday:``, ``**Thursday**``: a weekday alone, once
        the document has said a day (``From 2025-07-14 to 2025-07-20``), starts the day of
        that weekday on or after it; its times are that day's, not the previous day's
        evening. Any language dateparser knows."""
        words = strip_markdown_inline(text).strip(" \t*_:-–—.")
        if self.b.day is None or not words or len(words) > 20 or " " in words:
            return False
        weekday = weekday_of(words)
        if weekday is None:
            return False
        day = self.b.day + timedelta((weekday - self.b.day.weekday()) % 7)
        self.b.set_day(day)
        self.b.day = day
        return True

    def _day_head_line(self, text: str) -> bool:
        """``Sexta-feira (27/10)``, ``Friday, 16 October``: a short line of a weekday and a
        date, the next day's head, never the words of the slot above it (its title, its
        people), year or none."""
        words = strip_markdown_inline(text).strip()
        if len(words) > 40 or weekday_of(words) is None:
            return False
        if line_date(words, self.b.year or 2000, self.order) is None:
            return False
        return self._date_line(words)

    def _sub_items(self, item: doctree.Node) -> None:
        """``- **15:10** *Title*`` / ``  - Speaker: Name (Lab)``: labelled lines nested
        under a row's item name its speakers or chairs (other nested items are notes)."""
        row = self.pending
        for sub in (c for c in item.children if c.kind == "list"):
            subs = [c for c in sub.children if c.kind == "item"]
            if any(leading_clock(_first_line(i).text.strip())[0] is not None for i in subs):
                # "* 14:00 Plenary" over "  * 14:30 Name": the nested items are rows
                for sub_item in subs:
                    self.pending = None
                    self.lines(_first_line(sub_item))
                    self._sub_items(sub_item)
                continue
            if row is None:
                continue
            if self._sub_talks(row, subs):
                continue
            for sub_item in subs:
                text = _first_line(sub_item).text.strip().split("\n")[0]
                if text and not self._labelled(row, text):
                    self._chair(text)

    def _sub_talks(self, row: _Row, subs: list[doctree.Node]) -> bool:
        """``10:00 **Cloud and storage**`` over nested items of two fields, one stressed
        apart from the other (``*A, B*, **Title**``, ``*Name*. **Title**``, ``*A, B*,
        Title``): the session's talks. Which field names the people is what most items
        agree on; the row's line is then the session's name, no talk of its own."""
        pairs = [_two_fields(_first_line(item)) for item in subs]
        found = [pair for pair in pairs if pair is not None]
        if len(found) < 2 or 2 * len(found) < len(subs):
            return False

        def people(text: str) -> list[ProgrammePerson]:
            who = split_speakers(text)
            # a run of names with no commas between them is no one's name
            bad = any(is_organisation(p.name) or len(p.name.split()) > 4 for p in who)
            # a lone word between commas: names written "Family, Given Family, Given", which
            # no cut at the commas reads right
            parts = [x.split() for x in text.split(",") if x.strip()]
            bad = bad or (len(parts) >= 2 and any(len(x) == 1 for x in parts))
            run = names_by_capitalised_surnames(text)
            if run is not None and (bad or len(who) < len(run)):
                # "NAAS Mohammed LEMARCHAND Laurent": family names in capitals part them
                return [p for n in run if (p := parse_one(n)) is not None]
            return [] if bad else who

        first = sum(1 for a, b in found if people(a) and not people(b))
        second = sum(1 for a, b in found if people(b) and not people(a))
        # every item of the same two fields: one item whose people read so is enough,
        # when none reads the other way round
        if max(first, second) < (1 if len(found) == len(subs) else 2) or min(first, second):
            return False
        session = strip_markdown_inline(row.led).strip(" *_:") or row.entry.title
        if self.rows and self.rows[-1] is row:
            self.rows.pop()
        for a, b in found:
            who_text, title = (a, b) if first > second else (b, a)
            title = title.strip(' *_"“”')
            kind = kind_of(title)
            entry = replace(
                row.entry,
                title=title,
                kind=kind if kind not in ("break", "other") else "talk",
                speakers=people(who_text),
                item=True,
            )
            self.rows.append(_Row(entry, row.day, row.room, session=session))
        self.pending = self.last = None
        return True

    def _side_list(self, node: doctree.Node) -> None:
        """A list under a heading that says it holds people (``Organizers``) or milestones
        (``Important Dates``): people with their role, or dates; never rows of the day."""
        for item in node.children:
            if item.kind != "item":
                continue
            text = _first_line(item).text.strip().split("\n")[0]
            if self.section == "dates":
                self.b.add_date(text, self.doc.line_of(max(0, item.start)) + 1)
                continue
            for person in split_speakers(text):
                self.b.add_role(person, self.section)
        self.pending = None

    def _preamble_day(self, text: str, stressed: tuple[str, ...] = ()) -> None:
        """``Half-day workshop, **Thursday, September 4, 2025**, Room 204B.``: a date in
        the words before the first row is the day of the rows (the line stays text), its
        year the one the line names elsewhere when the date has none; a stressed stretch
        of the line is read in any language (``No dia **20 de setembro de 2025**
        aconteceu``). A line stamping when the page was written (``**Publicado:** 7 de
        março``, :func:`stamp_line`) names the page's day, none of the rows'."""
        if stamp_line(text):
            return
        found, own = find_date(text, self.b.year)
        for words in stressed if found is None or not own else ():
            # a stressed day of the document's year (``No dia **19 de março**``) too, the
            # year written once in its title
            year = None if find_year(words) else self.b.year
            if len(words) <= 40 and (year or find_year(words)) and (day := line_date(words, year)):
                found, own = day, True
                break
        if found is not None and not own and (year := sentence_year(text)) is not None:
            found, own = find_date(text, year)[0], True  # "X 2015 takes place on 28 May"
        if found is not None and own:
            self.b.set_day(found)
            self.b.day = found

    def _chair(self, text: str) -> bool:
        """``Chair: Lee Park``, ``Moderation: Dr. Ulrike Stein``, ``座長：…``: a line whose
        label is a chair's key word in any language names the chairs."""
        people = _chairs_of(text)
        for person in people:
            self.b.add_role(person, "chair")
        return bool(people)

    # ------------------------------------------------------------ rows
    def _start(self, text: str, stressed: tuple[str, ...] = ()) -> _Row | None:
        """A row from a line led by a time; its title may follow on the next lines.
        ``stressed``: the line's bold or italic stretches (a title among its people)."""
        text, room = place_line(text)  # "20:00 Saal B" over the title: its room
        start, end, rest, ampm = leading_clock(text)
        day = self.b.day
        if start is None:
            found, after = leading_date(text, self.b.year)
            after = after.strip(" \t*_|:-–—,")
            if found is None or not after or len(text) - len(after) > 40:
                return None
            if (clock := leading_clock(after))[0] is not None:
                start, end, after, ampm = clock
                if len(after.split()) < 2:
                    return None  # "15 May 2025, 09:00 → 17:00 Europe/Zurich": the day's hours
            elif after[:1].isdigit():
                return None  # "April 11-14, Hotel de Lyon": the rest of the dates, no row
            day, rest = found, after  # "Sep 10: Name (Lab) — Title": a seminar's talk
            self.b.day = found  # and the day of the rows after it
        written = rest.strip(" \t*_|-–—")
        rest = rest.strip(" \t*_|:-–—")
        for part in _parallel(rest) or [rest]:
            said = written if part == rest else part  # the words as written, with a colon
            row = _Row(Entry("", "talk", start, end, [], ampm), day, room, led=said)
            row.session_kind = self.heading_kind
            if part:
                self._fill(row, part, stressed)
                if row.entry.speakers and (named := self._session_named(part)):
                    # "16:45-17:15 Blockchain Technology" over the abstracts: the session
                    # the programme above named, whatever shape its words have
                    row.entry = replace(row.entry, title=named, speakers=[], kind="other")
                    row.open_for = ""
            self.rows.append(row)
        self.pending = self.last = self.slot = row
        return row

    def _vouched_with(self, text: str) -> tuple[str, list[ProgrammePerson]] | None:
        """``Title with Ana Ruiz`` (``avec``, ``mit``, ``com``), when the page's front
        matter lists every person after the ``with`` as a speaker: the title and them.
        Alone, ``with`` may name a product (``Streams with Apache Kafka``); the page's own
        list of speakers says the words are people."""
        if not self.front_speakers:
            return None
        found = with_byline(strip_markdown_inline(text).strip())
        if found is None or any(p.name.casefold() not in self.front_speakers for p in found[1]):
            return None
        return found

    def _session_named(self, words: str) -> str:
        """The title of an earlier row without speakers that ``words`` repeat (a session's
        heading said again over its abstracts), or empty: words the page has already used
        as a session's name are that name again, not a person's."""
        key = title_key(strip_markdown_inline(words))
        if not key:
            return ""
        for row in self.rows:
            entry = row.entry
            if entry.kind == "other" and not entry.speakers and title_key(entry.title) == key:
                return entry.title
        return ""

    def _numbered(self, text: str) -> bool:
        """``O1``, ``IN2``, ``P-12`` alone on a line after a time-led slot: a numbered talk
        of that slot starts, its title, people and affiliation on the lines after it."""
        slot = self.slot
        if slot is None or slot.entry.start is None or not _TALK_CODE_RE.fullmatch(text):
            return False
        kind = slot.entry.kind if slot.entry.kind in _SESSION_KINDS else "talk"
        row = _Row(Entry("", kind, None, None, [], slot.entry.ampm), slot.day, slot.room)
        row.session_kind = kind
        self.rows.append(row)
        self.pending = self.last = row
        return True

    def _fill(self, row: _Row, text: str, stressed: tuple[str, ...] = ()) -> None:
        """The words after a time: kind, speakers and title, however they are packed."""
        from confnotes.importers.headings import labelled_quote, read_heading

        if DURATION_RE.search(text) and (slotted := _after_length(text)) is not None:
            # "Presentation 4 (20 min) Title", "Title (40 min) Name - Org": the slot's label
            # and length before its title, who gives it after them (as the lines' readers
            # read them)
            row.entry.title, row.entry.kind = slotted[0], kind_of(slotted[0])
            row.entry.speakers = slotted[1]
            row.open_for = "affiliation" if slotted[1] else "people"
            return
        text = DURATION_RE.sub("", text).strip()  # "**Title** (30 min)": the slot's length
        bare = strip_markdown_inline(text).strip()
        if (core := untagged(bare)) != bare:
            text = bare = core  # "Title (Ana Ruiz) [PDF]": the talk's materials, no words of it
        # "(Slides)", "(Code)": a material's name, never a title's phrase ("(*and polars*)")
        named = tuple(w for w in stressed if w.strip()[:1].isupper())
        if named and (core := without_material(bare, named)) != bare:
            text = bare = core  # "Title ([Slides](…)) by Ana": its slides, no words of it
        row.written = bare
        if (tail := bracket_tail(bare, "()[]（）", shortest=3)) and (
            where := place_aside(tail[1])
            or (tail[1] if in_a_known_building(tail[1], self.places) else "")
        ):
            row.room = row.room or where  # "Lunch (Room: Foyer)": where, not a title's words
            self.places.append(where)
            text = bare[: tail[0]].rstrip(" :")
        for words in stressed:
            # "Welcome *(Hall B)*": a stressed aside in brackets is where, never who
            if words.startswith("(") and words.endswith(")") and text.rstrip(" *_").endswith(words):
                row.room = row.room or words[1:-1].strip()
                text = text.rstrip(" *_")[: -len(words)].rstrip(" *_")
        if (aside := _chair_aside(strip_markdown_inline(text))) and _says_a_talk(aside[0]):
            # "Title — Lena Berg (Chair: Jan Novak)", "Keynote: Title (Chair: …)": the
            # line is a talk whatever its aside says; the aside only names who chairs
            for person in _chairs_of(aside[2]):
                self.b.add_role(person, "chair")
            if (m := _ASIDE_RE.search(text)) is not None:
                text = text[: m.start()].rstrip()
            aside = None
        if aside is None and (chaired := _chair_field(strip_markdown_inline(text))) is not None:
            # "Keynote, Chair: Ana Ruiz", "Sesión 2 - Moderación: Ana Ruiz": the line's last
            # field names who chairs; the words before it say what the slot is
            slot, chairs = chaired
            for person in chairs:
                self.b.add_role(person, "chair")
            kind = kind_of(slot)
            given = kind not in ("talk", "other", "break", "social")
            row.entry.title, row.entry.kind = slot, kind if given else "other"
            row.open_for = "people" if given else ""  # a keynote's speaker, title to come
            return
        label, colon, rest = strip_markdown_inline(text).partition(": ")
        if aside:
            # "Soil and Water (Chair: Ana Ruiz)": a session's name, the aside who chairs
            # it; no one of the line speaks (its chair is kept in its words, not as a
            # person: the labelled sets leave a chair in an aside out)
            row.entry.title, row.entry.kind = aside[0], "other"
            row.open_for = ""
            return
        if colon and (
            who := _chairs_of(f"Chair: {m.group(1)}") if (m := _CHAIR_LEAD_RE.match(rest)) else []
        ):
            # "*Session 1*: chair Valeria de Paiva": a session's name and who chairs it
            for person in who:
                self.b.add_role(person, "chair")
            row.entry.title, row.entry.kind = label.strip(" *_"), "other"
            row.open_for = ""
            return
        if (group := _stressed_group(text, stressed)) is not None:
            # "Title __Bioinformatics Core__": a group set apart where the page sets its
            # speakers gives the talk, and is no one; its name stays in the talk's note
            row.entry.title, row.entry.kind = group[0], kind_of(group[0])
            row.body.append(group[1])
            row.open_for = ""
            return
        if (split := _stress_parted(text, stressed)) is not None:
            # "Title <em>Ana Ruiz</em>", "<b>Title</b>: Ana Ruiz": who is set apart from the
            # title by emphasis, in one cell
            row.entry.title, row.entry.kind = split[0], kind_of(split[0])
            row.entry.speakers = name_first_byline(split[1]) or people_in(split[1])
            row.open_for = "affiliation"
            return
        if (lead := _stressed_label(text, stressed)) and _track_label(*lead):
            row.room = row.room or lead[0]  # "**PyData II**: Title (Name)": where it is held
            text = lead[1]
        said_kind = said_label = ""
        if (head := _stressed_kind(text, stressed)) is not None:
            said_kind, text, said_label = head  # "**Palestra 1** Title com Name": the kind,
            # then the talk
        plain = strip_markdown_inline(text).strip()
        whole = any(" ".join(w.split()) == plain for w in stressed) and len(plain.split()) > 3
        if (
            whole
            and (quoted := read_heading(plain, self.b.year)).speakers
            and quoted.title
            and any(quote + quoted.title in plain for quote in "\"“„«‘'")
        ):
            # a linked line that quotes its title: 'Closing session: “Title,” Name, Lab'
            row.entry.title, row.entry.speakers = quoted.title, quoted.speakers
            row.entry.kind = quoted.kind
            row.open_for = "affiliation"
            return
        if whole:
            # the whole line one stressed or linked stretch: a title, whatever its
            # words ("by", a colon) would say read bare
            # ('Long Paper #4: "Title"': the title its label quotes); a stressed kind
            # before it says its kind ("**Mesa redonda:** *Title*")
            kind = kind_of(plain)
            row.entry.title = labelled_quote(plain) or plain
            row.entry.kind = said_kind if said_kind and kind == "talk" else kind
            row.entry.speakers = []
            row.open_for = "people"
            return
        talk = read_heading(text, self.b.year, row.entry.start is not None)
        if not talk.speakers and (led := bracket_led(plain)) is not None:
            talk.title, talk.speakers = led  # "(Ana Ruiz, Lab): Title": who, then what
        if said_label and _where_they_work(talk.title, talk.speakers, stressed):
            # "**Keynote** - Ana Ruiz - *Tidal Lab*": after the stressed kind, who gives it
            # and where they work; the label is its title until one is known
            for person in talk.speakers:
                person.affiliations.append(talk.title)
            talk.title = said_label
        for person in talk.chairs:
            self.b.add_role(person, "chair")
        entry = parse_entry(text)
        if (found := stressed_speaker(text, stressed, by_word=True)) is not None:
            # "Theme: Title com [Name](…)": a by-word before a linked name at the end says
            # who, whatever a colon inside the title would say read bare
            talk.title, talk.speakers = found
        elif not talk.speakers and (found := stressed_title(text, stressed)):
            talk.title, talk.speakers = found  # "**Title**, Name (Lab)": the stress says which
        elif not talk.speakers and (found := stressed_speaker(text, stressed)):
            talk.title, talk.speakers = found  # "Welcome, [Name](#n) (Lab)": the link says who
        elif not talk.speakers and (found := self._vouched_with(text)):
            talk.title, talk.speakers = found  # "Title with Ana Ruiz", her name in ``speaker:``
        row.entry.title = talk.title or text
        row.entry.speakers = talk.speakers
        row.tags += [tag for tag in talk.tags if tag not in row.tags]  # "Workshop — Title"
        if (
            talk.speakers
            and talk.title
            and len(talk.title.split()) <= 3
            and kind_of(talk.title) in ("break", "social")
        ):
            # "Café - Gather Town", "Lunch (Main Hall)": no one speaks at a break or a
            # reception; the words beside it say where it is held
            row.room = row.room or ", ".join(p.name for p in talk.speakers)
            talk.speakers = []
            row.entry.speakers = []
            talk.title = strip_markdown_inline(text).strip()  # its name, as written
            row.entry.title = talk.title
        if talk.chairs:
            entry = None  # its by-line names chairs, not speakers
        if not talk.speakers and entry is not None and entry.speakers:
            row.entry.title, row.entry.speakers = entry.title, entry.speakers
        if (
            not row.entry.speakers
            and kind_of(text) == "talk"
            and (who := split_speakers(text))
            and not (len(who) == 1 and not who[0].affiliations and _CJK_ONLY_RE.fullmatch(text))
        ):  # "开场" alone could be a name or an item: an item, the row's title
            row.entry.title, row.entry.speakers = "", who  # "Name (Lab)": a speaker's slot
            talk.title = ""
        if row.entry.speakers and _named_bare(text, row.entry.speakers) and not said_label:
            # (after a stressed kind, "<em>Workshop</em> Name", the names are who gives it)
            row.named_bare = strip_markdown_inline(text).strip()
        kind = talk.kind if talk.kind != "talk" else (entry.kind if entry else "talk")
        row.entry.kind = kind if kind != "talk" else kind_of(row.entry.title)
        if said_kind and row.entry.kind == "talk":
            row.entry.kind = said_kind
        if row.entry.speakers and row.entry.kind in ("break", "other"):
            row.entry.kind = "talk"
        names = {p.name.casefold() for p in row.entry.speakers}
        if row.entry.title.casefold() in names or (
            row.entry.speakers and not talk.title and not (entry and entry.title)
        ):
            row.entry.title = ""  # "Name (Lab)" alone: the title is on the next line
        if row.entry.speakers and not row.entry.title:
            row.open_for = "title"
            if said_label:
                row.entry.title = said_label  # "**Invited talk**: Name (Lab)": its label
        else:
            row.open_for = "affiliation" if row.entry.speakers else "people"

    def _more(self, text: str, indent: int = -1, stressed: tuple[str, ...] = ()) -> bool:
        """A line after a time-led line: the title, the authors, their affiliation.
        ``indent``: the line's indentation in plain text, when known (see ``_Row.hang``);
        ``stressed``: its bold, italic or linked parts."""
        row = self.pending
        if row is None or not text:
            return False
        row.lines.append((line_key(len(row.lines), self.line_class), text))
        if self._labelled(row, text):
            return True
        if row.entry.title and _MATERIAL_TAGS_RE.fullmatch(strip_markdown_inline(text).strip()):
            # "**Title** [PDF] Ana Ruiz¹, Bo Li²": the talk's materials between its title
            # and its people, who come next
            return True
        if row.entry.title and not row.entry.room and ":" not in text and room_aside(text):
            row.entry.room = text.strip()  # "Room 2" / "Sala Magna" under the talk: its place
            return True
        if row.hang > 0 and indent >= row.hang and self._hung(row, text, indent > row.hang):
            return True
        if (
            row.open_for == "people"
            and not row.retitled
            and (quoted := _quoted_title(row.entry, text))
        ):
            # "17:00 - 18:00 | Forum" over "„Title“": the slot's label, then its own title;
            # the line after it is its people only when they are plainly named
            row.entry.title, row.retitled, row.open_for = quoted, True, "named"
            return True
        if not row.entry.speakers and row.entry.title and _kind_only(row.entry):
            from confnotes.importers.headings import read_heading

            talk = read_heading(text, self.b.year)
            if talk.title and talk.speakers:
                # "Conferencia Plenaria 1 :" over "“Title”, Name": the kind, then the talk
                row.entry.title, row.entry.speakers = talk.title, talk.speakers
                row.open_for = "affiliation"
                return True
        if row.open_for == "title":
            if row.entry.speakers:
                row.entry.title = text.strip(' *_"“”')
                row.open_for = ""
                return True
            self._fill(row, text, stressed)
            if not row.entry.speakers:
                row.open_for = "people"
            return True
        if row.open_for == "people" and (who := _stressed_people(text, stressed)):
            row.entry.speakers = who  # "_Ana Ruiz_ - Lab; _Bo Li_ Institute": the stress
            row.people_line = text  # names them, the words after each its affiliation
            row.people_key = row.lines[-1][0]
            if row.entry.kind in ("break", "other"):
                row.entry.kind = "talk"
            row.open_for = ""
            return True
        who = split_speakers(text, single_ok=True) if row.open_for == "people" else []
        if row.open_for == "named":
            who = split_speakers(text)  # "„Title“" over words: no lone word is someone
            if not who:
                row.body.append(text)  # what the slot offers, in its own words
                row.open_for = ""
                return True
        if not who and row.open_for == "people":
            who = _name_dash_org(text)  # "Ana Ruiz -- Lab, University": who, then where
        if who and all(not is_organisation(p.name) for p in who):
            row.entry.speakers = who
            row.people_line = text
            row.people_key = row.lines[-1][0]
            if row.entry.kind in ("break", "other"):
                row.entry.kind = "talk"  # a title with "coffee" in it, and a speaker
            row.open_for = "affiliation"
            return True
        if (
            row.open_for in ("affiliation", "")
            and row.entry.speakers
            and not row.retitled
            and _kind_only(row.entry)
            and not split_speakers(text)
            and len(text.split()) >= 2
            and not is_job_title(text.strip("()[] *_"))  # "Principal Engineer at Mapbox"
            and not note_sentence(text)  # "we arrived late.": the notes begin, no title
            and (
                row.open_for == ""
                or all(p.affiliations for p in row.entry.speakers)
                or (len(text.split()) >= 3 and not is_organisation(text.strip("()[] *_")))
            )
        ):
            # "Keynote Presentation" / "Prof. Ana Ruiz, Lab" / "Title": the first line said
            # the kind, the line after the speaker's (and affiliation's) is the title; a
            # line of three words or more that names no organisation is the title even
            # before any affiliation ("Keynote" / "Ana Ruiz" / "Tides, Maps, Ships")
            row.entry.title = text.strip(' *_"“”')
            row.open_for, row.retitled = "", True
            return True
        if (
            row.open_for == "affiliation"
            and row.entry.speakers
            and roles_of(row.entry.title.strip(" :*_")) == {"speaker"}
            and not any(p.affiliations for p in row.entry.speakers)
            and (more := split_speakers(text))
            and all(len(p.name.split()) >= 2 and not is_organisation(p.name) for p in more)
        ):
            # "Invited panelists:" over a name a line: each line one more of them
            row.entry.speakers.extend(more)
            return True
        if row.open_for == "affiliation" and row.entry.speakers and len(text) <= 120:
            plain = text.strip("()[] *_")
            if is_organisation(plain) or _org_shaped(plain):
                for person in row.entry.speakers:
                    if not person.affiliations:
                        person.affiliations.append(plain)
                row.held.append(row.lines[-1])
                row.open_for = ""
                return True
        return False

    def _plain_rows(self, node: doctree.Node) -> bool:
        """A block of preformatted text most of whose lines are led by a time: the rows of
        a plain-text programme (Markdown took its indent for code, or its writer pasted it
        in a fence with no language, ```` ``` ```` or ```` ```text ````); a gap of three
        or more spaces inside a line parts its columns, as a tab does. A log's lines
        (``10:00:01 INFO``, seconds in their clocks) are no rows."""
        source = self.doc.source_of(node) if node.spanned else ""
        fence = _FENCE_RE.match(source)
        if not source or (fence is not None and fence.group(1).lower() not in _PLAIN_FENCES):
            return False
        lines = [x.strip() for x in source.split("\n") if x.strip()]
        if fence is not None:
            lines = [x for x in lines if not x.startswith(("```", "~~~"))]
        if any(_SECONDS_RE.match(x) for x in lines):
            return False
        if not _timed_agenda(lines):
            return False
        text = "\n".join(_GAP_RE.sub("\t", x) for x in lines)
        self.lines(doctree.Node("paragraph", -1, -1, text=text))
        return True

    def _opening_title(self, node: doctree.Node) -> bool:
        """A page's first line standing alone, shaped like a title (``PRELIMINARY PROGRAM
        OF RECOMB'99``) and no date: the event's name, as a first heading would be."""
        text = node.text.strip()
        if self.rows or self.b.programme.name or "\n" in text or not node.spanned:
            return False
        if node.start != len(self.doc.source) - len(self.doc.source.lstrip()):
            return False  # not the first words of the page
        if not doctree.title_line(text, top=True) or find_date(text, self.b.year)[0]:
            return False
        from confnotes.importers.headings import title_name

        self.b.programme.name = title_name(text, self.b.year) or text
        return True

    def _hung(self, row: _Row, text: str, deeper: bool) -> bool:
        """A line of a plain-text block whose lines hang at the column the row's words
        begin at: the title goes on until a line of people; each such line of people adds
        its people (one per line, or the authors' line wrapped); a line indented deeper
        goes on the line above it."""
        if deeper:
            return bool(row.people_line)  # "Sorin Istrail, Vice-Chair" / "   1999 PC Chair"
        who = split_speakers(text, single_ok=True)
        if who and any(is_organisation(p.name) for p in who):
            who = []
        if who and not row.people_line and row.entry.speakers and row.led:
            # "Large DNA Microarrays - the How and the Why" over "Ed Southern": what read as
            # "Name - Title" was the title, the people are on their own line
            row.entry.title = row.led.strip(' *_"“”')
            row.entry.kind = kind_of(row.entry.title)
        elif (
            who
            and "\n" not in row.people_line
            and len(row.entry.speakers) == 1
            and row.people_line.strip() == row.entry.speakers[0].name
            and not row.led.rstrip().endswith(":")
        ):
            # "Low-Power Buoys … in Cold" / "Northern Waters" / "A. Lindqvist, B. Ferreira":
            # the line that looked like a name went on the title; the people come after it
            row.entry.title = f"{row.entry.title} {row.people_line.strip()}"
            row.entry.speakers, row.people_line = who, text
            return True
        elif who and row.people_line:
            have = {p.name for p in row.entry.speakers}
            row.entry.speakers = [*row.entry.speakers, *(p for p in who if p.name not in have)]
            row.people_line = f"{row.people_line}\n{text}"
            return True
        if who:
            row.entry.speakers = who
            row.people_line = text
            if row.entry.kind in ("break", "other"):
                row.entry.kind = "talk"
            row.open_for = "affiliation"
            return True
        if row.open_for == "people" and row.entry.title and not row.entry.speakers:
            row.entry.title = f"{row.entry.title} {text.strip()}"  # a title wrapped
            row.entry.kind = kind_of(row.entry.title)
            return True
        return False

    def _labelled(self, row: _Row, text: str) -> bool:
        """``Speaker: Name (Lab)``, ``Convener: Name``: a line whose label is a key word of
        a person's role (:data:`confnotes.importers.fields.ROLE_WORDS`, any language)."""
        m = _LABEL_RE.match(strip_markdown_inline(text))
        if m is None:
            return False
        roles = roles_of(m.group("label"))
        if not roles & {"speaker", "chair"}:
            return False
        who = split_speakers(m.group("rest"), single_ok=True) or person_among(m.group("rest"))
        if not who or any(is_organisation(p.name) for p in who):
            return False
        if "chair" in roles:
            for person in who:
                self.b.add_role(person, "chair")
            return True
        row.entry.speakers = who
        if row.entry.kind in ("break", "other"):
            row.entry.kind = "talk"
        row.open_for = "title" if not row.entry.title else "affiliation"
        return True

    def _untimed_talk(self, node: doctree.Node) -> bool:
        """A block of two lines, a title stressed or linked whole over its authors'
        line, after a row that has its title (``**16:00 Poster session**``): one more
        talk of that row's slot (a poster of the session), with no time of its own."""
        base = self.pending or self.last
        if base is None or not base.entry.title:
            return False
        lines = [x.strip() for x in node.text.split("\n") if x.strip()]
        if len(lines) != 2 or len(lines[0].split()) < 3:
            return False
        whole = any(
            m.kind in ("strong", "em", "link")
            and " ".join(node.text[m.start : m.end].split()) == lines[0]
            for m in node.marks
        )
        who = split_speakers(lines[1], single_ok=True)
        if not whole or not who or any(is_organisation(p.name) for p in who):
            return False
        kind = base.entry.kind if base.entry.kind in _BLOCK_KINDS else kind_of(lines[0])
        entry = replace(base.entry, title=lines[0], speakers=who, kind=kind)
        row = _Row(entry, base.day, base.room, session=base.session, monthday=base.monthday)
        row.open_for = ""
        self.rows.append(row)
        self.pending, self.last = None, base
        return True

    def _slot_talk(self, title: str, who: list[ProgrammePerson]) -> bool:
        """One of the untimed ``Title / Name`` lines under a timed slot's line
        (:func:`confnotes.importers.slot_lines.listed_talks`): a talk of that slot, at its
        time, the slot's line its session."""
        base = self.slot
        if base is None or base.entry.start is None or base.entry.speakers:
            return False  # a slot of its own talk: the lines under it are its notes
        if base.entry.kind in slot_lines.NOT_TALKS:
            return False  # a panel's lines name its people: the panel's row stays whole
        kind = base.entry.kind if base.entry.kind in _BLOCK_KINDS else kind_of(title)
        kind = kind if kind not in ("break", "other") else "talk"
        session = base.session or strip_markdown_inline(base.entry.title).strip(" *_:")
        if not base.entry.speakers and base in self.rows:
            self.rows.remove(base)  # the slot's line names its session, no talk of its own
        entry = replace(base.entry, title=title, speakers=who, kind=kind, item=True)
        row = _Row(entry, base.day, base.room, session=session)
        row.open_for = ""
        self.rows.append(row)
        self.pending, self.last = None, row
        return True

    def _papers_list(self, node: doctree.Node) -> bool:
        """A list of papers after the timetable (``A, B and C, *Title*``, the title
        stressed), most of whose titles are the timetable's: each gives its row the
        authors (a row read as a speaker's slot because its title looked like a name
        becomes that title again). A paper the timetable does not hold is no talk."""
        rows: dict[str, _Row] = {}
        for row in self.rows:
            said = row.entry.title
            if not said and row.entry.speakers and not row.people_line:
                said = ", ".join(p.name for p in row.entry.speakers)
            if said:
                rows.setdefault(title_key(said), row)
        if len(rows) < 2:
            return False
        found: list[tuple[_Row, str, list[ProgrammePerson]]] = []
        items = [c for c in node.children if c.kind == "item"]
        for item in items:
            line = _first_line(item)
            for m in line.marks:
                if m.kind not in ("em", "strong", "link"):
                    continue
                title = " ".join(line.text[m.start : m.end].split()).strip(' "“”')
                before = line.text[: m.start].strip(" ,;:-–—\t")
                held = rows.get(title_key(title))
                who = split_speakers(before) if before else []
                if held is not None and who and not any(is_organisation(p.name) for p in who):
                    found.append((held, title, who))
                    break
        if len(found) < 2 or len(found) * 2 < len(items):
            return False
        for row, title, who in found:
            if not row.entry.title or row.named_bare:
                row.entry.title, row.named_bare = title, ""  # "Metric Equational Theories"
            if not row.entry.speakers or (row.entry.title == title and not row.people_line):
                row.entry.speakers = who
                row.people_line = title
                if row.entry.kind in ("break", "other"):
                    row.entry.kind = "talk"
        for row in self.rows:
            if row.entry.speakers and not row.entry.title and not row.people_line:
                # the timetable's cells are titles, their authors listed apart: a cell read
                # as a speaker's slot by its shape alone is one more title
                row.entry.title = ", ".join(p.name for p in row.entry.speakers)
                row.entry.speakers = []
        self.keep(node)  # the list stays in the page's words, as written
        return True

    def _detail_of(self, node: doctree.Node) -> _Row | None:
        """A block below the timetable that opens with a row's title (``**Title**`` over
        its speaker and abstract, under a ``Keynote`` heading): the row it tells more of."""
        first = strip_markdown_inline(node.text.strip().split("\n")[0]).strip(' *_"“”').casefold()
        if len(first) < 12:
            return None
        return next((r for r in self.rows if r.entry.title.casefold() == first), None)

    def _another_block(self, row: _Row) -> bool:
        """Reading the talks of a later block of short ones (``14:45 Lightning talks``
        over title and authors' lines): a title an earlier slot listed too (a poster of
        the morning) is presented again in this one, its own talk, no detail of the
        first."""
        last = self.last
        return (
            last is not None
            and last is not row
            and last.entry.kind in _BLOCK_KINDS
            and last.entry.start is not None
            and row.entry.start is not None
            and last.entry.start > row.entry.start
        )

    def lines(self, node: doctree.Node) -> None:
        if (
            self.pending is None
            and (row := self._detail_of(node)) is not None
            and not self._another_block(row)
        ):
            self.last = row  # the talk's abstract and speaker's line: its note's text
            if node.spanned:
                row.body.extend(self.doc.source_of(node).rstrip("\n").split("\n"))
            return
        if self._untimed_talk(node):
            return
        texts = node.text.split("\n")
        source = self.doc.source_of(node).rstrip("\n").split("\n") if node.spanned else []
        by_line = len(source) == len(texts)
        # "<br/>" at a line's end: one line as written, two in the text; the words still
        # pair line for line with the source's, so each unread line keeps its own
        paired = {} if by_line else _paired_lines(texts, source)
        left: list[str] = []
        used = False
        plain = by_line  # the lines as written: their indentation shows the blocks
        spans = _logical_lines(texts, source if plain else None)
        joined = [
            " ".join(t.strip() for t in texts[a : b + 1] if t.strip()) for a, b, _x, _y in spans
        ]
        listed = slot_lines.listed_talks(joined)
        for n, (first, last, line_at, end_at) in enumerate(spans):
            text = joined[n]
            if not text:
                continue
            if n in listed and self._slot_talk(*listed[n]):
                used = True
                continue
            stressed = tuple(
                " ".join(node.text[m.start : m.end].split())
                for m in node.marks
                if m.kind in ("strong", "em", "link") and line_at <= m.start and m.end <= end_at
            )
            if text.startswith("<") and not _TAG_RE.sub("", text).strip():
                continue  # "<div>" of HTML in Markdown: a box, no words
            if self._numbered(text):
                used = True
                continue
            raw = source[first].expandtabs() if plain else ""
            indent = len(raw) - len(raw.lstrip()) if plain else -1
            before = self.last
            # "9:00 Title [slides](…) [Audio](….mp3)": the links to its materials close the
            # line, no words of its title (as in a table's title cell)
            materials: list[tuple[str, str]] = []
            if node.marks:
                text, materials = _materials_cut(node, text, (line_at, end_at))
            # "**9:30 am** Title __Name, Lab__": a stressed clock is the slot's time, no
            # stretch that sets a title or a name apart from the rest of the line
            stressed = tuple(w for w in stressed if not _clock_alone(w))
            if stressed and (whole := leading_clock(text)[2].strip(" \t*_|:-–—")):
                # "9:00 -- [Ana Ruiz (Lab): Title](…)": a link around all the row's words
                # sets no part apart from the rest (the person from the title)
                stressed = tuple(w for w in stressed if " ".join(w.split()) != whole)
            if row := self._start(text, stressed):
                row.materials = materials
                if left and before is not None:
                    before.body.extend(left)  # the lines under the row before are its own
                    left = []
                if plain and first == last and row.led:
                    row.hang = raw.find(row.led.strip())
                used = True
                continue
            if self._weekday_line(text) or (self.pending and self._day_head_line(text)):
                self.pending = None
                used = True
                continue
            self.line_class = str(node.attrs.get("class", "")) if len(spans) == 1 else ""
            read = self._more(text, indent, stressed)
            self.line_class = ""
            if read:
                used = True
                continue
            previous = self.last
            if (
                self.pending is None
                and previous is not None
                and not previous.entry.speakers
                and previous.entry.title
                and self._labelled(previous, text)
            ):
                # "Referent: Dr. Name, Org" under the talk's abstract: still that row's
                # speakers, whatever came between (the row's own lines, no other row)
                used = True
                continue
            self.pending = None
            if not self._chair(text) and not self._date_line(text):
                if self.b.day is None and not self.rows:
                    self._preamble_day(text, stressed)
                if by_line:
                    left.extend(source[first : last + 1])
                else:
                    left.extend(source[paired[n]] for n in range(first, last + 1) if n in paired)
        if not by_line and not used:
            left = source
        if left and self.last is not None:
            self.last.body.extend(left)

    def _record_list(self, node: doctree.Node) -> bool:
        """A list whose items repeat one template, a stressed title beside its people
        (``Ana Ruiz and Bo Li, *Title*``, ``*Title*, Ruiz, Li (Spain)``), no time of their
        own: each item is a talk, the stressed part its title and the rest its speakers.
        The fields are told apart by the items' marks and the consensus of the list (most
        items read so); an item of people and a placeholder (``Name, tba``) is a talk to
        come, one of a name and a role word (``*Name, Chair*``) names a chair."""
        items = [c for c in node.children if c.kind == "item"]
        if not items or any(
            leading_clock(_first_line(i).text.strip())[0] is not None for i in items
        ):
            return False
        read = [_record_fields(_first_line(i)) for i in items]
        records = [r for r in read if r is not None and r[0] == "talk"]
        # two records agree on the template; one alone does once the page's other lists
        # have shown it ("### Memorial Lecture" over its one "Name, tba")
        if len(records) < (1 if self.records_seen else 2) or len(records) * 2 < len(items):
            return False
        self.records_seen = True
        # the list agrees that the stressed part is the title: an item whose title happens
        # to have a name's shape ("*Fog Horns and Their Echoes*") is read the same way
        read = [
            r or _record_fields(_first_line(i), agreed=True)
            for r, i in zip(read, items, strict=True)
        ]
        for found in read:
            if found is None:
                continue
            what, title, who = found
            if what == "chair":
                for person in who:
                    self.b.add_role(person, "chair")
                continue
            kind = self.heading_kind if self.heading_kind != "talk" else kind_of(title)
            entry = Entry(
                title, kind if kind not in ("break", "other") else "talk", None, None, who
            )
            entry.item = kind == "poster"
            self.rows.append(_Row(entry, self.b.day, monthday=self.monthday))
        self.pending = None
        return True

    def _talk_items(self, node: doctree.Node, parent: _Row | None) -> bool:
        """``14:45 Lightning talks`` over a list whose every item is a title over its
        authors' line (``*Title*`` / ``A, B and C``): the session's talks, each at its
        time. A list of titles alone (posters) or of notes is no talks."""
        if parent is None or parent.entry.start is None:
            return False
        posters = parent.entry.kind == "poster"
        found: list[tuple[str, list[ProgrammePerson]]] = []
        items = [c for c in node.children if c.kind == "item"]
        texts = [_first_line(i).text.strip() for i in items]
        if parent.entry.title and not parent.entry.speakers and (who := _authors_over(texts)):
            # "09:30 - Title" over "- A, B & C" / "- Lab, Country": the talk's authors,
            # then where they work (kept in its note)
            parent.entry = replace(parent.entry, speakers=who)
            if parent.entry.kind in ("other", "break"):
                parent.entry = replace(parent.entry, kind="talk")
            self.keep(node)
            return True
        unread = 0  # one-line items that name no talk ("Q&A: 10 mins", "Speaker 13:")
        placed = False  # the speakers read where the items, as one run, place them
        for item in items:
            lines = [x.strip() for x in _first_line(item).text.split("\n") if x.strip()]
            if len(lines) == 1:
                one = _one_line_talk(lines[0])
                if one is not None:
                    found.append(one)
                elif posters and not split_speakers(lines[0]):
                    # under "Poster Session" a list of titles alone: its posters, by context
                    found.append((lines[0].strip(' *_"“”'), []))
                elif not _open_slot(lines[0]):
                    unread += 1
                continue
            if len(lines) < 2:
                return False
            who = split_speakers(lines[-1])
            title = " ".join(lines[:-1]).strip(' *_"“”')
            if (
                not who
                or not title
                or split_speakers(title)
                or any(is_organisation(p.name) for p in who)
            ):
                return False
            found.append((title, who))
        if len(items) == 1 and len(found) == 1 and not parent.entry.speakers:
            title, who = found[0]
            if split_speakers(title):
                # "9:10 **Keynote**" over "- Prof. Ana Ruiz, Lab": the slot's speaker
                parent.entry = replace(parent.entry, speakers=who)
                return True
            if title_key(title) != title_key(parent.entry.title):
                # "## 13:10 Tutorial 1 (Hall)" over "- [Title (Name-sensei)](page)": the
                # slot's one talk, under the slot's name as its session; the item's
                # line stays in the talk's note
                if parent.entry.title and not parent.session:
                    parent.session = parent.entry.title
                kind = parent.entry.kind if parent.entry.kind not in ("other", "break") else "talk"
                parent.entry = replace(parent.entry, title=title, speakers=who, kind=kind)
                self.keep(node)
                return True
        tag = ""
        if (len(found) < 2 or unread > len(found)) and (
            barred := self._bar_items(texts, _bar_slot(parent.entry.title, parent.entry.kind))
        ):
            found, unread = barred, 0  # "codehex | Title": the page's lists name the column
        if 2 * len(found) < len(items) and (linked := _linked_titles(items)):
            # "- [Title](its page)" items, each a link to a page of its own: the slot's talks
            found, unread = [(title, []) for title in linked], 0
            tag = group_tag(parent.entry.title.split()[0]) if parent.entry.title else ""
        if len(found) < 2 or unread > len(found):
            # the items read as one run: the place of the person they share
            # ("Title. A. Maas" items: a name with initials ends each)
            found = [
                (e.title, e.speakers)
                for e, _day in read_run(texts, programme_heading=True) or []
                if e is not None and e.speakers
            ]
            if len(found) < 2 or 2 * len(found) < len([t for t in texts if t]):
                return False
            placed = True
        # the items of a slot that names a block of short presentations ("Lightning
        # talks", "Demos", "Poster session") are of its kind, whatever their titles say
        kind = parent.entry.kind if parent.entry.kind in _BLOCK_KINDS else "talk"
        for title, who in found:
            entry = replace(
                parent.entry, title=title, kind=kind, speakers=who, item=True, placed=placed
            )
            self.rows.append(_Row(entry, parent.day, parent.room, tags=[tag] if tag else []))
        return True

    def _bar_items(
        self, texts: list[str], slot: str
    ) -> list[tuple[str, list[ProgrammePerson]]] | None:
        """``Name | Title`` items whose names no person test knows (handles, pseudonyms):
        their talks, when the page's ``A | B`` lists agree the first field is a speaker's
        and this list does too, by a mark of its own or by sitting in a ``slot`` of the
        kind a marked list sits in (``Lightning talks`` 1 and 4, not ``Hallway``)."""
        if self.bar_speakers_first is None:
            self.bar_speakers_first = bar_columns.speakers_first(self.doc.root)
        if not self.bar_speakers_first:
            return None
        found = bar_columns.speaker_title_items(texts)
        if found is None:
            return None
        if bar_columns.marked(texts):
            self.bar_slots.add(slot)
            return found
        return found if slot in self.bar_slots else None

    def keep(self, node: doctree.Node) -> None:
        """A block that is no row (a list of notes, a quote, code): the current row's body."""
        if self.last is not None and node.spanned:
            self.last.body.extend(self.doc.source_of(node).rstrip("\n").split("\n"))

    def deflist(self, node: doctree.Node) -> None:
        """A term's time starts a row that its definition fills in. A definition wholly in
        bold whose time the next term repeats (``<dt>10:30</dt><dd><b>Finance</b></dd>``
        over ``<dt>10:30</dt><dd>Title (Name)</dd>``) is the heading of the session that
        its first talk opens: its words name the session, never a person."""
        pairs = [c for c in node.children if c.kind in ("term", "definition")]
        heads = _session_heads(pairs)
        row: _Row | None = None
        for n, child in enumerate(pairs):
            if child.kind == "term":
                row = self._start(child.text.strip())
                if row is not None:
                    row.open_for = "title"
            elif n in heads and row is not None and row is self.pending:
                row.entry.title = heads[n]
                row.entry.kind = "other"
                row.open_for = ""
                self.pending = None
            elif row is None and any(c.kind in _BLOCKS_INSIDE for c in child.children):
                # "<dt>Programme</dt><dd><ul>…</ul></dd>": a term that is no time heads a
                # part of the page; its definition's lists and tables are read as the
                # page's own
                for block in child.children:
                    self._block(block)
            else:
                self.lines(child)

    def table(self, node: doctree.Node) -> None:
        """Rows of a table, each column's role read from its cells."""
        row_nodes = [row for row in node.walk() if row.kind == "row"]
        rows = [[c for c in row.children if c.kind == "cell"] for row in row_nodes]
        rows = [r for r in _laid_out(rows, self.doc) if r]
        if len(rows) == 1 and len(rows[0]) == 1:
            self._day_cell(rows[0][0])
            return
        if facts := fact_sheet(node, self.b.year, self.order):
            self._fact_sheet(facts)
            return
        one_row = len(rows) == 1 and self._like_a_sibling_table(rows[0])
        self.one_row_table = one_row
        if len(rows) < 2 and not one_row:
            return
        width = max(len(r) for r in rows)
        header = not one_row and (
            _is_header(rows[0], rows[1:], self.b.year)
            or _th_row(rows[0], rows[1:])
            or _head_row(row_nodes[0], rows[0], self.b.year)
            or self._days_row(rows[0], rows[1:])
        )
        body = rows[1:] if header else rows
        head_key = _head_key(rows[0]) if header else ()
        sibling = self.head_roles.get(head_key) if len(body) == 1 else None
        one_row = one_row or sibling is not None
        self.one_row_table = one_row
        # a row of one cell across the table ("Вводная часть", "Coffee break") heads the rows
        # under it: the columns' roles are read from the rows of cells
        cells_rows = [r for r in body if len(r) > 1] or body
        roles = (
            list(sibling)
            if sibling is not None
            else list(self.table_roles[width])
            if one_row
            else _roles(
                cells_rows,
                width,
                self.b.year,
                self.order,
                [c.text.strip() for c in rows[0]] if header else None,
            )
        )
        texts_at = [j for j, role in enumerate(roles) if role in ("text", "people")]
        heads = [c.text.strip() for c in rows[0]] if header else []
        # a row's cell shaped as a name speaks beside its title only where its column as
        # a whole may hold people (not a Company or City column, nor one naming places)
        speaking = [
            j
            for j in texts_at
            if roles[j] == "people"
            or may_hold_people(
                [r[j].text for r in body if j < len(r)],
                words_of(heads[j]) if j < len(heads) else frozenset(),
            )
        ]
        if "time" not in roles and "date" not in roles and self._signed_rows(body, width):
            return
        if (
            not one_row
            and "time" not in roles
            and "date" not in roles
            and _paired_rows(body, texts_at, speaking) < 2
            and _people_beside_text(body, roles) < 2
        ):
            return
        self.evidence.append(f"a table whose columns are {', '.join(roles)} by their cells")
        self.table_roles[width] = roles
        if head_key:
            self.head_roles[head_key] = roles
        if node.attrs.get("tag") == "table" and HTML_TABLE not in self.evidence:
            self.evidence.append(HTML_TABLE)
        titles = [j for j, role in enumerate(roles) if role == "text"]
        head = [c.text.strip() for c in rows[0]] if body is not rows else []
        head = [h if re.search(r"\w", h) else "" for h in head]  # "-----": a rule, no name
        title_col = _title_column(titles, head, body)
        days = [d for h in head if h and (d := line_date(h, self.b.year, self.order))]
        if len(days) == 1 and len([h for h in head if h]) == 1:
            self.b.set_day(days[0])  # "Mercoledì 16 Marzo 2022" over the day's rows
            self.b.day = days[0]
        # a column of people under a room's or a day's name is a column of talks, each
        # titled by its speaker (a week's grid of lecturers)
        # a column of places beside the rooms' (``Venue``: ``Buenos Aires``…) is where
        # each row is held, no room whose talks its cells are
        grid_cols = [
            j
            for j, role in enumerate(roles)
            if role in ("text", "people")
            and not names_places([r[j].text for r in body if j < len(r)])
        ]
        if self._columns_are_rooms(grid_cols, head, titles, body, roles):
            # a grid: one column per room, named by its header (frab's, pretalx's pages)
            self.evidence.append("a grid whose columns are rooms")
            before = len(self.rows)
            self._grid(body, roles, grid_cols, head)
            _titles_not_slots(self.rows[before:], grid=True)
            return
        if len(titles) >= 2 and all(self._holds_records(body, j) for j in titles):
            # columns side by side whose cells hold several talks each (a day or a track
            # a column, unnamed): every column is read, not only the widest
            self.evidence.append("columns of cells holding talks, side by side")
            self._grid(body, roles, titles, (head + [""] * width)[:width])
            return
        before = len(self.rows)
        type_cols = [
            j
            for j, role in enumerate(roles)
            if role in ("text", "label") and j != title_col and _slot_types(body, j)
        ]
        rooms: dict[int, str] = {}
        place = _repeated_head([r[title_col] for r in body if 0 <= title_col < len(r)], self.doc)
        hour: tuple[time | None, bool] = (None, False)  # the last row that held a time alone
        running: time | None = None  # when the next row written as a length alone starts
        styled: list[tuple[_Row, bool]] = []  # each row, and whether its title is in italics
        names_cols = _named_columns(body, roles, self.doc)
        for cells in body:
            if self._day_row(cells):
                hour = (None, False)  # a new day: the last day's hour is not its rows'
                # "Webinar 24th April at 09:00" over rows of "30 minutes": they start then
                running = _clock_said(next(c.text for c in cells if c.text.strip()))
                continue
            texts = [_cell_text(c, self.doc) for c in cells] + [""] * (width - len(cells))
            if 0 <= title_col < len(cells):
                texts[title_col] = _materials_off(cells[title_col], texts[title_col])
            if (mark := _hour_row(texts)) is not None:
                hour = mark  # "10:00" alone across the rows under it: their hour
                continue
            times = [
                hours_range(t) or t
                for t, role in zip(texts, roles, strict=True)
                if role == "time" and t
            ]
            if times:
                hour = (None, False)  # a row's own time: the hour row above no longer rules
            day = self.b.day
            for t, role in zip(texts, roles, strict=True):
                if role != "date":
                    continue
                # a date, or a weekday alone ("Thursday") in a plan dated once
                if found := find_date(t, self.b.year, self.order)[0] or self._weekday_cell(t):
                    day = found
            if not times and hour[0] is None and self._spanned_slot(cells, roles, texts, before):
                # (under an hour row, a row with an empty time cell is a talk at that hour)
                continue
            clock = " - ".join(times)
            start, end, _rest, ampm = leading_clock(clock) if clock else (None, None, "", False)
            length = slot_length(times[0]) if len(times) == 1 and start is None else None
            if length is not None and running is not None:
                # a row written as its length alone starts when the one above it ends
                start, end = running, _later(running, length)
                running = end
            else:
                running = None
            if start is None and hour[0] is not None:
                start, ampm = _start_under_hour(hour, texts, title_col)
            if len(times) == 2:
                end = leading_clock(times[1])[0] or end
            if width > 1 and len(cells) == 1:
                only = texts[0].strip()
                if len(only) <= 80 and (found := find_date(only, self.b.year, self.order)[0]):
                    self.b.set_day(found)  # a row across the table naming the day under it
                    self.b.day = found
                    hour = (None, False)
                    continue
            filled = [j for j in titles if texts[j].strip()]
            if len(filled) >= 2 and "people" not in roles:
                talks = [_talk_cell(texts[j]) for j in filled]
                if times and all(talks):
                    # talks side by side at one time, each in its column (its room's)
                    for j in filled:
                        row = _Row(Entry("", "talk", start, end, [], ampm), day, rooms.get(j, ""))
                        self._cell(row, texts[j])
                        if row.entry.title or row.entry.speakers:
                            self.rows.append(row)
                    continue
                if not times and not any(talks):
                    # "Session 1: … (Room: Balzaal)" | "Session 2: …": the columns' names
                    rooms = {j: texts[j].split("\n")[0].strip() for j in filled}
                    continue
            title, room = _row_title(texts, title_col, place, filled, type_cols)
            slots, chairs = _labelled_in_people_columns(texts, roles)
            for person in chairs:
                self.b.add_role(person, "chair")
            if len(slots) >= 2:
                # "Name (Lab)" / "Title: …" again and again in one cell: a talk each, in
                # the session the row's title names ("Invited Talks")
                session = title.split("\n")[0].strip()
                for person, said in slots:
                    row = _Row(Entry(said or person.name, "talk", start, end, [person], ampm), day)
                    row.room, row.session = room, session
                    self.rows.append(row)
                continue
            if (paired := _talks_by_position(texts, roles, title_col)) is not None:
                # "Ana Ruiz<br>Bo Lin" beside "Title A<br>Title B": a talk each, by position
                for title_line, who in paired:
                    # the speakers are known: the line is the title whole ("Debt: a study")
                    plain = " ".join(strip_markdown_inline(title_line).split())
                    entry = Entry(plain, kind_of(plain), start, end, who, ampm)
                    self.rows.append(_Row(entry, day, room))
                continue
            people, title, said_kind = _row_speakers(
                texts, roles, title, title_col, slots, names_cols, (texts_at, speaking)
            )
            row = _Row(Entry("", "talk", start, end, [], ampm), day, room)
            title_cell = cells[title_col] if 0 <= title_col < len(cells) else None
            self._read_title_cell(row, title, title_cell, people)
            _people_column_speaks(row, title, people, "people" in roles)
            _settle_kind(row, said_kind, texts, type_cols, title_col >= 0, chairs)
            if row.entry.title or row.entry.speakers:
                self.rows.append(row)
                styled.append((row, title_cell is not None and _slanted(title_cell)))
        self.pending = None
        for person in _hosted_items(styled):
            self.b.add_role(person, "chair")
        _titles_not_slots(self.rows[before:])
        _one_word_bylines(self.rows[before:])

    def _day_cell(self, cell: doctree.Node) -> None:
        """A table of one cell over the timetable names the day its rows are on."""
        # (<th>Day 1 - July 4, 2015</th>): the day, as a heading would say it
        text = cell.text.strip()
        if len(text) <= 80 and (
            day := find_date(text, self.b.year, self.order)[0]
            or line_date(text, self.b.year, self.order)
        ):
            self.b.set_day(day)
            self.b.day = day

    def _fact_sheet(self, facts: list[tuple[str, str]]) -> None:
        """The event's fact sheet holds no talks: its rows are ``Label: value`` lines."""
        # (| **When** | … |): read as the lines they stand for before the first row
        for label, value in facts:
            text = f"{label}: {value}"
            named = self._chair(text) or self._date_line(value)
            if not named and self.b.day is None and not self.rows:
                self._preamble_day(text)

    def _read_title_cell(
        self, row: _Row, title: str, cell: doctree.Node | None, people: list[ProgrammePerson]
    ) -> None:
        """The talk a row's title cell holds: a match of teams, a title over its speakers, or
        a title and speaker to tell apart."""
        if title and cell is not None and _linked_pairing(cell):
            # "[Otters](…) : [Team Kiel](…)": a match of two linked teams, no one speaks
            row.entry.title = row.written = " ".join(strip_markdown_inline(title).split())
            row.entry.kind = kind_of(row.entry.title)
        elif title:
            listed_title, listed = (
                _listed_people(cell, self.doc) if cell is not None and not people else ("", [])
            )
            if listed:
                # the title's cell lists its speakers under the title, as a grid's does
                row.entry.title, row.entry.speakers = listed_title, listed
                row.entry.kind = kind_of(listed_title)
            else:
                self._cell(row, title, _stressed_in(cell) if cell is not None else ())

    def _columns_are_rooms(
        self,
        grid_cols: list[int],
        head: list[str],
        titles: list[int],
        body: list[list[doctree.Node]],
        roles: list[str],
    ) -> bool:
        """Whether the table is a grid, one column per room or day named by its header."""
        return bool(
            len(grid_cols) >= 2
            and head
            and all(
                j < len(head)
                and head[j]
                and (
                    (not _head_roles(head[j]) & _COLUMN_ROLES and not _head_says_role(head[j]))
                    or _head_roles(head[j]) == {"track"}  # "Builders Track", "Ops Track": rooms
                    or _weekday_head(head[j]) is not None  # "Monday" … "Friday": days
                    or self._day_head(head[j]) is not None  # "08/07/2024" … "12/07/2024"
                )
                for j in grid_cols
            )
            and (
                len(titles) + len([j for j in grid_cols if _talks_column(body, j, roles)]) >= 2
                or all(
                    self._day_head(head[j]) or _weekday_head(head[j]) is not None for j in grid_cols
                )
            )
        )

    def _spanned_slot(
        self, cells: list[doctree.Node], roles: list[str], texts: list[str], before: int
    ) -> bool:
        """A row under a time cell spanning rows (``<td rowspan="3">11:00am</td>``): more
        lines of the slot the row above opened (``Keynote speaker: Name (Lab)``,
        ``Title: <b>…</b>``), read as the lines under a time-led line are; False when the
        row has a time column of its own or no row above it in this table."""
        at = [j for j, role in enumerate(roles) if role == "time"]
        if (
            not at
            or len(self.rows) <= before
            or not all(j < len(cells) and cells[j].start < 0 for j in at)
        ):
            return False
        said = [strip_markdown_inline(t).strip() for j, t in enumerate(texts) if j not in at]
        if any(said) and all(kind_of(t) == "break" for t in said if t):
            return False  # "15 min break" across the row: a break of its own, no more lines
        row = self.rows[-1]
        held = all(cells[j].attrs.get("held") for j in at)
        if (talk := self._talk_of_the_slot(self.rows[before:], roles, texts, held)) is not None:
            self.rows.append(talk)
            return True
        self.pending = row
        for j, text in enumerate(texts):
            if j in at:
                continue
            for line in (x.strip() for x in text.split("\n")):
                m = _LABEL_RE.match(strip_markdown_inline(line))
                if m and "title" in roles_of(m.group("label")) and len(m.group("rest")) > 2:
                    row.entry.title = m.group("rest").strip(' *_"“”')  # a slot's talk
                    continue
                if line:
                    self._more(line)
        self.pending = None
        return True

    @staticmethod
    def _talk_of_the_slot(
        rows: list[_Row], roles: list[str], texts: list[str], held: bool = False
    ) -> _Row | None:
        """A row under a slot's time with a title and its speakers of its own (``Lightning
        Talks`` over ``- Title | Name`` rows): one more talk of that slot (the last of
        ``rows``), at its time, of the kind its head row says; None when the row only adds
        lines to the slot's talk. Its speakers' cell is read as the column of people it
        is in (a handle, ``yuki930``, is someone there). Under a talk of its own (``Opening
        | 13:15 | 5m``) and no cell spanning the rows (``held``: an HTML ``rowspan``), a
        blank time cell says no time: the row is the next talk of the list, its time
        unsaid."""
        above = rows[-1]
        titles = [
            t for t, r in zip(texts, roles, strict=False) if r in ("title", "text") and t.strip()
        ]
        people = [t for t, r in zip(texts, roles, strict=False) if r == "people" and t.strip()]
        if len(titles) != 1 or len(people) != 1 or not above.entry.title:
            return None
        said = strip_markdown_inline(people[0])
        who = split_speakers(said) or role_people(said)
        title = ITEM_MARK_RE.sub("", strip_markdown_inline(titles[0])).strip(' *_"“”')
        if not who or not title or any(is_organisation(p.name) for p in who):
            return None
        e = above.entry
        head = next(
            (r for r in reversed(rows) if r.entry.start == e.start and _kind_only(r.entry)), None
        )
        kind = head.entry.kind if head is not None else "talk"
        start, end = (e.start, e.end) if head is not None or held else (None, None)
        row = _Row(Entry(title, kind, start, end, who, e.ampm), above.day, above.room)
        row.open_for = ""  # whole: the next row's words are no title of its
        return row

    def _day_head(self, text: str) -> date | None:
        """The day a grid column's header is, when it is a date and nothing more
        (``08/07/2024``, ``Mardi 22 juin``): a week's grid, a column a day."""
        text = text.strip()
        if not text or len(text) > 40 or leading_clock(text)[0] is not None:
            return None
        if (m := _LABELLED_DAY_HEAD_RE.fullmatch(text)) and self.b.year is not None:
            # "Day 1 (03/25)", "Full Day (03/25)": the column's label, its day in brackets
            inner = m.group("day")
            said = re.sub(r"[\d/.\-–,]+", " ", inner).split()
            if len(said) > 1 or (said and weekday_of(said[0]) is None):
                return None
            return line_date(inner, self.b.year, self.order)
        found = line_date(text, self.b.year, self.order)
        rest = strip_dates(text).strip(" ,.-–")
        words = re.sub(r"[\d/.\-–]+", " ", rest).strip(" ,")
        if rest and len(words.split()) == 1 and weekday_of(words) is not None:
            rest = ""  # "Jueves 06-03-2025": the day's weekday beside its date
        return found if found is not None and not rest else None

    def _days_row(self, first: list[doctree.Node], rest: list[list[doctree.Node]]) -> bool:
        """The first row names the days of a week's grid: every cell in it with words is
        a date (two at least, ``<td><b>08/07/2024</b></td>`` …), while the rows under it
        are led by times. A header, though it is not written with ``<th>``."""
        filled = [c.text.strip() for c in first if c.text.strip()]
        return (
            len(filled) >= 2
            and all(self._day_head(t) is not None for t in filled)
            and any(r and leading_clock(r[0].text.strip())[0] is not None for r in rest)
        )

    def _day_row(self, cells: list[doctree.Node]) -> bool:
        """A row whose one filled cell is a date (``<td colspan="2"><h3>Miércoles 01 de
        Octubre del 2014</h3></td>``): the day of the rows below it."""
        filled = [c.text.strip() for c in cells if c.text.strip()]
        return (
            len(filled) == 1 and leading_clock(filled[0])[0] is None and self._date_line(filled[0])
        )

    def _signed_rows(self, body: list[list[doctree.Node]], width: int) -> bool:
        """A table without times whose rows are a title beside its abstract, the abstract
        signed on its last line by the talk's speakers (``セッション名 | 概要`` over
        ``Title`` | ``… prose …`` / ``- Ana Ruiz、Bo Li``): a talk a row, untimed. Needs
        most of one column's filled cells signed, two at least, and a column of short
        one-line titles beside it."""
        texts = [[_quoted_or_text(c, self.doc) for c in r] + [""] * (width - len(r)) for r in body]
        signed_at = -1
        for j in range(width):
            filled = [t[j] for t in texts if t[j].strip()]
            # a row's quotation signs no talk, but its cell is signed like the others:
            # counted, so one epigraph never unmakes the table (its row stays, unsigned)
            signed = sum(bool(_signed(x, quotations=False)) for x in filled)
            if signed >= 2 and 2 * signed > len(filled):
                signed_at = j
                break
        if signed_at < 0:
            return False

        def titled(j: int) -> int:
            return sum(
                bool(t[j].strip()) and "\n" not in t[j].strip() and len(t[j].strip()) <= 200
                for t in texts
            )

        others = [j for j in range(width) if j != signed_at and titled(j) >= 2]
        if not others:
            return False
        title_at = max(others, key=titled)
        if (
            texts
            and not _signed(texts[0][signed_at], quotations=False)
            and "\n" not in texts[0][signed_at].strip()
            and len(texts[0][signed_at].split()) <= 3  # "Summary", "概要": a label, no abstract
        ):
            texts = texts[1:]  # "Session | Abstract": the columns' names, no talk
        rows: list[_Row] = []
        for t in texts:
            title = " ".join(t[title_at].split())
            if not title or "\n" in t[title_at].strip():
                continue
            who = _signed(t[signed_at])
            said = kind_of(title)
            entry = Entry(title, said if said in _SESSION_KINDS else "talk", None, None, who, False)
            rows.append(_Row(entry, self.b.day))
        if len(rows) < 2:
            return False
        self.rows.extend(rows)
        self.evidence.append("a table of titles beside abstracts their speakers sign")
        return True

    def _like_a_sibling_table(self, row: list[doctree.Node]) -> bool:
        """A table of one row whose cells fit the columns of the last table of talks as
        wide (a room's one talk after rooms of several): a title where it wrote titles,
        people where it wrote people. One row alone says nothing of its columns."""
        roles = self.table_roles.get(len(row))
        if roles is None or "people" not in roles or "text" not in roles:
            return False
        for cell, role in zip(row, roles, strict=True):
            text = strip_markdown_inline(cell.text).strip()
            if role == "text" and not text:
                return False
            if role == "people" and text and not split_speakers(text):
                return False
        return True

    def _cell(self, row: _Row, text: str, stressed: tuple[str, ...] = ()) -> None:
        """A title cell: its first line read as packed text, the lines under it (a line
        break or a block apart) as the speakers and affiliation lines of a time block."""
        lines = _without_tags([x.strip() for x in text.split("\n") if x.strip()])
        if not lines:
            return
        if len(lines) == 1 and (packed := self._packed(row, lines[0])):
            self.rows.extend(packed[1:])  # "Short talks: A (X); B (Y)": one row per talk
            return
        if len(lines) == 2 and (said := _byline_by_stressed(lines, stressed)):
            # "ANA RUIZ, Tidal Lab, Lyon" over "<b>Title</b>" (or under it): the stressed
            # line is the title, the other who gives it and where they work
            row.entry.title, row.entry.speakers, row.people_line = said
            row.entry.kind = kind_of(said[0])
            return
        if len(lines) == 2 and (pair := _title_author_pairs(lines)):
            # "Cultural Heritage - Title" over "Ana Ruiz, Li Wei": the line under the
            # title names the speakers; the title's own dash or colon names no one
            ((title, who, kind),) = pair
            row.entry.title, row.entry.speakers, row.people_line = title, who, lines[1]
            row.entry.kind = kind
            return
        if len(lines) >= 4 and (labelled := self._label_led(row, lines)):
            self.rows.extend(labelled[1:])  # "Ignite" over each short talk of the slot
            return
        if len(lines) >= 2 and (records := self._records(row, lines)):
            self.rows.extend(_one_per_title(records)[1:])  # a cell of talks, a line each
            return
        if len(lines) == 2 and (label := _slot_label(lines[0])):
            # "Vortrag [DE]" over "Ana Ruiz: Title": the slot's label (its kind, its
            # language), then the talk as a line of its own says it
            lines = lines[1:]
            self._fill(row, lines[0], stressed)
            if row.entry.kind == "talk":
                row.entry.kind = kind_of(label)
        else:
            self._fill(row, lines[0], stressed)
        if not row.entry.speakers and self._panel_people(row, lines):
            return
        self.pending = row
        for line in lines[1:]:
            # a line's own links and stress (``[Name](page) / Org``) name its people
            if not self._more(line, stressed=tuple(s for s in stressed if s and s in line)):
                kind = kind_of(line)
                if len(line.split()) <= 3 and kind not in ("talk", "break", "other"):
                    row.entry.kind = kind  # "Keynote" under the name and the title
                break
        self.pending = None

    def _panel_people(self, row: _Row, lines: list[str]) -> bool:
        """A session's cell whose lines under its title name its people in blocks, each
        under a bare role label (``Moderators:`` / ``Speakers:``, ``Participantes:`` in a
        panel), one person a line (``Sra. Bo Li. Tidal Lab.``, ``Ruiz Ana, Lab``), or its
        moderator inline (``Moderadora: Sra. Ana Ruiz. Lab``): the speakers' blocks are its
        speakers, the chairs' its chairs; a block under another label (``Topics:``) is
        none of them. False when no speakers' block names one person (two in a panel,
        whose label may be any word)."""
        chairs: list[ProgrammePerson] = []
        speakers: list[ProgrammePerson] = []
        block: list[ProgrammePerson] | None = None  # the people of the label above
        for line in lines[1:]:
            plain = strip_markdown_inline(line).strip()
            label, colon, rest = plain.partition(":")
            if colon and rest.strip() and "chair" in roles_of(label):
                chairs.extend(p for p in [_name_dot_org(rest)] if p is not None)
                block = None
                continue
            if plain.endswith((":", "：")) and len(plain.split()) <= 3:
                roles = roles_of(plain[:-1])
                if "speaker" in roles or (row.entry.kind == "panel" and not roles):
                    block = speakers  # "Speakers:"; in a panel "Participantes:" too
                elif "chair" in roles:
                    block = chairs
                elif roles:
                    return False  # "Organisers:" over its people: no one of this talk
                else:
                    block = None  # "Topics:" over its points
                continue
            if block is None:
                continue
            if (person := _name_dot_org(line) or _name_comma_org(line)) is None:
                block = None  # the block is over: what follows is no one's
                continue
            if person.name.casefold() not in {p.name.casefold() for p in chairs + speakers}:
                block.append(person)  # a later list of the same people names no one new
        if len(speakers) < (2 if row.entry.kind == "panel" else 1):
            return False
        if len(lines) > 1 and (quoted := _quoted_title(row.entry, lines[1])):
            row.entry.title, row.retitled = quoted, True  # "Panel" over "«Title»"
        row.entry.speakers = speakers
        for person in chairs:
            self.b.add_role(person, "chair")
        return True

    def _label_led(self, row: _Row, lines: list[str]) -> list[_Row]:
        """A cell whose talks each come under the same short label line (``Ignite`` /
        ``Ana Ruiz (Lab), Title`` / ``Ignite`` / ``Bo Li: Title``), as a slot of several
        short talks is set: ``row`` holds the first, the rest are new rows of the same
        time; empty when the lines are not so. Each takes the label's kind, or, when its
        words say none, a spotlight's when the slot leaves each ten minutes or less."""
        from confnotes.importers.headings import read_heading

        label = lines[0].casefold()
        if len(label.split()) > 3 or read_heading(lines[0]).speakers:
            return []
        parts: list[list[str]] = []
        for line in lines:
            if line.casefold() == label:
                parts.append([])
            else:
                parts[-1].append(line)
        if len(parts) < 2 or any(len(part) != 1 for part in parts):
            return []
        talks = [(part[0], read_heading(part[0], self.b.year)) for part in parts]
        if not any(talk.speakers and talk.title for _line, talk in talks):
            return []
        kind = kind_of(lines[0])
        if kind == "talk" and _slot_share(row.entry, len(talks)) <= SHORT_TALK:
            kind = "spotlight"
        out = []
        for n, (line, talk) in enumerate(talks):
            target = row if n == 0 else _Row(replace(row.entry, speakers=[]), row.day, row.room)
            target.written = line  # "Name, Title": the page's convention reads it later
            target.entry.title = talk.title if talk.speakers else line
            target.entry.speakers, target.entry.kind = talk.speakers, kind
            out.append(target)
        return out

    def _ruled(self, row: _Row, text: str) -> list[_Row]:
        """The one-line items of a column that rules (``<hr>``) part: a talk each at the
        row's time and place (``Name (Org), Title``, a name alone: that person's slot);
        ``row`` holds the first. The parts are talks each only when each names its own
        people, or none does (a column of titles); a part naming no one after one that
        does is that talk's own words (``Talk — Name`` ruled over ``Q&A with the
        audience``), no talk of its own."""
        from confnotes.importers.headings import read_heading

        lines = [x.strip() for x in text.split("\n") if x.strip()]
        read = [(line, read_heading(line, self.b.year)) for line in lines]
        people = [
            talk.speakers or ([ProgrammePerson(line)] if is_person_name(line) else [])
            for line, talk in read
        ]
        named = [
            bool(who) or _name_first(line) for (line, _t), who in zip(read, people, strict=True)
        ]
        mixed = any(named) and not all(named)
        out: list[_Row] = []
        above = False
        for (line, talk), speakers, by in zip(read, people, named, strict=True):
            if mixed and above and not by:
                continue  # the talk above's own words
            above = above or by
            target = row if not out else _Row(replace(row.entry, speakers=[]), row.day, row.room)
            target.written = line  # "Name, Title": the page's convention reads it later
            target.entry.title = talk.title if talk.speakers else line
            target.entry.speakers = speakers
            target.entry.kind = talk.kind
            out.append(target)
        return out

    def _holds_records(self, body: list[list[doctree.Node]], j: int) -> bool:
        """Some cell of column ``j`` holds several talks, a line each."""
        for cells in body:
            if j < len(cells):
                lines = [x.strip() for x in _cell_text(cells[j], self.doc).split("\n")]
                lines = [x for x in lines if x]
                probe = _Row(Entry("", "talk", None, None, [], False), None)
                if len(lines) >= 3 and self._records(probe, lines, probe=True):
                    return True
        return False

    def _records(self, row: _Row, lines: list[str], probe: bool = False) -> list[_Row]:
        """A cell whose lines are records of one shape, each a talk with its own speakers
        (``<p><b>Title</b>, por A. León</p>`` repeated, or a title line over its authors'
        line), under a head naming none of them (the track's or the session's name, its
        chairs): ``row`` holds the first, the rest are new rows of the same time; empty
        when the lines are one talk's title, speakers and affiliation. ``probe``: only
        say whether they are (no chair is recorded)."""
        from confnotes.importers.headings import read_heading

        if (listed := self._listed(row, lines, probe)) is not None:
            return listed
        head, chairs, at = _cell_head(lines)
        if (
            at
            and not chairs
            and not _kind_label(lines[0])
            and len(whole := _title_author_pairs(lines)) >= 2
            and all(is_person_name(p.name) for _t, who, _k in whole for p in who)
        ):
            # "Title" / "Name" / "Title" / "Name" (a <br> apart): the first line is the
            # first talk's title, not a track's name over the rest ("Invited Talk" over
            # a speaker and a title is a label)
            head, at = "", 0
        talks = [read_heading(line, self.b.year) for line in lines[at:]]
        if head and not all(t.speakers and t.title for t in talks):
            # the head may run on a line or two ("Paper session / Room 12", "Chair: …")
            # before a run of talks that each name their own speakers
            at, chairs, talks = self._longer_head(lines, at, chairs, talks)
        found = [(t.title, t.speakers, t.kind) for t in talks]
        read = lines[at:]
        if not all(t.speakers and t.title for t in talks):
            found, read = _title_author_pairs(lines[at:]), []
        if not found and (barred := self._bar_tail(lines, at, head)):
            at, found = barred  # "codehex | Title" lines: the page's lists name the column
        if not found or len(found) < (1 if head and (chairs or kind_of(head) != "talk") else 2):
            return []
        if probe:
            return [row]
        for person in chairs:
            self.b.add_role(person, "chair")
        block = _block_kind(head)
        if head and (chairs or block):
            # "Session: Topology" (Chair: …), "Lightning talks, part 2" over its talks
            row.session = head
        elif head:
            row.room = row.room or head  # "REDES" over its talks: where they are held
        out = []
        for n, (title, speakers, said) in enumerate(found):
            # each of its block's kind ("Social Engineering Features" in a poster block)
            kind = block if block and said in ("talk", "social") else said
            target = (
                row
                if n == 0
                else _Row(replace(row.entry, speakers=[]), row.day, row.room, session=row.session)
            )
            target.entry.title, target.entry.speakers = title, speakers
            target.entry.kind = kind
            target.cell_line = read[n] if len(read) == len(found) else ""
            out.append(target)
        return out

    def _listed(self, row: _Row, lines: list[str], probe: bool) -> list[_Row] | None:
        """A cell written as a small list (:mod:`confnotes.importers.cell_items`): its
        items' talks, ``row`` the first, the rest new rows of its time, under the session
        its lines before the list name (``**Session the First:**``); None when the cell
        is no list of talks."""
        from confnotes.importers.headings import read_heading

        at = cell_items.first_item(lines)
        if at is None:
            return None

        def talk_line(text: str) -> cell_items.TalkLine:
            said = read_heading(text, self.b.year)
            return said.title, said.speakers, said.kind

        found = cell_items.read_items(lines[at:], talk_line)
        if found is None:
            return None
        if probe:
            return [row]
        head = " ".join(strip_markdown_inline(x) for x in lines[:at]).strip(" :：")
        if head:
            row.session = head
        out = []
        for n, (title, speakers, kind) in enumerate(found):
            target = (
                row
                if n == 0
                else _Row(replace(row.entry, speakers=[]), row.day, row.room, session=row.session)
            )
            target.entry.title, target.entry.speakers, target.entry.kind = title, speakers, kind
            target.cell_line = lines[at + n]
            out.append(target)
        return out

    def _bar_tail(
        self, lines: list[str], at: int, head: str
    ) -> tuple[int, list[tuple[str, list[ProgrammePerson], str]]] | None:
        """A cell's run of ``Name | Title`` lines after its head and up to two lines more
        (``6 min each``): the index of its first talk and the talks, read as the page's
        ``A | B`` lists agree; None when the cell ends in no such run."""
        for skip in range(3):
            if len(lines) - at - skip < 2:
                return None
            if barred := self._bar_items(lines[at + skip :], _bar_slot(head, kind_of(head))):
                return at + skip, [(title, who, "talk") for title, who in barred]
        return None

    def _longer_head(
        self, lines: list[str], at: int, chairs: list[ProgrammePerson], talks: list[HeadingTalk]
    ) -> tuple[int, list[ProgrammePerson], list[HeadingTalk]]:
        """A cell's head of up to three more lines (its kind and place, its chairs) over
        at least two talks that each name their speakers (``Title | Name``): the index of
        the first talk, the chairs and the talks; the arguments when the rest is no such
        run (a line under the head that names someone ends it unread)."""
        more: list[ProgrammePerson] = []
        for skip in range(1, min(3, len(talks) - 2) + 1):
            line = lines[at + skip - 1]
            who = _chairs_of(strip_markdown_inline(line).strip(" ()（）[]"))
            if talks[skip - 1].speakers and not who:
                break
            more.extend(who)
            rest = talks[skip:]
            if all(t.speakers and t.title for t in rest):
                return at + skip, chairs + more, rest
        return at, chairs, talks

    def _packed(self, row: _Row, text: str) -> list[_Row]:
        """Several talks in one cell, ``;`` apart, each ``Title (Name)``: ``row`` holds the
        first, the rest are new rows of the same time; empty when the cell is one talk."""
        from confnotes.importers.headings import read_heading

        _label, colon, rest = text.partition(": ")
        parts = [p.strip() for p in (rest if colon else text).split(";") if p.strip()]
        if len(parts) < 2:
            return []
        talks = [read_heading(p, self.b.year) for p in parts]
        if not all(t.speakers and t.title for t in talks):
            return []
        out = []
        for n, talk in enumerate(talks):
            target = row if n == 0 else _Row(replace(row.entry, speakers=[]), row.day, row.room)
            target.entry.title, target.entry.speakers = talk.title, talk.speakers
            target.entry.kind = talk.kind
            out.append(target)
        return out

    def _grid(
        self, body: list[list[doctree.Node]], roles: list[str], rooms: list[int], head: list[str]
    ) -> None:
        read: list[tuple[_Row, str]] = []
        parallel: set[str] = set()
        days = all(
            j < len(head) and (_weekday_head(head[j]) is not None or self._day_head(head[j]))
            for j in rooms
        )
        clocks = [k for k, role in enumerate(roles) if role == "time"]
        own_clock: dict[int, int] = {}
        if len(clocks) >= 2 and any(clocks[0] < j < clocks[1] for j in rooms):
            # columns of hours between the rooms' or days' columns: each column's hours
            # are those of the nearest such column on its left
            for j in rooms:
                left = [k for k in clocks if k < j]
                if left:
                    own_clock[j] = left[-1]
        for cells in body:
            if self._day_row(cells):
                continue
            texts = [_cell_text(c, self.doc) for c in cells] + [""] * (len(roles) - len(cells))
            times = [
                hours_range(t) or t
                for t, role in zip(texts, roles, strict=True)
                if role == "time" and t
            ]
            start, end, _rest, ampm = leading_clock(times[0]) if times else (None, None, "", False)
            end = end if len(times) <= 1 else leading_clock(times[-1])[0]
            if end == start:
                end = None  # the hour written again in a last column: no end
            before = len(self.rows)
            for j in rooms:
                if not texts[j].strip(OPEN_SLOT_MARKS):
                    continue  # "-", "/": no talk in this room at this hour (a plenary beside it)
                at, there = start, end
                if own := own_clock.get(j):
                    # a day's columns each after its own column of hours ("Horas" |
                    # "Jueves" | "Horas" | "Viernes"): the hour is the nearest on its left
                    said = texts[own].strip()
                    if not said:
                        continue  # a day's slot with no hour of its own: nothing there
                    at, there, _rest, ampm = leading_clock(hours_range(said) or said)
                room = " ".join(head[j].split())  # "Section 1<br>(Секция 1)": one name
                row = _Row(Entry("", "talk", at, there, [], ampm), self.b.day, room=room)
                if self.b.year is None and (yearless := _yearless(head[j])):
                    row.monthday, row.room = yearless, ""  # a day's column, not a room
                elif (column_day := self._day_head(head[j])) is not None:
                    row.day, row.room = column_day, ""  # a day's column of a week's grid
                elif (weekday := _weekday_head(head[j])) is not None:
                    # "Monday" … "Friday" over a week's grid: the day of that weekday in the
                    # week the page's date opens ("September 11–15, 2023")
                    row.room = ""
                    if self.b.day is not None:
                        row.day = self.b.day + timedelta((weekday - self.b.day.weekday()) % 7)
                # a bold or italic label ("<em>Workshop</em> Name") parts a grid cell's
                # fields; a link, or a stress, around the whole cell says nothing of them
                whole = " ".join(texts[j].split())
                stressed = tuple(
                    x
                    for x in (_stressed_in(cells[j], ("strong", "em")) if j < len(cells) else ())
                    if x != whole
                )
                title, listed = _listed_people(cells[j], self.doc) if j < len(cells) else ("", [])
                extra: list[_Row] = []
                if j < len(cells) and cells[j].attrs.get("ruled"):
                    extra = self._ruled(row, _without_marks(texts[j]))[1:]
                elif listed:
                    # the cell's list names its speakers: the block above it is the title
                    row.entry.title, row.entry.speakers = title, listed
                    said_kind, tag = _said_kind(texts[j])
                    row.entry.kind = kind_of(title) if said_kind == "talk" else said_kind
                    row.tags = [tag] if tag else []
                elif j < len(cells) and (classed := _classed_fields(cells[j], self.doc))[1]:
                    # '<div class="talk_title">Title, Subtitle</div>' over its speaker's
                    # element: the classes name the fields, a comma in the title no one
                    label, (first, *more) = classed
                    row.entry.title, row.entry.speakers, row.entry.kind = first
                    for title, who, kind in more:  # "Case Studies:" over a talk each
                        other = _Row(replace(row.entry, title=title, speakers=who), row.day)
                        other.entry.kind, other.room, other.monthday = kind, row.room, row.monthday
                        extra.append(other)
                    for one in [row, *extra] if len(classed[1]) > 1 else []:
                        one.session = label
                elif j < len(cells) and (linked := _linked_fields(cells[j])):
                    # "[Name](/speakers/x) — [Title — Subtitle](/sessions/y)": the links
                    # are the fields; a dash inside one is the title's own
                    row.entry.title, row.entry.speakers = linked
                    row.entry.kind = kind_of(linked[0])
                else:
                    self._cell(row, _without_marks(texts[j]), stressed)
                if roles[j] == "people" and row.entry.speakers and not row.entry.title:
                    # a column of people: the speaker's lecture, titled by the name until
                    # a title is known (no title among titles, whatever its shape)
                    row.entry.title = ", ".join(p.name for p in row.entry.speakers)
                    row.entry.kind = "talk"
                _name_only(row)
                column_kind, column_tag = _column_kind(head[j]) if j < len(head) else ("", "")
                for one in [row, *extra]:
                    if one.entry.kind == "talk" and column_tag and column_tag not in one.tags:
                        one.tags.append(column_tag)  # "Workshop 2" over a column: workshops
                    elif one.entry.kind == "talk" and column_kind:
                        one.entry.kind = column_kind
                    if one.entry.title or one.entry.speakers:
                        self.rows.append(one)
                        read.append((one, texts[j]))
            cells_here = {texts[j].casefold() for j in rooms if texts[j]}  # a plenary once
            if days:
                continue  # one lecturer on several days at the same hour is one person
            for row in self.rows[before:]:
                for person in row.entry.speakers:
                    if sum(person.name.casefold() in t for t in cells_here) >= 2:
                        parallel.add(person.name.casefold())
        for row, text in read:
            if row.entry.speakers and all(
                p.name.casefold() in parallel for p in row.entry.speakers
            ):
                # one "speaker" in rooms side by side at one hour is no one: a place ("Café -
                # Gather Town" in every column), a label ("Session A (Young researchers)")
                row.entry.speakers = []
                row.entry.title = text.split("\n")[0].strip()
                row.entry.kind = kind_of(row.entry.title)
        texts_read = [
            (text, row.entry.title, [p.name for p in row.entry.speakers]) for row, text in read
        ]
        if signed_grid(texts_read):
            # "Title - Name" in most cells: a cell alone ambiguous, or read the other way
            # round ("Green Hosting" as a name), follows the grid's way
            for (row, text), cell_read in zip(read, texts_read, strict=True):
                if not read_signed(*cell_read) and (signed := signed_people(text)) is not None:
                    row.entry.title, row.entry.speakers = signed
                    row.entry.kind = kind_of(signed[0])
        _turned_back([row for row, _text in read])
        self._slots_joined([row for row, _text in read])
        self.pending = None

    def _slots_joined(self, read: list[_Row]) -> None:
        """A talk written again in its room's next slots (a tutorial over three rows,
        the breaks between them its own): one talk, from its first slot's start to its
        last slot's end. A talk of another title between them in that room ends it."""
        last: dict[tuple[str, date | None], _Row] = {}
        gone: set[int] = set()
        for row in read:
            entry = row.entry
            if entry.kind in ("break", "other") and not entry.speakers:
                continue  # a pause between two slots of the one tutorial
            place = (row.room, row.day)
            before = last.get(place)
            if (
                before is not None
                and row.room
                and entry.speakers
                and title_key(entry.title) == title_key(before.entry.title)
                and [p.name for p in entry.speakers] == [p.name for p in before.entry.speakers]
            ):
                before.entry.end = entry.end or entry.start or before.entry.end
                gone.add(id(row))
                continue
            last[place] = row
        if gone:
            self.rows[:] = [r for r in self.rows if id(r) not in gone]

    def read(self) -> Timetable:
        # each heading's blocks, and the rows read before it (to tell whether it made any)
        sections: list[tuple[list[doctree.Node], int]] = []
        for number, node in enumerate(div_grids(blocks(self.doc.root, rows=True))):
            before = len(self.rows)
            if node.kind == "heading":
                sections.append(([node], before))
            elif sections:
                sections[-1][0].append(node)
            self._block(node)
            tags = [t for t in self.group_tags.values() if t]
            for row in self.rows[before:]:
                if row.day is None and row.monthday is None:
                    row.monthday = self.monthday
                if node.kind == "table":
                    row.table = number
                row.tags += [t for t in tags if t not in row.tags]
                row.part = len(sections)
        self._sections_of_rows(sections)
        return self._finish()

    def _sections_of_rows(self, sections: list[tuple[list[doctree.Node], int]]) -> None:
        """``## Session 1`` / ``Title.`` / its abstract, and the schedule below naming
        ``19:30 Title with Name``: a section that made no row and opens on a row's title
        is that talk's text, its note's body (the schedule's line says when and who)."""
        ends = [start for _nodes, start in sections[1:]] + [len(self.rows)]
        for (nodes, start), end in zip(sections, ends, strict=False):
            opening = next((n for n in nodes[1:] if n.kind != "blank"), None)
            if start != end or opening is None or opening.kind != "paragraph":
                continue
            if "\n" in opening.text.strip() or not all(n.spanned for n in nodes):
                continue
            said = title_key(strip_markdown_inline(opening.text).strip().rstrip("."))
            rows = [r for r in self.rows if _opens_with_title(said, title_key(r.entry.title))]
            if len(rows) == 1 and not rows[0].body:
                for node in nodes:
                    rows[0].body.extend(self.doc.source_of(node).rstrip("\n").split("\n"))

    def _block(self, node: doctree.Node) -> None:
        """One block of the page: a heading, a table, a list, a paragraph."""
        kind = node.kind
        if kind in CHROME_TAGS:
            self.pending = self.last = None  # "Impressum · Datenschutz": no last row's speakers
        elif kind == "heading":
            self._heading(node)
        elif kind == "table":
            self.table(node)
        elif kind == "deflist":
            self.deflist(node)
        elif kind == "definition" and any(c.kind in _BLOCKS_INSIDE for c in node.children):
            for block in node.children:  # a <dd> outside any <dl>: its lists are the page's
                self._block(block)
        elif kind == "list" and self._papers_list(node):
            pass  # "Authors, *Title*" for the timetable's titles: their authors
        elif kind == "list" and self._record_list(node):
            pass  # "Name and Name, *Title*" items: a talk each, by their fields
        elif (
            kind == "list"
            and self.section in _PEOPLE_SECTIONS | {"dates"}
            and not any(
                leading_clock(_first_line(i).text.strip())[0] is not None
                for i in node.children
                if i.kind == "item"
            )
        ):
            self._side_list(node)  # organisers, invited speakers, important dates
        elif kind == "list":
            before = len(self.rows)
            last = self.last
            for item in node.children:
                if item.kind == "item":
                    self.pending = None
                    self.lines(_first_line(item))
                    self._sub_items(item)
            if len(self.rows) == before:
                self.last = last
                if not self._talk_items(node, last):
                    self.keep(node)  # a list of notes under a row, not rows
        elif kind == "paragraph" and self._opening_title(node):
            pass
        elif kind == "paragraph" or (kind == "text" and self.doc.syntax != "html"):
            self.lines(node)
        elif kind == "code" and self._plain_rows(node):
            pass
        elif kind in ("quote", "code"):
            self.keep(node)

    def _group_heading(self, level: int, text: str) -> None:
        """A heading ends the groups of its level and deeper; one that names a kind in the
        plural (``## Workshops``, ``## Talleres``) tags the talks under it, down to the next
        heading of its level (a ``### Room B`` under it keeps the tag). A deeper heading
        naming no place, day, time, session or kind (``### Sponsors``) ends the tag: a part
        of the page of its own, not a part of the group."""
        self.group_tags = {k: v for k, v in self.group_tags.items() if k < level}
        if not within_group(text, self.b.year):
            self.group_tags = {}
        if tag := group_tag(text):
            self.group_tags[level] = tag

    def _heading(self, node: doctree.Node) -> None:
        """A heading: a row's title or a slot's talk, the event's name, a chair, a day."""
        text = node.text.strip()
        self._group_heading(node.level, text)
        self.section = "" if _CHAIR_RE.match(text) else section_kind(text)
        said = kind_of(text) if not _several_kinds(text) else "talk"
        self.heading_kind = said if said in _SESSION_KINDS else "talk"
        row = self.pending
        if row is not None and not row.entry.title and not row.entry.speakers:
            self._more(text)  # <time>09:30</time> <h3>Title</h3>: the row's title
            return
        if (
            row is not None
            and not row.entry.speakers
            and _kind_label(row.entry.title)
            and kind_of(text) == "talk"
            and not leading_clock(text)[0]
        ):
            # <h5>Conferência de abertura</h5> <h5>Title</h5>: a kind, then the title
            said = kind_of(row.entry.title)
            row.entry.title = text
            row.entry.kind = said if said in _SESSION_KINDS else "talk"
            row.open_for = "people"
            return
        slot = self.slot
        if (
            slot is not None
            and slot.entry.kind == "panel"
            and slot.entry.start is not None
            and kind_of(text) == "talk"
            and not leading_clock(text)[0]
            and not find_date(text, self.b.year)[0]
        ):
            # a round table's own talks: a title, then its speaker's line
            sub = _Row(Entry(text, "talk", None, None, [], slot.entry.ampm), slot.day)
            sub.open_for, sub.provisional = "people", True
            self.rows.append(sub)
            self.pending = self.last = sub
            return
        self.pending = self.last = None
        if (
            not self.b.programme.name
            and (
                node.level <= (1 if self.front_title else 2)
                or (not self.front_title and self._lone_top_heading(node))
            )
            and strip_dates(text).strip(" ,.:-–—")  # "3/6/2022" names no event
        ):
            from confnotes.importers.headings import title_name

            line = text.split("\n")[0]  # "Name<br>Timetable": a title over its subtitle
            self.b.programme.name = title_name(line, self.b.year) or line
        text = self._unlinked_day_words(node) or text
        if (
            self._chair(text)
            or (not strip_dates(text).strip(" ,.:-–—") and self._date_line(text))  # 18.10.2013
            or self._start(text)
            or self._date_line(text)
        ):
            return
        if any(self._chair(part) for part in _DASH_PARTS_RE.split(text)[1:]):
            return  # "Session on Trees - Chair: A. Guenoche": a session and its chair
        if day := find_date(text, self.b.year, self.order)[0] or line_date(
            text, self.b.year, self.order
        ):
            self.b.set_day(day)
            self.b.day = day
        elif (day := self._named_weekday(text)) is not None:
            self.b.day = day

    def _unlinked_day_words(self, node: doctree.Node) -> str:
        """A heading naming this part's day beside links to the other parts' days
        (``Main conference: Monday 03/26 | <a>Workshops: Sunday 03/25</a>``, a menu
        repeated over each part): the words outside its links, where this part's day is;
        "" when no link names a day, or the words outside them name none."""
        text = node.text
        links = [m for m in node.marks if m.kind == "link" and 0 <= m.start < m.end]
        if not links or len(text) > _MENU_HEADING_CHARS:
            return ""
        if not any(line_date(text[m.start : m.end], self.b.year, self.order) for m in links):
            return ""
        kept, at = [], 0
        for m in sorted(links, key=lambda m: m.start):
            kept.append(text[at : m.start])
            at = max(at, m.end)
        kept.append(text[at:])
        own = " ".join(" ".join(kept).split()).strip(" |·•/-–—")
        return own if own and line_date(own, self.b.year, self.order) else ""

    def _lone_top_heading(self, node: doctree.Node) -> bool:
        """The page's one heading at its shallowest level (``### Programa X 2022`` over
        ``<h5>`` days): the page's title, whatever its level; a page of several ``###``
        sections has no such heading."""
        levels = [n.level for n in self.doc.root.walk() if n.kind == "heading"]
        return bool(levels) and node.level == min(levels) and levels.count(node.level) == 1

    def _weekday_cell(self, text: str) -> date | None:
        """The day of a date cell naming a weekday alone (``Thursday`` under ``Day``) in a
        document that dates one day only (a plan's ``date``): the first such weekday on
        or after the day the rows above reached, so that the days follow each other."""
        from confnotes.importers.headings import weekday_after

        first, last = self.b.programme.start, self.b.programme.end
        if first != last or not self.b.publish_day:
            return None  # an event's one day said in its words: no weekday after it
        reached = next((r.day for r in reversed(self.rows) if r.day is not None), self.b.day)
        return weekday_after(text, reached)

    def _named_weekday(self, text: str) -> date | None:
        """``Programm Dienstag``, ``Schedule - Tuesday``: a short heading naming a weekday
        and no date, on a page whose other dates span the event (a day's page of a
        generated schedule, its menu listing every day): the one day of the span on that
        weekday; None when the span holds it never or more than once."""
        first, last = self.b.programme.start, self.b.programme.end
        if first is None or last is None or not 0 < (last - first).days < 7:
            return None
        if len(text.split()) > 4 or (weekday := weekday_of(text)) is None:
            return None
        days = [
            first + timedelta(n)
            for n in range((last - first).days + 1)
            if (first + timedelta(n)).weekday() == weekday
        ]
        return days[0] if len(days) == 1 else None

    def _finish(self) -> Timetable:
        page_title = ""
        if self.doc.syntax == "html" and self.doc.root.children:
            page_title = str(self.doc.root.children[0].attrs.get("title", ""))
        if page_title:
            from confnotes.importers.headings import site_name

            self.b.programme.name = site_name(self.b.programme.name, page_title)
        if not self.b.programme.name and (title := self.doc.root.children):
            self.b.programme.name = str(title[0].attrs.get("title", "")) or self.front_title
        return self._build()

    def _in_session(self, talk: ProgrammeTalk, row: _Row) -> None:
        """The talk is one of a session's (a cell's ``Session: Topology`` over its talks):
        the session is made once per name and hour, and the talk points to it."""
        known = self.sessions.get((row.session, talk.start))
        if known is None:
            kind = kind_of(row.session)
            known = ProgrammeSession(
                key=self.b.session_key(row.session, talk.start),
                title=row.session,
                kind=kind if kind not in ("other", "break") else "talk",
                start=talk.start,
                end=talk.end,
                room=row.room,
                clock=talk.clock,
            )
            self.b.programme.sessions.append(known)
            self.sessions[(row.session, talk.start)] = known
        talk.session = known.key

    def _build(self) -> Timetable:
        b = self.b
        rows = [
            r
            for r in self.rows
            if (r.entry.title or r.entry.speakers)
            and not (r.provisional and not r.entry.speakers)
            and not _undecided(r)
        ]
        for row in rows:
            if row.entry.kind == "talk" and row.entry.speakers:
                row.entry.kind = row.session_kind  # a talk of a "Plenary Lecture Session"
            if row.entry.speakers and (m := _DANGLING_BY_RE.search(row.entry.title)):
                # "*Title* by" over "[Name](…)": the by-line broke after its word
                row.entry.title = row.entry.title[: m.start()]
        _no_constant_speaker(rows)
        rows = _labels_told_later(rows)
        _lone_names_titled(rows)
        _heads_of_unnamed_slots(rows)
        _names_of_unnamed_slots(rows)
        _given_names_bracketed(rows, self.doc.source)
        _lone_lines_over_no_one(rows)
        _speaker_first_titles(rows)
        _speaker_over_title(rows)
        _one_word_rooms(rows)
        _unspoken_lines(rows)
        _mistyped_halves(rows)
        timed_days = {r.day for r in rows if r.entry.start is not None}
        rows = [
            r
            for r in rows
            if not (r.entry.start is None and r.day in timed_days and not r.entry.title.strip())
            and not (r.entry.start is None and r.day in timed_days and r.open_for == "people")
        ]  # "**Tuesday, June 3** — Harbor Room": the line of a day whose rows have times
        previous_day: date | None = None
        mornings = _morning_tables(rows)
        for n, row in enumerate(rows):
            if row.day is not None and previous_day is not None and row.day != previous_day:
                b.close_schedule(None)  # a new day: its clock starts again
            elif n in mornings:
                b.restart_clock()  # a table of its own from the morning: not the evening
            previous_day = row.day or previous_day
            b.day = row.day or b.day
            if row.day:
                b.set_day(row.day)
            if row.entry.start is None and row.day is not None:
                # a seminar series: dates, no times; the day is the talk's
                entry = row.entry
                b.add_entry(entry, n + 1, room=row.room)
                target = b.programme.talks[-1] if not entry.is_session else None
                if target is not None:
                    target.day = row.day
                    if row.body:
                        target.body = "\n".join(row.body).strip("\n") + "\n"
                continue
            b.add_entry(row.entry, n + 1, room=row.room)
            if row.tags and not row.entry.is_session and b.programme.talks:
                talk = b.programme.talks[-1]
                talk.tags += [t for t in row.tags if t not in talk.tags]
            if row.materials and not row.entry.is_session and b.programme.talks:
                _add_materials(b.programme.talks[-1], row.materials)
            if row.monthday and not row.entry.is_session and b.programme.talks:
                talk = b.programme.talks[-1]
                if talk.start is None and talk.day is None:
                    # ISO 8601's date without a year: what the page says, kept as said
                    talk.extra["date"] = f"--{row.monthday[0]:02}-{row.monthday[1]:02}"
            if row.body and not row.entry.is_session and b.programme.talks:
                b.programme.talks[-1].body = "\n".join(row.body).strip("\n") + "\n"
            if row.session and not row.entry.is_session and b.programme.talks:
                self._in_session(b.programme.talks[-1], row)
        b.close_schedule(None)
        programme = b.finish(self.doc.source[:20000])
        result = Timetable(programme, len(rows), sum(1 for r in rows if r.entry.speakers))
        timed = sum(1 for r in rows if r.entry.start is not None or r.day is not None)
        said = f"{timed} rows led by a time or a date" if timed else f"{len(rows)} rows of talks"
        result.evidence = [said, *self.evidence]
        return result


_BLOCKS_INSIDE = frozenset({"list", "table", "deflist"})
"""Blocks a definition may hold that make it a part of the page, not a row's words."""


def _front_title(doc: doctree.Document) -> str:
    """The ``title:`` of the front matter a page opens with, unless it only says the page
    is a schedule (``Programme``, ``Detailed Schedule``): ``Fall 2025 Topology seminar``."""
    page = doc.root.children[0] if doc.root.children else None
    if page is None or page.kind != "front" or not (m := _FRONT_TITLE_RE.search(page.text)):
        return ""
    named = m.group(1).strip()
    if (dated := _DATE_LED_RE.match(named)) and line_date(dated.group(1)) is not None:
        named = named[dated.end() :]  # "07/03/2019 - Meetup": the post's day, then the name
    return "" if section_kind(named) == "schedule" else named


def _front_speakers(doc: doctree.Document) -> frozenset[str]:
    """The names (folded) the front matter a page opens with lists as its speakers."""
    from confnotes.importers.sentence_talks import front_speakers

    page = doc.root.children[0] if doc.root.children else None
    if page is None or page.kind != "front":
        return frozenset()
    return frozenset(front_speakers(structure.read(doc.source).front))


_DATE_LED_RE = re.compile(r"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})[ \t]{0,3}[-–—|:][ \t]{1,3}(?=\S)")
"""A numeric date and a dash before a page's name (``07/03/2019 - Meetup``)."""


def _undecided(row: _Row) -> bool:
    """A slot whose talk is not known yet: ``NTB``, ``TBA`` for its title and no one
    named (:func:`~confnotes.importers.persons.not_decided`), no talk."""
    return not row.entry.speakers and not_decided(row.entry.title)


def _one_word_bylines(rows: list[_Row]) -> None:
    """A table whose cells write ``Title by Name`` (at least two rows by full names, most
    of its rows that name someone) writes its one-word names alike: ``WASM 101 by
    Asyrique`` is Asyrique's talk there, with the same by-word, where one line alone may
    be a title's own words (``Security by Design``, ``Geschichte von Berlin``)."""
    said: Counter[str] = Counter()  # the by-words of the rows that name someone by them
    named = [r for r in rows if r.entry.speakers]
    for r in named:
        written = f" {r.written.casefold()}"
        who = r.entry.speakers[0].name.casefold()
        said.update(w for w in BY_WORD_SET if f" {w} {who}" in written)
    if said.total() < 2 or 2 * said.total() < len(named):
        return
    sentences = any(_small_word(r.entry.title.split()) for r in rows)
    for row in rows:
        words = row.entry.title.split()
        if row.entry.speakers or len(words) < 3 or said[words[-2].casefold()] < 2:
            continue
        if not (sentences or _no_capitals(words[:-2])) or _passive(words[-3]):
            continue  # "Learning by Example", "Search powered by Elixir": the title's words
        if (one := named_by_role(words[-1])) is not None and not one.name[:1].islower():
            row.entry.title, row.entry.speakers = " ".join(words[:-2]), [one]
            row.entry.kind = kind_of(row.entry.title)


_TITLE_CASE_SMALL = frozenset({"with", "from", "into", "onto", "over", "upon", "about", "than"})
"""Words of four letters or more a title written in Title Case may keep in small letters."""
_AGENT_LED = frozenset({"presented", "hosted", "moderated", "delivered", "facilitated"})
"""Participles before ``by`` whose agent is who speaks (``Workshop hosted by Okonkwo``)."""


def _small_word(words: list[str]) -> bool:
    """Whether a title holds a word of four letters or more in small letters (``Small
    allocators``, ``Async ohne Tränen``): titles written in sentence case, where a
    capitalised word alone after a by-word is a name. A table whose titles are all in
    Title Case (``Learning by Example``, ``Death by Accident``) capitalises its own words
    after ``by`` as much as its speakers."""
    return any(
        w[:1].islower() and len(w) >= 4 and w.isalpha() and w not in _TITLE_CASE_SMALL
        for w in words
    )


def _no_capitals(words: list[str]) -> bool:
    """Whether no word of a title is a capitalised word (``WASM 101``): no casing to read."""
    return not any(w[:1].isupper() and not w.isupper() for w in words)


def _passive(word: str) -> bool:
    """A participle before ``by`` (``powered``, ``inspired``): what it names after it is
    the title's agent (``Search powered by Elixir``), unless it says who presents."""
    return len(word) >= 5 and word.endswith("ed") and word.casefold() not in _AGENT_LED


def _no_constant_speaker(rows: list[_Row]) -> None:
    """A "name" on every row, the lunch and the coffee break's too (``Up Next``, a live
    page's status word in each item), is a word of the page's own, no one's: the rows
    keep their titles and lose it."""
    if len(rows) < 3 or not rows[0].entry.speakers:
        return
    names = {p.name for p in rows[0].entry.speakers}
    for row in rows[1:]:
        names &= {p.name for p in row.entry.speakers}
    if not names or not any(kind_of(r.entry.title) == "break" for r in rows):
        return
    for row in rows:
        row.entry.speakers = [p for p in row.entry.speakers if p.name not in names]
        if not row.entry.speakers:
            row.entry.kind = kind_of(row.entry.title)


def _mistyped_halves(rows: list[_Row]) -> None:
    """A clock that says its half of the day against the day's order (``1:00 am`` after
    ``12:00 pm`` and before ``2:30 pm``, ``9:00 pm`` between ``8:50 am`` and ``9:30 am``)
    is in the other half, where it falls between the rows around it: 12-hour clocks follow
    the order of the day, and a typed ``am`` is the likelier slip than a night session.
    Rows under different headings may be different days (``## Day one``, ``## Day two``
    without their dates): the order holds under one heading."""
    timed = [r for r in rows if r.entry.start is not None]
    for before, row, after in zip(timed, timed[1:], timed[2:], strict=False):
        if (
            not row.entry.ampm
            or len({(r.day, r.monthday, r.part) for r in (before, row, after)}) > 1
        ):
            continue
        start, prior, later = row.entry.start, before.entry.start, after.entry.start
        if start is None or prior is None or later is None:
            continue
        if prior <= start <= later or not prior <= later:
            continue
        other = time((start.hour + 12) % 24, start.minute)
        if prior <= other <= later:
            end = row.entry.end
            row.entry.start = other
            if end is not None and (end.hour < 12) == (start.hour < 12):
                row.entry.end = time((end.hour + 12) % 24, end.minute)


def _heads_of_unnamed_slots(rows: list[_Row]) -> None:
    """A timed slot read as ``Name: Title`` by the shape of its head alone (``Im
    Anschluss: General Meeting``, "afterwards" in German) among timed slots none of
    which names anyone in its own line, their people listed on lines under them, twice
    as many of them or more: the head is the slot's phrase, as the others' labels are
    (``Panel 2:``, ``Keynote:``), no person; the title is what follows it."""
    timed = [r for r in rows if r.entry.start is not None]
    bare = [r for r in timed if r.named_bare and r.entry.title and not r.people_line]
    if not bare or any(r.entry.speakers and not r.named_bare for r in timed):
        return
    if not any(r.entry.speakers and r.entry.start is None for r in rows):
        return  # the document's people are not listed under its slots: a slot may name one
    if len(timed) - len(bare) < 2 * len(bare):
        return
    for row in bare:
        if all(not p.affiliations for p in row.entry.speakers):
            row.entry.speakers, row.named_bare = [], ""
            row.entry.kind = kind_of(row.entry.title)


UNNAMED_SLOTS_LEAST = 3
"""Time-led lines naming no one, besides the lone name, before that name is their label."""


def _names_of_unnamed_slots(rows: list[_Row]) -> None:
    """A time-led line that is a name-shaped phrase alone (``17:00 Parting Toast (roof
    terrace)``) and whose title never came, among time-led lines none of which names anyone
    on its own line, their people listed on the lines under them: the phrase is the
    slot's name, as the others' are (``Coffee Break``, ``Session 2 (Chair: …)``), no one."""
    led = [r for r in rows if r.led and r.entry.start is not None]
    lone = [
        r
        for r in led
        if r.open_for == "title" and not r.entry.title and r.named_bare and not r.people_line
    ]
    if not lone or any(r.entry.speakers for r in led if r not in lone):
        return
    if len(led) - len(lone) < UNNAMED_SLOTS_LEAST or len(lone) > 1:
        return
    if not any(r.entry.speakers and not r.led for r in rows):
        return  # the document's people are not listed under its slots: a slot may name one
    for row in lone:
        if len(row.entry.speakers) == 1 and not row.entry.speakers[0].affiliations:
            row.entry.title, row.entry.speakers = row.named_bare, []
            row.named_bare = ""
            row.entry.kind = kind_of(row.entry.title)


def _last_bracket(title: str) -> tuple[str, str] | None:
    """A title closed by a bracket (``Saltstack (Zogg)``): its words before, the
    bracket's; found with ``str.rfind``, linear on any title."""
    title = title.strip()
    at = title.rfind("(")
    inner = title[at + 1 : -1] if at > 0 and title.endswith(")") else ""
    if not 2 <= len(inner) <= 80 or ")" in inner or "\n" in inner or not title[:at].strip():
        return None
    return title[:at].strip(), inner


def _given_names_bracketed(rows: list[_Row], text: str) -> None:
    """Slots whose title closes with a bracket of given names alone or nicknames (``Title
    (Zogg)``), among slots whose brackets name their speakers in full (``Title (Ana
    Ruiz)``, :data:`FULL_LEAST` or more, and more of them than such slots): the bracket
    names the speaker too, as the document's others do
    (:func:`confnotes.importers.bracket_people.given_names`)."""
    full = sum(
        1
        for r in rows
        if r.entry.speakers
        and len(r.entry.speakers[0].name.split()) >= 2
        and f"({r.entry.speakers[0].name}" in text
    )
    if full < FULL_LEAST:
        return
    bare = [
        (r, parts)
        for r in rows
        if not r.entry.speakers
        and r.entry.start is not None
        and (parts := _last_bracket(r.entry.title))
    ]
    found = [(r, head, who) for r, (head, inner) in bare if (who := given_names(inner))]
    if not found or len(found) >= full:
        return
    for row, title, who in found:
        row.entry.title, row.entry.speakers = title.strip(), who


def _lone_lines_over_no_one(rows: list[_Row]) -> None:
    """A slot whose one line under its time is a name-shaped phrase alone (``Entrega de
    Material``, ``Badge Pickup``) whose title never came, among slots that each write
    their title first and their people on a line under it (three or more, every other
    slot that names anyone): the line stands where the others' titles stand, so it is the
    slot's title, and its people never came (a handing-out, a break), no one. A line
    that says more than the name (``Dr. Ana Ruiz``, ``Ana Ruiz (Lab)``) stays a speaker's."""
    lone = [
        r
        for r in rows
        if r.open_for == "title"
        and not r.entry.title
        and not r.people_line
        and len(r.entry.speakers) == 1
        and not r.entry.speakers[0].affiliations
        and r.named_bare.strip() == r.entry.speakers[0].name
    ]
    others = [r for r in rows if r.entry.speakers and r not in lone]
    under = [r for r in others if r.entry.title and r.people_line and r.people_line != r.written]
    if not lone or len(under) < UNNAMED_SLOTS_LEAST or len(under) < len(others):
        return
    if 2 * len(lone) > len(under):
        return  # as many lone names as titled slots: a page of speakers' slots, maybe
    for row in lone:
        row.entry.title, row.entry.speakers = row.named_bare, []
        row.named_bare = ""
        row.entry.kind = kind_of(row.entry.title)
        row.open_for = "people"


_SPEAKER_FIRST_ROWS = 3
"""Rows that must say ``Name (Org), Title`` before a bare ``Name, Title`` is read so."""


def _one_per_title(rows: list[_Row]) -> list[_Row]:
    """The talks of one cell, one per title: a talk two people give is written as two
    lines of one title (``A (Org), Title`` / ``B (Org), Title``), each naming one of
    them, so a title again in the same cell adds its speakers to the first; an open
    slot's placeholder (``TBD``) twice is two slots, and so is a title twice when a
    line says its own time or note (``Title — B (repeat session, 14:00)``): a session
    given again."""
    first: dict[str, _Row] = {}
    out = []
    for row in rows:
        key = title_key(row.entry.title)
        if (
            key
            and not is_placeholder(row.entry.title)
            and (kept := first.get(key)) is not None
            and not _own_note(kept)
            and not _own_note(row)
        ):
            names = {p.name.casefold() for p in kept.entry.speakers}
            kept.entry.speakers += [p for p in row.entry.speakers if p.name.casefold() not in names]
            continue
        first.setdefault(key, row)
        out.append(row)
    return out


def _talks_by_position(
    texts: list[str], roles: list[str], title_col: int
) -> list[tuple[str, list[ProgrammePerson]]] | None:
    """A row whose one column of people and whose title column break into as many lines
    (two or more), each people line naming someone and no title line doing so: the talks
    the row holds, the lines paired by position (``Ana Ruiz<br>Bo Lin`` beside ``Title
    A<br>Title B``, two talks sharing one slot); None for any other row."""
    cols = [j for j, role in enumerate(roles) if role == "people" and texts[j].strip()]
    if len(cols) != 1 or not 0 <= title_col < len(texts):
        return None
    names = [x.strip() for x in texts[cols[0]].split("\n") if x.strip()]
    titles = [x.strip() for x in texts[title_col].split("\n") if x.strip()]
    if len(names) < 2 or len(names) != len(titles):
        return None
    people = [split_speakers(x, single_ok=True) for x in names]
    if not all(people) or any(split_speakers(t) for t in titles):
        return None
    return list(zip(titles, people, strict=True))


def _name_first(line: str) -> bool:
    """A line that opens with a person's name, then a comma or a colon, then more words
    (``Aiko Mori, Writing a linter``, ``Sven Ek (Lumo), Title``): a talk written name
    first, its by-line its head."""
    head, sep, rest = line.partition(":") if ":" in line.split(",")[0] else line.partition(",")
    head = _ASIDE_RE.sub(" ", head).strip()
    return bool(sep and rest.strip() and head) and is_person_name(head)


def _own_note(row: _Row) -> bool:
    """The cell's line of a row's talk says a time or a note of its own beside its title
    and people: a clock, or an aside that is no one's organisation (it opens in lower
    case or holds a digit: ``(repeat session, 14:00)``, not ``(Lumo)``)."""
    rest = row.cell_line.replace(row.entry.title, " ") if row.entry.title else row.cell_line
    if _OWN_CLOCK_RE.search(rest):
        return True
    return any(
        inner[:1].islower() or any(c.isdigit() for c in inner)
        for inner in (m.group(1).strip() for m in _ASIDE_RE.finditer(rest))
    )


_OWN_CLOCK_RE = re.compile(r"\d{1,2}[:.h]\d\d")
_ASIDE_RE = re.compile(r"[(\[（]([^()\[\]（）\n]{1,200})[)\]）]")


SHORT_TALK = timedelta(minutes=10)
"""The longest share of a slot that makes its talks short ones (lightning talks)."""


def _slot_share(entry: Entry, talks: int) -> timedelta:
    """How long each of ``talks`` talks sharing ``entry``'s slot runs; a day when the slot
    has no end."""
    if entry.start is None or entry.end is None or entry.end <= entry.start:
        return timedelta(days=1)
    day = date(2000, 1, 1)
    return (datetime.combine(day, entry.end) - datetime.combine(day, entry.start)) / talks


def _speaker_first(row: _Row) -> bool:
    """A row read as its speaker, then a comma or a colon, then its title (``Ana Ruiz
    (Lab), Title``, ``Bo Li: Title``), as written."""
    written, title = row.written, row.entry.title.strip()
    if not (row.entry.speakers and title and written.endswith(title)):
        return False
    if not written.startswith(row.entry.speakers[0].name):
        return False
    between = written[len(row.entry.speakers[0].name) : len(written) - len(title)]
    return bool(between.strip()) and between.rstrip()[-1:] in ",:"


def _speaker_first_titles(rows: list[_Row]) -> None:
    """``Ana Ruiz, Title`` among rows that say ``Bo Li (Lab), Title``: a comma after a
    name alone does not say who speaks (``Rust, in practice``), the page's convention
    does; where most rows naming a speaker write them first, then a comma or a colon,
    then the title (three or more), a row read as a title alone whose words before its
    first comma pass the person test (or only those words, the rest dropped), and whose
    words after it do not, is that person's talk."""
    named = [r for r in rows if r.entry.speakers and r.entry.title.strip()]
    first = [r for r in named if _speaker_first(r)]
    if len(first) < _SPEAKER_FIRST_ROWS or 3 * len(first) < 2 * len(named):
        return
    for row in rows:
        left, comma, right = row.written.partition(", ")
        right = right.strip()
        if not comma or row.entry.kind not in ("talk", "spotlight") or split_speakers(right):
            continue
        written, aside = right, _bracket_head(right)
        right = aside[1] if aside else right
        if len(right.split()) < 2:
            continue
        who = row.entry.speakers
        if who and not row.entry.title.strip() and [p.name for p in who] == [left.strip()]:
            row.entry.title = right  # the name was read, its title left behind
            who[0].affiliations = [a for a in who[0].affiliations if a != written]
        elif not who and row.entry.title in (row.written, left):
            # (a title read from other words than its own line's is left as read)
            who = split_speakers(left.strip())
            if who:
                row.entry.speakers, row.entry.title = who, right
        else:
            continue
        if aside and len(who) == 1 and not who[0].affiliations:
            who[0].affiliations.append(aside[0])  # "Name, (Org) Title": where they work


def _name_over_title(row: _Row) -> bool:
    """A row read from a name's line with its title on the line under it (``Ana Ruiz`` /
    ``Title``), as written."""
    who = row.entry.speakers
    return (
        len(who) == 1
        and row.written == who[0].name
        and bool(row.entry.title.strip())
        and row.entry.title != row.written
    )


def _speaker_over_title(rows: list[_Row]) -> None:
    """``Henning Ek`` over ``Geschichte des Nachlasses`` among cells that write each talk's
    speaker on its first line and its title on the next: a row read as a title alone,
    that title shaped like a name (it passes the person test as a name written after a
    courtesy title does: "Henning" is no gerund here), whose one line under it names no
    one, is that person's talk, as the page writes every other; the page's convention says
    which line is the name (two rows or more, most of its rows naming a speaker)."""
    named = [r for r in rows if r.entry.speakers and r.entry.title.strip()]
    over = [r for r in named if _name_over_title(r)]
    if len(over) < 2 or 2 * len(over) <= len(named):
        return
    for row in rows:
        under = [text for _key, text in row.lines]
        if (
            row.entry.speakers
            or row.entry.kind != "talk"
            or row.entry.title != row.written
            or len(under) != 1
            or split_speakers(under[0], single_ok=True)
            or len(row.written.split()) < 2
            or not is_person_name(row.written, titled=True)
        ):
            continue
        row.entry.speakers = [ProgrammePerson(row.written.strip())]
        row.entry.title = under[0].strip(' *_"“”')


def _bracket_head(text: str) -> tuple[str, str] | None:
    """``(Org) Title``: (the words in the bracket opening ``text``, the rest after it);
    None when ``text`` opens with no short bracket followed by words."""
    close = text.find(")", 1, 80) if text.startswith("(") else -1
    inner, rest = (text[1:close].strip(), text[close + 1 :].strip()) if close > 0 else ("", "")
    return (inner, rest) if inner and rest else None


def _lone_names_titled(rows: list[_Row]) -> None:
    """A slot whose one line reads as a name (``Jantar de Confraternização``,
    ``Linked While Apart``) where no row of the document names both a title and its
    people, and at least three times as many rows are a title alone: the line is that
    slot's title, as the lines of the rows beside it are, no person (a page of lecture
    slots named by their speakers alone is mostly names: they stay people)."""
    lone = [
        r
        for r in rows
        if not r.entry.title.strip()
        and len(r.entry.speakers) == 1
        and not r.entry.speakers[0].affiliations
    ]
    if not lone or any(r.entry.speakers and r.entry.title.strip() for r in rows):
        return
    if sum(1 for r in rows if r.entry.title.strip() and not r.entry.speakers) < 3 * len(lone):
        return
    for row in lone:
        row.entry.title, row.entry.speakers = row.entry.speakers[0].name, []
        row.entry.kind = kind_of(row.entry.title)
        row.open_for = "people"


def _unspoken_lines(rows: list[_Row]) -> None:
    """A row's line read as its speaker whose column, across the rows' repeated lines,
    holds no people (:class:`confnotes.importers.block_columns.BlockColumns`): a sponsor's
    company alone under its title (``<p class="company">``, or a name that stands under
    a speaker in the other rows). The line stays with the talk, in its note's text."""
    blocks = [r.lines for r in rows if r.lines]
    if len(blocks) < 2:
        return
    columns = BlockColumns(blocks, [line for r in rows for line in r.held])
    if not columns.others:
        return
    for row in rows:
        said = (row.people_key, row.people_line)
        if row.entry.speakers and said in row.lines and not columns.may_speak(*said):
            row.body.append(row.people_line)
            row.entry.speakers, row.people_line, row.people_key = [], "", ""
            row.entry.kind = kind_of(row.entry.title)


def _one_word_rooms(rows: list[_Row]) -> None:
    """A slot's line after its title that is one word (``Atrio``), read as a speaker's
    name, where no row of the document names a speaker otherwise and at least twice as
    many rows hold their room in that place (``Aula A``): the slot's room, no person."""
    lone = [
        r
        for r in rows
        if not (r.entry.room or r.room)
        and len(r.entry.speakers) == 1
        and r.people_line.strip() == r.entry.speakers[0].name
        and " " not in r.people_line.strip()
    ]
    if not lone or any(r.entry.speakers and r not in lone for r in rows):
        return
    if sum(1 for r in rows if (r.entry.room or r.room) and not r.entry.speakers) < 2 * len(lone):
        return
    for row in lone:
        row.entry.room, row.entry.speakers = row.people_line.strip(), []
        row.entry.kind = kind_of(row.entry.title)


_QUOTE_OPENERS = "\"'“‘«„「『"
_QUOTE_CLOSERS = '"”»“」』'
_CITED_WORK_RE = re.compile(r",\s*\d{4}\s*$|[\"“”«»「『]|,\s*(?:in|from|on)\s+[*_]", re.I)
"""What follows a quotation's author and never a speaker's signature: a year closing
the line (``— Name, 1975``), a work in quotes, or in italics after ``in``/``from``
(``, in *Title*``). A plain ``, in collaboration with …`` is a speaker's own."""
_ASIDE_RE = re.compile(r"\([^()\n]{0,200}\)|\[[^\[\]\n]{0,200}\]|@[\w.-]{1,60}")
"""A signer's aside in brackets or a handle (``Ana Ruiz (@ana_ruiz)``): the person's
own, never a cited work, so left out when the citation is looked for."""


def _signed(text: str, quotations: bool = True) -> list[ProgrammePerson]:
    """The people the last line of a cell of prose signs (``…お話します。`` over ``- Ana
    Ruiz、Bo Li``); empty when there is no such line, it names an organisation, or it
    closes a quotation rather than the abstract (:func:`_quotation_signed`; with
    ``quotations`` false a quotation's signer counts too: the cell is signed all the same)."""
    from confnotes.importers.headings import CELL_SIGNATURE_RE

    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) < 2 or not (m := CELL_SIGNATURE_RE.match(lines[-1])):
        return []
    if quotations and _quotation_signed(lines, m.group("who")):
        return []
    who = split_speakers(m.group("who"), single_ok=True)
    if not who or any(is_organisation(p.name) or not is_person_name(p.name) for p in who):
        return []
    return who


def _quotation_signed(lines: list[str], who: str) -> bool:
    """The closing ``— Name`` line signs a quotation, not the speaker's abstract: the
    prose opens in quotes (``“Premature optimization…”``), the line it closes is in
    quotes, the quotation is a quote block (``> …`` over ``> — Name``), or the signer
    is followed by a year or a work (``— Name, 1975``): how an epigraph is cited."""
    said = lines[-2]
    return bool(
        lines[0][:1] in _QUOTE_OPENERS
        or said[:1] in _QUOTE_OPENERS
        or said.rstrip(" .,;!?")[-1:] in _QUOTE_CLOSERS
        or said.startswith(">")
        or _CITED_WORK_RE.search(_ASIDE_RE.sub("", who))
    )


def _labels_told_later(rows: list[_Row]) -> list[_Row]:
    """An overview's row titled by its kind alone (``Invited Talk 1``, ``Keynote``), no
    one named, and further down the page one row at the same day and start with its own
    title and speakers (the talk's card under the overview): one talk, the card's, of
    the kind the overview says. Rows side by side (a slot's own items) stay apart."""
    told: dict[tuple[date | None, object], list[int]] = {}
    for at, r in enumerate(rows):
        entry = r.entry
        told_apart = bool(entry.start is not None and entry.title and entry.speakers)
        if told_apart and not entry.item and not _kind_label(entry.title):
            told.setdefault((r.day, entry.start), []).append(at)
    kept: list[_Row] = []
    for at, row in enumerate(rows):
        entry = row.entry
        label = (
            entry.start is not None
            and not entry.speakers
            and not row.body
            and _kind_label(entry.title)
            and _kind_words_only(entry.title)  # "Panel on ports" is a panel's title
            and at + 1 < len(rows)
            and rows[at + 1].entry.start != entry.start
        )
        later = [
            k
            for k in (told.get((row.day, entry.start), []) if label else [])
            if k > at + 1 and rows[k].room in ("", row.room)
        ]
        if len(later) == 1:
            card = rows[later[0]].entry
            if card.kind == "talk":
                card.kind = entry.kind
            continue
        kept.append(row)
    return kept


_CONNECTOR_RE = re.compile(r"[^\W\d_]{1,3}")


def _morning_tables(rows: list[_Row]) -> set[int]:
    """Indexes of the rows that open a table, after the first, with a morning hour (7 to
    11): a table of its own starts its 12-hour clock again (a second track laid out apart,
    talks then workshops, both from nine), rather than running on into the evening from
    the other table's last afternoon row."""
    opening: set[int] = set()
    table = -1
    for n, row in enumerate(rows):
        start = row.entry.start
        if row.table < 0 or start is None or row.table == table:
            continue
        if table >= 0 and 7 <= start.hour < 12:
            opening.add(n)
        table = row.table
    return opening


def _kind_words_only(title: str) -> bool:
    """Every word of ``title`` is a kind's (``Invited Talk 2``, ``Keynote``), its number
    or a small connector: no word of a subject (``Panel on ports``)."""
    rest = title
    for _kind, pattern in KIND_WORDS:
        rest = pattern.sub(" ", rest)
    rest = TALK_LABEL_RE.sub(" ", rest)
    words = re.findall(r"[^\W_]+", rest)
    return all(w.isdigit() or _CONNECTOR_RE.fullmatch(w) for w in words)


_LISTED_RE = re.compile(r"[,;&+/]|\b(?:and|und|y|et|e)\b", re.I)
"""Between the items a session's heading lists (``Welcome, Keynote, Tutorials``); the
spaces around it are the parts' (a ``\\s*`` here would rescan every run of spaces)."""


def _several_kinds(heading: str) -> bool:
    """A session's heading that lists items of different kinds (``Session 1: Welcome,
    Keynote, Tutorials``, ``Keynote & Panel``): it names what the session holds, so none
    of those kinds is every talk's under it."""
    kinds = {kind_of(part) for part in _LISTED_RE.split(heading[:300]) if part.strip()}
    return len(kinds - {"talk"}) >= 2


def _kind_label(title: str) -> bool:
    """A row's title that only says what kind of slot it is (``Conferência de abertura``,
    ``Keynote``, ``Opening``): a few words, all of them a kind's."""
    words = title.split()
    return 0 < len(words) <= 3 and kind_of(title) in _SESSION_KINDS | {"other"}


_CJK_ONLY_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{1,6}")
_GAP_RE = re.compile(r"(?<=\S) {3,}(?=\S)")
"""Three or more spaces between words of a plain-text line: a gap between columns."""
_TALK_CODE_RE = re.compile(r"[A-Z]{1,3}[-.]?\d{1,3}(?:[.-]\d{1,2})?")
"""A talk's number in a programme (``O1``, ``IN2``, ``P-12``, ``S3.2``)."""
_TAG_RE = re.compile(r"<[^<>\n]{0,500}>")
"""An HTML tag on a line of HTML in Markdown."""
_SESSION_KINDS = frozenset({"keynote", "poster", "panel", "demo", "spotlight", "oral"})
"""Kinds a heading gives the talks under it; a break or an opening heading gives none."""
_BLOCK_KINDS = frozenset({"poster", "spotlight", "demo"})
"""Kinds of a slot that holds many short presentations, each of the slot's kind."""


def _block_kind(head: str) -> str:
    """The kind of short presentations a cell's head names over its talks, after a break's
    word too (``Coffee & posters``, ``Café. Sesión de pósters``: the papers shown over the
    coffee are posters); "" when it names none."""
    kind = kind_of(head) if head else ""
    if kind == "break":
        kind = next((k for k, pattern in KIND_WORDS if k != "break" and pattern.search(head)), "")
    return kind if kind in _BLOCK_KINDS else ""


def _titles_not_slots(rows: list[_Row], grid: bool = False) -> None:
    """A table's cells are read alike: where most talks have titles and name
    no one, a cell read as a speaker's slot alone (``Identity Federation``, ``Backups You
    Can Restore``: words in capitals, shaped like a name) or as ``Name: Title`` by the
    shape of its head alone (``Mailbox Types: From Processes to Programming``) is one
    more title, not a person. Activities named with no one (``Award ceremony``,
    ``Introduction of the teams``) say so too in a table that has no column of people."""
    slots = [r for r in rows if r.entry.speakers and not r.entry.title and not r.people_line]
    bare = [r for r in rows if r.named_bare and r.entry.title and not r.people_line]
    titled = [r for r in rows if r.entry.title and r.entry.kind not in ("break", "other", "social")]
    alone = [r for r in titled if not r.entry.speakers]
    named = [r for r in titled if r.entry.speakers and not r.named_bare]
    if not grid and not named:
        alone += [r for r in rows if _named_activity(r)]
    if slots and (
        len(slots) < len(titled)
        if grid
        else len(slots) + len(named) < len(alone) or len(slots) <= len(named)
    ):  # the other cells name their people with a mark ("von Name", a link): a bare
        # name-shaped cell among them is a title ("Parallele Sektionen")
        for row in slots:
            if len(row.entry.speakers) == 1 and not row.entry.speakers[0].affiliations:
                row.entry.title, row.entry.speakers = row.entry.speakers[0].name, []
                row.named_bare = ""
    if bare and len(bare) + len(named) < len(alone):
        for row in bare:
            if all(not p.affiliations for p in row.entry.speakers):
                row.entry.title, row.entry.speakers = row.named_bare, []


def _named_activity(row: _Row) -> bool:
    """A row that names an activity of the day (``Award ceremony``, a kind the kind words
    call other than a talk or a break) and no one: a title cell of its table's column."""
    e = row.entry
    return bool(e.title) and not e.speakers and not e.is_session and e.kind == "other"


def _named_bare(text: str, speakers: list[ProgrammePerson]) -> bool:
    """Whether a line's speakers were read from its own words by their shape alone: the
    whole line is their names, or it opens with them and a colon (``Name: Title``), with
    no kind label, no stressed or linked title after the colon, to say which is which."""
    plain = strip_markdown_inline(text).strip()
    names = ", ".join(p.name for p in speakers)
    if plain == names:
        return True
    head, colon, _rest = plain.partition(":")
    stressed = any(mark in text[text.find(":") :] for mark in ("**", "__", "["))
    return bool(colon) and head.strip() == names and kind_of(head) == "talk" and not stressed


_BLOCK_TAG_RE = re.compile(r"<(?:p|div|li|h[1-6])[\s>]", re.I)


def _stressed_people(text: str, stressed: tuple[str, ...]) -> list[ProgrammePerson]:
    """An authors' line whose names are the stressed stretches, each followed by its
    affiliation (``_Ana Ruiz_ - Lab; _Bo Li_ Institute, City.``): the people, with
    their affiliations; [] unless the line opens with a stressed name and every
    stressed stretch is one."""
    plain = " ".join(strip_markdown_inline(text).split())
    names = [w.strip(" ,;") for w in stressed if w.strip(" ,;")]
    if len(names) < 1 or not plain.startswith(names[0]):
        return []
    named = [_aside_off(n) for n in names]
    if not all(is_person_name(n) and not is_organisation(n) for n, _aside in named):
        return []
    out: list[ProgrammePerson] = []
    at = 0
    for n, name in enumerate(names):
        found = plain.find(name, at)
        if found < 0:
            return []
        nxt = plain.find(names[n + 1], found + len(name)) if n + 1 < len(names) else len(plain)
        if nxt < 0:
            return []
        said = plain[found + len(name) : nxt].strip(" ,;.-–—()/")
        person = ProgrammePerson(name=named[n][0], aliases=named[n][1])
        if said and not split_speakers(said):
            person.affiliations.append(said)
        out.append(person)
        at = nxt
    return out if len(out) >= 2 or out[0].affiliations else []


def _aside_off(name: str) -> tuple[str, list[str]]:
    """A stressed name and the aside it ends with (``千代田まどか（ちょまど）``, ``Ana Ruiz
    (Aninha)``): the name alone and the aside as its alias, when the name alone is one."""
    m = _ASIDE_RE.search(name)
    if m is None or not is_person_name(base := name[: m.start()].strip()):
        return name, []
    return base, [m.group(1).strip()]


def _without_marks(text: str) -> str:
    """A cell's words without the pictographs leading its lines (``🟢 Name``, ``🟠
    Coffee Break``): a legend's colour marks, not words of a title or a name."""
    return "\n".join(LEADING_PICTOGRAPHS_RE.sub("", line) for line in text.split("\n"))


def _name_only(row: _Row) -> None:
    """A grid cell that is one person's name and nothing more (a school's lecture
    slots, ``Paolo Arcaini`` under a day and an hour): that person's lecture, titled
    by the name until a title is known. A session's words (``Panel discussion``,
    ``Coffee Break``) are no name and stay as they are."""
    title = row.entry.title.strip()
    if row.entry.speakers or not title or "\n" in title or len(title.split()) > 4:
        return
    who = split_speakers(title)
    if len(who) == 1 and who[0].name == title and is_person_name(title):
        row.entry.speakers = who
        row.entry.kind = "talk"


_LABELLED_DAY_HEAD_RE = re.compile(
    r"[^\W\d_][\w.'-]{0,15}(?:[ \t]{1,3}[\w.'-]{1,15}){0,2}[ \t]{0,3}"
    r"[(（\[](?P<day>[^()（）\[\]]{3,25})[)）\]]"
)
"""A grid column's header of a short label and its day in brackets (``Day 1 (03/25)``,
``Full Day (03/27)``, ``Atelier (mardi 12/03)``)."""
_MENU_HEADING_CHARS = 200
"""At most this long, a heading read as a menu of the parts' days (longer is prose)."""


def _weekday_head(text: str) -> int | None:
    """The weekday (0-6) a column's header is, whole (``Monday``, ``Mittwoch``); None for
    anything more (``Monday, 11 September`` is a date, read as one)."""
    words = text.strip(" :.,").split()
    return weekday_of(words[0]) if len(words) == 1 else None


def _titled_cell(cell: doctree.Node) -> bool:
    """A cell whose first line is wholly bold or italic and more lines follow it
    (``**Title**`` / ``Name``): a title over its people, whatever the words."""
    text = cell.text
    first = text.lstrip()
    cut = first.find("\n")
    if cut < 0 or not first[cut:].strip():
        return False
    at = len(text) - len(first)
    line = first[:cut].strip()
    return bool(line) and any(
        m.kind in ("strong", "em")
        and " ".join(text[m.start : m.end].split()) == " ".join(line.split())
        and m.start >= at
        for m in cell.marks
    )


def _byline_by_stressed(
    lines: list[str], stressed: tuple[str, ...]
) -> tuple[str, list[ProgrammePerson], str] | None:
    """A cell of two lines, one wholly stressed and the other a by-line whose first comma
    part is a name (:func:`confnotes.importers.columns.name_first_byline`): the stressed
    line is the title, whichever comes first; (title, speakers, by-line), else None."""
    said = {" ".join(w.split()) for w in stressed}
    plain = [" ".join(strip_markdown_inline(line).split()) for line in lines]
    for title, other in (plain, plain[::-1]):
        if (
            title in said
            and other not in said
            and not people_in(title)
            and (who := name_first_byline(other))
        ):
            return title, who, other
    return None


GROUP_WORDS_MOST = 4
"""Words of a group's name set apart after a title (``Bioinformatics Core``, ``Google
Cloud Team``): a longer stretch is a title, whatever word of a group it holds."""


def _stressed_group(text: str, stressed: tuple[str, ...]) -> tuple[str, str] | None:
    """A line's words and one stressed stretch closing it that names an organisation and
    no one (``Intro to the shell __Bioinformatics Core__``, ``Atelier **Équipe Web**``):
    (the title before it, the group's name); None otherwise."""
    plain = " ".join(strip_markdown_inline(text).split())
    if len(stressed) != 1 or not (words := stressed[0].strip(" ,;:-–—()")):
        return None
    title = plain[: -len(stressed[0])].strip(" ,;:-–—") if plain.endswith(stressed[0]) else ""
    if len(title) < 3 or _DANGLING_BY_RE.search(title) or not is_organisation(words):
        return None
    if len(words.split()) > GROUP_WORDS_MOST or _kind_words_only(title):
        return None  # "Paper — *Towards … a User Group*": a kind's label, then the title
    return (title, words) if not people_in(words) and not people_in(title) else None


OPENING_TITLE_LEAST = 3
"""Words of a row's title a section's opening line may continue past (``Title - a
subtitle``): a shorter title repeated is no sign the section is its talk's."""


def _opens_with_title(said: str, title: str) -> bool:
    """Whether a section's opening line (its key) is a row's title (its key), or that
    title and more words after it (the subtitle the schedule left out)."""
    if not title:
        return False
    return said == title or (
        len(title.split()) >= OPENING_TITLE_LEAST and said.startswith(title + " ")
    )


def _clock_alone(words: str) -> bool:
    """Whether a stretch of words is a time (range) and nothing else (``9:30 am``)."""
    start, _end, rest, _ampm = leading_clock(words)
    return start is not None and not rest.strip(" \t*_|:-–—")


def _stress_parted(text: str, stressed: tuple[str, ...]) -> tuple[str, str] | None:
    """A cell's line whose emphasised stretch opens or ends it, and the rest: the title and
    its people's words when one side is a title and the other people
    (:func:`confnotes.importers.columns.emphasis_split`), else None."""
    plain = " ".join(strip_markdown_inline(text).split())
    if len(stressed) != 1:
        return None  # several stretches set apart: a label, a name, a title (packed)
    for words in stressed:
        if not words or len(words) >= len(plain):
            continue
        if plain.endswith(words):
            parts = [(plain[: -len(words)], False), (words, True)]
        elif plain.startswith(words):
            parts = [(words, True), (plain[len(words) :], False)]
        else:
            continue
        if (found := emphasis_split(parts)) is not None:
            return found
    return None


def _slanted(cell: doctree.Node) -> bool:
    """Whether a cell's words are all in italics (``_Coffee break_``)."""
    words = " ".join(cell.text.split())
    return bool(words) and " ".join(_stressed_in(cell, ("em",))) == words


def _hosted_items(styled: list[tuple[_Row, bool]]) -> list[ProgrammePerson]:
    """Where a table sets its breaks in italics and its talks upright (``| 10:50 | |
    _Coffee break_ |`` among ``| 11:00 | Name | Title |``), the italics mark the
    programme's own items: a name beside an italic opening, welcome or closing
    (``_Opening statement_``) hosts it and gives no talk. Those rows lose their speakers;
    the hosts come back, for the caller to keep as chairs."""
    italic = [row for row, slanted in styled if slanted]
    upright = [row for row, slanted in styled if not slanted]
    if (
        not any(row.entry.kind == "break" for row in italic)
        or any(row.entry.kind == "break" for row in upright)
        or sum(1 for row in upright if row.entry.speakers) < 2
    ):
        return []
    hosts: list[ProgrammePerson] = []
    for row in italic:
        if row.entry.speakers and kind_of(row.entry.title) == "other":
            hosts += row.entry.speakers
            row.entry.speakers, row.entry.kind = [], "other"
    return hosts


def _stressed_in(
    cell: doctree.Node, kinds: tuple[str, ...] = ("strong", "em", "link")
) -> tuple[str, ...]:
    """A cell's bold, italic or linked stretches (``kinds``), as words."""
    return tuple(
        " ".join(cell.text[m.start : m.end].split()) for m in cell.marks if m.kind in kinds
    )


_JOINER_RE = re.compile(r"[\s\-–—:,|/·•]*")
"""What may stand between a cell's fields besides their links: spaces and separators."""


def _linked_fields(cell: doctree.Node) -> tuple[str, list[ProgrammePerson]] | None:
    """``(title, [speaker])`` of a cell that is two links and a separator, one link a
    person's whole name and the other not (``Name — Title``, ``Title, Name``): each link
    is one field, so a dash or a comma inside the title's link never splits it; None for
    any other cell."""
    links = _stressed_in(cell, ("link",))
    if len(links) != 2 or any(not x for x in links):
        return None
    rest = " ".join(cell.text.split())
    for text in links:
        rest = rest.replace(text, " ", 1)
    if not _JOINER_RE.fullmatch(rest):
        return None
    for who, title in (links, links[::-1]):
        people = split_speakers(who)
        if len(people) == 1 and people[0].name == who and not split_speakers(title):
            return title, people
    return None


_MOST_FIELDS = 12
"""Elements named as fields that one talk's cell may hold (:func:`_classed_fields`)."""
AFFILIATION_WORDS_MOST = 8
"""Words of plain text after a speaker's element that may still say where they work
(``, Kaiser Permanente``): a longer stretch is a sentence of the cell's own."""
LABEL_WORDS_MOST = 4
"""Words of a label over a cell's fields (``Case Studies:``)."""
_AND_WORDS = frozenset({"and", "und", "et", "y", "e", "i", "en", "och", "og", "ja", "и"})
"""The word joining the last two names of a list, in the languages programmes use."""
_FIELD_GAP_STRIP = " \n,;:&+/·•|()[]-–—"


_LINE_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
"""Spaces within a line, which a cell's field may hold otherwise than its element does."""


def _gap_words(gap: str) -> str:
    """The words between two fields of a cell, without the marks and the word ``and``
    that only join them (``, &``, `` and ``): "" when nothing else stands there."""
    words = gap.strip(_FIELD_GAP_STRIP)
    head, _, rest = words.partition(" ")
    if head.casefold() in _AND_WORDS:
        words = rest.strip(_FIELD_GAP_STRIP)
    tail = words.rpartition(" ")
    if tail[1] and tail[2].casefold() in _AND_WORDS:
        words = tail[0].strip(_FIELD_GAP_STRIP)
    return "" if words.casefold() in _AND_WORDS else words


NAME_WORDS_MOST = 4
"""Words of a speaker's element that may be one name its class vouches for."""


def _classed_people(words: str) -> list[ProgrammePerson]:
    """The people of an element whose class says it names speakers: as the person test
    reads its words, or as it reads them in running case (``CHRISTIAN RICHARD``); else,
    since the class vouches for them, one name of a few capitalised words (``BJ Fogg``,
    initials the test doubts), unless they name an organisation, a placeholder or a
    kind of session."""
    who = split_speakers(words, single_ok=True) or split_speakers(
        in_running_case(words), single_ok=True
    )
    if who:
        return who
    parts = words.split()
    if (
        2 <= len(parts) <= NAME_WORDS_MOST
        and all(p[:1].isupper() for p in parts)
        and not any(ch.isdigit() for ch in words)
        and not is_organisation(words)
        and not is_placeholder(words)
        and kind_of(words) == "talk"
    ):
        return [ProgrammePerson(name=words)]
    return []


_CELL_CLASS_RE = re.compile(
    r"\A\s{0,50}<t[dh]\b[^>]{0,500}?\bclass\s{0,3}=\s{0,3}[\"']([^\"'<>]{1,200})"
)
"""The class of a cell's own tag (``<td class="keynote">``), which may say its kind."""


ClassedTalk = tuple[str, list[ProgrammePerson], str]
"""A talk read from a cell's classed fields: its title, its speakers, its kind."""


def _classed_fields(
    cell: doctree.Node, doc: doctree.Document | None
) -> tuple[str, list[ClassedTalk]]:
    """``(label, talks)`` of an HTML cell whose elements say by their class which is the
    title and which the speakers (``<div class="talk_title">`` over ``<div
    class="talk_speaker">``, ``titre`` beside ``orateur``, ``<span class="speaker-name">``
    inside a line): each element is one field, so a comma inside the title never makes
    a person of its start; the title's class may say its kind too (``talk_title
    keynote``). The classes name every speaker, so plain words right after a speaker's
    element (``<span class="speaker">Ana Ruiz</span>, Umbrella Health``) say where that
    speaker works (and the speakers before it, joined by commas alone), never a person
    of their own. A cell of several titles, each with its speakers (a list of case
    studies under ``Case Studies:``), is a talk each; a short label ending in a colon
    before the first field is the label of them all. ``("", [])`` unless the cell is
    such fields, those plain words and nothing more."""
    source = _cell_source(cell, doc)
    if "class" not in source:
        return "", []
    marked: list[tuple[int, int, str, str, str]] = []  # place, size, role, words, class
    for said, words, place, size in doctree.classed_elements(source):
        named = words_of(said)
        if not named or named & ABSTRACT_WORDS:
            continue
        if says_people(named) and not named & CHAIR_WORDS:
            marked.append((place, size, "speaker", words, said))
        elif says_title(named):
            marked.append((place, size, "title", words, said))
    if len(marked) > _MOST_FIELDS:
        return "", []  # a cell of many fields is no talk's title and speakers
    fields = [  # the innermost: "talk" over "talk_title" says the title's element
        (role, words, said)
        for place, size, role, words, said in marked
        if words and not any(place < other[0] <= place + size for other in marked)
    ]
    titles = [words for role, words, _said in fields if role == "title"]
    if len(titles) == len(fields):
        return "", []
    plain = _LINE_SPACES_RE.sub(" ", cell.text)  # the cell's lines kept: a break parts fields
    gaps: list[str] = []
    at = 0
    for _role, words, _said in fields:
        found = plain.find(words, at)
        if found < 0:
            return "", []
        gaps.append(plain[at:found])
        at = found + len(words)
    gaps.append(plain[at:])
    label = _gap_words(gaps[0])
    if label and (
        not gaps[0].rstrip().endswith((":", "：")) or len(label.split()) > LABEL_WORDS_MOST
    ):
        return "", []  # words of the cell's own before its fields
    groups: list[tuple[str, str, list[ProgrammePerson]]] = []  # title, its class, people
    people: list[ProgrammePerson] = []
    run: list[ProgrammePerson] = []  # speakers since the last words of their own
    # one title: every speaker is its; several: each opens its group (``Title`` over its
    # speakers) or closes it (speakers over ``Title``), as the cell's first field says
    title_first = fields[0][0] == "title" or len(titles) == 1
    for k, (role, words, said) in enumerate(fields):
        after = _gap_words(gaps[k + 1])
        if role == "title":
            if after or (not title_first and not people):
                return "", []  # words after a title, or a title with no one before it
            if len(titles) > 1 and title_first and groups and not groups[-1][2]:
                return "", []  # a title with no one under it
            groups.append((words, said, people))
            people, run = [], []
            continue
        who = _classed_people(words)
        if not who:
            return "", []
        (groups[-1][2] if title_first and groups else people).extend(who)
        run.extend(who)
        if after:
            if (
                len(after.split()) > AFFILIATION_WORDS_MOST
                or _OWN_CLOCK_RE.search(after)
                or "\n" in gaps[k + 1][: gaps[k + 1].find(after) + len(after)]
            ):
                return "", []  # a line of its own under the name: a title, no workplace
            for person in run:
                if not person.affiliations:
                    person.affiliations.append(after)
            run = []
    if people and not titles:
        # speakers and where they work, no title: their slot, titled by their names
        # until a title is known (a keynote's cell that names only its speaker)
        groups.append((", ".join(p.name for p in people), "", people))
    elif people or any(not who for _t, _c, who in groups):
        return "", []  # speakers after the last title, or a title of no one's
    own = _CELL_CLASS_RE.match(source)
    cell_kind = kind_of(own.group(1).replace("_", " ").replace("-", " ")) if own else "talk"
    talks: list[ClassedTalk] = []
    for title, said, who in groups:
        kind = kind_of(said.replace("_", " ").replace("-", " "))
        if kind in ("talk", "other"):
            kind = kind_of(title)
        if kind == "talk" and cell_kind in ("keynote", "workshop", "tutorial", "panel"):
            kind = cell_kind  # '<td class="keynote">': the cell says what its talk is
        talks.append((title, who, kind))
    return label.rstrip(":：").strip(), talks


_LANGUAGE_TAG_RE = re.compile(LANGUAGE_TAG)


def _slot_label(line: str) -> str:
    """The label of a slot alone on its line (``Vortrag [DE]``, ``Keynote``, ``Talk (EN)``):
    a talk's label word or a kind word, its language in brackets beside it, nothing more;
    "" for any other line."""
    plain = strip_markdown_inline(line)
    label = _LANGUAGE_TAG_RE.sub(" ", plain).strip(" *_:-–—")
    if not label or len(label.split()) > 2:
        return ""
    said = TALK_LABEL_RE.fullmatch(label) or kind_of(label) in ("keynote", "panel", "demo")
    return label if said and any(w[:1].isupper() for w in label.split()) else ""


_PAIRING_RE = re.compile(r"\s{0,3}(?:vs\.?|versus|×)\s{0,3}|\s{1,3}:\s{1,3}", re.I)
"""What sets two linked things against each other: ``vs``, ``×``, or a colon with a space
on both sides (``[Otters](…) : [Team Kiel](…)``); a colon glued to the first link
(``[Ana Ruiz](…): [Title](…)``) is a by-line's."""


def _linked_pairing(cell: doctree.Node) -> bool:
    """A cell of two links or more, each a thing with a page of its own, set against each
    other by a colon or ``vs`` and nothing else (``[Otters](…) : [Team Kiel](…)``, a
    match): no speaker and title, whose cells link a name and a title apart by a dash or
    a comma (:func:`_linked_fields`), so a dash inside one link never splits it either."""
    links = _stressed_in(cell, ("link",))
    if len(links) < 2 or any(not x for x in links):
        return False
    rest = " ".join(cell.text.split())
    gaps = []
    for text in links:
        before, found, rest = rest.partition(text)
        if not found:
            return False
        gaps.append(before)
    if gaps[0].strip() or rest.strip():
        return False  # words of the cell's own beside its links
    for first, second, gap in zip(links, links[1:], gaps[1:], strict=False):
        if not _PAIRING_RE.fullmatch(gap):
            return False
        if ":" in gap and _reads_as_by_line(first, second):
            return False
    return True


def _reads_as_by_line(first: str, second: str) -> bool:
    """``[Ana Ruiz](…) : [Scaling Kafka](…)``: a linked name before the colon, a linked
    title (no person, no team or body) after it, is a speaker and the talk's title, not a
    match (``[Kiel Otters](…) : [Team Lübeck](…)``, the second a team)."""
    who = split_speakers(first)
    if len(who) != 1 or who[0].name != " ".join(first.split()):
        return False
    return not split_speakers(second) and not is_organisation(second)


def _cell_source(cell: doctree.Node, doc: doctree.Document | None, html_only: bool = True) -> str:
    """An HTML cell's own markup, up to its closing tag ("" outside HTML, unless
    ``html_only`` is false: a table of HTML inside Markdown)."""
    whole = doc is not None and (doc.syntax == "html" or not html_only)
    source = doc.source_of(cell) if doc is not None and whole else ""
    close, depth = -1, 0
    for m in _CELL_TAG_RE.finditer(source):
        depth += -1 if m.group(1) else 1
        if depth <= 0:
            close = m.start()
            break
    if close > 0:
        source = source[:close]  # the last cell's span runs on past its table (and others)
    return source


def _listed_people(cell: doctree.Node, doc: doctree.Document) -> tuple[str, list[ProgrammePerson]]:
    """A grid cell of an HTML page whose speakers are a list of their own under the
    talk's title (``<p>Title</p><ul><li>Name</li><li>Name</li></ul>``, as Pentabarf,
    frab and many generated schedules write it): the title (the first block before
    the list) and the people, every item one person's name; ``("", [])`` otherwise."""
    source = _cell_source(cell, doc)
    if "<li" not in source.lower():
        return "", []
    nodes = [n for top in doctree.html_nodes(source, 0, len(source)) for n in top.walk()]
    lists = [n for n in nodes if n.kind == "list"]
    if len(lists) != 1:
        return "", []
    items = [i.text.strip() for i in lists[0].children if i.kind == "item"]
    if not items or len(items) > 12 or not all(items):
        return "", []
    people: list[ProgrammePerson] = []
    handles = 0
    for text in items:
        who = split_speakers(text, single_ok=True)
        if len(who) == 1 and who[0].name == text and not is_organisation(text):
            people.append(who[0])
        elif _listed_handle(text):
            people.append(ProgrammePerson(name=text))  # "i47_rozary": a presenter's handle
            handles += 1
        else:
            return "", []
    if handles and (
        not any(len(p.name.split()) >= 2 for p in people) or len(set(items)) < len(items)
    ):
        return "", []  # beside handles, one name in full vouches that the items are people
    start = lists[0].start
    title = next(
        (
            n.text.strip()
            for n in nodes
            if n.kind in ("paragraph", "heading") and n.start < start and n.text.strip()
        ),
        "",
    )
    # the title's shape says nothing here ("GDI Quergedacht" reads as a name): the list
    # says who speaks, the block above it what the talk is
    return (title, people) if title and title not in items else ("", [])


_HANDLE_TOKEN_RE = re.compile(r"@?[^\W_][\w.-]{1,29}")
"""One token of letters, digits and ``_.-`` (``i47_rozary``, ``makamaka``, ``おさ``)."""


def _listed_handle(text: str) -> bool:
    """A list item that is one token, the handle a presenter goes by (written in small
    letters as often as not), and no kind of slot (``Break``) or number."""
    return (
        _HANDLE_TOKEN_RE.fullmatch(text) is not None
        and kind_of(text) == "talk"
        and not text.isdigit()
    )


def _said_kind(text: str) -> tuple[str, str]:
    """The kind and the tag a cell's labelled line says of its talk, its value a kind's
    word alone (``Type: Workshop``, ``Veranstaltungstyp: Lightning-Talk``): ``("talk",
    "")`` when none does."""
    for line in text.split("\n")[:12]:
        _label, colon, value = line.partition(":")
        value = value.strip().casefold()
        if not colon or not value or len(value) > 30:
            continue
        if tag := TYPE_TAGS.get(value, ""):
            return "talk", tag
        if (kind := kind_of(value)) not in ("talk", "other", "break") and _kind_alone(value):
            return kind, ""
    return "talk", ""


_COLUMN_NUMBER_RE = re.compile(r"[-#]?(?:\d{1,3}|[A-Z]|[IVX]{1,4})")
"""``Workshop 2``, ``Tutorial B``, ``Atelier III``: a column's number after its word."""


def _column_kind(head: str) -> tuple[str, str]:
    """The kind and the tag a grid's column head says of every slot under it when it is
    a kind's word and at most a number (``Workshop 1``, ``Tutorials``, ``Talleres``,
    ``Lightning Talks``): the rooms that hold one kind of session are named by it.
    ``("", "")`` for a room's own name (``Bühne``, ``Keynote Hall``, ``Room 2``)."""
    if (tail := bracket_tail(head.strip(), "()（）", shortest=3)) and (
        before := head[: tail[0]].strip()
    ):
        # "Master-classes (Мастер-классы)": a head in two languages says it in either
        return _column_kind(before) if any(_column_kind(before)) else _column_kind(tail[1])
    words = head.split()[:8]
    if len(words) > 1 and _COLUMN_NUMBER_RE.fullmatch(words[-1]):
        words = words[:-1]  # its number, whole word only (a fullmatch: no scan of spaces)
    word = " ".join(words).casefold()
    if not word or len(word) > 30:
        return "", ""
    for form in (
        word,
        word[:-1] if word.endswith("s") else "",
        word[:-2] if word.endswith("es") else "",
    ):
        if form and (tag := TYPE_TAGS.get(form, "")):
            return "talk", tag
    kind = kind_of(word)
    if kind not in ("talk", "other", "break", "social") and _kind_alone(word):
        return kind, ""
    return "", ""


def _kind_alone(value: str) -> bool:
    """The words are the kind's word and nothing more (``Lightning-Talk``, ``keynote``)."""
    return any(
        (m := pattern.search(value)) is not None and m.group(0).strip() == value.strip()
        for _kind, pattern in KIND_WORDS
    )


def _cell_text(cell: doctree.Node, doc: doctree.Document | None = None) -> str:
    """A cell's words, a line per block element in it (``<p>Title</p><p>Name</p>``)."""
    blocks = [c for c in cell.children if c.kind not in ("text", "blank") and c.text.strip()]
    source = _cell_source(cell, doc)
    if not blocks and len(_BLOCK_TAG_RE.findall(source)) >= 2:
        # the tree gives an HTML cell's block elements as one line of words: read them apart
        blocks = [
            n
            for top in doctree.html_nodes(source, 0, len(source))
            for n in top.walk()
            if n.kind in ("paragraph", "heading") and n.text.strip()
        ]
    lines = [c.text.strip() for c in blocks] if len(blocks) >= 2 else [cell.text.strip()]
    return _with_asides("\n".join(lines))


def _quoted_or_text(cell: doctree.Node, doc: doctree.Document | None = None) -> str:
    """A cell's words (:func:`_cell_text`), each line of a quote block in it marked
    ``>`` as in Markdown: a quotation and its author, never an abstract's signature."""
    text = _cell_text(cell, doc)
    source = _cell_source(cell, doc, html_only=False)
    if "<blockquote" not in source.lower():
        return text
    quoted = {
        line.strip()
        for top in doctree.html_nodes(source, 0, len(source))
        for n in top.walk()
        if n.kind == "quote"
        for line in n.text.split("\n")
        if line.strip()
    }
    if not quoted:
        return text
    lines = text.split("\n")
    return "\n".join("> " + x if x.strip() in quoted else x for x in lines)


_CELL_TAG_RE = re.compile(r"<(/?)t[dh]\b", re.I)
_SPAN_RE = re.compile(r"""\browspan\s*=\s*["']?\s*(\d{1,3})""", re.I)


def _title_column(titles: list[int], head: list[str], body: list[list[doctree.Node]]) -> int:
    """The column of talks' titles: a table may hold several columns of text."""
    # the one its header calls the title ("Talk" beside "Notes") unless its cells are
    # abstracts ("主题" over each talk's summary, beside the short items); else of those
    # not written in sentences, the one with the most words
    return max(
        titles,
        key=lambda j: (
            j < len(head) and "title" in roles_of(head[j]) and not _abstracts(body, j),
            not _abstracts(body, j),
            sum(len(r[j].text) for r in body if j < len(r)),
        ),
        default=-1,
    )


def _start_under_hour(
    hour: tuple[time | None, bool], texts: list[str], title_col: int
) -> tuple[time | None, bool]:
    """A row under an hour row starts at that hour, unless its title says its own."""
    # a row's own time before its title ("11:30 Title") is its own; else the hour's
    start, ampm = hour
    title_text = texts[title_col] if title_col >= 0 else ""
    first, _nl, more = title_text.partition("\n")
    own, _end, rest, own_ampm = leading_clock(first)
    if own is not None and rest.strip():
        start, ampm = own, own_ampm
        texts[title_col] = rest.strip() + _nl + more
    return start, ampm


def _row_speakers(
    texts: list[str],
    roles: list[str],
    title: str,
    title_col: int,
    slots: list[tuple[ProgrammePerson, str]],
    names_cols: set[int],
    paired_cols: tuple[list[int], list[int]],
) -> tuple[list[ProgrammePerson], str, str]:
    """Who speaks in a row, its title and a kind said under a name: columns of people decide."""
    people = [
        p
        for j, (t, role) in enumerate(zip(texts, roles, strict=True))
        if role == "people"
        for p in _people_cell(t) or _role_people_in(t, j in names_cols)
    ]
    if len(slots) == 1:
        people = [slots[0][0]]
        title = slots[0][1] or title  # "Name (Lab)" / "Title: …": the talk's title
    orgs = [t.strip() for t, r in zip(texts, roles, strict=True) if r == "affiliation"]
    if len(people) == 1 and any(orgs):
        # the column beside the people says where the speaker works ("McGill")
        people[0].affiliations += [o for o in orgs if o and o not in people[0].affiliations]
    said_kind = ""
    if not people and (pair := _pair(texts, *paired_cols)) is not None:
        people, title = pair  # "Name | «Title»": the cell that is a person speaks
    if (title_col < 0 or not title.strip()) and not people:
        # a column of speakers' slots with the day's other rows in it (``Opening``,
        # ``Panel``, ``Break``): a cell that names no one is the row's title; so
        # too where the title's cell is empty ("Organizational Meeting." in the
        # speaker's column of a colloquium's row, its title cell blank)
        title = next((t for t, r in zip(texts, roles, strict=True) if r == "people"), "")
    elif title_col < 0:
        # the row's only words: ``Name`` over ``Title`` (over ``Keynote`` or an
        # abstract) is a talk with its title, not a person with a long affiliation
        for t, role in zip(texts, roles, strict=True):
            lines = [x.strip() for x in t.split("\n") if x.strip()]
            if role != "people" or len(lines) < 2:
                continue
            who = split_speakers(lines[0], single_ok=True)
            if who and not split_speakers(lines[1]) and not is_organisation(lines[1]):
                people, title = who, lines[1]
                said_kind = next((k for x in lines[2:3] if (k := kind_of(x)) != "talk"), "")
                break
    return people, title, said_kind


def _people_column_speaks(
    row: _Row, title: str, people: list[ProgrammePerson], people_column: bool
) -> None:
    """A column of people says who speaks: the title cell's names are then its title."""
    if people_column and not people and row.entry.speakers and not row.entry.title:
        # "National Anthem" with the speakers' cell beside it empty: the column of
        # people says who speaks, so the title's two capitalised words are a title
        row.entry.title, row.entry.speakers = title.split("\n")[0].strip(), []
        row.entry.kind = kind_of(row.entry.title)
        row.open_for = "people"
    if people:
        if not {p.name for p in row.entry.speakers} <= {p.name for p in people}:
            # "Offene Peer-Reviews: Erfahrungen" beside a people column: the title
            # cell holds no speaker; only a kind label comes off it
            said, colon, rest = title.split("\n")[0].partition(": ")
            kind_label = colon and (kind_of(said) != "talk" or TALK_LABEL_RE.fullmatch(said))
            row.entry.title = rest.strip() if kind_label else title.split("\n")[0].strip()
            row.named_bare = ""  # the title cell's name-shaped words are its title
        row.entry.speakers = people
        if row.entry.kind in ("break", "other"):
            row.entry.kind = "talk"


def _row_title(
    texts: list[str], title_col: int, place: str, filled: list[int], type_cols: list[int]
) -> tuple[str, str]:
    """A row's title and room: an open slot has none, a narrower cell or a type may name it."""
    title = texts[title_col] if title_col >= 0 else ""
    if not title.strip(OPEN_SLOT_MARKS):
        title = ""  # "--", "…", "/": the slot is open, no talk in it (a barcamp's grid)
    room = ""
    if place and title.split("\n")[0].strip() == place and "\n" in title:
        room, title = place, title.split("\n", 1)[1]  # "Salón Principal" / words
    if len(filled) == 1 and filled[0] != title_col and not title.strip():
        title = texts[filled[0]]  # the row's one text cell, in a narrower column
        if filled[0] in type_cols:
            title = _without_asides(title)  # "Closing" over "(live)": "Closing"
    elif (not title.strip() or _aside(title)) and (typed := _typed_slot(texts, type_cols)):
        title = typed  # "Opening" beside "(Chairs)" or nothing: the slot's name
    return title, room


def _labelled_in_people_columns(
    texts: list[str], roles: list[str]
) -> tuple[list[tuple[ProgrammePerson, str]], list[ProgrammePerson]]:
    """Speakers' slots and chairs the people cells label, the labels taken off the cells."""
    slots: list[tuple[ProgrammePerson, str]] = []
    chairs: list[ProgrammePerson] = []
    for j, role in enumerate(roles):
        if role == "people":
            texts[j], said_chairs, cell_slots = _labelled_people(texts[j])
            chairs += said_chairs
            slots += cell_slots
    return slots, chairs


def _settle_kind(
    row: _Row,
    said_kind: str,
    texts: list[str],
    type_cols: list[int],
    titled: bool,
    chairs: list[ProgrammePerson],
) -> None:
    """A row's kind from the words beside its title; a panel's moderators sit on it."""
    if said_kind and said_kind not in ("break", "other"):
        row.entry.kind = said_kind  # "Keynote" under the title
    if row.entry.kind == "talk" and titled and row.entry.title:
        row.entry.kind = _kind_of_type(texts, type_cols)  # "Keynote" | Title
    if row.entry.kind == "panel" and row.entry.speakers:
        # "Panelists: A, B" / "Moderator: C": who moderates a panel sits on it
        names = {p.name for p in row.entry.speakers}
        row.entry.speakers += [p for p in chairs if p.name not in names]


def _laid_out(rows: list[list[doctree.Node]], doc: doctree.Document) -> list[list[doctree.Node]]:
    """An HTML table's rows with each cell in its column: a cell spanning rows
    (``<td rowspan="4">``) holds its column in the rows below it, which leave it out,
    so their cells come after it (an empty cell stands where it was). Rows that only
    the spans fill are left out."""
    if doc.syntax != "html" and "rowspan" not in doc.source.lower():
        return rows
    out: list[list[doctree.Node]] = []
    held: dict[int, int] = {}  # column -> rows still covered by a cell above
    for cells in rows:
        placed: list[doctree.Node] = []
        for cell in cells:
            while held.get(len(placed), 0) > 0:
                placed.append(doctree.Node("cell", -1, -1, text="", attrs={"held": True}))
            span = 1
            if cell.spanned:
                opening = doc.source[cell.start : min(cell.end, cell.start + 300)].split(">")[0]
                if m := _SPAN_RE.search(opening):
                    span = max(1, min(int(m.group(1)), 500))
            if span > 1:
                held[len(placed)] = span
            placed.append(cell)
        while any(v > 0 for k, v in held.items() if k >= len(placed)):
            placed.append(doctree.Node("cell", -1, -1, text="", attrs={"held": True}))
        for column in list(held):
            held[column] -= 1
        if any(c.text.strip() for c in placed) or not held:
            out.append(placed)
    return out


def _yearless(text: str) -> tuple[int, int] | None:
    """(month, day) of a short line that names a day but no year (``Mardi 22 juin``,
    ``Thursday, October 16``); None when it names a year or no day."""
    if len(text) > 40 or find_year(text):
        return None
    found = line_date(text, 2000)  # a leap year: any day of any month reads
    return (found.month, found.day) if found else None


_DANGLING_BY_RE = re.compile(r"(?<=\S)[ \t]{1,10}(?:by|par|von|por)[ \t]{0,10}$", re.I)
"""A by-word ending a title whose people the next line names (``*Title* by`` / ``Name``)."""
_ITEM_LABEL_RE = re.compile(
    r"^(?P<label>[^\W\d_][^\W\d]{0,20}(?:[ \t]{1,3}[^\W\d_]{1,20}){0,2}[ \t]{0,3}#?\d{1,3})"
    r"[ \t]{0,3}[:.)–—-][ \t]{0,3}"
)
"""``Speaker 3:``, ``Talk #2 -``, ``Poster 12.``: a numbered slot's label before what fills
it (a name, a title by its people)."""


def _authors_over(texts: list[str]) -> list[ProgrammePerson]:
    """The people of a two-item list under a titled slot that is its by-line: an authors'
    line over their affiliations' (``M.B. Giles, P.H. Kelly & Z. Sharif`` / ``University
    of Oxford, UK``), or two people (a pair of speakers); nobody for numbered slots or any
    other list."""
    if len(texts) != 2 or any(_ITEM_LABEL_RE.match(t) or "\n" in t for t in texts):
        return []
    who = split_speakers(texts[0])
    if not who:
        return []
    also = split_speakers(texts[1])
    if also and not any(p.affiliations for p in also):
        return who + also
    return who


def _open_slot(text: str) -> bool:
    """``Speaker 14:``: a numbered slot's label with nobody in it yet."""
    label = _ITEM_LABEL_RE.match(text.strip(" *_"))
    return label is not None and not text.strip(" *_")[label.end() :].strip(" *_")


def _bar_slot(title: str, kind: str) -> str:
    """The kind of slot a ``Name | Title`` list sits in: a block's kind (lightning talks,
    demos), else its title's first word (``Short talks 1``, ``Short talks 2``)."""
    if kind in _BLOCK_KINDS:
        return kind
    words = title.split()
    return words[0].casefold() if words else ""


def _linked_titles(items: list[doctree.Node]) -> list[str]:
    """The titles of a list whose every item is one link and nothing else, to a page that
    is no talk's material (``Slides``, ``Video``), most of them naming no one (a list of
    linked names is the slot's people): a slot's talks, each with a page of its own, as
    event sites list them; [] for any other list."""
    from confnotes.notebook.link_kinds import link_kind

    titles: list[str] = []
    for item in items:
        line = _first_line(item)
        text = " ".join(line.text.split())
        whole = any(
            m.kind == "link" and " ".join(line.text[m.start : m.end].split()) == text
            for m in line.marks
        )
        if not whole or link_kind("", text) not in ("page", "other"):
            return []
        titles.append(text)
    named = sum(1 for title in titles if split_speakers(title))
    if len(titles) < 2 or len(set(titles)) < len(titles) or 2 * named >= len(titles):
        return []
    return titles


_MATERIAL_KINDS = frozenset({"slides", "video", "poster", "paper"})
_LABEL_ASIDE_RE = re.compile(r"\s{0,5}\([^()]{0,40}\)")
_SEPARATORS = " \t-–—,;|·/"


def _material_label(label: str, url: str) -> bool:
    """A link's label that names a kind of material and nothing more (``slides (pdf)``,
    ``vídeo (youtube)``, ``pdf``): one word, its asides in brackets aside, whose kind is
    a talk's material by the label; a host's name (``YouTube``) is no such word, it may
    be part of a title."""
    from confnotes.notebook.link_kinds import link_kind

    if _file_typed(label, url) or _media_file(label, url):
        return True
    plain = unicodedata.normalize("NFKD", _LABEL_ASIDE_RE.sub("", label))
    word = "".join(c for c in plain if not unicodedata.combining(c)).strip()
    return (
        bool(word)
        and len(word.split()) == 1
        and link_kind("", word) in _MATERIAL_KINDS
        and link_kind(f"https://{word.casefold()}.com/", "") == "page"
        and bool(url)
    )


_MEDIA_TAIL_RE = re.compile(r"\.(?:mp3|ogg|oga|opus|m4a|wav|flac|mp4|m4v|webm|mkv|avi|mov)$", re.I)
"""A recording's file, by the end of its address's name."""


def _media_file(label: str, url: str) -> bool:
    """A one-word label on a link to a sound or video file (``[Audio](…/talk.mp3)``,
    ``[Mitschnitt](….ogg)``): the talk's recording, whatever the language calls it."""
    tail = url.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
    return len(label.split()) == 1 and label.isalpha() and bool(_MEDIA_TAIL_RE.search(tail))


def _file_typed(label: str, url: str) -> bool:
    """A label of a word or two whose aside names the type of the file it links to
    (``proposal (png)`` to ``….png``, ``Folien (pdf)`` to ``….pdf``): a file handed out
    with the talk, whatever the language calls it."""
    m = _LABEL_ASIDE_RE.search(label)
    if m is None or label[m.end() :].strip() or len(label[: m.start()].split()) not in (1, 2):
        return False
    said = m.group(0).strip().strip("()").strip().casefold()
    tail = url.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
    return bool(said) and said.isalnum() and tail.casefold().endswith("." + said)


def _add_materials(talk: ProgrammeTalk, materials: list[tuple[str, str]]) -> None:
    """The links to a talk's materials its line closed with, on the talk."""
    from confnotes.notebook.link_kinds import classify_link

    for label, url in materials:
        link = classify_link(url, label) if url else None
        if link is not None and not any(x.url in (url, link.url) for x in talk.links):
            talk.links.append(link)


def _materials_off(cell: doctree.Node, text: str) -> str:
    """A title cell's words without the links to its talk's materials that close it
    (``Title [slides (pdf)](…) [video](…)``, ``Title - [slides](…)``): the talk's slides
    or recording, no words of its title. The title keeps words of its own before them;
    a cell that is one link (a linked title) is left as it is."""
    return _materials_cut(cell, text, (0, len(cell.text)))[0]


def _materials_cut(
    node: doctree.Node, text: str, within: tuple[int, int]
) -> tuple[str, list[tuple[str, str]]]:
    """``text`` (the words of the stretch ``within`` of ``node``'s text: a cell, an
    item's line) without the links to the talk's materials that close it, as
    :func:`_materials_off` says, and those links, (label, address) in order."""
    low, high = within
    links = sorted(
        (m for m in node.marks if m.kind == "link" and low <= m.start and m.end <= high),
        key=lambda m: m.start,
    )
    cut = text
    taken: list[tuple[str, str]] = []
    for mark in reversed(links):
        label = node.text[mark.start : mark.end].strip()
        body = cut.rstrip()
        if not label or not body.endswith(label) or not _material_label(label, mark.value):
            break
        rest = body[: -len(label)].rstrip(_SEPARATORS)
        if not rest.strip():
            break
        cut = rest
        taken.insert(0, (label, str(mark.value or "")))
    return (text, []) if cut is text else (cut.rstrip(_SEPARATORS), taken)


def _one_line_talk(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """A talk from one list item under a session's time: ``Title by A and B``, ``Name -
    Title``, a name alone (``Prof. Ana Ruiz, Lab``: her slot, titled by her name), each
    maybe after a numbered slot's label (``Speaker 3: Dr. Bo Li``); None when the item
    names nobody (``Q&A: open 10 mins``, ``Speaker 14:``)."""
    text = text.strip(" *_")
    label = _ITEM_LABEL_RE.match(text)
    rest = text[label.end() :].strip(" *_") if label else text
    if not rest:
        return None
    if who := split_speakers(rest):
        return rest, who  # a name alone: the slot is theirs, titled by the name as written
    title, who = title_and_speakers(rest)
    title = title.strip(' *_"“”')
    if not who or not title or title == rest or split_speakers(title):
        return None
    return title, who


_WHOLE_QUOTE_RE = re.compile(r"[\"“„«‹»]([^\"“”„«»‹›\n]{2,300})[\"”“»«›]")
"""A line that is one quotation and nothing else (``„Title“``, ``«Title»``, ``"Title"``)."""


def _quoted_title(entry: Entry, text: str) -> str:
    """The title a quoted line gives a slot whose row said only its label (``Forum``,
    ``Keynote``, ``Круглый стол``: a word or three, nobody named yet); empty otherwise."""
    words = entry.title.split()
    if entry.speakers or not 0 < len(words) <= 3 or not all(w.isalpha() for w in words):
        return ""
    quote = _WHOLE_QUOTE_RE.fullmatch(text.strip(" *_"))
    return " ".join(quote.group(1).split()) if quote else ""


def _sized_label(words: list[str]) -> bool:
    """Two words, one of them a plain talk's label (``Öffentlicher Abendvortrag``,
    ``Short paper``, ``Charla larga``): the label and what kind of talk it is (its
    audience, its length); a workshop's or a tutorial's word beside another names one
    (``Rust Workshop``)."""
    return len(words) == 2 and any(TALK_LABEL_RE.fullmatch(w) and not type_tag(w) for w in words)


_MATERIAL_TAGS_RE = re.compile(r"(?:\[[^\W\d_][^\[\]\n]{0,19}\][ \t]{0,3}){1,6}")
"""A line of a slot that is only its materials' tags in square brackets (``[PDF]``,
``[Slides] [Video]``), linked or not."""


def _kind_only(entry: Entry) -> bool:
    """A row whose title is only the words of its kind (``Keynote Presentation``,
    ``Invited Talk``): the talk's own title is still to come."""
    words = [w for w in entry.title.replace(":", " ").split() if not w.isdigit()]
    if entry.kind == "talk" and _sized_label(words) and not split_speakers(entry.title):
        return True  # "Öffentlicher Abendvortrag", "Charla larga": a talk's label alone
    return (
        entry.kind not in ("talk", "break", "other")
        and 0 < len(words) <= 3
        and all(kind_of(w) != "talk" or TALK_LABEL_RE.fullmatch(w) or w.istitle() for w in words)
    )


def _chairs_of(text: str) -> list[ProgrammePerson]:
    """The chairs a line names (``Chair: Lee Park``, ``Moderation: Dr. Ulrike Stein``,
    ``座長：…``): a label that is a chair's key word in any language; [] otherwise."""
    m = _CHAIR_RE.match(text) or _CHAIR_BY_RE.match(strip_markdown_inline(text))
    who = strip_markdown_inline(m.group("who")).strip(" .") if m else ""
    label = _LABEL_RE.match(strip_markdown_inline(text)) if m is None else None
    if label is not None and "chair" in roles_of(label.group("label")):
        who = label.group("rest")
    return split_speakers(who, single_ok=True) if who else []


_NAME_DASH_RE = re.compile(r"\s{1,4}(?:--?|[–—])\s{1,4}")


def _name_dash_org(text: str) -> list[ProgrammePerson]:
    """``Ana Ruiz -- Tidal Lab, University of Vigo``: one person, a dash, where they work
    (the line under a talk's title, its commas inside the affiliation); [] unless the words
    before the first dash are a name and the words after it name no one."""
    parts = _NAME_DASH_RE.split(strip_markdown_inline(text).strip(), maxsplit=1)
    if len(parts) != 2 or not (rest := parts[1].strip(" .")):
        return []
    name = parts[0].strip()
    if not is_person_name(name) or is_organisation(name) or split_speakers(rest):
        return []
    return [ProgrammePerson(name, affiliations=[rest])]


def _name_dot_org(text: str) -> ProgrammePerson | None:
    """``Sra. Ana Ruiz. Tidal Lab.``: a person's name, a full stop, where they work (as a
    panel's people are listed one a line), or a name alone; None unless the words before
    some full stop, or all of them, are a name of two words or more."""
    plain = strip_markdown_inline(text).strip().rstrip(".").strip()
    parts = plain.split(". ")
    for n in range(1, min(len(parts), 4) + 1):
        head, rest = ". ".join(parts[:n]), ". ".join(parts[n:]).strip()
        person = parse_one(head)
        if person is not None and len(person.name.split()) >= 2:
            if rest and not person.affiliations:
                person.affiliations = [rest]
            return person
    return None


def _name_comma_org(text: str) -> ProgrammePerson | None:
    """``Ruiz Ana Maria, Head of «Tidal» (Lab)``: a name of two words or more, a comma,
    where they work, however it is written (quotes, brackets); None otherwise."""
    head, comma, rest = strip_markdown_inline(text).partition(",")
    name = head.strip()
    if not comma or len(name.split()) < 2 or not is_person_name(name) or is_organisation(name):
        return None
    return ProgrammePerson(name, affiliations=[a] if (a := rest.strip(" .")) else [])


_ASIDE_RE = re.compile(r"[(（\[]([^()（）\[\]]{1,200})[)）\]]\s*$")


def _chair_aside(text: str) -> tuple[str, str, str] | None:
    """(the name before it, who chairs, the aside) of a line whose closing aside names
    its chair (``Soil and Water (Chair: Ana Ruiz)``, ``Sesión 2 [Moderación: Ana Ruiz]``):
    unless the name says a talk (see :func:`_says_a_talk`), the line names a session, not
    a talk; None when its aside names no chair."""
    m = _ASIDE_RE.search(text)
    if m is None or not (name := text[: m.start()].strip(" :-–—")):
        return None
    who = _chairs_of(m.group(1))
    return (name, ", ".join(p.name for p in who), m.group(1)) if who else None


_FIELD_CUT_RE = re.compile(
    r"(?<![ \t])[ \t]{0,3}[,;][ \t]{1,3}|(?<![ \t])[ \t]{1,3}[-–—|][ \t]{1,3}"
)
"""Where a line's fields part: a comma or a semicolon, or a dash between spaces (each
run of blanks bounded, tried from its first blank only, so a line of spaces costs one
pass)."""


def _chair_field(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """(what the slot is, its chairs) of a line whose last field, parted by a comma, a
    semicolon or a dash, names its chairs (``Keynote, Chair: Ana Ruiz``, ``Session 4 —
    Moderation: Bo Chen``, ``Panel; chaired by Bo Chen``); None when none does."""
    cuts = list(_FIELD_CUT_RE.finditer(text))
    for cut in cuts[:3]:
        head, tail = text[: cut.start()].strip(" *_"), text[cut.end() :]
        if head and (who := _chairs_of(tail)):
            return head, who
    return None


_BY_LINE_MARKS = ("—", "–", " -", " by", ":")


def _says_a_talk(name: str) -> bool:
    """What a line says before its chair's aside is a talk when it is led by a kind's
    label (``Keynote: Title``) or names who speaks in a by-line, set apart by a dash or
    ``by`` (``Title — Lena Berg``, ``Lena Berg: Title``); two session names joined by a
    slash (``Coalitions / Experiments``) name no one."""
    from confnotes.importers.headings import read_heading

    heading = read_heading(name)
    if heading.kind not in ("talk", "other"):
        return True
    if not heading.speakers or (at := name.find(heading.speakers[0].name)) < 0:
        return False
    if at == 0:
        after = name[len(heading.speakers[-1].name) :].lstrip()
        return after.startswith(tuple(m.strip() for m in _BY_LINE_MARKS if m != " by"))
    return name[:at].rstrip().casefold().endswith(_BY_LINE_MARKS)


def _cell_head(lines: list[str]) -> tuple[str, list[ProgrammePerson], int]:
    """What a cell says above its talks: the name of its session or track (a first line
    naming no speaker of its own) and the chairs it names (``(Session Chair: Ana Ruiz)``
    as its aside or a line of its own); the index of the first line after them."""
    from confnotes.importers.headings import read_heading

    head, chairs, at = "", [], 0
    while at < min(len(lines), 3):
        line = lines[at]
        if who := _chairs_of(strip_markdown_inline(line).strip(" ()（）[]")):
            chairs.extend(who)
            at += 1
            continue
        if at > 0 or read_heading(line).speakers:
            break
        if (m := _ASIDE_RE.search(line)) and (who := _chairs_of(m.group(1))):
            chairs.extend(who)
            line = line[: m.start()].strip()
        head = read_heading(line).title or line
        at += 1
    return head, chairs, at


def _title_author_pairs(lines: list[str]) -> list[tuple[str, list[ProgrammePerson], str]]:
    """Lines that alternate a talk's title and its authors' line (``Title`` /
    ``A, B and C``, a list item each): (title, speakers, kind) per talk; [] when they do
    not. A title may be shaped like a name (``Distributed Contour Trees``) when most
    titles are not: the alternation says which line is which."""
    from confnotes.importers.headings import labelled_quote

    if len(lines) < 2 or len(lines) % 2:
        return []
    out = []
    telling = False
    for title, people in zip(lines[::2], lines[1::2], strict=True):
        who = split_speakers(people, single_ok=True)
        if not who or any(is_organisation(p.name) for p in who):
            return []
        if all(len(p.name.split()) == 1 for p in who) and split_speakers(title):
            # "Ana Ruiz" over "Truth, Beauty, Goodness" ("Lokalität, Individualität"): a
            # full name over single words is the speaker over their title, no single
            # word being anyone's name beside it
            return []
        # a pair says which line is which when its title is no name, or its authors'
        # line names more people than its title line would
        telling = telling or not split_speakers(title) or len(who) > 1
        out.append((labelled_quote(title) or title.strip(' *_"“”'), who, kind_of(title)))
    if not telling:
        return []
    return [(t, w, k if k not in ("break", "other") else "talk") for t, w, k in out]


def _with_asides(text: str) -> str:
    """Lines of a cell, a bracketed line joined to the line above as its aside (``Title``
    over ``(A, B, C)`` is ``Title (A, B, C)``, as one line would write it)."""
    out: list[str] = []
    for line in (x.strip() for x in text.split("\n")):
        if out and line.startswith(("(", "（")):
            out[-1] = f"{out[-1]} {line}"
        elif line:
            out.append(line)
    return "\n".join(out)


_SLASH_RE = re.compile(r"(?<!\s)\s+/\s+")


def _after_length(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """The title and speakers of a slot's words written around its length in brackets
    (``Presentation 1 (20 min) Title``, ``Open discussion (45 min) Ana Ruiz - Lab``), as
    :func:`title_and_speakers` reads them; None when the length only closes the title
    (``Closing (5 min)``), which the caller trims."""
    plain = strip_markdown_inline(text).strip()
    title, people = title_and_speakers(plain)
    if title == plain or not title:
        return None
    return title, people


def _parallel(text: str) -> list[str]:
    """``Title (Ana Ruiz) / Other title (Li Wei)``: talks at the same hour in one line,
    each naming its speakers in brackets at its end; [] for one talk."""
    parts = [p.strip() for p in split_outside_brackets(text, _SLASH_RE)]
    if len(parts) < 2:
        return []
    for part in parts:
        open_at = part.rfind("(") if part.endswith(")") else -1
        if open_at <= 0 or not split_speakers(part[open_at + 1 : -1], single_ok=True):
            return []
    return parts


def _stressed_kind(text: str, stressed: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(kind, rest, label) of a line opening with a stressed label that only names a kind
    of talk (``**Palestra 1** Title``, ``**Mesa Redonda 2** Title``); None otherwise.
    Pictographs before the label (``🎤 **Palestra:** Title``) are a reader's marks: the
    label still leads, and the rest carries none of them."""
    plain = LEADING_PICTOGRAPHS_RE.sub("", " ".join(strip_markdown_inline(text).split()))
    for words in stressed:
        label = " ".join(strip_markdown_inline(words).split()).strip(" :-–—")
        if not label or not plain.startswith(label) or len(plain) <= len(label) + 3:
            continue
        rest = plain[len(label) :].strip(" :-–—")
        named = [w for w in label.split() if not w.isdigit()]
        if not 0 < len(named) <= 3 or len(rest.split()) < 2 or BY_LINE_RE.match(rest):
            return None  # "**Hauptvortrag** von Name": the kind and who gives it, no title
        kind = kind_of(label)
        if kind in ("keynote", "panel", "spotlight", "oral", "poster", "demo"):
            return kind, rest, label
        if TALK_LABEL_RE.fullmatch(" ".join(named)):
            return "talk", rest, label
        return None
    return None


def _where_they_work(
    title: str, speakers: list[ProgrammePerson], stressed: tuple[str, ...]
) -> bool:
    """The words read as a title after a slot's speakers say where they work: an
    organisation's name, or a word or two set apart by emphasis of their own
    (``Name - *Orange*``), when no speaker has an affiliation yet."""
    from confnotes.importers.headings import orgish

    title = title.strip()
    if not title or not speakers or any(p.affiliations for p in speakers):
        return False
    alone = any(strip_markdown_inline(w).strip() == title for w in stressed)
    return orgish(title) or (alone and len(title.split()) <= 2)


def _stressed_label(text: str, stressed: tuple[str, ...]) -> tuple[str, str] | None:
    """(label, rest) of a line that begins with a bold or italic stretch and a colon."""
    plain = strip_markdown_inline(text).strip()
    for words in stressed:
        words = strip_markdown_inline(words).strip(" :：")
        after = plain[len(words) :].lstrip() if words and plain.startswith(words) else ""
        if after[:1] in (":", "：") and len(words) <= 40:
            return words, after[1:].strip()
    return None


def _track_label(label: str, rest: str) -> bool:
    """``**Green Garden**: Title (Lia Conti)``: a bold label before the colon is the
    room or track when the row names its speakers in brackets at its end, and the label
    is no kind of talk (``**Keynote**:``)."""
    if kind_of(label) != "talk" or TALK_LABEL_RE.fullmatch(label.strip()):
        return False
    rest = rest.strip()
    open_at = rest.rfind("(") if rest.endswith(")") else -1
    return open_at > 0 and bool(split_speakers(rest[open_at + 1 : -1], single_ok=True))


def _logical_lines(
    texts: list[str], source: list[str] | None = None
) -> list[tuple[int, int, int, int]]:
    """(first, last, start offset, end offset) of each line as written before it was
    wrapped: a line led by a time goes on while its brackets are open, while it ends on
    a slash or a comma, and into a next line that begins in lower case (``(Giulia`` /
    ``Ferri)``, ``affinamento`` / ``dell'object detection``). ``source``: the lines as
    written (plain text), when known: a line nested under the time-led one is no wrap."""
    out: list[tuple[int, int, int, int]] = []
    at = 0
    led = False
    for n, raw in enumerate(texts):
        start, at = at, at + len(raw) + 1
        text = raw.strip()
        if (
            out
            and led
            and text
            and not (source and _nested(source[out[-1][0]], source[n]))
            and _wrapped(texts[out[-1][0] : n], text)
        ):
            first, _last, first_at, _end = out[-1]
            out[-1] = (first, n, first_at, start + len(raw))
            continue
        out.append((n, n, start, start + len(raw)))
        led = bool(text) and leading_clock(text)[0] is not None
    return out


def _paired_lines(texts: list[str], source: list[str]) -> dict[int, int]:
    """Each text line's line of the source, when the two differ only by blank lines (a
    line break written as ``<br/>`` before the line's end doubles it in the text): the
    n-th line with words is the n-th line with words. Nothing when they differ more."""
    said = [n for n, t in enumerate(texts) if t.strip()]
    written = [n for n, t in enumerate(source) if t.strip()]
    if not said or len(said) != len(written):
        return {}
    return dict(zip(said, written, strict=True))


def _nested(led: str, line: str) -> bool:
    """Whether ``line`` of plain text is nested under the time-led line ``led`` (a
    person's notes under a talk's line: ``09:30 Title - Name`` over ``<TAB>retries need
    budgets``): indented by a tab the time-led line has not, or deeper than the column its
    words after the time begin at (a wrapped title hangs at that column or before it)."""
    if line.startswith("\t") and not led.startswith("\t"):
        return True
    rest = leading_clock(led.strip())[2].strip()
    wide = led.expandtabs()
    hang = wide.find(rest[:20]) if rest else -1
    indent = len(line.expandtabs()) - len(line.expandtabs().lstrip())
    return hang > 0 and indent > hang


def _wrapped(before: list[str], text: str) -> bool:
    """Whether ``text`` goes on the line ``before`` ends (its open bracket, its slash or
    comma, brackets of its own, or a word that begins in lower case)."""
    head = " ".join(t.strip() for t in before)
    opened = head.count("(") + head.count("[") - head.count(")") - head.count("]")
    return (
        opened > 0
        or head.endswith(("/", ","))
        or text.startswith("(")  # "Title" / "(Name)": the speakers in brackets after it
        or (text[0].isalpha() and text[0].islower())
        or _parallel_unfinished(head, text)
    )


def _parallel_unfinished(head: str, text: str) -> bool:
    """Whether ``text`` ends the last of the parallel talks ``head`` began: each talk
    before it closed on its speakers in brackets, the last has not yet and stops on a
    small connector (``A (Ana Ruiz) / Sails for`` over ``Python Boats (Li Wei)``), and
    ``text`` closes on brackets. A last part that ends on a word of its own (``/ Lightning
    talks``) is whole: the ``Title (Name)`` line under it is a line of its own."""
    parts = [p.strip() for p in split_outside_brackets(head, _SLASH_RE)]
    last_word = (parts[-1].split() or [""])[-1]
    return (
        len(parts) >= 2
        and all(p.endswith(")") for p in parts[:-1])
        and not parts[-1].endswith(")")
        and last_word.islower()
        and bool(_CONNECTOR_RE.fullmatch(last_word))
        and text.rstrip().endswith(")")
        and "/" not in text
    )


_FIELD_EDGE = " ,;:-–—\t"


def _record_fields(
    line: doctree.Node, agreed: bool = False
) -> tuple[str, str, list[ProgrammePerson]] | None:
    """An item's fields by its marks: ``("talk", title, people)`` when one stressed stretch
    is the title and the words around it are people only; ``("chair", "", people)`` for
    ``*Name, Chair*``; ``("talk", "tba", people)`` for ``Name, tba``; None otherwise."""
    text = line.text.split("\n")[0]
    stress = [
        m
        for m in line.marks
        if m.kind in ("em", "strong")
        and m.end <= len(text)
        and not text[m.start : m.end].rstrip().endswith((":", "："))  # "**Speaker:**" a label
    ]
    if len(stress) == 1:
        m = stress[0]
        inner = " ".join(text[m.start : m.end].split())
        before = text[: m.start].strip(_FIELD_EDGE)
        after = text[m.end :].strip(_FIELD_EDGE)
        if not before and not after:
            who_text, _, role = inner.rpartition(",")
            if who_text and "chair" in roles_of(role.strip()):
                who = split_speakers(who_text, single_ok=True)
                return ("chair", "", who) if who else None
            return None
        if before and after:
            return None
        who = split_speakers(before or after, single_ok=bool(after))
        title = inner.strip(' "“”')
        if (
            who
            and title
            and (agreed or not split_speakers(title))
            and not any(is_organisation(p.name) for p in who)
        ):
            return "talk", title, who
        return None
    if not stress and "," in text:
        head, _, tail = text.rpartition(",")
        if is_placeholder(tail.strip()) and (who := split_speakers(head.strip())):
            return "talk", tail.strip(), who  # "Michael Shulman, tba": a talk to come
    return None


def _two_fields(line: doctree.Node) -> tuple[str, str] | None:
    """An item's two fields as its stress parts them: one stressed stretch and the words
    before or after it, or two stressed stretches with only punctuation between them
    (``*A, B*, **Title**``); None for any other item."""
    text = line.text.split("\n")[0]
    stress = [m for m in line.marks if m.kind in ("em", "strong") and m.end <= len(text)]
    if not 1 <= len(stress) <= 2:
        return None
    stress.sort(key=lambda m: m.start)
    first = stress[0]
    before = text[: first.start].strip(_FIELD_EDGE)
    if len(stress) == 2:
        second = stress[1]
        between = text[first.end : second.start].strip(_FIELD_EDGE + ".")
        after = text[second.end :].strip(_FIELD_EDGE + ".")
        if before or between or after or second.start < first.end:
            return None
        return text[first.start : first.end].strip(), text[second.start : second.end].strip()
    after = text[first.end :].strip(_FIELD_EDGE + ".")
    inner = text[first.start : first.end].strip()
    if bool(before) == bool(after) or not inner:
        return None
    return (before, inner) if before else (inner, after)


def _first_line(item: doctree.Node) -> doctree.Node:
    """A list item as the node whose lines are read: its first paragraph, or itself; an
    HTML item's elements (a time span, a title, a speakers line) all, nested lists not."""
    head = next((c for c in item.children if c.kind == "paragraph"), None)
    if head is None:
        return item
    parts = [c for c in item.children if c.text.strip() and c.kind not in ("list", "table", "text")]
    if item.start < 0 or len(parts) < 2 or any(c.kind in ("list",) for c in item.children):
        return head
    if all(c.kind == "paragraph" for c in parts):
        return head  # a Markdown item's paragraphs: the first one leads, the rest are notes
    lines = "\n".join(c.text.strip() for c in parts)
    return doctree.Node("paragraph", -1, -1, text=lines)


def _org_shaped(text: str) -> bool:
    """A short line of capitalised words (``Charles University``, ``Criteo``), not a
    sentence of notes."""
    words = text.split()
    if not words or len(words) > 6 or text.endswith((".", "!", "?", ":")):
        return False
    long = [w for w in words if len(w) > 3]
    return bool(long) and all(w[:1].isupper() for w in long) and not split_speakers(text)


CHROME_TAGS = frozenset({"footer"})
"""A page's footer: no part of the programme above it (its menus are read: a generated
schedule's menu names its days)."""


def blocks(root: doctree.Node, rows: bool = False) -> list[doctree.Node]:
    """The block nodes of a tree in order, an HTML container's elements in its place;
    with ``rows``, a container of two or more containers side by side (a layout's row of
    columns, :func:`_div_cells`) is kept whole, for :func:`div_grids` to read, and so is a
    page's footer (:data:`CHROME_TAGS`), which ends the rows before it."""
    out: list[doctree.Node] = []
    for node in root.children:
        if rows and (_div_cells(node) or (node.kind in CHROME_TAGS and node.attrs.get("tag"))):
            out.append(node)
            continue
        if (
            node.kind in ("html", "div", "section", "article", "main", "body", "tbody")
            or (node.kind in doctree.CONTAINER_TAGS)
        ) and any(c.kind not in ("blank",) for c in node.children):
            out.extend(blocks(node, rows))
            continue
        if node.kind not in ("blank", "front", "record", "hr", "comment"):
            out.append(node)
    return out


_GRID_MIN_ROWS = 3
"""Rows led by a time alone that make a run of layout rows a timetable's grid."""


def _div_cells(node: doctree.Node) -> list[doctree.Node]:
    """The columns of a layout row (``<div class="row"><div>9:00</div><div>Talk</div>``):
    its children when they are two or more containers and nothing else; else []."""
    cells = _columns(node)
    if any((inner := _columns(c)) and _time_alone(inner[0].text) for c in cells):
        return []  # the grid around the rows, not a row
    return cells


def _columns(node: doctree.Node) -> list[doctree.Node]:
    """A container's children when they are two or more containers and nothing else."""
    if node.kind not in doctree.CONTAINER_TAGS or not node.attrs.get("tag"):
        return []  # a Markdown page's raw HTML block is no element of the page
    cells = [c for c in node.children if c.kind != "blank"]
    if len(cells) < 2 or any(c.kind not in doctree.CONTAINER_TAGS for c in cells):
        return []
    return cells


def _hour_row(texts: list[str]) -> tuple[time | None, bool] | None:
    """The time a table's row holds and nothing else (a cell ``10:00``, the others empty),
    with whether it said am/pm: a time that heads the rows under it, as a heading would,
    in a table with no column of times; None for any other row."""
    filled = [t for t in texts if t.strip()]
    if len(filled) != 1 or not _time_alone(filled[0]):
        return None
    start, _end, _rest, ampm = leading_clock(filled[0].strip())
    return start, ampm


def _time_alone(text: str) -> bool:
    start, _end, rest, _ampm = leading_clock(text.strip())
    return start is not None and not rest.strip(" -–—.,;:|")


def _grid_cell(node: doctree.Node) -> doctree.Node:
    """A layout column as a table's cell: its blocks' words a line each, their marks kept;
    ``ruled`` when rules (``<hr>``) part it into one-line items, each its own talk."""
    text, marks = "", []
    parts = [0]
    for child in node.children:
        words = child.text.strip("\n")
        if child.kind == "hr":
            parts.append(0)
        if child.kind == "blank" or not words.strip() or _RAW_TAG_RE.match(words):
            continue  # (a raw tag: the column's own markup, left as text by the parser)
        parts[-1] += 1 + words.count("\n")
        if text:
            text += "\n"
        lead = len(child.text) - len(child.text.lstrip("\n"))
        marks += [
            doctree.Mark(m.kind, len(text) + m.start - lead, len(text) + m.end - lead, m.value)
            for m in child.marks
            if m.start >= lead and m.end - lead <= len(words)
        ]
        text += words
    ruled = {"ruled": "1"} if len(parts) >= 2 and all(n == 1 for n in parts) else {}
    return doctree.Node("cell", node.start, node.end, text=text, marks=marks, attrs=ruled)


_RAW_TAG_RE = re.compile(r"\s{0,20}<[a-zA-Z][a-zA-Z0-9]{0,20}[\s>]")
"""A block that opens with a raw HTML tag: markup, not a cell's words."""


_GRID_WIDTH_RE = re.compile(r"\bcol-(?:xs-|sm-|md-|lg-|xl-|xxl-)?(\d{1,2})\b")
"""A layout column's width in a twelve-part grid (Bootstrap's ``col-md-4``)."""


def _grid_widths(columns: list[doctree.Node]) -> list[int] | None:
    """Each layout column's width its class gives, None when one has none."""
    widths = []
    for column in columns:
        m = _GRID_WIDTH_RE.search(str(column.attrs.get("class", "")))
        if m is None:
            return None
        widths.append(int(m.group(1)))
    return widths


def _spread_wide_cells(rows: list[doctree.Node], columns: list[list[doctree.Node]]) -> None:
    """A layout column as wide as several of the grid's (``col-md-8`` where the row of
    most columns has two ``col-md-4``) spans them, as a table's ``colspan`` does: empty
    cells after it keep the columns after it under their heads (the third column's
    workshops beside a session across the two rooms). The grid's columns are those of
    its row of most columns; a row whose widths sum otherwise is left as it is."""
    widths = [_grid_widths(c) for c in columns]
    known = [w for w in widths if w]
    if not known:
        return
    grid = max(known, key=len)
    starts = {sum(grid[:n]) for n in range(len(grid))}
    for row, row_widths in zip(rows, widths, strict=True):
        if not row_widths or row_widths == grid or sum(row_widths) != sum(grid):
            continue
        cells: list[doctree.Node] = []
        at = 0
        for cell, width in zip(row.children, row_widths, strict=True):
            spanned = sum(1 for s in starts if at <= s < at + width)
            cells.append(cell)
            cells += [doctree.Node("cell", -1, -1, text="") for _ in range(spanned - 1)]
            at += width
        row.children = cells


_CLOSING_TAGS_RE = re.compile(r"</[a-zA-Z][a-zA-Z0-9]{0,20}\s{0,5}>")


def div_grids(nodes: list[doctree.Node]) -> list[doctree.Node]:
    """Blocks with each run of layout rows that reads as a timetable's grid (at least
    :data:`_GRID_MIN_ROWS` of them led by a column holding a time alone) made a table
    whose cells are the rows' columns, so each column's talks are read as a table's are
    (a room, a track each); rows of any other run are read as their blocks."""
    out: list[doctree.Node] = []
    run: list[doctree.Node] = []

    def flush() -> None:
        timed = [r for r in run if _time_alone(_div_cells(r)[0].text)]
        if len(timed) >= _GRID_MIN_ROWS:
            rows = [
                doctree.Node("row", r.start, r.end, children=[_grid_cell(c) for c in _div_cells(r)])
                for r in run
            ]
            _spread_wide_cells(rows, [_div_cells(r) for r in run])
            out.append(
                doctree.Node(
                    "table", run[0].start, run[-1].end, attrs={"tag": "div"}, children=rows
                )
            )
        else:
            for row in run:
                out.extend(blocks(row))
        run.clear()

    for node in nodes:
        if _div_cells(node):
            run.append(node)
            continue
        if run and not _CLOSING_TAGS_RE.sub("", node.text).strip():
            # "</div>" alone after a blank line (Markdown's HTML block ended there), an
            # empty element: between two rows, no words of the grid's
            out.append(node)
            continue
        if run:
            flush()
        out.append(node)
    if run:
        flush()
    return out


def _repeated_head(cells: list[doctree.Node], doc: doctree.Document) -> str:
    """The first line that heads most of a column's cells of several lines (``Salón
    Principal`` over each slot's words): where they are held, not a speaker of each."""
    firsts = [t.split("\n")[0].strip() for c in cells if "\n" in (t := _cell_text(c, doc))]
    if len(firsts) < 3:
        return ""
    most = max(set(firsts), key=firsts.count)
    return most if firsts.count(most) >= 3 and firsts.count(most) * 2 >= len(firsts) else ""


def _th_row(first: list[doctree.Node], rest: list[list[doctree.Node]]) -> bool:
    """The first row is all ``<th>`` cells over rows of ``<td>`` ones (a header that
    may name the days, ``<th>Mercoledì 16 Marzo 2022</th>``)."""
    return all(c.attrs.get("tag") == "th" for c in first) and any(
        c.attrs.get("tag") == "td" for r in rest for c in r
    )


_FENCE_RE = re.compile(r"\s{0,3}(?:`{3,}|~{3,})[ \t]{0,4}([\w+-]{0,20})")
"""A fenced block's opening line and its language."""
_PLAIN_FENCES = frozenset({"", "text", "txt", "plain", "plaintext"})
"""Fences that hold text, not code."""
_SECONDS_RE = re.compile(r"\d{1,2}:\d\d:\d\d")


_SENTENCE_BREAK_RE = re.compile(r"\w[.!?]\s+\w|[。！？]\s*\S")
"""A sentence's end with more words after it: a cell of several sentences."""


def _slot_types(body: list[list[doctree.Node]], j: int) -> bool:
    """Column ``j`` beside the titles names each slot's type (``Keynote``, ``Full Paper``,
    ``Break``): short first lines, the same ones again from row to row."""
    firsts = [t.split("\n")[0].strip() for r in body if j < len(r) and (t := r[j].text.strip())]
    if len(firsts) < 3 or any(len(f.split()) > 4 for f in firsts):
        return False
    return len({f.casefold() for f in firsts}) * 4 <= len(firsts) * 3


def _aside(text: str) -> bool:
    """A cell that is one bracketed aside (``(Chairs)``, ``(live)``): who leads a slot or
    how it is held, no title."""
    text = text.strip()
    return "\n" not in text and (tail := bracket_tail(text, "()")) is not None and tail[0] == 0


def _without_asides(text: str) -> str:
    """A slot type's cell without its bracketed asides' lines (``Closing`` over
    ``(live)``)."""
    kept = [x for x in text.split("\n") if x.strip() and not _aside(x)]
    first = "\n".join(kept) or text
    tail = bracket_tail(first, "()")
    return first[: tail[0]].rstrip() if tail and tail[0] > 0 and "\n" not in first else first


def _typed_slot(texts: list[str], type_cols: list[int]) -> str:
    """The name of a slot whose title cell is empty or an aside, from its one type cell
    when that names a kind of slot (``Opening``, ``Closing``, ``Break``); else ``""``."""
    said = [t for j in type_cols if (t := _without_asides(texts[j]).strip())]
    return said[0] if len(said) == 1 and kind_of(said[0]) != "talk" else ""


def _kind_of_type(texts: list[str], type_cols: list[int]) -> str:
    """A talk's kind as its row's type cell names it (``Keynote``, ``Panel``); ``talk``
    when the type is a paper's, a pause's or no kind at all."""
    for j in type_cols:
        kind = kind_of(texts[j].split("\n")[0].strip())
        if kind not in ("talk", "break", "other", "social"):
            return kind
    return "talk"


def _abstracts(body: list[list[doctree.Node]], j: int) -> bool:
    """Column ``j`` holds abstracts by its cells:
    :func:`confnotes.importers.columns.read_column` reads it so (sentences, or long), and
    they are long (a dozen words or more on average, or most of several sentences). A
    title may end on a full stop (``Attention is all you need.``): a column of such
    short sentences is still the titles'."""
    cells = [t for r in body if j < len(r) and (t := r[j].text.strip())]
    if read_column(cells).role != "abstract":
        return False
    words = sum(map(_word_count, cells)) / max(1, len(cells))
    several = sum(bool(_SENTENCE_BREAK_RE.search(c)) for c in cells)
    return words >= 12 or several * 2 > len(cells)


_UNSPACED_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""A Chinese or Japanese letter: scripts written without a space between words."""


def _turned_back(rows: list[_Row]) -> None:
    """A grid's cell read the wrong way round (``Sober Testing Notes`` over ``Ana Ruiz``,
    both shaped as names): its "title" is who other cells of the grid name as their
    speaker, and its "speaker" no other cell names; the two trade places."""
    named = Counter(title_key(p.name) for r in rows for p in r.entry.speakers)
    for row in rows:
        entry = row.entry
        if len(entry.speakers) != 1:
            continue
        who, title = title_key(entry.speakers[0].name), title_key(entry.title)
        if named[title] and named[who] == 1 and who != title:
            entry.title, entry.speakers = entry.speakers[0].name, [ProgrammePerson(entry.title)]
            named[who] -= 1
            named[title] += 1


def _without_tags(lines: list[str]) -> list[str]:
    """A cell's lines without the tags between its title and the line naming its
    speakers in full (``Title`` / ``Intermediate`` / ``Ana Ruiz``: a level's or an
    audience's badge, no one's name); a tag that says a kind (``Workshop``) stays."""
    if len(lines) < 3 or not split_speakers(lines[-1]):
        return lines
    kept = [x for x in lines[1:-1] if not _tag_line(x)]
    return lines if len(kept) == len(lines) - 2 else [lines[0], *kept, lines[-1]]


def _tag_line(line: str) -> bool:
    """A cell's line that tags the talk (its level, its audience: ``Principiante``,
    ``Advanced``, ``Online``): one or two words, no digit, no colon, no bracket, no kind
    of session and no person's full name."""
    plain = strip_markdown_inline(line).strip()
    return (
        0 < len(plain.split()) <= 2
        and not any(c.isdigit() or c in ":：()[]" for c in plain)
        and kind_of(plain) == "talk"
        and not type_tag(plain)  # "Workshop", "Tutorial": what the session is
        and not split_speakers(plain)
    )


def _head_roles(head: str) -> frozenset[str]:
    """The roles a column's header gives it, read from its first line: the lines under
    it describe the column (``Sala 327`` over ``DevOps e Big Data`` and its seats), they
    do not name it."""
    return roles_of(head.strip().split("\n", 1)[0])


def _head_says_role(head: str) -> bool:
    """A header that says its column holds the titles or the people (``What``, ``Who``,
    ``Talk``): never a room's name
    (:func:`confnotes.importers.columns.says_title`, :func:`~.columns.says_people`)."""
    words = words_of(strip_markdown_inline(head.strip().split("\n", 1)[0]))
    return says_title(words) or says_people(words)


def _word_count(text: str) -> int:
    """Words of ``text``: its runs between blanks, and a word for each two Chinese or
    Japanese letters (written without blanks, a word is two letters or so)."""
    return len(text.split()) + len(_UNSPACED_RE.findall(text)) // 2


def _timed_agenda(lines: list[str]) -> bool:
    """A preformatted block holds a programme: from its first line led by a time on, at
    least two lines and most of them are (a pasted event page's ``Details`` and welcome
    words above its ``AGENDA:``, whose timed lines each have an abstract under them:
    the words above the first time are its preamble, not its rows' evidence)."""
    led = [leading_clock(x)[0] is not None for x in lines]
    rest = led[led.index(True) :] if any(led) else []
    return sum(rest) >= 2 and sum(rest) * 2 >= len(rest)


def _head_row(row: doctree.Node, cells: list[doctree.Node], year: int | None) -> bool:
    """A Markdown table's head row (above its ``|---|`` line) names the columns, unless
    its writer put the first slot there (a time or a date in it)."""
    return bool(row.attrs.get("header")) and not any(_when(c.text, year) for c in cells)


def _head_key(cells: list[doctree.Node]) -> tuple[str, ...]:
    """A table's head row as its words, to know the same head again over a sibling table
    (() when it names no column)."""
    key = tuple(" ".join(strip_markdown_inline(c.text).casefold().split()) for c in cells)
    return key if sum(bool(re.search(r"[^\W\d_]", k)) for k in key) >= 2 else ()


def _when(text: str, year: int | None) -> bool:
    """A cell that says when: a clock time, a range of hours or a date."""
    return (
        leading_clock(text)[0] is not None
        or bool(hours_range(text))
        or bool(find_date(text, year)[0])
    )


def _is_header(first: list[doctree.Node], rest: list[list[doctree.Node]], year: int | None) -> bool:
    """The first row names the columns: no time or date in it, while the rows under it
    have some."""
    if any(_when(c.text, year) for c in first):
        return False
    return any(_when(c.text, year) for r in rest for c in r)


def _talk_cell(text: str) -> bool:
    """A cell that is a talk: a title over its speakers' line (``<b>Title</b><br>A and
    B``), or one line naming its speakers (``Title, por Name``)."""
    from confnotes.importers.headings import read_heading

    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) >= 2 and _people_cell(lines[1]) and not _people_cell(lines[0]):
        return True
    return bool(lines) and bool(read_heading(lines[0]).speakers)


def _talks_column(body: list[list[doctree.Node]], j: int, roles: list[str]) -> bool:
    """A column read as people whose filled cells are each a talk naming its speaker
    (``Ana Ruiz (Lab), Title``): a room's column of talks, not a column of names."""
    if roles[j] != "people":
        return False
    texts = [t for r in body if j < len(r) and (t := r[j].text.strip())]
    return len(texts) >= 2 and 2 * sum(_talk_cell(t) for t in texts) > len(texts)


def _pair(
    texts: list[str], columns: list[int], speaking: list[int] | None = None
) -> tuple[list[ProgrammePerson], str] | None:
    """A row's speaker and title when two of its text cells are a person and a title
    (``Евгений Беляев`` | ``«Тонкие клиенты как есть»``): None when neither is a person,
    or the other cell is an organisation or another person (a speakers page's
    ``Name | Affiliation`` row stays a person with an affiliation). The person's cell
    must be in one of the ``speaking`` columns (all of ``columns`` when not given):
    one that may hold people as a whole (:func:`columns.may_hold_people`)."""
    at = [j for j in columns if texts[j].strip()]
    if len(at) != 2:
        return None
    filled = [texts[j].strip() for j in at]
    for who_at, title in ((0, filled[1]), (1, filled[0])):
        if speaking is not None and at[who_at] not in speaking:
            continue
        who = _people_cell(filled[who_at])
        if who and "\n" not in title and _reads_as_title(title):
            return who, title
    return None


def _reads_as_title(text: str) -> bool:
    """A talk's title, not a name or an organisation: quoted (``«…»``, ``“…”``), or three
    words or more that are neither people nor an organisation."""
    text = text.strip()
    if len(text) > 200 or split_speakers(text) or is_organisation(text):
        return False
    if len(text) >= 3 and text[0] in "«“\"„'‘" and text[-1] in "»”\"“'’":
        return True
    return len(text.split()) >= 3


def _people_beside_text(body: list[list[doctree.Node]], roles: list[str]) -> int:
    """How many rows of a table fill both a column of people and a column of text (a
    ``Topic | Presenter`` table, no times: a talk a row)."""
    people = [j for j, role in enumerate(roles) if role == "people"]
    texts = [j for j, role in enumerate(roles) if role == "text"]

    def filled(r: list[doctree.Node], cols: list[int]) -> bool:
        return any(j < len(r) and r[j].text.strip() for j in cols)

    return sum(filled(r, people) and filled(r, texts) for r in body) if people and texts else 0


def _paired_rows(
    body: list[list[doctree.Node]], columns: list[int], speaking: list[int] | None = None
) -> int:
    """How many rows of a table without times are a speaker beside a title (the
    speaker's cell in one of the ``speaking`` columns, see :func:`_pair`)."""
    return sum(
        _pair(
            [c.text for c in r] + [""] * (max(columns, default=0) + 1 - len(r)), columns, speaking
        )
        is not None
        for r in body
    )


TITLE_WORDS_LEAST = 3
"""Words a column's cells hold on average, at least, to be taken for its talks' titles
when no column reads as text."""


def _roles(
    rows: list[list[doctree.Node]],
    width: int,
    year: int | None,
    order: str | None,
    head: list[str] | None = None,
) -> list[str]:
    """``time``, ``date``, ``people``, ``text`` or ``empty`` for each column of ``rows``:
    what most of its cells are, read by :func:`confnotes.importers.columns.read_column`
    (a row whose only text is the column's, a break's or a session's name, left out of
    its count); a column of stressed titles over the lines under them is text."""
    cols = [[r[j] if j < len(r) else None for r in rows] for j in range(width)]
    said = [words_of(head[j]) if head and j < len(head) else frozenset() for j in range(width)]
    first = [
        _role([c.text if c is not None else "" for c in col], year, order, words=said[j])
        for j, col in enumerate(cols)
    ]
    clocks = {j for j, role in enumerate(first) if role in ("time", "date")}

    def filled(c: doctree.Node | None) -> bool:
        return c is not None and bool(c.text.strip()) and not is_placeholder(c.text.strip())

    alone = [sum(filled(r[k]) for k in range(len(r)) if k not in clocks) <= 1 for r in rows]
    roles: list[str] = []
    for j, col in enumerate(cols):
        if j in clocks:
            roles.append(first[j])
            continue
        titled = sum(c is not None and _titled_cell(c) for c in col)
        texts = ["" if c is None or _titled_cell(c) else c.text for c in col]
        roles.append(_role(texts, year, order, titled, alone, said[j]))
    for j, col in enumerate(cols):
        cells = [c for c in col if c is not None and filled(c)]
        if roles[j] not in ("time", "date") and cells and all(map(_materials_only, cells)):
            roles[j] = "empty"  # "Slides / Video", "arXiv" in every row: the talks' materials
    people = [j for j, role in enumerate(roles) if role == "people"]
    texts_at = [j for j, role in enumerate(roles) if role == "text"]
    named = [j for j in people if says_people(said[j])]
    if named and any(j not in named and says_title(said[j]) for j in people):
        # beside the column its header calls people ("Palestrante"), one its header calls
        # the titles ("Tema") holds titles, whatever their shape ("Computação Ubíqua")
        for j in people:
            if j not in named and says_title(said[j]):
                roles[j] = "text"
        people, texts_at = named, [j for j, role in enumerate(roles) if role == "text"]
    if len(people) >= 2 and not texts_at and named and len(named) < len(people):
        # two columns read as names and none as titles: a talk has a title, so beside
        # the column its header calls people ("登壇者"), the other holds the titles
        # ("Harbor Stack Club", a community's name: no one)
        for j in people:
            if j not in named:
                roles[j] = "text"
        people, texts_at = named, [j for j, role in enumerate(roles) if role == "text"]
    labels = [j for j, role in enumerate(roles) if role == "label"]
    if people and len(rows) >= 3 and labels:
        # titles vary from row to row: when every text column repeats one value (a
        # venue's name, whatever its header says), the column beside the people whose
        # cells vary most holds the titles (a talk given twice still varies)
        def values(j: int) -> int:
            return len({c.text.strip().casefold() for c in cols[j] if c is not None and filled(c)})

        def words(j: int) -> float:
            counts = [len(c.text.split()) for c in cols[j] if c is not None and filled(c)]
            return sum(counts) / max(1, len(counts))

        # a title has a few words; a country, a language or a month is no title
        varied = [j for j in labels if values(j) >= 2 and words(j) >= TITLE_WORDS_LEAST]
        if varied and all(values(j) <= 1 for j in texts_at):
            best = max(
                varied,
                key=lambda j: (values(j), sum(len(c.text) for c in cols[j] if c is not None)),
            )
            roles[best] = "text"
            for j in texts_at:
                roles[j] = "label"
            texts_at = [best]
            labels = [j for j, role in enumerate(roles) if role == "label"]
    if people and (len(texts_at) >= 2 or labels):
        # a short column filled only where a speaker is, beside the title's, names where
        # each works ("McGill", "Lécuyer, IRCM"), not the talk
        plain = [[c.text.strip() if c is not None else "" for c in col] for col in cols]

        def beside(j: int) -> bool:
            return (
                columns_beside(plain, j, people)
                and _mean([x for x in plain[j] if x]) <= 40
                and not (head and j < len(head) and says_title(words_of(head[j])))
                # "10mins", "40 min": each slot's length, no one's workplace
                and not all(LENGTH_ALONE_RE.fullmatch(x) for x in plain[j] if x)
            )

        # of the columns not written in sentences (an abstract's), the one with the
        # longest cells is left for the title
        short = [j for j in texts_at if not _abstracts(rows, j)] or texts_at
        by_people = sorted((j for j in short if beside(j)), key=lambda j: _mean(plain[j]))
        for j in by_people[: len(short) - 1] + [j for j in labels if beside(j)]:
            roles[j] = "affiliation"
    return roles


def _materials_only(cell: doctree.Node) -> bool:
    """A cell that holds nothing but links to a talk's materials (``Slides / Video``,
    ``arXiv``, ``PDF · Recording``), whatever separates them: the talk's slides, paper
    or recording, never its title or its speakers."""
    links = [m for m in cell.marks if m.kind == "link"]
    rest = cell.text
    for mark in sorted(links, key=lambda m: m.start, reverse=True):
        label = cell.text[mark.start : mark.end].strip()
        if not _material_label(label, mark.value or "#"):
            return False
        rest = rest[: mark.start] + " " + rest[mark.end :]
    return bool(links) and not re.search(r"\w", rest)


def _mean(texts: list[str]) -> float:
    return sum(len(t) for t in texts) / max(1, len(texts))


def _role(
    cells: list[str],
    year: int | None,
    order: str | None = None,
    titled: int = 0,
    alone: list[bool] | None = None,
    words: frozenset[str] = frozenset(),
) -> str:
    """``time``, ``date``, ``people``, ``text`` or ``empty``: what most of a column's cells
    are (:func:`confnotes.importers.columns.read_column`, its header's ``words`` weak
    evidence; a column of ``titled`` cells, a stressed title over the lines under it, is
    text)."""
    filled = [c.strip() for c in cells if c.strip() and not is_placeholder(c.strip())]
    if filled and all(LENGTH_ALONE_RE.fullmatch(strip_markdown_inline(c).strip()) for c in filled):
        return "label"  # "15mins", "45 min": each slot's length, no title, no one
    if titled * 2 >= len(filled) + titled > 0:
        return "text"
    role = read_column(cells, words, year=year, order=order, alone=alone).role
    return role if role in ("time", "date", "people", "empty", "label") else "text"


_EMPTY_ASIDE_RE = re.compile(r"(?<!\s)\s*[(（\[][^\w()（）\[\]]{0,8}[)）\]]\s*$")
"""``(🔗)``, ``[↗]``: a link's mark after a line, no words."""


def _labelled_people(
    text: str,
) -> tuple[str, list[ProgrammePerson], list[tuple[ProgrammePerson, str]]]:
    """A cell of people whose lines say what they are by their labels: ``Session Chair:
    Ana Ruiz`` (a chair, taken out), ``Panelists: A, B`` (the speakers, label dropped),
    and each speaker's line followed by ``Title: …`` (``Title: TBD`` when it is not
    known yet). Returns the cell's lines left, the chairs, and (speaker, title) for each
    speaker a title line closes — none unless every title line closes exactly one."""
    kept: list[str] = []
    chairs: list[ProgrammePerson] = []
    for line in (x.strip() for x in text.split("\n")):
        plain = strip_markdown_inline(line).strip(" *_")
        if not plain:
            continue
        if plain[:1] in "(（" and plain[-1:] in ")）":
            plain = plain[1:-1].strip()  # "(Session Chair: Name)": an aside of its own
        if who := _chairs_of(plain):
            chairs.extend(who)
            continue
        m = _LABEL_RE.match(plain)
        if m and roles_of(m.group("label")) == {"speaker"}:
            kept.append(m.group("rest"))  # "Panelists: A, B, C"
            continue
        kept.append(line)
    slots: list[tuple[ProgrammePerson, str]] = []
    chunk: list[str] = []
    for line in kept:
        m = _LABEL_RE.match(strip_markdown_inline(line).strip(" *_"))
        if not (m and roles_of(m.group("label")) == {"title"}):
            chunk.append(line)
            continue
        who = _people_cell("\n".join(chunk)) if chunk else []
        if len(who) != 1:
            return "\n".join(kept), chairs, []
        said = _EMPTY_ASIDE_RE.sub("", m.group("rest")).strip(' *_"“”')
        slots.append((who[0], "" if is_placeholder(said) else said))
        chunk = []
    if chunk and slots:
        return "\n".join(kept), chairs, []  # lines after the last title: not this shape
    return ("\n".join(kept) if not slots else ""), chairs, slots


def _named_columns(
    body: list[list[doctree.Node]], roles: list[str], doc: doctree.Document
) -> set[int]:
    """The people columns whose cells name people by their shape (``Ana Ruiz & Bo Lin``)
    in two rows or more and in most of the rows that name anyone: a column whose habit
    is names, so a cell of it that holds no name is the row's item (``Check-in``,
    ``Happy Hour / Mixer``), not people the column vouches for."""
    named: set[int] = set()
    for j, role in enumerate(roles):
        if role != "people":
            continue
        cells = [t for r in body if j < len(r) and (t := _cell_text(r[j], doc).strip())]
        strict = sum(1 for t in cells if _people_cell(t))
        loose = sum(1 for t in cells if not _people_cell(t) and role_people(t))
        if strict >= 2 and strict > 2 * loose:
            named.add(j)
    return named


def _role_people_in(text: str, named: bool) -> list[ProgrammePerson]:
    """The people a people column's cell holds by its role alone (a handle, a lone
    given name); in a column whose habit is names (:func:`_named_columns`), only when
    one of them passes the person test (a lone given name alone in its cell):
    ``Check-in and setup questions`` there is the row's item, and no one."""
    who = role_people(text)
    alone = len(who) == 1 and is_person_name(who[0].name, single_ok=True)  # "Dana"
    if named and not alone and not any(is_person_name(p.name) for p in who):
        return []
    return who


_SAID_CLOCK_RE = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])[:h]([0-5]\d)(?!\d)")
"""A clock inside a line's words (``… 24th April at 09:00``, ``16h30``)."""


def _clock_said(text: str) -> time | None:
    """The clock a day's row says its first slot starts at (``Webinar 24th April at
    09:00``); None when it says none."""
    m = _SAID_CLOCK_RE.search(text)
    return time(int(m.group(1)), int(m.group(2))) if m else None


def _later(start: time, length: timedelta) -> time | None:
    """``start`` plus ``length`` on the same day; None past midnight."""
    moment = datetime.combine(date.min, start) + length
    return moment.time() if moment.date() == date.min else None


def _people_cell(text: str) -> list[ProgrammePerson]:
    """People of a cell: ``Name (Lab)``, ``A, B``, or a name over its affiliation
    (``Olga Ivanova`` / ``Samsung``, a line break apart); ``Ana and Bo Lin``, one family
    (:func:`confnotes.importers.persons.givens_and_family`)."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if not lines:
        return []
    if len(lines) == 1 and (family := givens_and_family(strip_markdown_inline(lines[0]))):
        return family  # "Ana and Bo Lin" in a column of people: both of the Lin family
    if len(lines) >= 2:
        who = split_speakers(lines[0], single_ok=True)
        if len(who) == 1 and not split_speakers(lines[1]):
            who[0].affiliations.append(" ".join(lines[1:]))
            return who
    who = split_speakers("\n".join(lines))  # a name a line: each line's own person
    if (
        not who
        and "," in lines[0]
        and (one := parse_one(" ".join(lines))) is not None
        and all(is_organisation(a) for a in one.affiliations)
    ):
        who = [one]  # "Name, University of Science and Technology": one person, her lab
    if not who:
        who = dash_group(lines[0]) if len(lines) == 1 else []  # "Okafor – Lumen Labs"
    if any(kind_of(p.name) != "talk" for p in who):
        return []  # "Social Event / Apéro", "Panel Discussion": a kind of session, no one
    return who


def read(doc: doctree.Document, source: str, fmt: str) -> Timetable:
    """The timetable reading of a document."""
    return _Reader(doc, source, fmt).read()


@dataclass
class TableRow:
    """A talk or a break a table's row holds, with the day and room its row gives it."""

    entry: Entry
    day: date | None
    room: str = ""
    tags: tuple[str, ...] = ()
    """Kinds of session its cell or its column labels it with (``Workshop 2``)."""


FACT_LABEL_WORDS = 3
"""Words a fact sheet's label has at most (as a ``Label: value`` line's label)."""
FACT_LABEL_CHARS = 30
"""Characters a fact sheet's label has at most."""
_CURRENCY_SIGNS = frozenset("円元圓원")
"""Currency signs written as letters (Unicode's ``Sc`` category holds the others)."""


def _session_heads(pairs: list[doctree.Node]) -> dict[int, str]:
    """The definitions of a definition list that head a session (by index: their words):
    wholly in bold, after a term whose time the next term repeats."""
    heads: dict[int, str] = {}
    for n in range(1, len(pairs) - 1):
        term, said, following = pairs[n - 1], pairs[n], pairs[n + 1]
        if term.kind != "term" or said.kind != "definition" or following.kind != "term":
            continue
        start = leading_clock(term.text.strip())[0]
        if start is None or leading_clock(following.text.strip())[0] != start:
            continue
        cell = next((c for c in said.children if c.kind == "paragraph"), said)
        if words := _wholly_stressed(cell):
            heads[n] = words
    return heads


def _wholly_stressed(cell: doctree.Node) -> str:
    """The cell's words when one bold stretch covers them all (``**Wann**``), else empty."""
    text = cell.text
    words = text.strip()
    if not words:
        return ""
    first = len(text) - len(text.lstrip())
    last = first + len(words)
    stressed = any(m.kind == "strong" and m.start <= first and m.end >= last for m in cell.marks)
    return " ".join(words.split()) if stressed else ""


def _price(text: str) -> bool:
    """A short value that is an amount of money (``500円``, ``€ 12``, ``$5``)."""
    return (
        len(text) <= 40
        and any(ch.isdigit() for ch in text)
        and any(ch in _CURRENCY_SIGNS or unicodedata.category(ch) == "Sc" for ch in text)
    )


def fact_sheet(
    node: doctree.Node, year: int | None = None, order: str | None = None
) -> list[tuple[str, str]]:
    """The ``(label, value)`` rows of a table that is an event's fact sheet, the table
    form of ``Label: value`` lines (``| **Wann** | Sa, 8. März 2025 |``, ``| **Cost** |
    5 € |``): two columns, the first's cells all short distinct labels wholly in bold
    (no clock, no date), and a label that is a field's key word
    (:func:`confnotes.importers.fields.is_key_word`) or a value that is a date, a time
    or a price beside values that are not all dates and times (bold titles beside their
    times are a timetable). Empty for any other table (``| **Ana Ruiz** | Faster
    builds |``: a speaker beside a title)."""
    rows = [
        [c for c in row.children if c.kind == "cell"] for row in node.walk() if row.kind == "row"
    ]
    rows = [r for r in rows if any(c.text.strip() for c in r)]  # an empty header row
    if len(rows) < 2 or any(len(r) != 2 for r in rows):
        return []
    pairs: list[tuple[str, str]] = []
    for label_cell, value_cell in rows:
        label = _wholly_stressed(label_cell).rstrip(":：").strip()
        value = " ".join(strip_markdown_inline(value_cell.text).split())
        if (
            not label
            or not value
            or len(label) > FACT_LABEL_CHARS
            or len(label.split()) > FACT_LABEL_WORDS
            or is_time_cell(label)
            or is_date_cell(label, year if year is not None else 2000, order)
        ):
            return []
        pairs.append((label, value))
    if len({label.casefold() for label, _value in pairs}) < len(pairs):
        return []  # the same label again: a column of names or kinds, no fact sheet
    values = [value for _label, value in pairs]
    dated = [
        is_time_cell(v) or is_date_cell(v, year if year is not None else 2000, order, True)
        for v in values
    ]
    if any(is_key_word(label) for label, _value in pairs):
        return pairs
    if (any(dated) or any(_price(v) for v in values)) and not all(dated):
        return pairs
    return []


def within_group(text: str, year: int | None) -> bool:
    """Whether a heading under a kind heading (``## Workshops``) is a part of its group:
    one naming a place, day, time, session or kind (``### Room B``); a heading naming
    none of them (``### Sponsors``) is a part of the page of its own, and ends the tag."""
    from confnotes.importers.headings import DAY_RE, SESSION_RE

    words = text.split()
    return bool(
        place_aside(text)
        or (words and roles_of(words[0]) & {"room", "track"})
        or DAY_RE.search(text)
        or SESSION_RE.search(text)
        or find_date(text, year)[0]
        or leading_clock(text)[0]
        or kind_of(text) != "talk"
    )


def table_rows(
    doc: doctree.Document,
    node: doctree.Node,
    b: PageBuilder,
    table_roles: dict[int, list[str]] | None = None,
    head_roles: dict[tuple[str, ...], list[str]] | None = None,
) -> list[TableRow]:
    """The talks and breaks of one table, each column's role read from its cells (the
    timetable's reading of a table), for a page reader that reads the rest of its page
    its own way; the page's builder ``b`` lends its year (the document's first, when it
    has none yet) and day and takes the days the table names; ``table_roles`` (the
    page's, kept from table to table) the columns of the tables read before it,
    ``head_roles`` (the page's too) those of the tables read before it by their head
    rows. Empty when the table is no schedule (no times, dates or
    pairs of a person and a title)."""
    reader = _Reader(doc, b.programme.source_id or "", b.programme.format)
    # a day the table writes without its year (``Webinar 24th April``, over rows before
    # its ``28 July 2020``) is of the document's year, as the timetable's own reading has
    # it; a table that names no day leaves the page's year as it was
    lent = b.year is None
    b.year = b.year or reader.b.year
    reader.b = b
    if table_roles is not None:
        reader.table_roles = table_roles
    if head_roles is not None:
        reader.head_roles = head_roles
    reader.table(node)
    if lent and not any(r.day for r in reader.rows):
        b.year = None
    rows = [r for r in reader.rows if (r.entry.title or r.entry.speakers) and not _undecided(r)]
    if len(rows) < 2 and not (rows and reader.one_row_table):
        return []  # one row: a talk's metadata table, read with its page
    _no_constant_speaker(rows)
    _speaker_over_title(rows)
    return [
        TableRow(r.entry, r.day, r.room, tuple(r.tags))
        for r in rows
        if r.entry.title or r.entry.speakers
    ]
