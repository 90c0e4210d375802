"""Reading the loose text of programme pages: times, dates, people, timezones, HTML.

Shared by the text-shaped formats (``markdown``, ``jekyll``, ``text``,
``notes``); pure functions with no I/O. The patterns cover the family seen in
real pages: ``9:15``, ``9.15``, ``9 am``, ``4:50 pm``, ranges with ``-``, ``–``,
``—``, ``--`` or ``to``; ``Dec 2nd 2022``, ``Sept 26, 2022``, ``16 December
2023``; people as ``Name (Affiliation)``, ``Name [Affiliation]`` or
``Name, Affiliation``.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from datetime import date, datetime, time

from confnotes.errors import BadInputError
from confnotes.notebook.storage import decode_text

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
SPACED_DASH_RE = re.compile(r"[ \t][-–—][ \t]")
"""A dash with a space or tab on each side, on one line: what sets a label, a title and
a speaker apart (``Keynote - Ana Ruiz``)."""
_LONG_DASH_RE = re.compile(r"[—―]{2,8}")
"""Two or more em dashes or horizontal bars (``——``, ``————``): the dash of Chinese and
Japanese writing."""


def one_dash(text: str) -> str:
    """``Title ———— Name`` and ``标题——姓名`` with the dash written as one: `` — ``; a
    dash spaced on one side only (``Title –Name``, ``Title– Name``) spaced on both."""
    if "—" in text or "―" in text:
        text = _LONG_DASH_RE.sub(" — ", text)
    return half_spaced_dash(text)


_HALF_SPACED_DASH_RE = re.compile(r"(?<=\S) ([–—])(?=[^\W\d_])|(?<=[^\W\d_])([–—]) (?=\S)")
"""An en or em dash with a space on one side and a letter on the other: a slip of the
spaced dash that parts a title from its speaker (a dash between letters, ``Data–Driven``,
or between numbers, ``2030–2031``, has no space; a hyphen is left alone: ``-v``)."""


def half_spaced_dash(text: str) -> str:
    """``Robots with Arduino –Ana Ruiz`` as ``Robots with Arduino – Ana Ruiz``."""
    if "–" not in text and "—" not in text:
        return text
    return _HALF_SPACED_DASH_RE.sub(lambda m: f" {m.group(1) or m.group(2)} ", text)


_PICTOGRAPHS = r"\u2190-\u2bff\u2e00-\u2e7f\U0001f000-\U0001faff\ufe0f\u200d"
"""Arrows, symbols, shapes, stars, emoji and their joiners: one class for both ends."""
LEADING_PICTOGRAPHS_RE = re.compile(rf"^[\s{_PICTOGRAPHS}]+")
"""Pictographs (arrows, shapes, stars, emoji and their joiners) leading a line, and the
spaces after them: a reader's marks, no words."""
_MARK_RE = re.compile(rf"[\s{_PICTOGRAPHS}]")


_STAMP_LABEL_RE = re.compile(
    r"(?:posted|published|updated|last (?:modified|updated)|publicado|atualizado|actualizado|"
    r"publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd)"
    r"(?: (?:on|em|el|le|am|il|op))?",
    re.I,
)


def stamp_line(text: str) -> bool:
    """``**📅 Publicado:** 7 de março de 2019``, ``Updated: 2 May``: a line whose label says
    when the page itself was written, in the languages pages are written in; its date is
    the page's, no day of the event it announces."""
    plain = LEADING_PICTOGRAPHS_RE.sub("", strip_markdown_inline(text)).lstrip(" *_-")
    label, colon, _rest = plain[:40].partition(":")
    label = LEADING_PICTOGRAPHS_RE.sub("", label).strip(" *_")
    return bool(colon) and _STAMP_LABEL_RE.fullmatch(label) is not None


def trailing_marks(text: str) -> tuple[str, str]:
    """``text`` without the pictographs ending it (``Title (Name) 🔥``, ``Title ☑️``: a
    reader's rating of a talk, written after its heading; arrows and symbols such as
    ``∑`` too, which the caller puts back after the title) and those marks; ``(text, "")``
    when there are none or nothing else. Read from the end, linear on any input."""
    end = len(text)
    while end > 0 and _MARK_RE.match(text[end - 1]):
        end -= 1
    marks = text[end:].strip()
    if not marks or not text[:end].strip():
        return text, ""
    return text[:end].rstrip(), marks


DATE_RE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+)(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>[a-z]{{3,9}})\.?,?\s+(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))\b",
    re.I,
)
"""A date with its year: ``Dec 2nd 2022``, ``Sept 26, 2022``, ``16 December 2023``, ISO."""

DATE_NO_YEAR_RE = re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I)
"""A date without a year (``Dec 10``), completed from the programme's year."""

