"""Dates and times as people write them in notes and on pages, in a few languages.

``July 29, 2023 (HST)``, ``15<sup>th</sup> December 2024``, ``Wednesday, 19 April``
(the year from elsewhere), ``2024-03-05``, ``5. März 2024``, ``mardi 12 mars``;
``9:00–9:45``, ``2 pm``, ``14h30``. A small hand parser: each pattern is linear
and bounded, and nothing here guesses a date from digits alone (``3/4`` is not one).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import itertools
import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from confnotes.importers.entries import leading_clock
from confnotes.importers.textutil import (
    DAY_BEFORE_CLOCK_RE,
    TIME_RANGE_RE,
    four_digit_clocks,
    noon_clocks,
    parse_clock,
    strip_markdown_inline,
)
from confnotes.text.scripts import CJK_RANGES

MONTH_NAMES: dict[str, int] = {}
"""Month words (``März``, ``janvier``, ``марта``, ``ožujka``) → 1-12, lowered: the hand
table's and dateparser's locales' (:func:`_month_names`), filled once below."""
_MONTH_WORD = r"[^\W\d_]{3,15}"
"""Where a date pattern has its month: a word of its shape, looked up in
:data:`MONTH_NAMES` (an alternation of a thousand words would be tried word by word)."""
_ORD = r"(?:st|nd|rd|th|er|e|º|\.)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_TO = r"(?:\s(?:bis|to|till|until|au|al|a|ao|até|fino al)\s)"
"""The word between the two days of a range (``vom 29. bis 30. Januar``, ``du 29 au 30
janvier``, ``del 29 al 30 de enero``): the range starts on the first."""
RANGE_FROM_RE = re.compile(
    rf"\b(?:from|du|vom|von|del|dal|desde|dès)\s(?=[0-3]?\d{_ORD}\s?(?:[–-]|{_TO}))", re.I
)
"""The word that opens a range of days (``du 12 au 14 avril``, ``from 3 to 5 May``): it
goes with the range, so a name the range is taken out of keeps no ``du`` at its end."""
_MONTH_DAY_GROUPS = ("im", "id", "sm", "sd", "dm", "dd", "bm", "bd")
"""The month's and the day's groups of the year-first date pattern, in its four ways."""
DATE_PATTERNS = (
    re.compile(
        r"\b(?P<iso>(?:19|20)\d\d)(?:-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)\b|"
        r"/(?P<sm>[01]?\d)/(?P<sd>[0-3]?\d)(?![\d/])|"
        r"\.(?P<dm>[01]\d)\.(?P<dd>[0-3]\d)(?![\d.])|"
        r"(?P<bm>[01]\d)(?P<bd>[0-3]\d)(?!\d|[.:/-]\d))"
    ),
    re.compile(
        rf"\b(?P<m>{_MONTH_WORD})(?:\.\s*|\s+)(?P<d>[0-3]?\d){_ORD}(?!\d)"
        rf"(?:\s?[–-]\s?[0-3]?\d{_ORD}(?![\d:]))?(?:\s*,?\s*{_YEAR})?",
        re.I,
    ),
    re.compile(
        rf"(?<![\d:])(?:(?P<d>[0-3]?\d){_ORD}\s?(?:[–-]|{_TO})\s?)?(?P<d2>[0-3]?\d){_ORD}(?:-|\s*)"
        rf"(?:de\s+|of\s+)?(?P<m>{_MONTH_WORD})\b\.?(?:(?:-|\s*,?\s*(?:de\s+)?){_YEAR})?",
        re.I,
    ),
    re.compile(
        rf"\b{_YEAR}[.,]?\s(?P<m>{_MONTH_WORD})\b\.?\s?(?P<d>[0-3]?\d){_ORD}(?![\d:])",
        re.I,
    ),
)
"""A date written with a month's name, the parts apart by spaces or hyphens
(``5-febrero-2020``); the year first too (``2017 May 23``, as generated history pages
write it); a range of days in one month (``September 11–15,
2023``, ``11-15 September 2023``) is read as its first day. The year first and its
month and day apart by hyphens may leave out their zeros (``2016-4-24``, as Chinese
pages write it), as by slashes (``2016/4/24``)."""
_NUMERIC_RE = re.compile(
    r"(?<![\w.:/-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<y>(?:19|20)\d\d|(?<=[/-])\d\d|(?<=[0-3]\d\.[01]\d\.)[0-3]\d)(?![\d.:/-])"
)
"""``27.12.2024`` (day first, as dots are written), ``12/27/2024`` or ``27/12/2024`` when
the day is above 12 (or both are the same); ``3/4/2024`` is ambiguous and not read. With
slashes or hyphens the year may have two digits (``5/30/23``, a US seminar list's dates;
``31-1-20``, as Spanish school timetables write them); with dots
only when day and month are written in two digits and the year is this century's first
forty (``29.01.16``; ``12.03.45`` is a clock, ``3.10.12`` a
version)."""
_DOTTED_DAY_RE = re.compile(r"(?<![\w.:/])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?![\w.:/])")
"""``06.11.``: a day and month as German and Nordic notes write them, the year from
elsewhere; both numbers in two digits and the closing dot, so neither a clock
(``06.11``), a version (``3.10``) nor a date with its year (``06.11.2019``) reads as one."""
_NAMED_DOTTED_DAY_RE = re.compile(
    r"(?<![\w.])(?P<w>[^\W\d_]{2,12})\.?,?[ \t]{0,3}\(?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?![\w.:/])"
)
"""``Mo. (23.9.)``, ``Di., 1.10.``: a day and month in one or two digits after a weekday's
name or its abbreviation, the year from elsewhere. The numbers alone could be a version
or a clock; the weekday must agree with the calendar (:func:`_named_dotted_day`)."""
_CJK_DATE_RE = re.compile(
    r"(?:(?P<y>(?:19|20)\d\d)\s*[年년/.-]\s*)?(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日号號일]"
)
"""``2025年9月4日``, ``11月20日`` (the year from elsewhere), as Korean writes it too
(``2025년 12월 5일``): the numbers, not words."""
_UNIT_DATE_RE = re.compile(
    r"(?<!\w)(?:ngày[ \t]{1,3})?(?P<d>[0-3]?\d)[ \t]{1,3}tháng[ \t]{1,3}(?P<m>[01]?\d)(?!\d)"
    r"(?:[ \t]{0,3}(?:,|năm)[ \t]{0,3}(?P<y>(?:19|20)\d\d)(?!\d))?",
    re.IGNORECASE,
)
"""``ngày 22 tháng 7 năm 2023``, ``22 tháng 7`` (the year from elsewhere): a Vietnamese date,
each number after the word of its unit (``ngày`` day, ``tháng`` month, ``năm`` year)."""
_SLASHED_WEEKDAY_DAY_RE = re.compile(
    r"(?<![\w.:/-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)[ \t]{0,3}[(（](?P<w>[^\W\d_]{1,12})\.?[)）]"
)
"""``12/7(木)``, ``7/12 (Thu)``: a day and month without a year, a bracketed weekday
after them; which number is the month the calendar says (:func:`_slashed_weekday_day`)."""
_WEEKDAY_SLASHED_DAY_RE = re.compile(
    r"(?<!\w)(?P<w>[^\W\d_]{2,12})\.?,?[ \t]{1,3}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/])"
)
"""``Monday 03/26``, ``Mardi 12/03``: a weekday, then a day and month without a year; read
as :data:`_SLASHED_WEEKDAY_DAY_RE` is, the weekday written before them."""
_WEEKDAY_SLASHED_TRIES = 4
"""Matches of :data:`_WEEKDAY_SLASHED_DAY_RE` tried at most (``page 3/4`` is no weekday)."""
_SUP_RE = re.compile(r"</?sup>", re.I)
_CODE_DATE_RE = re.compile(
    r"\b(?P<js>new\s{1,3}Date|(?:datetime\.)?date(?:time)?|LocalDate(?:Time)?\.of|Date\.new)"
    r"\(\s{0,3}(?P<y>(?:19|20)\d\d)\s{0,3},\s{0,3}(?P<m>\d{1,2})\s{0,3},\s{0,3}(?P<d>\d{1,2})(?!\d)"
)
"""A day written as a programming language's call in a tech talk's slides or notes
(Python's ``datetime.date(2022, 1, 22)``, Java's ``LocalDate.of(2022, 1, 22)``, Ruby's
``Date.new(2022, 1, 22)``, JavaScript's ``new Date(2022, 0, 22)``, whose months count
from 0): the day it names, as ``2022-01-22`` names it."""


