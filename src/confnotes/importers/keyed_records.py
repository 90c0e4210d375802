"""Mappings whose keys are values: records gathered under their time or day.

Hand-written programme data often files its records under what they share instead of
writing it in each one: a PHP page's ``$sessions = array("13:15 - 14:15" =>
array(array("description" => …, "speaker" => …)), …)``, a JSON ``{"09:30": [{…}],
"10:15": [{…}]}``, a YAML ``2024-05-14: [{title, speaker}]``. The key is then a field of
every record under it. This reader turns such a mapping into the list of its records,
each given its key as the field it is (``time`` for a clock or a range of clocks,
``date`` for a day), so that they are read as siblings, as a list of records that
write their times would be. A mapping is read so only when every key is of one kind
and every value holds records (a record, a list of them, or another such mapping):
a configuration keyed by clocks whose values are numbers or flags stays as written.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from confnotes.importers.fields import roles_of
from confnotes.importers.schedule_util import MAX_DEPTH

_CLOCK = r"[0-2]?\d[:.h][0-5]\d\s*+(?:[ap]\.?m\.?)?"
_TIME_KEY_RE = re.compile(
    rf"{_CLOCK}(?:\s*+(?:[-–—~]|to|bis|a|à)\s*+[0-2]?\d(?:[:.h][0-5]\d)?\s*+(?:[ap]\.?m\.?)?)?"
    r"\s*+(?:uhr|hs?\.?)?",
    re.I,
)
"""A key that is a clock (``09:30``, ``9.15am``) or a range of clocks (``13:15 - 14:15``,
``10:30 bis 11``)."""
_ISO_DAY_KEY_RE = re.compile(r"(?:19|20)\d\d-?[01]\d-?[0-3]\d")
MAX_DAY_KEY = 50
"""Characters of a key read as a day at most (a day's name, not a sentence)."""

_FIELD_OF_KIND = {"time": "start", "date": "date"}
"""The field a key of each kind becomes, by the role a record's own field of it has."""


def keys_as_fields(node: Any) -> Any:
    """``node`` with every mapping whose keys are clocks, ranges of clocks or days, and
    whose values hold records, made the list of those records, each with its key as a
    field (unless it writes one of its own). Changed in place, down to the walk's depth."""
    return _read(node, 0)


def _read(node: Any, depth: int) -> Any:
    if depth > MAX_DEPTH:
        return node
    if isinstance(node, list):
        for n, child in enumerate(node):
            node[n] = _read(child, depth + 1)
        return node
    if not isinstance(node, dict):
        return node
    records = _keyed_records(node, {}, depth)
    if records is not None and len(records) >= 2:
        return [_read(r, depth + 1) for r in records]
    for key, value in list(node.items()):
        if isinstance(value, (dict, list)):
            node[key] = _read(value, depth + 1)
    return node


def key_kind(key: Any) -> str:
    """``time`` for a clock or a range of clocks, ``date`` for a day, else ""."""
    if not isinstance(key, str) or not key.strip() or not any(c.isdigit() for c in key):
        return ""
    key = key.strip()
    if _TIME_KEY_RE.fullmatch(key):
        return "time"
    if _ISO_DAY_KEY_RE.fullmatch(key):
        return "date"
    if len(key) <= MAX_DAY_KEY:
        from confnotes.importers.when import parse_day

        if parse_day(key) is not None:
            return "date"
    return ""


def _keyed_records(
    node: dict[Any, Any], fields: dict[str, str], depth: int
) -> list[dict[str, Any]] | None:
    """The records under a mapping keyed by one kind of value (two keys at least), each
    with ``fields`` and its key's; None when ``node`` is no such mapping."""
    if len(node) < 2 or depth > MAX_DEPTH:
        return None
    kinds = {key_kind(k) for k in node}
    if len(kinds) != 1 or "" in kinds:
        return None
    kind = kinds.pop()
    read_as = _clocks_by_order(list(node)) if kind == "time" else {}
    out: list[dict[str, Any]] = []
    for key, value in node.items():
        held = _records_in(value, {**fields, kind: read_as.get(key, key.strip())}, depth + 1)
        if held is None:
            return None
        out += held
    return out


_TWELVE_HOUR_RE = re.compile(r"([0-2]?\d)[:.h]([0-5]\d)\s*+([ap])\.?m\.?", re.I)
"""A single clock with its am or pm (``11:30 PM``, ``9.15am``)."""


def _clocks_by_order(keys: list[Any]) -> dict[Any, str]:
    """Clock keys whose am or pm the order of the day contradicts, each with the 24-hour
    clock the order gives it (``'11:30 PM'`` between ``'10:50 AM'`` and ``'1:30 PM'`` is
    half past eleven in the morning; ``'12:30 AM'`` after it is half past noon).

    Keys are the day's slots in their order, so they rise: of the readings that rise
    (each key as written, or, at eleven and twelve, the hours around noon whose half is
    the one miswritten, with its am and pm swapped), the one that swaps fewest keys is
    taken; keys a writer sorted as strings (``'1:30 PM'`` before ``'10:00 AM'``) never
    rise, so stay as written. Nothing changes when the keys are not all single clocks
    with an am or pm (``13:20 PM`` counts: a 24-hour clock, its pm idle), when they rise
    as written, or when no reading rises (a mapping that is no one day's order)."""
    readings: list[tuple[int, ...]] = []
    for key in keys:
        m = _TWELVE_HOUR_RE.fullmatch(key.strip()) if isinstance(key, str) else None
        if m is None:
            return {}
        hour, minute, pm = int(m.group(1)), int(m.group(2)), m.group(3).lower() == "p"
        if hour > 23:
            return {}
        if hour == 0 or hour > 12:
            readings.append((hour * 60 + minute,))  # a 24-hour clock: its am or pm says nothing
            continue
        written = (hour % 12 + (12 if pm else 0)) * 60 + minute
        if hour < 11:
            readings.append((written,))  # "1:30 PM": only noon's hours get their half mixed up
            continue
        readings.append((written, (written + 12 * 60) % (24 * 60)))
    if _rises_through_the_night([options[0] for options in readings]):
        return {}
    best = _fewest_swaps(readings)
    swapped = sum(
        1 for options, chosen in zip(readings, best or [], strict=False) if chosen != options[0]
    )
    if best is None or swapped * 2 > len(keys):
        return {}  # the order says a few keys are miswritten, never most of them
    return {
        key: f"{chosen // 60:02d}:{chosen % 60:02d}"
        for key, options, chosen in zip(keys, readings, best, strict=True)
        if chosen != options[0]
    }


def _rises_through_the_night(minutes: list[int]) -> bool:
    """Minutes of the day that rise from key to key, past midnight once at most (a
    night's programme: ``10:00 PM``, ``11:30 PM``, ``1:00 AM``), ending before the hour
    they began at (less than a whole day)."""
    falls = [(a, b) for a, b in itertools.pairwise(minutes) if b < a]
    return not falls or (
        len(falls) == 1
        and falls[0][0] >= 18 * 60
        and falls[0][1] < 6 * 60
        and minutes[-1] < minutes[0]
    )


def _fewest_swaps(readings: list[tuple[int, ...]]) -> list[int] | None:
    """One minute of the day per key (the first of its readings as written, the second
    swapped), rising or level from key to key, with the fewest swapped; None when no
    choice rises."""
    # by the reading taken for the last key: (swaps so far, its minutes, the choices back)
    paths: list[tuple[int, int, Any]] = [(0, -1, None)]
    for options in readings:
        step = []
        for n, minutes in enumerate(options):
            before = [p for p in paths if p[1] <= minutes]
            if before:
                swaps, _last, back = min(before, key=lambda p: p[0])
                step.append((swaps + n, minutes, (minutes, back)))
        if not step:
            return None
        paths = step
    chosen: list[int] = []
    back = min(paths, key=lambda p: p[0])[2]
    while back is not None:
        chosen.append(back[0])
        back = back[1]
    return chosen[::-1]


def _records_in(value: Any, fields: dict[str, str], depth: int) -> list[dict[str, Any]] | None:
    """The records ``value`` holds (itself, the items of a list, a keyed mapping's), each
    with ``fields``; None when it holds anything else."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, list):
        out: list[dict[str, Any]] = []
        for item in value:
            held = _records_in(item, fields, depth + 1)
            if held is None:
                return None
            out += held
        return out
    if not isinstance(value, dict):
        return None
    if (keyed := _keyed_records(value, fields, depth)) is not None:
        return keyed
    if not _is_record(value):
        return None
    return [_with_fields(value, fields)]


def _is_record(value: dict[Any, Any]) -> bool:
    """A record: string keys, and at least one value that is words."""
    return all(isinstance(k, str) for k in value) and any(
        isinstance(v, str) and v.strip() for v in value.values()
    )


def _with_fields(record: dict[str, Any], fields: dict[str, str]) -> dict[str, Any]:
    """``record`` with each of ``fields`` it does not write itself, first."""
    own = {role for k in record for role in roles_of(k)}
    added = {kind: value for kind, value in fields.items() if _FIELD_OF_KIND[kind] not in own}
    added = {k: v for k, v in added.items() if k not in record}
    return {**added, **record} if added else record