CLOCK = (
    r"(?P<{n}h>[0-2]?\d)(?:(?:[:.h：]|[ \t]h[ \t])(?P<{n}m>[0-5]\d)(?!\d)"
    r"|[ \t]?(?P<{n}x>h)(?![^\W\d_]))?"
    r"(?:(?<=h[0-5]\d)m(?:in)?(?![^\W\d_]))?"
    r"\s*(?P<{n}ap>(?<=[0-5]\d)[ap](?![^\W\d_])|[ap]\.?\s?m\.?(?![^\W\d_]))?"
)
"""A clock time; ``am``/``pm`` only as a word of its own (``09:00 Amelia`` is no am);
``9:40a``, ``12:30p``: the meridiem's letter alone, right after the minutes (not ``9:00 a
10:00``, whose ``a`` is a word between two clocks); ``14h`` an hour as French, Portuguese
and others write it (``08-10h``, ``11h-11h10``), its minutes maybe marked too (``09h30m``,
``9h30min``: the ``m`` is the minutes' unit, never a word of the title after it); ``12 h
45`` and ``15 h`` as Quebec writes them, spaced; ``4：00`` with a full-width colon."""
_RANGE_SEP = (
    r"(?:\s*(?:-{1,2}|–|—|→|~|～|〜|至|to|until|bis|à)\s*"
    r"|\s*(?<=\s)[^\W\d_]{1,5}\s+(?=[0-2]?\d[:.h][0-5]\d))"
)
"""Between the two clocks of a range: a dash, or one short word in any language before a
clock with its minutes (``8:00 às 8:30``, ``9.30 alle 10.30``, ``9:00 a 10:00``)."""
_ORDINAL_AFTER = r"(?!\.?[ºª°]|(?:st|nd|rd|th|er|e|ème|ᵉ|ª)(?![^\W\d_])|[番部回]|\.[ \t][^\W\d_])"
"""What makes a number an ordinal (``1st``, ``2nd``, ``1er``, ``2e``, ``1º``, ``2.ª``,
``2. Vortrag``, ``1番``): a slot's number after a clock, never the end of its range."""
TIME_RANGE_RE = re.compile(
    r"(?<![\d:：])"
    + CLOCK.format(n="a")
    + r"(?:"
    + _RANGE_SEP
    + CLOCK.format(n="b")
    + _ORDINAL_AFTER
    + r")?",
    re.I,
)
"""A time or a time range; a bare hour (``9``) only counts with am/pm or a range; a
number with an ordinal's ending after the dash (``19:15 - 1st talk``) is no end."""
DAY_BEFORE_CLOCK_RE = re.compile(
    r"(?<![\w.:/-])(?P<a>[0-3]\d)\.(?P<b>[0-3]\d)[ \t]{1,3}(?=[0-2]?\d:[0-5]\d(?!\d))"
)
"""``07.03 19:00``: two numbers of two digits joined by a dot, right before a clock written
with a colon: a day and month without their year (in the order the document writes
them), never a clock of its own; a version (``3.12``) has one digit before its dot."""

TIMEZONES = (
    (re.compile(r"\bcentral\b|(?-i:\bCS?T\b|\bCDT\b)", re.I), "America/Chicago"),
    (re.compile(r"\beastern\b|(?-i:\bES?T\b|\bEDT\b)", re.I), "America/New_York"),
    (re.compile(r"\bpacific\b|(?-i:\bPS?T\b|\bPDT\b)", re.I), "America/Los_Angeles"),
    (re.compile(r"\bmountain\b|(?-i:\bMS?T\b|\bMDT\b)", re.I), "America/Denver"),
    (re.compile(r"(?-i:\bCES?T\b)|central european", re.I), "Europe/Berlin"),
    (re.compile(r"(?-i:\bBST\b)|british summer", re.I), "Europe/London"),
    (re.compile(r"(?-i:\bJST\b)|japan standard", re.I), "Asia/Tokyo"),
    (re.compile(r"(?-i:\bKST\b)|korea standard", re.I), "Asia/Seoul"),
    (re.compile(r"\bAEST\b|\bAEDT\b"), "Australia/Sydney"),
    (re.compile(r"(?-i:\bHST\b)|hawaii", re.I), "Pacific/Honolulu"),
    (re.compile(r"\bAKST\b|\bAKDT\b"), "America/Anchorage"),
    (re.compile(r"\bSGT\b"), "Asia/Singapore"),
    (re.compile(r"\bHKT\b"), "Asia/Hong_Kong"),
    (re.compile(r"\bNZST\b|\bNZDT\b"), "Pacific/Auckland"),
    (re.compile(r"\bBRT\b"), "America/Sao_Paulo"),
    (re.compile(r"\bEES?T\b"), "Europe/Helsinki"),
    (re.compile(r"\bWES?T\b"), "Europe/Lisbon"),
    (re.compile(r"\bMSK\b"), "Europe/Moscow"),
    (re.compile(r"\bUTC\b|\bGMT\b", re.I), "UTC"),
)
"""Timezone names as pages write them, mapped to IANA names (checked in this order). The
abbreviations count only in capitals: ``est`` is French for "is", ``cest`` a word too."""

