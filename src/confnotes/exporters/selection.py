"""Which conferences and talks an export covers (``--conference``, ``--only``, dates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from confnotes.errors import UsageError
from confnotes.model import Conference, Talk
from confnotes.notebook.notebook import Notebook, sort_talks

ONLY_CHOICES = ("noted", "starred", "attended")


@dataclass(frozen=True)
class Selection:
    """What to export: one conference or all, and a filter on talks."""

    conference: str | None = None
    only: str | None = None
    start: date | None = None
    end: date | None = None


def select(nb: Notebook, sel: Selection) -> tuple[list[Conference], list[Talk]]:
    """The conferences and talks a selection covers, in a stable order.

    Raises:
        UsageError: an unknown conference or filter.
    """
    if sel.only is not None and sel.only not in ONLY_CHOICES:
        raise UsageError(f"--only must be one of {', '.join(ONLY_CHOICES)}, not {sel.only!r}")
    if sel.conference is not None:
        conferences = [nb.conference(sel.conference)]
    else:
        conferences = sorted(
            nb.conferences.values(), key=lambda c: (c.start is None, c.start or date.min, c.id)
        )
    wanted = {c.id: c for c in conferences}
    talks = [
        t
        for t in nb.talks.values()
        if t.conference in wanted and _keep(t, sel, talk_day(wanted[t.conference], t))
    ]
    return conferences, sort_talks(talks)


def talk_day(conf: Conference | None, talk: Talk) -> date | None:
    """The day of a talk: its own start, else its session's (imports often time only sessions)."""
    if talk.start:
        return talk.start.date()
    session = conf.session(talk.session) if conf else None
    return session.start.date() if session and session.start else None


def _keep(talk: Talk, sel: Selection, day: date | None) -> bool:
    if sel.only == "noted" and not talk.has_notes:
        return False
    if sel.only == "starred" and not talk.starred:
        return False
    if sel.only == "attended" and not talk.attended:
        return False
    if sel.start and (day is None or day < sel.start):
        return False
    return not (sel.end and (day is None or day > sel.end))
