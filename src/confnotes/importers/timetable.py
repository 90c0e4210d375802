"""Timetables read by content, off the document tree.

A column's role comes from its cells (times, time ranges, dates, people with
their affiliations, titles), never from its header's word, so ``Agenda``,
``Activity`` or separate ``Start`` and ``End`` columns read alike. Outside
tables, a line that starts with a time starts a talk, and the lines after it
fill it in: a title line, an authors line, an affiliation line
(``**10:30 - 11:00**`` / ``**Title**`` / ``A, B`` / ``*Lab*``); a definition
list's term is its time. Packed text (``Invited Talk 2: **Ana Ruiz** (Lab) -
*Title*``) is read by :func:`confnotes.importers.shapes.read_heading`. A
12-hour clock follows the order of the rows (``01:30`` after ``11:45`` is
13:30). A ``Chair: Name`` heading or line names a chair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from confnotes.importers import doctree
from confnotes.importers.entries import TALK_LABEL_RE, Entry, kind_of, leading_clock, parse_entry
from confnotes.importers.fields import roles_of
from confnotes.importers.page import PageBuilder, section_kind
from confnotes.importers.persons import (
    SPEAKER_SEP_RE,
    is_organisation,
    is_placeholder,
    split_speakers,
)
from confnotes.importers.programme import Programme, ProgrammePerson
from confnotes.importers.textutil import split_outside_brackets, strip_markdown_inline
from confnotes.importers.when import (
    find_date,
    find_year,
    leading_date,
    line_date,
    numeric_order,
    strip_dates,
)

_CHAIR_RE = re.compile(r"^\s*(?:session\s+)?chair(?:s|ed by)?\s*[:：]\s*(?P<who>\S.*)$", re.I)
_LABEL_RE = re.compile(r"^\s*(?P<label>[^\W\d][\w .-]{0,30}?)\s*[:：]\s*(?P<rest>\S.*)$")
_PEOPLE_SECTIONS = frozenset({"organizer", "panelist", "keynote"})
_COLUMN_ROLES = frozenset(
    {"title", "speaker", "start", "end", "date", "abstract", "kind", "id", "affiliation", "track"}
)
"""Roles a header may give its column; a header naming none of them (``Hall Aurora``) over
several title-like columns names a room."""
_FRONT_TITLE_RE = re.compile(r"^title\s*[:=]\s*[\"']?([^\"'\n]{2,200}?)[\"']?\s*$", re.M)
"""A front matter's ``title:`` (the page's name when no heading gives one)."""
_SHARE = 0.6
"""Share of a column's cells that must agree for the column to take a role."""


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
    open_for: str = "title"
    """What the next plain line fills in: ``title``, ``people``, ``affiliation`` or ``""``."""
    named_bare: str = ""
    """The title's own words when its speakers were read from them with nothing but their
    shape to say so (``Mailbox Types: From Processes…``, a cell that is all capitals)."""


