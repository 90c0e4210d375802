"""How the app tunes Python's interpreter while it runs, so that keys are drawn at once.

Two things stall a keystroke in a Python UI that no widget code can avoid:

- The cyclic garbage collector. Drawing a frame makes thousands of short-lived
  objects; the notebook, the schedule, the index's readers live as long as the
  app. A collection walks every tracked object of its generations: with a
  20,000-talk notebook and a team sync every few seconds, collections of the middle
  generation took 30-60 ms every two seconds and a full one 0.6-1 s (measured with
  ``gc.callbacks`` while typing). So the young threshold is raised (fewer promotions
  of a frame's garbage) and, every second, what exists is *frozen* (out of the
  collector's sight: ``gc.freeze``, which costs nothing): collections only ever walk
  the objects of the last second. What was garbage and got frozen is reclaimed when
  the user is idle: everything is thawed, collected and frozen again, once enough
  was frozen since the last time (a full collection is a pause, so it waits for one).
- The interpreter's lock: a worker thread busy in Python keeps it for up to the
  switch interval each time the UI thread asks for it, several times per frame.
"""

from __future__ import annotations

import gc
import sys
import time

GC_THRESHOLDS = (10_000, 10, 10)
"""The collector's thresholds while the app runs (Python's are 700, 10, 10). Drawing a frame
makes thousands of objects that die with it; at 700 they outlive a collection or two, are
promoted and pile up until a full collection stops the UI (measured with bench_scale's
keystroke row while a team sync runs: p95 154 ms at 700, 67–86 ms at 5,000–10,000, under
load 5). A young collection of 10,000 objects costs about a millisecond."""

SWITCH_INTERVAL = 0.001
"""Seconds a thread may keep the interpreter's lock while another waits for it (Python's
default is 0.005): the UI thread gets it back within a millisecond from a busy worker."""

IDLE_SECONDS = 4.0
"""No key or click for this long: a full collection may run (see :meth:`Interpreter.tick`)."""

THAW_AFTER = 50_000
"""Objects frozen since the last full collection that make the next idle moment worth one."""


class Interpreter:
    """The app's interpreter settings: set at mount, given back at unmount."""

    def __init__(self) -> None:
        self._thresholds = gc.get_threshold()
        self._switch_interval = sys.getswitchinterval()
        self._last_input = time.monotonic()
        self._frozen_since_collection = 0
        """Objects frozen since the last full collection (counted as they are frozen:
        ``gc.get_freeze_count()`` walks every frozen object, 0.1 s at a few million, on
        the UI thread every second while the user is idle)."""
        self.collections = 0
        """Full collections run while the user was idle (for tests and benchmarks)."""

    def start(self) -> None:
        """Freeze what exists (the loaded notebook lives as long as the app), raise the
        young threshold, shorten the switch interval."""
        gc.freeze()
        self._frozen_since_collection = 0
        gc.set_threshold(*GC_THRESHOLDS)
        sys.setswitchinterval(SWITCH_INTERVAL)

    def stop(self) -> None:
        """Give Python its own settings back."""
        gc.unfreeze()
        gc.set_threshold(*self._thresholds)
        sys.setswitchinterval(self._switch_interval)

    def settled(self) -> None:
        """Long-lived state was just built (the notes read, the index opened): out of the
        collector's sight at once, so no collection while the user types walks it."""
        gc.freeze()
        self._frozen_since_collection = 0

    def input_seen(self) -> None:
        """A key or a click: the user is busy, a full collection waits."""
        self._last_input = time.monotonic()

    def tick(self) -> None:
        """Every second: freeze what exists; when the user is idle and much was frozen
        since the last full collection, thaw, collect and freeze again."""
        idle = time.monotonic() - self._last_input >= IDLE_SECONDS
        if idle and self._frozen_since_collection >= THAW_AFTER:
            gc.unfreeze()
            gc.collect()
            self.collections += 1
            gc.freeze()
            self._frozen_since_collection = 0
            return
        # what the generations hold is what the freeze moves (the objects of the last second)
        self._frozen_since_collection += sum(len(gc.get_objects(g)) for g in range(3))
        gc.freeze()