def _code_day(m: re.Match[str]) -> str:
    """The ISO day a code call names (:data:`_CODE_DATE_RE`), or the call as written when
    it names none."""
    month = int(m.group("m")) + (1 if m.group("js").startswith("new") else 0)
    try:
        return date(int(m.group("y")), month, int(m.group("d"))).isoformat()
    except ValueError:
        return m.group(0)


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


_DOCUMENT_ORDER: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "document_order", default=None
)
"""How the document being read writes its numeric dates (:func:`reading_order`)."""


@contextlib.contextmanager
def reading_order(text: str) -> Iterator[None]:
    """While a document is read, every reader takes its numeric dates in the order the
    document writes them (``5/9/23`` on a page of ``5/30/23`` is May 9), as the document's
    context for each date in it, whichever reader asks."""
    token = _DOCUMENT_ORDER.set(numeric_order(text))
    try:
        yield
    finally:
        _DOCUMENT_ORDER.reset(token)


def _full_year(y: int) -> int:
    """A year written with two digits (``5/30/23``) in full: 1970-2069."""
    return y if y >= 100 else y + (1900 if y >= 70 else 2000)


_ANY_YEAR = 2000
"""The year a day written without one is weighed on (a leap year: ``02.29`` is a day)."""


def numeric_order(text: str) -> str | None:
    """How a document writes its numeric dates: ``"dmy"`` or ``"mdy"``, or None when it
    does not say.

    ``3/6/2022`` alone is March or June; the document decides. A number above 12 in
    either place says which comes first; otherwise the reading under which its dates lie
    closest together wins when only one keeps them within a fortnight (a programme's
    days follow each other: ``3/6``, ``4/6``, ``5/6`` are three days of June, not three
    months). Dots (``27.12.2024``) are always day first and need no deciding.
    """
    pairs: dict[tuple[int, int, int], None] = {}  # in the document's order
    for m in _SLASH_DATE_RE.finditer(text[:200_000]):
        a, b, y = int(m.group("a")), int(m.group("b")), _full_year(int(m.group("y")))
        if a > 12 and b <= 12:
            return "dmy"
        if b > 12 and a <= 12:
            return "mdy"
        pairs[(a, b, y)] = None
        if len(pairs) >= 60:
            break
    for m in DAY_BEFORE_CLOCK_RE.finditer(text[:200_000]):
        # "07.03 19:00": a day without its year, weighed on a leap year
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 and b <= 12:
            return "dmy"
        if b > 12 and a <= 12:
            return "mdy"
        pairs[(a, b, _ANY_YEAR)] = None
        if len(pairs) >= 60:
            break
    spans = {}
    for order in ("dmy", "mdy"):
        days = []
        for a, b, y in pairs:
            with contextlib.suppress(ValueError):
                days.append(date(y, b, a) if order == "dmy" else date(y, a, b))
        spans[order] = (max(days) - min(days)).days if len(days) == len(pairs) > 1 else None
    close = [o for o, span in spans.items() if span is not None and span <= 14]
    return close[0] if len(close) == 1 else _order_of_a_series(list(pairs))


_SERIES_LEAST = 4
"""The fewest dates a series' order is judged by."""


def _order_of_a_series(pairs: list[tuple[int, int, int]]) -> str | None:
    """How a series' dates are written (a meetup's ``02/06/2018``, ``07/07/2018``,
    ``04/08/2018``...), when no number says and they are months apart: a series lists
    its events in order, oldest or newest first, so the reading under which the dates,
    in the document's order, run one way (a slip or so aside) is the writer's; None
    when both or neither do."""
    if len(pairs) < _SERIES_LEAST:
        return None
    against: dict[str, int] = {}
    for order in ("dmy", "mdy"):
        try:
            days = [date(y, b, a) if order == "dmy" else date(y, a, b) for a, b, y in pairs]
        except ValueError:
            continue
        forward = sum(1 for x, y in itertools.pairwise(days) if y > x)
        backward = sum(1 for x, y in itertools.pairwise(days) if y < x)
        against[order] = min(forward, backward)
    if len(against) != 2:
        return None
    best = min(against, key=lambda o: against[o])
    other = "mdy" if best == "dmy" else "dmy"
    slips = (len(pairs) - 1) // 5
    return best if against[best] <= slips and against[other] >= against[best] + 2 else None


_LEADING_MONTH_DAY_RE = re.compile(r"^\s*(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/.:,])")


def leading_month_day(text: str, year: int | None, order: str | None) -> date | None:
    """``10/27 議程表``: a day without its year leading a short line (a day's heading),
    its two numbers read in the page's order (:func:`numeric_order`, or its language's);
    None unless both the year and the order are known."""
    if year is None or order not in ("mdy", "dmy") or len(text) > 40:
        return None
    m = _LEADING_MONTH_DAY_RE.match(text)
    if m is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (a, b) if order == "mdy" else (b, a)
    try:
        return date(year, month, day)
    except ValueError:
        return None


_SLASH_DATE_RE = re.compile(
    r"(?<![\w.:/-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)"
    r"(?![\d.:/-])"
)


_NTH_DAY_LABEL_RE = re.compile(
    r"(?<![^\W_])(?:day|tag|jour|día|dia|giorno)[ \t]{0,3}\d{1,2}[ \t]{0,3}[-–—:|,](?=[ \t])", re.I
)
"""A day's count that labels its date (``Day 2 - ``, ``Tag 2: ``, ``Día 1, ``)."""


def _names_month(m: re.Match[str]) -> bool:
    """Whether a date pattern's match has a month: its word is one, or it has none
    (``2024-03-05``)."""
    word = m.groupdict().get("m")
    return word is None or word.lower().rstrip(".") in MONTH_NAMES


