"""Workshop and programme pages written in Markdown (or HTML-ish Markdown).

Such pages say what they hold in their headings ("Invited Speakers",
"Organizers", "Important Dates", "Schedule"), so sections are classified by
heading words and read line by line: people as ``Name (Affiliation)``,
``Name [Affiliation]`` or ``Name, Affiliation`` list items or table cells;
milestones as ``Label: Sep 17, 2021``; schedule lines, table rows
(``| time | speaker (affiliation) | title |``) and headings such as ``### 9:00
Title by Speaker`` as talks. HTML comments are not data.
"""

from __future__ import annotations

import re

from confnotes.importers.entries import Entry, kind_of, leading_clock, parse_entry
from confnotes.importers.page import PageBuilder, section_kind, stated_timezone
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeSession
from confnotes.importers.textutil import (
    combine,
    decode,
    heading_text,
    parse_clock,
    parse_date,
    parse_person,
    strip_markdown_inline,
)

NAME = "markdown"

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
"""An ATX heading; its text goes through :func:`heading_text`."""
_HTML_HEADING_RE = re.compile(r"^\s*<h([1-6])[^>]*>(.*?)</h\1>\s*$", re.I)
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_LIST_RE = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(.*)$")
_TABLE_SEP_RE = re.compile(r"^\s*+\|?\s*+:?-{2,}:?\s*+(?:\|\s*+:?-{2,}:?\s*+)*+\|?\s*$")
"""``|---|:--:|``; possessive (``*+``) so a line of spaces fails at once instead of in n² steps."""
_DEADLINE_RE = re.compile(
    r"\b(?:deadline|due|submi(?:t|ssion)|notification|camera|registration|early bird|"
    r"posted|updated|published|last modified|copyright|©)",
    re.I,
)
_DATE_LINE_RE = re.compile(r"^\s*(?:\*\*)?(?:date|when|day)(?:\*\*)?\s*:\s*(\S.{0,80})$", re.I)
_MARK_RE = re.compile("\ue000(\\d+)\ue000")
_ROLES = ("organizer", "panelist", "keynote")
_BR_RE = re.compile(r"<br\s*/?>", re.I)
_ROW_RE = re.compile(r"<tr\b", re.I)
_CELL_RE = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", re.I | re.S)
_LI_RE = re.compile(r"^\s*<li\b[^>]*>(.*?)(?:</li>)?\s*$", re.I)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
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
    r"\bat\s+(?:the\s+)?(?P<venue>[A-Z][^.;()]*?(?:Center|Centre|Hall|Hotel|Building|"
    r"University|Campus|Institute|Convention)[^.,;()]*)"
)


def blank_comments(text: str) -> str:
    """Remove ``<!-- ... -->`` blocks but keep their newlines, so line numbers stay true."""
    return _COMMENT_RE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def detect(data: bytes) -> float:
    """Markdown headings, lists and links make a page; front matter is Jekyll's."""
    text = data[:65536].decode("utf-8", errors="replace").lstrip("\ufeff")
    head = text.lstrip()
    if head.startswith(("<?xml", "{", "[", "BEGIN:VCALENDAR", "---", "+++")):
        return 0.1 if head.startswith(("---", "+++")) else 0.0
    headings = [
        heading_text(m.group(2)) if m.re is _HEADING_RE else m.group(2)
        for m in (_HEADING_RE.match(x) or _HTML_HEADING_RE.match(x) for x in text.split("\n"))
        if m
    ]
    links = len(re.findall(r"\]\((?:https?://|#|mailto:)", text))
    tables = len(re.findall(r"^[^\S\n]*\|.*\|[^\S\n]*$|<tr\b", text, re.M | re.I))
    if not headings and links < 2 and tables < 2:
        return 0.05
    score = 0.45
    if any(section_kind(strip_markdown_inline(h)) for h in headings):
        score = 0.6
    return score


def why_not(data: bytes) -> str:
    """Why this is not a Markdown page (for the error when nothing fits)."""
    return "no Markdown headings, lists of links or tables"


def parse(data: bytes, source: str) -> Programme:
    """A programme from a Markdown page.

    Raises:
        BadInputError: empty or binary input.
    """
    text = decode(data, source)
    builder = PageBuilder(NAME, source)
    read_markdown(text, builder)
    return builder.finish(text)