class _Reader:
    def __init__(self, doc: doctree.Document, source: str, fmt: str):
        self.doc = doc
        self.b = PageBuilder(fmt, source)
        self.b.year = find_year(doc.source[:4000])
        self.order = numeric_order(doc.source)
        """How this document writes numeric dates (``3/6/2022``), when it says."""
        self.rows: list[_Row] = []
        self.pending: _Row | None = None
        self.last: _Row | None = None
        """The row that text under it belongs to (until the next heading)."""
        self.evidence: list[str] = []
        self.section = ""
        """What the last heading says its section holds (:func:`section_kind`)."""

    # ------------------------------------------------------------ context
    def _date_line(self, text: str) -> bool:
        """A short line that is a date (``Thursday, 16 October 2025``): the day changes."""
        if len(text) > 60 or len(re.findall(r"[^\W\d_]{3,}", text)) > 5:
            return False
        found = line_date(text, self.b.year, self.order)
        if found is None:
            return False
        self.b.set_day(found)
        self.b.day = found
        return True

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
            for sub_item in subs:
                text = _first_line(sub_item).text.strip().split("\n")[0]
                if text and not self._labelled(row, text):
                    self._chair(text)

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
        the words before the first row is the day of the rows (the line stays text); a
        stressed stretch of the line is read in any language (``No dia **20 de setembro
        de 2025** aconteceu``)."""
        found, own = find_date(text, self.b.year)
        for words in stressed if found is None else ():
            if len(words) <= 40 and find_year(words) and (day := line_date(words, None)):
                found, own = day, True
                break
        if found is not None and own:
            self.b.set_day(found)
            self.b.day = found

    def _chair(self, text: str) -> bool:
        """``Chair: Lee Park``, ``Moderation: Dr. Ulrike Stein``, ``座長：…``: a line whose
        label is a chair's key word in any language names the chairs."""
        m = _CHAIR_RE.match(text)
        who = m.group("who") if m else ""
        label = _LABEL_RE.match(strip_markdown_inline(text)) if m is None else None
        if label is not None and "chair" in roles_of(label.group("label")):
            who = label.group("rest")
        people = split_speakers(who, single_ok=True) if who else []
        if not people:
            return False
        for person in people:
            self.b.add_role(person, "chair")
        return True

    # ------------------------------------------------------------ rows
    def _start(self, text: str, stressed: tuple[str, ...] = ()) -> _Row | None:
        """A row from a line led by a time; its title may follow on the next lines.
        ``stressed``: the line's bold or italic stretches (a title among its people)."""
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
            day, rest = found, after  # "Sep 10: Name (Lab) — Title": a seminar's talk
            self.b.day = found  # and the day of the rows after it
        rest = rest.strip(" \t*_|:-–—")
        for part in _parallel(rest) or [rest]:
            row = _Row(Entry("", "talk", start, end, [], ampm), day)
            if part:
                self._fill(row, part, stressed)
            self.rows.append(row)
        self.pending = self.last = row
        return row

    def _fill(self, row: _Row, text: str, stressed: tuple[str, ...] = ()) -> None:
        """The words after a time: kind, speakers and title, however they are packed."""
        from confnotes.importers.shapes import read_heading

        if (lead := _stressed_label(text, stressed)) and _track_label(*lead):
            row.room = row.room or lead[0]  # "**PyData II**: Title (Name)": where it is held
            text = lead[1]
        talk = read_heading(text, self.b.year)
        for person in talk.chairs:
            self.b.add_role(person, "chair")
        entry = parse_entry(text)
        if not talk.speakers and (found := _stressed_title(text, stressed)):
            talk.title, talk.speakers = found  # "**Title**, Name (Lab)": the stress says which
        row.entry.title = talk.title or text
        row.entry.speakers = talk.speakers
        if talk.chairs:
            entry = None  # its by-line names chairs, not speakers
        if not talk.speakers and entry is not None and entry.speakers:
            row.entry.title, row.entry.speakers = entry.title, entry.speakers
        if not row.entry.speakers and kind_of(text) == "talk" and (who := split_speakers(text)):
            row.entry.title, row.entry.speakers = "", who  # "Name (Lab)": a speaker's slot
            talk.title = ""
        if row.entry.speakers and _named_bare(text, row.entry.speakers):
            row.named_bare = strip_markdown_inline(text).strip()
        kind = talk.kind if talk.kind != "talk" else (entry.kind if entry else "talk")
        row.entry.kind = kind if kind != "talk" else kind_of(row.entry.title)
        if row.entry.speakers and row.entry.kind in ("break", "other"):
            row.entry.kind = "talk"
        names = {p.name.casefold() for p in row.entry.speakers}
        if row.entry.title.casefold() in names or (
            row.entry.speakers and not talk.title and not (entry and entry.title)
        ):
            row.entry.title = ""  # "Name (Lab)" alone: the title is on the next line
        if row.entry.speakers and not row.entry.title:
            row.open_for = "title"
        else:
            row.open_for = "affiliation" if row.entry.speakers else "people"

    def _more(self, text: str) -> bool:
        """A line after a time-led line: the title, the authors, their affiliation."""
        row = self.pending
        if row is None or not text:
            return False
        if self._labelled(row, text):
            return True
        if row.open_for == "title":
            if row.entry.speakers:
                row.entry.title = text.strip(' *_"“”')
                row.open_for = ""
                return True
            self._fill(row, text)
            if not row.entry.speakers:
                row.open_for = "people"
            return True
        who = split_speakers(text, single_ok=True) if row.open_for == "people" else []
        if who and all(not is_organisation(p.name) for p in who):
            row.entry.speakers = who
            row.people_line = text
            if row.entry.kind in ("break", "other"):
                row.entry.kind = "talk"  # a title with "coffee" in it, and a speaker
            row.open_for = "affiliation"
            return True
        if row.open_for == "affiliation" and row.entry.speakers and len(text) <= 120:
            plain = text.strip("()[] *_")
            if is_organisation(plain) or _org_shaped(plain):
                for person in row.entry.speakers:
                    if not person.affiliations:
                        person.affiliations.append(plain)
                row.open_for = ""
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
        who = split_speakers(m.group("rest"), single_ok=True)
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

    def lines(self, node: doctree.Node) -> None:
        texts = node.text.split("\n")
        source = self.doc.source_of(node).rstrip("\n").split("\n") if node.spanned else []
        by_line = len(source) == len(texts)
        left: list[str] = []
        used = False
        for first, last, line_at, end_at in _logical_lines(texts):
            text = " ".join(t.strip() for t in texts[first : last + 1] if t.strip())
            if not text:
                continue
            stressed = tuple(
                " ".join(node.text[m.start : m.end].split())
                for m in node.marks
                if m.kind in ("strong", "em") and line_at <= m.start and m.end <= end_at
            )
            if self._start(text, stressed) or self._more(text):
                used = True
                continue
            self.pending = None
            if not self._chair(text) and not self._date_line(text):
                if self.b.day is None and not self.rows:
                    self._preamble_day(text, stressed)
                if by_line:
                    left.extend(source[first : last + 1])
        if not by_line and not used:
            left = source
        if left and self.last is not None:
            self.last.body.extend(left)

    def _talk_items(self, node: doctree.Node, parent: _Row | None) -> bool:
        """``14:45 Lightning talks`` over a list whose every item is a title over its
        authors' line (``*Title*`` / ``A, B and C``): the session's talks, each at its
        time. A list of titles alone (posters) or of notes is no talks."""
        if parent is None or parent.entry.start is None:
            return False
        found: list[tuple[str, list[ProgrammePerson]]] = []
        for item in (c for c in node.children if c.kind == "item"):
            lines = [x.strip() for x in _first_line(item).text.split("\n") if x.strip()]
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
        if len(found) < 2:
            return False
        for title, who in found:
            entry = replace(parent.entry, title=title, kind="talk", speakers=who)
            self.rows.append(_Row(entry, parent.day, parent.room))
        return True

    def keep(self, node: doctree.Node) -> None:
        """A block that is no row (a list of notes, a quote, code): the current row's body."""
        if self.last is not None and node.spanned:
            self.last.body.extend(self.doc.source_of(node).rstrip("\n").split("\n"))

    def deflist(self, node: doctree.Node) -> None:
        for child in node.children:
            if child.kind == "term":
                row = self._start(child.text.strip())
                if row is not None:
                    row.open_for = "title"
            elif child.kind == "definition":
                self.lines(child)

    def table(self, node: doctree.Node) -> None:
        """Rows of a table, each column's role read from its cells."""
        rows = [
            [c for c in row.children if c.kind == "cell"]
            for row in node.walk()
            if row.kind == "row"
        ]
        rows = [r for r in rows if r]
        if len(rows) == 1 and len(rows[0]) == 1:
            # a table of one cell over the timetable (<th>Day 1 - July 4, 2015</th>): the
            # day its rows are on, as a heading would say it
            text = rows[0][0].text.strip()
            if len(text) <= 80 and (
                day := find_date(text, self.b.year, self.order)[0]
                or line_date(text, self.b.year, self.order)
            ):
                self.b.set_day(day)
                self.b.day = day
            return
        if len(rows) < 2:
            return
        width = max(len(r) for r in rows)
        body = rows[1:] if _is_header(rows[0], rows[1:], self.b.year) else rows
        # a row of one cell across the table ("Вводная часть", "Coffee break") heads the rows
        # under it: the columns' roles are read from the rows of cells
        cells_rows = [r for r in body if len(r) > 1] or body
        roles = [
            _role([r[j].text for r in cells_rows if j < len(r)], self.b.year) for j in range(width)
        ]
        texts_at = [j for j, role in enumerate(roles) if role in ("text", "people")]
        if "time" not in roles and "date" not in roles and _paired_rows(body, texts_at) < 2:
            return
        self.evidence.append(f"a table whose columns are {', '.join(roles)} by their cells")
        titles = [j for j, role in enumerate(roles) if role == "text"]
        head = [c.text.strip() for c in rows[0]] if body is not rows else []
        # of several columns of text, the one its header calls the title ("Talk" beside
        # "Notes"); else the one with the most words
        title_col = max(
            titles,
            key=lambda j: (
                j < len(head) and "title" in roles_of(head[j]),
                sum(len(r[j].text) for r in body if j < len(r)),
            ),
            default=-1,
        )
        if (
            len(titles) >= 2
            and head
            and all(
                j < len(head)
                and head[j]
                and (
                    not roles_of(head[j]) & _COLUMN_ROLES
                    or roles_of(head[j]) == {"track"}  # "Builders Track", "Ops Track": rooms
                )
                for j in titles
            )
        ):
            # a grid: one column per room, named by its header (frab's, pretalx's pages)
            self.evidence.append("a grid whose columns are rooms")
            before = len(self.rows)
            self._grid(body, roles, titles, head)
            _titles_not_slots(self.rows[before:], grid=True)
            return
        if len(titles) >= 2 and all(self._holds_records(body, j) for j in titles):
            # columns side by side whose cells hold several talks each (a day or a track
            # a column, unnamed): every column is read, not only the widest
            self.evidence.append("columns of cells holding talks, side by side")
            self._grid(body, roles, titles, (head + [""] * width)[:width])
            return
        before = len(self.rows)
        rooms: dict[int, str] = {}
        for cells in body:
            texts = [_cell_text(c, self.doc) for c in cells] + [""] * (width - len(cells))
            times = [t for t, role in zip(texts, roles, strict=True) if role == "time" and t]
            day = self.b.day
            for t, role in zip(texts, roles, strict=True):
                if role == "date" and (found := find_date(t, self.b.year)[0]):
                    day = found
            clock = " - ".join(times)
            start, end, _rest, ampm = leading_clock(clock) if clock else (None, None, "", False)
            if len(times) == 2:
                end = leading_clock(times[1])[0] or end
            if width > 1 and len(cells) == 1:
                only = texts[0].strip()
                if len(only) <= 80 and (found := find_date(only, self.b.year, self.order)[0]):
                    self.b.set_day(found)  # a row across the table naming the day under it
                    self.b.day = found
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
            title = texts[title_col] if title_col >= 0 else ""
            if len(filled) == 1 and filled[0] != title_col and not title.strip():
                title = texts[filled[0]]  # the row's one text cell, in a narrower column
            people = [
                p
                for t, role in zip(texts, roles, strict=True)
                if role == "people"
                for p in _people_cell(t)
            ]
            said_kind = ""
            if not people and (pair := _pair(texts, texts_at)) is not None:
                people, title = pair  # "Name | «Title»": the cell that is a person speaks
            if title_col < 0 and not people:
                # a column of speakers' slots with the day's other rows in it (``Opening``,
                # ``Panel``, ``Break``): a cell that names no one is the row's title
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
            row = _Row(Entry("", "talk", start, end, [], ampm), day)
            if title:
                self._cell(row, title)
            if "people" in roles and not people and row.entry.speakers and not row.entry.title:
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
                    kind_label = colon and (
                        kind_of(said) != "talk" or TALK_LABEL_RE.fullmatch(said)
                    )
                    row.entry.title = rest.strip() if kind_label else title.split("\n")[0].strip()
                row.entry.speakers = people
                if row.entry.kind in ("break", "other"):
                    row.entry.kind = "talk"
            if said_kind and said_kind not in ("break", "other"):
                row.entry.kind = said_kind  # "Keynote" under the title
            if row.entry.title or row.entry.speakers:
                self.rows.append(row)
        self.pending = None
        _titles_not_slots(self.rows[before:])

    def _cell(self, row: _Row, text: str) -> None:
        """A title cell: its first line read as packed text, the lines under it (a line
        break or a block apart) as the speakers and affiliation lines of a time block."""
        lines = [x.strip() for x in text.split("\n") if x.strip()]
        if not lines:
            return
        if len(lines) == 1 and (packed := self._packed(row, lines[0])):
            self.rows.extend(packed[1:])  # "Short talks: A (X); B (Y)": one row per talk
            return
        if len(lines) >= 2 and (records := self._records(row, lines)):
            self.rows.extend(records[1:])  # a cell of talks, a line (a block) each
            return
        self._fill(row, lines[0])
        self.pending = row
        for line in lines[1:]:
            if not self._more(line):
                kind = kind_of(line)
                if len(line.split()) <= 3 and kind not in ("talk", "break", "other"):
                    row.entry.kind = kind  # "Keynote" under the name and the title
                break
        self.pending = None

    def _holds_records(self, body: list[list[doctree.Node]], j: int) -> bool:
        """Some cell of column ``j`` holds several talks, a line each."""
        for cells in body:
            if j < len(cells):
                lines = [x.strip() for x in _cell_text(cells[j], self.doc).split("\n")]
                lines = [x for x in lines if x]
                probe = _Row(Entry("", "talk", None, None, [], False), None)
                if len(lines) >= 3 and self._records(probe, lines):
                    return True
        return False

    def _records(self, row: _Row, lines: list[str]) -> list[_Row]:
        """A cell whose lines are records of one shape, each a talk with its own speakers
        (``<p><b>Title</b>, por A. León</p>`` repeated), under at most one line naming
        none (the track's name): ``row`` holds the first, the rest are new rows of the
        same time; empty when the lines are one talk's title, speakers and affiliation."""
        from confnotes.importers.shapes import read_heading

        talks = [read_heading(line, self.b.year) for line in lines]
        label = not talks[0].speakers
        talks = talks[1:] if label else talks
        if len(talks) < 2 or not all(t.speakers and t.title for t in talks):
            return []
        if label:
            row.room = row.room or lines[0]  # "REDES" over its talks: where they are held
        out = []
        for n, talk in enumerate(talks):
            target = row if n == 0 else _Row(replace(row.entry, speakers=[]), row.day, row.room)
            target.entry.title, target.entry.speakers = talk.title, talk.speakers
            target.entry.kind = talk.kind
            out.append(target)
        return out

    def _packed(self, row: _Row, text: str) -> list[_Row]:
        """Several talks in one cell, ``;`` apart, each ``Title (Name)``: ``row`` holds the
        first, the rest are new rows of the same time; empty when the cell is one talk."""
        from confnotes.importers.shapes import read_heading

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
        for cells in body:
            texts = [_cell_text(c, self.doc) for c in cells] + [""] * (len(roles) - len(cells))
            times = [t for t, role in zip(texts, roles, strict=True) if role == "time" and t]
            start, end, _rest, ampm = leading_clock(times[0]) if times else (None, None, "", False)
            end = end if len(times) == 1 else leading_clock(times[-1])[0]
            for j in rooms:
                if not texts[j]:
                    continue
                row = _Row(Entry("", "talk", start, end, [], ampm), self.b.day, room=head[j])
                self._cell(row, texts[j])
                if row.entry.title or row.entry.speakers:
                    self.rows.append(row)
        self.pending = None

    def read(self) -> Timetable:
        for node in blocks(self.doc.root):
            kind = node.kind
            if kind == "heading":
                text = node.text.strip()
                self.section = "" if _CHAIR_RE.match(text) else section_kind(text)
                row = self.pending
                if row is not None and not row.entry.title and not row.entry.speakers:
                    self._more(text)  # <time>09:30</time> <h3>Title</h3>: the row's title
                    continue
                self.pending = self.last = None
                if (
                    not self.b.programme.name
                    and node.level <= 2
                    and strip_dates(text).strip(" ,.:-–—")  # "3/6/2022" names no event
                ):
                    from confnotes.importers.shapes import title_name

                    self.b.programme.name = title_name(text, self.b.year) or text
                if self._chair(text) or self._start(text) or self._date_line(text):
                    continue
                if day := find_date(text, self.b.year, self.order)[0] or line_date(
                    text, self.b.year, self.order
                ):
                    self.b.set_day(day)
                    self.b.day = day
            elif kind == "table":
                self.table(node)
            elif kind == "deflist":
                self.deflist(node)
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
            elif kind == "paragraph" or (kind == "text" and self.doc.syntax != "html"):
                self.lines(node)
            elif kind in ("quote", "code"):
                self.keep(node)
        page_title = ""
        if self.doc.syntax == "html" and self.doc.root.children:
            page_title = str(self.doc.root.children[0].attrs.get("title", ""))
        if page_title:
            from confnotes.importers.shapes import site_name

            self.b.programme.name = site_name(self.b.programme.name, page_title)
        if not self.b.programme.name and (title := self.doc.root.children):
            page = title[0]
            self.b.programme.name = str(page.attrs.get("title", ""))
            if page.kind == "front" and (m := _FRONT_TITLE_RE.search(page.text)):
                named = m.group(1).strip()
                if section_kind(named) != "schedule":  # "Programme", "Detailed Schedule"
                    self.b.programme.name = named  # "Fall 2025 Topology seminar"
        return self._build()

    def _build(self) -> Timetable:
        b = self.b
        rows = [r for r in self.rows if r.entry.title or r.entry.speakers]
        _name_then_affiliation(rows)
        _no_constant_speaker(rows)
        timed_days = {r.day for r in rows if r.entry.start is not None}
        rows = [
            r
            for r in rows
            if not (r.entry.start is None and r.day in timed_days and not r.entry.title.strip())
            and not (r.entry.start is None and r.day in timed_days and r.open_for == "people")
        ]  # "**Tuesday, June 3** — Harbor Room": the line of a day whose rows have times
        previous_day: date | None = None
        for n, row in enumerate(rows):
            if row.day is not None and previous_day is not None and row.day != previous_day:
                b.close_schedule(None)  # a new day: its clock starts again
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
            if row.body and not row.entry.is_session and b.programme.talks:
                b.programme.talks[-1].body = "\n".join(row.body).strip("\n") + "\n"
        b.close_schedule(None)
        programme = b.finish(self.doc.source[:20000])
        result = Timetable(programme, len(rows), sum(1 for r in rows if r.entry.speakers))
        result.evidence = [f"{len(rows)} rows led by a time or a date", *self.evidence]
        return result


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