def _first_date_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a date pattern whose word is a month: a word before it that
    is not one (``Room 3, March 5``) does not hide it."""
    return next((m for m in pattern.finditer(text) if _names_month(m)), None)


def find_date(
    text: str, year: int | None = None, order: str | None = None
) -> tuple[date | None, bool]:
    """The first date in ``text`` and whether it carried its own year.

    A date without a year takes ``year``; without either it is not a date. ``order``
    (:func:`numeric_order`) reads a numeric date whose numbers could both be months.
    """
    text = _SUP_RE.sub("", text[:400])
    if "(" in text:
        text = _CODE_DATE_RE.sub(_code_day, text)  # "datetime.date(2022, 1, 22)": 2022-01-22
    # "Day 2 - 6 October 2027": the day's count, then its date, not a range from the 2nd
    text = _NTH_DAY_LABEL_RE.sub(lambda m: " " * len(m.group(0)), text, count=1)
    best: tuple[int, date, bool] | None = None
    spans: list[tuple[int, int, date, bool]] = []
    for pattern in DATE_PATTERNS:
        m = _first_date_match(pattern, text)
        if not m:
            continue
        try:
            if m.groupdict().get("iso"):
                # the year first, then month and day: ``2025-04-24``, and as East Asian
                # notes write it, ``2025/4/24`` or ``2025.04.24``; ISO's digits alone,
                # ``20250424``, as a journal's day is named
                month_day = [
                    g for g in ("im", "id", "sm", "sd", "dm", "dd", "bm", "bd") if m.group(g)
                ]
                found = date(int(m.group("iso")), *(int(m.group(g)) for g in month_day))
                own = True
            else:
                month = MONTH_NAMES[m.group("m").lower().rstrip(".")]
                own = bool(m.group("y"))
                y = int(m.group("y")) if own else year
                if y is None:
                    continue
                first, last = m.groupdict().get("d"), m.groupdict().get("d2")
                if first and last and int(first) >= int(last):
                    first = None  # "3 a 30": a range runs forward, or it is no range
                found = date(y, month, int(first or last or m.group("d")))
        except (ValueError, KeyError):
            continue
        spans.append((m.start(), m.end(), found, own))
    if spans:
        first = min(spans, key=lambda x: x[0])
        whole = [x for x in spans if x[3] and x[0] < first[1] and first[0] < x[1]]
        # "Day 2 November 19, 2024": two readings of one month word, the one with its own
        # year is the date ("2" numbers the day of the event)
        at, _end, found, own = whole[0] if whole and not first[3] else first
        best = (at, found, own)
    for unit_date in (_CJK_DATE_RE, _UNIT_DATE_RE):
        if (m := unit_date.search(text)) is None or (best is not None and m.start() >= best[0]):
            continue
        y = int(m.group("y")) if m.group("y") else year
        if y is not None and not m.group("y"):
            y = year_of_weekday(y, int(m.group("m")), int(m.group("d")), text[m.end() :])
        if y is not None:
            with contextlib.suppress(ValueError):
                best = (
                    m.start(),
                    date(y, int(m.group("m")), int(m.group("d"))),
                    bool(m.group("y")),
                )
    if (
        year is not None
        and (m := _DOTTED_DAY_RE.search(text))
        and (best is None or m.start() < best[0])
    ):
        with contextlib.suppress(ValueError):
            best = (m.start(), date(year, int(m.group("m")), int(m.group("d"))), False)
    if (
        year is not None
        and (m := _NAMED_DOTTED_DAY_RE.search(text))
        and (best is None or m.start() < best[0])
        and (named := _named_dotted_day(m, year)) is not None
    ):
        best = (m.start(), named, False)
    if (m := _NUMERIC_RE.search(text)) and (best is None or m.start() < best[0]):
        a, b, y = int(m.group("a")), int(m.group("b")), _full_year(int(m.group("y")))
        day_month = (
            (a, b) if m.group("sep") == "." or a > 12 or a == b else (b, a) if b > 12 else None
        )  # "03/03/2026": the same day whichever is first
        order = order or _DOCUMENT_ORDER.get()
        if day_month is None and order is not None:
            day_month = (a, b) if order == "dmy" else (b, a)
        if day_month is not None:
            with contextlib.suppress(ValueError):
                best = (m.start(), date(y, day_month[1], day_month[0]), True)
    if (
        year is not None
        and (m := DAY_BEFORE_CLOCK_RE.search(text))
        and (best is None or m.start() < best[0])
        and (order := order or _DOCUMENT_ORDER.get()) is not None
    ):
        # "07.03 19:00": which number is the month only the document's order says
        a, b = int(m.group("a")), int(m.group("b"))
        month, day = (a, b) if order == "mdy" else (b, a)
        with contextlib.suppress(ValueError):
            best = (m.start(), date(year, month, day), False)
    if best is None and year is not None and (m := _SLASHED_WEEKDAY_DAY_RE.search(text)):
        return _slashed_weekday_day(m, year), False
    if best is None and year is not None:
        for m in itertools.islice(_WEEKDAY_SLASHED_DAY_RE.finditer(text), _WEEKDAY_SLASHED_TRIES):
            if (fits := _slashed_weekday_day(m, year)) is not None:
                return fits, False
    return (best[1], best[2]) if best else (None, False)


def _slashed_weekday_day(m: re.Match[str], year: int) -> date | None:
    """The day of a :data:`_SLASHED_WEEKDAY_DAY_RE` match: of its two readings (month
    first, day first) the one whose day in ``year`` is the weekday written beside it; None
    when both or neither are (the weekday is the only evidence of the order)."""
    said = _weekday_words().get(m.group("w").casefold()) or frozenset()
    a, b = int(m.group("a")), int(m.group("b"))
    fits: set[date] = set()
    for month, day in ((a, b), (b, a)):
        with contextlib.suppress(ValueError):
            if date(year, month, day).weekday() in said:
                fits.add(date(year, month, day))
    return fits.pop() if len(fits) == 1 else None


_BRACKETED_WEEKDAY_RE = re.compile(r"\s{0,3}[(（](?P<w>[^\W\d_]{1,12})\.?[)）]")
"""A weekday in brackets right after a day (``6月26日（木）``, ``26 June (Thu)``)."""
_NEAREST_YEARS = (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6)
"""How far from the document's year a day's year is looked for, nearest first (a year
after it before the year before: a programme is published before its event)."""


def year_of_weekday(year: int, month: int, day: int, after: str) -> int:
    """The year a yearless day falls in when a weekday in brackets follows it
    (``6月26日（木）``): ``year`` when that day is this weekday in it, else the nearest
    year where it is (a page's publish date often names the year before its event);
    ``year`` when no weekday follows, or when no near year fits."""
    m = _BRACKETED_WEEKDAY_RE.match(after)
    said = _weekday_words().get(m.group("w").casefold()) if m else None
    if not said:
        return year
    for offset in _NEAREST_YEARS:
        with contextlib.suppress(ValueError):
            if date(year + offset, month, day).weekday() in said:
                return year + offset
    return year


_WEEKDAY_PREFIX_RE = re.compile(
    r"^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\.?,?\s+",
    re.I,
)
_AFTER_DATE_RE = re.compile(r"^\s*(?:[—–\-:|·•,]\s*)+")


def leading_date(text: str, year: int | None, order: str | None = None) -> tuple[date | None, str]:
    """A date at the very start of ``text`` (``Feb 4 — ...``, ``Tue 12 March: ...``) and
    the rest after its separator; ``(None, text)`` when it does not start with one.
    ``order`` (:func:`numeric_order`) reads ``03/09/2021``, whose numbers could both be
    months."""
    head = _SUP_RE.sub("", text)
    for prefix_ok in (False, True):
        weekday = _WEEKDAY_PREFIX_RE.match(head) if prefix_ok else None
        if prefix_ok and weekday is None:
            break
        start = weekday.end() if weekday is not None else 0
        for pattern in (*DATE_PATTERNS, _NUMERIC_RE):
            m = pattern.match(head, start)
            if m is None:
                continue
            found, _own = find_date(m.group(0), year, order)
            rest = head[m.end() :]
            sep = _AFTER_DATE_RE.match(rest)
            if found is not None and sep is not None:
                return found, rest[sep.end() :]
    return None, text


def strip_dates(text: str) -> str:
    """``text`` without the dates written in it (``ML Ops Day 2024-11-06`` → ``ML Ops Day``)."""
    text = _SUP_RE.sub("", text)
    for pattern in DATE_PATTERNS:
        text = pattern.sub(lambda m: " " if _names_month(m) else m.group(0), text)
    for pattern in (_NUMERIC_RE, _CJK_DATE_RE, _UNIT_DATE_RE):
        text = pattern.sub(" ", text)
    return " ".join(text.split())


_LONG_WORD_RE = re.compile(rf"[^\W\d_{CJK_RANGES}]{{3,}}")
_CJK_LETTER_RE = re.compile(rf"[{CJK_RANGES}]")


def words_beside(text: str) -> int:
    """How many words a line says: words of three letters or more, and a script written
    without spaces counted at two letters a word (``発表者募集中`` says three, not one), so
    a line that is a day and says little else (``2019/10/04(金) 22:00~``) is told from a
    sentence that names a date in passing (a deadline's ``…(2019/10/02まで。…)``)."""
    return len(_LONG_WORD_RE.findall(text)) + len(_CJK_LETTER_RE.findall(text[:400])) // 2


_MARKUP_STANDARD_RE = re.compile(
    r"<!DOCTYPE[^<>]{0,500}>|\bxmlns(?::[\w.-]{1,30})?[ \t]{0,3}=[ \t]{0,3}"
    r"(?:\"[^\"<>]{0,500}\"|'[^'<>]{0,500}')",
    re.I,
)
"""A page's document type or an XML namespace (``xmlns="http://www.w3.org/1999/xhtml"``,
``<svg xmlns="http://www.w3.org/2000/svg">``): the address of the markup's standard,
whose year is the standard's, never the event's."""


def find_year(text: str) -> int | None:
    """The first plausible year written in ``text``, outside the addresses of the markup's
    standards (:data:`_MARKUP_STANDARD_RE`)."""
    head = text[:2000]
    if "<" in head:
        head = _MARKUP_STANDARD_RE.sub(lambda m: " " * len(m.group(0)), head)
    m = _YEAR_RE.search(head)
    return int(m.group(0)) if m else None


_MONTH_YEAR_RE = re.compile(r"\b([^\W\d_]{3,12})\.?\s{0,3}(?:/|-|,|de|of|del)?\s{0,3}(\d{4})\b")
"""A month and its year written without a day (``outubro/2017``, ``October 2017``,
``junio de 2024``): the month a document is of."""


def month_of(text: str) -> tuple[int, int] | None:
    """(year, month) of the one month ``text`` names with its year and no day; None when
    it names none or several (a series' past editions, a call's deadlines)."""
    found = {
        (int(m.group(2)), MONTH_NAMES[m.group(1).casefold()])
        for m in _MONTH_YEAR_RE.finditer(text[:4000])
        if m.group(1).casefold() in MONTH_NAMES and 1990 <= int(m.group(2)) <= 2100
    }
    return found.pop() if len(found) == 1 else None


_NEXT_OCCASION = """next upcoming nächste nächsten nächster nächstes kommende kommenden
    prochain prochaine prochains prochaines próximo próxima próximos próximas prossimo
    prossima prossimi volgende"""
_NEXT_OCCASION_WORDS = frozenset(_NEXT_OCCASION.split())
"""Words that point a sentence at another occasion than the one it is written about
(``The next meetup is on 18 October``), in the languages posts are written in."""
_NEXT_OCCASION_CJK_RE = re.compile(r"次回|下次|下一次|下回|다음")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?。！？])\s+")
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")


