"""Schedule JSON: frab/pretalx ``schedule.json`` (c3voc schema) and the pretalx widget JSON.

``schedule.json`` (c3voc ``voc/schedule`` ``validator/json/schema.json``, written by frab,
pretalx and the CCC hub) nests ``schedule.conference.days[].rooms{name: [event]}``; an event
carries ``guid``, ``id``, ``date`` (ISO with offset), ``start`` (local ``HH:MM``),
``duration``, ``room``, ``title``, ``subtitle``, ``track``, ``type``, ``abstract``,
``description``, ``persons`` (``name`` or the older ``public_name``, ``code``/``guid``/``id``),
``links`` and ``attachments`` (strings or ``{title, url, type}``).

The widget JSON (pretalx ``/<event>/schedule/widgets/schedule.json``) is flat: ``talks``
reference ``speakers`` by code, ``rooms`` and ``tracks`` by id; titles and names may be
localized dicts (``{"en": ..., "de": ...}``); slots without a submission code are breaks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import datetime, time, tzinfo
from pathlib import PurePath
from typing import Any, BinaryIO

from confnotes.errors import BadInputError
from confnotes.importers import json_stream
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeTalk,
)
from confnotes.importers.schedule_util import (
    add_break,
    check_event_count,
    check_size,
    clean_name,
    decode_text,
    end_of,
    event_start,
    head_text,
    html_to_text,
    is_feedback_link,
    join_text,
    localized,
    parse_clock,
    parse_duration,
    parse_iso_date,
    parse_iso_datetime,
    person_name,
    safe_url,
    series_of,
    tag_of,
    talk_kind,
    to_local,
    typed_link,
    zone,
)
from confnotes.model import Link

NAME = "pretalx"


def detect(data: bytes) -> float:
    """Confidence that ``data`` is schedule JSON or pretalx widget JSON (from its keys)."""
    try:
        head = head_text(data, 65536)
        stripped = head.lstrip()
        if stripped.startswith("[") and stripped[1:].lstrip().startswith(("{", "[")):
            return 0.25  # JSON, just not ours: let parse() say what it is
        if not stripped.startswith("{") or not stripped[1:].lstrip().startswith(('"', "}")):
            return 0.0  # a JSON object opens with a key or closes at once: "{{" is a template
        if '"schedule"' in head and '"conference"' in head:
            return 0.95
        if '"conference"' in head and '"days"' in head:
            return 0.8
        if '"talks"' in head:
            tail = head_text(data[-65536:]) if len(data) > 65536 else head
            widget_keys = ('"timezone"', '"event_start"', '"speakers"', '"rooms"')
            hits = sum(key in head or key in tail for key in widget_keys)
            if hits >= 3:
                return 0.9
            if hits >= 1 and '"start"' in head:
                return 0.6
        # Some JSON object: no other format reads JSON, so claim it weakly and let parse()
        # explain what is wrong (truncated, or a JSON file that is not a schedule).
        return 0.3
    except Exception:
        return 0.0


def why_not(data: bytes) -> str:
    """Why this is not schedule JSON (for the error when no format fits)."""
    if not head_text(data, 1024).lstrip().startswith("{"):
        return "not a JSON object"
    return "JSON without 'schedule.conference' (schedule.json) or 'talks' (widget JSON)"


def parse(data: bytes, source: str) -> Programme:
    """Read schedule JSON or widget JSON into a :class:`Programme`."""
    check_size(data, source)
    text = decode_text(data, source)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(
            f"malformed JSON: {exc.msg} (column {exc.colno})", source, exc.lineno
        ) from None
    except RecursionError:
        raise BadInputError("JSON nested too deeply", source) from None
    except ValueError as exc:  # e.g. an integer literal with 5,000 digits
        raise BadInputError(f"unreadable JSON: {exc}", source) from None
    if not isinstance(document, dict):
        raise BadInputError(
            f"expected a JSON object at the top, found {type(document).__name__}", source, 1
        )
    return _dispatch(_Reader(source, _text_locator(text)), document, _Talks())


def parse_file(stream: BinaryIO, source: str) -> Programme:
    """Read schedule JSON of any size from an open file: the document without its lists
    of talks first, then the talks one at a time (bounded by their count, not by bytes)."""
    document, sizes = json_stream.walk(stream, source, _is_bulk)
    reader = _Reader(
        source,
        lambda needle: json_stream.find_line(json_stream.utf8_chunks(stream, source), needle),
    )
    return _dispatch(reader, document, _Streamed(stream, source, sizes))


def _dispatch(reader: _Reader, document: dict[str, Any], talks: _Talks) -> Programme:
    """Which of the JSON shapes ``document`` is, read by ``reader``."""
    source = reader.source
    if isinstance(document.get("schedule"), dict):
        return reader.schedule(document["schedule"], talks, ("schedule",))
    if isinstance(document.get("conference"), dict):
        return reader.schedule(document, talks, ())
    if isinstance(document.get("talks"), list):
        return reader.widget(document, talks)
    keys = ", ".join(sorted(str(k) for k in document)[:8])
    raise BadInputError(
        "JSON is neither a frab/pretalx schedule (no 'schedule.conference') nor a pretalx "
        f"widget schedule (no 'talks'); its keys are: {keys}",
        source,
        1,
    )


def _str(value: Any) -> str:
    return localized(value)


def _text_locator(text: str) -> Callable[[str], int | None]:
    def locate(needle: str) -> int | None:
        at = text.find(needle)
        return text.count("\n", 0, at) + 1 if at >= 0 else None

    return locate


EventSink = Callable[[dict[str, Any], str, Any, "time | None"], None]
"""Takes one event of schedule JSON with its room name, day date and day start."""


class _Talks:
    """Where the events of a document come from: the parsed document itself (here), or
    the file read again for each list (:class:`_Streamed`: the document has them empty)."""

    def flat(self, schedule: dict[str, Any], base: json_stream.Path) -> Iterable[Any]:
        """Schedule v2's flat list of events."""
        events = schedule.get("events")
        return events if isinstance(events, list) else []

    def days(
        self,
        reader: _Reader,
        conference: dict[str, Any],
        base: json_stream.Path,
        sink: EventSink,
    ) -> None:
        """Each event of ``conference.days[].rooms``, in order, to ``sink``."""
        days = conference.get("days")
        for day in days if isinstance(days, list) else []:
            if not isinstance(day, dict):
                continue
            day_date, day_start = reader.day_context(day)
            rooms = day.get("rooms")
            if isinstance(rooms, dict):
                room_events = list(rooms.items())
            elif isinstance(rooms, list):  # some generators write a list of {name, events}
                room_events = [
                    (_str(r.get("name")), r.get("events") or r.get("talks"))
                    for r in rooms
                    if isinstance(r, dict)
                ]
            else:
                continue
            for room_name, events in room_events:
                if not isinstance(events, list):
                    continue
                for event in events:
                    if isinstance(event, dict):
                        sink(event, str(room_name), day_date, day_start)

    def listed(self, document: dict[str, Any], key: str) -> Iterable[Any]:
        """The widget's ``talks`` or ``breaks``."""
        found = document.get(key)
        return found if isinstance(found, list) else []