def _titles_not_slots(rows: list[_Row], grid: bool = False) -> None:
    """A table's cells are read alike: where most talks have titles and name
    no one, a cell read as a speaker's slot alone (``Identity Federation``, ``Backups You
    Can Restore``: words in capitals, shaped like a name) or as ``Name: Title`` by the
    shape of its head alone (``Mailbox Types: From Processes to Programming``) is one
    more title, not a person."""
    slots = [r for r in rows if r.entry.speakers and not r.entry.title and not r.people_line]
    bare = [r for r in rows if r.named_bare and r.entry.title and not r.people_line]
    titled = [r for r in rows if r.entry.title and r.entry.kind not in ("break", "other", "social")]
    alone = [r for r in titled if not r.entry.speakers]
    named = [r for r in titled if r.entry.speakers and not r.named_bare]
    if slots and (len(slots) < len(titled) if grid else len(slots) + len(named) < len(alone)):
        for row in slots:
            if len(row.entry.speakers) == 1 and not row.entry.speakers[0].affiliations:
                row.entry.title, row.entry.speakers = row.entry.speakers[0].name, []
                row.named_bare = ""
    if bare and len(bare) + len(named) < len(alone):
        for row in bare:
            if all(not p.affiliations for p in row.entry.speakers):
                row.entry.title, row.entry.speakers = row.named_bare, []


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


