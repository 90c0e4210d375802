"""Building a :class:`Programme` from a human-written page, one fact at a time.

The text-shaped formats find people, dates and schedule lines in different
layouts but record them the same way; this builder does the recording:
sections classified by their headings, people kept once per role, schedule
entries turned into talks or sessions with end times from the next entry, the
conference's dates, year, timezone and id-worthy name settled at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from confnotes.importers.entries import Entry, afternoon, writes_24_hour_clock
from confnotes.importers.fields import SECTION_WORDS as SECTION_WORDS
from confnotes.importers.fields import section_kind as section_kind
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.textutil import (
    DATE_NO_YEAR_RE,
    DATE_RE,
    city_timezone,
    combine,
    find_series,
    find_timezone,
    parse_date,
    series_timezone,
)
from confnotes.model import ImportantDate
from confnotes.notebook.slugs import make_slug


class PageBuilder:
    """Collects what a page says into a :class:`Programme`."""

    def __init__(self, fmt: str, source: str):
        self.programme = Programme(name="", format=fmt)
        self.source = source
        self.year: int | None = None
        self.day: date | None = None
        """The day schedule lines belong to (from the page or a day heading)."""
        self._last_start: time | None = None
        self._written_24h = False
        """A start written past 12:59 (``19:00``): the page keeps a 24-hour clock, so a
        smaller time after it is never moved to the afternoon."""
        self._open: list[ProgrammeTalk | ProgrammeSession] = []
        self._session_keys: set[str] = set()
        self.publish_day = False
        """The day is a post's publishing date (its front matter's ``date``): a day its
        first lines name is the event's own, and replaces it."""
        self.people_marks: list[ProgrammePerson] = []
        """People found before the text was read (Liquid include tags), by marker index."""
        self.cited: list[str] = []
        """The lines of the page's list of references (``Related papers``): works cited,
        no talks, kept in the event's description."""

    def clock_from(self, text: str) -> None:
        """The page's schedule keeps a 24-hour clock when its text says so
        (:func:`writes_24_hour_clock`), from its first time on, not only after the
        first afternoon time."""
        if writes_24_hour_clock(text):
            self._written_24h = True

    # -------------------------------------------------------------- people
    def add_role(self, person: ProgrammePerson, role: str) -> None:
        """Record a person's role once (a repeated name adds affiliations, not a person)."""
        key = person.name.casefold()
        for existing in self.programme.roles:
            if existing.role == role and existing.person.name.casefold() == key:
                for aff in person.affiliations:
                    if aff not in existing.person.affiliations:
                        existing.person.affiliations.append(aff)
                existing.person.url = existing.person.url or person.url
                return
        self.programme.roles.append(ProgrammeRole(person=person, role=role))

    # -------------------------------------------------------------- dates
    def add_date(self, line: str, line_no: int) -> bool:
        """A milestone from ``Label: Sep 17, 2021``; the event's own date sets the start."""
        when = parse_date(line, self.year)
        plain = line.strip(" -*•\t")
        if when is None:
            if re.search(r"\b(tbd|tbc|to be (confirmed|announced|determined))\b", plain, re.I):
                self.programme.warnings.append(f"line {line_no}: no date yet: {plain}")
            return False
        label = re.split(r"(?<!\s)(?:\s*[:–—]\s+|\s+-\s+)", plain, maxsplit=1)[0]
        if label == plain or parse_date(label, self.year):
            m = DATE_RE.search(plain) or DATE_NO_YEAR_RE.search(plain)
            label = plain[: m.start()].strip(" :-–") if m else plain
        label = label.strip(" *_:")
        if re.fullmatch(r"(the )?(workshop|conference|event|symposium)( date| day)?", label, re.I):
            self.set_day(when)
        if all(d.label != label for d in self.programme.dates):
            self.programme.dates.append(ImportantDate(label=label, date=when.isoformat()))
        return True

    def set_day(self, day: date) -> None:
        """The conference runs on ``day`` (start and end stretch to include it)."""
        p = self.programme
        p.start = min(p.start, day) if p.start else day
        p.end = max(p.end, day) if p.end else day
        if self.day is None:
            self.day = day
        self.year = self.year or day.year

    def note_series(self, text: str) -> None:
        """Series and year from text such as ``NeurIPS 2023 Workshop``."""
        series, year = find_series(text)
        if series and not self.programme.series:
            self.programme.series = series
        if year and not self.year:
            self.year = year

    # -------------------------------------------------------------- schedule
    def add_entry(self, entry: Entry, line_no: int, room: str = "") -> None:
        """A schedule line: a talk, or a session when it is a break or poster session."""
        if entry.start is not None and entry.start.hour >= 13 and not entry.ampm:
            self._written_24h = True  # "8:00pm" said its half of the day: no 24-hour clock
        ampm = entry.ampm or self._written_24h
        start = afternoon(entry.start, self._last_start, ampm)
        end = afternoon(entry.end, start, ampm)
        if start is not None:
            self._last_start = start
            for item in self._open:
                if item.end is None and item.start is not None and self.day:
                    candidate = combine(self.day, start)
                    if candidate and candidate > item.start:
                        item.end = candidate
            self._open = []
        starts, ends = combine(self.day, start), combine(self.day, end)
        if start is not None and self.day is None:
            self.programme.warnings.append(
                f"line {line_no}: time {start:%H:%M} of {entry.title!r} has no known day; "
                "kept without a time"
            )
        if entry.is_session:
            session = ProgrammeSession(
                key=self.session_key(entry.title, starts),
                title=entry.title,
                kind=entry.kind,
                start=starts,
                end=ends,
                room=room,
                clock=start if starts is None else None,
            )
            self.programme.sessions.append(session)
            if ends is None:
                self._open.append(session)
            return
        talk = ProgrammeTalk(
            title=entry.title or _untitled(entry),
            kind=entry.kind,
            start=starts,
            end=ends,
            room=room,
            speakers=entry.speakers,
            clock=start if starts is None else None,
        )
        talk.speakers_placed = entry.placed
        if start is not None and starts is None:
            # a page that never says its day: the hour stays with the talk, as written
            talk.extra["time"] = f"{start:%H:%M}" + (f"–{end:%H:%M}" if end else "")
        elif start is None and self.day is not None:
            talk.day = self.day  # no time of its own: the day the page is at (its heading's)
        self.programme.talks.append(talk)
        if ends is None:
            self._open.append(talk)

    def close_schedule(self, end: time | None) -> None:
        """The last items of the day end when the day does (if the page says when)."""
        if end is not None and self.day is not None:
            for item in self._open:
                candidate = combine(self.day, end)
                if item.end is None and item.start and candidate and candidate > item.start:
                    item.end = candidate
        self._open = []
        self._last_start = None

    def restart_clock(self) -> None:
        """The next time is read afresh, not after the last one (a table of its own that
        starts in the morning): the items still open keep waiting for their end."""
        self._last_start = None

    def session_key(self, title: str, start: datetime | None) -> str:
        """A key unique within the programme: ``2023-12-16-1000-break``."""
        base = make_slug(f"{start:%Y-%m-%d-%H%M} {title}" if start else title, "session")
        key, n = base, 2
        while key in self._session_keys:
            key, n = f"{base}-{n}", n + 1
        self._session_keys.add(key)
        return key

    # -------------------------------------------------------------- finishing
    def finish(self, text: str) -> Programme:
        """Settle the year, timezone and series; returns the programme."""
        p = self.programme
        self.note_series(text)
        if p.timezone is None:
            p.timezone = city_timezone(p.location)
        if p.timezone is None and re.search(r"\b(in[- ]person|on[- ]site|venue)\b", text, re.I):
            p.timezone = series_timezone(p.series, self.year)
        p.name = " ".join(p.name.split()) or "Untitled programme"
        if not p.description:
            p.description = page_prose(text, p)
        if self.cited:
            p.description = "\n\n".join([p.description, "\n".join(self.cited)]).strip()
        return p