CITY_TIMEZONES = {
    "new orleans": "America/Chicago",
    "chicago": "America/Chicago",
    "vancouver": "America/Vancouver",
    "montreal": "America/Toronto",
    "montréal": "America/Toronto",
    "toronto": "America/Toronto",
    "long beach": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "honolulu": "Pacific/Honolulu",
    "baltimore": "America/New_York",
    "new york": "America/New_York",
    "lisbon": "Europe/Lisbon",
    "vienna": "Europe/Vienna",
    "stockholm": "Europe/Stockholm",
    "kigali": "Africa/Kigali",
    "singapore": "Asia/Singapore",
    "sydney": "Australia/Sydney",
    "london": "Europe/London",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "brussels": "Europe/Brussels",
    "helsinki": "Europe/Helsinki",
    "tokyo": "Asia/Tokyo",
    "yokohama": "Asia/Tokyo",
    "kyoto": "Asia/Tokyo",
    "seoul": "Asia/Seoul",
    "zurich": "Europe/Zurich",
    "milan": "Europe/Rome",
    "barcelona": "Europe/Madrid",
    "madrid": "Europe/Madrid",
}
"""Venue cities of the big conferences, when a page names the city and no timezone."""

SERIES_TIMEZONES: dict[tuple[str, int], str] = {
    ("NeurIPS", 2016): "Europe/Madrid",
    ("NeurIPS", 2017): "America/Los_Angeles",
    ("NeurIPS", 2018): "America/Toronto",
    ("NeurIPS", 2019): "America/Vancouver",
    ("NeurIPS", 2022): "America/Chicago",
    ("NeurIPS", 2023): "America/Chicago",
    ("NeurIPS", 2024): "America/Vancouver",
    ("NeurIPS", 2025): "America/Los_Angeles",
    ("ICML", 2017): "Australia/Sydney",
    ("ICML", 2018): "Europe/Stockholm",
    ("ICML", 2019): "America/Los_Angeles",
    ("ICML", 2022): "America/New_York",
    ("ICML", 2023): "Pacific/Honolulu",
    ("ICML", 2024): "Europe/Vienna",
    ("ICML", 2025): "America/Vancouver",
    ("ICLR", 2018): "America/Vancouver",
    ("ICLR", 2019): "America/Chicago",
    ("ICLR", 2023): "Africa/Kigali",
    ("ICLR", 2024): "Europe/Vienna",
    ("ICLR", 2025): "Asia/Singapore",
}
"""Where the big ML conferences met in person (virtual years are absent on purpose)."""


def series_timezone(series: str, year: int | None) -> str | None:
    """The timezone of a known in-person edition (``NeurIPS 2019`` → Vancouver)."""
    return SERIES_TIMEZONES.get((series, year)) if year else None


SERIES_RE = re.compile(
    r"\b(NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI|KDD|UAI|AISTATS|"
    r"ICRA|IROS|CoRL|COLT|RSS|MICCAI|SIGGRAPH|CHI|FOSDEM|PyCon|EuroPython|SciPy|JuliaCon)\s*'?(\d{4}|\d\d)?\b"
)
"""A known conference series, optionally with its year (``NeurIPS 2023``)."""

_AFFIL_SPLIT_RE = re.compile(r"(?<!\s)(?:\s+(?:/|&)\s+|\s*;\s*)")
_TAG_RE = re.compile(r"<[^<>]*>")
_BLOCK_TAG_RE = re.compile(r"<\s*(?:br|/p|p|/div|/li|/h\d)\b[^>]*>", re.I)


@dataclass
class Clock:
    """A parsed time of day, or a range of two."""

    start: time
    end: time | None = None


def decode(data: bytes, source: str) -> str:
    """Text of an input file (BOMs, UTF-16, Latin-1 handled; binary junk refused).

    Raises:
        BadInputError: the file is empty or binary.
    """
    if not data.strip():
        raise bad_input("the file is empty", source)
    try:
        return unfold_minified_html(decode_text(data, None).text)
    except BadInputError as exc:
        raise bad_input(exc.message, source, exc.line) from None


