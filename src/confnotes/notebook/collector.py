"""The cyclic garbage collector paused while a long job builds objects that all stay."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """While a notebook load or an index build makes tens of thousands of objects that
    all stay (talks, people, a term's postings): the cycle collector would walk them
    again and again for nothing (10-15% of such a job). Whoever paused it resumes it."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
