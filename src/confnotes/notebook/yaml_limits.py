"""Limits on the YAML that notes may hold: sizes, aliases, nesting (hostile-input guards).

Shared by the front-matter reader and PyYAML's loader (:mod:`.yaml_dialect`), which
checks them before and after parsing.
"""

from __future__ import annotations

import re
from typing import Any

MAX_FRONT_MATTER_BYTES = 1_000_000
"""Front matter larger than this is refused: no talk needs a megabyte of metadata."""

MAX_ALIASES = 64
"""YAML aliases allowed in one document; more is treated as an alias bomb."""

MAX_DEPTH = 100
"""Deepest nesting of lists and mappings accepted; libyaml's composer recurses in C and
crashes the process (segfault) on a few tens of thousands of ``[``."""

MAX_EXPANDED_NODES = 200_000
"""Values a document may hold once its aliases are expanded (a billion-laughs guard for
consumers that walk or dump the data, such as a save that re-serialises front matter)."""

ALIAS_RE = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]+", re.MULTILINE)


def could_nest_deeply(text: str) -> bool:
    """Whether ``text`` has enough indicators to nest past MAX_DEPTH.

    Every level opens with a character of its own (``[``, ``{``, a ``-`` or ``?``
    indicator, or the ``:`` of a key), so fewer of them than MAX_DEPTH cannot nest
    that deep: most notes skip the extra parse of :func:`_check_depth`.
    """
    return sum(text.count(c) for c in "[{-:?") > MAX_DEPTH


def expands_beyond(data: Any, budget: int) -> bool:
    """True when ``data`` with its aliases expanded holds more than ``budget`` values.

    Sizes are computed once per distinct list or mapping (aliases share objects),
    so a bomb is measured in microseconds; a node that contains itself counts as
    unbounded.
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        value, finished = stack.pop()
        if not isinstance(value, dict | list):
            continue
        key = id(value)
        children = [*value.keys(), *value.values()] if isinstance(value, dict) else value
        if finished:
            total = 1 + sum(sizes.get(id(child), 1) for child in children)
            active.discard(key)
            sizes[key] = total
            if total > budget:
                return True
        elif key not in sizes:
            if key in active:
                return True
            active.add(key)
            stack.append((value, True))
            stack.extend((child, False) for child in children if isinstance(child, dict | list))
    return False
