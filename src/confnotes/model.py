"""The domain: conferences, sessions, talks, people and links, as plain dataclasses.

No I/O and no Textual here: storage, importers, the index and the UI all
speak this vocabulary. Times are naive local wall-clock datetimes, interpreted
in the owning conference's IANA timezone (as DESIGN.md §3 says).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

TALK_KINDS = (
    "keynote",
    "oral",
    "spotlight",
    "poster",
    "panel",
    "demo",
    "social",
    "break",
    "talk",
    "other",
)
"""Kinds a talk may have; anything else is stored as ``other``."""

LINK_KINDS = ("paper", "slides", "video", "poster", "code", "page", "other")
"""Kinds a link may have."""

ROLES = ("organizer", "keynote", "panelist", "speaker", "chair", "other")
"""Roles a person may hold at a conference."""


@dataclass
class Link:
    """A typed URL attached to a talk: its paper, slides, video, poster or code."""

    url: str
    kind: str = "other"
    label: str = ""


@dataclass
class SourceRef:
    """Where an imported object came from, so a re-import updates instead of duplicating."""

    format: str
    id: str


@dataclass
class Role:
    """A person's role at one conference (organiser, keynote speaker, panelist...)."""

    person: str
    role: str = "other"


@dataclass
class ImportantDate:
    """A dated milestone of a conference, such as a paper submission deadline."""

    label: str
    date: str


@dataclass
class Session:
    """A block of the programme: a session of orals, a poster session, a break."""

    id: str
    title: str
    kind: str = "talk"
    start: datetime | None = None
    end: datetime | None = None
    room: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Conference:
    """A conference, workshop or seminar series event; one YAML file on disk."""

    id: str
    name: str
    series: str = ""
    start: date | None = None
    end: date | None = None
    timezone: str | None = None
    location: str = ""
    url: str = ""
    description: str = ""
    people: list[Role] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    dates: list[ImportantDate] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def session(self, session_id: str | None) -> Session | None:
        """Return the session with this id, or None."""
        if not session_id:
            return None
        return next((s for s in self.sessions if s.id == session_id), None)


@dataclass
class Talk:
    """One talk and the user's note about it; one Markdown file on disk.

    ``body`` is the user's text: only the user changes it.
    """

    id: str
    conference: str
    title: str
    session: str | None = None
    kind: str = "talk"
    start: datetime | None = None
    end: datetime | None = None
    room: str = ""
    speakers: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    abstract: str = ""
    starred: bool = False
    attended: bool = False
    sources: list[SourceRef] = field(default_factory=list)
    body: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def has_notes(self) -> bool:
        """True when the user has written anything in the note body."""
        return bool(self.body.strip())


def revised(talk: Talk, **changes: Any) -> Talk:
    """A new talk: ``talk`` with ``changes``, its lists and ``extra`` copied.

    How a writer changes a talk the notebook holds: it changes a revision and hands
    it to :meth:`~confnotes.notebook.notebook.Notebook.save_talk`, which adopts it once it is
    on disk. The object the UI draws never changes under it, and a failed save leaves
    nothing to undo. Always a plain :class:`Talk` (a lazy one's body is read here
    unless ``changes`` gives it).
    """
    values = {
        f.name: changes[f.name] if f.name in changes else getattr(talk, f.name)
        for f in fields(Talk)
    }
    for name in ("speakers", "links", "tags", "sources", "extra"):
        if name not in changes:
            values[name] = copy.copy(values[name])
    unknown = set(changes) - set(values)
    if unknown:
        raise TypeError(f"a talk has no field {', '.join(sorted(unknown))}")
    return Talk(**values)


@dataclass
class Person:
    """A speaker, author or organiser, shared across every conference of the notebook."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    url: str = ""
    sources: list[SourceRef] = field(default_factory=list)
    body: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None


def format_datetime(value: datetime | None) -> str | None:
    """Render a local wall-clock time the way files and exports store it."""
    return value.strftime("%Y-%m-%dT%H:%M") if value else None


def format_date(value: date | None) -> str | None:
    """Render a date as ``YYYY-MM-DD``."""
    return value.isoformat() if value else None


def parse_datetime(text: str) -> datetime:
    """Parse ``YYYY-MM-DD[T ]HH:MM[:SS]`` (raises ValueError on anything else)."""
    text = text.strip()
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is not None:
        raise ValueError(f"time {text!r} must be local wall-clock time, without an offset")
    if dt.second or dt.microsecond:  # replace() costs ~6 µs: a load calls this per talk
        dt = dt.replace(second=0, microsecond=0)
    return dt


def parse_date(text: str) -> date:
    """Parse ``YYYY-MM-DD`` (raises ValueError on anything else)."""
    return date.fromisoformat(text.strip())


def later(when: datetime, delta: timedelta) -> datetime:
    """``when + delta``, stopping at the calendar's end (a talk on 9999-12-31 has no
    next hour: it ends at 23:59 instead of raising ``OverflowError``)."""
    try:
        return when + delta
    except OverflowError:
        return datetime.max.replace(second=0, microsecond=0, tzinfo=when.tzinfo)