def sentences_of(line: str) -> list[str]:
    """A line's sentences, cut after a full stop, a question or an exclamation mark."""
    return [s for s in _SENTENCE_END_RE.split(line) if s.strip()]


def about_next_occasion(sentence: str) -> bool:
    """Whether ``sentence`` speaks of the next or an upcoming occasion (``the next meetup
    is on …``, ``prochaine séance le …``, ``次回は…``): an aside in a post about another
    one, whose day is not that post's."""
    words = {w.casefold() for w in _LETTER_WORD_RE.findall(sentence[:2000])}
    return bool(words & _NEXT_OCCASION_WORDS) or bool(_NEXT_OCCASION_CJK_RE.search(sentence))


def sentence_year(text: str) -> int | None:
    """The one year a line names (``The Extended 2015 takes place on 28 May``): the year
    of a day it names without one; None when it names none, or two or more (a history,
    a span)."""
    years = set(_YEAR_RE.findall(text[:2000]))
    return int(years.pop()) if len(years) == 1 else None


_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    # a day written out, never one counted from today: "11h-11h10" is not "11 hours ago"
    "PARSERS": ["custom-formats", "absolute-time"],
}
"""A day is read as written: never relative to today (``Hora | Dia 1`` is no "1 day ago")."""
_DIGIT_RE = re.compile(r"\d")


def parse_day(text: str, year: int | None = None) -> date | None:
    """A whole field read as a day, in any language: ``2024-05-15``, ``15. Mai 2024``,
    ``miércoles 16 de octubre de 2024``, ``2024年11月14日``, ``quarta-feira, 12 de março``.

    The hand patterns of :func:`find_date` first (fast, no guessing); then dateparser's
    200 locales, imported only when a field needs them (its import costs about 50 ms).
    A text without digits, or one that is not a day as a whole, is not a day.
    """
    text = " ".join(text.split())[:80]
    if not text or not _DIGIT_RE.search(text):
        return None
    found, own = find_date(text, year)
    if found is not None and (own or year is not None):
        return found
    if m := re.fullmatch(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:[T ].*)?", text):
        with contextlib.suppress(ValueError):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if not _YEAR_RE.search(text):
        return None  # dateparser would make a year of "10" in "11h-11h10"
    return _dateparser_day(text)