def html_lines(text: str) -> str:
    """HTML-ish Markdown as Markdown lines: ``<li>`` items, ``<tr><td>`` rows, ``<br>``.

    Each replacement stays on its line, so line numbers in messages stay true.
    """
    if "<" not in text:
        return text
    text = _BR_RE.sub(" \\ ", text)
    out = []
    for line in text.split("\n"):
        if _ROW_RE.search(line) and _CELL_RE.search(line):
            cells = [c.strip() for c in _CELL_RE.findall(line)]
            line = "| " + " | ".join(cells) + " |"
        elif m := _LI_RE.match(line):
            line = "- " + m.group(1)
        out.append(line)
    return "\n".join(out).replace(" \\ ", "\n")


def read_markdown(text: str, b: PageBuilder, first_line: int = 1) -> None:
    """Read a Markdown page (or a Jekyll page's body) into ``b``."""
    text = html_lines(blank_comments(text))
    b.note_series(text)
    lines = text.split("\n")
    section, section_level = "", 0
    header: list[str] | None = None
    heading_seen = 0
    tz_checked = False
    for index, raw in enumerate(lines):
        line_no = index + first_line
        line = raw.rstrip()
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        heading = _HEADING_RE.match(line) or _HTML_HEADING_RE.match(line)
        level, title = 0, ""
        if heading:
            level, title = (
                len(heading.group(1)) if heading.re is _HEADING_RE else int(heading.group(1)),
                heading_text(heading.group(2)) if heading.re is _HEADING_RE else heading.group(2),
            )
        elif (
            line.strip()
            and _SETEXT_RE.match(nxt)
            and not _LIST_RE.match(line)
            and not line.lstrip().startswith("|")
            and len(nxt.strip()) >= 3
        ):
            level, title = (1 if nxt.strip().startswith("=") else 2), line
        if level:
            heading_seen += 1
            plain = strip_markdown_inline(title)
            if not b.programme.name and plain:
                b.programme.name = plain
            kind = section_kind(plain)
            if kind:
                section, section_level = kind, level
            elif level <= section_level or (not section_level and section != "schedule"):
                section, section_level = "", 0
            if section == "schedule" and (tz := stated_timezone(plain)):
                b.programme.timezone = tz
                tz_checked = True
            if section not in ("dates", "papers") and (day := parse_date(plain, b.year)):
                b.set_day(day)  # a date in any heading applies to what follows it
                b.day = day
            if heading_seen > 1 or section == "schedule":
                _heading_talk(plain, section, b, line_no)
            header = None
            continue
        if _SETEXT_RE.match(line) and index and lines[index - 1].strip():
            continue
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("|"):
            header = _table_row(stripped, section, header, b, line_no)
            continue
        header = None
        item_match = _LIST_RE.match(line)
        item = item_match.group(1) if item_match else stripped
        if mark := _MARK_RE.fullmatch(item.strip()):
            b.add_role(
                b.people_marks[int(mark.group(1))], section if section in _ROLES else "other"
            )
            continue
        if section in ("organizer", "panelist", "keynote"):
            person = parse_person(item)
            if person is not None:
                b.add_role(person, section)
            continue
        if section == "dates":
            b.add_date(item, line_no)
            continue
        if section == "schedule":
            if not tz_checked and (tz := stated_timezone(stripped)) and len(stripped) < 80:
                b.programme.timezone = tz
                tz_checked = True
            start, _end, _rest, _ampm = leading_clock(item)
            if start is not None:
                entry = parse_entry(item)
                if entry is not None:
                    b.add_entry(entry, line_no)
                continue
        if b.programme.start is None and not section:
            _event_sentence(stripped, b)
        if (m := _DATE_LINE_RE.match(item)) and (day := parse_date(m.group(1), b.year)):
            b.set_day(day)  # "Date: September 9, 2025" applies to what follows
            b.day = day
        elif (
            b.day is None
            and section not in ("dates", "papers")
            and not item_match
            and not _DEADLINE_RE.search(stripped)
            and (day := parse_date(strip_markdown_inline(stripped), b.year))
        ):
            b.set_day(day)  # "Co-located with ICLR 2024, Vienna. Friday, May 10, 2024."
            b.day = day
    if b.day is None and b.programme.start is not None:
        b.day = b.programme.start


