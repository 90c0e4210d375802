"""iCalendar (``.ics``) programmes, as pretalx, Indico, Sched, Google and Outlook export them.

Read with the ``icalendar`` library after a structural pre-pass of our own, which unfolds
lines (a 1 MB folded DESCRIPTION is fine), checks that BEGIN/END pair up and remembers the
line of every event so that errors and warnings can name it.

Times: TZID and UTC times are converted to the programme's timezone (``X-WR-TIMEZONE``,
else the zone most events use); floating times are kept as written. Events without DTEND
(and without DURATION) have no end. Recurring events are never expanded without bound: a
rule with COUNT or UNTIL and a plain daily/weekly step gives at most
:data:`MAX_OCCURRENCES` occurrences; anything else gives its first occurrence only.

Speakers: calendars rarely have a field for them, so they are read from the SUMMARY
("Title (talk by NAME)", "Title - Name [Affiliation]", pretalx's "Title - A, B") or from a
"Speaker:" line of the DESCRIPTION.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta, tzinfo
from pathlib import PurePath
from typing import Any, BinaryIO

import icalendar

from confnotes.errors import BadInputError
from confnotes.importers.entries import kind_of
from confnotes.importers.fields import ROLE_WORDS, is_key_word
from confnotes.importers.json_stream import bad_utf8
from confnotes.importers.listed_talks import ListedTalk, listed_talks
from confnotes.importers.persons import (
    is_organisation,
    is_person_name,
    is_placeholder,
    role_people,
    split_speakers,
    titled_people_line,
    without_nickname,
)
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.schedule_util import (
    add_break,
    check_event_count,
    check_size,
    clean_name,
    decode_text,
    head_text,
    html_to_text,
    person_name,
    safe_url,
    series_of,
    shift_date,
    tag_of,
    talk_kind,
    to_local,
    typed_link,
    zone,
    zone_name,
)
from confnotes.importers.textutil import split_outside_brackets
from confnotes.importers.title_speakers import title_and_speakers
from confnotes.model import Link

NAME = "ical"

MAX_OCCURRENCES = 60
"""Most occurrences taken from one bounded recurrence rule."""

MAX_LINE_CHARS = 10_000_000
"""Longest content line (unfolded) of a calendar read in pieces: a 10 MB description."""

MAX_NESTING = 16
"""Deepest BEGIN/END nesting accepted (a calendar is 3 deep: VCALENDAR/VTIMEZONE/STANDARD)."""

_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+(?:;[^:]*)?:", re.DOTALL)
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def detect(data: bytes) -> float:
    """Confidence that ``data`` is iCalendar: it starts with ``BEGIN:VCALENDAR``."""
    try:
        head = head_text(data, 1024).lstrip()
        if head[:15].upper() == "BEGIN:VCALENDAR":
            return 0.95
        return 0.0
    except Exception:
        return 0.0


def why_not(data: bytes) -> str:
    """Why this is not iCalendar (for the error when no format fits)."""
    return "does not start with BEGIN:VCALENDAR"


def parse(data: bytes, source: str) -> Programme:
    """Read an iCalendar file into a :class:`Programme`."""
    check_size(data, source)
    text = decode_text(data, source)
    structure = _Structure(source)
    logical = _logical(_LINE_BREAK.split(text))
    kept = [content for line, content in logical if structure.feed(line, content)]
    structure.finish()
    cleaned = "\r\n".join(kept) + "\r\n"
    calendars = _from_ical(cleaned, source, None)
    if not calendars:
        raise BadInputError("no VCALENDAR found", source, 1)
    events = [ev for cal in calendars for ev in cal.walk("VEVENT")]
    lines = structure.event_lines
    numbered = ((ev, lines[i] if i < len(lines) else None) for i, ev in enumerate(events))
    reader = _Reader(calendars[0], events[:_TZ_SAMPLE], numbered, structure.warnings, source)
    return reader.programme()


def parse_file(stream: BinaryIO, source: str) -> Programme:
    """Read an iCalendar file of any size from an open file, one VEVENT at a time.

    A first pass checks the structure (as :func:`parse` does) and keeps the calendar's
    own properties, its VTIMEZONEs and the start times the timezone is guessed from; the
    second hands each VEVENT, unfolded, to ``icalendar`` and lets it go once read.
    """
    structure = _Structure(source)
    collect = _Collector()
    for line, content in _logical(_physical_lines(stream, source), source, bounded=True):
        if structure.feed(line, content):
            collect.feed(content, structure.stack)
    structure.finish()
    zones = "".join("\r\n".join(block) + "\r\n" for block in collect.timezones)
    first = _from_ical(
        f"BEGIN:VCALENDAR\r\n{zones}"
        + "".join(f"{p}\r\n" for p in collect.properties)
        + "END:VCALENDAR\r\n",
        source,
        1,
    )[0]  # caches the VTIMEZONEs for the events
    samples = "".join(
        "BEGIN:VEVENT\r\n" + "".join(f"{p}\r\n" for p in starts) + "END:VEVENT\r\n"
        for starts in collect.starts
    )
    sample = _from_ical(f"BEGIN:VCALENDAR\r\n{samples}END:VCALENDAR\r\n", source, 1)[0]
    events = _streamed_events(stream, source)
    return _Reader(first, sample.walk("VEVENT"), events, structure.warnings, source).programme()


_TZ_SAMPLE = 5000
"""Events whose start times decide the programme's timezone when the calendar names none."""