MINIFIED_LINE_CHARS = 2000
"""A line of an HTML page this long is minified markup (a whole body on one line)."""
_HTML_TOP_RE = re.compile(r"[\ufeff \t\r\n]{0,200}(?:<!doctype html|<html)", re.I)
_UNFOLD_RE = re.compile(
    r"<(?:(script|style|pre|textarea)\b|(?:h[1-6]|p|li|ul|ol|dl|dt|dd|tr|table|div|"
    r"section|article|header|footer|nav|main|aside|blockquote|small)[\s/>])",
    re.I,
)
"""A raw-text element's start (its text is never touched) or a block's start tag."""


def unfold_minified_html(text: str) -> str:
    """An HTML page whose markup was minified onto very long lines, with each such line
    broken before its block tags: one block a line, as authors write pages, so that the
    readers that go by lines (a heading's section, a list under it) see its blocks apart.
    Whitespace between blocks means nothing in HTML; raw text (scripts, ``<pre>``) is kept
    as is, and a page of ordinary lines is returned unchanged."""
    if not _HTML_TOP_RE.match(text):
        return text
    ends = [m.start() for m in re.finditer("\n", text)] + [len(text)]
    starts = [0] + [e + 1 for e in ends[:-1]]
    if not any(e - b > MINIFIED_LINE_CHARS for b, e in zip(starts, ends, strict=True)):
        return text
    lower = text.lower()
    out: list[str] = []
    at = kept = 0
    while (m := _UNFOLD_RE.search(text, at)) is not None:
        if m[1]:
            close = lower.find("</" + m[1].lower(), m.end())
            at = len(text) if close < 0 else close + 1
            continue
        n = bisect.bisect_right(starts, m.start()) - 1
        if ends[n] - starts[n] > MINIFIED_LINE_CHARS and m.start() > starts[n]:
            out.append(text[kept : m.start()])
            out.append("\n")
            kept = m.start()
        at = m.end()
    out.append(text[kept:])
    return "".join(out)


def bad_input(message: str, source: str, line: int | None = None) -> BadInputError:
    """A :class:`BadInputError` naming ``source`` (a path, or a URL kept intact)."""
    if "://" in source:
        where = f"{source}:{line}: " if line else f"{source}: "
        return BadInputError(where + message)
    return BadInputError(message, source or None, line)


def _hour(h: str, m: str | None, ap: str | None, default_pm: bool | None = None) -> time | None:
    hour, minute = int(h), int(m or 0)
    suffix = (ap or "").lower().replace(".", "").replace(" ", "")
    suffix = {"a": "am", "p": "pm"}.get(suffix, suffix)
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    elif not suffix and default_pm and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


_FOUR_DIGIT_RANGE_RE = re.compile(
    r"([0-2]\d)([0-5]\d)[ \t]{0,3}[-–—][ \t]{0,3}([0-2]\d)([0-5]\d)(?!\d)"
)
"""``0900-1000``, ``1315 - 1400``: a range of the 24-hour clock written without colons."""


def four_digit_clocks(text: str) -> str:
    """``text`` with a leading ``0900-1000`` written ``09:00-10:00`` when it is a range of
    the day's hours (both clocks real, the end ten minutes to six hours after the start);
    a range of years (``2019-2020``, ``1930-2030``) stays as written."""
    m = _FOUR_DIGIT_RANGE_RE.match(text) if text[:1].isdigit() else None
    if m is None:
        return text
    a, b = int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4))
    years = all(1900 <= int(m.group(n) + m.group(n + 1)) <= 2099 for n in (1, 3))
    if max(a, b) >= 24 * 60 or not 10 <= b - a <= 360 or years:
        return text
    return f"{m.group(1)}:{m.group(2)}-{m.group(3)}:{m.group(4)}" + text[m.end() :]


_NOON = r"(?:noon|midday|mediod[ií]a|meio-dia|mezzogiorno)(?![\w-])"
_NOON_ALONE = rf"12[ \t]?{_NOON}|{_NOON}(?=[ \t]*(?:[-–—:|,)]|$))"
"""Noon where a clock stands: ``12 noon`` anywhere, ``noon`` before a separator or the
end (``Noon talks`` is a title's word)."""
_NOON_LEAD_RE = re.compile(_NOON_ALONE, re.I)
_NOON_END_RE = re.compile(
    rf"(\d(?:[ \t]?[ap]\.?m\.?)?[ \t]?(?:[-–—]|to|a|bis)[ \t]?)(?:{_NOON_ALONE})", re.I
)


