"""A workshop or programme page read off its document tree (:mod:`confnotes.importers.doctree`).

The ``markdown``, ``html``, ``jekyll`` (a page's body) and ``text`` formats all read
a page this way, whatever it was written in: a heading opens a section whose words
say what it holds (``Invited Speakers``, ``Organizers``, ``Important Dates``,
``Schedule``); a list item, a table row, a line of a paragraph, a definition or a
template tag's arguments is one unit of that section — a person, a milestone, a
schedule entry. Structure comes from the tree, never from the characters of a line:
HTML comments, Liquid ``{% comment %}`` blocks and fenced code are not data, a
table's cells are its cells, an include tag's ``name="…"`` is a person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from confnotes.importers import doctree
from confnotes.importers.columns import TITLE_HEADS, read_table, says_people, says_title
from confnotes.importers.columns import words_of as header_words
from confnotes.importers.document_names import range_end
from confnotes.importers.entries import (
    Entry,
    leading_clock,
    parse_entry,
)
from confnotes.importers.fields import roles_of
from confnotes.importers.headings import (
    PROGRAMME_OF,
    kind_label_only,
    weekday_after,
    weekday_heading_day,
)
from confnotes.importers.kinds import group_tag, kind_of, waved
from confnotes.importers.page import PageBuilder, section_kind, stated_timezone
from confnotes.importers.persons import (
    employer_of,
    is_job_title,
    is_organisation,
    is_person_name,
    name_dash_description,
    parse_person,
    split_speakers,
)
from confnotes.importers.programme import (
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.runs import brackets_name_people, read_run
from confnotes.importers.schedule_util import parse_duration
from confnotes.importers.structure import strip_tags
from confnotes.importers.tab_panes import pane_opened, tab_labels
from confnotes.importers.textutil import (
    clean_name,
    combine,
    parse_clock,
    split_affiliations,
    stamp_line,
    strip_markdown_inline,
)
from confnotes.importers.title_speakers import title_and_speakers
from confnotes.importers.when import (
    find_date,
    numeric_order,
    weekday_dates,
)
from confnotes.knowledge.people import compare_names

ROLES = ("organizer", "panelist", "keynote")
"""Sections whose units are people."""
MAX_LINE = 2000
"""A unit's words at most (a hostile page's one-line megabyte is cut, not scanned)."""

_DEADLINE_RE = re.compile(
    r"\b(?:deadline|due|submi(?:t|ssion)|notification|camera|registration|early bird|"
    r"posted|updated|published|last modified|copyright|©)",
    re.I,
)
_EVENT_RE = re.compile(
    r"(?:take[sn]?|taking|held|happens?|happening)\s+(?:place\s+)?(?:on\s+)?"
    r"(?P<rest>.{0,200})",
    re.I,
)
_ROOM_RE = re.compile(
    r"\bin\s+(?P<room>(?:Room|Rooms|Hall|Ballroom|Auditorium|Theatre|Theater)\s+[\w\-–+/ ]+?)"
    r"(?=\s+(?:at|of|in)\b|[.,;]|$)"
)
_VENUE_RE = re.compile(
    r"\bat\s+(?:the\s+)?(?P<venue>[A-Z](?:[^.;()]|(?<=[A-Z])\.)*?(?:Center|Centre|Hall|Hotel|Building|"
    r"University|Campus|Institute|Convention)\b[^.,;()]*)"
)
_BULLETS = "•·"
"""Bullets of text saved from a web page (Markdown's own are list items in the tree)."""
_BIO_RE = re.compile(
    r"^(?P<name>[^()]{3,60}?)(?:\s*+\((?P<note>[^)]*)\))?\s++"
    r"(?P<verb>is|was|works|leads|serves|holds|received)\b(?P<rest>.*)$"
)
_AT_RE = re.compile(
    r"\bat\s+(?:the\s+)?(?P<org>[A-Z][^,.;()]*?)"
    r"(?=\s+(?:and|affiliated|where|since|with|in|as|working|for|at|who|leading)\b|[,.;(]|$)"
)
_SENTENCE_END_RE = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")
_HIDDEN = {"comment": "endcomment", "raw": "endraw"}
_WHOLE_STRONG_RE = re.compile(r"\*\*([^*\n]{3,300})\*\*|__([^_\n]{3,300})__")
"""A line that is all stressed (``**On Drawing**``): a title set apart."""
_WHOLE_EM_RE = re.compile(r"\*([^*\n]{3,300})\*|_([^_\n]{3,300})_")
"""A line that is all emphasised (``_Prof. Ana Ruiz, Lund University_``): a by-line."""
"""Liquid blocks whose content is not the page's words."""
_LENGTH_KEYS = ("length", "duration", "dauer", "durée", "duracion", "duración", "minutes", "mins")
"""Words of a tag's key that give how long its talk lasts (``length=45``)."""
_TALK_TAGS = frozenset(
    {"talk", "session", "presentation", "lecture", "slot", "vortrag", "charla", "palestra",
     "conference", "intervento", "expose", "exposé", "prezentacja", "доклад"}
)  # fmt: skip
"""Tag names that make a tag a talk by themselves; any other tag (a figure, a video)
needs a speaker, a time or a length to be one."""


def marked(node: doctree.Node, cell: bool = False) -> str:
    """A node's words with its marks written back as inline Markdown (``**bold**``,
    ``*em*``, ``[words](url)``), so that the line readers see emphasis and links; in a
    table cell, line breaks become commas (``Olga Ivanova<br>Samsung`` → ``Olga Ivanova,
    Samsung``)."""
    text = node.text[: MAX_LINE * 4]
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for mark in sorted(node.marks, key=lambda m: (m.start, -m.end)):
        if (
            mark.end > len(text)
            or mark.start >= mark.end
            or not text[mark.start : mark.end].strip()
        ):
            continue
        if mark.kind == "link" and mark.value.startswith(("http://", "https://", "mailto:")):
            head, tail = "[", f"]({mark.value})"
        elif mark.kind == "strong":
            head, tail = "**", "**"
        elif mark.kind == "em":
            head, tail = "*", "*"
        else:
            continue
        opens.setdefault(mark.start, []).append(head)
        closes.setdefault(mark.end, []).insert(0, tail)
    if not opens:
        out = text
    else:
        parts: list[str] = []
        for at, char in enumerate(text):
            parts.extend(closes.get(at, ()))
            parts.extend(opens.get(at, ()))
            parts.append(char)
        parts.extend(closes.get(len(text), ()))
        out = "".join(parts)
    lines = [y for x in out.split("\n") if (y := " ".join(x.split()))]
    if not cell:
        return "\n".join(lines)
    joined = lines[:1]
    for line in lines[1:]:
        # a bracketed line is an aside of the line above (``Title`` over ``(A, B)``)
        joined.append(f" {line}" if line.startswith(("(", "（")) else f", {line}")
    return "".join(joined)


@dataclass
class Unit:
    """One thing a section holds: a heading, a line, a table, or a tag's person."""

    kind: str
    """``heading``, ``line``, ``table`` or ``person``."""
    node: doctree.Node
    text: str = ""
    item: bool = False
    """The line is a list item's own (not a paragraph's or a continuation)."""
    line: int = 0
    """1-based line number in the source."""


_NO_TABS: Mapping[str, str] = {}
"""No tab labels: a page without tabs."""


def units(doc: doctree.Document) -> Iterator[Unit]:
    """The page's units in document order; hidden blocks, comments and code skipped."""
    hidden: list[str] = []
    tabs = tab_labels(doc.source)
    yield from _units(doc, doc.root, hidden, in_html=doc.syntax == "html", tabs=tabs)


def _units(
    doc: doctree.Document,
    node: doctree.Node,
    hidden: list[str],
    in_html: bool,
    tabs: Mapping[str, str] = _NO_TABS,
) -> Iterator[Unit]:
    for child in node.children:
        kind = child.kind
        line = doc.line_of(child.start) + 1 if child.spanned else 0
        if tabs and (label := tabs.get(str(child.attrs.get("id", "")), "")) and not hidden:
            yield Unit("line", child, label, line=line)  # a tab's pane opens: its label
        if kind == "record":
            tag = str(child.attrs.get("tag", ""))
            if hidden:
                if tag == hidden[-1]:
                    hidden.pop()
                continue
            if tag in _HIDDEN:
                hidden.append(_HIDDEN[tag])
            elif child.attrs.get("name") and not child.attrs.get("opened"):
                yield Unit("person", child, line=line)
            elif len(child.attrs) > 1:
                yield Unit("record", child, line=line)
            continue
        if hidden:
            yield from _units(doc, child, hidden, in_html, tabs)  # an end tag may sit deeper
            continue
        if kind == "heading":
            yield Unit("heading", child, " ".join(child.text.split()), line=line)
        elif kind == "table":
            yield Unit("table", child, line=line)
        elif kind == "item":
            head = next((c for c in child.children if c.kind == "paragraph"), None)
            if head is not None:
                first, *more = marked(head).split("\n")
                if first:
                    yield Unit("line", head, first[:MAX_LINE], item=True, line=line)
                for n, words in enumerate(more, 1):
                    yield Unit("line", head, words[:MAX_LINE], line=line + n)
            for sub in child.children:
                if sub is not head:
                    yield from _units(doc, _alone(sub), hidden, in_html, tabs)
        elif kind in ("paragraph", "term", "definition"):
            for n, words in enumerate(marked(child).split("\n")):
                if words:
                    at = line + n if child.spanned else 0
                    yield Unit("line", child, words[:MAX_LINE], line=at)
        elif kind == "deflist":
            yield from _definitions(doc, child, hidden, in_html, tabs)
        elif kind == "text":
            if in_html:
                continue  # raw source between placed elements: their words are in them
            for n, raw in enumerate(doc.source_of(child).split("\n")):
                if label := pane_opened(raw, tabs):
                    yield Unit("line", child, label, line=line + n)  # a tab's pane opens
                bare = strip_tags(raw)
                if bare:
                    yield Unit("line", child, bare[:MAX_LINE], line=line + n)
        elif kind == "code":
            if doc.source_of(child).lstrip().startswith(("```", "~~~")):
                continue  # fenced code is not data
            for n, indented in enumerate(child.text.split("\n")):
                if label := pane_opened(indented, tabs):
                    yield Unit("line", child, label, line=line + n)  # a tab's pane opens
                if indented.strip():  # an indented run: a page indented by accident
                    yield Unit("line", child, indented.strip()[:MAX_LINE], line=line + n)
        elif kind in ("hr", "blank", "comment", "front"):
            continue
        else:  # list, quote, html block, div, section...
            yield from _units(doc, child, hidden, in_html or kind == "html", tabs)


def _alone(node: doctree.Node) -> doctree.Node:
    """A node as the only child of a holder, so that :func:`_units` reads it."""
    return doctree.Node("holder", -1, -1, children=[node])


def _definitions(
    doc: doctree.Document,
    node: doctree.Node,
    hidden: list[str],
    in_html: bool,
    tabs: Mapping[str, str] = _NO_TABS,
) -> Iterator[Unit]:
    """A definition list: a term that is only a time leads its definition's first line
    (``10:30`` / ``: Keynote: Ana Ruiz``); other terms and definitions are lines."""
    lead = ""
    for child in node.children:
        if child.kind == "term":
            words = marked(child).replace("\n", " ")
            start, _end, rest, _ampm = leading_clock(words)
            if start is not None and not strip_markdown_inline(rest).strip():
                lead = words
                continue
            lead = ""
            yield from _units(doc, _alone(child), hidden, in_html, tabs)
        elif child.kind == "definition" and lead:
            line = doc.line_of(child.start) + 1 if child.spanned else 0
            first, *rest_lines = marked(child).split("\n")
            yield Unit("line", child, f"{lead} {first}"[:MAX_LINE], line=line)
            for n, words in enumerate(rest_lines, 1):
                if words:
                    yield Unit("line", child, words[:MAX_LINE], line=line + n)
            lead = ""
        else:
            yield from _units(doc, _alone(child), hidden, in_html, tabs)


def words_of(doc: doctree.Document) -> str:
    """The page's words, unit by unit (what a reader sees, for series and venue hints)."""
    out: list[str] = []
    for unit in units(doc):
        if unit.kind == "table":
            out.extend(r.text for r in unit.node.walk() if r.kind == "row")
        elif unit.kind == "person":
            out.append(unit.node.text)
        else:
            out.append(unit.text)
    return "\n".join(out)


def reader_lines(doc: doctree.Document, rows: bool = True) -> list[str]:
    """The lines a reader sees, as Markdown: headings, list items, paragraph lines and
    (with ``rows``) table rows with their cells (hidden blocks and tags left out)."""
    out: list[str] = []
    for unit in units(doc):
        if unit.kind == "heading":
            out.append("#" * max(1, min(6, unit.node.level)) + " " + unit.text)
        elif unit.kind == "line":
            out.append(("- " if unit.item else "") + unit.text)
        elif unit.kind == "table" and rows:
            for row in (r for r in unit.node.walk() if r.kind == "row"):
                cells = [marked(c, cell=True).replace("|", "/") for c in row.children]
                if any(cells):
                    out.append("| " + " | ".join(cells) + " |")
    return out


def prose_text(doc: doctree.Document) -> str:
    """The page's units as Markdown blocks (headings, list items, one paragraph per line;
    hidden blocks and tags left out): what :meth:`PageBuilder.finish` reads a page's prose
    from when its source is HTML or carries template tags."""
    return "\n\n".join(reader_lines(doc, rows=False))


def _label_heading(plain: str) -> bool:
    """A heading that names a part of a page (``Keynote Speakers``, ``Organizers``), not
    one item of it: a few words, with no dash or colon parting a title from a name."""
    if (parts := waved(plain)) is not None and kind_of(parts[0]) != "talk":
        return False  # "Keynote～Title～": one talk of that kind, its title set apart
    return len(plain.split()) <= 5 and ":" not in plain and not _TITLE_DASH_RE.search(plain)


_TITLE_DASH_RE = re.compile(r"\s[-–—]|[-–—]\s")


def _repeated_headings(found: list[Unit]) -> frozenset[str]:
    """The headings' words (folded) that ``found`` holds twice or more: a page names
    its one list of keynote speakers or organisers once; a heading said again and again
    is a part every note repeats."""
    said = Counter(
        " ".join(strip_markdown_inline(u.text).casefold().split())
        for u in found
        if u.kind == "heading"
    )
    return frozenset(text for text, n in said.items() if n >= 2 and text)


class PageReader:
    """Reads the units of a page into a :class:`PageBuilder`, section by section."""

    def __init__(self, b: PageBuilder, first_line: int = 1):
        self.b = b
        self.first_line = first_line
        """The source line the tree's text starts at (a page's body after front matter)."""
        self.section = ""
        self.section_level = 0
        self.section_heading = ""
        """The words of the heading that opened the section (``Talks and panels``)."""
        self.headings = 0
        self.days_in_order = False
        """A weekday heading took its day from a post's date: the next ones follow it."""
        self.tz_checked = False
        self.doc: doctree.Document | None = None
        self.order: str | None = None
        """How the page writes numeric dates (``5/9/23``), when it says."""
        self.day_end: time | None = None
        """When the event's day ends (``9 am to 5:30 pm``): the last talk of a schedule
        ends then."""
        self.person: ProgrammePerson | None = None
        """The person the next lines of a people section describe (their affiliations)."""
        self.continues = False
        """The last affiliation line ended with a comma: the next line goes on with it."""
        self.run_of: dict[int, tuple[int, int]] = {}
        """A run member's node (an item's first paragraph, or a paragraph of lines) → its
        run and its place in it (-1: each line of the paragraph is a member)."""
        self.run_texts: list[list[str]] = []
        self.bracketed = False
        """The page's runs keep their people in brackets (:func:`brackets_name_people`)."""
        self.run_lines: dict[int, int] = {}
        """The lines of an item's paragraph its member holds (``Names:`` over ``**Title**``)."""
        self.runs_read: dict[int, list[tuple[Entry | None, date | None]] | None] = {}
        self.lines_seen: dict[int, int] = {}
        self.talk_heading = ""
        """The last heading's words, when it may itself be a talk (then runs under it are
        its notes; weighed only when a run is read)."""
        self.tag_talk: tuple[ProgrammeTalk, int] | None = None
        """The talk of the last paired template tag (``{{% talk … %}}``), with where its
        closing tag stands: the person tags before that are its speakers."""
        self.slot_title: tuple[str, int] | None = None
        """A stressed title line read after a slot named only by its kind, with the
        talks counted then: the next line may name who gives it
        (:meth:`_describes_slot`)."""
        self.closing: dict[str, list[int]] | None = None
        """Where each paired tag of the page closes (:func:`doctree.closing_tags`)."""
        self.tag_clock: time | None = None
        """Where the template tags' schedule stands (``<!segment|start=9:30``, then each
        tag's ``length`` after it): the start of a tag that gives only its length."""
        self.heading_clock: time | None = None
        """The time the last heading leads with (``## 18:30 talks``): its runs' talks start
        then, when their members name no time of their own."""
        self.group: tuple[str, int] = ("", 0)
        """The tag a heading naming only a kind gives the tables under it (``## Workshops``),
        with that heading's level."""
        self.group_kind: tuple[str, int] = ("", 0)
        """The kind a heading naming only a kind of talk gives the talks of the tables
        under it (``## Lightning talks``, ``## 闪电演讲``: spotlights), with its level."""
        self.table_roles: dict[int, list[str]] = {}
        """The columns' roles of the page's last table of talks, by width (see
        :func:`confnotes.importers.timetable.table_rows`)."""
        self.head_roles: dict[tuple[str, ...], list[str]] = {}
        """The columns' roles of the page's tables of talks, by their head rows (see
        :func:`confnotes.importers.timetable.table_rows`)."""
        self.opening = False
        """The lines read are the prose opening a section, before its first list or table:
        a date they write in full, with its year, dates the section (a second event's
        part of the page)."""
        self.listing = False
        """The last heading names the event's programme (``Programma Linux Day 2015``,
        ``Programme``, ``Zeitplan``): its list items may be its talks' titles alone."""
        self.untimed: list[tuple[str, int]] = []
        """The items under such a heading, with their lines: its talks when they are
        titles alone (:meth:`_titles_listed`)."""
        self.read_else = False
        """Talks were read under that heading another way (a time, a run naming people):
        its items are no list of titles alone."""
        self.repeated_headings: frozenset[str] = frozenset()
        """Headings the page writes twice or more (``### Keynotes`` under each talk of a
        person's notes): a template's part, never the page's one list of people."""

    def read(self, doc: doctree.Document) -> None:
        """Every unit of ``doc``, in order."""
        self.doc = doc
        self.order = numeric_order(doc.source)
        self._find_runs(doc)
        self.read_units(list(units(doc)))

    def _find_runs(self, doc: doctree.Document) -> None:
        """The runs of sibling elements (:mod:`confnotes.importers.runs`): a list's items
        (each item's first paragraph), the items of the lists nested in one list's items
        (cousins: a meetup's talks under each meetup), a paragraph's lines."""
        claimed: set[int] = set()
        for node in doc.root.walk():
            if node.kind == "list" and id(node) not in claimed:
                self._add_run(_heads([node]))
                nested = [c for item in _items(node) for c in item.children if c.kind == "list"]
                claimed.update(id(n) for n in nested)
                self._add_run(_heads(nested))
            elif node.kind == "paragraph" and id(node) not in self.run_of:
                lines = [w[:MAX_LINE] for w in marked(node).split("\n") if w]
                if len(lines) >= 2:
                    self.run_of[id(node)] = (len(self.run_texts), -1)
                    self.run_texts.append(lines)
        for node in doc.root.walk():
            for heads in _paragraph_runs(node.children):
                if not any(id(h) in self.run_of for h in heads):
                    self._add_run(heads)
        self.bracketed = brackets_name_people(self.run_texts, self.b.year)

    def _add_run(self, heads: list[doctree.Node]) -> None:
        """A run of items, each read from its first paragraph (its next line too when
        that line is the title: ``Names:`` over ``**Title**``)."""
        if len(heads) < 2:
            return
        texts: list[str] = []
        for n, head in enumerate(heads):
            first, *more = [w for w in marked(head).split("\n") if w] or [""]
            if more and (first.endswith(":") or _one_mark(more[0])):
                first, self.run_lines[id(head)] = f"{first} {more[0]}", 2
            else:
                self.run_lines[id(head)] = 1
            texts.append(first[:MAX_LINE])
            self.run_of[id(head)] = (len(self.run_texts), n)
        self.run_texts.append(texts)

    def _run_line(self, unit: Unit) -> bool:
        """A unit that is a member of a run read as talks: its talk added (True)."""
        key = id(unit.node)
        hit = self.run_of.get(key)
        if hit is None:
            return False
        run, n = hit
        seen = self.lines_seen.get(key, 0)
        self.lines_seen[key] = seen + 1
        if n < 0:
            n = seen
        elif seen:
            return seen < self.run_lines.get(key, 1) and bool(self.runs_read.get(run))
        if run not in self.runs_read:
            strict = self.section in ROLES
            grounded = self.section in ("schedule", "keynote")
            read = read_run(self.run_texts[run], self.b.year, grounded, strict, self.bracketed)
            # a run under a heading that is itself a talk is its notes (weighed only when
            # the run reads as talks: most runs do not)
            under_a_talk = bool(
                read and self.talk_heading and title_and_speakers(self.talk_heading)[1]
            )
            self.runs_read[run] = None if under_a_talk else read
        found = self.runs_read[run]
        if found is None or n >= len(found) or found[n][0] is None:
            return False
        entry, day = found[n]
        assert entry is not None
        if entry.start is None and self.heading_clock is not None:
            entry.start = self.heading_clock
        if day is not None:
            if self.b.day is not None and day != self.b.day:
                self.b.close_schedule(None)
            self.b.set_day(day)
            self.b.day = day
        self.b.add_entry(entry, unit.line)
        return True

    def read_units(self, found: list[Unit]) -> None:
        """These units, in order, then the schedule closed."""
        b = self.b
        self.repeated_headings = _repeated_headings(found)
        for unit in found:
            unit.line += self.first_line - 1
            if unit.kind == "heading":
                self.heading(unit.text, unit.node.level, unit.line)
            elif self.section == "references":
                # "Related papers": works cited, whoever wrote them, no talks
                if unit.kind == "line" and unit.text.strip():
                    b.cited.append(("- " if unit.item else "") + unit.text.strip())
            elif unit.kind == "table":
                self.table(unit.node, unit.line)
            elif unit.kind == "person":
                self.tag_person(unit.node, unit.line)
            elif unit.kind == "record":
                self.tag_record(unit.node, unit.line)
            elif not self._run_line(unit):
                self.line(unit.text, unit.item, unit.line)
            else:
                self.read_else = True
        self._titles_listed()
        if self.section == "schedule" and self.day_end:
            b.close_schedule(self.day_end)
        if b.day is None and b.programme.start is not None:
            b.day = b.programme.start

    def heading(self, title: str, level: int, line_no: int) -> None:
        """A heading opens (or closes) a section; a date in it is the day of what follows;
        ``9:00 Title by Speaker`` is a talk."""
        b = self.b
        self._titles_listed()
        self.headings += 1
        plain = strip_markdown_inline(title)
        self.listing = _names_programme(plain)
        if not b.programme.name and plain:
            b.programme.name = plain
        kind = section_kind(plain) or _kind_section(plain)
        if kind in ROLES and not _label_heading(plain):
            kind = ""  # "Matz - In Defense of GVL - Keynote": a talk, not a list of people
        if kind in ROLES and " ".join(plain.casefold().split()) in self.repeated_headings:
            kind = ""  # "### Keynotes" under every talk: the writer's key notes, no one
        self.person, self.continues = None, False
        before = self.section
        if kind:
            self.section, self.section_level, self.section_heading = kind, level, plain
        elif level <= self.section_level or (not self.section_level and self.section != "schedule"):
            self.section, self.section_level = "", 0
        if before == "schedule" and self.section != "schedule" and self.day_end:
            b.close_schedule(self.day_end)
        if self.section == "schedule" and (tz := stated_timezone(plain)):
            b.programme.timezone = tz
            self.tz_checked = True
        if self.section not in ("dates", "papers") and (day := find_date(plain, b.year)[0]):
            if b.day is not None and day != b.day:
                b.close_schedule(None)  # the last talk of a day does not end the next day
            b.set_day(day)  # a date in any heading applies to what follows it
            b.day = day
        elif self.section not in ("dates", "papers") and (day := self._weekday_day(plain)):
            if b.day is not None and day != b.day:
                b.close_schedule(None)
            b.day = day  # "### Tuesday:" on a page that gave its days once: that day
        self.talk_heading = ""
        self.heading_clock = leading_clock(plain)[0]
        if (tag := group_tag(plain)) or level <= self.group[1]:
            self.group = (tag, level if tag else 0)
        elif self.group[1]:
            from confnotes.importers.timetable import within_group

            if not within_group(plain, b.year):
                self.group = ("", 0)  # "## Workshops" > "### Partners": a part of its own
        if (said := _group_kind(plain)) or level <= self.group_kind[1]:
            self.group_kind = (said, level if said else 0)
        if self.headings > 1 or self.section == "schedule":
            self._heading_talk(plain, line_no)
        if self.headings > 1 and kind not in ROLES:
            self.talk_heading = plain  # weighed only when a run under it is read
        self.opening = True

    def _heading_talk(self, plain: str, line_no: int) -> None:
        """``### 9:00 Title by Speaker`` (or any ``Title by Speaker`` heading) is a talk."""
        start, _end, _rest, _ampm = leading_clock(plain)
        if start is None and " by " not in f" {plain.casefold()} ":
            return
        entry = parse_entry(plain)
        if entry is None or (start is None and not entry.speakers):
            return
        self.b.add_entry(entry, line_no)

    def tag_person(self, node: doctree.Node, line_no: int = 0) -> None:
        """``{% include people.html name="…" affiliation="…" url="…" %}``: a person of
        the section the tag sits in."""
        args = node.attrs
        name = clean_name(str(args.get("name") or ""))
        if not name:
            return
        affs = split_affiliations(str(args.get("affiliation") or args.get("institution") or ""))
        person = ProgrammePerson(name=name, affiliations=affs, url=str(args.get("url") or ""))
        if described := name_dash_description(name, one_person=True):
            # name="Ana Ruiz - Staff Engineer, Acme": the one person, where they work
            person.name, person.affiliations = described.name, affs or described.affiliations
        if self._speaks_in_tag_talk(node, person):
            return
        if (said := _tag_talk_title(args)) and self.section != "organizer":
            # ``{% include keynote.html name="…" title="「…」" %}``: the person and what
            # they speak on, a talk as a data file's record with both is (a keynote under
            # a heading of keynotes)
            (who,) = split_speakers(name, single_ok=True)[:1] or [person]
            who.url = who.url or person.url
            kind = "keynote" if self.section == "keynote" else "talk"
            self.b.add_entry(Entry(said, kind, speakers=[who]), line_no)
            return
        self.b.add_role(person, self.section if self.section in ROLES else "other")

    def tag_record(self, node: doctree.Node, line_no: int = 0) -> None:
        """A template tag that is a schedule's record, with no person's ``name``: a talk
        (``{{< talk title="…" speaker="…" >}}``, ``<!talk|subject=…&author=…&length=45!>``)
        or what places the tags after it (a day, ``<!day|start=22 Aug 2022``; a time,
        ``<!segment|start=9:30``). A tag that gives only its length starts where the
        one before it ended."""
        b = self.b
        args = {
            str(k): " ".join(str(v).split())
            for k, v in node.attrs.items()
            if k not in ("tag", "template", "opened")
        }
        day: date | None = None
        clock: time | None = None
        length = None
        speakers: list[ProgrammePerson] = []
        for key, value in args.items():
            roles = roles_of(key)
            if not value:
                continue
            if roles & {"start", "date"} and not roles & {"end"}:
                start, _end, rest, _ampm = leading_clock(value)
                if start is not None and not rest.strip():
                    clock = start
                elif (found := find_date(value, b.year)[0]) is not None:
                    day = found
                    if "T" in value and (at := leading_clock(value.split("T", 1)[1])[0]):
                        clock = at
            elif any(w in key for w in _LENGTH_KEYS) and length is None:
                length = parse_duration(value.removesuffix("min").strip())
            elif "speaker" in roles and not speakers:
                speakers = split_speakers(value, single_ok=True)
        if day is not None:
            if b.day is not None and day != b.day:
                b.close_schedule(None)
            b.set_day(day)
            b.day = day
            self.tag_clock = None
        title = _tag_talk_title(args)
        if not title or node.attrs.get("opened"):
            if clock is not None:
                self.tag_clock = clock
            label = title or " ".join(str(args.get("name", "")).split())
            if label and not b.programme.name and not speakers:
                b.programme.name = label  # the tag the page's records sit in names it
            return
        tag = str(node.attrs.get("tag", ""))
        kind = kind_of(tag)
        if not (speakers or clock is not None or day is not None or length is not None) and (
            kind in ("talk", "other") and tag.lower() not in _TALK_TAGS
        ):
            return  # a figure's or a video's caption (``{{< figure title="Venue map" >}}``)
        start = clock if clock is not None else self.tag_clock
        end = None
        if start is not None and length is not None and length < timedelta(hours=24):
            end = (datetime.combine(date.min, start) + length).time()
        self.tag_clock = end
        if kind in ("talk", "other"):
            kind = kind_of(title)
        entry = Entry(title, kind, start=start, end=end, speakers=speakers, ampm=True)
        talks = len(b.programme.talks)
        b.add_entry(entry, line_no, room=args.get("room", ""))
        self.tag_talk = None
        if len(b.programme.talks) > talks and self.doc is not None and node.spanned:
            if self.closing is None:
                self.closing = doctree.closing_tags(self.doc.source)
            closes = self.closing.get(tag.lower(), [])
            if (n := bisect_left(closes, node.end)) < len(closes):
                self.tag_talk = (b.programme.talks[-1], closes[n])

    def _speaks_in_tag_talk(self, node: doctree.Node, person: ProgrammePerson) -> bool:
        """A person's tag inside a talk's paired tag (``{{% talk … %}}`` … ``{{% speaker
        name="…" %}}`` … ``{{% /talk %}}``): a speaker of that talk, as the page nests it;
        one the talk's own arguments named already gains what this tag says of them."""
        if self.tag_talk is None or not node.spanned:
            return False
        talk, closed = self.tag_talk
        if node.start >= closed:
            self.tag_talk = None
            return False
        for known in talk.speakers:
            if compare_names(known.name, [], person.name, [])[0] == "same":
                known.affiliations = known.affiliations or person.affiliations
                known.url = known.url or person.url
                return True
        talk.speakers.append(person)
        return True

    def line(self, text: str, item: bool, line_no: int) -> None:
        """One line of the current section: a person, a milestone, a schedule entry, or
        the day and place of the event."""
        b = self.b
        section = self.section
        stripped = text.strip().lstrip(_BULLETS).strip()
        if not stripped:
            return
        if self._describes_slot(stripped):
            return
        opening = self.opening and not item
        self.opening = opening  # the section's prose goes on until its first list or table
        if self.listing and item:
            self.untimed.append((strip_markdown_inline(stripped).strip(), line_no))
        if section in ROLES:
            self._person_line(stripped, item, section)
            return
        if section == "dates":
            b.add_date(stripped, line_no)
            return
        label, value = _labelled(strip_markdown_inline(stripped))
        if label and "chair" in roles_of(label):
            for person in split_speakers(value, single_ok=True):
                b.add_role(person, "chair")  # "Chair: Lee Park", "Moderation: Dr. Ulrike Stein"
            return
        if section == "schedule":
            if not self.tz_checked and (tz := stated_timezone(stripped)) and len(stripped) < 80:
                b.programme.timezone = tz
                self.tz_checked = True
            if leading_clock(stripped)[0] is not None:
                entry = parse_entry(stripped)
                if entry is not None:
                    b.add_entry(entry, line_no)
                    self.read_else = True
                return
        stamp = stamp_line(stripped)  # "**Publicado:** 7 de março": the page's day, no event's
        if (
            (section == "schedule" or not item)
            and not stamp
            and (day := _day_line(stripped, b.year))
        ):
            if b.day is not None and day != b.day:
                b.close_schedule(None)  # the last talk of a day does not end the next day
            b.set_day(day)
            b.day = day  # "Day 2 — Friday, July 19": the lines below are that day
            return
        if not item and (day := self._weekday_day(strip_markdown_inline(stripped))):
            if b.day is not None and day != b.day:
                b.close_schedule(None)
            b.day = day  # "**Wednesday**" alone over its times: that day of the event's
            return
        plain = strip_markdown_inline(stripped)
        if b.programme.start is None and not section:
            self._event_sentence(plain)
        if label and "date" in roles_of(label) and (day := find_date(value, b.year)[0]):
            b.set_day(day)  # "Date: September 9, 2025", "Datum: …" applies to what follows
            b.day = day
        elif (
            (
                b.day is None
                or (b.publish_day and not b.programme.talks)
                or (opening and self._dates_a_new_part(plain))
            )
            and section not in ("dates", "papers")
            and not item
            and not _DEADLINE_RE.search(stripped)
            and not stamp
            and (day := find_date(plain, b.year)[0])
        ):
            if b.publish_day:
                # "we are back … on Thursday 12 June 2025": the event's day, not the post's
                b.publish_day = False
                b.programme.start = b.programme.end = b.day = None
            said = self._days_said(plain, day)
            if b.day is not None and said[0] != b.day:
                b.close_schedule(None)  # the last talk of a part does not end the next
            for each in said:
                b.set_day(each)  # "Co-located with ICLR 2024, Vienna. Friday, May 10, 2024."
            b.day = said[0]

    def _describes_slot(self, text: str) -> bool:
        """A timetable's slot named only by its kind (``Keynote Presentation``, nobody
        named), then the page's lines right after it: a stressed title line over an
        emphasised by-line of one person (``**On Drawing**`` / ``_Prof. Ana Ruiz,
        Lund University_``) are that slot's title and speaker, its time kept. True when
        ``text`` was such a by-line and filled the slot; the title line is read as any
        line (it only waits for its by-line)."""
        talks = self.b.programme.talks
        pending, self.slot_title = self.slot_title, None
        slot = talks[-1] if talks else None
        if (
            slot is None
            or slot.speakers
            or slot.body.strip()
            or not kind_label_only(slot.title)
            or kind_of(slot.title) in ("talk", "other", "break", "social")
        ):
            return False
        if pending is not None and pending[1] == len(talks):
            said = _WHOLE_EM_RE.fullmatch(text)
            by = (said.group(1) or said.group(2)) if said else ""
            people = split_speakers(by, single_ok=True) if by else []
            if len(people) == 1:
                slot.title, slot.speakers = pending[0], people
                return True
        if m := _WHOLE_STRONG_RE.fullmatch(text):
            said_title = strip_markdown_inline(m.group(1) or m.group(2)).strip()
            self.slot_title = (said_title, len(talks))
        return False

    def _titles_listed(self) -> None:
        """A programme section whose lists hold titles alone (``Programma Linux Day`` over
        ``<li>Wikipedia</li>`` items, no time, no one named anywhere in them): each item is
        a talk of the event, a break's words a break. Items that read as a sentence, a
        link or a day, or a section that timed a talk, are no such list; then nothing is
        read."""
        found, self.untimed = self.untimed, []
        read_else, self.read_else = self.read_else, False
        if read_else or len(found) < TITLES_LEAST:
            return
        if not all(_title_alone(text, self.b.year) for text, _line in found):
            return
        talks = self.b.programme.talks
        for text, line_no in found:
            kind = kind_of(text) if kind_of(text) in _LISTED_KINDS else "talk"
            before = len(talks)
            self.b.add_entry(Entry(text, kind), line_no)
            for talk in talks[before:]:
                talk.extra[LISTED_KEY] = True

    def _dates_a_new_part(self, plain: str) -> bool:
        """Whether a section's opening sentence moves the page to another day: after
        talks were read on the day it had, it writes one other day in full, its year
        with it (``The tutorial was held on October 24, 2022``: the second event's part
        of a page that held the first on October 17, 2021)."""
        b = self.b
        if b.day is None or not b.programme.talks or _DEADLINE_RE.search(plain):
            return False
        day = find_date(plain, b.year)[0]
        return day is not None and day != b.day and str(day.year) in plain

    def _days_said(self, plain: str, day: date) -> list[date]:
        """The days a sentence naming ``day`` gives the event: its first and last when it
        writes a range (``3-7 March``, ``from Monday 13th till Friday 17th July``, where
        the weekdays fix the first day's month), else ``day`` alone."""
        week = weekday_dates(plain, day.year)
        if len(week) >= 2 and day in week and (week[-1] - week[0]).days <= 31:
            return [week[0], week[-1]]
        last = range_end(plain, day, day.year)
        return [day, last] if last is not None else [day]

    def _weekday_day(self, plain: str) -> date | None:
        """The day a heading or short line naming a weekday alone stands for, on a page
        whose days are known (:func:`weekday_heading_day`); on a page that dates one day
        only (a post's ``date``, a dated heading), the first such weekday on or after the
        day reached (:func:`weekday_after`). A post's date gives way to the days its
        weekday headings name, as to a day its first lines name."""
        b = self.b
        first, last = b.programme.start, b.programme.end
        if (day := weekday_heading_day(plain, first, last)) is not None:
            return day
        if first != last or not (b.publish_day or self.days_in_order):
            return None  # an event's one day said in its words: no weekday after it
        if (day := weekday_after(plain, b.day)) is None:
            return None
        if b.publish_day:
            b.publish_day = False
            b.programme.start = b.programme.end = b.day = None
        self.days_in_order = True
        b.set_day(day)
        return day

    def _person_line(self, text: str, item: bool, role: str) -> None:
        """A line of a people section: a list item is one person (``Name (Affiliation)``,
        ``[Name](url), Affiliation``); lines of a paragraph are bios (``Name is a Professor
        at X``), people with their affiliations, or a name and its affiliation lines."""
        b = self.b
        person = parse_person(text)
        if item:
            if person is not None:
                b.add_role(person, role)
            self.person, self.continues = None, False
            return
        plain = strip_markdown_inline(text)
        if len(plain) > 90 or _BIO_RE.match(plain):
            if bio := _bio(plain):
                b.add_role(_named_again(bio, b.programme.roles, role), role)
                self.person, self.continues = None, False
            return
        if self.continues and self.person is not None:
            self._affiliation_line(plain)
            return
        if person is not None and person.affiliations and is_person_name(person.name):
            b.add_role(person, role)
            self.person, self.continues = None, False
            return
        if person is not None and is_person_name(plain):
            self.person, self.continues = person, False
            b.add_role(person, role)
            return
        if self.person is not None:
            self._affiliation_line(plain)
            return
        if person is not None and is_person_name(person.name):
            b.add_role(person, role)

    def _affiliation_line(self, plain: str) -> None:
        """A line under a person's name: its first sentence is where they work
        (``Université Cheikh Anta Diop. Works on malaria genomics.``); a trailing comma
        says the next line goes on."""
        if self.person is None:
            return
        first = _SENTENCE_END_RE.split(plain, maxsplit=1)[0].rstrip(".")
        self.person.affiliations.extend(split_affiliations(first.rstrip(",")))
        self.continues = first.endswith(",")

    def table(self, node: doctree.Node, line_no: int) -> None:
        """A table: people in a people section; else the talks and breaks of its rows as
        the timetable reads a table (:func:`confnotes.importers.timetable.table_rows`:
        each column's role from its cells, a packed cell's kind, speakers and title, a row
        across the table naming the day), their days the page's."""
        self.opening = False
        if self.section == "dates" and self._milestone_rows(node, line_no):
            return
        if self.section not in ROLES:
            from confnotes.importers.timetable import fact_sheet

            if facts := fact_sheet(node, self.b.year):
                # the event's fact sheet (| **Date** | … |, | **Cost** | … |): no talks,
                # its rows the ``Label: value`` lines they stand for
                for n, (label, value) in enumerate(facts):
                    self.line(f"{label}: {value}", False, line_no + n)
                return
            if self.doc is not None:
                self._schedule_table(node, line_no)
            return
        rows = [
            (row, [marked(c, cell=True) for c in row.children if c.kind == "cell"])
            for row in node.walk()
            if row.kind == "row"
        ]
        header: list[str] = []
        if rows and _header_row(node, rows[0][0], rows[0][1]):
            header, rows = [strip_markdown_inline(c) for c in rows[0][1]], rows[1:]
        roles = column_roles([cells for _row, cells in rows], self.b.year, header)
        if self.doc is not None and self._talks_table(header, roles, [c for _r, c in rows]):
            self._section_talks(node, line_no)
            return
        for _row, cells in rows:
            self._people_row(cells, roles, self.section)

    def _milestone_rows(self, node: doctree.Node, line_no: int) -> bool:
        """A table under an important-dates heading (``| Abstract submission | Aug 23 |``,
        a struck-out date passed): each row a milestone, its first cell the label, as
        the ``Label: date`` line it stands for; never a talk. False, and nothing read,
        unless every row with words gives a date (a schedule under a dated heading)."""
        lines: list[str] = []
        for row in (r for r in node.walk() if r.kind == "row"):
            cells = [c for c in (strip_markdown_inline(marked(x, cell=True)) for x in row.children
                                 if x.kind == "cell") if c.strip()]  # fmt: skip
            if not cells:
                continue
            line = ": ".join(" ".join(c.split()) for c in cells)
            if find_date(line, self.b.year)[0] is None:
                if lines:
                    return False
                continue  # a header row (``| What | When |``)
            lines.append(line)
        for n, line in enumerate(lines):
            self.b.add_date(line, line_no + n)
        return bool(lines)

    def _talks_table(self, header: list[str], roles: list[str], rows: list[list[str]]) -> bool:
        """A table of a people section whose header calls one column the titles, beside a
        column of people, lists the talks those people give, when the header's word is a
        talk's own (``Talk``, ``Topic``) or the heading names talks or panels rather than
        people (``Talks and panels``, ``Panels``, ``Keynotes``; not ``Our speakers``, a
        committee), and the column's cells are no jobs (``| Name | Title |`` of a
        committee: ``Professor``, ``CTO, Acme``)."""
        if "who" not in roles:
            return False
        for j, role in enumerate(roles):
            if role != "title" or j >= len(header):
                continue
            words = header_words(header[j])
            if not says_title(words):
                continue
            if not (_talk_word(words) or self._heading_names_talks()):
                continue
            cells = [c for c in (strip_markdown_inline(r[j]) for r in rows if j < len(r)) if c]
            jobs = sum(1 for c in cells if _job_line(c))
            if cells and 2 * jobs < len(cells):
                return True
        return False

    def _heading_names_talks(self) -> bool:
        """The people section's heading names talks or panels (``Talks and panel
        discussions``, ``Panelové diskuze``, ``Keynotes``), no people (``Our speakers``,
        ``Panelists``, ``Programme committee``)."""
        return self.section in ("panelist", "keynote") and not says_people(
            header_words(self.section_heading)
        )

    def _section_talks(self, node: doctree.Node, line_no: int) -> None:
        """A table of talks under a heading of people (``Talks and panels``, ``Panels``):
        its rows read as a schedule's, each of the section's kind where its row names
        none (a panel under ``Panels``)."""
        kind = _SECTION_TALK_KINDS.get(self.section, "")
        talks = self.b.programme.talks
        before = len(talks)
        self._schedule_table(node, line_no)
        if kind:
            for talk in talks[before:]:
                talk.kind = talk.kind if talk.kind not in ("", "talk") else kind

    def _schedule_table(self, node: doctree.Node, line_no: int) -> None:
        from confnotes.importers.timetable import table_rows

        assert self.doc is not None
        b = self.b
        day = b.day  # the reader sets the days the table names as it reads them
        placed = [r for r in node.walk() if r.kind == "row" and r.start >= 0]
        at = 0  # the source rows, in order: each entry's line is its own row's
        for n, row in enumerate(table_rows(self.doc, node, b, self.table_roles, self.head_roles)):
            if row.day is not None and row.day != day:
                if day is not None:
                    b.close_schedule(None)  # a new day: its clock starts again
                if b.publish_day:
                    # the rows' own days ("Thursday" under "Day"): the post's date was its own
                    b.publish_day = False
                    b.programme.start = b.programme.end = None
                b.set_day(row.day)
                b.day = day = row.day
            said = row.entry.title or (row.entry.speakers[0].name if row.entry.speakers else "")
            found = next((k for k in range(at, len(placed)) if said in placed[k].text), None)
            if said and found is not None:
                at = found + 1
                line = self.doc.line_of(placed[found].start) + self.first_line
                b.add_entry(row.entry, line, room=row.room)
            else:
                b.add_entry(row.entry, line_no + n, room=row.room)
            tags = [*row.tags, self.group[0]] if self.group[0] else list(row.tags)
            if tags and not row.entry.is_session and b.programme.talks:
                talk = b.programme.talks[-1]
                talk.tags += [t for t in tags if t not in talk.tags]
            kind = self.group_kind[0]
            if kind and not row.entry.is_session and b.programme.talks:
                talk = b.programme.talks[-1]
                if talk.kind in ("", "talk") and talk.title == row.entry.title:
                    talk.kind = kind  # "## Lightning talks" over the table: spotlights

    def _people_row(self, cells: list[str], roles: list[str], role: str) -> None:
        """A row of a people table: a name and its affiliation in the next text column,
        or a grid of people, each cell one."""
        names = [i for i, r in enumerate(roles) if r == "who" and i < len(cells)]
        if len(names) == 1:
            person = parse_person(cells[names[0]])
            aff = next(
                (
                    strip_markdown_inline(cells[i])
                    for i, r in enumerate(roles)
                    if r in ("title", "affiliation", "room", "notes", "label")
                    and i < len(cells)
                    and cells[i].strip()
                ),
                "",
            )
            if person is not None:
                if aff and aff not in person.affiliations:
                    person.affiliations.append(aff)
                self.b.add_role(person, role)
            return
        for cell in cells:
            if found := parse_person(cell):
                self.b.add_role(found, role)

    def _event_sentence(self, plain: str) -> None:
        """``taking place on Dec 2nd 2022 from 8:50am to 5:00pm in Room 293 at the X
        Center``: the day, hours, room and venue of a one-day event."""
        b = self.b
        m = _EVENT_RE.search(plain)
        if m is None:
            return
        rest = m.group("rest")
        day = find_date(rest, b.year)[0]
        if day is None:
            return
        for said in self._days_said(rest, day):
            b.set_day(said)  # "from Monday 13th till Friday 17th July": all its days
        room = _ROOM_RE.search(rest)
        room_name = room.group("room").strip() if room else ""
        if venue := venue_of(rest):
            b.programme.location = venue
        after = rest[rest.find(str(day.year)) + 4 :] if str(day.year) in rest else rest
        clock = parse_clock(after)
        if clock is None and not room_name:
            return
        start = combine(day, clock.start if clock else None)
        end = combine(day, clock.end if clock else None)
        b.programme.sessions.append(
            ProgrammeSession(
                key=b.session_key("day", start),
                title=b.programme.name or "Workshop",
                kind="other",
                start=start,
                end=end,
                room=room_name,
            )
        )


def _paragraph_runs(children: list[doctree.Node]) -> Iterator[list[doctree.Node]]:
    """Runs of one-line paragraphs side by side (blank lines between, nothing else): a
    list written without its bullets (``**2020-11-13**. Name : « Title »`` a paragraph
    each), read as a list's items are."""
    run: list[doctree.Node] = []
    for child in [*children, None]:
        if child is not None and child.kind == "blank":
            continue
        if child is not None and child.kind == "paragraph" and "\n" not in child.text.strip():
            run.append(child)
            continue
        if len(run) >= 2:
            yield run
        run = []


LISTED_KEY = "_listed"
"""A talk's key (internal, never written to a note) saying the page's programme lists
its title alone: what grounds it is the programme's heading over it."""
_LISTED_KINDS = frozenset({"break", "keynote", "spotlight", "panel", "workshop"})
"""The kinds a listed title's words may say (``Pausa pranzo``, ``Keynote``); any other
reading of them (a social, a poster) is a talk's."""
TITLES_LEAST = 3
"""Items a programme section lists before its titles alone read as talks."""
TITLE_WORDS_MOST = 14
"""Words of a listed title at most (a longer item is a sentence about the day)."""


def _title_alone(text: str, year: int | None) -> bool:
    """A list item that can be a talk's title by itself: a short line, no sentence (no
    full stop closing it), no address, no day, no time, no person's name alone, no
    ``Name: Title`` or ``Name – Title`` naming who gives it."""
    words = text.split()
    if leading_clock(text)[0] is not None or is_person_name(text):
        return False
    if not words or len(words) > TITLE_WORDS_MOST or len(text) > MAX_TITLE_CHARS:
        return False
    if text.endswith((".", "。", ":")) and not text.endswith(".."):
        return False
    if "://" in text or "@" in text or find_date(text, year)[0] is not None:
        return False
    label, colon, rest = text.partition(":")
    if colon and split_speakers(label.strip()) and rest.strip():
        return False
    return not title_and_speakers(text)[1]  # "Camille – Variétés de contact": who, then what


MAX_TITLE_CHARS = 200
"""Characters of a listed title at most."""


def _names_programme(heading: str) -> bool:
    """A heading that names an event's programme, in any language the importer knows
    (:data:`confnotes.importers.headings.PROGRAMME_OF`: ``Programma Linux Day 2015``,
    ``Programme``, ``Ablauf``; not ``Agenda``), and no committee of it (``Programme
    committee``)."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", heading)}
    return bool(words & _PROGRAMME_WORDS) and section_kind(heading) in ("", "schedule")


_PROGRAMME_WORDS = frozenset(w for words in PROGRAMME_OF.values() for w in words) - {"agenda"}
"""Words for an event's programme; ``Agenda`` heads a meeting's points as often."""


def _items(node: doctree.Node) -> list[doctree.Node]:
    return [c for c in node.children if c.kind == "item"]


def _heads(lists: list[doctree.Node]) -> list[doctree.Node]:
    """The first paragraph of each item of these lists, in order."""
    return [
        head
        for node in lists
        for item in _items(node)
        if (head := next((c for c in item.children if c.kind == "paragraph"), None))
    ]


def _one_mark(line: str) -> bool:
    """A line that is one marked stretch (``**Title**``): the title of the line above."""
    plain = strip_markdown_inline(line).strip()
    return (
        bool(plain) and line.strip() != plain and strip_markdown_inline(line.strip()[2:-2]) == plain
    )


_LONE_LINK_RE = re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\s]{1,2000}\)")
"""A line that is one link and nothing else (``[Day 2 - April 15](https://…)``)."""
_ASIDE_RE = re.compile(r"\([^()\n]{0,120}\)")
"""A bracketed aside (``(see international times)``)."""


def _day_line(text: str, year: int | None) -> date | None:
    """The day a short line names and says little else (``Day 2 - July 5, 2015``,
    ``**Freitag, 12. Mai**``): like a day heading, whatever the section it is in, it is
    the day of what follows it; a deadline's line is a milestone, not a day."""
    plain = strip_markdown_inline(text)
    if m := _LONE_LINK_RE.fullmatch(text.strip()):
        # a day's heading written as a link's text, an aside on where it leads after it
        # (``[Day 2 - April 15, 2021 UTC 05:00 (see international times)](…)``)
        plain = _ASIDE_RE.sub(" ", strip_markdown_inline(m.group(1))).strip()
    if len(plain) >= 60 or len(re.findall(r"[^\W\d_]{3,}", plain)) > 4:
        return None
    if _DEADLINE_RE.search(plain):
        return None
    return find_date(plain, year)[0]


def _labelled(plain: str) -> tuple[str, str]:
    """``(label, value)`` of a ``Label: value`` line (a label of at most three words;
    the full-width colon too), else ``("", "")``; the label's role is read by
    :func:`confnotes.importers.fields.roles_of`, in any language it knows."""
    for colon in (":", "："):
        label, sep, value = plain.partition(colon)
        if sep and label.strip() and len(label.split()) <= 3 and value.strip():
            return label.strip(), value.strip()[:MAX_LINE]
    return "", ""


_SECTION_TALK_KINDS = {"panelist": "panel", "keynote": "keynote"}
"""The kind of a talk listed under a heading of these people."""


_BARE_TITLE_WORDS = frozenset(
    {"#title", "title", "titles", "titel", "titre", "titulo", "título", "titolo", "heading"}
    | {"název", "nazev", "názov", "nazov", "nazwa", "naziv", "名称"}
)
"""A header's words for a title that may be a person's as well as a talk's (``Title``,
``Název``: a committee's ``| Name | Title |`` lists jobs)."""


def _talk_word(words: frozenset[str]) -> bool:
    """A title header naming a talk's own title (``Talk``, ``Topic``, ``Talk title``,
    ``Thema``), not a bare ``Title``."""
    return bool((words - _BARE_TITLE_WORDS) & TITLE_HEADS)


def _job_line(cell: str) -> bool:
    """A cell reading as what a person is rather than what they speak on: a job
    (``Senior Engineer``, ``Professor of Physics``), a job and its employer (``CTO,
    Acme``) or an organisation alone."""
    return is_job_title(cell) or bool(employer_of(cell)) or is_organisation(cell)


_GROUP_KINDS = frozenset({"spotlight", "poster", "demo", "panel", "oral"})
"""The kinds a heading naming only that kind gives the talks of the tables under it
(keynotes have a people section of their own: :data:`_SECTION_TALK_KINDS`)."""


def _group_kind(heading: str) -> str:
    """The kind of talk a heading only names (``Lightning talks``, ``闪电演讲``,
    ``Posters``); "" for any other heading."""
    if not kind_label_only(heading):
        return ""
    kind = kind_of(heading)
    return kind if kind in _GROUP_KINDS else ""


def _header_row(table: doctree.Node, row: doctree.Node, cells: list[str]) -> bool:
    """The first row names the columns: a Markdown table's first row always does (the
    row above its ``|---|`` line), an HTML one when its cells are ``<th>``; never a row
    with a time or a person in it."""
    kinds = {str(c.attrs.get("tag", "")) for c in row.children if c.kind == "cell"}
    structural = kinds == {"th"} if table.attrs.get("tag") else True
    return structural and not any(leading_clock(c)[0] is not None or _person_cell(c) for c in cells)


def _person_cell(text: str) -> bool:
    """The whole cell is a person or a list of people (``Ana Ruiz (Lab)``, ``A, B``), not
    a text that names one (``Invited talk: Ana Ruiz - Title``)."""
    plain = strip_markdown_inline(text)
    person = parse_person(plain)
    if person is not None and is_person_name(person.name):
        return True
    people = split_speakers(plain)
    named = sum(len(p.name.split()) + len(" ".join(p.affiliations).split()) for p in people)
    return bool(people) and named * 5 >= len(plain.split()) * 4


def column_roles(
    rows: list[list[str]], year: int | None = None, header: list[str] | None = None
) -> list[str]:
    """Each column's role from its cells, as every reader reads columns
    (:func:`confnotes.importers.columns.read_table`): ``time`` (a second clock column
    is ``end``), ``date``, ``who`` (people), ``kind``, ``title``, ``affiliation``,
    ``room``, ``label`` or ``notes``."""
    return ["who" if r == "people" else r for r in read_table(rows, header or (), year=year)]


def venue_of(text: str) -> str:
    """``… at the New Orleans Convention Center``: the place a sentence names."""
    m = _VENUE_RE.search(text)
    return m.group("venue").strip() if m else ""


def _bio(text: str) -> ProgrammePerson | None:
    """``Name (confirmed) is a Professor at the University of Toronto …``: the person and
    the places of the first sentence (a department only when it is the only one)."""
    m = _BIO_RE.match(text)
    if m is None or not is_person_name(m.group("name").strip()):
        return None
    if len(clean_name(m.group("name")).split()) < 2:
        return None  # "Prof. Branke is Editor of …": the person named above, said again
    first_sentence = _SENTENCE_END_RE.split(m.group("rest"), maxsplit=1)[0]
    orgs = [x.group("org").strip() for x in _AT_RE.finditer(first_sentence)]
    if len(orgs) > 1:
        orgs = [o for o in orgs if not is_department(o)] or orgs
    return ProgrammePerson(name=m.group("name").strip(), affiliations=list(dict.fromkeys(orgs)))


def _named_again(bio: ProgrammePerson, roles: list[ProgrammeRole], role: str) -> ProgrammePerson:
    """The person of the section a bio names again in a short form (``Kasia Nowak is a
    Professor …`` under ``Katarzyna Nowak``): the bio's subject is the one named above it,
    so its places go to that person, and no second person is made."""
    for named in reversed(roles):
        if named.role != role or named.person.name == bio.name:
            continue
        said, _why = compare_names(named.person.name, [], bio.name, [], same_programme=True)
        if said != "different":
            return ProgrammePerson(name=named.person.name, affiliations=bio.affiliations)
    return bio


def is_department(text: str) -> bool:
    """A part of an organisation (``Department of X``, ``School of Y``, ``Z Group``)."""
    words = {w.casefold() for w in text.split()}
    return bool(words & {"department", "deptartment", "dept", "faculty", "group", "division"}) or (
        "school of" in text.casefold()
    )


def _tag_talk_title(args: Mapping[str, object]) -> str:
    """A template tag's field that titles a talk (``title``, ``talk``), not the person's
    job (``title="Associate Professor"``) nor the page's part; "" when it has none."""
    for key, value in args.items():
        if key in ("tag", "template") or "title" not in roles_of(str(key)):
            continue
        text = " ".join(str(value or "").split())
        if text and not is_job_title(text) and len(text.split()) <= 40:
            return text
    return ""


def _kind_section(heading: str) -> str:
    """``keynote`` for a heading that only names that kind in any language the kinds'
    words know (``主题演讲``, ``Conférences invitées``, ``기조연설``), as ``Keynotes``
    opens a keynotes section; "" for any other heading."""
    return "keynote" if kind_label_only(heading) and kind_of(heading) == "keynote" else ""
