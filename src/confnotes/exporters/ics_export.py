"""iCalendar export: the user's own schedule, for any calendar app.

By default the talks you starred or attended (``--only`` narrows it), each as
a VEVENT at its local time with a ``TZID`` and the conference's VTIMEZONE
(floating times when the conference's zone is unknown). The UID is the talk's
id, which never changes when a talk moves: importing the file again updates
the events instead of adding copies. ``DTSTAMP``/``LAST-MODIFIED`` are the
note file's modification time (not the clock): the same notebook gives the
same bytes, and a note rewritten after a programme change looks newer to the
calendar app. A cancelled talk is kept with ``STATUS:CANCELLED``.

Values come from hand-edited files and imported programmes: control characters
are not iCalendar text (RFC 5545 ``TSAFE-CHAR``), so they become U+FFFD in text,
and a URI holding a newline or any other control or space character (which
iCalendar refuses: the export stopped with an internal error) is percent-encoded.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from urllib.parse import quote
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from confnotes.exporters.selection import Selection, select
from confnotes.knowledge.wikilinks import tags_in
from confnotes.model import Conference, Talk
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Slot, slot_of, zone_of
from confnotes.schedule.update_marks import is_cancelled

PRODID = "-//confnotes//my schedule//EN"
UID_DOMAIN = "confnotes"
"""UIDs are ``<talk id>@confnotes``: stable across exports and programme updates."""


_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters iCalendar text cannot hold (tabs and newlines it can, escaped)."""
_URI_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f]")
"""Characters a URI value cannot hold as they are: controls and spaces."""


def ical_text(value: str) -> str:
    """``value`` as iCalendar text: control characters replaced by U+FFFD."""
    return _TEXT_CONTROL.sub("\ufffd", value)


def ical_uri(url: str) -> str:
    """``url`` as an iCalendar URI: controls and spaces percent-encoded, the rest kept."""
    return _URI_UNSAFE.sub(lambda m: quote(m.group(), safe=""), url.strip())


def talk_uid(talk: Talk) -> str:
    """The event's UID: the talk id, which survives moves, renames and re-imports."""
    return f"{talk.id}@{UID_DOMAIN}"


def my_talks(nb: Notebook, sel: Selection) -> list[Talk]:
    """The talks of the calendar: ``--only``'s, else the starred or attended ones."""
    _confs, talks = select(nb, sel)
    if sel.only is None:
        talks = [t for t in talks if t.starred or t.attended]
    return talks


def export_ics(nb: Notebook, sel: Selection | None = None) -> str:
    """The user's schedule as an iCalendar document (CRLF lines, folded by icalendar)."""
    sel = sel or Selection()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _calendar_name(nb, sel))
    days = []
    for talk in my_talks(nb, sel):
        slot = slot_of(nb, talk)
        if slot is None:
            continue
        conf = nb.conferences.get(talk.conference)
        cal.add_component(_event(nb, talk, slot, conf))
        days += [slot.start.date(), slot.end.date()]
    if days:
        # Only the transitions around the talks' years: a few lines, not 70 years of them.
        first, last = min(days), max(days)
        cal.add_missing_timezones(date(first.year - 1, 1, 1), date(last.year + 1, 12, 31))
    return cal.to_ical().decode("utf-8")


def _calendar_name(nb: Notebook, sel: Selection) -> str:
    if sel.conference and sel.conference in nb.conferences:
        return ical_text(f"My schedule: {nb.conferences[sel.conference].name}")
    return "My schedule (confnotes)"


def _local(value: datetime, zone: ZoneInfo | None) -> datetime:
    return value.replace(tzinfo=zone) if zone else value


def _stamp(talk: Talk, conf: Conference | None) -> datetime:
    """The note file's modification time (UTC, whole seconds); a fixed date without one."""
    try:
        if talk.path is not None:
            return datetime.fromtimestamp(int(talk.path.stat().st_mtime), UTC)
    except OSError:
        pass
    day = conf.start if conf and conf.start else date(2000, 1, 1)
    return datetime.combine(day, time(0), UTC)


def _event(nb: Notebook, talk: Talk, slot: Slot, conf: Conference | None) -> Event:
    zone = zone_of(conf)
    event = Event()
    event.add("uid", talk_uid(talk))
    stamp = _stamp(talk, conf)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("dtstart", _local(slot.start, zone))
    event.add("dtend", _local(slot.end, zone))
    event.add("summary", ical_text(talk.title))
    where = [x for x in (slot.room, conf.location if conf else "") if x]
    if where:
        event.add("location", ical_text(", ".join(dict.fromkeys(where))))
    names = [p.name for p in nb.speakers_of(talk)]
    lines = []
    if names:
        lines.append(f"Speakers: {', '.join(names)}")
    if conf is not None:
        lines.append(f"Conference: {conf.name}")
    for link in talk.links:
        lines.append(f"{link.label or link.kind}: {link.url}")
    if talk.abstract:
        lines += ["", talk.abstract]
    if lines:
        event.add("description", ical_text("\n".join(lines)))
    url = next((link.url for link in talk.links if link.kind in ("page", "video")), None)
    url = url or (talk.links[0].url if talk.links else None)
    if url and ical_uri(url):
        event.add("url", ical_uri(url))
    # The note's own #tags are tags too, as in the Markdown and JSON exports.
    categories = [ical_text(c) for c in (talk.kind, *talk.tags, *tags_in(talk.body))]
    event.add("categories", list(dict.fromkeys(categories)))
    if is_cancelled(talk):
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    return event