def _is_bulk(path: json_stream.Path) -> bool:
    """The lists of talks in every JSON shape: read one item at a time from a big file."""
    if path in (("talks",), ("breaks",), ("events",), ("schedule", "events")):
        return True
    return _day_room(path) is not None


def _day_room(path: json_stream.Path) -> tuple[int, str | int, str] | None:
    """``(day index, room key or index, list key)`` of a day's room's list of events:
    ``[schedule.]conference.days[i].rooms[name]`` or ``...rooms[j].events|talks``."""
    if path[:1] == ("schedule",):
        path = path[1:]
    if len(path) < 5 or path[:2] != ("conference", "days") or path[3] != "rooms":
        return None
    day = path[2]
    if not isinstance(day, int):
        return None
    if len(path) == 5 and isinstance(path[4], str):
        return day, path[4], ""
    if len(path) == 6 and isinstance(path[4], int) and path[5] in ("events", "talks"):
        return day, path[4], str(path[5])
    return None


class _Streamed(_Talks):
    """The events of a big file, read again from it for each list."""

    def __init__(self, stream: BinaryIO, source: str, sizes: dict[json_stream.Path, int]) -> None:
        self.stream = stream
        self.source = source
        self.sizes = sizes

    def flat(self, schedule: dict[str, Any], base: json_stream.Path) -> Iterable[Any]:
        path = (*base, "events")
        if not self.sizes.get(path):
            return super().flat(schedule, base)
        return json_stream.items(self.stream, self.source, ".".join(map(str, path)))

    def days(
        self,
        reader: _Reader,
        conference: dict[str, Any],
        base: json_stream.Path,
        sink: EventSink,
    ) -> None:
        days = conference.get("days")
        if not isinstance(days, list):
            return
        contexts: dict[int, tuple[Any, time | None]] = {}
        prefix = (*base, "conference", "days")

        def on_item(path: json_stream.Path, event: Any) -> None:
            where = _day_room(path)
            if where is None or path[: len(prefix)] != prefix or not isinstance(event, dict):
                return
            index, room_key, key = where
            day = days[index] if index < len(days) else None
            if not isinstance(day, dict):
                return
            if index not in contexts:
                contexts[index] = reader.day_context(day)
            rooms = day.get("rooms")
            if key == "":
                if not isinstance(rooms, dict):
                    return
                room_name = str(room_key)
            else:
                room = None
                if isinstance(rooms, list) and isinstance(room_key, int) and room_key < len(rooms):
                    room = rooms[room_key]
                if not isinstance(room, dict):
                    return
                has_events = bool(self.sizes.get((*path[:-1], "events")) or room.get("events"))
                if has_events != (key == "events"):
                    return  # whole-file reading: ``events or talks``
                room_name = _str(room.get("name"))
            day_date, day_start = contexts[index]
            sink(event, room_name, day_date, day_start)

        if any(_day_room(path) is not None and self.sizes[path] for path in self.sizes):
            json_stream.walk(self.stream, self.source, _is_bulk, on_item)

    def listed(self, document: dict[str, Any], key: str) -> Iterable[Any]:
        if not self.sizes.get((key,)):
            return super().listed(document, key)
        return json_stream.items(self.stream, self.source, key)