def noon_clocks(text: str) -> str:
    """``text`` with noon written as the clock it is where a clock stands: leading a line
    (``Noon – Lunch``, ``12 noon Keynote``) or ending a range (``11:00 am – noon``);
    ``noon`` in a sentence or a title (``Noon talks``) stays a word."""
    folded = text[:300].casefold()
    if not any(word in folded for word in ("noon", "midday", "mediod", "meio-dia", "mezzogi")):
        return text
    if m := _NOON_LEAD_RE.match(text.lstrip()):
        text = "12:00" + text.lstrip()[m.end() :]
    return _NOON_END_RE.sub(r"\g<1>12:00", text, count=1)


_HOUR_WORD_RE = re.compile(
    r"([0-2]?\d)(?:[ \t]?[-–—][ \t]?([0-2]?\d))?[ \t]?Uhr(?![^\W\d_])"
    r"|([0-2]?\d)[ \t]?[時시](?:[ \t]?([0-5]?\d)[ \t]?[分분]|(半|반))?"
)
"""An hour written with its word, leading a line: German's ``10 Uhr`` (``10–12 Uhr``),
Japanese ``10時``, ``10時30分``, ``10時半``, Korean ``10시``, ``10시 30분``."""


def hour_word_clocks(text: str) -> str:
    """``text`` with a leading hour written with a word (:data:`_HOUR_WORD_RE`) written as
    the clock it is (``10 Uhr – Vortrag`` → ``10:00 – Vortrag``); an hour past 23 stays
    as written."""
    m = _HOUR_WORD_RE.match(text)
    if m is None:
        return text
    if m.group(1) is not None:
        hours = [h for h in (m.group(1), m.group(2)) if h is not None]
        if any(int(h) > 23 for h in hours):
            return text
        clock = "-".join(f"{int(h):02}:00" for h in hours)
    else:
        hour = int(m.group(3))
        minute = 30 if m.group(5) else int(m.group(4) or 0)
        if hour > 23:
            return text
        clock = f"{hour:02}:{minute:02}"
    return clock + text[m.end() :]


def parse_clock(text: str) -> Clock | None:
    """The first time (or range) in ``text``; 12-hour times with or without am/pm.

    In ``5:30 -- 10:30 PM`` the first time takes the second's ``pm`` when that
    keeps it before the end; a bare hour needs am/pm or a range (``9 am``, ``9–10``).
    """
    for m in TIME_RANGE_RE.finditer(text):
        a_ap, b_ap = m.group("aap"), m.group("bap")
        has_b = m.group("bh") is not None
        h_after = (
            text[m.end() : m.end() + 1].lower() == "h"
            and not text[m.end() + 1 : m.end() + 2].isalpha()
        )
        a_h, b_h = m.group("ax") is not None or h_after, m.group("bx") is not None
        if m.group("am") is None and not a_ap and not has_b and not a_h:
            continue  # a bare number; but "14h" is a time as French and others write it
        if (
            not has_b
            and text[m.end() : m.end() + 1] == "."
            and text[m.end() + 1 : m.end() + 2].isdigit()
        ):
            continue  # "16.06.2026": a day and a month, not 16:06
        if has_b and m.group("bm") is None and not b_ap and m.group("am") is None and not b_h:
            continue  # "10-12" is no range of hours; "08-10h" is
        end = None
        if has_b:
            end = _hour(m.group("bh"), m.group("bm"), b_ap)
        if not a_ap and b_ap and end is not None:
            start = _hour(m.group("ah"), m.group("am"), b_ap)
            if start is not None and start > end:
                start = _hour(m.group("ah"), m.group("am"), "am")
        else:
            start = _hour(m.group("ah"), m.group("am"), a_ap)
        if start is None:
            continue
        if end is not None and end < start and not b_ap and end.hour < 12:
            end = time(end.hour + 12, end.minute)
        return Clock(start, end)
    return None


def parse_date(text: str, year: int | None = None) -> date | None:
    """The first date in ``text`` (with a year, or without one when ``year`` is given)."""
    m = DATE_RE.search(text)
    if m:
        try:
            if m.group("iso"):
                return date.fromisoformat(m.group("iso"))
            if m.group("month"):
                month = MONTHS[m.group("month")[:3].lower()]
                return date(int(m.group("year")), month, int(m.group("day")))
            month_name = m.group("month2")[:3].lower()
            if month_name in MONTHS:
                return date(int(m.group("year2")), MONTHS[month_name], int(m.group("day2")))
        except ValueError:
            return None
    if year is not None and (m2 := DATE_NO_YEAR_RE.search(text)):
        try:
            return date(year, MONTHS[m2.group("month")[:3].lower()], int(m2.group("day")))
        except ValueError:
            return None
    return None


def combine(day: date | None, clock: time | None) -> datetime | None:
    """A local wall-clock datetime, or None when the day or the time is unknown."""
    if day is None or clock is None:
        return None
    return datetime.combine(day, clock)


