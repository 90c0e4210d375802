"""The one day a page names, given to talks no reader could date.

A one-day event's page often says its date once, away from its programme: in a sentence
over a bulleted list (``si terrà il 26 ottobre 2019``), in the page's description meta
tag that a generated site fills in, in its front matter. The programme itself then lists
times alone (``10:10 - 11:10``) or nothing. When the page names exactly one day with its
year, and no range of days, that day is the day of every talk read without one; a page
naming two days or more (a deadline and the event, a range, a multi-day event) dates
nothing."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from selectolax.lexbor import LexborHTMLParser

from confnotes.importers.document_names import range_end
from confnotes.importers.fields import names_role_alone
from confnotes.importers.programme import Programme
from confnotes.importers.structure import header_fields, split_front
from confnotes.importers.textutil import strip_markdown_inline
from confnotes.importers.when import clock_range, find_date, series_weekday, weekday_dated

MAX_CHARS = 400_000
"""A page longer than this is not searched (a one-day event's page is short)."""
MAX_LINES = 3000
"""At most this many pieces (sentences, fields) of a page are read for its dates."""

_PIECE_RE = re.compile(r"[\n;|•·]|\.\s|。")
"""What ends a piece of a line read for one date: a sentence, a field separator."""
_DESCRIPTION_RE = re.compile(r"description", re.I)
_FIELD_RE = re.compile(
    r"^[\s*_>-]{0,6}(?P<key>[^\W\d][^:：\n]{0,15}?)[*_\s]{0,3}[:：](?P<value>[^\n]{1,120})$", re.M
)
"""A ``Key: value`` line of a page's facts (``**Date:** Thursday, June 14, 2018``)."""


def _html_lines(text: str) -> list[str]:
    """The visible text of a page, by lines, then its title and its description meta tags
    (a generated page says its date there)."""
    tree = LexborHTMLParser(text)
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    lines = [tree.body.text(separator="\n")] if tree.body is not None else []
    for meta in tree.css("meta"):
        attrs = meta.attributes
        said = str(attrs.get("name") or attrs.get("property") or "")
        if _DESCRIPTION_RE.search(said):
            lines.append(str(attrs.get("content") or ""))
    title = tree.css_first("title")
    if title is not None:
        lines.append(title.text())
    return lines


def page_day(text: str, html: bool, first_title: str = "") -> date | None:
    """The one day ``text`` names with its year before its programme (before
    ``first_title``, the first talk's, when the page writes it), or in its title and
    description; None when it names none, several, or a range of days. A date after
    the programme (``Save the date: the next one is on …``, ``Last edited …``) is no
    day of its talks. The page's own words speak before its front matter, whose date is
    often the post's (``pubDate``): the front matter's one day counts only when the words
    name none, and the words' day counts only when on or after it: an announcement names
    a coming day, a post's words a day before it (a ticket bought, a flight) the writer's."""
    if len(text) > MAX_CHARS:
        return None
    front, body = _front_and_body(text)
    blocks = _html_lines(body) if html else [body]
    after = ""
    if first_title and blocks and (at := blocks[0].find(first_title)) >= 0:
        blocks[0], after = blocks[0][:at], blocks[0][at:]  # the words before its programme
    posted = _one_day(_days_named([front])) if front else None
    found = _days_named(blocks, posted.year if posted else None)
    if found == set():
        found = field_days(after) or set()
    if found == set():
        return posted
    day = _one_day(found)
    return None if day is not None and posted is not None and day < posted else day


def front_day(text: str) -> date | None:
    """The one day a page's front matter names (often the post's ``pubDate``); None when
    it has no front matter, or it names none or several."""
    if len(text) > MAX_CHARS:
        return None
    front = _front_and_body(text)[0]
    return _one_day(_days_named([front])) if front else None


def field_days(text: str) -> set[date] | None:
    """The days the page's date fields below its programme name (``Date: Thursday, June
    14, 2018``, ``Datum: 14. Juni 2018``, ``日付：2018年6月14日``): an announcement's facts
    block, written after its list of talks, says the event's day under a key that names a
    date, where a sentence (``Last edited …``, ``the next one is on …``) says none."""
    if len(text) > MAX_CHARS:
        return None
    # one field, one piece: "15. Oktober 2031" whole
    return days_named_in(
        m.group("value")
        for m in _FIELD_RE.finditer(text)
        if names_role_alone(strip_markdown_inline(m.group("key")).strip(" *_"), "date")
    )


def names_a_day(text: str, html: bool) -> bool:
    """Whether a document's own words or front matter name a day (with its year, or a
    weekday fixing it), or may: True when they name one or several, or are too long to
    read. A day in its surroundings (a link's address, its file's name) speaks only
    where this says False (:mod:`confnotes.importers.context_day`)."""
    if len(text) > MAX_CHARS:
        return True
    front, body = _front_and_body(text)
    blocks = [front, *(_html_lines(body) if html else [body])]
    return _days_named(blocks) != set()


def _one_day(found: set[date] | None) -> date | None:
    return next(iter(found)) if found and len(found) == 1 else None


def _front_and_body(text: str) -> tuple[str, str]:
    """``(front matter, the rest)`` of a page; ``("", text)`` when it has none. A header
    of fields opening a page that writes no YAML block (a reStructuredText post's field
    list, ``:date: 2020-03-25 19:00``, Pelican's) is its front matter."""
    lines = text.split("\n")
    _kind, _data, last = split_front(lines)
    if last < 0:
        last = header_fields(lines)[1]
    if last < 0:
        return "", text
    return "\n".join(lines[: last + 1]), "\n".join(lines[last + 1 :])


def _days_named(blocks: list[str], near: int | None = None) -> set[date] | None:
    """The days these blocks name with their year, or with a weekday that fixes it (the
    fitting year nearest ``near``), by pieces (sentences, fields); None when they name
    two or more, a range of days, or are too long to read."""
    pieces = (p for block in blocks for p in _PIECE_RE.split(block) if p.strip())
    return days_named_in(pieces, weekday_near=near, by_weekday=True)


_ISO_MOMENT_RE = re.compile(r"\b((?:19|20)\d\d-[01]\d-[0-3]\d)T(\d)")
"""ISO 8601's date and time joined by ``T`` (a front matter's ``date:``): the date is the
day it names, as ``2024-11-21 17:30`` names it."""


def days_named_in(
    pieces: Iterable[str],
    year: int | None = None,
    weekday_near: int | None = None,
    by_weekday: bool = False,
) -> set[date] | None:
    """The one day these pieces (sentences, fields, lines) name with its own year (an
    empty set when none does); None when they name two or more, a range of days
    ("26-28 ottobre 2019"), or are too many to read. ``year``: the document's, for
    dates written without one (they still count only with their own). ``by_weekday``: a
    day written with its weekday and no year (``on Monday, November 17th``) counts too,
    on the year that weekday fits (:func:`confnotes.importers.when.yearless_day`, the
    one nearest ``weekday_near`` when given)."""
    found: set[date] = set()
    for n, piece in enumerate(pieces):
        if n >= MAX_LINES:
            return None
        piece = _ISO_MOMENT_RE.sub(r"\1 \2", piece)  # "2024-11-21T17:30:00-04:00": its day
        day, own = find_date(piece, year)
        if by_weekday and (day is None or not own):
            day = weekday_dated(piece, weekday_near)
            own = day is not None
        if day is None or not own:
            continue
        if range_end(piece, day, day.year) is not None:
            return None
        found.add(day)
        if len(found) > 1:
            return None
    return found


def date_undated(programme: Programme, day: date) -> None:
    """Give ``day`` to the talks of ``programme`` when none has a day: the page's one day
    is theirs (a time read alone becomes the talk's start). A talk read under a day
    written without its year (``### Tuesday, August 31`` after ``### Monday, August 30``)
    keeps its own day, in the year the page's day has: the page's day dates the first
    heading only, its weekday fixing the year for all of them."""
    talks = programme.talks
    if not talks or any(t.day or t.start for t in talks):
        return
    if programme.start not in (None, day) or programme.end not in (None, day):
        return
    for talk in talks:
        own = _yearless_near(str(talk.extra.get("date", "")), day) or day
        if own is not day:
            del talk.extra["date"]  # the day is the talk's now, with its year
        if talk.clock is not None:
            talk.start = datetime.combine(own, talk.clock)
            talk.clock = None
        else:
            talk.day = own
    for session in programme.sessions:
        if session.start is None and session.clock is not None:
            session.start = datetime.combine(day, session.clock)
            session.clock = None
    programme.start = programme.start or day
    programme.end = programme.end or day


_YEARLESS_RE = re.compile(r"--(\d\d)-(\d\d)")
"""ISO 8601's month and day without a year (``--08-31``), as a reader keeps a day said so."""


def _yearless_near(said: str, day: date) -> date | None:
    """The day ``said`` (``--08-31``) names in the year that puts it nearest ``day`` (a
    schedule from December 30 to January 2 crosses into the next year); None when it
    names no day."""
    if not (m := _YEARLESS_RE.fullmatch(said)):
        return None
    found: list[date] = []
    for year in (day.year - 1, day.year, day.year + 1):
        with contextlib.suppress(ValueError):
            found.append(date(year, int(m.group(1)), int(m.group(2))))
    return min(found, key=lambda d: abs((d - day).days), default=None)


@dataclass(frozen=True)
class SeriesHours:
    """The hours a series' page says once for all its meetings."""

    start: time
    end: time | None
    """None when the page says when its meetings begin only (``jeden Dienstag 18 Uhr``)."""
    weekday: int | None = None
    """The day of the week the sentence gives its meetings (``met on Fridays 3-4 PM``):
    the hours are those of the meetings on that weekday only (a meeting moved to another
    day, ``Note the special day!``, keeps its day without them)."""


_HOUR_WORD_RE = re.compile(
    r"(?<![\d:.,/])(?<!\bde )(?<!\bfor )(?<!\bfür )(?<!\bpendant )(?<!\bdurante )"
    r"(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?[ \t]{0,2}(?P<word>uhr|heures?|horas?)\b",
    re.I,
)
"""A lone hour closed by an hour's word (``18 Uhr``): read only in a sentence naming the
series' weekday, where it is the meetings' start. Not after a word that makes it a length
(``de 2 horas``, ``pendant 2 heures``, ``for 2 hours``): see :func:`_clock_hour`."""


def _clock_hour(m: re.Match[str]) -> time | None:
    """The start an :data:`_HOUR_WORD_RE` match names: ``18 Uhr``, ``19:30 horas``, or a
    bare hour a meeting plausibly starts at (7 to 22: ``19 heures``); None for a bare
    small hour, a length of time (``sesiones de 2 horas``, ``2 heures``)."""
    hour, minute = int(m.group("h")), m.group("m")
    if minute is None and m.group("word").casefold() != "uhr" and not 7 <= hour <= 22:
        return None
    return time(hour, int(minute or 0))


def page_hours(text: str, html: bool) -> SeriesHours | None:
    """The one range of hours a page's words name outside any dated line (``All
    meetings run from 18.30 to 19.30``): a series of meetings, each on its own day, often
    says their common hours once, in a sentence before or after the list. A sentence that
    names the weekday the series meets on (``met on Fridays 3:00-4:00 PM``, ``todos los
    jueves a las 19:00``, ``jeden Dienstag 18 Uhr``) may give a start alone, and ties the
    hours to that weekday. None when no piece of the page, or more than one, names hours
    (a piece naming a day is a talk's or an event's, never the series' common hours)."""
    if len(text) > MAX_CHARS:
        return None
    body = _front_and_body(text)[1]
    blocks = _html_lines(body) if html else [body]
    pieces = (p for block in blocks for p in _PIECE_RE.split(block) if p.strip())
    found: SeriesHours | None = None
    for n, piece in enumerate(pieces):
        if n >= MAX_LINES:
            return None
        plain = strip_markdown_inline(piece) if not html else piece
        start, end, _said = clock_range(plain)
        weekday = series_weekday(plain)
        if (
            end is None
            and weekday is not None
            and (m := _HOUR_WORD_RE.search(plain))
            and clock_range(plain[: m.start()])[0] is None
            and (hour := _clock_hour(m)) is not None
        ):  # "jeden Dienstag 18 Uhr im Raum 3.14": the hour written first is the start
            start = hour
        if start is None:
            continue
        if end is None and weekday is None:
            return None  # a lone clock not said of the series' weekday: a talk's time
        if find_date(plain)[0] is not None or found is not None:
            return None  # a dated line's time, a second range: not common hours
        found = SeriesHours(start, end, weekday)
    return found


def time_the_days(programme: Programme, hours: SeriesHours) -> None:
    """Give ``hours`` to the talks of ``programme`` when each dated one has a day of its
    own and no talk has a time: the page's common hours are those of every meeting of the
    series (of those on its weekday, when it names one). Talks without a day are the
    page's own notes (its headings, an abstract's label), and are let be."""
    talks = [t for t in programme.talks if t.day or t.start or t.clock or t.end]
    days = [t.day for t in talks]
    if len(talks) < 2 or None in days or len(set(days)) != len(talks):
        return
    if any(t.start or t.clock or t.end for t in talks):
        return
    for talk in talks:
        assert talk.day is not None
        if hours.weekday is not None and talk.day.weekday() != hours.weekday:
            continue  # "Note the special day!": moved off the series' weekday
        talk.start = datetime.combine(talk.day, hours.start)
        talk.end = datetime.combine(talk.day, hours.end) if hours.end else None
        talk.day = None


__all__ = [
    "SeriesHours",
    "date_undated",
    "names_a_day",
    "page_day",
    "page_hours",
    "time_the_days",
]
