"""JSON lists of session records: Sessionize's "All data" export and home-made exports.

Sessionize (``{"sessions": [...], "speakers": [...], "rooms": [...],
"categories": [...]}``) names speakers and rooms by id; other sites and
scripts write a list of records whose keys name the title, speakers, start, end
and room in one of a few common spellings (``title``/``name``,
``startsAt``/``start_time``/``start``, ``speakers[].name``/``speaker``,
``"10:40am"`` with a separate ``date``). Times with an offset are kept as the
wall-clock time they show; when the file names no timezone, a ``note:`` says
the zone was guessed from the offsets (or not known).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from confnotes.errors import BadInputError
from confnotes.importers.persons import normalise_person, split_speakers
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.schedule_util import (
    check_event_count,
    check_size,
    decode_text,
    head_text,
    html_to_text,
    parse_iso_date,
    parse_iso_datetime,
    safe_url,
    series_of,
    talk_kind,
    typed_link,
    zone,
    zone_name,
)
from confnotes.importers.textutil import parse_clock

NAME = "sessions"

TITLE_KEYS = ("title", "name", "talk", "talk_title", "session_title", "sessionTitle", "summary")
START_KEYS = ("startsAt", "start", "start_time", "startTime", "starts_at", "begin", "from")
END_KEYS = ("endsAt", "end", "end_time", "endTime", "ends_at", "until", "to")
SPEAKER_KEYS = ("speakers", "speaker", "presenters", "presenter", "authors", "author", "persons")
ROOM_KEYS = ("room", "roomName", "room_name", "location", "venue", "stage")
LIST_KEYS = ("sessions", "talks", "events", "items", "schedule", "program", "programme")
_LINK_KEYS = {
    "recordingUrl": "video",
    "video": "video",
    "videoUrl": "video",
    "recording": "video",
    "slides": "slides",
    "slidesUrl": "slides",
    "paper": "paper",
    "url": "page",
    "link": "page",
}


def _records(document: Any) -> list[Any] | None:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in LIST_KEYS:
            if isinstance(document.get(key), list):
                return list(document[key])
    return None


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if record.get(key) not in (None, "", []):
            return record[key]
    return None


def _is_record(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and _first(item, TITLE_KEYS) is not None
        and (_first(item, START_KEYS) is not None or _first(item, ("date", "day")) is not None)
    )


def detect(data: bytes) -> float:
    """Sessionize "All data" (sessions and speakers by id), or records with a title and
    a start under any of the common key spellings."""
    head = head_text(data, 4096).lstrip()
    if not head.startswith(("{", "[")):
        return 0.0
    if len(data) > 5_000_000:
        text = head_text(data, 65536)
        if '"startsAt"' in text and '"sessions"' in text and '"speakers"' in text:
            return 0.9
        return 0.0
    try:
        document = json.loads(data.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError):
        return 0.0
    if (
        isinstance(document, dict)
        and isinstance(document.get("talks"), list)
        and ("rooms" in document or "event_start" in document)
    ):
        return 0.0  # the pretalx widget ("talks", "speakers", "rooms"): its own reader
    records = _records(document)
    if not records:
        return 0.0
    good = sum(1 for r in records[:50] if _is_record(r))
    if good == 0:
        return 0.0
    if isinstance(document, dict) and isinstance(document.get("speakers"), list):
        return 0.92  # Sessionize: sessions plus a speakers table
    return 0.5 + 0.4 * good / min(len(records), 50)


def why_not(data: bytes) -> str:
    """Why this is not a list of session records."""
    return "no list of records with a title and a start (startsAt, start_time, ...)"


def parse(data: bytes, source: str) -> Programme:
    """A programme from Sessionize JSON or a list of session records.

    Raises:
        BadInputError: malformed JSON, or no records with a title.
    """
    check_size(data, source)
    text = decode_text(data, source)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(
            f"malformed JSON: {exc.msg} (column {exc.colno})", source, exc.lineno
        ) from None
    except (ValueError, RecursionError) as exc:
        raise BadInputError(f"unreadable JSON: {exc}", source) from None
    records = _records(document)
    if records is None:
        raise BadInputError("JSON without a list of sessions", source, 1)
    top = document if isinstance(document, dict) else {}
    return _Reader(top, source).read(records)


class _Reader:
    def __init__(self, top: dict[str, Any], source: str) -> None:
        self.top = top
        self.source = source
        name = top.get("name") or top.get("title") or top.get("conference") or top.get("event")
        if isinstance(name, dict):
            name = name.get("name") or name.get("title")
        self.p = Programme(name=str(name or "").strip()[:200], format=NAME)
        self.p.series = series_of(self.p.name)
        tz_name = top.get("timezone") or top.get("timeZone") or top.get("time_zone")
        self.tz = zone(str(tz_name)) if tz_name else None
        self.p.timezone = zone_name(self.tz)
        self.offsets: set[timedelta] = set()
        self.speakers = self._speaker_table(top.get("speakers"))
        self.rooms = {
            str(r.get("id")): str(r.get("name") or "")
            for r in top.get("rooms") or []
            if isinstance(r, dict)
        }
        self.categories = {
            str(item.get("id")): str(item.get("name") or "")
            for cat in top.get("categories") or []
            if isinstance(cat, dict)
            for item in cat.get("items") or []
            if isinstance(item, dict)
        }

    def _speaker_table(self, raw: Any) -> dict[str, ProgrammePerson]:
        table: dict[str, ProgrammePerson] = {}
        for sp in raw if isinstance(raw, list) else []:
            if not isinstance(sp, dict) or sp.get("id") in (None, ""):
                continue
            person = self._person(sp)
            if person is not None:
                table[str(sp["id"])] = person
        return table

    def _person(self, raw: Any) -> ProgrammePerson | None:
        if isinstance(raw, str):
            found = split_speakers(raw, single_ok=True)
            return found[0] if len(found) == 1 else None
        if not isinstance(raw, dict):
            return None
        name = raw.get("fullName") or raw.get("name") or raw.get("public_name")
        if not name and (raw.get("firstName") or raw.get("lastName")):
            name = f"{raw.get('firstName') or ''} {raw.get('lastName') or ''}"
        affs = raw.get("affiliation") or raw.get("company") or raw.get("organization") or []
        affs = [str(a) for a in affs] if isinstance(affs, list) else [str(affs)]
        person = normalise_person(
            ProgrammePerson(
                name=" ".join(str(name or "").split()),
                affiliations=[a for a in affs if a.strip()],
                url=safe_url(raw.get("url") or raw.get("website") or ""),
                source_id=str(raw.get("id") or "")[:100],
            )
        )
        return person if person is not None and person.name else None

    def _speakers_of(self, record: dict[str, Any]) -> list[ProgrammePerson]:
        raw = _first(record, SPEAKER_KEYS)
        items = raw if isinstance(raw, list) else [raw] if raw is not None else []
        people: list[ProgrammePerson] = []
        for item in items:
            if isinstance(item, (str, int)) and str(item) in self.speakers:
                people.append(self.speakers[str(item)])  # Sessionize: by id
            elif isinstance(item, dict) and str(item.get("id")) in self.speakers:
                people.append(self.speakers[str(item.get("id"))])
            elif isinstance(item, str):
                people.extend(split_speakers(item, single_ok=len(items) > 1 or "," not in item))
            elif (person := self._person(item)) is not None:
                people.append(person)
        return people

    def _moment(self, value: Any, day: date | None) -> datetime | None:
        if not isinstance(value, str):
            return None
        found = parse_iso_datetime(value)
        if found is not None:
            if found.tzinfo is not None:
                offset = found.utcoffset()
                if self.tz is not None:
                    return found.astimezone(self.tz).replace(tzinfo=None)
                if offset is not None:
                    self.offsets.add(offset)
                return found.replace(tzinfo=None)  # the wall-clock time the file shows
            return found
        clock = parse_clock(value)
        on = day or parse_iso_date(value)
        if clock is not None and on is not None:
            return datetime.combine(on, clock.start)
        return None

    def read(self, records: list[Any]) -> Programme:
        count = 0
        for record in records:
            if not isinstance(record, dict):
                continue
            count += 1
            check_event_count(count, self.source)
            self._talk(record)
        if not self.p.talks:
            raise BadInputError("no session records with a title were found", self.source, 1)
        days = [t.start.date() for t in self.p.talks if t.start] + [
            t.day for t in self.p.talks if t.day and not t.start
        ]
        if days:
            self.p.start, self.p.end = min(days), max(days)
        if not self.p.name:
            self.p.name_from = "file name"
            self.p.name = "Sessions"
        if self.p.timezone is None:
            if len(self.offsets) == 1:
                offset = next(iter(self.offsets))
                utc = timezone(offset)
                self.p.timezone = "UTC" if offset == timedelta(0) else None
                self.p.warnings.append(
                    f"the file names no timezone; times are as written (UTC offset {utc}), "
                    "set the conference's timezone if that is not where it took place"
                )
            elif self.offsets:
                self.p.warnings.append(
                    "the file names no timezone and its times carry several UTC offsets; "
                    "times are as written"
                )
        return self.p

    def _talk(self, record: dict[str, Any]) -> None:
        title = _first(record, TITLE_KEYS)
        if isinstance(title, dict):
            title = title.get("en") or next(iter(title.values()), "")
        title = " ".join(str(title or "").split())
        if not title:
            self.p.warnings.append("skipped a record without a title")
            return
        day = parse_iso_date(str(record.get("date") or record.get("day") or "")) or None
        start = self._moment(_first(record, START_KEYS), day)
        end = self._moment(_first(record, END_KEYS), start.date() if start else day)
        if start and end and end <= start and end.time() < time(12) and start.time() >= time(12):
            end = None
        room = _first(record, ROOM_KEYS)
        if room is None and record.get("roomId") is not None:
            room = self.rooms.get(str(record.get("roomId")))
        if isinstance(room, dict):
            room = room.get("name")
        raw_kind = str(record.get("type") or record.get("kind") or record.get("format") or "")
        kind, tag = talk_kind(raw_kind)
        if record.get("isServiceSession"):
            kind = "break" if talk_kind(title)[0] == "break" else "other"
        if record.get("isPlenumSession") and kind == "talk" and "keynote" in title.lower():
            kind = "keynote"
        tags = [tag] if tag else []
        for item in record.get("categoryItems") or []:
            if str(item) in self.categories and self.categories[str(item)]:
                tags.append(self.categories[str(item)])
        links = []
        for key, hint in _LINK_KEYS.items():
            url = safe_url(record.get(key) or "")
            if url:
                links.append(typed_link(url, key, hint))
        abstract = record.get("description") or record.get("abstract") or ""
        self.p.talks.append(
            ProgrammeTalk(
                title=title[:500],
                kind=kind if kind != "other" or raw_kind else "talk",
                start=start,
                end=end if end and start and end > start else None,
                room=str(room or "")[:200],
                speakers=self._speakers_of(record),
                links=links,
                tags=tags,
                abstract=html_to_text(str(abstract))[:20000],
                source_id=str(record.get("id") or record.get("uid") or record.get("code") or "")[
                    :100
                ],
                day=(start.date() if start else day),
            )
        )