def _stressed_title(
    text: str, stressed: tuple[str, ...]
) -> tuple[str, list[ProgrammePerson]] | None:
    """``**Title**, Name (Lab)`` or ``Name — *Title*``: a bold or italic stretch that is no
    kind label, with only people's names on one side of it."""
    for words in stressed:
        at = text.find(words)
        if len(words) < 4 or at < 0 or kind_of(words) != "talk" or TALK_LABEL_RE.fullmatch(words):
            continue
        before, after = text[:at], text[at + len(words) :]
        sep = " ,;:-–—|·"
        for side in (after, before):
            who = split_speakers(side.strip(sep).strip("*_ ").strip(sep))
            other = before if side is after else after
            if who and not split_speakers(other.strip(sep).strip("*_ ")):
                return words.strip("*_ "), who
    return None


def _name_then_affiliation(rows: list[_Row]) -> None:
    """``Name, Words`` is one person and an affiliation, or two people: when the same
    programme writes ``Tomás Ibarra, Cobalt Systems`` (an organisation after the comma),
    its other ``Marcus Feld, Northwind Freight`` lines are written the same way."""

    def one_comma(row: _Row) -> bool:
        line = row.people_line
        return line.count(",") == 1 and len(SPEAKER_SEP_RE.findall(line)) == 1

    if not any(
        one_comma(r) and len(r.entry.speakers) == 1 and r.entry.speakers[0].affiliations
        for r in rows
    ):
        return
    for row in rows:
        if one_comma(row) and len(row.entry.speakers) == 2:
            first, second = row.entry.speakers
            first.affiliations = first.affiliations or [second.name]
            row.entry.speakers = [first]


