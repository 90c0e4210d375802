"""What every importer produces: a programme, before it is merged into a notebook.

Plain data with no ids of the notebook yet: people are named, not referenced,
so that merging (and matching people across conferences) happens in one place.
Times are naive local wall-clock times in ``Programme.timezone``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from confnotes.model import ImportantDate, Link


@dataclass
class ProgrammePerson:
    """A person as a programme names them."""

    name: str
    affiliations: list[str] = field(default_factory=list)
    url: str = ""
    source_id: str = ""
    """The person's id in the source format (a pretalx speaker code), when it has one."""
    aliases: list[str] = field(default_factory=list)


@dataclass
class ProgrammeRole:
    """A person's role at the conference (organizer, keynote, panelist, chair, speaker)."""

    person: ProgrammePerson
    role: str


@dataclass
class ProgrammeSession:
    """A block of the programme; ``key`` is unique within the programme."""

    key: str
    title: str
    kind: str = "talk"
    start: datetime | None = None
    end: datetime | None = None
    room: str = ""
    source_id: str = ""
    clock: time | None = None
    """The session's start time when the page names no day for it (``start`` is then
    unknown): the time the page gives, kept as read."""


@dataclass
class ProgrammeTalk:
    """A talk as the programme lists it; ``body`` is set only by the ``notes`` format."""

    title: str
    kind: str = "talk"
    start: datetime | None = None
    end: datetime | None = None
    room: str = ""
    session: str | None = None
    """Key of a :class:`ProgrammeSession` of the same programme."""
    speakers: list[ProgrammePerson] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    abstract: str = ""
    body: str = ""
    source_id: str = ""
    """Stable id of the talk in the source (frab event id/guid, iCal UID...), if any."""
    day: date | None = None
    """The talk's day when its time is not known (a date-only start)."""
    clock: time | None = None
    """The talk's start time when the page names no day for it (a workshop page whose
    date is on another page): ``start`` stays unknown, the time the page gives is kept."""
    origin: str = ""
    """Where the body came from in the source (``lines 12-30``), for ``--dry-run``."""
    speakers_placed: bool = False
    """Its speakers were read where the document puts a speaker: a run of sibling elements
    that write theirs in the same place (:mod:`confnotes.importers.runs`), or a sentence
    that gives them the talk (:mod:`confnotes.importers.mentions`); the person test's
    second look (:func:`confnotes.importers.person_evidence.weigh_people`) keeps them."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Front matter of a person's note file that the import did not read (``layout``,
    ``draft``, ``aliases``, a Dataview key): it goes on in the note's front matter."""

    def fill_from(self, other: ProgrammeTalk) -> None:
        """The facts this reading of the talk left empty (speakers, times, day, room,
        abstract) from ``other``, a second reading of the same talk (another file of the
        event, another part of the document), and the links and tags it adds. Each caller
        decides how the two notes' bodies meet."""
        self.speakers = self.speakers or other.speakers
        self.start = self.start or other.start
        self.end = self.end or other.end
        self.day = self.day or other.day
        self.room = self.room or other.room
        self.abstract = self.abstract or other.abstract
        self.links += [link for link in other.links if link not in self.links]
        self.tags += [tag for tag in other.tags if tag not in self.tags]


@dataclass
class Programme:
    """One conference's programme as read from one source."""

    name: str
    format: str
    """The importer that read it (``frab``, ``pretalx``, ``ical``, ``markdown``...)."""
    series: str = ""
    start: date | None = None
    end: date | None = None
    timezone: str | None = None
    location: str = ""
    url: str = ""
    description: str = ""
    source_id: str = ""
    dates: list[ImportantDate] = field(default_factory=list)
    roles: list[ProgrammeRole] = field(default_factory=list)
    sessions: list[ProgrammeSession] = field(default_factory=list)
    talks: list[ProgrammeTalk] = field(default_factory=list)
    name_from: str = ""
    """Where ``name`` came from when it is a guess (``file name``), so a notes folder's
    name can stand in for it."""
    warnings: list[str] = field(default_factory=list)
    """Things the importer skipped or guessed, for the user to see (with line numbers)."""
    reading: str = ""
    """The shape a text document was read as (``timetable``, ``sections``...)."""
    reading_chosen: bool = False
    """The user chose ``reading`` with ``import --as`` (kept for ``import --update``)."""
    readings: list[str] = field(default_factory=list)
    """The best readings of a text document, best first, with scores and evidence."""
