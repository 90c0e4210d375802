"""A person's own Markdown notes of a conference day (seed 001's shape).

The notes follow the day: a heading per session (``## [Orals](link)``,
``# Demonstrations``), a line with its time and room (``10:05 am : West
Ballroom C\\``, ``5:30 pm -- 10:30 PM @ East Hall``), then per talk a block of
lines joined by ``\\`` hard breaks — the title as a link to the event page
(possibly split over two lines), typed links (``[3 min video](…)``,
``[slides](…)``, ``[Poster](…)``), one author per line with affiliations in
parentheses (the presenter often in bold) — and below it, after a blank line,
the person's notes, which become that talk's note body verbatim. Headings such
as ``## Spotlight 2: Title`` are talks too. Notes with no talk to hang on are
kept in a talk named after their session, never dropped.

Read off the document tree (:mod:`confnotes.importers.doctree`): a talk block is a
paragraph whose lines are kept apart by line breaks; a title or a typed link is a line
that one link mark covers; the body is cut from the source by the lines of the nodes
that follow, as written.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qs, urlsplit

from confnotes.importers import doctree
from confnotes.importers.entries import clock_first, kind_of, leading_clock
from confnotes.importers.page import section_kind
from confnotes.importers.persons import parse_person
from confnotes.importers.programme import (
    Programme,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.textutil import (
    combine,
    decode,
    find_series,
    parse_clock,
    parse_date,
    series_timezone,
)
from confnotes.notebook.link_kinds import classify_link, link_kind
from confnotes.notebook.slugs import make_slug

NAME = "notes"

_KIND_PREFIXES = frozenset(
    {"spotlight", "oral", "talk", "keynote", "invited talk", "poster", "demo"}
)
"""``## Spotlight 2: Title``: a heading led by one of these is a talk, not a session."""
_PREFIX_SEPARATORS = (":", ".", " - ", " – ", "-", "–")
_SERIES_HOSTS = {
    "neurips.cc": "NeurIPS",
    "nips.cc": "NeurIPS",
    "icml.cc": "ICML",
    "iclr.cc": "ICLR",
}
"""Conference sites whose ``/Conferences/YEAR/`` pages day notes link to."""
_ROOM_WORDS = frozenset(
    {"hall", "room", "ballroom", "auditorium", "theater", "theatre", "east", "west", "north"}
    | {"south", "level", "floor", "lobby", "foyer", "salon", "suite"}
)
_MATERIAL = frozenset({"video", "slides", "poster", "code", "paper"})
_MACHINE_STARTS = ("---", "+++", "<?xml", "{", "BEGIN:VCALENDAR")


@dataclass
class _Link:
    """A link starting on a line: its words, target, and the line it ends on."""

    label: str
    url: str
    last: int
    """Index (in the paragraph) of the line the link ends on."""
    whole: bool
    """Nothing but the link on its lines (a ``\\`` aside)."""


@dataclass
class _Line:
    """One line of a paragraph: its words, the links on it, the source line it came from."""

    text: str
    source: str
    number: int
    """0-based line of the source."""
    links: list[_Link] = field(default_factory=list)
    """Links that start on this line."""
    hard: bool = False
    """Ended by a hard line break (``\\``)."""
    ends_with_link: bool = False

    @property
    def plain(self) -> str:
        return " ".join(self.text.rstrip("\\").split())

    def whole_link(self) -> tuple[str, str] | None:
        """(label, target) when one link is the whole line."""
        for link in self.links:
            if link.whole:
                return link.label, link.url
        return None

    def bare_link(self) -> tuple[str, str] | None:
        """(label, target) of ``Slides: https://…`` or ``<https://…>``."""
        text = self.plain
        at = max(text.find("http://"), text.find("https://"))
        if at < 0 or " " in text[at:]:
            return None
        label = text[:at].strip()
        if label and not (label.endswith(":") and label[0].isalnum() and len(label) <= 32):
            return None
        return label.rstrip(":").strip(), text[at:].strip("<>")


