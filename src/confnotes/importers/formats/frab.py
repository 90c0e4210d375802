"""frab / pentabarf / pretalx schedule XML (``schedule.xml``), as CCC, FOSDEM and pretalx export it.

The shape (c3voc ``voc/schedule`` ``schedule.xml.xsd``): ``<schedule>`` holds a
``<conference>`` (title, acronym, start, end, time_zone_name...) and ``<day>`` elements, each
with ``<room name=...>`` elements holding ``<event guid=... id=...>``. An event has ``date``
(ISO date-time), ``start`` (local ``HH:MM``), ``duration``, ``room``, ``title``,
``subtitle``, ``track``, ``type``, ``abstract``, ``description``, ``persons``, ``links`` and
``attachments``.

Real files stray from the schema, and this importer takes them as they are: FOSDEM's have
no ``<date>`` (the day's date plus ``start`` is the time, after ``day_change`` midnight goes
to the next day), some write ``<date>`` in UTC while ``<start>`` is local (``<start>`` wins:
it is what the programme shows), ids and guids may be missing, abstracts may be HTML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from typing import BinaryIO

from confnotes.errors import BadInputError
from confnotes.importers.persons import split_speakers, without_nickname
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeTalk,
)
from confnotes.importers.safe_xml import CHUNK, stream_xml
from confnotes.importers.schedule_util import (
    add_break,
    check_event_count,
    check_size,
    clean_name,
    end_of,
    event_start,
    head_text,
    html_to_text,
    is_feedback_link,
    join_text,
    parse_clock,
    parse_duration,
    parse_iso_date,
    parse_iso_datetime,
    person_name,
    safe_url,
    series_of,
    tag_of,
    talk_kind,
    title_kind,
    to_local,
    typed_link,
    zone,
    zone_for_city,
)
from confnotes.model import Link

NAME = "frab"


_PROLOG = re.compile(
    r"<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE
)
_FIRST_TAG = re.compile(r"<([A-Za-z_][\w:.-]*)")


def _root_name(head: str) -> str | None:
    """The name of the first element (after the XML declaration, comments and DOCTYPE)."""
    stripped = _PROLOG.sub("", head).lstrip()
    if not stripped:
        doctype = re.search(r"<!DOCTYPE\s+([\w:.-]+)", head, re.IGNORECASE)
        return doctype[1] if doctype else None
    match = _FIRST_TAG.match(stripped)
    return match[1] if match else None


def detect(data: bytes) -> float:
    """Confidence that ``data`` is a frab schedule XML: its root element is ``<schedule>``."""
    try:
        head = head_text(data, 16384)
        if not head.lstrip().startswith("<"):
            return 0.0
        root = _root_name(head)
        if root is None or root.rsplit(":", 1)[-1] != "schedule":
            return 0.0
        if "<conference" in head or "<day" in head or "<event" in head or "<!ENTITY" in head:
            return 0.95
        return 0.6
    except Exception:
        return 0.0


def why_not(data: bytes) -> str:
    """Why this is not frab XML (for the error when no format fits)."""
    head = head_text(data, 16384).lstrip()
    if not head.startswith("<"):
        return "not XML"
    root = _root_name(head)
    if root and root != "schedule":
        return f"XML whose root element is <{root[:30]}>, not <schedule>"
    return "no <schedule> root element with a <conference>"


def parse(data: bytes, source: str) -> Programme:
    """Read a frab/pentabarf/pretalx schedule XML into a :class:`Programme`."""
    check_size(data, source)
    return parse_stream([data], source)


def parse_file(stream: BinaryIO, source: str) -> Programme:
    """Read a schedule XML of any size from an open file, one event in memory at a time
    (bounded by counts: events, elements, nesting; not by bytes)."""
    return parse_stream(iter(lambda: stream.read(CHUNK), b""), source)


def parse_stream(chunks: Iterable[bytes], source: str) -> Programme:
    """Parse XML chunks, reading each ``<event>`` as soon as it is complete."""
    lines: dict[int, int] = {}
    reader = _Reader(None, lines, source)

    def on_end(element: ET.Element, stack: list[ET.Element]) -> bool:
        reader.stream_root = stack[0]
        return reader.on_end(element, stack)

    root, _lines = stream_xml(chunks, source, on_end, lines)
    reader.root = root
    return reader.programme()


def _text(element: ET.Element | None, child: str | None = None) -> str:
    if element is None:
        return ""
    if child is not None:
        element = element.find(child)
        if element is None:
            return ""
    return "".join(element.itertext()).strip()


class _Reader:
    """Walks one parsed schedule, collecting talks and warnings."""

    def __init__(self, root: ET.Element | None, lines: dict[int, int], source: str) -> None:
        self.root = root
        self.stream_root: ET.Element | None = None
        self.lines = lines
        self.source = source
        self.warnings: list[str] = []
        self._warned: set[str] = set()
        self.tz: tzinfo | None = None
        self.parsed: Programme | None = None
        """The programme, once ``<conference>`` has been read."""
        self.day_change: time | None = None
        self.count = 0
        self.seen_ids: dict[str, int] = {}
        self._days: dict[int, tuple[date | None, time | None]] = {}

    def line(self, element: ET.Element | None) -> int | None:
        return self.lines.get(id(element)) if element is not None else None

    def warn(self, key: str, element: ET.Element | None, message: str) -> None:
        """Record a warning once per kind, with the line of its first occurrence."""
        if key in self._warned:
            return
        self._warned.add(key)
        line = self.line(element)
        self.warnings.append(f"{self.source}:{line}: {message}" if line else message)

    def _header(self, conference: ET.Element) -> Programme:
        """The programme's conference facts (read as soon as ``<conference>`` is complete)."""
        title = clean_name(_text(conference, "title")) or clean_name(_text(conference, "acronym"))
        if not title:
            raise BadInputError(
                "the <conference> has no <title>", self.source, self.line(conference)
            )
        timezone = self._timezone(conference)
        self.day_change = parse_clock(_text(conference, "day_change"))
        location = ", ".join(
            p for p in (clean_name(_text(conference, "venue")), _text(conference, "city")) if p
        )
        programme = Programme(
            name=title,
            format=NAME,
            start=parse_iso_date(_text(conference, "start")),
            end=parse_iso_date(_text(conference, "end")),
            timezone=timezone,
            location=location,
            url=safe_url(_text(conference, "base_url") or _text(conference, "url")),
            description=html_to_text(_text(conference, "description"))
            or clean_name(_text(conference, "subtitle")),
            source_id=clean_name(_text(conference, "acronym")),
        )
        programme.series = series_of(title)
        return programme

    def on_end(self, element: ET.Element, stack: list[ET.Element]) -> bool:
        """Streaming: read each ``<event>`` as soon as it is complete, then let it go."""
        root = stack[0]
        if root.tag != "schedule":
            return False
        if element.tag == "conference" and len(stack) == 1 and self.parsed is None:
            self.parsed = self._header(element)
            return False
        if element.tag != "event" or self.parsed is None or len(stack) < 2:
            return False
        day = stack[1]
        if day.tag != "day" or len(stack) > 3 or (len(stack) == 3 and stack[2].tag != "room"):
            return False
        room = stack[2] if len(stack) == 3 else None
        self._read_event(self.parsed, day, room, element)
        return True

    def _read_event(
        self, programme: Programme, day: ET.Element, room: ET.Element | None, event: ET.Element
    ) -> None:
        key = id(day)
        if key not in self._days:
            root = self.root if self.root is not None else self.stream_root
            index = sum(1 for child in root if child.tag == "day") if root is not None else 1
            self._days[key] = (
                self._day_date(day, index, programme.start),
                self._day_start(day) or self.day_change,
            )
        day_date, day_start = self._days[key]
        self.count += 1
        check_event_count(self.count, self.source, self.line(event))
        self._event(programme, event, room, day_date, day_start, self.seen_ids)

    def programme(self) -> Programme:
        root = self.root
        assert root is not None
        if root.tag != "schedule":
            raise BadInputError(
                f"not a frab schedule: the root element is <{root.tag}>, expected <schedule>",
                self.source,
                self.line(root),
            )
        conference = root.find("conference")
        if conference is None:
            raise BadInputError(
                "frab schedule without a <conference> element", self.source, self.line(root)
            )
        if self.parsed is None:
            self.parsed = self._header(conference)
        programme = self.parsed
        # events not read while streaming (the <conference> came after them)
        self._days.clear()
        for day in root.findall("day"):
            for room_element, event in self._events(day):
                self._read_event(programme, day, room_element, event)
        if self.count == 0:
            self.warn("empty", root, "the schedule has no events")
        programme.warnings.extend(self.warnings)
        if programme.start is None or programme.end is None:
            days = [t.start.date() for t in programme.talks if t.start] + [
                s.start.date() for s in programme.sessions if s.start
            ]
            if days:
                programme.start = programme.start or min(days)
                programme.end = programme.end or max(days)
        return programme

    def _timezone(self, conference: ET.Element) -> str | None:
        name = _text(conference, "time_zone_name") or _text(conference, "timezone")
        if name:
            tz = zone(name)
            if tz is not None:
                self.tz = tz
                return "UTC" if name.strip().upper() in ("UTC", "Z", "GMT", "ETC/UTC") else name
            self.warn(
                "tz",
                conference.find("time_zone_name"),
                f"unknown timezone {name!r}; looking for another clue",
            )
        city = _text(conference, "city")
        guessed = zone_for_city(city) if city else None
        if guessed:
            self.tz = zone(guessed)
            self.warn(
                "tz-city",
                conference,
                f"no <time_zone_name>; using {guessed} from the city {city!r}",
            )
            return guessed
        self.warn(
            "tz-none",
            conference,
            "no <time_zone_name>: times are kept as the schedule writes them, "
            "with no timezone (set one in conference.yaml)",
        )
        return None

    def _day_date(self, day: ET.Element, index: int, conf_start: date | None) -> date | None:
        found = parse_iso_date(day.get("date"))
        if found is None:
            found = parse_iso_date(day.get("start"))
        if found is None and conf_start is not None:
            raw_index = day.get("index")
            number = (
                int(raw_index) if raw_index and re.fullmatch(r"[0-9]{1,4}", raw_index) else index
            )
            if not 1 <= number <= 366:
                number = index
            try:
                found = conf_start + timedelta(days=number - 1)
            except OverflowError:
                found = None
        return found

    def _day_start(self, day: ET.Element) -> time | None:
        """The local clock time at which this programme day begins (pretalx: 04:00)."""
        moment = parse_iso_datetime(day.get("start"))
        if moment is None:
            return None
        return to_local(moment, self.tz).time()

    def _events(self, day: ET.Element) -> list[tuple[ET.Element | None, ET.Element]]:
        found: list[tuple[ET.Element | None, ET.Element]] = []
        for room in day.findall("room"):
            found.extend((room, event) for event in room.findall("event"))
        found.extend((None, event) for event in day.findall("event"))
        return found

    def _start(
        self,
        event: ET.Element,
        day_date: date | None,
        day_start: time | None,
    ) -> datetime | None:
        """The event's local wall-clock start (see the module docstring for the rules)."""
        start_text = _text(event, "start")
        clock = parse_clock(start_text)
        date_element = event.find("date")
        moment = parse_iso_datetime(_text(date_element)) if date_element is not None else None
        if date_element is not None and _text(date_element) and moment is None:
            self.warn("bad-date", date_element, f"unreadable <date> {_text(date_element)[:40]!r}")
        if start_text and clock is None:
            self.warn("bad-start", event.find("start"), f"unreadable <start> {start_text[:40]!r}")
        if moment is None and clock is not None and day_date is None:
            self.warn("no-date", event, "an event has neither <date> nor a dated <day>")
        when, disagree = event_start(moment, clock, self.tz, day_date, day_start)
        if disagree:
            self.warn(
                "date-vs-start",
                date_element,
                "<date> is in another timezone than <start> (often UTC); "
                "using <start> as the local time",
            )
        return when

    def _event(
        self,
        programme: Programme,
        event: ET.Element,
        room_element: ET.Element | None,
        day_date: date | None,
        day_start: time | None,
        seen_ids: dict[str, int],
    ) -> None:
        title = clean_name(_text(event, "title"))
        if not title:
            self.warn("untitled", event, "skipped an event without a <title>")
            return
        start = self._start(event, day_date, day_start)
        duration_text = _text(event, "duration")
        duration = parse_duration(duration_text)
        if duration_text and duration is None:
            self.warn(
                "bad-duration",
                event.find("duration"),
                f"unreadable <duration> {duration_text[:20]!r}",
            )
        end = end_of(start, duration)
        room = clean_name(_text(event, "room")) or clean_name(
            room_element.get("name") if room_element is not None else ""
        )
        kind, type_tag = talk_kind(_text(event, "type"))
        if kind in ("talk", "other") and (by := talk_kind(_text(event, "track"))[0]) in (
            "keynote",
            "break",
        ):
            kind = by  # a "Keynote" track: its talks are keynotes; a "Pause" track: breaks
        if kind in ("talk", "other") and (by := title_kind(title)):
            kind = by  # no type: "Lunch Break", "Coffee Break and Postersession", "31C3 Keynote"
        source_id = self._source_id(event, seen_ids)
        speakers = self._persons(event)
        if kind == "break" and not speakers:
            add_break(programme, title, start, end, room, source_id)
            return
        tags = [t for t in (tag_of(_text(event, "track")), type_tag) if t]
        abstract = join_text(
            clean_name(_text(event, "subtitle")),
            html_to_text(_text(event, "abstract")),
            html_to_text(_text(event, "description")),
        )
        programme.talks.append(
            ProgrammeTalk(
                title=title,
                kind=kind,
                start=start,
                end=end,
                room=room,
                speakers=speakers,
                links=self._links(event),
                tags=list(dict.fromkeys(tags)),
                abstract=abstract,
                source_id=source_id,
            )
        )

    def _source_id(self, event: ET.Element, seen: dict[str, int]) -> str:
        """guid, else id, else slug, else URL; repeated ones made unique (and reported)."""
        candidate = (
            (event.get("guid") or "").strip()
            or (event.get("id") or "").strip()
            or _text(event, "guid")
            or _text(event, "slug")
            or safe_url(_text(event, "url"))
        )[:200]
        if not candidate:
            self.warn(
                "no-id",
                event,
                "events without guid or id: re-imports match them by title",
            )
            return ""
        seen[candidate] = seen.get(candidate, 0) + 1
        if seen[candidate] > 1:
            self.warn("dup-id", event, f"event id {candidate!r} is used more than once")
            return f"{candidate}#{seen[candidate]}"
        return candidate

    def _persons(self, event: ET.Element) -> list[ProgrammePerson]:
        """``<persons><person>`` (the schema), ``<person>`` directly under ``<event>``, and
        ``<persons>A, B and C</persons>`` as some generators write them."""
        people: list[ProgrammePerson] = []
        persons = event.find("persons")
        elements = (persons.findall("person") if persons is not None else []) + event.findall(
            "person"
        )
        for person in elements:
            raw, nicknames = without_nickname(_text(person))  # "Martin Haase/maha"
            name = person_name(raw)
            if not name:
                continue
            person_id = (person.get("guid") or person.get("id") or "").strip()[:100]
            several = split_speakers(raw, single_ok=True)
            if len(several) > 1:  # <person>Dr. A B, C D</person>: a generator's joined list
                people += several
                continue
            people.append(ProgrammePerson(name=name, source_id=person_id, aliases=nicknames))
        if not people and persons is not None and (listed := (persons.text or "").strip()):
            people = split_speakers(listed, single_ok=True)
            if not people:
                self.warn("persons-text", persons, f"could not read speakers from {listed[:60]!r}")
        return people

    def _links(self, event: ET.Element) -> list[Link]:
        links: list[Link] = []
        seen: set[str] = set()

        def add(url: str, label: str, hint: str = "") -> None:
            url = safe_url(url)
            if not url or url in seen or is_feedback_link(url, label):
                return
            seen.add(url)
            links.append(typed_link(url, label[:200], hint))

        page = _text(event, "url")
        if page:
            add(page, "Event page", "page")
        for link in event.iterfind("links/link"):
            add(link.get("href") or _text(link), clean_name(_text(link)))
        for attachment in event.iterfind("attachments/attachment"):
            kind_hint = f"attachment {attachment.get('type') or ''}"
            add(
                attachment.get("href") or _text(attachment),
                clean_name(_text(attachment)),
                kind_hint,
            )
        for key in ("video_download_url", "video_url"):
            video = _text(event, key)
            if video:
                add(video, "Video recording", "video")
        return links