class _Reader:
    def __init__(self, source: str, locate: Callable[[str], int | None]) -> None:
        self.source = source
        self.locate = locate
        """The line of the first occurrence of a text in the file, for messages."""
        self.warnings: list[str] = []
        self._warned: set[str] = set()
        self.tz: tzinfo | None = None
        self.count = 0
        self.track_names: dict[str, str] = {}
        self.person_urls: dict[str, str] = {}

    def warn(self, key: str, message: str, needle: str | None = None) -> None:
        """Record a warning once per kind, at the line of ``needle`` in the file if given."""
        if key in self._warned:
            return
        self._warned.add(key)
        line = self.locate(needle) if needle else None
        self.warnings.append(f"{self.source}:{line}: {message}" if line else message)

    def fail(self, message: str, needle: str | None = None) -> BadInputError:
        line = self.locate(needle) if needle else None
        return BadInputError(message, self.source, line)

    def counted(self) -> None:
        self.count += 1
        check_event_count(self.count, self.source)

    def set_timezone(self, name: Any) -> str | None:
        text = _str(name)
        if not text:
            self.warn("tz-none", "the schedule names no timezone; times are kept as written")
            return None
        tz = zone(text)
        if tz is None:
            self.warn("tz-bad", f"unknown timezone {text[:60]!r}; times are kept as written")
            return None
        self.tz = tz
        return "UTC" if text.upper() in ("UTC", "Z", "GMT", "ETC/UTC") else text

    # --- schedule.json ---------------------------------------------------------------------

    def schedule(
        self, schedule: dict[str, Any], talks: _Talks, base: json_stream.Path
    ) -> Programme:
        conference = schedule.get("conference")
        if not isinstance(conference, dict):
            raise self.fail("schedule JSON without a 'conference' object", '"schedule"')
        title = clean_name(_str(conference.get("title")) or _str(conference.get("acronym")))
        if not title:
            raise self.fail("the conference has no 'title'", '"conference"')
        timezone = self.set_timezone(conference.get("time_zone_name"))
        programme = Programme(
            name=title,
            format=NAME,
            start=parse_iso_date(_str(conference.get("start"))),
            end=parse_iso_date(_str(conference.get("end"))),
            timezone=timezone,
            url=safe_url(
                _str(conference.get("url"))
                or _str(schedule.get("url"))
                or _str(schedule.get("base_url"))
            ),
            description=html_to_text(_str(conference.get("description"))),
            source_id=clean_name(_str(conference.get("acronym"))),
        )
        days = conference.get("days")
        flat = schedule.get("events")  # schedule v2 (the CCC hub): one flat list of events
        if not isinstance(days, list) and not isinstance(flat, list):
            raise self.fail("the conference has no 'days' list", '"conference"')
        self.remember(conference, schedule)
        seen: dict[str, int] = {}

        def take(event: dict[str, Any], room: str, day_date: Any, day_start: time | None) -> None:
            self.counted()
            self.event(programme, event, room, day_date, day_start, seen)

        if isinstance(flat, list):
            for event in talks.flat(schedule, base):
                if isinstance(event, dict):
                    take(event, "", None, None)
        if isinstance(days, list):
            talks.days(self, conference, base, take)
        self.finish(programme)
        return programme

    def day_context(self, day: dict[str, Any]) -> tuple[Any, time | None]:
        """A day's date, and the local time its programme day starts (pretalx: 04:00)."""
        day_date = parse_iso_date(_str(day.get("date")))
        moment = parse_iso_datetime(_str(day.get("day_start")))
        return day_date, (to_local(moment, self.tz).time() if moment else None)

    def remember(self, conference: dict[str, Any], schedule: dict[str, Any]) -> None:
        """Track names by slug and people's pages by guid, which v2 events refer to."""
        self.track_names = {
            _str(t.get("slug")): _str(t.get("name"))
            for t in conference.get("tracks") or []
            if isinstance(t, dict) and _str(t.get("slug"))
        }
        self.person_urls = {
            _str(p.get("guid")): safe_url(_str(p.get("url")))
            for p in schedule.get("persons") or []
            if isinstance(p, dict) and _str(p.get("guid"))
        }

    def named(self, value: Any, names: dict[str, str] | None = None) -> str:
        """A room or track given as text, or as an object with a name or a slug."""
        if isinstance(value, dict) and any(k in value for k in ("name", "slug", "guid")):
            slug = _str(value.get("slug"))
            return clean_name(_str(value.get("name")) or (names or {}).get(slug, "") or slug)
        return clean_name(_str(value))

    def event(
        self,
        programme: Programme,
        event: dict[str, Any],
        room_name: str,
        day_date: Any,
        day_start: time | None,
        seen: dict[str, int],
    ) -> None:
        title = clean_name(_str(event.get("title")))
        if not title:
            self.warn("untitled", "skipped an event without a title")
            return
        clock = parse_clock(_str(event.get("start")))
        moment = parse_iso_datetime(_str(event.get("date")))
        if moment is None and clock is None:
            moment = parse_iso_datetime(_str(event.get("start")))
        start, disagree = event_start(moment, clock, self.tz, day_date, day_start)
        if disagree:
            self.warn(
                "date-vs-start",
                "'date' is in another timezone than 'start' (often UTC); "
                "using 'start' as the local time",
                _str(event.get("date")) or None,
            )
        end = end_of(start, parse_duration(_str(event.get("duration"))))
        end_moment = parse_iso_datetime(_str(event.get("end")))
        if end is None and end_moment is not None and start is not None:
            end = to_local(end_moment, self.tz) if end_moment.tzinfo else end_moment
            end = end if end >= start else None
        room = self.named(event.get("room")) or clean_name(room_name)
        kind, type_tag = talk_kind(_str(event.get("type")))
        source_id = self.unique_id(
            # pretalx's submission code first: the widget JSON knows talks only by it.
            _str(event.get("code"))
            or _str(event.get("guid"))
            or _str(event.get("id"))
            or _str(event.get("slug"))
            or safe_url(_str(event.get("url"))),
            seen,
        )
        people = event.get("persons")
        speakers = self.persons(people if isinstance(people, list) else event.get("participants"))
        if kind == "break" and not speakers:
            add_break(programme, title, start, end, room, source_id)
            return
        links = self.links(
            [("Event page", _str(event.get("url")), "page")],
            event.get("links"),
            event.get("attachments"),
        )
        tags = [
            t for t in (tag_of(self.named(event.get("track"), self.track_names)), type_tag) if t
        ]
        programme.talks.append(
            ProgrammeTalk(
                title=title,
                kind=kind,
                start=start,
                end=end,
                room=room,
                speakers=speakers,
                links=links,
                tags=list(dict.fromkeys(tags)),
                abstract=join_text(
                    clean_name(_str(event.get("subtitle"))),
                    html_to_text(_str(event.get("abstract"))),
                    html_to_text(_str(event.get("description"))),
                ),
                source_id=source_id,
            )
        )

    def unique_id(self, candidate: str, seen: dict[str, int]) -> str:
        candidate = candidate[:200]
        if not candidate:
            self.warn("no-id", "events without guid or id: re-imports match them by title")
            return ""
        seen[candidate] = seen.get(candidate, 0) + 1
        if seen[candidate] > 1:
            self.warn("dup-id", f"event id {candidate!r} is used more than once", candidate)
            return f"{candidate}#{seen[candidate]}"
        return candidate

    def persons(self, persons: Any) -> list[ProgrammePerson]:
        people: list[ProgrammePerson] = []
        if not isinstance(persons, list):
            return people
        for person in persons:
            if isinstance(person, str):
                name, person_id, url = person_name(person), "", ""
            elif isinstance(person, dict):
                name = person_name(
                    _str(person.get("name"))
                    or _str(person.get("public_name"))
                    or _str(person.get("full_name"))
                )
                person_id = (
                    _str(person.get("code")) or _str(person.get("guid")) or _str(person.get("id"))
                )[:100]
                url = safe_url(_str(person.get("url"))) or self.person_urls.get(
                    _str(person.get("guid")), ""
                )
            else:
                continue
            if name:
                people.append(ProgrammePerson(name=name, source_id=person_id, url=url))
        return people

    def links(self, *groups: Any) -> list[Link]:
        """Links from ``(label, url, hint)`` tuples and frab/pretalx ``links``/``attachments``."""
        links: list[Link] = []
        seen: set[str] = set()
        for position, group in enumerate(groups):
            if not isinstance(group, list):
                continue
            for item in group:
                hint = "attachment" if position == 2 else ""
                if isinstance(item, tuple):
                    label, url, hint = item
                elif isinstance(item, str):
                    label, url = "", item
                elif isinstance(item, dict):
                    label = clean_name(
                        _str(item.get("title"))
                        or _str(item.get("description"))
                        or _str(item.get("label"))
                    )
                    url = _str(item.get("url")) or _str(item.get("href"))
                    url = url or _str(item.get("resource")) or _str(item.get("link"))
                    kind_hint = _str(item.get("type"))
                    hint = f"{hint} {kind_hint if kind_hint != 'related' else ''}".strip()
                else:
                    continue
                url = safe_url(url)
                if not url or url in seen or is_feedback_link(url, label):
                    continue
                seen.add(url)
                links.append(typed_link(url, label[:200], hint))
        return links

    def finish(self, programme: Programme) -> None:
        programme.series = programme.series or series_of(programme.name)
        if not programme.talks and not programme.sessions:
            self.warn("empty", "the schedule has no events")
        programme.warnings.extend(self.warnings)
        days = [t.start.date() for t in programme.talks if t.start]
        days += [s.start.date() for s in programme.sessions if s.start]
        if days:
            programme.start = programme.start or min(days)
            programme.end = programme.end or max(days)

    # --- widget JSON -----------------------------------------------------------------------

    def widget(self, document: dict[str, Any], talks: _Talks) -> Programme:
        timezone = self.set_timezone(document.get("timezone"))
        rooms = _index(document.get("rooms"), "id")
        tracks = _index(document.get("tracks"), "id")
        speakers = _index(document.get("speakers"), "code")
        name, slug = self.widget_name(document, talks.listed(document, "talks"))
        programme = Programme(
            name=name,
            format=NAME,
            start=parse_iso_date(_str(document.get("event_start"))),
            end=parse_iso_date(_str(document.get("event_end"))),
            timezone=timezone,
            source_id=slug,
        )
        seen: dict[str, int] = {}
        for talk in talks.listed(document, "talks"):
            if isinstance(talk, dict):
                self.counted()
                self.widget_talk(programme, talk, rooms, tracks, speakers, seen)
        for item in talks.listed(document, "breaks"):
            if isinstance(item, dict):
                self.counted()
                self.widget_break(programme, item, rooms)
        self.finish(programme)
        return programme

    def widget_name(self, document: dict[str, Any], talks: Iterable[Any]) -> tuple[str, str]:
        """The conference's name and slug: the widget JSON does not always carry them."""
        for key in ("event", "event_name", "name", "title"):
            value = document.get(key)
            if isinstance(value, dict) and not any(k in value for k in ("en", "de", "fr")):
                value = value.get("name") or value.get("title")
            text = clean_name(_str(value))
            if text:
                return text, clean_name(_str(document.get("slug")))
        for talk in talks:
            exporters = talk.get("exporters") if isinstance(talk, dict) else None
            url = _str(exporters.get("ics")) if isinstance(exporters, dict) else ""
            match = re.match(r"^/([^/]+)/talk/", url)
            if match:
                return match[1], match[1]
        stem = PurePath(self.source).stem
        if stem.lower() in ("", "schedule", "widget", "data", "index", "-", "stdin"):
            stem = PurePath(self.source).parent.name or stem or "pretalx schedule"
        self.warn(
            "no-name",
            "the widget JSON does not name the conference; named it after the file "
            f"({stem!r}); use --conference to import into an existing one",
        )
        return clean_name(stem) or "pretalx schedule", ""

    def widget_times(self, item: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
        start_moment = parse_iso_datetime(_str(item.get("start")))
        end_moment = parse_iso_datetime(_str(item.get("end")))
        start = to_local(start_moment, self.tz) if start_moment else None
        end = to_local(end_moment, self.tz) if end_moment else None
        if end is None and start is not None:
            duration = item.get("duration")
            if isinstance(duration, int) and 0 < duration < 100_000:
                end = end_of(start, parse_duration(str(duration)))
        return start, end

    def widget_talk(
        self,
        programme: Programme,
        talk: dict[str, Any],
        rooms: dict[str, dict[str, Any]],
        tracks: dict[str, dict[str, Any]],
        speakers: dict[str, dict[str, Any]],
        seen: dict[str, int],
    ) -> None:
        code = _str(talk.get("code"))
        if not code and not talk.get("speakers"):
            self.widget_break(programme, talk, rooms)
            return
        title = clean_name(_str(talk.get("title")))
        if not title:
            self.warn("untitled", "skipped a talk without a title", code or None)
            return
        start, end = self.widget_times(talk)
        people: list[ProgrammePerson] = []
        for speaker_code in talk.get("speakers") or []:
            speaker_key = _str(speaker_code)
            speaker = speakers.get(speaker_key)
            name = person_name(_str(speaker.get("name"))) if speaker else ""
            if not name:
                self.warn(
                    "unknown-speaker",
                    f"a talk names speaker code {speaker_key[:20]!r} that 'speakers' "
                    "does not list; left it out",
                    f'"{speaker_key}"',
                )
                continue
            people.append(ProgrammePerson(name=name, source_id=speaker_key))
        track = tracks.get(_str(talk.get("track")))
        kind, type_tag = talk_kind(_str(talk.get("session_type")) or _str(talk.get("type")))
        tags = [tag_of(_str(track.get("name")))] if track else []
        raw_tags = talk.get("tags")
        if isinstance(raw_tags, list):
            tags += [tag_of(_str(t)) for t in raw_tags if isinstance(t, (str, dict))]
        elif isinstance(raw_tags, str):
            tags += [tag_of(t) for t in raw_tags.split(",")]
        if type_tag:
            tags.append(type_tag)
        programme.talks.append(
            ProgrammeTalk(
                title=title,
                kind=kind,
                start=start,
                end=end,
                room=self.room_name(talk.get("room"), rooms),
                speakers=people,
                links=self.links(None, talk.get("resources")),
                tags=list(dict.fromkeys(t for t in tags if t)),
                abstract=join_text(
                    html_to_text(_str(talk.get("abstract"))),
                    html_to_text(_str(talk.get("description"))),
                ),
                source_id=self.unique_id(code or _str(talk.get("id")), seen),
            )
        )

    def widget_break(
        self, programme: Programme, item: dict[str, Any], rooms: dict[str, dict[str, Any]]
    ) -> None:
        start, end = self.widget_times(item)
        add_break(
            programme,
            clean_name(_str(item.get("title")) or _str(item.get("description"))) or "Break",
            start,
            end,
            self.room_name(item.get("room"), rooms),
        )

    def room_name(self, room_id: Any, rooms: dict[str, dict[str, Any]]) -> str:
        room = rooms.get(_str(room_id))
        if room is not None:
            return clean_name(_str(room.get("name")))
        if isinstance(room_id, (str, dict)):
            return clean_name(_str(room_id))
        return ""


def _index(items: Any, key: str) -> dict[str, dict[str, Any]]:
    """A list of objects keyed by ``key`` (as text), skipping anything malformed."""
    result: dict[str, dict[str, Any]] = {}
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and _str(item.get(key)):
                result[_str(item.get(key))] = item
    return result