def _heading_talk(plain: str, section: str, b: PageBuilder, line_no: int) -> None:
    """``### 9:00 Title by Speaker`` (or any ``Title by Speaker`` heading) is a talk."""
    start, _end, _rest, _ampm = leading_clock(plain)
    if start is None and not re.search(r"\sby\s", plain, re.I):
        return
    entry = parse_entry(plain)
    if entry is None:
        return
    if start is None and not entry.speakers:
        return
    b.add_entry(entry, line_no)


def _cells(row: str) -> list[str]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in re.split(r"(?<!\\)\|", inner)]


def _table_row(
    row: str, section: str, header: list[str] | None, b: PageBuilder, line_no: int
) -> list[str] | None:
    """One table row; returns the header in force (the first row of a table)."""
    if _TABLE_SEP_RE.match(row):
        return header
    cells = _cells(row)
    if header is None:
        lowered = [strip_markdown_inline(c).lower() for c in cells]
        if any(
            re.search(r"\b(time|when|speaker|title|talk|name|affiliation|session|room)\b", c)
            for c in lowered
        ) and not any(leading_clock(c)[0] for c in cells):
            return lowered
        header = []
    if section in ("organizer", "panelist", "keynote") and not any(
        leading_clock(c)[0] for c in cells
    ):
        _people_row(cells, header, section, b)
        return header
    entry = _entry_from_cells(cells, header)
    if entry is not None and (entry.start is not None or section == "schedule"):
        b.add_entry(entry, line_no, room=_column(cells, header, "room"))
    return header


def _column(cells: list[str], header: list[str], word: str) -> str:
    for i, name in enumerate(header):
        if word in name and i < len(cells):
            return strip_markdown_inline(cells[i])
    return ""


def _people_row(cells: list[str], header: list[str], role: str, b: PageBuilder) -> None:
    name = _column(cells, header, "name") if header else ""
    if name:
        aff = _column(cells, header, "affiliation") or _column(cells, header, "institution")
        person: ProgrammePerson = parse_person(name) or ProgrammePerson(name=name)
        if aff and aff not in person.affiliations:
            person.affiliations.append(aff)
        b.add_role(person, role)
        return
    for cell in cells:
        if found := parse_person(cell):
            b.add_role(found, role)


def _entry_from_cells(cells: list[str], header: list[str]) -> Entry | None:
    """A schedule entry from table cells: columns by header names, else by content."""
    time_text, title, who, kind_text = "", "", "", ""
    for i, cell in enumerate(cells):
        name = header[i] if i < len(header) else ""
        plain = strip_markdown_inline(cell)
        if not plain:
            continue
        if re.search(r"\b(time|when|slot)\b", name) or (
            not time_text and not name and leading_clock(plain)[0] and len(plain) < 30
        ):
            time_text = plain
        elif re.search(r"speaker|presenter|who|author", name):
            who = cell
        elif re.search(r"title|talk|topic|what|event", name):
            title = plain
        elif re.search(r"type|kind|format", name):
            kind_text = plain
        elif not name and not who and parse_person(cell) is not None:
            who = cell
        elif not name and not title:
            title = plain
    if not title and not who:
        return None
    if who and title and parse_person(who) is None and split_speakers(who) == []:
        who = ""  # "Organizers", "TBA", "Various" in the speaker column: not a speaker
    line = f"{time_text} {who + ' - ' if who else ''}{title}".strip()
    entry = parse_entry(line)
    if entry is None:
        return None
    if kind_text and kind_of(kind_text) != "talk":
        entry.kind = kind_of(kind_text)
    if who and not entry.speakers and (person := parse_person(who)):
        entry.speakers = [person]
        entry.title = title or entry.title
    clock = parse_clock(time_text) if time_text else None
    if clock is not None and entry.start is None:
        entry.start, entry.end = clock.start, clock.end
    return entry


def _event_sentence(text: str, b: PageBuilder) -> None:
    """``taking place on Dec 2nd 2022 from 8:50am to 5:00pm in Room 293 at the X Center``."""
    plain = strip_markdown_inline(text)
    m = _EVENT_RE.search(plain)
    if m is None:
        return
    rest = m.group("rest")
    day = parse_date(rest, b.year)
    if day is None:
        return
    b.set_day(day)
    room = _ROOM_RE.search(rest)
    room_name = room.group("room").strip() if room else ""
    if venue := _VENUE_RE.search(rest):
        b.programme.location = venue.group("venue").strip()
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