def line_date(text: str, year: int | None = None, order: str | None = None) -> date | None:
    """The day a short line names (a day heading, a preamble line), in any language:
    the hand patterns of :func:`find_date`, then dateparser's locales on the line with the
    programme's ``year`` added when it names none (``Quarta-feira, 8 de outubro``).
    ``order``: how the document writes numeric dates (:func:`numeric_order`)."""
    found, _own = find_date(text, year, order)
    if found is not None:
        return found
    words = " ".join(re.sub(r"[*_#|()（）\[\]]", " ", text).split())
    if not words or len(words) > 60 or not re.search(r"(?<!\d)[0-3]?\d(?!\d)", words):
        return None
    if year is not None and not _YEAR_RE.search(words):
        words = f"{words} {year}"
    return _dateparser_day(words)


_DAYS_OF_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.cache
def _locale_day_words() -> dict[str, frozenset[int]]:
    """Every name and abbreviation of a weekday in dateparser's locales → the weekdays
    (0-6) it names in some locale, and -1 for a word that also names a month (January
    to July, those a weekday's abbreviation can meet: ``mar``)."""
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:
        return {}
    seen: dict[str, set[int]] = {}
    for locale in default_loader.get_locales():
        for number, key in enumerate(_DAYS_OF_WEEK):
            for word in locale.info.get(key, ()):
                folded = str(word).casefold().rstrip(".")
                if _WORD_RE.fullmatch(folded):
                    seen.setdefault(folded, set()).add(number)
        for key in _MONTH_KEYS[:7]:  # January to July
            for word in locale.info.get(key, ()):
                seen.setdefault(str(word).casefold().rstrip("."), set()).add(-1)
    return {w: frozenset(n) for w, n in seen.items()}


_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_LANGUAGES = 40
"""How many of dateparser's languages, in its own order of use (``en``, ``ru``, ``es`` …
``ca``, ``et``, ``lv``, ``hi``), lend their month words. Beyond them come languages
whose month words are common words of the first ones (Breton's ``here``, Welsh's
``ion``, Swahili's ``ago``): a date there would be read in English prose."""
_HAND_MONTHS = (
    "jan",
    "feb fevrier fevr",
    "mar marz",
    "apr avr",
    "may mai mei",
    "jun",
    "jul",
    "aug aout",
    "sep",
    "oct okt",
    "nov listopada listopadu",
    "dec dez decembre",
)
"""What the locales' rule below does not give: the three-letter abbreviations written
everywhere (the rule keeps the locales' own out), the readings the locales disagree on
(``may`` is also a month in Tagalog, ``listopada`` October in Croatian: here as English
and Polish write them), spellings without their accents (``fevrier``, ``aout``), and
``mai`` and ``mei``: whole names in French, German and Dutch, abbreviations in Portuguese
and Indonesian."""
_ROMAN_RE = re.compile(r"[ivxlc]+")


def _locale_month_words() -> dict[str, int]:
    """Month words of dateparser's first :data:`_MONTH_LANGUAGES` languages → 1-12.

    A word counts when it is letters only (``1月`` is read by the numbers), names one
    month in every locale that has it (``listopad`` is November in Czech, October in
    Croatian) and no weekday in any (``mar`` is Tuesday in French), is no Roman numeral
    (Hungarian ``X``), and has four letters or more unless it is a month's whole name
    (Russian ``мая``): a three-letter abbreviation, the start of a longer name of its
    month, is where common words hide (``set``, ``ago``, ``des``, ``tra``).
    """
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:
        return {}
    months: dict[str, set[int]] = {}
    short: set[str] = set()
    kept: set[str] = set()
    for rank, locale in enumerate(default_loader.get_locales()):
        for month, key in enumerate(_MONTH_KEYS, start=1):
            words = {str(w).lower().rstrip(".") for w in locale.info.get(key, ())}
            for word in words:
                months.setdefault(word, set()).add(month)
                if rank < _MONTH_LANGUAGES:
                    kept.add(word)
                if any(other != word and other.startswith(word) for other in words):
                    short.add(word)
    weekdays = _locale_day_words()
    return {
        word: next(iter(months[word]))
        for word in kept
        if _WORD_RE.fullmatch(word)
        and len(months[word]) == 1
        and not weekdays.get(word, frozenset()) - {-1}
        and not _ROMAN_RE.fullmatch(word)
        and (len(word) >= 4 or (len(word) == 3 and word not in short))
    }


def _month_names() -> dict[str, int]:
    """The month words: the hand table's first, then the locales'; each also as its
    case-folded form (a Greek ``ς`` is looked up folded or lowered)."""
    names: dict[str, int] = {}
    for month, words in enumerate(_HAND_MONTHS, start=1):
        for word in words.split():
            names[word] = month
    for word, month in sorted(_locale_month_words().items()):
        names.setdefault(word, month)
    for word, month in list(names.items()):
        names.setdefault(word.casefold(), month)
    return names


MONTH_NAMES.update(_month_names())


@functools.cache
def _weekday_names() -> dict[str, int]:
    """Weekday names of dateparser's locales (``mardi``, ``Mittwoch``, ``木曜日``) → 0-6;
    only the whole names (three letters or more) that name one weekday in every locale
    (``mar`` is Tuesday in French and March in Spanish: left out)."""
    return {
        w: next(iter(n))
        for w, n in _locale_day_words().items()
        if len(w) >= 3 and len(n) == 1 and -1 not in n
    }


@functools.cache
def _weekday_words() -> dict[str, frozenset[int]]:
    """Every name and abbreviation of a weekday in dateparser's locales (``mo``, ``di``,
    ``tis``, ``Montag``) → the weekdays (0-6) it names in some locale: a short word may
    name several (``di`` is Tuesday in German, ``dimanche`` starts with it)."""
    return {w: d for w, n in _locale_day_words().items() if (d := n - {-1})}


def _named_dotted_day(m: re.Match[str], year: int) -> date | None:
    """The day of a :data:`_NAMED_DOTTED_DAY_RE` match in ``year`` when the weekday
    written before it is that day's (``Mo. (23.9.)`` in 2013: a Monday), else None."""
    try:
        day = date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    said = _weekday_words().get(m.group("w").casefold())
    return day if said is not None and day.weekday() in said else None


def calendar_word(word: str) -> bool:
    """A month's or a weekday's name (``agosto``, ``Donnerstag``, ``Thu``)."""
    folded = word.casefold().rstrip(".")
    return folded in MONTH_NAMES or folded in _weekday_names() or folded[:3] in _WEEKDAY_ABBR


_WEEKDAY_ABBR = frozenset(d[:3] for d in _DAYS_OF_WEEK)


def weekday_of(text: str) -> int | None:
    """The weekday (0-6) a short text names (``Monday 8*``, ``mardi``, ``木曜日``), in any
    locale dateparser knows; None when it names none or several."""
    names = _weekday_names()
    words = _WORD_RE.findall(" ".join(text.split())[:60].casefold())
    found = {names[w] for w in words if w in names}
    return found.pop() if len(found) == 1 else None


