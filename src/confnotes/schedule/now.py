"""What is on now, and what is next in this room, by each conference's own clock.

Talk times are naive wall-clock times in their conference's timezone
(DESIGN.md §3), so "now" means a different wall-clock time for every
conference: 16:30 in Lisbon is 10:30 in Chicago. A :class:`Clock` turns one
instant into each conference's local time. It can also be pinned to a
wall-clock time (``confnotes now --at "2025-06-12 09:30"``): then that time
is read in every conference's own timezone, which is what someone reviewing
a past day means. No Textual here: the CLI, the UI and tests share it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from confnotes.errors import UsageError
from confnotes.model import Conference, Talk, later
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.update_marks import is_cancelled

DEFAULT_LENGTH = timedelta(minutes=30)
"""How long a talk with a start but no end (and no session end) is taken to last."""


def zone_of(conf: Conference | None) -> ZoneInfo | None:
    """The conference's timezone, or None when unknown or not a real IANA name."""
    if conf is None or not conf.timezone:
        return None
    try:
        return ZoneInfo(conf.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_at(text: str) -> datetime:
    """Parse ``--at "YYYY-MM-DD HH:MM"`` (a wall-clock time, read in each conference's zone).

    Raises:
        UsageError: the text is not such a time.
    """
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f'--at takes a time like "2025-06-12 09:30", not {text!r}') from None
    if not AT_RANGE[0] <= value.replace(tzinfo=None) <= AT_RANGE[1]:
        raise UsageError(
            f"--at {text.strip()!r} is too close to the ends of the calendar; "
            "give a time between 0002-01-01 and 9998-12-31"
        )
    return value


AT_RANGE = (datetime(2, 1, 1), datetime(9998, 12, 31, 23, 59))
"""Times ``--at`` accepts: a year of room at each end of the calendar, so the clock can run
on (and timezones shift it) without leaving what a datetime can hold."""


class Clock:
    """The current instant, real or pinned, and its wall-clock time in a conference.

    A pinned clock still advances in real time from the pinned moment (so a
    time-travelling session's timestamps move on); ``frozen`` stops it (tests).
    """

    def __init__(
        self,
        start: datetime | None = None,
        *,
        frozen: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.start = start
        """The pinned moment (naive = wall clock in every conference), or None for real time."""
        self.frozen = frozen
        self._monotonic = monotonic
        self._t0 = monotonic()

    @property
    def pinned(self) -> bool:
        """True when the clock was set with ``--at`` (or by a test)."""
        return self.start is not None

    def _elapsed(self) -> timedelta:
        return timedelta(0) if self.frozen else timedelta(seconds=self._monotonic() - self._t0)

    def instant(self) -> datetime:
        """Now: an aware instant, or a naive wall-clock time when pinned with ``--at``."""
        if self.start is None:
            return datetime.now(UTC)
        return self._advanced(self.start)

    def _advanced(self, start: datetime) -> datetime:
        """The pinned moment moved on by the time elapsed; it stops at the calendar's end."""
        try:
            return start + self._elapsed()
        except OverflowError:
            return start

    def local(self, conf: Conference | None) -> datetime:
        """Naive wall-clock time now in the conference's timezone (the machine's when unknown)."""
        zone = zone_of(conf)
        if self.start is None:
            now = datetime.now(UTC)
        elif self.start.tzinfo is None:
            return self._advanced(self.start).replace(microsecond=0)
        else:
            now = self._advanced(self.start)
        try:
            local = now.astimezone(zone) if zone else now.astimezone()
        except OverflowError:
            local = now  # a pinned time at the calendar's very end: shown as given
        return local.replace(tzinfo=None, microsecond=0)


@dataclass
class Slot:
    """A talk with the times and room it actually occupies (its own, else its session's)."""

    talk: Talk
    start: datetime
    end: datetime
    room: str


@dataclass
class NowReport:
    """What is on at one moment, across every conference of the notebook."""

    in_progress: list[Slot] = field(default_factory=list)
    """Talks running now, several when rooms run in parallel (earliest start first)."""
    upcoming: list[Slot] = field(default_factory=list)
    """When nothing runs: the next talks to start the same day, soonest first."""


def slot_of(nb: Notebook, talk: Talk) -> Slot | None:
    """The talk's effective start, end and room; None for a talk with no time at all."""
    conf = nb.conferences.get(talk.conference)
    session = conf.session(talk.session) if conf else None
    start = talk.start or (session.start if session else None)
    if start is None:
        return None
    end = talk.end
    if end is None or end <= start:
        end = session.end if session and session.end and session.end > start else None
    if end is None:
        end = later(start, DEFAULT_LENGTH)
    room = talk.room or (session.room if session else "")
    return Slot(talk, start, end, room)


def _slots(nb: Notebook, talks: Iterable[Talk]) -> list[Slot]:
    """The slots of the talks that take place: no untimed, no cancelled ones."""
    return [s for s in (slot_of(nb, t) for t in talks if not is_cancelled(t)) if s is not None]


def what_is_on(nb: Notebook, clock: Clock, horizon: timedelta = timedelta(hours=12)) -> NowReport:
    """Talks in progress now by each conference's clock; else what starts next within the day.

    Breaks and socials count as "on" only when nothing else is, since nobody
    takes notes on a coffee break while a talk runs next door.
    """
    running: list[Slot] = []
    upcoming: list[Slot] = []
    for conf in nb.conferences.values():
        now = clock.local(conf)
        for slot in _slots(nb, nb.talks_of(conf.id)):
            if slot.start <= now < slot.end:
                running.append(slot)
            elif now < slot.start <= later(now, horizon) and slot.start.date() == now.date():
                upcoming.append(slot)
    running.sort(key=lambda s: (s.start, s.room, s.talk.title))
    real = [s for s in running if s.talk.kind not in ("break", "social")]
    if real:
        running = real
    if running:
        return NowReport(in_progress=running)
    upcoming.sort(key=lambda s: (s.start, s.room, s.talk.title))
    first = upcoming[0].start if upcoming else None
    return NowReport(upcoming=[s for s in upcoming if s.start == first])


def next_in_room(nb: Notebook, talk: Talk) -> Talk | None:
    """The talk that follows this one in the same room of the same conference, if any."""
    here = slot_of(nb, talk)
    if here is None:
        return None
    later = [
        s
        for s in _slots(nb, nb.talks_of(talk.conference))
        if s.talk.id != talk.id
        and s.room == here.room
        and (s.start > here.start or (s.start == here.start and s.talk.title > talk.title))
    ]
    later.sort(key=lambda s: (s.start, s.talk.title))
    return later[0].talk if later else None


def describe(slot: Slot, nb: Notebook) -> str:
    """One line for a slot: ``09:15–10:00  Tejo  Title — Speaker, Speaker  [conf/talk]``."""
    names = ", ".join(p.name for p in nb.speakers_of(slot.talk))
    who = f" — {names}" if names else ""
    room = f"  {slot.room}" if slot.room else ""
    return (
        f"{slot.start:%Y-%m-%d %H:%M}–{slot.end:%H:%M}{room}  {slot.talk.title}{who}"
        f"  [{slot.talk.id}]"
    )
