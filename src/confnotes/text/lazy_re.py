"""Regular expressions compiled on first use.

A character class over the CJK blocks costs ~2–7 ms to compile (``re`` walks
every code point of a range into a bitmap), and a cold ``confnotes search``
imports the analysis module for a query that may never meet a CJK character or
an accent. :func:`lazy_compile` defers that cost to the first match.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn")


class _LazyPattern:
    """Stands for a ``re.Pattern``: compiles on the first attribute asked for, then keeps
    the compiled pattern's methods as its own attributes (later calls cost what a
    pattern's own do)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            self.__dict__[method] = getattr(compiled, method)
        self.__dict__["groupindex"] = compiled.groupindex
        self.__dict__["groups"] = compiled.groups
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (its methods only: not for
    ``re.sub(pattern, ...)`` or ``isinstance`` checks)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
