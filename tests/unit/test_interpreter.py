"""The app's interpreter policy: what exists is frozen out of the collector's sight every
second; a full collection (thaw, collect, freeze) waits for the user to be idle."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from confnotes.tui import interpreter as module
from confnotes.tui.interpreter import Interpreter


class Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def running() -> Iterator[Interpreter]:
    keeper = Interpreter()
    keeper.start()
    try:
        yield keeper
    finally:
        keeper.stop()


def test_each_tick_freezes_what_exists(running: Interpreter) -> None:
    kept = {"a": [1, 2]}
    assert any(o is kept for o in gc.get_objects())
    running.tick()
    assert not any(o is kept for o in gc.get_objects())  # frozen: no collection walks it


def test_a_full_collection_waits_for_an_idle_user(
    running: Interpreter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "THAW_AFTER", 10)
    garbage = [Cycle() for _ in range(20_000)]
    del garbage
    running.input_seen()  # typing: no collection, only a freeze
    running.tick()
    assert running.collections == 0
    frozen_garbage = gc.get_freeze_count()
    later = module.time.monotonic() + module.IDLE_SECONDS + 1
    monkeypatch.setattr(module.time, "monotonic", lambda: later)
    running.tick()  # idle since: thaw, collect (the cycles go), freeze again
    assert running.collections == 1
    assert gc.get_freeze_count() < frozen_garbage - 15_000  # the cycles are gone


def test_an_idle_tick_does_not_walk_every_frozen_object(
    running: Interpreter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``gc.get_freeze_count()`` walks every frozen object (0.1 s at a few million: the
    notebook of a big conference series), and ticks run on the UI thread every second:
    a key pressed then waited for it."""

    def walks_them_all() -> int:
        raise AssertionError("a tick walked every frozen object")

    monkeypatch.setattr(module.gc, "get_freeze_count", walks_them_all)
    later = module.time.monotonic() + module.IDLE_SECONDS + 1
    monkeypatch.setattr(module.time, "monotonic", lambda: later)
    for _ in range(3):
        running.tick()
    running.settled()


def test_the_interpreter_gets_its_settings_back() -> None:
    thresholds, interval = gc.get_threshold(), __import__("sys").getswitchinterval()
    keeper = Interpreter()
    keeper.start()
    assert gc.get_threshold() == module.GC_THRESHOLDS
    keeper.stop()
    assert gc.get_threshold() == thresholds
    assert __import__("sys").getswitchinterval() == interval
    assert gc.get_freeze_count() == 0
