"""Lay out one day of a conference as a grid: rooms as columns, time as rows.

This is the block view of schedule apps such as Giggity: each talk is a
block spanning the rows of its time slot in its room's column, so parallel
sessions sit side by side. Talks that overlap in the same room (a programme
error, or a room-less break) get extra lanes instead of hiding each other.
Pure layout, no Textual: the timetable widget only draws it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from confnotes.model import Talk, later

NO_ROOM = "(no room)"
"""Column heading for talks without a room."""


@dataclass
class Column:
    """One column of the grid: a room, or one lane of a room with overlapping talks."""

    room: str
    lane: int = 0
    lanes: int = 1

    @property
    def heading(self) -> str:
        """The room, numbered when it needs several lanes."""
        return self.room if self.lanes == 1 else f"{self.room} ({self.lane + 1})"


@dataclass
class Block:
    """A talk placed on the grid: its column and the rows it covers (end exclusive)."""

    talk: Talk
    column: int
    start_row: int
    end_row: int
    start: datetime | None = None
    """When the talk starts on the grid (its own time, or its share of its session's)."""
    end: datetime | None = None
    """When it ends on the grid."""

    @property
    def rows(self) -> int:
        """How many rows the block covers (at least one)."""
        return self.end_row - self.start_row


@dataclass
class DayGrid:
    """One day laid out: columns, blocks and the time each row stands for."""

    day: date
    start: datetime
    """Time at the top of row 0 (a whole hour)."""
    minutes_per_row: int
    rows: int
    columns: list[Column] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    """Blocks ordered by column, then start row."""

    def time_of(self, row: int) -> datetime:
        """Time at the top of a row."""
        return later(self.start, timedelta(minutes=row * self.minutes_per_row))

    def row_of(self, when: datetime) -> int | None:
        """The row a time falls in, or None when it is outside the grid."""
        minutes = (when - self.start).total_seconds() / 60
        row = math.floor(minutes / self.minutes_per_row)
        return row if 0 <= row < self.rows else None

    def blocks_in(self, column: int) -> list[Block]:
        """The blocks of a column, top to bottom."""
        return [b for b in self.blocks if b.column == column]

    def block_at(self, column: int, row: int) -> Block | None:
        """The block covering a cell, if any."""
        return next(
            (b for b in self.blocks if b.column == column and b.start_row <= row < b.end_row),
            None,
        )


@dataclass(frozen=True)
class Placement:
    """Where a talk goes on the grid when its own fields do not say (its session's slot)."""

    start: datetime
    end: datetime | None
    room: str


Placements = dict[str, Placement]
"""Placements by talk id."""


def _placed(talk: Talk, placements: Placements | None) -> Placement | None:
    if placements and talk.id in placements:
        return placements[talk.id]
    if talk.start is None:
        return None
    return Placement(talk.start, talk.end, talk.room)


def days_of(talks: Iterable[Talk], placements: Placements | None = None) -> list[date]:
    """The days on which placed talks start, in order."""
    return sorted({p.start.date() for t in talks if (p := _placed(t, placements)) is not None})


def spread_over_session(talks: list[Talk], start: datetime, end: datetime, room: str) -> Placements:
    """Untimed talks of one session share its slot in programme order, equal parts each.

    A programme often times the session and only lists its talks; splitting the
    slot shows them one after the other instead of as false parallel tracks.
    """
    if not talks:
        return {}
    step = (end - start) / len(talks)
    return {
        talk.id: Placement(start + step * i, start + step * (i + 1), room)
        for i, talk in enumerate(talks)
    }


def build_day_grid(
    talks: Iterable[Talk],
    day: date,
    minutes_per_row: int = 10,
    default_minutes: int = 30,
    placements: Placements | None = None,
) -> DayGrid:
    """Lay out the talks starting on ``day`` (talks with no time at all are left out).

    Args:
        talks: Talks of one conference (other days are ignored).
        day: The day to lay out.
        minutes_per_row: Minutes each row stands for.
        default_minutes: Length assumed for a talk without an end time.
        placements: Times and rooms for talks whose own fields lack them (by talk id).
    """
    placed: list[tuple[Talk, datetime, datetime, str]] = []
    for talk in talks:
        where = _placed(talk, placements)
        if where is None or where.start.date() != day:
            continue
        end = where.end
        if end is None or end <= where.start:
            end = later(where.start, timedelta(minutes=default_minutes))
        placed.append((talk, where.start, end, where.room.strip() or NO_ROOM))
    placed.sort(key=lambda p: (p[1], p[3], p[0].title))
    if not placed:
        start = datetime(day.year, day.month, day.day, 9)
        return DayGrid(day, start, minutes_per_row, 60 // minutes_per_row * 8)
    first = min(p[1] for p in placed)
    last = max(p[2] for p in placed)
    start = first.replace(minute=0, second=0, microsecond=0)
    end = (
        last
        if last.minute == 0 and last.second == 0
        else later(last.replace(minute=0), timedelta(hours=1))
    )
    rows = max(1, math.ceil((end - start).total_seconds() / 60 / minutes_per_row))

    # Rooms in order of their first talk, room-less talks last.
    rooms: list[str] = []
    for _talk, _start, _end, room in placed:
        if room not in rooms:
            rooms.append(room)
    if NO_ROOM in rooms:
        rooms.remove(NO_ROOM)
        rooms.append(NO_ROOM)

    def row(when: datetime) -> int:
        return math.floor((when - start).total_seconds() / 60 / minutes_per_row)

    columns: list[Column] = []
    blocks: list[Block] = []
    for room in rooms:
        lanes: list[list[tuple[Talk, datetime, datetime]]] = []
        for talk, talk_start, talk_end, talk_room in placed:
            if talk_room != room:
                continue
            for lane in lanes:
                if lane[-1][2] <= talk_start:
                    lane.append((talk, talk_start, talk_end))
                    break
            else:
                lanes.append([(talk, talk_start, talk_end)])
        for number, lane in enumerate(lanes):
            index = len(columns)
            columns.append(Column(room, number, len(lanes)))
            previous: Block | None = None
            for talk, talk_start, talk_end in lane:
                top = row(talk_start)
                bottom = max(
                    top + 1, math.ceil((talk_end - start).total_seconds() / 60 / minutes_per_row)
                )
                if previous is not None and previous.end_row > top:
                    # Rounding made neighbours touch: shorten the earlier one, never hide one.
                    previous.end_row = max(previous.start_row + 1, top)
                    top = max(top, previous.end_row)
                    bottom = max(bottom, top + 1)
                block = Block(
                    talk, index, top, min(bottom, max(rows, top + 1)), talk_start, talk_end
                )
                blocks.append(block)
                previous = block
    rows = max([rows, *(b.end_row for b in blocks)])
    return DayGrid(day, start, minutes_per_row, rows, columns, blocks)
