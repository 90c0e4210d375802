"""Clashes between the talks I starred, and my day: my talks in order with gaps between.

Two starred talks of one conference clash when their slots (own times, else
their session's, see :func:`confnotes.schedule.now.slot_of`) overlap by at least a
minute; back-to-back talks do not. Cancelled talks and breaks never clash. No
Textual here: the schedule, the timetable, the ``now`` chooser and tests share it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from confnotes.model import Talk
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Slot, slot_of
from confnotes.schedule.update_marks import is_cancelled

CLASH_MARK = "⚠"
"""The mark of a starred talk that overlaps another starred talk."""

MIN_GAP = timedelta(minutes=5)
"""A free stretch shorter than this between two of my talks is not listed as a gap."""


def _counts(talk: Talk) -> bool:
    return not is_cancelled(talk) and talk.kind not in ("break", "social")


def clashes(nb: Notebook, talks: Iterable[Talk]) -> dict[str, list[str]]:
    """For each talk that overlaps another of ``talks`` (same conference): the others' ids,
    earliest first. Talks without a time, cancelled talks and breaks are left out."""
    by_conf: dict[str, list[Slot]] = {}
    for talk in talks:
        if not _counts(talk):
            continue
        slot = slot_of(nb, talk)
        if slot is not None:
            by_conf.setdefault(talk.conference, []).append(slot)
    out: dict[str, list[str]] = {}
    for slots in by_conf.values():
        slots.sort(key=lambda s: (s.start, s.end, s.talk.id))
        for i, a in enumerate(slots):
            for b in slots[i + 1 :]:
                if b.start >= a.end:
                    break
                out.setdefault(a.talk.id, []).append(b.talk.id)
                out.setdefault(b.talk.id, []).append(a.talk.id)
    return out


def starred_clashes(nb: Notebook, conference: str | None = None) -> dict[str, list[str]]:
    """Clashes among the starred talks (of one conference, or of all)."""
    talks = nb.talks_of(conference) if conference else list(nb.talks.values())
    return clashes(nb, (t for t in talks if t.starred))


@dataclass
class DayEntry:
    """One line of my day: a talk of mine (with what it clashes with), or a free gap."""

    start: datetime
    end: datetime
    talk: Talk | None = None
    """None for a gap."""
    room: str = ""
    clashes_with: list[str] = field(default_factory=list)

    @property
    def is_gap(self) -> bool:
        """True for a free stretch between two of my talks."""
        return self.talk is None

    @property
    def minutes(self) -> int:
        """Length in minutes."""
        return int((self.end - self.start).total_seconds() // 60)


def my_day(
    nb: Notebook, conference: str, day: date, min_gap: timedelta = MIN_GAP
) -> list[DayEntry]:
    """My talks (starred or attended) of one conference day, in time order, with the free
    gaps between them and each starred talk's clashes."""
    mine = [t for t in nb.talks_of(conference) if t.starred or t.attended]
    slots = sorted(
        (s for s in (slot_of(nb, t) for t in mine) if s is not None and s.start.date() == day),
        key=lambda s: (s.start, s.end, s.talk.title),
    )
    clash = clashes(nb, (s.talk for s in slots if s.talk.starred))
    entries: list[DayEntry] = []
    busy_until: datetime | None = None
    for slot in slots:
        if busy_until is not None and slot.start - busy_until >= min_gap:
            entries.append(DayEntry(busy_until, slot.start))
        entries.append(
            DayEntry(slot.start, slot.end, slot.talk, slot.room, clash.get(slot.talk.id, []))
        )
        if not is_cancelled(slot.talk):
            busy_until = slot.end if busy_until is None else max(busy_until, slot.end)
    return entries


def my_days(nb: Notebook, conference: str) -> list[date]:
    """The days of a conference on which I have talks (starred or attended)."""
    days = {
        s.start.date()
        for s in (slot_of(nb, t) for t in nb.talks_of(conference) if t.starred or t.attended)
        if s is not None
    }
    return sorted(days)