DAY_RE = re.compile(
    r"\b(?:day\s*(?:\d{1,2}|one|two|three|four|five)|tag\s*\d{1,2}|jour\s*\d{1,2}|día\s*\d{1,2}|"
    r"(?:first|second|third|fourth|fifth|last|final)\s+day|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"segunda|terça|quarta|quinta|sexta)\b"
    r"|(?<!\d)\d{1,2}[ \t]?(?:日目|일차|일째)|第[ \t]?\d{1,2}[ \t]?[天日](?!\d)",
    re.I,
)
"""A day's label or a weekday's name (``Day 2``, ``Freitag``, ``2日目``, ``第3天``), beside
:func:`weekday_alone` that reads it."""


DAY_HEAD_WORD_RE = re.compile(r"[^\W\d_]{2,}")
"""A word of a day's heading (two letters or more), each of which must name a day."""


def weekday_alone(text: str, labelled: bool = True) -> int | None:
    """The weekday a heading or a table's cell names with nothing else beside it
    (``Thursday``, ``**Freitag**:``, ``金曜日``): one reading for both, so a heading and a
    cell cannot drift apart on what "alone" means; None for a title with other words
    (``Friday deploys``). ``labelled``: a heading's day label and number may stand with
    it (``Day 2 - Friday``); a cell (``labelled=False``) holds the name as its one word."""
    plain = strip_markdown_inline(text)
    if not labelled:
        words = plain.strip(" :.,").split()
        return weekday_of(words[0]) if len(words) == 1 else None
    plain = plain[:80]
    if len(plain) >= 80:
        return None
    rest = DAY_RE.sub(" ", plain)
    if any(weekday_of(w) is None for w in DAY_HEAD_WORD_RE.findall(rest)):
        return None
    return weekday_of(plain)


@functools.cache
def _full_weekday_names() -> frozenset[str]:
    """The whole names of the weekdays in dateparser's locales (``Friday``, ``mardi``,
    ``Dienstag``, ``jueves``): each locale's longest one-word name of each weekday, not
    its abbreviations (``Fri``, ``Don``)."""
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:
        return frozenset()
    found: set[str] = set()
    for locale in default_loader.get_locales():
        for key in _DAYS_OF_WEEK:
            words = [str(w).casefold().rstrip(".") for w in locale.info.get(key, ())]
            words = [w for w in words if _WORD_RE.fullmatch(w)]
            if words:
                found.add(max(words, key=len))
    return frozenset(found)


_SERIES_CUE_RE = re.compile(
    r"\b(?:every|each|tous\s+les|toutes\s+les|chaque|jede[nm]?|todos\s+los|todas\s+las"
    r"|cada|ogni|elke|iedere|varje|hver)\s+(?P<word>[^\W\d_]{3,20})"
    r"|\b(?P<plural>[^\W\d_]{3,20})s\b"
    r"|毎週(?P<cjk>[月火水木金土日]曜日?)",
    re.I,
)
"""A weekday said to come back: after a word for "every" (``every Friday``, ``tous les
mardis``, ``jeden Dienstag``, ``todos los jueves``, ``毎週金曜日``), or with the plural's
or the adverb's ``s`` (``on Fridays``, ``dienstags``)."""


def series_weekday(text: str) -> int | None:
    """The one weekday a sentence about a series names, as a day of the week that comes
    back (``every Friday``, ``on Fridays``, ``tous les mardis``, ``dienstags``, ``todos
    los jueves``, ``毎週金曜日``): its whole name (:func:`_full_weekday_names`) after a
    word for "every", or with the plural's or the adverb's ``s`` after it. A weekday's
    name alone says no series (``Talks are …``: ``are`` is Sunday in one locale). None
    when it names none or several."""
    full = _full_weekday_names()
    found: set[int] = set()
    for m in _SERIES_CUE_RE.finditer(" ".join(text.split())[:300]):
        if m.group("cjk"):
            day = weekday_of(m.group("cjk"))
        else:
            word = m.group("word") or m.group("plural")
            names = (word, word[:-1]) if m.group("word") and word[-1:] in "sS" else (word,)
            for name in names:
                if name.casefold() in full and (day := weekday_of(name)) is not None:
                    break
            else:
                day = None
        if day is not None:
            found.add(day)
    return found.pop() if len(found) == 1 else None


def leading_weekday(text: str) -> tuple[int | None, str]:
    """A weekday named alone at the very start of ``text`` (``Saturday 10:00 Title``,
    ``Mardi, 9h30 …``) in any locale dateparser knows, and the rest after it; ``(None,
    text)`` when the first word names no weekday."""
    m = _FIRST_WORD_RE.match(text)
    if m is None:
        return None, text
    day = weekday_of(m.group("word"))
    return (day, text[m.end() :]) if day is not None else (None, text)


_FIRST_WORD_RE = re.compile(r"\s{0,5}(?P<word>[^\W\d_]{3,20}(?:-[^\W\d_]{3,8})?)\.?,?\s{1,5}")
"""The first word of a text and the separator after it (a weekday is one word, or two
joined by a hyphen: ``terça-feira``)."""


_PADDED_MONTH_DAY_RE = re.compile(r"^(?:[^\W\d_]{1,20}\s{1,3})?(?P<m>[01]\d)[-/](?P<d>[0-3]\d)$")
"""A heading that is a month and day in two digits each (``04-15``, ``Spring 04/15``),
after at most one word (the edition: ``Spring``, ``Day``)."""


def padded_month_day(title: str, year: int | None) -> date | None:
    """The day a heading writes as a month and a day in two digits each, ``MM-DD`` the
    way ISO writes a day without its year (``Spring 04-15``, ``04/15``), on ``year``, the
    one the document's title gives. Only the zero-padded form alone on a heading counts:
    ``3/4`` or a sentence's ``10-12`` may be anything."""
    m = _PADDED_MONTH_DAY_RE.match(" ".join(title.split())[:40])
    if m is None or year is None:
        return None
    with contextlib.suppress(ValueError):
        return date(year, int(m.group("m")), int(m.group("d")))
    return None


def yearless_day(text: str, this_year: int | None = None, near: int | None = None) -> date | None:
    """``Mardi 22 juin``, ``on Monday, November 17th``: a day and month named with their
    weekday but no year, on the year that weekday fits. ``near``, a year the document
    gives elsewhere (its front matter, a post's date): the fitting year nearest it, a
    later one first (:data:`_NEAREST_YEARS`). Without it: this year or the ten before,
    else next year (a programme is read during or after its event, or just before).
    None without a weekday, with a year written, or when no year fits."""
    text = " ".join(text.split())[:60]
    if not text or _YEAR_RE.search(text) or not _DIGIT_RE.search(text):
        return None
    names = _weekday_names()
    weekdays = {names[w] for w in _WORD_RE.findall(text.casefold()) if w in names}
    if len(weekdays) != 1:
        return None
    weekday = weekdays.pop()
    year = this_year or date.today().year
    years = (
        [near + offset for offset in _NEAREST_YEARS]
        if near is not None
        else [*range(year, year - 11, -1), year + 1]
    )
    for candidate in years:
        found = line_date(text, candidate)
        if found is None or found.year != candidate:
            return None
        if found.weekday() == weekday:
            return found
    return None


_WEEKDAY_WINDOW = 40
"""Characters from a weekday's word that hold its day and month (``Monday, November
17th``, ``Mardi 22 juin``)."""
_WORDS_LOOKED_AT = 200
"""Words of a sentence looked at for a weekday."""