@dataclass
class _Talk:
    talk: ProgrammeTalk
    body: list[str] = field(default_factory=list)


def _lines(doc: doctree.Document, node: doctree.Node) -> list[_Line] | None:
    """A paragraph's lines with their links; None when its words do not line up with
    its source lines (a ``<br>`` inside a line)."""
    source = doc.source_of(node).rstrip("\n").split("\n")
    text = node.text
    texts = text.split("\n")
    if len(texts) != len(source):
        return None
    first = doc.line_of(node.start)
    starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    hard = {m.start for m in node.marks if m.kind == "break" and m.value == "hard"}
    out = [
        _Line(t, raw, first + n, hard=starts[n] + len(t) in hard)
        for n, (t, raw) in enumerate(zip(texts, source, strict=True))
    ]
    for mark in node.marks:
        if mark.kind != "link":
            continue
        a = bisect.bisect_right(starts, mark.start) - 1
        b = bisect.bisect_right(starts, max(mark.start, mark.end - 1)) - 1
        before = text[starts[a] : mark.start]
        after = text[mark.end : starts[b] + len(texts[b])].rstrip("\\")
        label = " ".join(text[mark.start : mark.end].split())
        whole = not before.strip() and not after.strip() and bool(label)
        out[a].links.append(_Link(label, mark.value, b, whole))
        if not after.strip():
            out[b].ends_with_link = True
    return out


def detect(data: bytes) -> float:
    """Hard-break blocks (``\\`` line ends) of links and names, with notes under them."""
    text = data[:200_000].decode("utf-8", errors="replace")
    if text.lstrip().startswith(_MACHINE_STARTS):
        return 0.0
    doc = doctree.parse(text)
    breaks = link_breaks = timed = 0
    headings = False
    for node in doc.root.walk():
        if node.kind == "heading":
            headings = True
        if node.kind != "paragraph" or not node.spanned:
            continue
        lines = _lines(doc, node) or []
        for line in lines:
            if line.hard or line.text.endswith("\\"):
                breaks += 1
                link_breaks += line.ends_with_link
            if _session_clock(line.plain):
                timed += 1
    if breaks >= 3 and link_breaks >= 2:
        return 0.85 if timed or headings else 0.7
    if breaks >= 2 and link_breaks >= 1 and timed:
        return 0.5
    return 0.0


def _session_clock(plain: str) -> bool:
    """``10:05 am : Room`` or ``5:30 pm -- 10:30 PM @ Hall``: a time led line."""
    return clock_first(plain) and leading_clock(plain)[0] is not None


def why_not(data: bytes) -> str:
    """Why this is not a person's day notes."""
    return "no talk blocks of links and names joined by '\\' line breaks"


def parse(data: bytes, source: str) -> Programme:
    """A programme (with note bodies) from a person's notes of a conference day.

    Raises:
        BadInputError: empty or binary input.
    """
    return _NotesReader(decode(data, source)).read()


