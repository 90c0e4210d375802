"""One line of a schedule, in the many ways pages write it.

``08:45 : Philip M. Kim (Keynote Talk) - Machine learning for proteins.``,
``9:00–9:45 Title by Speaker``, ``10:15 am | Name (Affiliation) | Title``,
``Coffee break``: each becomes a :class:`Entry` with its time, title, kind and
speakers. Shared by the ``markdown`` and ``text`` formats.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import time, timedelta

from confnotes.importers.fields import room_aside
from confnotes.importers.kinds import KIND_WORDS as KIND_WORDS  # re-exported for readers
from confnotes.importers.kinds import TALK_LABEL_RE as TALK_LABEL_RE
from confnotes.importers.kinds import kind_of, type_tag
from confnotes.importers.persons import (
    GROUP_LABEL_RE,
    is_person_name,
    parse_person,
    split_speakers,
)
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import (
    BY_WORD_SET,
    DAY_BEFORE_CLOCK_RE,
    LEADING_PICTOGRAPHS_RE,
    TIME_RANGE_RE,
    WITH_WORDS,
    Clock,
    four_digit_clocks,
    half_spaced_dash,
    hour_word_clocks,
    noon_clocks,
    parse_clock,
    split_outside_brackets,
    strip_markdown_inline,
)

SESSION_KINDS = ("break", "poster")
"""Kinds that are sessions (blocks of time) rather than talks with a speaker."""

DURATION_RE = re.compile(
    r"(?<![ \t])[ \t]*[(（\[][ \t]*\d{1,3}(?:[ \t]*\+[ \t]*\d{1,3}){0,2}[ \t]*"
    r"(?:min(?:ute)?s?\.?|分(?:間|钟|鐘)?|분|['′’]|h|hrs?|hours?|std\.?|Min\.?)[ \t]*[)）\]]",
    re.I,
)
"""A slot's length beside its title (``(30 min)``, ``(30 + 15 min)``, ``[20']``, ``（15分）``,
``(20분)``, ``(30分钟)``):
a field of the record of its own, never words of the title."""
LENGTH_ALONE_RE = re.compile(
    r"\d{1,3}(?:[.,]\d{1,2})?[ \t]{0,3}(?:min(?:ute)?s?\.?|分(?:間|钟|鐘)?|분|['′’]|h|hrs?\.?|"
    r"hours?|std\.?|stunden?|heures?|horas?|ore|minut[eoi]s?|minuten)",
    re.I,
)
"""A cell or field that is only a slot's length, unbracketed (``10mins``, ``40 min``,
``1.5 h``, ``45分``, ``20'``): how long the slot is, never a name or where someone works.
Matched whole against stripped text."""
_HOURS_UNIT_RE = re.compile(r"h|hrs?\.?|hours?|std\.?|stunden?|heures?|horas?|ore", re.I)
"""The units of :data:`LENGTH_ALONE_RE` that count hours (the others count minutes)."""


def slot_length(text: str) -> timedelta | None:
    """How long a slot is when ``text`` is only its length (``30 minutes``, ``1.5 h``,
    ``45分``, :data:`LENGTH_ALONE_RE`); None otherwise."""
    text = text.strip()
    if not LENGTH_ALONE_RE.fullmatch(text):
        return None
    number = re.match(r"\d{1,3}(?:[.,]\d{1,2})?", text)
    if number is None:
        return None
    amount = float(number.group().replace(",", "."))
    unit = text[number.end() :].strip()
    return timedelta(hours=amount) if _HOURS_UNIT_RE.fullmatch(unit) else timedelta(minutes=amount)


_KIND_TAG_RE = re.compile(
    r"(?<!\s)\s*[(\[]\s*(keynote(?: talk)?|invited(?: talk)?|spotlight(?: talk)?|oral|"
    r"contributed talk|poster|panel(?: discussion)?|demo|talk|tutorial)\s*[)\]]\s*",
    re.I,
)
_CLOCK_UNIT = r"(?:uhr|h|(?-i:hs|hrs?|horas?|hores|hod|óra|ч))\b\.?"
"""A clock's own unit word after it, in the languages programmes are written in
(``09:00 Uhr``, ``13:00 hs.``, ``9:00 hrs``, ``10:00 horas``, ``9:00 hod.``); the
longer ones in small letters only, so ``10:00 HR at scale`` keeps its title."""
_LEAD_SEP_RE = re.compile(
    rf"^\s*(?:{_CLOCK_UNIT}\s*)?(?:[:|\-–—~〜～]\s*)+|^\s*{_CLOCK_UNIT}\s*", re.I
)
"""What separates a leading time from the rest: a colon, a bar, a dash; a clock's own
unit word (:data:`_CLOCK_UNIT`) with it; a tilde no second clock follows (``13:47 ~
Warm-up``: the time was about then, or the slot runs on from it)."""
APPROX_MARK_RE = re.compile(
    r"^(?:[~〜～≈]|(?:ca|circa|approx|approximately|env|etwa|gegen|vers|约|約|大约|大約|およそ)"
    r"(?![^\W\d_])\.?)[ \t]{0,3}(?=\d)",
    re.I,
)
"""A mark before a clock that says the time is only about right (``~ 15:15``, ``ca.
10:00``, ``gegen 14:00``, ``约 9:30``): the clock still leads its line."""
OPEN_END_RE = re.compile(
    r"^\s*(?:[–—-]\s*)?(?:open[ -]end|ende offen|offen|bis spät|late|tard|fin libre|"
    r"a oltranza|hasta el cierre|até o fim)\b\s*"
    r"|^[ \t]{0,20}(?:-{1,2}|–|—|→|~|to|until|bis|à)?[ \t]{0,20}(?:\.{2,4}|…)(?!\S)[ \t]{0,20}",
    re.I,
)
"""``18:00 – open end``: a time whose end is not said, in the ways programmes write it;
``22h10 à ...``, ``23:00 – …``: a range whose end is an ellipsis, left open."""
_CLOCK_WORD_RE = re.compile(r"^(?:[^\W\d_]{2,4}\.?\s+|[hH]\.?[ \t]?)(?=\d)")
"""A short word before a time with minutes (``ore 9.30``, ``um 9:30``), or the hour's
letter (``h.10:00``, ``h 9.30``, as Italian and Spanish programmes write it)."""
_DAY_DOT_RE = re.compile(r"\.(?:\s|$)")


def _day_and_month(text: str, m: re.Match[str]) -> bool:
    """``21.04.``: a day and a month as German writes them (a dot after each, the second
    a month's number), never a clock after a word (``Am 21.04. von 10 bis 20 Uhr``)."""
    month = m.group("am")
    return bool(month) and 1 <= int(month) <= 12 and bool(_DAY_DOT_RE.match(text, m.end()))


_BY_RE = re.compile(r"(?<!\s)\s+by\s+", re.I)
HOSTED_RE = re.compile(
    r"\b(?:organi[sz]ed|hosted|sponsored|supported|funded|organisée?|organisiert|"
    r"organizad[oa]|organizzat[oa]|patrocinad[oa]|gesponsert|unterstützt)\s*$",
    re.I,
)
"""The verb before ``by`` that makes the names after it hosts or sponsors, not speakers."""
_QUOTED_LEAD_RE = re.compile(
    r"[ \t]{0,20}[\"“„«「『《](?P<title>[^\"“”„«»「」『』《》\n]{2,300})[\"”“»」』》](?P<rest>.*)$"
)
"""A title in quotes opening the rest of a line, a by-line after it."""
_QUOTED_TAIL_RE = re.compile(
    r"^(?P<who>[^\"“”„«»「」『』《》\n]{3,200}?)[ \t]{1,20}[\"“„«「『《]"
    r"(?P<title>[^\"“”„«»「」『』《》\n]{2,300})[\"”“»」』》][ \t.]*$"
)
"""Words, then a title in quotes closing the line: who gives it, then what it is."""
_BY_LEAD_RE = re.compile(r"^(?:by|par|von|por|di|door|with|avec|con|mit)[ \t]+", re.I)
_DASH_SPLIT_RE = re.compile(r"(?<!\s)(?:\s+[-–—]\s+|\s*:\s+)")
_SPEAKER_KINDS = frozenset({"keynote", "talk"})
"""Kinds whose label before a lone name makes it the slot's speaker (``Invited Talk 1: Name``,
``Keynote - Name``); a workshop's or a panel's label is followed by its topic."""


_DASH_ONLY_RE = re.compile(r"(?<!\s)\s+[-–—]\s+")
_LEAD_CODE_RE = re.compile(r"[A-Z]{1,3}[-.]?\d{1,3}(?:\.\d{1,2})?[ \t]+[-–—][ \t]+(?=\S)")
"""``P3 - ``: a talk's number (a paper's, a slot's) before the entry's own fields."""


def _without_lead_code(rest: str) -> str:
    """``P3 - Ana Ruiz - Title``: the entry without the number that leads it, when the
    rest is itself a speaker and a title parted by a dash (a number before one field alone
    may be the title's own: ``C4 - Diagrams``)."""
    m = _LEAD_CODE_RE.match(rest)
    if m is None:
        return rest
    fields = _DASH_ONLY_RE.split(rest[m.end() :], maxsplit=1)
    if len(fields) == 2 and (_people(fields[0]) or _people(fields[1].rstrip("."))):
        return rest[m.end() :]
    return rest


def _colon_split(text: str) -> bool:
    """Whether ``text``'s first split (:data:`_DASH_SPLIT_RE`) is a colon: what follows a
    colon is what the part before it introduces (``Sunday Q2: Complex Behaviors``,
    ``14.02.2027: Beginn der Konferenz``), never its speaker."""
    m = _DASH_SPLIT_RE.search(text)
    return m is not None and ":" in m.group(0)


@dataclass
class Entry:
    """A parsed schedule line."""

    title: str
    kind: str = "talk"
    start: time | None = None
    end: time | None = None
    speakers: list[ProgrammePerson] = field(default_factory=list)
    ampm: bool = False
    """True when the line said am/pm, so a 12-hour clock needs no guessing."""
    item: bool = False
    """One presentation of a block (a poster listed under its poster session): a talk of
    its kind, never a block of the day itself."""
    room: str = ""
    """The room the line names apart from its title (``20:00 Saal B`` over the title)."""
    placed: bool = False
    """Its speakers were read in the place its siblings share (:mod:`confnotes.importers.runs`):
    the document's convention, which the person test's second look keeps."""

    @property
    def is_session(self) -> bool:
        """Breaks and poster sessions are blocks of the day, not talks."""
        return self.kind in SESSION_KINDS and not self.speakers and not self.item


TABS_RE = re.compile(r" {0,20}\t[ \t]{0,50}")
"""Tabs between a line's words: the columns of a table pasted as text (``09:10<TAB>Name
<TAB>Title``), read as the dashes people put between them."""


_STRESSED_CLOCK_RE = re.compile(r"[*_]\d{1,2}[:.h]\d\d")
"""A clock in italics at a line's head (``*18:00*``, ``_18:00_``): its mark is glued to
the digit, where a bullet's star is followed by a blank."""


def clock_first(text: str) -> bool:
    """Whether ``text`` may start with a clock: a digit first, or a mark that the time
    is only about right (:data:`APPROX_MARK_RE`) before one; a cheap test before
    :func:`leading_clock` reads it."""
    return text[:1].isdigit() or APPROX_MARK_RE.match(text) is not None


_AND_AGAIN_RE = re.compile(r"(?:[,;&+]|[^\W\d_]{1,4}[ \t])[ \t]{0,3}(?=\d)")
"""What joins a second slot to the first (``15 h - 16 h et 16 h 15 - 17 h 15``, ``9:00-10:00
and 11:00-12:00``, ``…, 14:00``): a mark or one short word in any language, then a clock."""


def leading_clock(text: str) -> tuple[time | None, time | None, str, bool]:
    """A time (range) at the very start of ``text``, the rest of the line, and whether
    it said am/pm; a second, later slot joined to it (``9:00-10:00 and 11:00-12:00``) is
    the same item given twice, read at its first."""
    lead = text.strip()
    if lead.startswith(("**", "__")) or _STRESSED_CLOCK_RE.match(lead):
        # "**09:00 - 09:30**: Title": the time in bold, then the line's separator; its
        # marks go first, a bullet's stars would take the bold's opening with them (and
        # "*18:00* – *18:30*", each end in italics: a star glued to a digit is no bullet)
        stripped = strip_markdown_inline(TABS_RE.sub(" — ", lead)).strip(" \t•*-+·")
    else:
        body = text.strip().lstrip(" \t•*-+·")
        if not (body.endswith("*") and body.count("*") % 2 == 0):
            body = body.rstrip(" \t•*-+·")  # "09:00 *Title*": the star closes the title's
        stripped = strip_markdown_inline(TABS_RE.sub(" — ", body))
    stripped = APPROX_MARK_RE.sub("", stripped, count=1)
    if day := DAY_BEFORE_CLOCK_RE.match(stripped):
        stripped = stripped[day.end() :]  # "07.03 19:00 Title": the day, then its clock
    stripped = _unbracketed_clock(four_digit_clocks(noon_clocks(hour_word_clocks(stripped))))
    m = TIME_RANGE_RE.match(stripped)
    if (not m or not m.group(0).strip()) and (word := _CLOCK_WORD_RE.match(stripped)):
        # "ore 9.30", "um 9:30", "at 10:15": a short word before a time with minutes
        stripped = stripped[word.end() :]
        m = TIME_RANGE_RE.match(stripped)
        if m is not None and (m.group("am") is None or _day_and_month(stripped, m)):
            m = None  # "Am 21.04. von 10 bis 20 Uhr": a day and month, closed by a dot
    if not m or not m.group(0).strip():
        return None, None, text, False
    clock = parse_clock(stripped[: m.end() + 2])  # with what follows: "14h" is 14:00
    if clock is None:
        return None, None, text, False
    after, end = stripped[m.end() :], clock.end
    if end is None and m.group("am") and (slashed := _SLASH_END_RE.match(after)):
        # "9.30/11.00 Round table": a range written with a slash, as Italian pages do; an
        # end mistyped ("11..00") is the end all the same, never the title's first word
        after, end = after[slashed.end() :].lstrip(), _clock_or_none(slashed)
        end = end if end is not None and end > clock.start else None  # "14.30/11.00"
    if end is None and m.group("am") and not m.group("aap"):
        after, end = _side_by_side_end(after, clock.start, stripped[: m.end()])
    rest = _without_slot_number(_LEAD_SEP_RE.sub("", OPEN_END_RE.sub("", after, count=1)))
    again = _AND_AGAIN_RE.match(rest)
    later = leading_clock(rest[again.end() :]) if again else None
    if later is not None and later[0] is not None and later[0] > clock.start:
        rest = later[2]  # "15 h - 16 h et 16 h 15 - 17 h 15": given twice, the first slot
    return clock.start, end, rest, bool(m.group("aap") or m.group("bap"))


def clock_alone(text: str) -> Clock | None:
    """The hours a heading or a line says when it says nothing else (``12 h 45 - 13 h
    45``, ``3:00 - 4:00 PM``, ``15 h - 16 h et 16 h 15 - 17 h 15``)."""
    start, end, rest, _ampm = leading_clock(strip_markdown_inline(text).strip())
    if start is None or strip_markdown_inline(rest).strip(" ,|@"):
        return None
    return Clock(start, end)


_SLOT_NUMBER_RE = re.compile(
    r"(?:第[ \t]?\d{1,2}[ \t]?[部回]"
    r"|\d{1,2}(?:\.?[ºª°]|(?:st|nd|rd|th|er|e|ème|ᵉ)(?![^\W\d_])|\.(?=[ \t])))[ \t]{0,3}",
    re.I,
)
"""A slot's number written as an ordinal (``1st``, ``2nd``, ``1er``, ``1º``, ``2.ª``,
``2.``, ``第1部``)."""


def _without_slot_number(rest: str) -> str:
    """The words after a clock without the slot's ordinal number before its label
    (``19:15 - 1st talk "Title"``, ``10:00 – 2nd session:``, ``9:00 1º Charla:``,
    ``第1部 基調講演``): the number counts the evening's items, no title says it. An
    ordinal before other words (``3rd Annual Awards``) is the title's own."""
    m = _SLOT_NUMBER_RE.match(rest)
    if m is None:
        return rest
    after = rest[m.end() :]
    label = after.split(maxsplit=1)[0].strip(":.-–—") if after.split() else ""
    if m.group(0).startswith("第"):
        return after or rest
    said = TALK_LABEL_RE.match(label) or GROUP_LABEL_RE.match(label) or kind_of(label) != "talk"
    if not (label and said):
        return rest
    first, _space, tail = after.partition(" ")
    tail = tail.lstrip()
    if tail[:1] in _OPENING_QUOTES:
        return tail  # '1st talk "Title" by …': the quotes say the title
    if TALK_LABEL_RE.fullmatch(label) and (first.endswith(":") or tail.startswith(":")):
        return tail.removeprefix(":").lstrip()  # "2. Vortrag: Title": a talk's plain label
    return after


_OPENING_QUOTES = frozenset("\"'“„«‘‚「『")
"""Marks that open a quoted title after a slot's label (``1st talk "Title"``)."""


_SLASH_END_RE = re.compile(r"/\s{0,2}(?P<h>[0-2]?\d)[.:h]{1,2}(?P<m>[0-5]\d)(?![\d:.])")
"""The end of a range after a slash (``/11.00``), its separator doubled when mistyped."""


_SIDE_END_RE = re.compile(r"[ \t]{0,3}(?P<h>[0-2]?\d)(?P<sep>[:.])(?P<m>[0-5]\d)(?=\s|$)")
"""A second bare clock right after the first, only blanks between (``10:00 11:00``), and
nothing glued to it (``11:00am`` is a clock of another form)."""
_SIDE_SPAN_MINUTES = 240
"""The longest slot two bare clocks side by side are read as; farther apart, they may be
one time in two zones."""


def _side_by_side_end(after: str, start: time, first: str) -> tuple[str, time | None]:
    """``10:00 11:00``: a slot's start and end written side by side with no dash, as pages
    do when each clock sits in an element of its own (the end in a nested span, coloured);
    (what follows the end, the end) when the second clock is written like the first and
    closes a slot after it, else ``(after, None)``."""
    side = _SIDE_END_RE.match(after)
    blank_between = first[-1:].isspace() or after[:1].isspace()
    if side is None or side.group("sep") not in first or not blank_between:
        return after, None
    end = _clock_or_none(side)
    if end is None:
        return after, None
    span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if not 0 < span <= _SIDE_SPAN_MINUTES:
        return after, None
    return after[side.end() :].lstrip(), end


def _clock_or_none(m: re.Match[str]) -> time | None:
    """The clock an end's hour and minutes say, None when they say none (``25.00``)."""
    hour, minute = int(m.group("h")), int(m.group("m"))
    return time(hour, minute) if hour < 24 else None


def _unbracketed_clock(text: str) -> str:
    """``(9:00 - 10:30) Session I``: a slot's time range in brackets before its name, as
    session lines of many workshop programmes write it, without its brackets (the range,
    then the name); any other text as it was."""
    if not text or text[0] not in "([":
        return text
    close = text.find(")" if text[0] == "(" else "]", 1, 40)
    inner = text[1:close].strip() if close > 0 else ""
    if not inner or not (m := TIME_RANGE_RE.fullmatch(inner)) or m.group("bh") is None:
        return text
    return f"{inner} {text[close + 1 :].lstrip()}"


_ROOM_CODE_RE = re.compile(r"[A-ZÄÖÜ][\w.]{0,7} [A-Z0-9][\w.-]{0,4}")
"""A room's short code (``HS B``, ``H 2.14``, ``Aula 3``): a capitalised word and a letter
or a number, which a clock's own line can only mean as where (a title has its own line)."""


def place_line(text: str) -> tuple[str, str]:
    """``20:00 Saal B`` on a line of its own over the title (an element of the slot's
    time and room inside the heading, read by the tree as a line): (the text with that
    line's room taken out, the room). ``(text, "")`` when the first line says more than
    a time and a room, or nothing follows it."""
    first, newline, rest = text.partition("\n")
    if not newline or not rest.strip():
        return text, ""
    start, _end, after, _ampm = leading_clock(first)
    phrase = after.strip()
    place = (
        bool(room_aside(phrase) or _ROOM_CODE_RE.fullmatch(phrase)) if start is not None else False
    )
    if not (phrase and place) or not first.rstrip().endswith(phrase):
        return text, ""
    return first.rstrip()[: -len(phrase)].rstrip() + "\n" + rest, phrase


_LEAD_CLOCKS_RE = re.compile(
    r"(?P<h>[0-2]?\d)[:.h][0-5]\d(?:\s{0,3}[-–—~]\s{0,3}(?P<e>[0-2]?\d)[:.h][0-5]\d)?(?![\d:.])"
    r"(?!\s{0,3}[ap]\.?m)",
    re.I,
)
"""The time (range) a schedule's line or row starts with, not followed by am/pm."""
_CLOCK_ZONE_RE = re.compile(r"(?<![^\W_])(?:UTC|GMT|24 ?h|24-hour)(?![^\W_])", re.I)
"""A column's header that says its times are on a 24-hour clock (``Time - UTC``,
``Zeit (UTC)``, ``24h``): universal time is never written on a 12-hour one."""


def _table_rule(line: str) -> bool:
    """A pipe table's rule under its header row (``|---|:--:|``, org's ``|---+---|``)."""
    rule = line.strip()
    return "---" in rule and not set(rule) - set("|-:+ \t")


def _zone_header(row: str) -> bool:
    """A table's header row with a short cell naming universal time or 24 hours
    (``| Time - UTC |``, ``|Zeit (UTC)``): not a title that mentions UTC in passing."""
    cells = row.strip().strip("|").split("|")
    return any(_CLOCK_ZONE_RE.search(c) and len(c.split()) <= 4 for c in cells)


@functools.lru_cache(maxsize=4)
def writes_24_hour_clock(text: str) -> bool:
    """Whether a page's schedule keeps a 24-hour clock, whatever order its times come
    in: a line or a table row led by a time past 12:59 (``| 14:00 |``), two led by a
    time in the hour after midnight (``00:30 Opening``), or a table's header row naming
    universal time or 24 hours (``| Time - UTC |``). Then no time of it is moved to the
    afternoon, the ones before its first afternoon time included (``05:00`` under
    ``Zeit (UTC)``). A time a sentence names in passing (a deadline's ``23:59 AoE``) is
    no evidence, nor is a zone word in a table's body (a talk's title ``Timestamps, UTC
    and you``). Times that cross noon as a 12-hour clock writes them (``11:00``,
    ``12:00``, ``1:00``) with none past 12:59 keep a 12-hour clock, whatever the
    header says (a UK page's ``Time (GMT)``)."""
    lines = text.split("\n", 20000)[:20000]
    zone = afternoon_row = crosses_noon = False
    midnight = 0
    previous: int | None = None
    for n, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|") and not zone:
            after = lines[n + 1] if n + 1 < len(lines) else ""
            before = lines[n - 1].strip() if n else ""
            header = _table_rule(after) or before == "|==="
            zone = header and _zone_header(line[:400])
        lead = stripped.lstrip("|#>-*•+ \t").strip("*_` ")
        m = _LEAD_CLOCKS_RE.match(lead)
        if m is None:
            continue
        hours = [int(m.group("h")), *([int(m.group("e"))] if m.group("e") else [])]
        if any(13 <= h <= 23 for h in hours):
            afternoon_row = True
        midnight += hours[0] == 0
        if previous in (11, 12) and 1 <= hours[0] <= 6:
            crosses_noon = True
        previous = hours[0]
    if afternoon_row:
        return True
    if crosses_noon:
        return False
    return zone or midnight >= 2


def afternoon(value: time | None, previous: time | None, ampm: bool) -> time | None:
    """``1:15`` after ``11:30`` in a 12-hour schedule without am/pm is 13:15."""
    if value is None or ampm or value.hour >= 12:
        return value
    if (previous is not None and value < previous and value.hour + 12 >= previous.hour) or (
        value.hour < 7
    ):
        return time(value.hour + 12, value.minute)
    return value


def _people(text: str) -> list[ProgrammePerson]:
    """Speakers from ``A, B and C`` or ``A (X) & B (Y)``; empty unless every part is a person."""
    text = text.strip().rstrip(".")
    if not text:
        return []
    one = parse_person(text)
    if (
        one is not None
        and "," not in one.name
        and (not re.search(r",| and | & ", text) or one.affiliations)
    ):
        if one.affiliations and len(many := split_speakers(text)) > 1:
            # "A, B, C and D": the words after the first comma are her co-authors, every
            # one a person, not her affiliation
            return many
        return [one]
    parts = split_outside_brackets(text, _PEOPLE_SEP_RE)
    people = [parse_person(p) for p in parts if p.strip()]
    if people and all(p is not None for p in people):
        return [p for p in people if p is not None]
    return []


_PEOPLE_SEP_RE = re.compile(r",|;|\band\b|&|·")
r"""Between people in a list (the parts are stripped). Spaces around it are not part of the
pattern: ``\s*`` there rescans a run of spaces from each space, and a lookbehind against
that missed the ``and`` of ``A (X), B (Y), and C (Z)``, dropping every speaker."""


def _talk_label(label: str) -> bool:
    """``charla``, ``charla taller``, ``espacio taller``: a label of at most three words
    one of which says "a talk" or "a workshop" (:data:`TALK_LABEL_RE`)."""
    words = label.split()
    return 0 < len(words) <= 3 and any(TALK_LABEL_RE.fullmatch(w) for w in words)


def _plain_talk_label(label: str) -> bool:
    """A label that only says "a talk" or "a paper" (``Paper``, ``Vortrag``, ``Ponencia``,
    ``Short paper``), before a dash or a colon and the title: the kind of item, no word
    of its title. A workshop's or a tutorial's label stays in the title, which tags the
    talk by it (:func:`confnotes.importers.kinds.type_tag`)."""
    label = label.strip(" *_")
    return bool(TALK_LABEL_RE.fullmatch(label)) and not type_tag(label)


_GUILLEMETS_RE = re.compile(r"[«»„]([^«»„“\n]{2,300})[»«“]")
"""A title wrapped whole in guillemets or low-high quotes (``«Title»``, ``„Titel“``)."""


_STRESSED_LABEL_RE = re.compile(r"(?:\*\*|__)(?P<label>[^*_\n:]{1,30}):[ \t]{0,3}(?:\*\*|__)")
"""A label in bold with its colon inside (``**Palestra:**``, ``__Talk:__``)."""
_LINKED_BY_RE = re.compile(
    r"[ \t](?P<word>[^\W\d_]{2,5})[ \t]{1,3}\[(?P<name>[^\[\]\n]{2,80})\]\([^()\s]{0,500}\)[ \t.]*$"
)
"""A by-word, then a linked name, ending an item (``Title com [Ana Ruiz](…)``)."""


def _decoration_off(text: str, rest: str) -> tuple[str, str]:
    """The words after an item's clock without its decoration, and the kind its label
    says: pictographs before the title (``🎤``, ``⚡``: a reader's marks, kept in the
    line as written) and a bold label naming a kind of talk (``**Palestra:**``,
    ``**Lightning talk:**``, ``**Vortrag:**``), which gives the kind and is no part of
    the title; a bold label that names no kind (``**Note:**``) stays. ``("", rest)``
    when nothing says a kind."""
    rest = LEADING_PICTOGRAPHS_RE.sub("", rest)
    labels = (" ".join(m.group("label").split()) for m in _STRESSED_LABEL_RE.finditer(text[:300]))
    label = next((w for w in labels if w and rest.startswith(f"{w}:")), "")
    if not label:
        return "", rest
    kind = kind_of(label)
    if kind in ("talk", "break", "other") and not _talk_label(label):
        return "", rest
    return kind, LEADING_PICTOGRAPHS_RE.sub("", rest[len(label) + 1 :])


def _linked_by(text: str) -> list[ProgrammePerson]:
    """The speaker a by-word before a linked name ending the line names (``com``,
    ``with``, ``mit``, ``con``, ``avec``, ``par``, ``por``, ``by``): [] otherwise."""
    m = _LINKED_BY_RE.search(text[-700:])
    if m is None or m.group("word").casefold() not in BY_WORD_SET | WITH_WORDS | {"by"}:
        return []
    return _people(m.group("name"))


def parse_entry(text: str) -> Entry | None:
    """A schedule entry from one line (Markdown inline syntax allowed); None if empty."""
    text, room = place_line(text)
    start, end, rest, ampm = leading_clock(text)
    said, rest = _decoration_off(text, rest) if start is not None else ("", rest)
    rest = strip_markdown_inline(rest).strip().rstrip("\\").strip()
    rest = half_spaced_dash(DURATION_RE.sub("", rest).strip())
    if not rest:
        return None
    kind = "talk"
    if m := _KIND_TAG_RE.search(rest):
        kind = kind_of(m.group(1))
        rest = (rest[: m.start()] + " " + rest[m.end() :]).strip()
    rest = _without_lead_code(rest)
    speakers: list[ProgrammePerson] = []
    title = rest
    if start is not None and (linked := _linked_by(text)):
        # "Title com [Ana Ruiz](…)": the by-word and the link say who, whatever else
        # (a colon inside the title) would say read bare
        at = rest.rfind(linked[0].name)
        head = rest[:at].rstrip().rpartition(" ")[0].rstrip(" ,;:-–—") if at > 0 else ""
        if head:
            speakers, title = linked, head
    by = list(_BY_RE.finditer(rest)) if not speakers else []
    if by and not HOSTED_RE.search(rest[: by[-1].start()]):
        who = _people(rest[by[-1].end() :])
        if who:
            speakers, title = who, rest[: by[-1].start()]
    if not speakers:
        pieces = _DASH_SPLIT_RE.split(rest, maxsplit=1)
        if len(pieces) == 2:
            left, right = pieces
            label = left.strip().lower()
            # "Panel Discussion - Title": a kind of session, not a name
            if kind_of(label) != "talk" and not is_person_name(left.strip()):
                # "Keynote: Name (Affiliation) - Title", "Keynote: Title - Name (Affiliation)"
                # or "Invited talk: Title"
                kind = kind_of(label)
                sub = _DASH_SPLIT_RE.split(right, maxsplit=1)
                if len(sub) == 2 and (who := _people(sub[0])):
                    speakers, title = who, sub[1]
                elif len(sub) == 2 and (who := split_speakers(sub[1].rstrip("."))):
                    speakers, title = who, sub[0]
                elif kind in _SPEAKER_KINDS and (who := split_speakers(right.rstrip("."))):
                    # "Invited Talk 1: Name", "Keynote - Name": the label is the slot's
                    # title until one is known, the name its speaker
                    speakers, title = who, left
                else:
                    title = right
            elif who := _people(left):
                speakers, title = who, right
            elif (
                _talk_label(label)
                and len(sub := _DASH_ONLY_RE.split(right, maxsplit=1)) == 2
                and (who := _people(sub[1].rstrip(".")))
            ):  # "Charla Taller: Title – Name": a kind's label, the title, the speaker
                speakers, title = who, sub[0]
            elif (
                _colon_split(rest)
                and len(sub := _DASH_ONLY_RE.split(right, maxsplit=1)) == 2
                and (who := _people(sub[0]))
            ):  # "Workshop: Name - Title": a label, then the speaker and the title
                speakers, title = who, sub[1]
            elif (not _colon_split(rest) or TALK_LABEL_RE.fullmatch(label)) and (
                who := _people(right.rstrip("."))
            ):
                speakers, title = who, left  # "Title - Name", "Talk: Name"
            elif _plain_talk_label(left):
                title = right  # "Paper — Title", "Vortrag – Titel": the label says a talk
            # after any other colon comes what the label introduces, never its speaker
    open_at = title.rfind("(") if not speakers and title.rstrip().endswith(")") else -1
    if open_at > 0 and (who := split_speakers(title.rstrip()[open_at + 1 : -1])):
        speakers, title = who, title[:open_at]  # "Welcome (Name, Org)"
    if not speakers and (quoted := _QUOTED_LEAD_RE.match(title)):
        # '"Title"   Name, Org': the quotes end the title; the rest, a separator or a
        # by-word aside, names who gives it when every part of it is a person
        rest = _BY_LEAD_RE.sub("", quoted.group("rest").strip(" ,;:-–—|"))
        if rest and (who := _people(rest)):
            speakers, title = who, quoted.group("title")
    if (
        not speakers
        and (tail := _QUOTED_TAIL_RE.match(title))
        and (who := split_speakers(tail.group("who").strip(" ,:;–—-")))
    ):
        # 'Ana Ruiz y Bo Chen "Title"': the speakers first, the quotes close on the title
        speakers, title = who, tail.group("title")
    # "Name: "Title";": a list's items end in a semicolon, the title's quotes before it
    title = title.strip().removesuffix(";").strip().strip('"“”').strip().rstrip(".").strip()
    if (wrapped := _GUILLEMETS_RE.fullmatch(title)) is not None:
        title = wrapped.group(1).strip()  # "Name — «Title»": the quotes French and Russian use
    if said and kind == "talk":
        kind = said  # "**Lightning talk:** Title": the bold label said it
    if kind == "talk":
        kind = kind_of(title) if not speakers else ("talk" if kind_of(title) == "break" else kind)
    if kind == "talk" and speakers and kind_of(title) in ("panel",):
        kind = "panel"
    if kind == "panel" and not speakers and (m := re.search(r"\bwith\s+(.+)$", title, re.I)):
        speakers = _people(m.group(1))
    return Entry(title or rest, kind, start, end, speakers, ampm, room=room)
