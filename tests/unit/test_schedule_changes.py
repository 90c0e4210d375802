"""Programme-change marks in the front matter, and what a cancelled talk no longer does."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Clock, what_is_on
from confnotes.schedule.update_marks import (
    Change,
    change_of,
    is_cancelled,
    mark_changed,
    mark_seen,
    set_cancelled,
)

KEYNOTE = "relml-2025/calibration-is-not-enough"


def test_marks_round_trip_and_go_once_seen(demo: Path) -> None:
    nb = Notebook.open(demo)
    talk = nb.talks[KEYNOTE]
    set_cancelled(talk, True)
    mark_changed(talk, Change("moved", "Thu 09:15, Tejo"))
    nb.save_talk(talk)
    text = (demo / f"{KEYNOTE}.md").read_text(encoding="utf-8")
    assert "cancelled: true" in text and "programme_change:" in text
    again = Notebook.open(demo).talks[KEYNOTE]
    assert is_cancelled(again)
    assert change_of(again) == Change("moved", "Thu 09:15, Tejo")
    assert change_of(again).describe() == "moved (was Thu 09:15, Tejo)"  # type: ignore[union-attr]
    assert mark_seen(again) and not mark_seen(again)
    set_cancelled(again, False)
    nb2 = Notebook.open(demo)
    nb2.talks[KEYNOTE] = again
    nb2.save_talk(again)
    text = (demo / f"{KEYNOTE}.md").read_text(encoding="utf-8")
    assert "cancelled" not in text and "programme_change" not in text
    assert again.body in text  # the note itself is untouched


def test_a_cancelled_talk_is_not_on_now(demo: Path) -> None:
    nb = Notebook.open(demo)
    clock = Clock(datetime(2025, 6, 12, 9, 30), frozen=True)
    assert [s.talk.id for s in what_is_on(nb, clock).in_progress] == [KEYNOTE]
    set_cancelled(nb.talks[KEYNOTE], True)
    assert KEYNOTE not in [s.talk.id for s in what_is_on(nb, clock).in_progress]