def _from_ical(text: str, source: str, line: int | None) -> list[Any]:
    try:
        return list(icalendar.Calendar.from_ical(text, multiple=True))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise BadInputError(f"unreadable iCalendar: {exc}", source, line) from None
    except (OSError, RecursionError):
        # icalendar looks a TZID up as a file (a 5,000-character one raised OSError) and
        # as a package path (a TZID of 2,000 dots recursed in importlib)
        raise BadInputError(
            "unreadable iCalendar: a TZID is not a time zone name", source, line
        ) from None


def _physical_lines(stream: BinaryIO, source: str) -> Iterator[str]:
    """The file's lines (CRLF, LF or CR ends), decoded as :func:`decode_text` would."""
    stream.seek(0)
    head = stream.read(4)
    stream.seek(0)
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    reader = io.TextIOWrapper(stream, encoding=encoding, newline=None)
    try:
        number = 0
        while physical := reader.readline(MAX_LINE_CHARS + 1):
            number += 1
            if len(physical) > MAX_LINE_CHARS:
                raise BadInputError(_too_long(), source, number)
            yield physical[:-1] if physical.endswith("\n") else physical
        yield ""  # like splitting text that does not end with a line break
    except UnicodeDecodeError:
        found = bad_utf8(stream, source)
        raise found or BadInputError(f"not {encoding} text", source) from None
    finally:
        reader.detach()


def _too_long() -> str:
    return f"a content line longer than {MAX_LINE_CHARS:,} characters; not a programme"


def _logical(
    physical_lines: Iterable[str], source: str = "", bounded: bool = False
) -> Iterator[tuple[int, str]]:
    """Content lines unfolded (RFC 5545 3.1), with the line each starts on; ``bounded``
    refuses one longer than :data:`MAX_LINE_CHARS` (a streamed file has no size cap)."""
    pieces: list[str] = []
    start_line = 0
    length = 0
    for number, physical in enumerate(physical_lines, start=1):
        if physical[:1] in (" ", "\t") and pieces:
            pieces.append(physical[1:])
            length += len(physical)
            if bounded and length > MAX_LINE_CHARS:
                raise BadInputError(_too_long(), source, start_line)
            continue
        if pieces:
            yield start_line, "".join(pieces)
        pieces = [physical] if physical.strip() else []
        length = len(physical)
        start_line = number
    if pieces:
        yield start_line, "".join(pieces)