def find_timezone(text: str) -> str | None:
    """An IANA timezone for a phrase such as ``(Central Standard Time)`` or ``9 am EST``."""
    for pattern, name in TIMEZONES:
        if pattern.search(text):
            return name
    return None


def city_timezone(text: str) -> str | None:
    """The timezone of a known venue city named in ``text``."""
    lowered = text.lower()
    for city, name in CITY_TIMEZONES.items():
        if re.search(rf"\b{re.escape(city)}\b", lowered):
            return name
    return None


def find_series(text: str) -> tuple[str, int | None]:
    """The conference series and year a page mentions first (``("NeurIPS", 2023)``)."""
    matches = list(SERIES_RE.finditer(text))
    if not matches:
        return "", None
    m = next((x for x in matches if x.group(2)), matches[0])
    series = "NeurIPS" if m.group(1) == "NIPS" else m.group(1)
    year = m.group(2)
    if year and len(year) == 2:
        year = "20" + year
    return series, int(year) if year else None


def strip_html(text: str) -> str:
    """Plain text from an HTML fragment: tags dropped, entities decoded, paragraphs kept."""
    text = _BLOCK_TAG_RE.sub("\n\n", text)
    text = _TAG_RE.sub("", text)
    text = html.unescape(text)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def strip_markdown_inline(text: str) -> str:
    """Text without emphasis, inline links (label kept), HTML tags and entities."""
    if not _INLINE_CHARS_RE.search(text):
        return " ".join(text.split())
    text = _IMAGE_RE.sub("", text)
    text = _INLINE_LINK_RE.sub(r"\1", text)
    text = _REFERENCE_LINK_RE.sub(r"\1", text)
    text = _STRONG_RE.sub(r"\2", text)
    text = _EMPHASIS_RE.sub(r"\2", text)
    if "`" in text:
        text = _RST_LINK_RE.sub(r"\1", _RST_ROLE_RE.sub(r"\1\2", text))
    text = text.replace("`", "")
    text = _TAG_RE.sub("", text)
    return " ".join(html.unescape(text).split())


_INLINE_CHARS_RE = re.compile(r"[\[*_`<&]")
_IMAGE_RE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_INLINE_LINK_RE = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")
_REFERENCE_LINK_RE = re.compile(r"\[([^\[\]\n]{1,300})\]\[[^\[\]\n]{0,100}\]")
"""A reference link (``[Title][3]``, its address defined elsewhere): its label."""
SHORTCUT_LABEL_RE = re.compile(r"\[([^\[\]\n]{1,200})\](?![(\[]|:[ \t]{0,3}(?:https?:|<))")
"""A shortcut reference link's label in its brackets (``[Ana Ruiz]``, its address defined
elsewhere): never an inline link's, a full reference's or a definition's label. Readers
take the label for the words (``SHORTCUT_LABEL_RE.sub(r"\1", line)``)."""
_RST_ROLE_RE = re.compile(
    r"`([^`\n]{1,300})`:[A-Za-z][\w.+-]{0,30}:|(?<![\w:]):[A-Za-z][\w.+-]{0,30}:`([^`\n]{1,300})`"
)
"""reStructuredText's interpreted text and its role on either side (`` `Title`:title: ``,
``:doc:`Title` ``): the words, without the role's name."""
_RST_LINK_RE = re.compile(r"`([^`<\n]{1,300}?)\s*<[^<>`\n]{0,500}>`__?")
"""A reStructuredText link (`` `PDF <slides.pdf>`_ ``): its label."""
_STRONG_RE = re.compile(r"(\*\*|__)(.+?)\1")
_EMPHASIS_RE = re.compile(r"(?<!\w)([*_])(\S(?:.*?\S)?)\1(?!\w)")


_BRACKET_RE = re.compile(r"[()\[\]]")


def split_outside_brackets(text: str, separator: re.Pattern[str]) -> list[str]:
    """``text`` split at ``separator`` except inside brackets, in linear time.

    Same result as ``re.split(separator + r"(?![^()\\[\\]]*[)\\]])", text)``: a
    separator whose next bracket is a closing one is inside brackets. That
    lookahead rescans the rest of the text at every separator (a line of 100,000
    commas took minutes); here the brackets are listed once.
    """
    brackets = [(m.start(), m.group()) for m in _BRACKET_RE.finditer(text)]
    starts = [pos for pos, _char in brackets]
    parts, last = [], 0
    for m in separator.finditer(text):
        nxt = bisect.bisect_left(starts, m.end())
        if nxt < len(brackets) and brackets[nxt][1] in ")]":
            continue
        parts.append(text[last : m.start()])
        last = m.end()
    parts.append(text[last:])
    return parts


