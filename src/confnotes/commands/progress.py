"""A progress bar on stderr for long index builds (only when stderr is a terminal)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """``(done, total)`` callback drawing ``label [#####-----] done/total`` on one line.

    Draws nothing unless the stream is a TTY and the job has at least ``minimum``
    steps, so pipes and logs get only the command's plain summary.
    """

    def __init__(self, label: str, stream: TextIO | None = None, minimum: int = 0):
        self.label = label
        self.stream = stream or sys.stderr
        self.minimum = minimum
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < max(self.minimum, 1):
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        width = 30
        filled = width * done // total
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        """End the bar's line (when one was drawn)."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