def kinds_of_a_lightning_event(p: Programme, headings: Iterable[str] = ()) -> None:
    """An event named for lightning talks (``Hill LT #5``, ``Lightning Talk Night``), or
    one its own description calls a lightning-talk evening (``our second LT night``),
    holds lightning talks: its talks that say no kind of their own and have speakers
    take that one, as a session's heading gives its talks theirs. Only an event named
    for lightning talks alone: a name that also says other talks (``Meetup #5: two talks
    and lightning talks``) holds both kinds, and a page whose own ``headings`` sort its
    talks by kind (``## Lightning talks`` beside ``## Talks``) has said which are which."""
    from confnotes.importers.kinds import kind_of

    if kind_of(p.name) == "spotlight":
        if not _names_lightning_alone(p.name):
            return
    elif kind_of(p.description[:300]) != "spotlight" or _names_other_talks(p.name):
        return
    said = {kind_of(h) == "spotlight" for h in headings if _names_other_talks(h)}
    if len(said) == 2:
        return  # "## Talks" over some, "## Lightning talks" over others: sorted by kind
    for talk in p.talks:
        if talk.kind == "talk" and talk.speakers:
            talk.kind = "spotlight"


def _names_lightning_alone(text: str) -> bool:
    """Whether the lightning talks ``text`` names are the only talks it names: with the
    words for them taken out, no other word for talks (of any kind) is left."""
    from confnotes.importers.kinds import KIND_WORDS

    spotlight = dict(KIND_WORDS)["spotlight"]
    return not _names_other_talks(_SESSION_WORD_RE.sub(" ", spotlight.sub(" ", text)))