_BLOCK_TAG_RE = re.compile(r"<(?:p|div|li|h[1-6])[\s>]", re.I)


def _cell_text(cell: doctree.Node, doc: doctree.Document | None = None) -> str:
    """A cell's words, a line per block element in it (``<p>Title</p><p>Name</p>``)."""
    blocks = [c for c in cell.children if c.kind not in ("text", "blank") and c.text.strip()]
    source = doc.source_of(cell) if doc is not None and doc.syntax == "html" else ""
    lower = source.lower()
    close = max(lower.rfind("</td"), lower.rfind("</th"))
    if close > 0:
        source = source[:close]  # the last cell's span runs on past its table
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


def _logical_lines(texts: list[str]) -> list[tuple[int, int, int, int]]:
    """(first, last, start offset, end offset) of each line as written before it was
    wrapped: a line led by a time goes on while its brackets are open, while it ends on
    a slash or a comma, and into a next line that begins in lower case (``(Giulia`` /
    ``Ferri)``, ``affinamento`` / ``dell'object detection``)."""
    out: list[tuple[int, int, int, int]] = []
    at = 0
    led = False
    for n, raw in enumerate(texts):
        start, at = at, at + len(raw) + 1
        text = raw.strip()
        if out and led and text and _wrapped(texts[out[-1][0] : n], text):
            first, _last, first_at, _end = out[-1]
            out[-1] = (first, n, first_at, start + len(raw))
            continue
        out.append((n, n, start, start + len(raw)))
        led = bool(text) and leading_clock(text)[0] is not None
    return out


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
    )


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