def weekday_dated(text: str, near: int | None = None) -> date | None:
    """The first day a sentence names by weekday, day and month with no year (``will
    take place on Monday, November 17th from 2 PM``): read from the weekday's word on
    (:func:`yearless_day`), so that the sentence's other words are no date's; the year
    is the fitting one nearest ``near`` when given."""
    names = _weekday_names()
    for n, m in enumerate(_WORD_RE.finditer(text)):
        if n >= _WORDS_LOOKED_AT:
            break
        if m.group(0).casefold() in names:
            window = text[m.start() : m.start() + _WEEKDAY_WINDOW]
            if (day := yearless_day(window, near=near)) is not None:
                return day
    return None


@functools.lru_cache(maxsize=4096)
def _dateparser_day(text: str) -> date | None:
    """dateparser's reading of a day, kept per text: it tries each of its 200 locales on
    the text (about 10 ms, most of reading a page), and the readings of one document ask
    about the same lines again."""
    try:
        import dateparser
    except ImportError:  # an install without it still reads the hand patterns above
        return None
    try:
        parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)  # type: ignore[arg-type]
    except Exception:  # dateparser raises on odd input of its own; that is "not a date"
        return None
    return parsed.date() if parsed is not None else None


_BARE_HOUR_RE = re.compile(r"^\s*([01]?\d|2[0-3])\s*(?:h|uhr|hrs?|horas?|heures?)\.?\s*$", re.I)
_LEADING_HOUR_RE = re.compile(
    r"[ \t]{0,3}([01]?\d|2[0-3])[ \t]?(?:h|uhr|hrs?|horas?|heures?)(?![^\W\d_])", re.I
)
_TIME_BASE = datetime(2000, 1, 1)


def parse_time(text: str) -> time | None:
    """A field read as a time of day, in any language: ``10:40am``, ``14h30``, ``09:00 Uhr``,
    ``14 Uhr``, ``午後2時30分``, ``10時``, ``2 de la tarde``. The hand clock first; then
    dateparser (lazily), taken only when it read a time and no day."""
    text = " ".join(text.split())[:40]
    if not text or not _DIGIT_RE.search(text):
        return None
    if _CJK_WORD_RE.search(text) and (said := _dateparser_time(text)) is not None:
        return said  # "下午2:30", "오후 2:30": the word says afternoon, the clock alone not
    clock = parse_clock(text)
    if clock is not None:
        return clock.start
    if m := _BARE_HOUR_RE.match(text):
        return time(int(m.group(1)))
    return _dateparser_time(text)


def leading_hour(text: str) -> time | None:
    """A whole hour and an hour's word opening a time field's value, whatever follows it
    (``19 horas. Presenta: …``, ``18 h, Aula 2``): no clock's colon, so only a field that
    says it holds a time is read this way."""
    m = _LEADING_HOUR_RE.match(text)
    return time(int(m.group(1))) if m else None


_CJK_WORD_RE = re.compile(rf"[{CJK_RANGES}]")


@functools.lru_cache(maxsize=4096)
def _dateparser_time(text: str) -> time | None:
    """dateparser's reading of a time of day alone (no day), or None; kept per text, as
    :func:`_dateparser_day` (a time column asks about the same few times on every row)."""
    try:
        import dateparser
    except ImportError:
        return None
    settings = {**_DATEPARSER_SETTINGS, "REQUIRE_PARTS": [], "RELATIVE_BASE": _TIME_BASE}
    settings["PARSERS"] = ["absolute-time"]
    try:
        parsed = dateparser.parse(text, settings=settings)  # type: ignore[arg-type]
    except Exception:  # dateparser's own errors on odd input: not a time
        return None
    if parsed is None or parsed.date() != _TIME_BASE.date() or parsed.time() == time(0):
        return None
    return parsed.time()


_COLON_CLOCK_RE = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")


_HOUR_SPAN_RE = re.compile(
    r"(?<![\d:.,/])([01]?\d|2[0-3])(?::([0-5]\d))?[ \t]{0,2}h?"
    r"(?:[ \t]{1,3}(?:a|to|bis|à|al|til)[ \t]{1,3}|[ \t]{0,2}[-–—][ \t]{0,2})"
    r"([01]?\d|2[0-3])(?::([0-5]\d))?[ \t]{0,2}(?:h|hs|hrs?|horas?|uhr|heures?)\.?(?![^\W\d_])",
    re.I,
)
"""A span of hours closed by an hour's word, one side or both without minutes: ``13 a 15
horas``, ``10:30 a 15 h``, ``14-16 Uhr`` (the clock's own pattern wants a colon or an
``h`` on the start). Not ``2 to 3 hours``, a length: ``hours`` is not a clock's word, and a
span that starts before 7 is taken as a length (``de 2 a 3 horas``)."""


def _hour_span(text: str) -> tuple[int, time, time] | None:
    """Where an hour span (:data:`_HOUR_SPAN_RE`) starts in ``text``, its start and end."""
    for m in _HOUR_SPAN_RE.finditer(text):
        if m.group(2) and m.group(4):
            continue  # both with minutes: the clock's own pattern reads it
        start = time(int(m.group(1)), int(m.group(2) or 0))
        end = time(int(m.group(3)), int(m.group(4) or 0))
        if start.hour >= 7 and start < end and end.hour - start.hour <= 12:
            return m.start(), start, end
    return None


def clock_range(text: str) -> tuple[time | None, time | None, bool]:
    """The first time (range) anywhere in a short text, and whether it said am/pm."""
    text = four_digit_clocks(noon_clocks(text.lstrip()))  # "0900-1000", "Noon – Lunch"
    m = TIME_RANGE_RE.search(text[:300])
    if (
        any(c in text for c in "hHuU")
        and (span := _hour_span(text[:300])) is not None
        and (m is None or span[0] <= m.start())
    ):
        return span[1], span[2], False
    while m is not None:
        raw = m.group(0).strip()
        if (
            "." in raw
            and ":" not in raw
            and text[m.end() : m.end() + 1] == "."
            and _COLON_CLOCK_RE.search(text, m.end())
        ):
            pass  # "(14.10.), 09:00": a day and month where the clocks have colons
        elif day := DAY_BEFORE_CLOCK_RE.match(text, m.start()):
            # "07.03 19:00": a day and month, its clock right after it
            m = TIME_RANGE_RE.search(text[:300], day.end())
            continue
        elif raw and (
            ":" in raw or "." in raw or "h" in raw.lower() or m.group("aap") or m.group("bap")
        ):
            clock = parse_clock(raw)
            if clock is not None:
                return clock.start, clock.end, bool(m.group("aap") or m.group("bap"))
        m = TIME_RANGE_RE.search(text[:300], m.end() + 1) if m.end() < len(text[:300]) else None
    return None, None, False


_SPAN_JOINT_RE = re.compile(
    rf"(?:[ \t]{{0,2}}[^\W\d_]{{1,4}}\.?)?(?:{_TO}|[ \t]{{0,2}}[–—-][ \t]{{0,2}})"
)
"""What joins a span's start clock to its end: a unit the clock may have (`` Uhr``,
``h``), then ``bis``, ``to`` or a dash."""


