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

from confnotes.model import Talk

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
        return self.start + timedelta(minutes=row * self.minutes_per_row)

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


def days_of(talks: Iterable[Talk]) -> list[date]:
    """The days on which timed talks start, in order."""
    return sorted({t.start.date() for t in talks if t.start is not None})


def _end_of(talk: Talk, default_minutes: int) -> datetime:
    assert talk.start is not None
    if talk.end is not None and talk.end > talk.start:
        return talk.end
    return talk.start + timedelta(minutes=default_minutes)


def build_day_grid(
    talks: Iterable[Talk],
    day: date,
    minutes_per_row: int = 10,
    default_minutes: int = 30,
) -> DayGrid:
    """Lay out the talks starting on ``day`` (talks without a start time are left out).

    Args:
        talks: Talks of one conference (other days are ignored).
        day: The day to lay out.
        minutes_per_row: Minutes each row stands for.
        default_minutes: Length assumed for a talk without an end time.
    """
    todays = sorted(
        (t for t in talks if t.start is not None and t.start.date() == day),
        key=lambda t: (t.start, t.room, t.title),  # type: ignore[arg-type,return-value]
    )
    if not todays:
        start = datetime(day.year, day.month, day.day, 9)
        return DayGrid(day, start, minutes_per_row, 60 // minutes_per_row * 8)
    first = min(t.start for t in todays if t.start)
    last = max(_end_of(t, default_minutes) for t in todays)
    start = first.replace(minute=0, second=0, microsecond=0)
    end = (
        last
        if last.minute == 0 and last.second == 0
        else last.replace(minute=0) + timedelta(hours=1)
    )
    rows = max(1, math.ceil((end - start).total_seconds() / 60 / minutes_per_row))

    # Rooms in order of their first talk, room-less talks last.
    rooms: list[str] = []
    for talk in todays:
        room = talk.room.strip() or NO_ROOM
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
        in_room = [t for t in todays if (t.room.strip() or NO_ROOM) == room]
        lanes: list[list[tuple[Talk, datetime]]] = []
        for talk in in_room:
            assert talk.start is not None
            end_time = _end_of(talk, default_minutes)
            for lane in lanes:
                if lane[-1][1] <= talk.start:
                    lane.append((talk, end_time))
                    break
            else:
                lanes.append([(talk, end_time)])
        for number, lane in enumerate(lanes):
            index = len(columns)
            columns.append(Column(room, number, len(lanes)))
            previous: Block | None = None
            for talk, end_time in lane:
                assert talk.start is not None
                top = row(talk.start)
                bottom = max(
                    top + 1, math.ceil((end_time - start).total_seconds() / 60 / minutes_per_row)
                )
                if previous is not None and previous.end_row > top:
                    # Rounding made neighbours touch: shorten the earlier one, never hide one.
                    previous.end_row = max(previous.start_row + 1, top)
                    top = max(top, previous.end_row)
                    bottom = max(bottom, top + 1)
                block = Block(talk, index, top, min(bottom, max(rows, top + 1)))
                blocks.append(block)
                previous = block
    rows = max([rows, *(b.end_row for b in blocks)])
    return DayGrid(day, start, minutes_per_row, rows, columns, blocks)