def blocks(root: doctree.Node) -> list[doctree.Node]:
    """The block nodes of a tree in order, an HTML container's elements in its place."""
    out: list[doctree.Node] = []
    for node in root.children:
        if (
            node.kind in ("html", "div", "section", "article", "main", "body", "tbody")
            or (node.kind in doctree.CONTAINER_TAGS)
        ) and any(c.kind not in ("blank",) for c in node.children):
            out.extend(blocks(node))
            continue
        if node.kind not in ("blank", "front", "record", "hr", "comment"):
            out.append(node)
    return out


def _is_header(first: list[doctree.Node], rest: list[list[doctree.Node]], year: int | None) -> bool:
    """The first row names the columns: no time or date in it, while the rows under it
    have some."""
    if any(leading_clock(c.text)[0] is not None or find_date(c.text, year)[0] for c in first):
        return False
    return any(
        leading_clock(c.text)[0] is not None or find_date(c.text, year)[0] for r in rest for c in r
    )


def _talk_cell(text: str) -> bool:
    """A cell that is a talk: a title over its speakers' line (``<b>Title</b><br>A and
    B``), or one line naming its speakers (``Title, por Name``)."""
    from confnotes.importers.shapes import read_heading

    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) >= 2 and _people_cell(lines[1]) and not _people_cell(lines[0]):
        return True
    return bool(lines) and bool(read_heading(lines[0]).speakers)


