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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from confnotes.importers.entries import kind_of
from confnotes.importers.programme import (
    Programme,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.textutil import (
    TIME_RANGE_RE,
    combine,
    decode,
    find_series,
    heading_text,
    parse_clock,
    parse_date,
    parse_person,
    series_timezone,
    strip_markdown_inline,
)
from confnotes.notebook.link_kinds import classify_link
from confnotes.notebook.slugs import make_slug

NAME = "notes"

_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")
"""An ATX heading; its text goes through :func:`heading_text`."""
_LINK_LINE_RE = re.compile(r"^\s*\[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*\\?\s*$")
_TALK_HEADING_RE = re.compile(
    r"^(?P<kind>spotlight|oral|talk|keynote|invited talk|poster|demo)"
    r"\s*\d*\s*[:.\-–]\s*(?P<title>.+)$",
    re.I,
)
_BARE_URL_RE = re.compile(
    r"^\s*(?:(?P<label>[\w][\w .-]{0,30}?)\s*:\s*)?<?(?P<url>https?://[^\s>\\]+)>?\s*\\?\s*$"
)
_NUMBERED_RE = re.compile(r"^(?P<num>\d{1,5})\s*[:.]\s+(?P<title>.+)$")
_TYPED_LABEL_RE = re.compile(
    r"\b(video|slides?|poster|paper|pdf|code|github|arxiv|openreview|recording|website|page)\b",
    re.I,
)
_SERIES_URL_RE = re.compile(r"(neurips|nips|icml|iclr)\.cc/Conferences/(\d{4})", re.I)
_DAY_URL_RE = re.compile(r"[?&]day=(\d{4}-\d\d-\d\d)")
_EVENT_RE = re.compile(r"[?&]event=(\d+)")
_ROOM_WORDS_RE = re.compile(
    r"\b(hall|room|ballroom|auditorium|theat(?:er|re)|east|west|north|south|level|floor|"
    r"lobby|foyer|salon|suite)\b|\d",
    re.I,
)
_SESSION_WORDS_RE = re.compile(
    r"\b(orals?|spotlights?|posters?|demonstrations?|demos?|socials?|keynotes?|invited talks?|"
    r"tutorials?|workshops?|panels?|sessions?|breaks?|lunch|competitions?|expo)\b",
    re.I,
)


@dataclass
class _Talk:
    talk: ProgrammeTalk
    body: list[str] = field(default_factory=list)
    line: int = 0


def detect(data: bytes) -> float:
    """Hard-break blocks (``\\`` line ends) of links and names, with notes under them."""
    text = data[:200_000].decode("utf-8", errors="replace")
    if text.lstrip().startswith(("---", "+++", "<?xml", "{", "BEGIN:VCALENDAR")):
        return 0.0
    breaks = len(re.findall(r"\\[ \t]*$", text, re.M))
    link_breaks = len(re.findall(r"\)\\[ \t]*$", text, re.M))
    timed = len(
        re.findall(
            r"^[^\S\n]*\d{1,2}[:.]\d\d[^\S\n]*(?:[ap]\.?m\.?)?[^\S\n]*[:@-]", text, re.M | re.I
        )
    )
    if breaks >= 3 and link_breaks >= 2:
        return 0.85 if timed or re.search(r"^#+\s", text, re.M) else 0.7
    if breaks >= 2 and link_breaks >= 1 and timed:
        return 0.5
    return 0.0


def why_not(data: bytes) -> str:
    """Why this is not a person's day notes."""
    return "no talk blocks of links and names joined by '\\' line breaks"


def parse(data: bytes, source: str) -> Programme:
    """A programme (with note bodies) from a person's notes of a conference day.

    Raises:
        BadInputError: empty or binary input.
    """
    return _NotesReader(decode(data, source)).read()


class _NotesReader:
    def __init__(self, text: str):
        self.text = text
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
        if m := _SERIES_URL_RE.search(self.text):
            self.p.series = "NeurIPS" if m.group(1).lower() in ("nips", "neurips") else m.group(1)
            self.p.series = self.p.series if self.p.series == "NeurIPS" else m.group(1).upper()
            self.year = int(m.group(2))
        else:
            series, year = find_series(self.text)
            self.p.series, self.year = series, year
        if m := _DAY_URL_RE.search(self.text):
            try:
                self.day = date.fromisoformat(m.group(1))
            except ValueError:  # 2023-02-31 in a URL (found by fuzzing): no day from it
                self.day = None
            self.year = self.year or (self.day.year if self.day else None)
        if self.p.series and self.year:
            self.p.name = f"{self.p.series} {self.year}"

    def read(self) -> Programme:
        self._context()
        i = 0
        while i < len(self.lines):
            i = self._line(i)
        self._flush_orphan()
        self._finish()
        return self.p

    # ------------------------------------------------------------ lines
    def _line(self, i: int) -> int:
        line = self.lines[i]
        line_no = i + 1
        heading = _HEADING_RE.match(line)
        if heading:
            return self._heading(i, len(heading.group(1)), heading_text(heading.group(2)))
        stripped = line.strip()
        if self.session_info_pending and stripped:
            self.session_info_pending = False
            if self._session_info(stripped):
                return i + 1
        if stripped.startswith("[") and (block := self._link_title(i)) is not None:
            title, url, after = block
            if not _TYPED_LABEL_RE.search(title) and self._starts_block(after):
                return self._talk_block(title, url, after, line_no)
        if (
            stripped.endswith("\\")
            and self.session is not None
            and not self.current_has_body()
            and self._starts_block(i + 1)
            and not stripped.startswith("[")
        ):
            return self._plain_talk_block(i)
        self._body_line(line, line_no)
        return i + 1

    def current_has_body(self) -> bool:
        return self.current is not None and any(x.strip() for x in self.current.body)

    def _heading(self, i: int, level: int, raw: str) -> int:
        plain = strip_markdown_inline(raw)
        url = m.group(1) if (m := re.search(r"\]\((https?://[^)\s]+)\)", raw)) else ""
        day = parse_date(plain, self.year)
        if day is not None and not _SESSION_WORDS_RE.search(plain):
            self._close_talk()
            self.day = day
            self.year = self.year or day.year
            return i + 1
        talk_heading = _TALK_HEADING_RE.match(plain)
        if talk_heading:
            self._close_talk()
            self._flush_orphan()
            title = talk_heading.group("title").strip()
            talk = ProgrammeTalk(
                title=title,
                kind=kind_of(talk_heading.group("kind")),
                room=self.session.room if self.session else "",
                session=self.session.key if self.session else None,
            )
            self._add_talk(talk, i + 1)
            return i + 1
        if _SESSION_WORDS_RE.search(plain) or url:
            self._close_talk()
            self._flush_orphan()
            self._new_session(plain, url)
            return i + 1
        if not self.p.name and level == 1:
            self.p.name = plain
            return i + 1
        self._body_line(self.lines[i], i + 1)
        return i + 1

    def _new_session(self, title: str, url: str) -> None:
        kind = kind_of(title)
        kind = {"talk": "oral"}.get(kind, kind) if re.search(r"\boral", title, re.I) else kind
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
        """``10:05 am : West Ballroom C\\`` or ``5:30 pm -- 10:30 PM @ Hall B`` or a room."""
        assert self.session is not None
        plain = strip_markdown_inline(text.rstrip("\\").strip())
        m = TIME_RANGE_RE.match(plain)
        clock = parse_clock(m.group(0)) if m and m.group(0).strip() else None
        if clock is not None and m is not None:
            rest = plain[m.end() :].strip()
            room = re.sub(r"^[:@\-–|]+\s*", "", rest).strip()
            if "@" in room:
                room = room.split("@", 1)[1].strip()
            self.session.start = combine(self.day, clock.start)
            self.session.end = combine(self.day, clock.end)
            self.session.room = room
            if clock.start and self.day and self._earlier_than_before():
                self.p.warnings.append(
                    f"session {self.session.title!r} at {clock.start:%H:%M} comes before the "
                    "previous session; kept as written"
                )
            return True
        if (
            len(plain) <= 60
            and _ROOM_WORDS_RE.search(plain)
            and not plain.startswith("[")
            and not re.search(r"[.!?]$", plain)
        ):
            self.session.room = plain
            return True
        return False

    def _earlier_than_before(self) -> bool:
        starts = [s.start for s in self.p.sessions[:-1] if s.start]
        current = self.session.start if self.session else None
        return bool(starts and current and current < max(starts))

    def _link_title(self, i: int) -> tuple[str, str, int] | None:
        """A ``[title](url)`` line (also split as ``[title`` / ``](url)``): title, url, next i."""
        line = self.lines[i].strip()
        m = _LINK_LINE_RE.match(line)
        if m:
            return " ".join(m.group("label").split()), m.group("url"), i + 1
        if "](" not in line and i + 1 < len(self.lines):
            joined = line + " " + self.lines[i + 1].strip()
            m = _LINK_LINE_RE.match(joined.replace(" ](", "]("))
            if m:
                return " ".join(m.group("label").split()), m.group("url"), i + 2
        return None

    def _starts_block(self, i: int) -> bool:
        """True when line ``i`` continues a talk block: a link, an author or a time."""
        if i >= len(self.lines):
            return False
        line = self.lines[i].strip()
        if not line:
            return False
        if _LINK_LINE_RE.match(line) or _BARE_URL_RE.match(line):
            return True
        plain = strip_markdown_inline(line.rstrip("\\"))
        if TIME_RANGE_RE.search(plain) and parse_clock(plain):
            return True
        return any(parse_person(x) for x in re.split(r"(?<!\s)\s+·\s+", plain))

    # ------------------------------------------------------------ talks
    def _talk_block(self, title: str, url: str, i: int, line_no: int) -> int:
        self._close_talk()
        self._flush_orphan()
        talk = ProgrammeTalk(
            title=title,
            kind=self._session_kind(),
            room=self.session.room if self.session else "",
            session=self.session.key if self.session else None,
        )
        talk.links.append(classify_link(url, "event"))
        talk.links[-1].kind = "page"
        event = _EVENT_RE.search(url)
        talk.source_id = f"event:{event.group(1)}" if event else url
        i = self._block_lines(talk, i)
        self._add_talk(talk, line_no)
        return i

    def _plain_talk_block(self, i: int) -> int:
        """A block whose first line is a title without a link (``802: Title\\``)."""
        self._close_talk()
        self._flush_orphan()
        title = strip_markdown_inline(self.lines[i].strip().rstrip("\\").strip())
        source_id = ""
        if m := _NUMBERED_RE.match(title):
            title, source_id = m.group("title"), f"{self.session.key if self.session else ''}:"
            source_id += m.group("num")
        talk = ProgrammeTalk(
            title=title,
            kind=self._session_kind(),
            room=self.session.room if self.session else "",
            session=self.session.key if self.session else None,
            source_id=source_id,
        )
        end = self._block_lines(talk, i + 1)
        self._add_talk(talk, i + 1)
        return end

    def _session_kind(self) -> str:
        if self.session is None:
            return "talk"
        return {"break": "talk"}.get(self.session.kind, self.session.kind)

    def _block_lines(self, talk: ProgrammeTalk, i: int) -> int:
        """Links, authors and a time line directly under a talk's title."""
        while i < len(self.lines):
            line = self.lines[i].strip()
            if not line or _HEADING_RE.match(line):
                break
            m = _LINK_LINE_RE.match(line)
            if m:
                talk.links.append(classify_link(m.group("url"), m.group("label")))
                i += 1
                continue
            if bare := _BARE_URL_RE.match(line):
                talk.links.append(classify_link(bare.group("url"), bare.group("label") or ""))
                i += 1
                continue
            plain = strip_markdown_inline(line.rstrip("\\").strip())
            people = [parse_person(x) for x in re.split(r"(?<!\s)\s+·\s+", line.rstrip("\\"))]
            if people and all(people):
                talk.speakers.extend(p for p in people if p is not None)
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
        entry = _Talk(talk, [], line_no)
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
