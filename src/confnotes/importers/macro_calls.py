"""Template macros called with positional arguments, one call per slot of a programme.

Sites built with LaTeX-like templating (Franklin.jl, a LaTeX source, a custom Markdown
renderer) write each slot of a timetable as one call of a macro of their own,
``\\slot{10:00--10:30}{Room 2}{A talk's title}{Ana Ruiz}``: the arguments carry no names,
only positions. A run of calls of one macro with the same number of arguments is a
table (each call a row, each position a column), so the timetable reads each column's
role from its cells (times, rooms, titles, names) as it reads any table's. Only a run
whose calls are timed is a programme's: one position holds a clock or a range of clocks
in most calls, or a date beside a room (:func:`timed`); a group page's
``\\member{Name}{Role}{Year}{photo}`` runs are no table of slots.

Everything is bounded: the length of a call, of an argument, its brace nesting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from confnotes.importers.columns import is_date_cell, is_time_cell
from confnotes.importers.fields import place_aside

MAX_ARGS = 16
"""Arguments of one call at most."""
MAX_ARG_CHARS = 2000
"""Characters of one argument at most."""
MAX_DEPTH = 8
"""Braces nested inside an argument at most (``$[Mo^{III}(CN)_{7}]$``)."""
MIN_CALLS = 2
"""Calls in a run at least: one call alone is a sentence's markup, not a table."""

_NAME_RE = re.compile(r"\\([A-Za-z@]{1,40})(?=\{)")
"""A macro's name, right before its first argument."""
_MACRO_LINE_RE = re.compile(r"(?:^|\n)[ \t]{0,3}\\[A-Za-z@]{1,40}\{")
"""A line that opens with a macro call (whether a text may hold a run of them)."""


def may_hold_calls(text: str) -> bool:
    """Whether some line of ``text`` opens with a macro call (a cheap test, made once)."""
    return "\\" in text and "}{" in text and _MACRO_LINE_RE.search(text) is not None


def _argument(text: str, at: int, end: int) -> int:
    """Where the braced argument opening at ``text[at]`` ends (after its ``}``), or -1
    when it does not close within the bounds (nor before ``end``)."""
    depth = 0
    stop = min(end, at + MAX_ARG_CHARS + 2)
    n = at
    while n < stop:
        ch = text[n]
        if ch == "\\" and n + 1 < stop and text[n + 1] in "{}":
            n += 2  # an escaped brace is a character of the argument
            continue
        if ch == "{":
            depth += 1
            if depth > MAX_DEPTH:
                return -1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return n + 1
        n += 1
    return -1


def call_at(text: str, at: int, end: int = -1) -> tuple[str, list[str], int] | None:
    """The call of a macro at ``text[at]`` (``\\name{a}{b}``): its name, its arguments
    (a line break inside one is a space, as LaTeX reads it) and where it ends, within
    ``text[:end]``; None when no call of two arguments or more stands there."""
    end = len(text) if end < 0 else end
    m = _NAME_RE.match(text, at, end)
    if m is None:
        return None
    args: list[str] = []
    n = m.end()
    while n < end and text[n] == "{" and len(args) < MAX_ARGS:
        closed = _argument(text, n, end)
        if closed < 0:
            return None
        args.append(" ".join(text[n + 1 : closed - 1].split()))
        n = closed
    if len(args) < 2:
        return None
    return m.group(1), args, n


def call_run(text: str, start: int, end: int) -> list[tuple[int, int, list[str]]] | None:
    """``text[start:end]`` as a run of calls of one macro with the same number of
    arguments and nothing else but white space between them: each call's span and
    arguments; None when the block is anything else."""
    calls: list[tuple[int, int, list[str]]] = []
    name = ""
    n = start
    while True:
        while n < end and text[n].isspace():
            n += 1
        if n >= end:
            break
        found = call_at(text, n, end)
        if found is None:
            return None
        called, args, after = found
        if calls and (called != name or len(args) != len(calls[0][2])):
            return None
        name = called
        calls.append((n, after, args))
        n = after
    return calls if len(calls) >= MIN_CALLS else None


def _most(cells: Sequence[bool]) -> bool:
    """Whether more than half of ``cells`` are true."""
    return sum(cells) * 2 > len(cells)


def timed(calls: Sequence[tuple[int, int, list[str]]]) -> bool:
    """Whether a run of calls (:func:`call_run`) is a programme's slots: one argument
    position holds a clock or a range of clocks (``10:00``, ``10:00--10:30``) in most
    calls, or one holds a date and another a room in most calls. Names, roles, years and
    file names (a group page's members, a list of publications) are no slots."""
    if not calls:
        return False
    width = len(calls[0][2])
    columns = [[args[i] for _s, _e, args in calls] for i in range(width)]
    if any(_most([is_time_cell(c) for c in cells]) for cells in columns):
        return True
    dated = any(_most([is_date_cell(c) for c in cells]) for cells in columns)
    return dated and any(_most([bool(place_aside(c)) for c in cells]) for cells in columns)