def _pair(texts: list[str], columns: list[int]) -> tuple[list[ProgrammePerson], str] | None:
    """A row's speaker and title when two of its text cells are a person and a title
    (``Евгений Беляев`` | ``«Тонкие клиенты как есть»``): None when neither is a person,
    or the other cell is an organisation or another person (a speakers page's
    ``Name | Affiliation`` row stays a person with an affiliation)."""
    filled = [texts[j].strip() for j in columns if texts[j].strip()]
    if len(filled) != 2:
        return None
    for who_at, title in ((0, filled[1]), (1, filled[0])):
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


def _paired_rows(body: list[list[doctree.Node]], columns: list[int]) -> int:
    """How many rows of a table without times are a speaker beside a title."""
    return sum(
        _pair([c.text for c in r] + [""] * (max(columns, default=0) + 1 - len(r)), columns)
        is not None
        for r in body
    )


def _role(cells: list[str], year: int | None) -> str:
    """``time``, ``date``, ``people`` or ``text``: what most of a column's cells are
    (a cell that holds a speaker's place, ``未定``, ``TBA``, is as good as empty)."""
    filled = [c.strip() for c in cells if c.strip() and not is_placeholder(c.strip())]
    if not filled:
        return "empty"
    need = max(1, int(len(filled) * _SHARE + 0.5))

    def short_clock(c: str) -> bool:
        start, _end, rest, _ampm = leading_clock(c)
        return start is not None and len(rest.strip(" *_")) <= 3

    if sum(short_clock(c) for c in filled) >= need:
        return "time"
    if sum(bool(find_date(c, year)[0]) and len(c) <= 40 for c in filled) >= need:
        return "date"
    if sum(bool(_people_cell(c)) for c in filled) >= need:
        return "people"
    return "text"


def _people_cell(text: str) -> list[ProgrammePerson]:
    """People of a cell: ``Name (Lab)``, ``A, B``, or a name over its affiliation
    (``Olga Ivanova`` / ``Samsung``, a line break apart)."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if not lines:
        return []
    if len(lines) >= 2:
        who = split_speakers(lines[0], single_ok=True)
        if len(who) == 1 and not split_speakers(lines[1]):
            who[0].affiliations.append(" ".join(lines[1:]))
            return who
    who = split_speakers(" ".join(lines))
    if any(kind_of(p.name) != "talk" for p in who):
        return []  # "Social Event / Apéro", "Panel Discussion": a kind of session, no one
    return who


def read(doc: doctree.Document, source: str, fmt: str) -> Timetable:
    """The timetable reading of a document."""
    return _Reader(doc, source, fmt).read()