class _Structure:
    """The structural check of a calendar, one unfolded content line at a time: BEGIN/END
    pair up, nesting is bounded, events are counted, stray lines are skipped (and
    reported) rather than handed to ``icalendar``."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.event_lines: list[int] = []
        self.warnings: list[str] = []
        self.stack: list[tuple[str, int]] = []
        self.kept = 0
        self.junk = 0
        self.events = 0
        self.first = True

    def feed(self, line_number: int, content: str) -> bool:
        """Check one content line; False when it is skipped (not a property)."""
        if self.first:
            self.first = False
            if content.strip().upper() != "BEGIN:VCALENDAR":
                raise BadInputError(
                    "not iCalendar: the first line is not BEGIN:VCALENDAR", self.source, line_number
                )
        if not _CONTENT_LINE.match(content):
            self.junk += 1
            if self.junk <= 3:
                self.warnings.append(
                    f"{self.source}:{line_number}: skipped a line that is not an "
                    f"iCalendar property: {content[:40]!r}"
                )
            if self.junk > 1000 and self.junk > self.kept:
                raise BadInputError(
                    "mostly not iCalendar: too many lines are not properties",
                    self.source,
                    line_number,
                )
            return False
        name, _, value = content.partition(":")
        upper = name.upper()
        stack = self.stack
        if upper == "BEGIN":
            component = value.strip().upper()
            if not stack and component != "VCALENDAR":
                raise BadInputError(
                    f"BEGIN:{component[:30]} outside of a VCALENDAR", self.source, line_number
                )
            stack.append((component, line_number))
            if len(stack) > MAX_NESTING:
                raise BadInputError(
                    f"components nested more than {MAX_NESTING} deep", self.source, line_number
                )
            if component == "VEVENT":
                self.events += 1
                check_event_count(self.events, self.source, line_number)
                self.event_lines.append(line_number)
        elif upper == "END":
            component = value.strip().upper()
            if not stack:
                raise BadInputError(
                    f"END:{component[:30]} without a matching BEGIN", self.source, line_number
                )
            opened, opened_at = stack.pop()
            if opened != component:
                raise BadInputError(
                    f"END:{component[:30]} closes BEGIN:{opened[:30]} of line {opened_at}",
                    self.source,
                    line_number,
                )
        elif not stack:
            raise BadInputError("a property after END:VCALENDAR", self.source, line_number)
        self.kept += 1
        return True

    def finish(self) -> None:
        """Raise when the file ended inside a component (or had no content at all)."""
        if self.first:
            raise BadInputError(
                "not iCalendar: the first line is not BEGIN:VCALENDAR", self.source, 1
            )
        if self.stack:
            opened, opened_at = self.stack[-1]
            raise BadInputError(
                f"BEGIN:{opened[:30]} of line {opened_at} is never closed (truncated file?)",
                self.source,
                opened_at,
            )


class _Collector:
    """What a streamed read keeps from its first pass: the first calendar's own
    properties, every VTIMEZONE, and the DTSTART lines of the first events."""

    def __init__(self) -> None:
        self.properties: list[str] = []
        self.timezones: list[list[str]] = []
        self.starts: list[list[str]] = []
        self.calendars = 0
        self._zone_depth = 0
        self._event_depth = 0

    def feed(self, content: str, stack: list[tuple[str, int]]) -> None:
        name, _, value = content.partition(":")
        upper = name.upper()
        depth = len(stack)  # after the line: BEGIN pushed, END popped
        if self._zone_depth:
            self.timezones[-1].append(content)
            if upper == "END" and depth < self._zone_depth:
                self._zone_depth = 0
            return
        if upper == "BEGIN":
            component = value.strip().upper()
            if component == "VCALENDAR" and depth == 1:
                self.calendars += 1
            elif component == "VTIMEZONE":
                self._zone_depth = depth
                self.timezones.append([content])
            elif component == "VEVENT" and len(self.starts) < _TZ_SAMPLE:
                self._event_depth = depth
                self.starts.append([])
            return
        if upper == "END":
            if depth < self._event_depth:
                self._event_depth = 0
            return
        if depth == 1 and self.calendars == 1:
            self.properties.append(content)
        elif (
            self._event_depth
            and depth == self._event_depth
            and name.split(";", 1)[0].upper() == "DTSTART"
        ):
            self.starts[-1].append(content)


def _streamed_events(stream: BinaryIO, source: str) -> Iterator[tuple[Any, int | None]]:
    """Each VEVENT of the file parsed on its own, with the line it begins on."""
    block: list[str] = []
    depth = 0
    begun = 0
    for line, content in _logical(_physical_lines(stream, source)):
        if not _CONTENT_LINE.match(content):
            continue
        name, _, value = content.partition(":")
        upper = name.upper()
        if block:
            block.append(content)
            if upper == "BEGIN":
                depth += 1
            elif upper == "END":
                depth -= 1
                if depth == 0:
                    text = "\r\n".join(block) + "\r\n"
                    block = []
                    wrapped = f"BEGIN:VCALENDAR\r\n{text}END:VCALENDAR\r\n"
                    for calendar in _from_ical(wrapped, source, begun):
                        yield from ((event, begun) for event in calendar.walk("VEVENT"))
        elif upper == "BEGIN" and value.strip().upper() == "VEVENT":
            block, depth, begun = [content], 1, line


_DESCRIPTION_SPEAKER = re.compile(
    r"^[^\S\n]*(?:speakers?|presenters?|presented by|talk by|by|authors?|moderators?|panelists?|"
    + "|".join(sorted(ROLE_WORDS["speaker"], key=len, reverse=True))
    + r")"
    r"[^\S\n]*[:–—-][^\S\n]*(.{2,400})$",
    re.IGNORECASE | re.MULTILINE,
)
_PARTICLES = {
    "van", "von", "de", "der", "den", "da", "di", "du", "dos", "das", "del", "della", "la",
    "le", "y", "bin", "ibn", "al", "el", "ten", "ter", "zu", "st.",
}  # fmt: skip
_AFFILIATION = re.compile(r"^(.*?)(?<!\s)\s*[(\[]([^()\[\]]{1,200})[)\]]\s*$")
_HREF = re.compile(r"""href\s*=\s*["']([^"']{1,2000})["']""", re.IGNORECASE)
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_TITLE_KIND = re.compile(
    r"^(keynote|invited talk|panel|poster session|posters|lunch|coffee|break|tutorial|workshop)\b",
    re.IGNORECASE,
)


def _said_kind(summary: str, title: str) -> str:
    """The kind a summary's label says (``Palestra de abertura: …``, ``Almoço``), in the
    languages of :data:`confnotes.importers.kinds.KIND_WORDS`; ``talk`` otherwise."""
    label = re.split(r"(?<!\s)\s*[:：]\s+|(?<!\s)\s+[-–—]\s+", summary, maxsplit=1)[0]
    if title.endswith(")") and (cut := title.rfind("(")) > 0:
        title = title[:cut].strip()  # "Panel (Cont.)": a note on the slot, not its words
    for text in (label, title) if label != summary else (title,):
        kind = kind_of(text) if len(text.split()) <= 4 else "talk"
        if kind in ("keynote", "panel", "spotlight", "oral", "poster", "demo", "break"):
            return kind
    return "talk"


def _looks_like_name(text: str, lenient: bool = False) -> bool:
    """True for "Ada Lovelace", "Jean-Luc van der Berg", "J. R. Smith"; False for phrases,
    rooms, organisations and placeholders (the importers' shared person test). ``lenient``
    (after "by"/"with") also takes a lone or lower-case name."""
    tokens = text.split()
    if not tokens or len(text) > 80 or any(ch.isdigit() for ch in text):
        return False
    if is_placeholder(text) or is_organisation(text):
        return False
    if lenient:
        return len(tokens) <= 6
    return is_person_name(text)


def _split_people(text: str, lenient: bool = False) -> list[ProgrammePerson] | None:
    """People in "A [X], B (Y) and C"; None when any piece does not look like a name."""
    text = re.sub(r"(?<!\s)\s+(?:and|und|&)\s+", ", ", text.strip().rstrip("."))
    pieces = [p.strip() for p in split_outside_brackets(text, _COMMA_RE) if p.strip()]
    people: list[ProgrammePerson] = []
    for piece in pieces:
        affiliation = ""
        match = _AFFILIATION.match(piece)
        if match:
            piece, affiliation = match[1].strip(), clean_name(match[2])
        if not _looks_like_name(piece, lenient):
            if people and not affiliation and len(piece.split()) <= 6 and not lenient:
                people[-1].affiliations.append(clean_name(piece))  # "Jane Doe, MIT"
                continue
            return None
        people.append(
            ProgrammePerson(
                name=person_name(piece), affiliations=[affiliation] if affiliation else []
            )
        )
    return people or None


def speakers_from_summary(summary: str, lenient: bool = False) -> tuple[str, list[ProgrammePerson]]:
    """The title and speakers of a SUMMARY that names them; the SUMMARY itself otherwise
    (the one person test of :func:`confnotes.importers.persons.title_and_speakers`)."""
    return title_and_speakers(summary, lenient)


def speakers_from_description(description: str) -> tuple[str, list[ProgrammePerson]]:
    """Speakers from "Speaker: ..." lines, and the description without those lines."""
    people: list[ProgrammePerson] = []
    for match in _DESCRIPTION_SPEAKER.finditer(description):
        found = role_people(match[1])  # the "Speaker:" label vouches for a lone name
        if found:
            people.extend(found)
    if people:
        description = _DESCRIPTION_SPEAKER.sub("", description).strip()
    return description, people


def description_byline(description: str, summary: str = "") -> list[ProgrammePerson]:
    """The people of a description whose opening lines name them without a label, each or
    one of them after a title (``18:00 – 18:30`` then ``Dra. Ana Ruiz, Bo Lind``): the
    by-line a programme tool writes under the slot's clock; [] when no opening line is one,
    or when the ``summary`` names a meal, a pause or a social event (``Dinner`` over
    ``Mr. Chow, Canal Street``: where it is held, not who speaks)."""
    if summary and kind_of(summary) in ("break", "social"):
        return []
    lead = description.strip().split("\n\n", 1)[0]
    for line in lead.split("\n")[:3]:
        if people := titled_people_line(line):
            return people
    return []


_LEAD_SEP = re.compile(r"(?<!\s)(?:,|:|\s[-–—])\s")
"""Where a description's first line parts its lead from the rest (``Surname, Title``)."""


def _speaker_line_over(found: list[ProgrammePerson], description: str) -> list[ProgrammePerson]:
    """The people of a description's ``Speaker:`` line where it reads more of them than the
    summary's tail did and every one the summary found is among them (``Ana Ruiz, Bo C
    D`` after a dash read as one name and an affiliation): the line's label vouches for
    each name that reads as a person, not one a bracket gives another role (``Finn Olsen
    (moderator)``) or a crew (``Room Crew``); the summary's reading otherwise."""
    from confnotes.knowledge.people import name_key

    labelled = [
        p
        for p in speakers_from_description(description)[1]
        if is_person_name(p.name, single_ok=True)
        and not any(is_key_word(a) and "speaker" not in a.casefold() for a in p.affiliations)
    ]
    keys = {name_key(p.name) for p in labelled}
    if len(labelled) > len(found) and all(name_key(p.name) in keys for p in found):
        return labelled
    return found


def echoed_speakers(summary: str, description: str) -> list[ProgrammePerson]:
    """``Lecture 2.a: Ruiz`` over a description opening ``Ruiz, Sheaves and Stacks``: the
    words after the summary's label are the very words the description leads with before
    its course title, two fields agreeing on who gives the slot; [] when they differ, the
    rest is no title (``Rust, a language …``) or the words are no one's name."""
    head, colon, tail = summary.rpartition(": ")
    tail = tail.strip()
    if not colon or not head.strip() or not 2 <= len(tail) <= 60 or len(tail.split()) > 4:
        return []
    first = description.strip().split("\n", 1)[0]
    if not first.startswith(tail) or not (sep := _LEAD_SEP.match(first, len(tail))):
        return []
    rest = first[sep.end() :].strip()
    if not rest or not rest[0].isupper() or kind_of(tail) != "talk":
        return []
    return split_speakers(tail, single_ok=True)


def _without_named_tail(title: str, speakers: list[ProgrammePerson]) -> str:
    """``Title - Sebastian`` when a ``Speaker: Sebastian`` line named him: the title
    without the names the description gave (its dash found with ``str.rfind``)."""
    if not speakers:
        return title
    from confnotes.knowledge.people import name_key

    names = [name_key(p.name) for p in speakers]
    for dash in (" - ", " – ", " — "):
        cut = title.rfind(dash)
        if cut > 0:
            tail = [name_key(p.name) for p in role_people(title[cut + len(dash) :])]
            if tail and tail == names:
                return title[:cut].rstrip()
    return title


def _organiser(event: Any) -> tuple[str, str]:
    """An event's ORGANIZER: its common name and its mail address ("" when absent)."""
    value = event.get("ORGANIZER")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return "", ""
    params = getattr(value, "params", {}) or {}
    mail = str(value).split(":", 1)[-1] if ":" in str(value) else str(value)
    cn = params.get("CN", "")
    if isinstance(cn, (list, tuple)):  # "CN=A, B" is read as a list of values
        cn = ", ".join(str(c) for c in cn)
    return " ".join(str(cn).split()), mail


def _names_mail_domain(name: str, mail: str) -> bool:
    """``Metro Olografix`` for ``info@olografix.org``: the CN is the sender's own
    organisation (its mail domain spells it), not a person."""
    labels = re.split(r"[@.]", mail.casefold())
    label = labels[-2] if len(labels) >= 3 else ""
    words = re.findall(r"\w+", name.casefold())
    return bool(label) and (
        "".join(words) in label or any(len(w) >= 4 and w in label for w in words)
    )


def organiser_people(name: str) -> list[ProgrammePerson]:
    """The people an ORGANIZER's common name holds: a CN names people by role, so a name
    written all in lower case ("fabio carletti") is still one."""
    people = split_speakers(name, single_ok=True)
    base, nicknames = without_nickname(name)
    if people or base != base.lower() or not is_person_name(base.title()):
        return people
    return [ProgrammePerson(base, aliases=nicknames)]


_COMMA_RE = re.compile(r"[,;]")
_ESCAPE = re.compile(r"\\([\\;,nN])")


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    text = str(value).replace("\r\n", "\n")
    if name.startswith("X-"):  # icalendar leaves unknown properties escaped
        text = _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)
    return text.strip()