_SESSION_WORD_RE = re.compile(r"\b(?:sessions?|sesi[oó]n|sessione|sitzung|séance)\b", re.I)
"""Words for a session: ``Lightning talk session #3`` names lightning talks alone."""


def _names_other_talks(text: str) -> bool:
    """Whether ``text`` names talks of some kind (a word for talks, a keynote, a panel,
    a workshop), a programme's part of them."""
    from confnotes.importers.schedule_util import names_talks

    return names_talks(text, programme=False)


MAX_PROSE = 20_000
"""Characters of a page's own prose kept as the conference's description."""


def page_prose(text: str, programme: Programme) -> str:
    """A page's paragraphs of prose (About, Call for Papers) under their headings, as
    written: what no talk, person or date holds still ends in the conference's
    description, so every line a reader sees ends somewhere."""
    from confnotes.importers import doctree

    doc = doctree.parse(text)
    held = {x.strip() for t in programme.talks for x in t.body.split("\n") if x.strip()}
    out: list[str] = []
    heading = ""
    after_prose = False  # a list right after a kept paragraph continues it ("examples are")
    for node in _blocks(doc.root):
        source = doc.source_of(node).strip()
        if node.kind == "heading":
            heading, after_prose = node.text.strip(), False
            continue
        prose = node.kind == "paragraph" and len(node.text.split()) >= 8
        if not (prose or (node.kind == "list" and after_prose)):
            after_prose = False
            continue
        if not source or source in held or source.startswith("<"):
            continue
        if heading:
            out.append(f"## {heading}")
            heading = ""
        out.append(source)
        after_prose = prose
        if sum(len(x) for x in out) > MAX_PROSE:
            break
    return "\n\n".join(out)[:MAX_PROSE]


def _blocks(root: Any) -> list[Any]:
    """A tree's blocks in order, an HTML container's elements in its place."""
    out: list[Any] = []
    for node in root.children:
        if node.kind in ("html", "div", "section", "article", "main", "body") and node.children:
            out.extend(_blocks(node))
        elif node.spanned:
            out.append(node)
    return out


def stated_timezone(text: str) -> str | None:
    """A timezone a page states for its times (``(Central Standard Time)``, ``All times PT``)."""
    return find_timezone(text)


def _untitled(entry: Entry) -> str:
    """A speaker's slot whose title is not known yet (``**Invited talk**: Ana Ruiz``) is
    a talk all the same: named after its kind and speakers until a refresh brings one."""
    kind = "Talk" if entry.kind in ("talk", "other", "") else entry.kind.capitalize()
    names = ", ".join(p.name for p in entry.speakers)
    return f"{kind} by {names}" if names else f"{kind} (untitled)"