def bracket_tail(
    text: str, pairs: str = "()[]", shortest: int = 2, longest: int = 120
) -> tuple[int, str] | None:
    """A text's last bracket and where it opens (``Title (Chair: Name)``): the text ends
    with one of ``pairs``' closing brackets and the bracket holds no other; found without
    a regex, linear on any input."""
    text = text.rstrip()
    if not text or text[-1] not in pairs[1::2]:
        return None
    at = max(text.rfind(opening) for opening in pairs[0::2])
    inner = text[at + 1 : -1]
    if at < 0 or not shortest <= len(inner) <= longest or _BRACKET_RE.search(inner):
        return None
    return at, inner


def heading_text(text: str) -> str:
    """An ATX heading's text without its closing ``#`` run (``## Talks ##`` → ``Talks``).

    Done here rather than by ``(.*?)\\s*#*\\s*$`` in the heading pattern, which
    backtracked cubically on a line of spaces (a fuzzed page hung for minutes).
    """
    return text.rstrip().rstrip("#").rstrip()


def split_affiliations(text: str) -> list[str]:
    """``Inria / Google`` → two affiliations; a comma stays inside one (``UC, Berkeley``)."""
    parts = [p.strip(" ,.;") for p in _AFFIL_SPLIT_RE.split(text)]
    return [p for p in parts if p]


_HONORIFIC_RE = re.compile(
    r"^(?:(?:(?:prof(?:essor)?|dr(?:\.?ssa)?|mr|mrs|ms|mx|sir|dame|assoc\.? prof|a/ ?prof|"
    r"prof\.?ssa|prof\.?ª|"
    r"profa|dott(?:\.?ssa)?|avv|mme|mlle|herr|frau|dipl\.?-ing|dr\.?-ing|univ\.?-prof|"
    r"asst\.? prof|jun\.?-prof|apl\.? prof|priv\.?-doz|pd(?= dr)|mtr[oa]|profesora?|"
    r"professora|проф(?:ессор)?|доктор|академик|д-р|mgr|hab|inż|"
    r"(?:docente|analista|programador(?:a)?|t[eé]cnic[oa]|master|мастер)(?=\s+\w+\s+\w))\.?"
    r"|(?:dra|ing|eng|ir|arch|arq|t[eé]c|sig(?:\.?ra)?|sra?|pr|mag|lic(?:d[oa])?|rev|hon|esp)\.|eng\.?[ºª]"
    r"|dr[ºª]\.?|[bm]\.? ?sc\.|dipl\.?-[a-zäöü]{2,6}\.|(?-i:MSc|BSc|MSE|MEng|BEng)\.?)"
    r"(?:\s+|(?<=\.)(?-i:(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]))))+",
    re.I,
)
"""Titles before a name, in the languages programmes are written in (``Prof.ssa``,
``Dr.ssa``; a dotted title glued to the name, ``dr.Ana Ruiz``,
``Dott.``, ``Avv.``, ``Dra.``, ``Mme``, ``Dr.-Ing.``), chained as academic ranks are
(``Prof. dr. ir.``, ``PD Dr.``, ``Priv.-Doz. Dr.``, ``Asst. Prof.``, ``Lic.``, ``Rev.``);
the engineer's title of Portuguese and Romance programmes (``Eng.``, ``Engº``, ``Eng.ª``),
the feminine doctor (``Drª``) and the specialist (``Esp.``) of Brazilian pages;
the degrees German programmes write before a name (``M.Sc.``, ``B. Sc.``, ``Dipl.-Inf.``)
and the engineering and science degrees others write there, undotted, in capitals as
written (``MSE``, ``MSc``, ``MEng``: ``Mse`` or ``mse`` is a word);
the Spanish and Portuguese ranks and trades written before a name, out or cut short
(``Profesora``, ``Tec.``, ``Arq.``; ``Docente``, ``Analista``, ``Programador`` only
before two words or more: ``Analista QA`` is a job, no one); the Russian ranks
(``Проф.``, ``Доктор``, ``Академик``, ``Д-р``); a master's title before a teacher's name
of two words or more (``Master Shi Yanbin``, ``Мастер Ши Янбин``);
``A/Prof.`` (an associate professor, as Australian pages write it)."""


OPEN_SLOT_MARKS = " -–—.…?/\\|"
"""What a grid writes in a cell with no talk in it (``-``, ``…``, ``/``): a cell of these
characters alone is an open slot, no title."""