def _conference_link(url: str) -> tuple[str, int | None, date | None]:
    """Series, year and day a conference site's link names
    (``neurips.cc/Conferences/2019/...?day=2019-12-10``)."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    series, year = "", None
    path = parts.path.split("/")
    if host in _SERIES_HOSTS and "Conferences" in path:
        at = path.index("Conferences")
        if at + 1 < len(path) and path[at + 1].isdigit():
            series, year = _SERIES_HOSTS[host], int(path[at + 1])
    day = None
    for value in parse_qs(parts.query).get("day", []):
        try:
            day = date.fromisoformat(value)
        except ValueError:  # 2023-02-31 in a URL (found by fuzzing): no day from it
            day = None
        break
    return series, year, day


class _NotesReader:
    def __init__(self, text: str):
        self.text = text
        self.doc = doctree.parse(text)
        self.lines = text.split("\n")
        self.p = Programme(name="", format=NAME)
        self.year: int | None = None
        self.day: date | None = None
        self.session: ProgrammeSession | None = None
        self.session_info_pending = False
        self.session_talks = 0
        self.current: _Talk | None = None
        self.talks: list[_Talk] = []
        self.keys: set[str] = set()
        self.orphan: list[str] = []
        self.orphan_line = 0

    # ------------------------------------------------------------ setup
    def _context(self) -> None:
        links = [url for node in self.doc.root.walk() for _w, url in _marks_links(node)]
        for url in links:
            series, year, _day = _conference_link(url)
            if series:
                self.p.series, self.year = series, year
                break
        else:
            self.p.series, self.year = find_series(self.text)
        for url in links:
            _series, _year, day = _conference_link(url)
            if day is not None:
                self.day = day
                self.year = self.year or day.year
                break
        if self.p.series and self.year:
            self.p.name = f"{self.p.series} {self.year}"

    def read(self) -> Programme:
        self._context()
        for node in self.doc.root.children:
            if not node.spanned:
                continue
            if node.kind == "heading":
                self._heading(node)
            elif node.kind == "paragraph" and (lines := _lines(self.doc, node)) is not None:
                self._paragraph(lines)
            else:
                self._body_node(node)
        self._flush_orphan()
        self._finish()
        return self.p

    def _body_node(self, node: doctree.Node) -> None:
        """Source lines of a node that is no talk block: the current talk's notes."""
        first = self.doc.line_of(node.start)
        last = self.doc.line_of(max(node.start, node.end - 1))
        if node.kind != "blank" and self.session_info_pending:
            self.session_info_pending = False
        for n in range(first, last + 1):
            self._body_line(self.lines[n], n + 1)

    # ------------------------------------------------------------ paragraphs
    def _paragraph(self, lines: list[_Line]) -> None:
        i = 0
        while i < len(lines):
            line = lines[i]
            if self.session_info_pending:
                self.session_info_pending = False
                if self._session_info(line.plain):
                    i += 1
                    continue
            title = self._link_title(lines, i)
            if title is not None:
                label, url, after = title
                if not _typed(label) and self._starts_block(lines, after):
                    i = self._talk_block(label, url, lines, after, line.number + 1)
                    continue
            if (
                (line.hard or line.text.endswith("\\"))
                and self.session is not None
                and not self.current_has_body()
                and self._starts_block(lines, i + 1)
                and not line.source.lstrip().startswith("[")
            ):
                i = self._plain_talk_block(lines, i)
                continue
            self._body_line(line.source, line.number + 1)
            i += 1

    def current_has_body(self) -> bool:
        return self.current is not None and any(x.strip() for x in self.current.body)

    def _link_title(self, lines: list[_Line], i: int) -> tuple[str, str, int] | None:
        """A line that is one link (its words may go on over the next lines, as in
        ``[title`` / ``](url)``): (title, target, index of the line after it)."""
        for link in lines[i].links:
            if link.whole:
                after = link.last + 1
                while after < len(lines) and not lines[after].plain:
                    after += 1  # ``](url)\`` left nothing of its line
                return link.label, link.url, after
        return None

    def _starts_block(self, lines: list[_Line], i: int) -> bool:
        """True when line ``i`` continues a talk block: a link, an author or a time."""
        if i >= len(lines):
            return False
        line = lines[i]
        plain = line.plain
        if not plain:
            return False
        if line.whole_link() or line.bare_link():
            return True
        if parse_clock(plain):
            return True
        return any(parse_person(x) for x in plain.split(" · "))

    # ------------------------------------------------------------ headings
    def _heading(self, node: doctree.Node) -> None:
        plain = " ".join(node.text.split())
        links = _marks_links(node)
        url = links[0][1] if links else ""
        sessionish = kind_of(plain) != "talk" or bool(section_kind(plain))
        day = parse_date(plain, self.year)
        if day is not None and not sessionish:
            self._close_talk()
            self.day = day
            self.year = self.year or day.year
            return
        prefixed = _kind_prefix(plain)
        if prefixed is not None:
            kind, title = prefixed
            talk = self._new_talk(title, kind_of(kind))
            self._add_talk(talk, self.doc.line_of(node.start) + 1)
            return
        if sessionish or url:
            self._close_talk()
            self._flush_orphan()
            self._new_session(plain)
            return
        if not self.p.name and node.level == 1:
            self.p.name = plain
            return
        self._body_node(node)

    def _new_session(self, title: str) -> None:
        kind = kind_of(title)
        base = make_slug(f"{self.day.isoformat() if self.day else ''} {title}", "session")
        key, n = base, 2
        while key in self.keys:
            key, n = f"{base}-{n}", n + 1
        self.keys.add(key)
        self.session = ProgrammeSession(key=key, title=title, kind=kind)
        self.p.sessions.append(self.session)
        self.session_info_pending = True
        self.session_talks = 0

    def _session_info(self, text: str) -> bool:
        """``10:05 am : West Ballroom C`` or ``5:30 pm -- 10:30 PM @ Hall B`` or a room."""
        assert self.session is not None
        plain = text.rstrip("\\").strip()
        start, end, rest, _ampm = leading_clock(plain) if clock_first(plain) else (None,) * 4
        if start is not None:
            room = str(rest).lstrip("@").strip()
            self.session.start = combine(self.day, start)
            self.session.end = combine(self.day, end)
            self.session.room = room.split("@", 1)[1].strip() if "@" in room else room
            if start and self.day and self._earlier_than_before():
                self.p.warnings.append(
                    f"session {self.session.title!r} at {start:%H:%M} comes before the "
                    "previous session; kept as written"
                )
            return True
        words = {w.casefold() for w in plain.replace(",", " ").split()}
        if (
            len(plain) <= 60
            and (words & _ROOM_WORDS or any(c.isdigit() for c in plain))
            and not plain.startswith("[")
            and not plain.endswith((".", "!", "?"))
        ):
            self.session.room = plain
            return True
        return False

    def _earlier_than_before(self) -> bool:
        starts = [s.start for s in self.p.sessions[:-1] if s.start]
        current = self.session.start if self.session else None
        return bool(starts and current and current < max(starts))

    # ------------------------------------------------------------ talks
    def _talk_block(self, title: str, url: str, lines: list[_Line], i: int, line_no: int) -> int:
        talk = self._new_talk(title)
        talk.links.append(classify_link(url, "event"))
        talk.links[-1].kind = "page"
        event = parse_qs(urlsplit(url).query).get("event", [""])[0]
        talk.source_id = f"event:{event}" if event.isdigit() else url
        i = self._block_lines(talk, lines, i)
        self._add_talk(talk, line_no)
        return i

    def _plain_talk_block(self, lines: list[_Line], i: int) -> int:
        """A block whose first line is a title without a link (``802: Title\\``)."""
        title = lines[i].plain
        source_id = ""
        number, sep, rest = title.partition(":") if ":" in title else title.partition(".")
        if sep and number.strip().isdigit() and len(number.strip()) <= 5 and rest.strip():
            title = rest.strip()
            source_id = f"{self.session.key if self.session else ''}:{number.strip()}"
        talk = self._new_talk(title, source_id=source_id)
        end = self._block_lines(talk, lines, i + 1)
        self._add_talk(talk, lines[i].number + 1)
        return end

    def _new_talk(self, title: str, kind: str | None = None, source_id: str = "") -> ProgrammeTalk:
        """A talk that opens under the session reached (in its room, of its kind unless
        ``kind`` says another): the talk before it ends, and notes written with no title
        since are kept first in a talk of their own."""
        self._close_talk()
        self._flush_orphan()
        return ProgrammeTalk(
            title=title,
            kind=self._session_kind() if kind is None else kind,
            room=self.session.room if self.session else "",
            session=self.session.key if self.session else None,
            source_id=source_id,
        )

    def _session_kind(self) -> str:
        if self.session is None:
            return "talk"
        return {"break": "talk"}.get(self.session.kind, self.session.kind)

    def _block_lines(self, talk: ProgrammeTalk, lines: list[_Line], i: int) -> int:
        """Links, authors and a time line directly under a talk's title."""
        while i < len(lines):
            line = lines[i]
            plain = line.plain
            if not plain:
                break
            if whole := line.whole_link():
                talk.links.append(classify_link(whole[1], whole[0]))
                i += 1
                continue
            if bare := line.bare_link():
                talk.links.append(classify_link(bare[1], bare[0]))
                i += 1
                continue
            people = [parse_person(x) for x in plain.split(" · ")]
            if people and all(people):
                talk.speakers.extend(p for p in people if p is not None)
                if len(people) == 1 and len(line.links) == 1 and people[0] is not None:
                    people[0].url = people[0].url or line.links[0].url
                i += 1
                continue
            clock = parse_clock(plain)
            if clock is not None:
                day = parse_date(plain, self.year) or self.day
                talk.start, talk.end = combine(day, clock.start), combine(day, clock.end)
                if "@" in plain:
                    talk.room = plain.split("@", 1)[1].strip()
                i += 1
                continue
            break
        return i

    def _add_talk(self, talk: ProgrammeTalk, line_no: int) -> None:
        if self.session is not None and talk.start is None and self.session_talks == 0:
            talk.start = self.session.start
            if len([t for t in self.talks if t.talk.session == self.session.key]) == 0:
                talk.end = None
        if talk.start is None and talk.day is None:
            talk.day = self.day  # no time under the day's heading (or a day= link): its day
        self.session_talks += 1
        entry = _Talk(talk, [])
        self.talks.append(entry)
        self.p.talks.append(talk)
        self.current = entry

    def _close_talk(self) -> None:
        self.current = None

    def _body_line(self, line: str, line_no: int) -> None:
        if self.current is not None:
            self.current.body.append(line)
        elif line.strip() or self.orphan:
            if not self.orphan:
                self.orphan_line = line_no
            self.orphan.append(line)

    def _flush_orphan(self) -> None:
        """Notes written under a session with no talk title: kept in a talk of their own."""
        text = "\n".join(self.orphan).strip("\n")
        self.orphan = []
        if not text.strip():
            return
        session = self.session
        if session is None:
            title = f"Notes, {self.day:%b %d}" if self.day else "Notes"
        else:
            when = f" {session.start:%H:%M}" if session.start else ""
            title = f"{session.title}{when}"
        talk = ProgrammeTalk(
            title=title,
            kind=self._session_kind(),
            start=session.start if session else None,
            room=session.room if session else "",
            session=session.key if session else None,
            body=text + "\n",
        )
        self.p.talks.append(talk)
        self.session_talks += 1
        self.p.warnings.append(
            f"line {self.orphan_line}: notes without a talk title; kept as talk {title!r}"
        )

    def _finish(self) -> None:
        for entry in self.talks:
            body = "\n".join(entry.body).strip("\n")
            entry.talk.body = body + "\n" if body.strip() else ""
        p = self.p
        days = [t.start.date() for t in p.talks if t.start] + [
            s.start.date() for s in p.sessions if s.start
        ]
        if self.day:
            days.append(self.day)
        if days:
            p.start, p.end = min(days), max(days)
        if p.timezone is None:
            p.timezone = series_timezone(p.series, self.year)
        if not p.name:
            year = self.year or (p.start.year if p.start else None)
            p.name = f"Conference notes {year}" if year else "Conference notes"


def _marks_links(node: doctree.Node) -> list[tuple[str, str]]:
    """(words, target) of the links a node holds."""
    return node.links() if node.kind in ("heading", "paragraph") else []


def _typed(label: str) -> bool:
    """A short link label that names a kind of material (``3 min video``, ``slides``),
    not a talk: the link's own kind says so."""
    return len(label.split()) <= 4 and link_kind("", label) in _MATERIAL


def _kind_prefix(plain: str) -> tuple[str, str] | None:
    """(kind word, title) of ``Spotlight 2: Title``, ``Oral. Title``, ``Demo - Title``."""
    for sep in _PREFIX_SEPARATORS:
        head, found, title = plain.partition(sep)
        word = head.strip().rstrip("0123456789").strip().casefold()
        if found and title.strip() and word in _KIND_PREFIXES:
            return word, title.strip()
    return None
