"""Translate between front-matter mappings and model objects, reporting bad values.

Reading is lenient: a bad value becomes a :class:`Problem` (with file and line)
and a default, so one typo never hides a note. Writing is conservative: a key
whose value the program did not change is written back exactly as it was read,
unknown keys keep their place, and new keys are appended in a stable order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from confnotes.model import (
    LINK_KINDS,
    ROLES,
    TALK_KINDS,
    Conference,
    ImportantDate,
    Link,
    Person,
    Role,
    Session,
    SourceRef,
    Talk,
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
)

_T = TypeVar("_T")


@lru_cache(maxsize=256)
def is_valid_timezone(name: str) -> bool:
    """True for an IANA timezone name this machine knows (``Europe/Brussels``)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # not for a search: only when asked

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Problem:
    """Something wrong in a notebook file, with the place to fix it."""

    path: Path
    line: int | None
    message: str
    level: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.level}: {self.message}"


TALK_KEYS = (
    "title",
    "kind",
    "session",
    "start",
    "end",
    "room",
    "speakers",
    "links",
    "tags",
    "starred",
    "attended",
    "abstract",
    "sources",
)
PERSON_KEYS = ("name", "aliases", "affiliations", "url", "sources")
CONFERENCE_KEYS = (
    "name",
    "series",
    "start",
    "end",
    "timezone",
    "location",
    "url",
    "description",
    "dates",
    "people",
    "sessions",
    "sources",
)
_TALK_KEY_SET = frozenset(TALK_KEYS)
_PERSON_KEY_SET = frozenset(PERSON_KEYS)
_CONFERENCE_KEY_SET = frozenset(CONFERENCE_KEYS)
_SESSION_KEY_SET = frozenset(("id", "title", "kind", "start", "end", "room"))


class _Reader:
    """Pulls typed values out of a mapping, recording a Problem for each bad one."""

    def __init__(self, data: dict[str, Any], path: Path, lines: dict[str, int]):
        self.data = data
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str, level: str = "error") -> None:
        self.problems.append(Problem(self.path, self.lines.get(key), message, level))

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool | int | float | str):
            return str(value)
        self.problem(key, f"'{key}' should be text, not a {type(value).__name__}")
        return default

    def flag(self, key: str) -> bool:
        value = self.data.get(key)
        if value is None:
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"yes", "no", "on", "off"}:
            return value.lower() in {"yes", "on"}
        self.problem(key, f"'{key}' should be true or false, not {value!r}")
        return False

    def texts(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value] if value.strip() else []
        if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
            return [str(v) for v in value if str(v).strip()]
        self.problem(key, f"'{key}' should be a list of text values")
        return []

    def when(self, key: str) -> datetime | None:
        return self._parsed(key, parse_datetime, "a time like 2023-12-16T08:45")

    def day(self, key: str) -> date | None:
        return self._parsed(key, parse_date, "a date like 2023-12-16")

    def _parsed(self, key: str, parse: Callable[[str], _T], example: str) -> _T | None:
        """The value of ``key`` read by ``parse``; None when missing, or when ``parse``
        refuses it (then a problem names ``example``): times and dates are read alike."""
        value = self.data.get(key)
        if value in (None, ""):
            return None
        try:
            return parse(str(value))
        except ValueError:
            self.problem(key, f"'{key}' should be {example}, not {value!r}")
            return None

    def mappings(self, key: str) -> list[dict[str, Any]]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
        self.problem(key, f"'{key}' should be a list of mappings")
        return []

    def sources(self) -> list[SourceRef]:
        refs = []
        for item in self.mappings("sources"):
            if item.get("format") and item.get("id") is not None:
                refs.append(SourceRef(str(item["format"]), str(item["id"])))
            else:
                self.problem("sources", "each source needs a 'format' and an 'id'")
        return refs

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(key, default).strip().lower() or default
        if value not in allowed:
            self.problem(key, f"unknown {key} {value!r} (one of: {', '.join(allowed)})", "warning")
        return value

    def extra(self, known: frozenset[str]) -> dict[str, Any]:
        return {k: v for k, v in self.data.items() if k not in known}


def talk_from_data(
    data: dict[str, Any],
    body: str,
    talk_id: str,
    conference: str,
    path: Path,
    lines: dict[str, int],
) -> tuple[Talk, list[Problem]]:
    """Build a Talk from its front matter; problems name the line of each bad key."""
    r = _Reader(data, path, lines)
    links = []
    for item in r.mappings("links"):
        url = str(item.get("url") or "").strip()
        if not url:
            r.problem("links", "a link needs a 'url'")
            continue
        kind = str(item.get("kind") or "other").lower()
        if kind not in LINK_KINDS:
            r.problem("links", f"unknown link kind {kind!r}", "warning")
        links.append(Link(url=url, kind=kind, label=str(item.get("label") or "")))
    title = r.text("title")  # kept as written: a title round-trips exactly
    if not title.strip():
        r.problem("title", "the note has no 'title'", "warning")
        title = path.stem.replace("-", " ")
    talk = Talk(
        id=talk_id,
        conference=conference,
        title=title,
        session=r.text("session").strip() or None,
        kind=r.choice("kind", TALK_KINDS, "talk"),
        start=r.when("start"),
        end=r.when("end"),
        room=r.text("room"),
        speakers=r.texts("speakers"),
        links=links,
        tags=r.texts("tags"),
        abstract=r.text("abstract"),
        starred=r.flag("starred"),
        attended=r.flag("attended"),
        sources=r.sources(),
        body=body,
        extra=r.extra(_TALK_KEY_SET),
        path=path,
    )
    if talk.start and talk.end and talk.end < talk.start:
        r.problem("end", "the talk ends before it starts")
    return talk, r.problems