BY_WORDS = "by|par|von|por|di|door|av"
"""``by`` before a by-line, in the languages programmes are written in."""
BY_WORD_SET = frozenset([*BY_WORDS.split("|"), "durch", "da", "af"])
"""``by`` before a speaker's name, in the languages programmes are written in (German,
French, Spanish, Italian, Portuguese, Dutch, Scandinavian); ``durch``, ``da``, ``af``
only after a title's words, never opening a by-line."""
WITH_WORDS = frozenset(["with", "mit", "avec", "con", "met", "com"])
"""``with`` before the people of a session, in those languages (``com``: Portuguese)."""
BY_LINE_RE = re.compile(rf"^(?:{BY_WORDS})\s+(?=[^\W\d_])")
"""Words opening a by-line (``por C.Ureña``): who gives a talk, never an affiliation."""
_WRITTEN_TITLE_RE = re.compile(r"^(?:(?:Drs|Dres|Prs?|Profs|Mmes|Mlles)\.?\s+)+(?=[^\W\d_])")
"""Titles written as titles only (a capital, then small letters): the French ``Pr`` and
plurals before two names (``Drs Ana Ruiz et Bo Li``), which as words of any case would
also begin a talk's title (``PR reviews``)."""


def clean_name(name: str) -> str:
    """A display name without honorifics and doubled spaces (``Prof. Dr.  Ann Lee``)."""
    name = " ".join(name.split())
    while True:
        bare = _WRITTEN_TITLE_RE.sub("", _HONORIFIC_RE.sub("", name))
        if bare == name:
            return name
        name = bare


def titled(text: str) -> bool:
    """Whether ``text`` opens with a title written as one (``Dr``, ``Prof.``, ``Pr``,
    ``Drs``) before a word: a person is named next, whatever case the name is in."""
    text = " ".join(text.split())
    head = text.split(" ", 1)[0]
    return head[:1].isupper() and not head.isupper() and clean_name(text) != text


_SUBJECT_PRONOUNS = "i we they he she it you ich wir sie je nous ils elles yo nosotros nosotras"
SUBJECT_PRONOUNS = frozenset([*_SUBJECT_PRONOUNS.split(), "eu", "nós", "noi", "ik", "wij"])
"""Pronouns a sentence of someone's notes opens on (``we arrived late``), no title."""
NOTE_SENTENCE_WORDS = 10
"""Words from which a line ending on a full stop reads as a sentence, not a title."""


def note_sentence(text: str) -> bool:
    """Whether a line is a sentence of someone's notes rather than a talk's title: long
        prose, or a line ending on a full stop that opens on a subject pronoun (``we arrived
        late and missed the start.``) or runs to :data:`NOTE_SENTENCE_WORDS` words. A short
        title, lower-case or not, is none (``tides of open data``, ``Less is more.``), and so is
    a short line in title case (``It Depends.``)."""
    plain = strip_markdown_inline(text).strip(" *_")
    words = plain.split()
    if len(words) >= 16:
        return True
    if len(words) < 2 or not plain.endswith((".", "。")) or plain.endswith(".."):
        return False
    if all(w[:1].isupper() for w in words[1:]):
        return False  # "It Depends.", "We Need Better Logs.": a title's capitals, no prose
    return words[0].casefold() in SUBJECT_PRONOUNS or len(words) >= NOTE_SENTENCE_WORDS


def line_number(text: str, pos: int) -> int:
    """1-based line of a character offset."""
    return text.count("\n", 0, pos) + 1


def written_in_lower_case(lines: list[str], phrase: str) -> bool:
    """Whether the document writes ``phrase`` in small letters somewhere (``tide tables``
    in a note under ``## Tide Tables, Served Over HTTP``): a thing's words, which a
    person's name never is, however its heading capitalises them."""
    low = phrase.casefold()
    if low == phrase or not low.isascii():
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(low)}(?![\w-])")
    return any(pattern.search(line) for line in lines[:5000])


def goes_on_after_comma(text: str) -> bool:
    """Whether the words after ``text``'s first comma start in small letters (``Rust
    Async, the Hard Parts``): one phrase going on, so what stands before the comma is
    the phrase's head, not a name with its affiliation or its talk's title. A second
    comma after them (``Bo Lin, formerly at Spotify, Streams``) marks a field of its own
    between a name and a title, no phrase going on."""
    _head, comma, rest = text.partition(",")
    first = rest.split()[0].strip("*_") if rest.split() else ""
    return bool(comma) and first.isalpha() and first.islower() and "," not in rest


_FIRST_STOP_RE = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[)\]]))[.!?。！？][ \t]+(?=\S)")
"""A sentence's end: a stop after a word of two letters or more, or after a bracket (an
initial's ``A.`` ends none)."""


def first_sentence(text: str) -> str:
    """``text`` up to its first sentence's end (``Ana Ruiz (Zenika). Merci !``: ``Ana Ruiz
    (Zenika)``): the by-line a thanks or a remark follows on the same line."""
    return _FIRST_STOP_RE.split(text[:2000], maxsplit=1)[0].strip()
