"""Pieces the UI benchmarks share: timing frames the app draws, and the ``--keep DIR`` option."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any


def record_frames(app: Any) -> list[float]:
    """A list that gets the ``perf_counter`` time of every frame ``app`` draws from now on."""
    frames: list[float] = []
    original = app._display

    def display(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            frames.append(time.perf_counter())
        original(screen, renderable)

    app._display = display
    return frames


def pop_keep(args: list[str]) -> Path | None:
    """Remove ``--keep DIR`` from ``args`` and return DIR (None when absent)."""
    if "--keep" not in args:
        return None
    at = args.index("--keep")
    keep = Path(args[at + 1])
    del args[at : at + 2]
    return keep