def later_end(text: str, year: int | None, order: str | None = None) -> tuple[date, time] | None:
    """The day and clock a span ends on when it names its own end day, as courses and
    retreats that run over days write it (``Mo. (23.9.), 09:00 Uhr bis Di. (24.9.),
    12:30 Uhr``, ``3 May 10:00 – 5 May 16:00``): the end's date between the joining word
    and its clock; None for a span within one day (``14:00–17:30``)."""
    text = text[:300]
    start = _COLON_CLOCK_RE.search(text)
    joint = _SPAN_JOINT_RE.match(text, start.end()) if start is not None else None
    if joint is None:
        return None
    rest = text[joint.end() :]
    clock = _COLON_CLOCK_RE.search(rest)
    if clock is None:
        return None
    day = find_date(rest[: clock.start()], year, order)[0]
    at = parse_clock(clock.group(0))
    return (day, at.start) if day is not None and at is not None else None


__all__ = [
    "MONTH_NAMES",
    "clock_range",
    "find_date",
    "find_year",
    "later_end",
    "leading_clock",
    "leading_date",
    "numeric_order",
    "parse_day",
    "parse_time",
    "reading_order",
    "sentence_year",
    "strip_dates",
    "words_beside",
]


_WEEKDAY_NUMBER_RE = re.compile(
    r"(?P<w>[^\W\d_]{3,20})\.?,?\s{1,3}(?P<d>[0-3]?\d)" + _ORD + r"(?!\d)"
)
"""A word then a day's number (``Friday 13th``, ``samedi 14``, ``Sonntag, 15.``): a
weekday written with its day of the month, when the word is one."""


def weekday_dates(text: str, year: int | None) -> list[date]:
    """The days ``text`` writes as a weekday and a number (``from Friday 13th to Tuesday
    17th September``), the month named elsewhere in the text: each kept only when, in
    ``year``, exactly one named month puts that number on that weekday (the calendar
    checks what the writer said, so a stray number is no day)."""
    if year is None:
        return []
    text = text[:4000]
    months = {MONTH_NAMES[w] for w in _WORD_RE.findall(text.casefold()) if w in MONTH_NAMES}
    if not months or len(months) > 3:
        return []
    found: list[date] = []
    for m in _WEEKDAY_NUMBER_RE.finditer(text):
        weekday = _weekday_names().get(m.group("w").casefold())
        if weekday is None:
            continue
        fits = set()
        for month in months:
            with contextlib.suppress(ValueError):
                if (day := date(year, month, int(m.group("d")))).weekday() == weekday:
                    fits.add(day)
        if len(fits) == 1:
            found.append(fits.pop())
        if len(found) >= 20:
            break
    return sorted(set(found))


def weekday_within(weekday: int, first: date, last: date | None) -> date | None:
    """The day of ``weekday`` (0-6) in the days from ``first`` to ``last`` (a week at
    most: a longer span holds that weekday twice); None when it falls past ``last``. A
    page that dates its days once (``from Monday 13th till Friday 17th July``) then heads
    each day's part with its weekday alone (``### Tuesday:``)."""
    if last is not None and (last - first).days > 6:
        return None
    day = first + timedelta(days=(weekday - first.weekday()) % 7)
    return day if last is None or day <= last else None


_WEEKDAY_NUMBER_ALONE_RE = re.compile(
    r"\s{0,3}(?P<w>[^\W\d_]{3,20})\.?,?\s{1,3}(?P<d>[0-3]?\d)" + _ORD + r"\s{0,3}"
)
"""A weekday and a day's number and nothing else (``Thursday 25th``, ``jeudi 25``,
``Donnerstag, 25.``): a day's heading that leaves its month to the page."""


def numbered_day_after(text: str, known: date) -> date | None:
    """The day a heading of a weekday and a number alone names (``Thursday 25th``) on a
    page that gave a date before it (``known``): that number in ``known``'s month, or in
    the next one when the number falls weeks before ``known`` (``Tuesday 1st`` after the
    30th). The number is the day, whatever the calendar says of its weekday: a page
    whose weekdays were copied from another year's still means the numbers it writes,
    which are also what its readers go by. None when the word is no weekday's name."""
    m = _WEEKDAY_NUMBER_ALONE_RE.fullmatch(text)
    if m is None or _weekday_names().get(m.group("w").casefold()) is None:
        return None
    number = int(m.group("d"))
    year, month = known.year, known.month
    if number < known.day - 20:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        return date(year, month, number)
    except ValueError:
        return None  # "Monday 31st" in a month of thirty days: no day


_ORDINAL_WORDS = {
    1: "first primer primero primera erste erster ersten premier première primo prima",
    2: "second segundo segunda zweite zweiter zweiten deuxième seconde secondo seconda",
    3: "third tercer tercero tercera dritte dritter dritten troisième terzo terza",
    4: "fourth",
    5: "fifth",
}
"""Words that count a day in the languages programmes and write-ups are written in
(``second day``, ``segundo día``, ``zweiten Tag``, ``deuxième jour``)."""
_DAY_ORDINALS = {w: n for n, words in _ORDINAL_WORDS.items() for w in words.split()} | {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}  # fmt: skip
"""A counted day's word (``zweiten``, ``two``), with its number: only where it counts a
day, not in names (``Primo``)."""
_NTH_DAY_RE = re.compile(
    r"\b(?:(?:day|tag|jour|día|dia|giorno)[ \t]*(?P<n>\d{1,2})"
    r"(?:[ \t]*(?:/|(?:of|sur|von|de|di|su)[ \t])[ \t]*\d{1,2})?"
    r"|(?P<word>"
    + "|".join(w for words in _ORDINAL_WORDS.values() for w in words.split())
    + r")\s{1,3}(?:day|día|dia|jornada|tag|jour|journée|giorno)"
    r"|day\s+(?P<num>one|two|three|four|five))\b"
    r"|(?<!\d)第?[ \t]?(?P<cjk>\d{1,2})[ \t]?(?:日目|일차|일째)"
    r"|第[ \t]?(?P<zh>\d{1,2})[ \t]?[天日](?!\d)",
    re.I,
)
"""A heading's count of days (``Day 2``, ``second day``, ``2日目``, ``第2天``, ``2일차``),
with the count's total when written (``jour 1/3``, ``Day 2 of 3``, ``Tag 1 von 2``)."""


NTH_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
"""Words that count (``First speaker``, ``second day``, ``day two``), with their number."""


NTH_WORDS |= {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def nth_day(title: str) -> int:
    """Which day of the conference a heading counts (``Day 2``, ``Second day``); 0 when
    it counts none."""
    m = _NTH_DAY_RE.search(strip_markdown_inline(title))
    if m is None:
        return 0
    if digits := m.group("n") or m.group("cjk") or m.group("zh"):
        return int(digits)
    return _DAY_ORDINALS.get((m.group("word") or m.group("num")).casefold(), 0)


def without_nth_day(title: str) -> str:
    """``title`` without the day it counts (``Day 2 2025-04-24`` → `` 2025-04-24``,
    ``jour 1/3`` → `` ``)."""
    return _NTH_DAY_RE.sub(" ", title)
