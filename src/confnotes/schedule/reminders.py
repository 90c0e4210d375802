"""Reminders: a notice a few minutes before a starred talk starts, by its conference's clock.

The app asks :func:`due` every little while; a talk is due once, when its
start is at most ``minutes`` away (and not yet past) in its conference's own
wall-clock time, so a pinned ``--at`` clock reminds exactly as a real one
would. Cancelled talks are never due. No Textual here.
"""

from __future__ import annotations

from datetime import timedelta

from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Clock, Slot, slot_of
from confnotes.schedule.update_marks import is_cancelled


def due(nb: Notebook, clock: Clock, minutes: int, done: set[str]) -> list[Slot]:
    """Starred talks starting within ``minutes`` that were not reminded yet (soonest first);
    their ids are added to ``done``."""
    if minutes <= 0:
        return []
    ahead = timedelta(minutes=minutes)
    out: list[Slot] = []
    for conf in nb.conferences.values():
        now = clock.local(conf)
        for talk in nb.talks_of(conf.id):
            if not talk.starred or talk.id in done or is_cancelled(talk):
                continue
            slot = slot_of(nb, talk)
            if slot is not None and now <= slot.start <= now + ahead:
                out.append(slot)
    out.sort(key=lambda s: (s.start, s.room, s.talk.title))
    done.update(s.talk.id for s in out)
    return out


def describe_reminder(slot: Slot, minutes_left: int) -> str:
    """``In 5 min: Title — Room``."""
    when = "Now" if minutes_left <= 0 else f"In {minutes_left} min"
    room = f" — {slot.room}" if slot.room else ""
    return f"{when}: {slot.talk.title}{room}"
