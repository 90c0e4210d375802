"""Clashes between starred talks, and my day with its gaps."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from confnotes.notebook.notebook import Notebook
from confnotes.schedule.clashes import clashes, my_day, my_days, starred_clashes
from confnotes.schedule.update_marks import set_cancelled


def _notebook(root: Path) -> Notebook:
    nb = Notebook.open(root, create=True)
    conf = nb.new_conference("Clash Conf", "clash-2024", timezone="Europe/Brussels")
    nb.save_conference(conf)
    rows = [
        ("A", "09:00", 45, True),
        ("B", "09:30", 30, True),  # overlaps A
        ("C", "10:00", 30, True),  # back to back with B: no clash
        ("D", "09:15", 30, False),  # overlaps A, not starred
        ("E", "12:00", 60, True),  # after a gap
    ]
    for title, hhmm, minutes, starred in rows:
        hour, minute = map(int, hhmm.split(":"))
        start = datetime(2024, 2, 3, hour, minute)
        talk = nb.new_talk(
            conf.id, title, start=start, end=start + timedelta(minutes=minutes), starred=starred
        )
        nb.save_talk(talk)
    return nb


def test_overlapping_starred_talks_clash_back_to_back_do_not(tmp_path: Path) -> None:
    nb = _notebook(tmp_path)
    found = starred_clashes(nb)
    assert found == {"clash-2024/a": ["clash-2024/b"], "clash-2024/b": ["clash-2024/a"]}
    every = clashes(nb, nb.talks.values())
    assert sorted(every["clash-2024/a"]) == ["clash-2024/b", "clash-2024/d"]


def test_a_cancelled_talk_clashes_with_nothing(tmp_path: Path) -> None:
    nb = _notebook(tmp_path)
    set_cancelled(nb.talks["clash-2024/b"], True)
    assert starred_clashes(nb) == {}


def test_my_day_lists_my_talks_gaps_and_clashes(tmp_path: Path) -> None:
    nb = _notebook(tmp_path)
    entries = my_day(nb, "clash-2024", date(2024, 2, 3))
    shown = [
        ("gap" if e.is_gap else e.talk.title, f"{e.start:%H:%M}", e.minutes, len(e.clashes_with))
        for e in entries
    ]
    assert shown == [
        ("A", "09:00", 45, 1),
        ("B", "09:30", 30, 1),
        ("C", "10:00", 30, 0),
        ("gap", "10:30", 90, 0),
        ("E", "12:00", 60, 0),
    ]
    assert my_days(nb, "clash-2024") == [date(2024, 2, 3)]