class _NotPlain(Exception):
    """A value :func:`talk_from_summary` leaves to :func:`talk_from_data`."""


def talk_from_summary(data: dict[str, Any], talk_id: str, conference: str, path: Path) -> Talk:
    """The talk :func:`talk_from_data` builds (without its body and problems), faster.

    A start from the schedule summary builds every talk of the notebook before the
    schedule shows (50,000 at the largest), and nearly all front matter is plain text
    where text is expected. This handles exactly that case in one pass; anything else
    (a number where text belongs, an unknown kind, a link without a url...) goes
    through :func:`talk_from_data`, so both give the same talk.
    """
    try:
        return _plain_talk(data, talk_id, conference, path)
    except _NotPlain:
        return talk_from_data(data, "", talk_id, conference, path, {})[0]


def _plain_text(value: Any) -> str:
    if value is None:
        return ""
    if type(value) is not str:
        raise _NotPlain
    return value


def _plain_texts(value: Any) -> list[str]:
    if value is None:
        return []
    if type(value) is not list:
        raise _NotPlain
    for item in value:
        if type(item) is not str:
            raise _NotPlain
    return [item for item in value if item.strip()]


def _plain_time(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if type(value) is not str:
        raise _NotPlain
    try:
        return parse_datetime(value)
    except ValueError:
        raise _NotPlain from None


def _plain_flag(value: Any) -> bool:
    if value is None:
        return False
    if type(value) is not bool:
        raise _NotPlain
    return value


def _plain_items(raw: Any) -> list[dict[str, Any]]:
    """The mappings of a front-matter list (none when the key is absent): anything else
    is no plain record, for the full reader to judge."""
    if raw is None:
        return []
    if type(raw) is not list or any(type(item) is not dict for item in raw):
        raise _NotPlain
    return raw


def _plain_talk(data: dict[str, Any], talk_id: str, conference: str, path: Path) -> Talk:
    get = data.get
    title = get("title")
    if type(title) is not str or not title.strip():
        raise _NotPlain
    kind = _plain_text(get("kind")).strip().lower() or "talk"
    if kind not in TALK_KINDS:
        raise _NotPlain
    links = []
    for item in _plain_items(get("links")):
        url, link_kind, label = item.get("url"), item.get("kind"), item.get("label")
        if type(url) is not str or not url.strip():
            raise _NotPlain
        link_kind = _plain_text(link_kind).lower() or "other"
        if link_kind not in LINK_KINDS:
            raise _NotPlain
        links.append(Link(url=url.strip(), kind=link_kind, label=_plain_text(label)))
    sources = []
    for item in _plain_items(get("sources")):
        fmt, ref = item.get("format"), item.get("id")
        if type(fmt) is not str or not fmt or type(ref) is not str:
            raise _NotPlain
        sources.append(SourceRef(fmt, ref))
    return Talk(
        id=talk_id,
        conference=conference,
        title=title,
        session=_plain_text(get("session")).strip() or None,
        kind=kind,
        start=_plain_time(get("start")),
        end=_plain_time(get("end")),
        room=_plain_text(get("room")),
        speakers=_plain_texts(get("speakers")),
        links=links,
        tags=_plain_texts(get("tags")),
        abstract=_plain_text(get("abstract")),
        starred=_plain_flag(get("starred")),
        attended=_plain_flag(get("attended")),
        sources=sources,
        body="",
        extra={k: v for k, v in data.items() if k not in _TALK_KEY_SET},
        path=path,
    )


def person_from_data(
    data: dict[str, Any], body: str, person_id: str, path: Path, lines: dict[str, int]
) -> tuple[Person, list[Problem]]:
    """Build a Person from their page's front matter."""
    r = _Reader(data, path, lines)
    name = r.text("name")
    if not name.strip():
        r.problem("name", "the person page has no 'name'", "warning")
        name = path.stem.replace("-", " ").title()
    person = Person(
        id=person_id,
        name=name,
        aliases=r.texts("aliases"),
        affiliations=r.texts("affiliations"),
        url=r.text("url"),
        sources=r.sources(),
        body=body,
        extra=r.extra(_PERSON_KEY_SET),
        path=path,
    )
    return person, r.problems


def conference_from_data(
    data: dict[str, Any], conf_id: str, path: Path, lines: dict[str, int]
) -> tuple[Conference, list[Problem]]:
    """Build a Conference (with its sessions and people's roles) from its YAML file."""
    r = _Reader(data, path, lines)
    sessions = []
    seen: set[str] = set()
    for item in r.mappings("sessions"):
        sr = _Reader(item, path, {k: lines.get("sessions", 0) for k in item})
        sid = sr.text("id").strip()
        if not sid or sid in seen:
            r.problem("sessions", f"session {item.get('title')!r} needs a unique 'id'")
            continue
        seen.add(sid)
        sessions.append(
            Session(
                id=sid,
                title=sr.text("title") or sid,
                kind=sr.text("kind", "talk") or "talk",
                start=sr.when("start"),
                end=sr.when("end"),
                room=sr.text("room"),
                extra=sr.extra(_SESSION_KEY_SET),
            )
        )
        r.problems.extend(sr.problems)
    people = []
    for item in r.mappings("people"):
        if not item.get("person"):
            r.problem("people", "each entry of 'people' needs a 'person'")
            continue
        role = str(item.get("role") or "other")
        if role not in ROLES:
            r.problem("people", f"unknown role {role!r}", "warning")
        people.append(Role(person=str(item["person"]), role=role))
    dates = [
        ImportantDate(label=str(d.get("label") or ""), date=str(d.get("date") or ""))
        for d in r.mappings("dates")
    ]
    timezone = r.text("timezone").strip() or None
    if timezone and not is_valid_timezone(timezone):
        r.problem("timezone", f"unknown timezone {timezone!r} (use an IANA name)")
    name = r.text("name")
    if not name.strip():
        r.problem("name", "the conference has no 'name'", "warning")
        name = conf_id
    conf = Conference(
        id=conf_id,
        name=name,
        series=r.text("series"),
        start=r.day("start"),
        end=r.day("end"),
        timezone=timezone,
        location=r.text("location"),
        url=r.text("url"),
        description=r.text("description"),
        people=people,
        sessions=sessions,
        dates=dates,
        sources=r.sources(),
        extra=r.extra(_CONFERENCE_KEY_SET),
        path=path,
    )
    return conf, r.problems


def _sources(refs: list[SourceRef]) -> list[dict[str, str]]:
    return [{"format": s.format, "id": s.id} for s in refs]


def talk_fields(talk: Talk) -> dict[str, Any]:
    """The canonical front-matter values of a talk's known keys (no body)."""
    return {
        "title": talk.title,
        "kind": talk.kind,
        "session": talk.session,
        "start": format_datetime(talk.start),
        "end": format_datetime(talk.end),
        "room": talk.room or None,
        "speakers": list(talk.speakers),
        "links": [
            {"kind": link.kind, "url": link.url, **({"label": link.label} if link.label else {})}
            for link in talk.links
        ],
        "tags": list(talk.tags),
        "starred": talk.starred,
        "attended": talk.attended,
        "abstract": talk.abstract or None,
        "sources": _sources(talk.sources),
    }


def person_fields(person: Person) -> dict[str, Any]:
    """The canonical front-matter values of a person page's known keys."""
    return {
        "name": person.name,
        "aliases": list(person.aliases),
        "affiliations": list(person.affiliations),
        "url": person.url or None,
        "sources": _sources(person.sources),
    }


def _session_data(session: Session) -> dict[str, Any]:
    data: dict[str, Any] = {"id": session.id, "title": session.title, "kind": session.kind}
    if session.start:
        data["start"] = format_datetime(session.start)
    if session.end:
        data["end"] = format_datetime(session.end)
    if session.room:
        data["room"] = session.room
    data.update(session.extra)
    return data


def conference_fields(conf: Conference) -> dict[str, Any]:
    """The canonical YAML values of a conference's known keys."""
    return {
        "name": conf.name,
        "series": conf.series or None,
        "start": format_date(conf.start),
        "end": format_date(conf.end),
        "timezone": conf.timezone,
        "location": conf.location or None,
        "url": conf.url or None,
        "description": conf.description or None,
        "dates": [{"label": d.label, "date": d.date} for d in conf.dates],
        "people": [{"person": r.person, "role": r.role} for r in conf.people],
        "sessions": [_session_data(s) for s in conf.sessions],
        "sources": _sources(conf.sources),
    }


def _is_empty(value: Any) -> bool:
    return value is None or value == [] or value is False


def merge_fields(
    original: dict[str, Any],
    baseline: dict[str, Any],
    current: dict[str, Any],
    extra: dict[str, Any],
) -> dict[str, Any]:
    """Combine a file's original mapping with the object's current values.

    A known key whose value did not change since loading (``baseline``) keeps
    its original value and place; a changed one is replaced; a new non-empty
    one is appended. Unknown keys come from ``extra`` in the order read.
    """
    out: dict[str, Any] = {}
    for key, value in original.items():
        if key in current:
            if current[key] == baseline.get(key):
                out[key] = value
            elif not _is_empty(current[key]) or key in ("starred", "attended"):
                out[key] = current[key]
        elif key in extra:
            out[key] = extra[key]
    for key, value in current.items():
        if key in out or key in original or _is_empty(value):
            continue
        if key not in baseline or value != baseline[key]:
            out[key] = value
    for key, value in extra.items():
        if key not in out:
            out[key] = value
    return out
