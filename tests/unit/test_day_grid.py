"""Laying a conference day out as rooms × time: parallel talks side by side, none hidden."""

from __future__ import annotations

import itertools
from datetime import date, datetime

from confnotes.model import Talk
from confnotes.schedule.day_grid import NO_ROOM, build_day_grid, days_of, spread_over_session


def _talk(title: str, start: str, end: str | None, room: str) -> Talk:
    return Talk(
        id=f"c/{title}",
        conference="c",
        title=title,
        start=datetime.fromisoformat(f"2024-02-03T{start}"),
        end=datetime.fromisoformat(f"2024-02-03T{end}") if end else None,
        room=room,
    )


def test_rooms_become_columns_and_time_rows() -> None:
    talks = [
        _talk("a", "09:00", "09:30", "Janson"),
        _talk("b", "09:30", "10:15", "Janson"),
        _talk("c", "09:30", "10:00", "K.1.105"),
        _talk("lunch", "12:00", "13:00", ""),
    ]
    grid = build_day_grid(talks, date(2024, 2, 3))
    assert [c.heading for c in grid.columns] == ["Janson", "K.1.105", NO_ROOM]
    assert grid.start == datetime(2024, 2, 3, 9)
    assert grid.rows == 24  # 09:00-13:00 in 10-minute rows
    rows = {b.talk.title: (b.column, b.start_row, b.end_row) for b in grid.blocks}
    assert rows == {"a": (0, 0, 3), "b": (0, 3, 8), "c": (1, 3, 6), "lunch": (2, 18, 24)}
    assert grid.row_of(datetime(2024, 2, 3, 10, 12)) == 7
    assert grid.row_of(datetime(2024, 2, 3, 8, 59)) is None
    assert grid.block_at(0, 5).talk.title == "b"
    assert grid.block_at(1, 7) is None


def test_overlapping_talks_in_one_room_get_lanes() -> None:
    talks = [
        _talk("x", "09:00", "10:00", "Hall"),
        _talk("y", "09:30", "10:30", "Hall"),
        _talk("z", "10:00", None, "Hall"),  # no end: 30 minutes assumed
    ]
    grid = build_day_grid(talks, date(2024, 2, 3))
    assert [c.heading for c in grid.columns] == ["Hall (1)", "Hall (2)"]
    assert {b.talk.title: b.column for b in grid.blocks} == {"x": 0, "y": 1, "z": 0}
    z = next(b for b in grid.blocks if b.talk.title == "z")
    assert (z.start_row, z.end_row) == (6, 9)


def test_rounding_never_hides_a_short_talk() -> None:
    talks = [
        _talk("long", "09:00", "09:14", "R"),
        _talk("lightning", "09:14", "09:18", "R"),
        _talk("next", "09:18", "09:30", "R"),
    ]
    grid = build_day_grid(talks, date(2024, 2, 3))
    spans = [(b.start_row, b.end_row) for b in grid.blocks]
    assert all(end > start for start, end in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_other_days_and_untimed_talks_are_left_out() -> None:
    talks = [_talk("a", "09:00", "09:30", "R"), Talk(id="c/u", conference="c", title="u")]
    other = _talk("b", "09:00", "09:30", "R")
    other.start = datetime(2024, 2, 4, 9)
    assert days_of([*talks, other]) == [date(2024, 2, 3), date(2024, 2, 4)]
    grid = build_day_grid([*talks, other], date(2024, 2, 3))
    assert [b.talk.title for b in grid.blocks] == ["a"]
    empty = build_day_grid([], date(2024, 2, 5))
    assert empty.blocks == [] and empty.rows > 0


def test_untimed_talks_share_their_session_slot_in_order() -> None:
    talks = [Talk(id=f"c/{n}", conference="c", title=n) for n in ("first", "second", "third")]
    placements = spread_over_session(
        talks, datetime(2024, 2, 3, 10), datetime(2024, 2, 3, 10, 45), "Hall"
    )
    grid = build_day_grid(talks, date(2024, 2, 3), placements=placements)
    assert [c.heading for c in grid.columns] == ["Hall"]  # one after the other, no false lanes
    spans = [(b.talk.title, b.start_row, b.end_row) for b in grid.blocks]
    assert [title for title, _s, _e in spans] == ["first", "second", "third"]
    assert all(a[2] <= b[1] for a, b in itertools.pairwise(spans))
    assert grid.blocks[1].start == datetime(2024, 2, 3, 10, 15)
    assert days_of(talks) == [] and days_of(talks, placements) == [date(2024, 2, 3)]