_KIND_LINE_WORDS = 3
"""Words a description line that only says the event's kind may have (``Workshop``)."""
_KIND_LINE_CHARS = 60
"""Characters such a line may have (``Hands-on tutorial``): a longer one is no kind's."""


def _kind_lines(description: str) -> list[str]:
    """A description written as lines of fields, one of them the event's kind alone
    (``Workshop``, ``Hands-on tutorial``, ``Social``): those lines, as a CATEGORIES
    property would give them; a line of other words, or a kind's word that tells nothing
    (``Seminar``), is no category."""
    found: list[str] = []
    for raw in description.split("\n")[:40]:
        line = raw.strip().strip(".")
        if (
            not line
            or len(line) > _KIND_LINE_CHARS  # a line of a megabyte: no kind's words
            or len(line.split()) > _KIND_LINE_WORDS
            or any(c.isdigit() for c in line)
        ):
            continue
        kind, tag = talk_kind(line)
        if kind != "other" and (tag or kind != "talk") and kind_of(line) != "break":
            found.append(line)
    return found


def _add_listed_session(
    programme: Programme,
    summary: str,
    start: datetime | None,
    end: datetime | None,
    room: str,
    uid: str,
    listed: list[ListedTalk],
) -> None:
    """An event whose description lists its papers (:mod:`confnotes.importers.listed_talks`)
    is their session: its summary names the block (``Session C (Young researchers)``, no
    speaker in the brackets), each paper a talk of that day, its own time not given."""
    key = f"listed-{len(programme.sessions) + 1}"
    programme.sessions.append(
        ProgrammeSession(key=key, title=summary, start=start, end=end, room=room, source_id=uid)
    )
    for number, item in enumerate(listed, 1):
        programme.talks.append(
            ProgrammeTalk(
                title=item.title,
                room=room,
                session=key,
                speakers=item.speakers,
                day=start.date() if start else None,
                source_id=f"{uid}#{number}" if uid else "",
            )
        )


class _Reader:
    def __init__(
        self,
        first: Any,
        sample: list[Any],
        events: Iterable[tuple[Any, int | None]],
        warnings: list[str],
        source: str,
    ) -> None:
        self.first = first
        """The first VCALENDAR (its own properties name the programme)."""
        self.sample = sample
        """The first events, whose start times tell the timezone when none is named."""
        self.events = events
        """Every VEVENT with the line it begins on."""
        self.source = source
        self.warnings: list[str] = list(warnings)
        self._warned: set[str] = set()
        self.tz: tzinfo | None = None
        self.organised: list[tuple[ProgrammeTalk, tuple[str, str], str]] = []
        """Each talk with its event's ORGANIZER (name, mail address) and whole SUMMARY."""
        self.echoed: list[tuple[ProgrammeTalk, list[ProgrammePerson]]] = []
        """Talks whose description leads with the words after their summary's label."""

    def warn(self, key: str, message: str, line: int | None = None) -> None:
        if key in self._warned:
            return
        self._warned.add(key)
        self.warnings.append(f"{self.source}:{line}: {message}" if line else message)

    def programme(self) -> Programme:
        first = self.first
        timezone = self._timezone(first, self.sample)
        name = clean_name(_text(first, "X-WR-CALNAME") or _text(first, "NAME"))
        programme = Programme(
            name=name,
            format=NAME,
            timezone=timezone,
            url=safe_url(_text(first, "URL")),
            description=html_to_text(_text(first, "X-WR-CALDESC") or _text(first, "DESCRIPTION")),
        )
        all_day: list[tuple[str, date, date]] = []
        by_id: dict[str, int] = {}
        for event, line in self.events:
            try:
                self._event(programme, event, line, all_day, by_id)
                # Repeats count too: 100,000 events of 60 occurrences each are refused.
                check_event_count(len(programme.talks) + len(programme.sessions), self.source, line)
            except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as exc:
                # icalendar keeps unparsable values as "broken" properties that raise on use
                self.warnings.append(f"{self.source}:{line}: skipped an unreadable event: {exc}")
        self._echoes_as_speakers()
        self._organisers_as_speakers()
        self._name_and_dates(programme, all_day)
        programme.series = series_of(programme.name)
        programme.warnings.extend(self.warnings)
        return programme

    def _echoes_as_speakers(self) -> None:
        """A calendar that writes ``Label: Who`` over ``Who, Course title`` for several
        people (a school's lectures and problem sessions) names each slot's speaker so;
        one such event alone (``Talk: Ubuntu`` over ``Ubuntu, Snaps and more``) names
        a subject as likely as a person."""
        if len({p.name for _talk, people in self.echoed for p in people}) < 2:
            return
        for talk, people in self.echoed:
            talk.speakers = [ProgrammePerson(p.name, list(p.affiliations)) for p in people]

    def _organisers_as_speakers(self) -> None:
        """A calendar whose events name different ORGANIZERs (a camp's own export: each
        talk "organised" by its speaker) gives each talk its organiser as speaker; one
        organiser for all, or the one the mail address's domain names ("Metro Olografix"
        for info@olografix.org), is the event's host, not a speaker."""
        names = {cn for _talk, (cn, _mail), _summary in self.organised if cn}
        if len(names) < 2:
            return
        for talk, (cn, mail), summary in self.organised:
            if not cn or _names_mail_domain(cn, mail):
                continue
            people = organiser_people(cn)
            if not people:
                continue
            if talk.speakers and {p.name for p in talk.speakers} != {p.name for p in people}:
                talk.title = summary  # the title's "Name – Title" guess loses to the field
            talk.speakers = people

    def _timezone(self, calendar: Any, events: list[Any]) -> str | None:
        declared = _text(calendar, "X-WR-TIMEZONE") or next(
            (
                str(value).strip()
                for key, value in calendar.items()
                if ("TIMEZONE" in str(key).upper() or str(key).upper() in ("TZID", "TZ"))
                and isinstance(value, (str, icalendar.prop.vText, icalendar.prop.vUnknown))
                and zone(str(value).strip()) is not None
            ),
            "",
        )  # "VTIMEZONE: Europe/Rome" written as a property: the zone it names
        if declared and zone(declared) is not None:
            self.tz = zone(declared)
            return "UTC" if declared.upper() in ("UTC", "Z", "GMT", "ETC/UTC") else declared
        keys: Counter[str] = Counter()
        saw_utc = saw_floating = False
        for event in events[:5000]:
            try:
                start = event.decoded("DTSTART")
            except Exception:
                continue
            if isinstance(start, datetime):
                key = zone_name(start.tzinfo)
                if start.tzinfo is None:
                    saw_floating = True
                elif key == "UTC":
                    saw_utc = True
                elif key:
                    keys[key] += 1
        if keys:
            key = keys.most_common(1)[0][0]
            self.tz = zone(key)
            return key
        if saw_utc:
            self.tz = zone("UTC")
            self.warn(
                "tz-utc",
                "the calendar gives times in UTC and names no timezone; times are shown in "
                "UTC (set the conference's timezone to see local times)",
            )
            return "UTC"
        if saw_floating:
            self.warn(
                "tz-floating",
                "the calendar uses floating times and names no timezone; times are kept as written",
            )
        return None

    def _moment(self, event: Any, key: str, line: int | None) -> datetime | date | None:
        if event.get(key) is None:
            return None
        try:
            value = event.decoded(key)
        except Exception as exc:
            raw = str(getattr(event.get(key), "to_ical", lambda: b"")())[:40]
            self.warn(f"bad-{key}", f"unreadable {key} {raw}: {exc}", line)
            return None
        if isinstance(value, datetime):
            return to_local(value, self.tz)
        if isinstance(value, date):
            return value
        return None

    def _event(
        self,
        programme: Programme,
        event: Any,
        line: int | None,
        all_day: list[tuple[str, date, date]],
        by_id: dict[str, int],
    ) -> None:
        summary = clean_name(_text(event, "SUMMARY"))
        if not summary:
            self.warn("untitled", "skipped an event without a SUMMARY", line)
            return
        if _text(event, "STATUS").upper() == "CANCELLED":
            self.warn("cancelled", f"skipped cancelled event {summary[:60]!r}", line)
            return
        start = self._moment(event, "DTSTART", line)
        if start is None:
            self.warn("no-start", f"skipped {summary[:60]!r}: it has no readable DTSTART", line)
            return
        end = self._moment(event, "DTEND", line)
        if end is None and event.get("DURATION") is not None:
            try:
                duration = event.decoded("DURATION")
                if isinstance(duration, timedelta) and timedelta(0) <= duration < timedelta(
                    days=60
                ):
                    end = start + duration
            except Exception:
                self.warn("bad-DURATION", "unreadable DURATION", line)
        if not isinstance(start, datetime):
            # a day-long event whose end has a clock (a damaged or mixed file): its day
            end_day = end.date() if isinstance(end, datetime) else end or start
            all_day.append((summary, start, end_day))
            if (end_day - start).days > 1:
                return  # a multi-day span: the conference itself, not a talk
            start = end = None
        elif not isinstance(end, datetime):
            end = None
        uid = _text(event, "UID")[:200]
        raw_description = _text(event, "DESCRIPTION")
        description = html_to_text(raw_description)
        if listed := listed_talks(description):
            room = clean_name(_text(event, "LOCATION"))
            _add_listed_session(programme, summary, start, end, room, uid, listed)
            return
        lenient = uid.lower().startswith("pretalx-")
        title, speakers = speakers_from_summary(summary, lenient)
        if not speakers:
            description, speakers = speakers_from_description(description)
            title = _without_named_tail(title, speakers)
        if not speakers:
            speakers = description_byline(description, summary)
        else:
            speakers = _speaker_line_over(speakers, description)
        echoed = [] if speakers else echoed_speakers(summary, description)
        categories = self._categories(event) or _kind_lines(description)
        kind, type_tag = "talk", None
        for category in categories:
            found, found_tag = talk_kind(category)
            if found != "other":
                kind, type_tag = found, found_tag
                break
        else:
            match = _TITLE_KIND.match(title)
            if match:
                kind, type_tag = talk_kind(match[1])
            else:
                kind = _said_kind(summary, title)
        room = clean_name(_text(event, "LOCATION"))
        occurrences = self._occurrences(event, start, end, summary, line)
        recurrence_id = self._moment(event, "RECURRENCE-ID", line)
        for number, (when, until) in enumerate(occurrences):
            source_id = uid
            if uid and (number or recurrence_id is not None):
                stamp = recurrence_id if number == 0 and recurrence_id is not None else when
                source_id = f"{uid}#{stamp:%Y%m%dT%H%M}" if stamp else uid
            if kind == "break" and not speakers:
                add_break(programme, title, when, until, room, source_id)
                continue
            talk = ProgrammeTalk(
                title=title,
                kind=kind,
                start=when,
                end=until,
                room=room,
                speakers=[
                    ProgrammePerson(p.name, list(p.affiliations), p.url, p.source_id)
                    for p in speakers
                ],
                links=self._links(event, description, raw_description),
                tags=list(dict.fromkeys(t for t in [*categories, type_tag] if t)),
                abstract=description,
                source_id=source_id,
            )
            if source_id in by_id and recurrence_id is None:
                prior = programme.talks[by_id[source_id]]
                if (prior.start, prior.title) != (talk.start, talk.title):
                    # a generator that gives every event one UID: another event, not an
                    # override (those carry a RECURRENCE-ID)
                    source_id = f"{uid}#{len(programme.talks)}"
                    talk.source_id = source_id
            self.organised.append((talk, _organiser(event), summary))
            if echoed:
                self.echoed.append((talk, echoed))
            if source_id and source_id in by_id:  # an override of an occurrence: replace it
                programme.talks[by_id[source_id]] = talk
            else:
                if source_id:
                    by_id[source_id] = len(programme.talks)
                programme.talks.append(talk)

    def _categories(self, event: Any) -> list[str]:
        values = event.get("CATEGORIES")
        if values is None:
            return []
        if not isinstance(values, list):
            values = [values]
        found: list[str] = []
        for value in values:
            try:
                items = list(getattr(value, "cats", [value]))
            except ValueError:  # unreadable CATEGORIES
                continue
            for item in items:
                tag = tag_of(str(item))
                if tag:
                    found.append(tag)
        return found

    def _occurrences(
        self,
        event: Any,
        start: datetime | None,
        end: datetime | None,
        summary: str,
        line: int | None,
    ) -> list[tuple[datetime | None, datetime | None]]:
        """The event's own slot, plus further ones for a bounded daily/weekly rule."""
        first = [(start, end)]
        rule = event.get("RRULE")
        if rule is None or start is None:
            return first
        if isinstance(rule, list):
            rule = rule[0]
        try:
            freq = [str(f).upper() for f in rule.get("FREQ", [])]
            count = rule.get("COUNT", [None])[0]
            until = rule.get("UNTIL", [None])[0]
            interval = int((rule.get("INTERVAL") or [1])[0] or 1)
            simple = set(rule) <= {"FREQ", "COUNT", "UNTIL", "INTERVAL", "WKST"}
        except Exception:  # a broken RRULE (icalendar keeps it as vBroken)
            self.warn("rrule-bad", f"unreadable RRULE of {summary[:60]!r}; its first date", line)
            return first
        if not 1 <= interval <= 366 or (count is not None and int(count) < 1):
            simple = False
        if not simple or freq not in (["DAILY"], ["WEEKLY"]) or (count is None and until is None):
            self.warn(
                "rrule",
                f"recurring event {summary[:60]!r}: imported its first occurrence only "
                "(open-ended or complex repeat rules are not expanded)",
                line,
            )
            return first
        step = timedelta(days=interval if freq == ["DAILY"] else 7 * interval)
        limit = min(int(count), MAX_OCCURRENCES) if count is not None else MAX_OCCURRENCES
        if until is not None:
            until = to_local(until, self.tz) if isinstance(until, datetime) else until
        excluded = self._exdates(event)
        result: list[tuple[datetime | None, datetime | None]] = []
        when: datetime = start
        for _ in range(limit):
            if until is not None:
                bound = (
                    until
                    if isinstance(until, datetime)
                    else datetime.combine(until, datetime.max.time())
                )
                if when > bound:
                    break
            if when not in excluded:
                result.append((when, end + (when - start) if end else None))
            try:
                when = when + step
            except OverflowError:
                break
        if count is not None and int(count) > MAX_OCCURRENCES:
            self.warn(
                "rrule-many",
                f"recurring event {summary[:60]!r}: imported its first {MAX_OCCURRENCES} "
                "occurrences",
                line,
            )
        return result or first

    def _exdates(self, event: Any) -> set[datetime]:
        values = event.get("EXDATE")
        if values is None:
            return set()
        if not isinstance(values, list):
            values = [values]
        found: set[datetime] = set()
        for value in values:
            try:
                items = list(getattr(value, "dts", []))
            except ValueError:  # unreadable EXDATE: no exceptions to the rule
                continue
            for item in items:
                moment = getattr(item, "dt", None)
                if isinstance(moment, datetime):
                    found.add(to_local(moment, self.tz))
        return found

    def _links(self, event: Any, description: str, raw: str = "") -> list[Link]:
        links: list[Link] = []
        seen: set[str] = set()

        def add(url: str, label: str, hint: str = "") -> None:
            url = safe_url(url.rstrip(".,;"))
            if url and url not in seen:
                seen.add(url)
                links.append(typed_link(url, label[:200], hint))

        page = _text(event, "URL")
        if page:
            add(page, "Event page", "page")
        attachments = event.get("ATTACH")
        if attachments is not None:
            for attachment in attachments if isinstance(attachments, list) else [attachments]:
                params = getattr(attachment, "params", {})
                label = str(params.get("FILENAME") or params.get("X-LABEL") or "")
                add(str(attachment), label, "attachment")
        for row in description.splitlines():
            for match in _URL_IN_TEXT.finditer(row):
                before = re.split(r"[.!?]\s", row[: match.start()])[-1]
                add(match[0], clean_name(before.strip(" :-–—\t"))[:60])
        for match in _HREF.finditer(raw):  # links hidden in HTML descriptions (Google)
            add(html.unescape(match[1]), "")
        return links

    def _name_and_dates(self, programme: Programme, all_day: list[tuple[str, date, date]]) -> None:
        days = [t.start.date() for t in programme.talks if t.start]
        days += [s.start.date() for s in programme.sessions if s.start]
        days += [d for _, d, _ in all_day]
        days += [shift_date(end, -1) or end for _, first, end in all_day if end > first]
        if days:
            programme.start, programme.end = min(days), max(days)
        spans = sorted(all_day, key=lambda item: (item[2] - item[1]).days, reverse=True)
        if not programme.name and spans and (spans[0][2] - spans[0][1]).days > 1:
            programme.name = spans[0][0]
        prodid = re.match(r"^-//pretalx//[^/]+//([^/]+)", _text(self.first, "PRODID"))
        if not programme.name and prodid:
            programme.name = clean_name(prodid[1])
            programme.source_id = programme.name
        if not programme.name:
            stem = PurePath(self.source).stem or "calendar"
            programme.name = clean_name(stem.replace("_", " ")) or "calendar"
            self.warn(
                "no-name",
                f"the calendar has no X-WR-CALNAME; named the conference {programme.name!r} "
                "after the file (use --conference to import into an existing one)",
            )
