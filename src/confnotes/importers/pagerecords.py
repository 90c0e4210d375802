"""A page's own records: what an HTML page says about itself, and what it repeats.

Two readings of the same HTML5 parse (Lexbor, as :mod:`confnotes.importers.doctree`):

- **the page's own data first**: schema.org ``Event`` items, in JSON-LD
  (``<script type="application/ld+json">``, ``@graph``, ``subEvent``, ``performer``,
  ``startDate``) or in microdata (``itemscope``/``itemprop``/``datetime``), and hCalendar
  (``vevent``/``h-event`` with ``summary``/``dtstart``); each item is one programme
  record read like the records of programme data files;
- **repeated records**: a generated programme repeats one template per talk (a table's
  rows, a list's items, a grid of ``<div>`` cards). Elements that share a signature (their
  tag and first class token) and occur at least :data:`MIN_RECORDS` times are records;
  the text of each record is cut into *fields* at element boundaries (a ``<span>`` beside
  a ``<span>`` is two fields, never one glued line), and fields are aligned across the
  records by their path inside the record. Each aligned column's role (time, date,
  people, title, label) is decided from its cells' *content* across all records — as
  :mod:`confnotes.importers.timetable` reads a table column — with the words of its class
  names and ``itemprop`` (the tables of :mod:`confnotes.importers.fields`) as supporting
  evidence only. A record's time, when it has none of its own, is the time cell beside it
  (the row's time cell of a grid), and its day the last date heading before it.

A table, a list, a grid of divs and a list of cards are one mechanism here. The result is
one more *reading* (:mod:`confnotes.importers.readings`), weighed against the others by
the same measure.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from confnotes.importers import cell_items
from confnotes.importers.columns import (
    ABSTRACT_WORDS,
    AFFILIATION_WORDS,
    CHAIR_WORDS,
    PANEL_WORDS,
    PEOPLE_WORDS,
    ROOM_WORDS,
    TIME_WORDS,
    TITLE_WORDS,
    dash_group,
    emphasis_split,
    is_prose,
    is_time,
    labelled,
    loose_clock,
    people_in,
    read_column,
    says_people,
    time_line,
    unshaped,
)
from confnotes.importers.entries import leading_clock
from confnotes.importers.fields import ROLE_WORDS, place_field, roles_of, room_aside
from confnotes.importers.headings import ON_LEAD_RE, PROGRAMME_OF, kind_label_only, labelled_quote
from confnotes.importers.identity import title_key
from confnotes.importers.kinds import TALK_LABEL_RE, kind_of, type_tag
from confnotes.importers.name_first import name_first_column, name_then_where
from confnotes.importers.persons import (
    HONORIFICS_AFTER,
    a_series,
    academic_titled,
    is_organisation,
    is_person_name,
    is_placeholder,
    named_by_role,
    not_decided,
    split_speakers,
)
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeTalk,
)
from confnotes.importers.schedule_util import parse_iso_datetime, to_local
from confnotes.importers.tab_panes import tab_labels
from confnotes.importers.textutil import LEADING_PICTOGRAPHS_RE, OPEN_SLOT_MARKS, bracket_tail
from confnotes.importers.title_speakers import (
    after_slot_length,
    chaired_by,
    names_then_quoted,
    title_and_speakers,
)
from confnotes.importers.when import (
    DAY_RE,
    clock_range,
    find_date,
    find_year,
    later_end,
    leading_month_day,
    line_date,
    numbered_day_after,
    numeric_order,
    strip_dates,
)

MIN_RECORDS = 3
"""Elements of one signature needed before they are read as repeated records."""
MAX_ELEMENTS = 40_000
"""Elements of a page looked at, at most (the rest of a hostile page is not read)."""
MAX_FIELDS = 40
"""Fields of one record, at most."""
MAX_JSON = 2_000_000
"""Characters of one JSON-LD block, at most."""
MAX_ITEMS = 5_000
"""Structured-data items read, at most."""
SAMPLE = 200
"""Cells of a column read to decide its role, at most."""
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "img", "input",
                   "button", "select", "option", "iframe", "canvas", "nav", "footer", "form",
                   "textarea", "meta", "link"})  # fmt: skip
_INLINE = frozenset({"a", "b", "strong", "em", "i", "u", "sup", "sub", "q", "mark", "s",
                     "strike", "del", "ins", "code", "kbd", "var", "tt", "big", "wbr"})  # fmt: skip
"""Inline elements whose words are part of the text around them (emphasis, links); any
other element (``span``, ``time``, ``small``, a block) is a field of its own."""
_PLAIN_INLINE = frozenset({"sup", "sub", "wbr", "code", "kbd", "var", "tt", "del", "s", "strike"})
"""Inline elements that mark no stretch of a line as set apart (a footnote's number)."""
MAX_STRETCHES = 40
"""Stretches of one field kept to tell emphasis from the rest, at most."""
_NOT_RECORDS = frozenset({"html", "body", "main", "article", "header", "thead", "tbody",
                          "tfoot", "ul", "ol", "dl", "br", "hr"})  # fmt: skip
_EVENT_RE = re.compile(r"(?:^|[/#:])(?:\w*Event|EventSeries|Festival)$")
_SPACE_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(r"[a-z]+", re.I)
_KIND_PREFIX_RE = re.compile(r"^([^:：()\[\]]{2,40})[:：]\s*(\S.*)$")
_KIND_DASH_RE = re.compile(r"^([^:：()\[\]–—-]{2,40}?)\s[–—-]\s+(\S.*)$")
"""``Keynote 2 — "Title"``: a kind, maybe numbered, set off from the title by a dash."""
_NUMBERED_RE = re.compile(r"\s{0,5}(?:#\s?)?\d{1,3}\s{0,5}$")
_WHOLE_QUOTED_RE = re.compile(r"[\"“”„«»']([^\"“”„«»]{2,300})[\"“”„«»']")
_FRONT_TITLE_RE = re.compile(r"\A---\r?\n(?:[^\n]{0,400}\n){0,40}?title:[ \t]*([^\n]{1,200})\n")
"""A Markdown page's front-matter title (the page's name when its HTML names none)."""
_BANNER_PART_RE = re.compile(r"\s[·•|]\s|\s[–—]\s")
"""Between the parts of a banner's line (``Thursday, 1 October · Room 4 · Venue``)."""
_ISO_DAY_RE = re.compile(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")

_TITLE_PARTS_RE = re.compile(r" [|–—·•:-] | ?[|•·] ?")
"""Between the parts of a ``<title>`` whose spaces are single (``Schedule | Event``)."""


_TITLE_WORDS = TITLE_WORDS
_TITLE_LABEL_WORDS = frozenset(w.lower() for w in ROLE_WORDS.get("title", ())) - {
    "talk",
    "summary",
    "heading",
}
_PEOPLE_WORDS = PEOPLE_WORDS
_AFFILIATION_WORDS = AFFILIATION_WORDS
_ABSTRACT_WORDS = ABSTRACT_WORDS
_CHAIR_WORDS = CHAIR_WORDS
_PANEL_WORDS = PANEL_WORDS
_ROOM_WORDS = ROOM_WORDS
_CHAIR = frozenset({"chair"})
_TIME_WORDS = TIME_WORDS
_people_of = people_in
_labelled = labelled
_says_people = says_people
_unshaped = unshaped
_prose = is_prose
_time_line = time_line
_is_time = is_time


@dataclass
class _Field:
    path: str
    text: str
    words: frozenset[str]
    attr: str = ""
    """A machine value the element carries (``datetime``, ``content``, ``title``)."""
    label: str = ""
    """The label its words were written after (``Title:``), when its column's labels
    were taken off (:func:`_label_columns`)."""
    stretches: tuple[tuple[str, bool], ...] = ()
    """A one-line field's words as its element wrote them: each stretch of text and
    whether it was emphasised or linked (``<strong>Title</strong>: Ana Ruiz``), so that
    :func:`_emphasis_columns` can tell a title from the names beside it."""
    items: int = 0
    """The count of items of the document tree's list it was read in (0: in no list)."""


@dataclass
class _Record:
    node: LexborNode | None
    """The page's element, or None for a record of the document tree
    (:mod:`confnotes.importers.treerecords`: a run of Markdown or HTML blocks)."""
    order: int
    fields: list[_Field] = field(default_factory=list)


Field = _Field
Record = _Record
"""A record and its fields, as the document tree's reader builds them."""


def read(text: str, source: str = "") -> Programme | None:
    """The programme a page's own data or its repeated records give, or None."""
    if "<" not in text:
        return None
    tree = LexborHTMLParser(text)
    programme = Programme(name=_page_name(tree), format="html", source_id=source)
    if not programme.name and (m := _FRONT_TITLE_RE.match(text)):
        programme.name = m.group(1).strip().strip("\"'")
    head = _head_text(tree)
    year = find_year(programme.name) or find_year(head)
    talks, programme.timezone = _structured(tree)
    if not talks:
        order = numeric_order(head) or _language_order(tree)
        talks, programme.roles = _repeated(tree, year, order, tab_labels(text))
        if not any(r.role == "speaker" for r in programme.roles):  # a speakers page's cards
            talks = talks or _one_talk(tree, year, order) or _titles_of_a_slot(tree, year, order)
    if not talks and not any(r.role == "speaker" for r in programme.roles):
        return None
    programme.talks = talks
    return programme


# ------------------------------------------------------------------ structured data


_CHROME = frozenset({"header", "nav", "footer", "aside"})


def _one_talk(tree: LexborHTMLParser, year: int | None, order: str | None) -> list[ProgrammeTalk]:
    """A talk's own page: the first heading of its content (not of its banner, menu or
    footer) followed, within a few elements, by an element whose class names people and
    whose words are names (``<div class="speakers">A, B</div>``): the talk, by them; the
    day and time of a short element after it when it says them."""
    heading: LexborNode | None = None
    after = 0
    speakers: list[ProgrammePerson] = []
    day: date | None = None
    clock: time | None = None
    for _at, node in _elements(tree):
        tag = node.tag or ""
        if heading is None:
            if tag in ("h1", "h2") and not any((a.tag or "") in _CHROME for a in _ancestors(node)):
                heading = node
            continue
        after += 1
        if after > 40 or tag in ("h1", "h2"):
            break
        words = _clean(node.text(deep=True) or "")
        if not speakers and _says_people(frozenset(_words(node))) and len(words) <= 200:
            speakers = _people_of(words, frozenset(_words(node)))
        elif speakers and day is None and len(words) <= 80 and not _has_block(node):
            found, _own = find_date(words, year, order)
            if found is not None:
                day = found
                clock = _first_clock(words, found)
    if heading is None or not speakers:
        return []
    title = _clean(heading.text(deep=True) or "")
    if not title or generic_page_name(title):
        return []
    talk = ProgrammeTalk(title=title, speakers=speakers, day=day)
    talk.body = _clean(tree.body.text(deep=True, separator="\n") or "")[:4000] if tree.body else ""
    if day is not None and clock is not None:
        talk.clock, talk.start = clock, datetime.combine(day, clock)
    _kind_prefix(talk)
    return [talk]


def _titles_of_a_slot(
    tree: LexborHTMLParser, year: int | None, order: str | None
) -> list[ProgrammeTalk]:
    """A list of titles right under a line that names a day and an hour (``Sessions,
    13:00 - 15:00 August 20th`` over the papers of that slot): each item a talk of that
    day. Its items must read as titles, not as a person's notes: one line each of a few
    words, none a sentence ending in a full stop, none with a time or a date of its own."""
    out: list[ProgrammeTalk] = []
    seen: set[int] = set()
    for item in tree.css("li")[:MAX_ITEMS]:
        parent = item.parent
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        items = [c for c in parent.iter(include_text=False) if (c.tag or "") == "li"]
        texts = [_clean(c.text(deep=True) or "") for c in items]
        if len(items) < MIN_RECORDS or any(_has_block(c) for c in items):
            continue
        sizes = [len(t.split()) for t in texts]
        if min(sizes) < 2 or max(sizes) > 30 or sum(sizes) < 4 * len(sizes):
            continue
        if sum(1 for t in texts if _prose(t)) * 5 > len(texts) or any(
            clock_range(t)[0] is not None or find_date(t, 2000, order)[0] is not None for t in texts
        ):
            continue
        head = items[0].prev
        while head is not None and (head.is_text_node or not (head.text(deep=True) or "").strip()):
            head = head.prev
        said = _clean(head.text(deep=True) or "") if head is not None else ""
        day = find_date(said, year, order)[0] if len(said) <= 120 else None
        if day is None or clock_range(said)[0] is None:
            continue
        for text in texts:
            talk = ProgrammeTalk(title=text, day=day)
            talk.body = f"{said}\n{text}"
            out.append(talk)
    return out


_NUMBER_RE = re.compile(r"(?<![\d:])\d{1,2}(?:[:h.]\d\d)?(?![\d:])")


def _first_clock(text: str, day: date) -> time | None:
    """The time a line gives after its date when its first number (the day's aside) is
    a clock (``15 septembre, 10:00 – 10:30``); None when a bare hour comes first
    (``Septembre 15th 10 matin – 10:30``: its start is no clock this reads)."""
    numbers = [m.group(0) for m in _NUMBER_RE.finditer(text)]
    if str(day.day) in numbers:
        numbers.remove(str(day.day))
    if not numbers or not _is_time(numbers[0]):
        return None
    return clock_range(numbers[0])[0]


def _structured(tree: LexborHTMLParser) -> tuple[list[ProgrammeTalk], str | None]:
    """Talks from schema.org items (JSON-LD, microdata) and hCalendar events, their times
    as the event's clock shows them (:func:`_local_times`), and the zone they are in
    when the page says it (``Z`` on every time: UTC)."""
    items: list[dict[str, Any]] = []
    for script in tree.css("script"):
        kind = (script.attributes.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        raw = script.text(deep=True) or ""
        if len(raw) > MAX_JSON:
            continue
        try:
            items.extend(_json_items(json.loads(raw)))
        except (ValueError, RecursionError):
            continue
    for node in tree.css("[itemscope][itemtype]"):
        if "itemprop" in node.attributes:
            continue  # a nested item: read as its parent's property
        if _EVENT_RE.search((node.attributes.get("itemtype") or "").strip()):
            items.append(_microdata(node, 0))
        if len(items) > MAX_ITEMS:
            break
    for node in tree.css(".vevent, .h-event"):
        items.append(_hcalendar(node))
        if len(items) > MAX_ITEMS:
            break
    talks: list[ProgrammeTalk] = []
    events = [
        item
        for item in items[:MAX_ITEMS]
        if not isinstance(item.get("name"), list) and not isinstance(item.get("startDate"), list)
    ]  # a page whose events left their properties loose has no one event
    for item in events:
        if len(events) == 1 and not item.get("subEvent"):
            found = _talks_of(item, 0)
            if not any(t.speakers for t in found):
                continue  # the page's one event is the conference itself, not a talk of it
            talks.extend(found)
            continue
        talks.extend(_talks_of(item, 0))
    talks = [t for t in talks if t.title]
    said = [_moment(_text(item.get(k))) for item in events for k in ("startDate", "endDate")]
    return talks, _local_times(talks, [m for m in said if m is not None])


def _local_times(talks: list[ProgrammeTalk], said: list[datetime]) -> str | None:
    """Times written with a UTC offset as the event's wall clock, as programme data is
    read: when the page's times (its events' own included) carry one offset besides UTC's
    (``+02:00``), times written in UTC (``Z``) are converted to it; else each keeps the
    clock it shows. Returns "UTC" when every such time is written in UTC (the clock is
    UTC's, and the programme says so)."""
    moments = [m for t in talks for m in (t.start, t.end) if m is not None] + said
    offsets = {m.utcoffset() for m in moments if m.tzinfo is not None}
    local = [o for o in offsets if o]
    tz = timezone(local[0]) if len(local) == 1 else None
    for talk in talks:
        talk.start = to_local(talk.start, tz) if talk.start is not None else None
        talk.end = to_local(talk.end, tz) if talk.end is not None else None
    return "UTC" if offsets == {timedelta(0)} else None


def _json_items(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The top-level Event objects of a JSON-LD value (a list, an ``@graph``, or one)."""
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value[:MAX_ITEMS]:
            yield from _json_items(item, depth + 1)
    elif isinstance(value, dict):
        if _is_event(value):
            yield value
        for key in ("@graph", "itemListElement", "item", "event", "events"):
            if key in value:
                yield from _json_items(value[key], depth + 1)


def _is_event(value: dict[str, Any]) -> bool:
    kinds = value.get("@type") or value.get("type") or ""
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and _EVENT_RE.search(k.strip()) for k in kinds)


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    return _SPACE_RE.sub(" ", str(value)).strip() if value is not None else ""


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _talks_of(item: dict[str, Any], depth: int) -> list[ProgrammeTalk]:
    """An Event as talks: its sub-events when it has any, else itself when it is one."""
    if depth > 4:
        return []
    subs = [s for s in _listed(item.get("subEvent")) if isinstance(s, dict)]
    if subs:
        return [t for s in subs[:MAX_ITEMS] for t in _talks_of(s, depth + 1)]
    title = _text(item.get("name") or item.get("summary"))
    if not title:
        return []
    talk = ProgrammeTalk(title=title)
    talk.start = _moment(_text(item.get("startDate")))
    talk.end = _moment(_text(item.get("endDate")))
    talk.room = _text(item.get("location"))
    talk.abstract = _text(item.get("description"))
    for key in ("performer", "performers", "speaker", "actor", "attendee"):
        for person in _listed(item.get(key)):
            name = _text(person)
            for pp in split_speakers(name, single_ok=True) if name else []:
                talk.speakers.append(pp)
    _kind_prefix(talk)
    return [talk]


def _moment(text: str) -> datetime | None:
    """An ISO (or compact iCalendar) time, aware when it says its UTC offset."""
    if not text:
        return None
    moment = parse_iso_datetime(text)
    if moment is None:
        compact = re.match(r"^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d))?", text)
        if compact:
            y, m, d, hh, mm = compact.groups()
            try:
                moment = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0))
            except ValueError:
                return None
    return moment  # with its UTC offset when written with one (see _local_times)


def _microdata(node: LexborNode, depth: int) -> dict[str, Any]:
    """An ``itemscope`` element's properties, nested items as dicts."""
    item: dict[str, Any] = {}
    if depth > 6:
        return item
    stack = list(reversed(list(node.iter())))
    seen = 0
    while stack and seen < MAX_ELEMENTS:
        child = stack.pop()
        seen += 1
        attrs = child.attributes
        prop = (attrs.get("itemprop") or "").strip()
        if prop:
            if "itemscope" in attrs:
                value: Any = _microdata(child, depth + 1)
                if not value.get("name"):
                    value["name"] = _SPACE_RE.sub(" ", child.text(deep=True) or "").strip()
            else:
                value = (
                    attrs.get("datetime")
                    or attrs.get("content")
                    or _SPACE_RE.sub(" ", child.text(deep=True) or "").strip()
                )
            for name in prop.split():
                item.setdefault(name, []).append(value)
            if "itemscope" in attrs:
                continue
        if "itemscope" in attrs:
            continue  # an item that is no property of this one
        stack.extend(reversed(list(child.iter())))
    return {k: (v[0] if len(v) == 1 else v) for k, v in item.items()}


def _hcalendar(node: LexborNode) -> dict[str, Any]:
    """An hCalendar event's fields by their class names (classic and microformats2)."""
    item: dict[str, Any] = {}
    names = {"summary": "name", "p-name": "name", "dtstart": "startDate",
             "dt-start": "startDate", "dtend": "endDate", "dt-end": "endDate",
             "location": "location", "p-location": "location",
             "description": "description", "p-description": "description"}  # fmt: skip
    for child in node.traverse(include_text=False):
        if child.mem_id == node.mem_id:
            continue
        classes = (child.attributes.get("class") or "").split()
        for token in classes:
            key = names.get(token)
            if key is None and token.lower().removeprefix("p-") in _PEOPLE_WORDS - {"name"}:
                key = "performer"
            if key is None or (key in item and key != "performer"):
                continue
            value = (
                child.attributes.get("datetime")
                or child.attributes.get("title")
                or _SPACE_RE.sub(" ", child.text(deep=True) or "").strip()
                if key in ("startDate", "endDate")
                else _SPACE_RE.sub(" ", child.text(deep=True) or "").strip()
            )
            if key == "performer":
                item.setdefault(key, []).append(value)
            else:
                item[key] = value
    return item


# ------------------------------------------------------------------ repeated records


def _signature(node: LexborNode) -> str:
    classes = (node.attributes.get("class") or "").split()
    return f"{node.tag}.{classes[0]}" if classes else str(node.tag)


def _words(node: LexborNode) -> set[str]:
    """The lowercase words of an element's class names and ``itemprop``."""
    attrs = node.attributes
    raw = " ".join(str(attrs.get(k) or "") for k in ("class", "itemprop"))
    return {w.lower() for w in _TOKEN_RE.findall(raw)}


_INLINE_SPACE_RE = re.compile(r"[ \t\r\f\v\xa0]+")
_GAP_RE = re.compile(r"(?<=\S)[ \t\u3000]{3,}(?=\S)")
"""A run of spaces inside a line of the page's source (``陈辉,蚂蚁金服      Go在…``): its
author lined up two things apart, as columns are; read as a line break."""


def _clean(text: str) -> str:
    return _SPACE_RE.sub(" ", text.replace("\xa0", " ")).strip()


def _lines(text: str) -> str:
    """Words with their spaces collapsed, the line breaks (``<br>``) kept."""
    lines = (_INLINE_SPACE_RE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _fields(node: LexborNode, layout: _Layout | None = None) -> list[_Field]:
    """A record's fields: the words of each element that is not mere emphasis, with the
    path of elements from the record to it (tag, first class and place among its
    siblings of that kind; a table cell's place is its column, and a row holds the cells
    that span down into it from the rows above, as a reader sees them)."""
    out: list[_Field] = []
    columns = layout.column if layout is not None else {}

    def visit(
        element: LexborNode, path: str, words: frozenset[str], depth: int, cell: bool
    ) -> None:
        own: list[str] = []
        counts: Counter[str] = Counter()
        attr = str(element.attributes.get("datetime") or element.attributes.get("content") or "")
        clock = _split_clock(element) or _split_date(element)
        if clock:  # "08<span>00</span>", "<div>20</div><div>Jan</div>": one time, one date
            out.append(_Field(path + "#", clock, words, attr))
            return
        marked: list[bool] = []  # whether each stretch of ``own`` was emphasised
        for child in element.iter(include_text=True):
            if len(out) >= MAX_FIELDS:
                return
            if child.is_text_node:
                own.append(_GAP_RE.sub("\x00", child.text_content or ""))
                marked.append(False)
                continue
            tag = child.tag or ""
            if tag in _SKIP or child.is_comment_node or tag == "_comment":
                continue
            if tag == "br":
                own.append("\x00")
                marked.append(False)
                continue
            if (
                tag in _INLINE
                and not child.attributes.get("class")
                and depth < 30
                and not _has_block(child)  # a link around a whole card is no emphasis
            ):
                own.append(child.text(deep=True, separator=" ") or "")
                marked.append(tag not in _PLAIN_INLINE)
                continue
            if tag == "table" and cell and _cell_table(child):
                # a small table inside a table's cell (its speakers side by side): the
                # cell's own lines, one an inner cell, never a column of its own
                own.append("\x00" + "\x00".join(_cell_lines(child)) + "\x00")
                marked.append(False)
                continue
            step = _signature(child)
            counts[step] += 1
            # a classed element is one column however often it repeats (each speaker of a
            # list of speakers); an unclassed one is told apart by its place (table cells)
            place = "*" if child.attributes.get("class") else str(counts[step])
            if child.mem_id in columns:
                place = str(columns[child.mem_id] + 1)  # a table cell: its column
                if _holds_cell_table(child):
                    # the one cell of its column classed for the list it holds (its
                    # people side by side): still that column's cell
                    step = tag
            if depth < 30:
                visit(
                    child,
                    f"{path}/{step}[{place}]",
                    words | frozenset(_words(child)),
                    depth + 1,
                    cell or tag in ("td", "th"),
                )
        text = _unmarked(_lines(_SPACE_RE.sub(" ", " ".join(own)).replace("\x00", "\n")))
        if text:
            stretches: tuple[tuple[str, bool], ...] = ()
            if "\n" not in text and any(marked) and len(own) <= MAX_STRETCHES:
                stretches = tuple(
                    (_clean(part), mark)
                    for part, mark in zip(own, marked, strict=True)
                    if _clean(part)
                )
            out.append(_Field(path + "#", text, words, attr, stretches=stretches))

    visit(node, "", frozenset(_words(node)), 0, (node.tag or "") in ("td", "th"))
    for column, cell in layout.carried.get(node.mem_id, []) if layout is not None else []:
        words = frozenset(_words(node)) | frozenset(_words(cell))
        text = "\n".join(f.text for f in _fields(cell))
        if text and len(out) < MAX_FIELDS:
            out.append(_Field(f"/{_signature(cell)}[{column + 1}]#", text, words, ""))
    return out


def _unmarked(text: str) -> str:
    """A field's lines without the pictographs leading them (``📜 Name | Org``, ``🎤
    Title``): a card's icons say which field is which to the eye, they are no words of a
    name or a title. A field of marks alone stays as it is."""
    lines = [LEADING_PICTOGRAPHS_RE.sub("", line) for line in text.split("\n")]
    return "\n".join(lines) if all(lines) else text


CELL_TABLE_NODES = 120
CELL_TABLE_CHARS = 800
"""A table inside a table's cell is that cell's list (its speakers side by side, each in
an inner cell) when it is this small; a larger one is a page laid out in a table."""


def _cell_table(table: LexborNode) -> bool:
    """Whether ``table``, inside a table's cell, is small enough to be that cell's list."""
    return _small(table, CELL_TABLE_NODES, CELL_TABLE_CHARS)


def _holds_cell_table(cell: LexborNode) -> bool:
    """Whether a table cell holds a small table (:func:`_cell_table`) as its list."""
    inner = cell.css_first("table")
    return inner is not None and _cell_table(inner)


def _cell_lines(table: LexborNode) -> list[str]:
    """The inner cells of a cell's small table, each as one line of the cell."""
    lines: list[str] = []
    for inner in table.css("td, th"):
        if inner.css_first("table") is not None:
            continue  # a cell holding a table: its cells are listed themselves
        text = " ".join(_clean(f.text) for f in _fields(inner)).strip()
        if text:
            lines.append(text)
    return lines


def _cell_table_parts(tree: LexborHTMLParser) -> set[int]:
    """The elements of the small tables inside tables' cells (:func:`_cell_table`): parts
    of the record that holds the cell, never records of their own."""
    parts: set[int] = set()
    for table in tree.css("td table, th table")[:_SPAN_ATTR_LIMIT]:
        if _cell_table(table):
            parts.update(n.mem_id for n in table.css("*"))
            parts.add(table.mem_id)
    return parts


@dataclass
class _Layout:
    """Where a page's table cells stand: each cell's column (after the cells spanning down
    from the rows above it, and the columns its left neighbours span), and the cells that
    span down into each row."""

    column: dict[int, int] = field(default_factory=dict)
    carried: dict[int, list[tuple[int, LexborNode]]] = field(default_factory=dict)


_SPAN_ATTR_LIMIT = 100


def _span(cell: LexborNode, name: str) -> int:
    try:
        return max(1, min(int(str(cell.attributes.get(name) or "1").strip() or 1), 100))
    except ValueError:
        return 1


def _table_layout(tree: LexborHTMLParser) -> _Layout:
    """Each table cell's column, rowspans and colspans taken into account (bounded)."""
    layout = _Layout()
    rows_seen = 0
    for table in tree.css("table")[:_SPAN_ATTR_LIMIT]:
        held: dict[int, tuple[int, LexborNode]] = {}  # column -> (rows still to cover, cell)
        for row in table.css("tr"):
            if rows_seen > MAX_ELEMENTS // 10:
                return layout
            owner = next((a for a in _ancestors(row) if (a.tag or "") == "table"), None)
            if owner is None or owner.mem_id != table.mem_id:
                continue  # a row of a table inside a cell
            rows_seen += 1
            col = 0
            carried: list[tuple[int, LexborNode]] = []
            placed: set[int] = set()
            for cell in row.iter(include_text=False):
                if (cell.tag or "") not in ("td", "th"):
                    continue
                while col in held and col not in placed:
                    carried.append((col, held[col][1]))
                    col += 1
                layout.column[cell.mem_id] = col
                down, wide = _span(cell, "rowspan"), _span(cell, "colspan")
                if down > 1:
                    for c in range(col, col + wide):
                        held[c] = (down - 1, cell)
                        placed.add(c)
                col += wide
            carried += [(c, held[c][1]) for c in sorted(held) if c >= col and c not in placed]
            if carried:
                layout.carried[row.mem_id] = carried
            for c in [c for c in held if c not in placed]:
                left, cell = held[c]
                if left <= 1:
                    del held[c]
                else:
                    held[c] = (left - 1, cell)
    return layout


_SPLIT_CLOCK_RE = re.compile(r"^\s*([0-2]?\d)\s*[:h.]?\s+([0-5]\d)\s*$")


def _split_clock(element: LexborNode) -> str:
    """``08<span>00</span>``: an hour and its minutes in elements of their own, written
    as one time (``08:00``); empty when the element is anything else."""
    if element.child is None or (element.child.next is None and element.child.is_text_node):
        return ""
    if not _small(element, SPLIT_CLOCK_NODES, 40):
        return ""  # a time split in parts is a few short elements, not a whole card
    text = element.text(deep=True, separator=" ") or ""
    if len(text) > 40:
        return ""
    m = _SPLIT_CLOCK_RE.match(text)
    return f"{m.group(1)}:{m.group(2)}" if m and int(m.group(1)) < 24 else ""


SPLIT_CLOCK_NODES = 16
"""Nodes under an element, at most, for it to be read as one time split in parts."""


def _small(element: LexborNode, nodes: int, chars: int) -> bool:
    """Whether the nodes under ``element`` are at most ``nodes`` and their text at most
    ``chars`` characters (not counting separators: the caller checks the text it takes
    when this passes): a walk that stops as soon as either is passed, so asking it of
    every element of a deep page stays linear."""
    count = size = 0
    rest: list[LexborNode] = []
    node = element.child
    while node is not None:
        count += 1
        if count > nodes:
            return False
        if node.is_text_node:
            size += len(node.text_content or "")
            if size > chars:
                return False
        if node.child is not None:
            if node.next is not None:
                rest.append(node.next)
            node = node.child
        else:
            node = node.next if node.next is not None else (rest.pop() if rest else None)
    return True


def _split_date(element: LexborNode) -> str:
    """``<div>20</div><div>Jan</div><div>2026</div>``: a day, its month and its year in
    elements of their own, written as one date (``2026-01-20``); empty when the element
    is anything else (its children hold more than the parts of one date with its year)."""
    kids = [c for c in element.iter(include_text=False) if not c.is_comment_node]
    if not 2 <= len(kids) <= 4 or any(
        next(k.iter(include_text=False), None) is not None for k in kids
    ):
        return ""
    own = "".join(c.text_content or "" for c in element.iter(include_text=True) if c.is_text_node)
    joined = " ".join(_clean(k.text(deep=True) or "") for k in kids)
    if own.strip() or len(joined) > 30:
        return ""
    day, with_year = find_date(joined)
    return day.isoformat() if day is not None and with_year else ""


def _elements(tree: LexborHTMLParser) -> Iterator[tuple[int, LexborNode]]:
    """The page's elements in document order (bounded), skipping scripts and chrome."""
    body = tree.body
    if body is None:
        return
    stack = [body]
    order = 0
    while stack and order < MAX_ELEMENTS:
        node = stack.pop()
        order += 1
        yield order, node
        children = [
            c
            for c in node.iter(include_text=False)
            if (c.tag or "") not in _SKIP and not c.is_comment_node
        ]
        stack.extend(reversed(children))


@dataclass
class _Group:
    records: list[_Record]
    roles: dict[str, str]
    """Field path -> role."""
    score: int = 0
    depth: int = 0


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ASIDE_RE = re.compile(r"[ \t]{0,5}[(\[][^()\[\]\n]{0,80}[)\]][ \t]{0,5}$")
"""A bracketed aside ending a line (``19 January (Room 4.12)``): where, not when."""


def _label_day(label: str, year: int | None, order: str | None) -> date | None:
    """The day a short label names (a tab's ``13/03/2014``, ``Tue 4 June``), or None."""
    day, _own = find_date(label, year, order) if len(label) <= 60 else (None, False)
    return day or leading_month_day(label, year, order)


def _repeated(
    tree: LexborHTMLParser,
    year: int | None,
    order: str | None = None,
    tabs: Mapping[str, str] | None = None,
) -> tuple[list[ProgrammeTalk], list[ProgrammeRole]]:
    by_sig: dict[str, list[tuple[int, LexborNode]]] = {}
    chairs: dict[str, ProgrammeRole] = {}
    markers: list[tuple[int, date]] = []  # (order, day) of short date headings
    years: list[tuple[int, int]] = []  # (order, year) of headings naming a year
    parts = _cell_table_parts(tree)
    for at, node in _elements(tree):
        if (node.tag or "") in _HEADINGS and (named := heading_year(node.text(deep=True) or "")):
            years.append((at, named))
        ident = str(node.attributes.get("id") or "")
        if (iso := _ISO_DAY_RE.search(ident)) is not None:
            with contextlib.suppress(ValueError):
                markers.append((at, date.fromisoformat(iso.group(0))))  # id="day_2022-08-29"
        if tabs and ident in tabs and (day := _label_day(tabs[ident], year, order)):
            markers.append((at, day))  # a tab's pane: the day its tab's label names
        tag = node.tag or ""
        if (tag in _NOT_RECORDS and not _classed_card(node)) or node.mem_id in parts:
            continue
        by_sig.setdefault(_signature(node), []).append((at, node))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "th", "caption", "dt", "summary", "a",
                   "span", "p", "strong", "b", "td", "div", "li"):  # fmt: skip
            if _has_block(node):
                if split := _split_date(node):
                    # <th><div>Viernes</div><div>22</div><div>Junio, 2018</div></th>: a
                    # day written in boxes of its own heads the rows after it
                    markers.append((at, date.fromisoformat(split)))
                continue  # a block's words are its children's (its text is not taken)
            words = _clean(node.text(deep=True) or "")
            if 4 <= len(words) <= 120:
                fields = _fields(node) if len(words) > 60 else []
                first = fields[0].text.split("\n")[0] if fields else words
                if len(first) > 60:  # a banner's line: its date is the part before a dot
                    first = _BANNER_PART_RE.split(first, maxsplit=1)[0]  # (``day · venue``)
                day, _own = (
                    find_date(first, year, order)
                    if len(first) <= 60 and not place_field(first)  # "場所：永田町 2-17-17"
                    else (None, False)
                )
                day = day or leading_month_day(first, year, order)
                if day is None and markers and len(first) <= 30:
                    # "Thursday 25th" under a page that gave its dates: in their month
                    day = numbered_day_after(first, markers[-1][1])
                if day is not None:
                    markers.append((at, day))  # a date heading, or the date line of a banner
            if 6 <= len(words) <= 300:
                tail = bracket_tail(words, shortest=3)
                labelled = _labelled(words) or (_labelled(tail[1]) if tail else [])
                for role, part in labelled:
                    for person in _people_of(part, frozenset({role})) if role == "chair" else ():
                        chairs.setdefault(person.name.lower(), ProgrammeRole(person, "chair"))
    groups: list[_Group] = []
    layout = _table_layout(tree)
    for nodes in by_sig.values():
        nodes = _not_containers(nodes)
        if len(nodes) < MIN_RECORDS:
            continue
        records = [_Record(node, at, _fields(node, layout)) for at, node in nodes]
        group = _group(records, order)
        if group is not None:
            depths = sorted(_depth(node) for _at, node in nodes[:50])
            group.depth = depths[len(depths) // 2]
            groups.append(group)
    chosen = _outermost(groups)
    return talks_of(chosen, markers, year, order, chairs, years=years)


def _classed_card(node: LexborNode) -> bool:
    """An ``<article>`` with a class of its own (``<article class="slot slot--talk">``): one
    of a page's cards, whose time column and body are one item; a bare ``<article>`` is
    a page's or a post's whole text. Cards count as records only where they repeat."""
    return node.tag == "article" and bool((node.attributes.get("class") or "").strip())


MAX_HEADED = 200
"""Headings looked at inside one element, at most, to tell a container from a record."""


def _headed_runs(node: LexborNode) -> list[tuple[str, str]]:
    """The headings inside ``node`` that each open lines of their own (a heading whose
    next element is no heading: ``<h4>Title</h4><p>Name</p>``), as (tag, words)."""
    out: list[tuple[str, str]] = []
    for n, inner in enumerate(node.traverse(include_text=False)):
        if n >= MAX_ELEMENTS or len(out) >= MAX_HEADED:
            break
        tag = inner.tag or ""
        if tag not in _HEADINGS or inner is node:
            continue
        after = inner.next
        while after is not None and (after.is_text_node or after.is_comment_node):
            after = after.next
        if after is not None and (after.tag or "") not in _HEADINGS | {"br", "hr"}:
            out.append((tag, _clean(inner.text(deep=True) or "").casefold()))
    return out


def _not_containers(nodes: list[tuple[int, LexborNode]]) -> list[tuple[int, LexborNode]]:
    """The elements of one signature that are records, without the containers among
    them: an element holding :data:`MIN_RECORDS` or more headings of one level, each
    opening its own lines (a page's column of ``<h4>`` slots, each with its speakers
    under it), is a list of records, not one; its headings are the records (the tree's
    reading, :mod:`confnotes.importers.treerecords`, reads them so). A heading written
    the same in most of the elements (``Abstract``, ``Bio`` in each speaker's card) is a
    label of the card's parts, and opens no record of its own."""
    runs = [_headed_runs(node) for _at, node in nodes]
    seen = Counter(words for held in runs for words in {w for _tag, w in held})
    labels = {w for w, count in seen.items() if count * 2 > len(nodes)}
    kept: list[tuple[int, LexborNode]] = []
    for pair, held in zip(nodes, runs, strict=True):
        tags = Counter(tag for tag, words in held if words not in labels)
        if not tags or max(tags.values()) < MIN_RECORDS:
            kept.append(pair)
    return kept


def talks_of(
    chosen: list[_Group],
    markers: list[tuple[int, date]],
    year: int | None,
    order: str | None = None,
    chairs: dict[str, ProgrammeRole] | None = None,
    owners: dict[int, int] | None = None,
    roles_by_order: dict[int, str] | None = None,
    years: list[tuple[int, int]] | None = None,
) -> tuple[list[ProgrammeTalk], list[ProgrammeRole]]:
    """The talks of groups of records whose columns' roles are decided (:func:`group`),
    or the people, when the records are people (a speakers page's cards, a committee's
    list); ``markers``: (order, day) of the date headings before records; ``years``:
    (order, year) of the headings that name a year (``## 2019 Autumn``), whose year the
    days under them without one take before the page's; ``owners``,
    when given, is filled with the order of the record each talk came from (by the
    talk's ``id``); ``roles_by_order``: the role a listed person has, by their record's
    order (what the heading over a list of people says: organisers, keynotes)."""
    owners = {} if owners is None else owners
    chairs = {} if chairs is None else chairs
    talks: list[tuple[int, ProgrammeTalk]] = []
    people: list[ProgrammeRole] = []
    known: dict[int, tuple[time | None, str]] = {}  # the times beside elements, found once
    for group in chosen:
        if _PEOPLE_LIST in group.roles:
            people.extend(_listed_people(group, roles_by_order or {}))
            continue
        place = ""
        for record in group.records:
            here = year_before(years or [], record.order) or year
            talk = _talk(record, group.roles, markers, here, order, known)
            if talk is None:
                continue
            beside: list[ProgrammeTalk] = talk.extra.pop("parallel", [])
            more = [t for x in [talk, *beside] for t in _items_of(x)]  # several in a cell
            talk, beside = more[0], more[1:]
            if not (talk.speakers or talk.clock or talk.room) and _names_a_place(talk.title):
                place = talk.title  # a row naming a room over the rows that follow it
                continue
            talk.room = talk.room or place
            for person in talk.extra.pop("chairs", []):
                chairs.setdefault(person.name.lower(), ProgrammeRole(person, "chair"))
            talks.append((record.order, talk))
            owners[id(talk)] = record.order
            for other in beside:
                other.room = other.room or place
                talks.append((record.order, other))
                owners[id(other)] = record.order
    talks.sort(key=lambda pair: pair[0])
    _afternoons([t for _order, t in talks])
    cards = _speaker_cards([t for _order, t in talks])
    if cards:
        return [], list(chairs.values()) + people + cards
    if not talks:
        return [], (list(chairs.values()) + people) if people else []
    return [t for _order, t in talks], list(chairs.values()) + people


def _afternoons(talks: list[ProgrammeTalk]) -> None:
    """A 12-hour clock written without am or pm follows the order of the records: on a
    day whose records have reached eleven or noon (``11:30``, ``12:15-1:30``), a later
    hour from one to six is the afternoon's (``2:00`` is 14:00), and so is one that comes
    after a later hour of the morning (``10:00`` then ``1:00``, the lunch between them
    unwritten: the clock never runs back within a day), and an end before its start.
    Nothing moves on a page that writes an hour past noon or midnight (a 24-hour clock),
    nor a time whose own words say am or pm. Records whose day the page says elsewhere
    (their clock alone so far) are one day's, in the same order."""
    timed = [t for t in talks if t.start is not None or t.clock is not None]
    hours = [_hour_of(t) for t in timed]
    if any(hour >= 13 or hour == 0 for hour in hours):
        return
    noon: set[date | None] = set()  # the days whose records reached eleven or noon
    latest: dict[date | None, int] = {}  # the latest hour each day's records reached
    for talk, hour in zip(timed, hours, strict=True):
        day = talk.start.date() if talk.start is not None else None
        said = str(talk.extra.get("time", ""))
        if said and clock_range(said)[2]:
            continue  # "2:00 pm": its half of the day said
        before, latest[day] = latest.get(day, 0), max(latest.get(day, 0), hour)
        if hour in (11, 12):
            noon.add(day)
        elif (day in noon or before >= 7) and 1 <= hour <= 6:
            if talk.start is not None:
                talk.start += timedelta(hours=12)
            elif talk.clock is not None:
                talk.clock = talk.clock.replace(hour=hour + 12)
        if talk.start and talk.end and talk.end < talk.start and talk.end.hour <= 11:
            talk.end += timedelta(hours=12)


def _hour_of(talk: ProgrammeTalk) -> int:
    """The hour ``talk`` starts at: its start's, else its clock's (its day said apart)."""
    if talk.start is not None:
        return talk.start.hour
    return talk.clock.hour if talk.clock is not None else 0


def year_before(years: list[tuple[int, int]], at: int) -> int | None:
    """The year the last heading before order ``at`` names, if one does: a season's or a
    year's section (``## 2019 Autumn``, ``<h2>2018</h2>``) dates the days under it that
    are written without their year, whatever year the page's title names."""
    before = [y for order, y in years if order < at]
    return before[-1] if before else None


def heading_year(text: str) -> int | None:
    """The year a short heading names, when it is one (``2019 Autumn``, ``Spring 2018``,
    ``Seminars in 2021``); not a long heading's passing mention of one."""
    words = " ".join(text.split())
    if not words or len(words) > MAX_YEAR_HEADING:
        return None
    return find_year(words)


MAX_YEAR_HEADING = 40
"""Characters of a heading, at most, for the year it names to date the days under it."""


def _listed_people(group: _Group, roles_by_order: dict[int, str]) -> list[ProgrammeRole]:
    """The people of a group of records that each name one person and hold no title
    (``+ Name (Lab, University)`` under a committee's heading): each a role, the words
    beside the name in its record its affiliation."""
    out: list[ProgrammeRole] = []
    role = group.roles.get(_PEOPLE_LIST, "speaker")
    for record in group.records:
        who: list[ProgrammePerson] = []
        rest: list[str] = []
        for f in record.fields:
            if group.roles.get(f.path) == "people" and not who:
                who = _people_of(f.text, f.words)
            elif group.roles.get(f.path) in ("affiliation", "label") and len(f.text) <= 120:
                rest.append(" ".join(f.text.split()))
        if len(who) != 1:
            continue
        person = who[0]
        if rest and not person.affiliations:
            person.affiliations.append(rest[0])
        out.append(ProgrammeRole(person, roles_by_order.get(record.order, role)))
    return out


def _speaker_cards(talks: list[ProgrammeTalk]) -> list[ProgrammeRole]:
    """Records that are people, not talks: each names one person beside an organisation
    and no time (``<h3>Dr. Ana Ruiz</h3><h5>Universidad de Porto - Portugal</h5>`` and a
    bio, a speakers page's cards), or beside one word in every record (a country, a
    team: no talk has a one-word title on every card). Their speakers, each with the
    organisation as an affiliation; empty unless nearly every record is such a card."""
    one_word = all(len(t.title.split()) == 1 for t in talks)  # "Brasil", "Chile": labels
    for talk in talks:
        if len(talk.speakers) == 2 and _same_person(*(p.name for p in talk.speakers)):
            talk.speakers = talk.speakers[1:]  # named under the photo and in the heading
    cards = [
        t
        for t in talks
        if len(t.speakers) <= 1
        and t.clock is None
        and t.start is None
        and (one_word or is_organisation(t.title) or is_organisation(t.title.split(" - ")[0]))
    ]
    if not all(t.speakers for t in cards):
        return []
    if len(cards) < MIN_RECORDS or len(cards) * 10 < len(talks) * 9:
        return []
    out: list[ProgrammeRole] = []
    for talk in cards:
        person = copy.copy(talk.speakers[0])
        if not one_word:
            # the card's organisation first; a word of it said apart (its country) is in it
            org = talk.title.strip()
            person.affiliations = [org, *(a for a in person.affiliations if a not in org)]
        out.append(ProgrammeRole(person, "speaker"))
    return out


def _el(record: _Record) -> LexborNode:
    """A page record's element (the records of the page's own elements always have one)."""
    if record.node is None:
        raise ValueError("a record of the document tree has no page element")
    return record.node


def _outermost(groups: list[_Group]) -> list[_Group]:
    """The groups whose records each hold one talk: the outermost group whose every
    record holds at most one record of any group nested in it (a card holding a title
    line holding a name is one talk; a row holding two parallel talk cells is not), and
    no group inside or around one chosen."""
    below: dict[int, list[set[int]]] = {}
    for n, group in enumerate(groups):
        below[n] = [
            {d.mem_id for d in _el(r).traverse(include_text=False)} - {_el(r).mem_id}
            for r in group.records
        ]
    ids = [{_el(r).mem_id for r in g.records} for g in groups]
    titled = [
        {_el(r).mem_id for r in g.records if any(g.roles.get(f.path) == "title" for f in r.fields)}
        for g in groups
    ]
    order = sorted(range(len(groups)), key=lambda n: (groups[n].depth, -groups[n].score))
    chosen: list[_Group] = []
    taken: set[int] = set()
    for n in order:
        inside = set().union(*below[n]) if below[n] else set()
        if ids[n] & taken or inside & taken:
            continue
        if any(a.mem_id in taken for r in groups[n].records for a in _ancestors(_el(r))):
            continue
        nested = [m for m in range(len(groups)) if m != n and ids[m] & inside]
        one_each = all(len(titled[m] & held) <= 1 for m in nested for held in below[n])
        if one_each:
            chosen.append(groups[n])
            taken |= ids[n]
            continue
        # a session holding several papers is no one talk, but a session of the same
        # template that holds none (an invited talk, a break) is one
        alone = [
            r
            for r, held in zip(groups[n].records, below[n], strict=True)
            if not any(titled[m] & held for m in nested)
        ]
        if alone:
            chosen.append(_Group(alone, groups[n].roles, groups[n].score, groups[n].depth))
            taken |= {_el(r).mem_id for r in alone}
    return chosen


def _names_a_place(text: str) -> bool:
    """``Raum W1``, ``Room 3``, ``Sala B``: a room's word first, a short name after it."""
    words = text.split()
    return 1 < len(words) <= 4 and words[0].lower().strip(":") in _ROOM_WORDS


def _has_block(node: LexborNode) -> bool:
    return any(
        (c.tag or "") in ("div", "p", "table", "ul", "ol", "li", "section", "tr")
        for c in node.iter(include_text=False)
    )


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    n = 0
    while parent is not None and n < 64:
        yield parent
        parent = parent.parent
        n += 1


def _depth(node: LexborNode) -> int:
    return sum(1 for _ in _ancestors(node))


def _same_person(one: str, other: str) -> bool:
    """Two writings of one name on one card (``Falcão e Cunhal`` under the photo,
    ``Falcão e Cunha`` in the heading): the same given name, nearly the same letters."""
    from rapidfuzz import fuzz

    return one.split()[0] == other.split()[0] and fuzz.ratio(one, other) >= 90


def _one_word_labels(roles: dict[str, str], cells: dict[str, list[Any]]) -> None:
    """Of two columns of "people" in the same records, one whose cells are each a single
    word (``Portugal``, ``Chile`` over each speaker's card) beside one of full names
    (``Dr. Ricardo Baeza Yates``) is a label: the country or team of the person the
    record names, no person of its own."""
    people = [path for path, role in roles.items() if role == "people"]
    full = [
        path
        for path in people
        if sum(len(c.text.split()) >= 2 for c in cells[path]) * 2 >= len(cells[path])
    ]
    if not full:
        return
    for path in people:
        if path not in full and all(len(c.text.split()) == 1 for c in cells[path]):
            roles[path] = "label"


_HEAD_ASIDE_RE = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]")


def _header_words(records: list[_Record]) -> dict[str, frozenset[str]]:
    """A table's header row (a record of ``<th>`` cells only) as the words of the columns
    below it: ``Palestrante`` over a column of names says what it holds, as a class
    name would (support for what the cells show, never the whole evidence)."""
    heads: dict[str, frozenset[str]] = {}
    for record in records:
        if record.fields and all("/th[" in f.path for f in record.fields):
            for f in record.fields:
                # "Speaker (affiliation)": what the column holds, then what comes with it
                said = (
                    _HEAD_ASIDE_RE.sub(" ", f.text)
                    if _HEAD_ASIDE_RE.sub(" ", f.text).strip()
                    else f.text
                )
                words = _head_words(said)
                heads.setdefault(f.path.replace("/th[", "/td["), words)
    return heads


def _head_words(said: str) -> frozenset[str]:
    """A header's words; a person's title (``Speaker title``, ``讲师 Title``) says the job
    they hold (``position``), never the talk's title."""
    words = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", said))
    roles = roles_of(said) if len(said) <= 60 else frozenset()
    if "affiliation" in roles and "title" not in roles and words & _TITLE_WORDS:
        return (words - _TITLE_WORDS) | {"position"}
    return words


def _header_title_first(
    titles: list[tuple[float, str]],
    heads: dict[str, frozenset[str]],
    cells: dict[str, list[_Field]],
) -> list[tuple[float, str]]:
    """The ranked title columns, the best one whose header names it the title (``Talk
    Title``, ``Titolo``; never ``Talk Slides``) put first when its cells are one distinct
    value per row and none a sentence: the writer's own word on which column names each
    row outweighs a longer column beside it (``Notes``: their comments on each talk)."""
    for n, (_score, path) in enumerate(titles):
        texts = [c.text for c in cells[path]]
        if (
            heads.get(path, frozenset()) & _TITLE_LABEL_WORDS
            and len(set(texts)) == len(texts)
            and not any(_prose(t) for t in texts)
        ):
            return [titles[n], *titles[:n], *titles[n + 1 :]]
    return titles


def group(records: list[_Record], order: str | None = None) -> _Group | None:
    """The role of each aligned column of these records, from its cells' content (the
    one place that decides it for a page's repeated elements and for the document tree's
    repeated runs); None when the records hold no talks and no list of people."""
    return _group(records, order)


_HEADING_PATH_RE = re.compile(r"/(?:h[1-6]|heading[1-6])\b[^/]{0,80}$")
"""A field's path that ends in a heading element (``/h2[1]#``, a tree's ``/heading3[1]``)."""


_HEADLINE_CHARS = 90
"""Mean characters of a column of headings still read as the records' headlines, however
sentence-like (a longer one is a paragraph set in a heading's type)."""


def _nested_people(roles: dict[str, str], column_records: dict[str, list[_Record]]) -> None:
    """A people column whose element sits inside another people column's, in the same
    records (``<div><strong>Ana Ruiz</strong><span>Data &amp; design</span></div>``), is
    the line under each name (a role, a tagline, a place): no one else's name."""
    people = [p for p, role in roles.items() if role == "people"]
    for inner in people:
        held = {id(r) for r in column_records[inner]}
        for outer in people:
            if (
                outer != inner
                and inner.startswith(outer.removesuffix("#") + "/")
                and held <= {id(r) for r in column_records[outer]}
            ):
                roles[inner] = "affiliation"
                break


def _labelled_people(roles: dict[str, str], cells: dict[str, list[_Field]]) -> bool:
    """The records name their people after a label of their own (``Ponente: Name``,
    ``**Speaker:** Name``): then a heading inside a record is a part of its talk (the
    sub-headings of a write-up: ``### How money evolved``), never a person nor where one
    works, whatever words it holds."""
    return any(
        role == "people"
        and not _HEADING_PATH_RE.search(path)
        and (path.startswith("/@") or any(f.label for f in cells.get(path, [])))
        for path, role in roles.items()
    )


def _group(records: list[_Record], order: str | None = None) -> _Group | None:
    """The role of each aligned column of these records, from its cells' content."""
    cells: dict[str, list[_Field]] = {}
    column_records: dict[str, list[_Record]] = {}
    for record in records:
        for f in record.fields:
            cells.setdefault(f.path, []).append(f)
            column_records.setdefault(f.path, []).append(record)
    n = len(records)
    _label_columns(cells)
    remarks = _remark_columns(records, cells)  # first: the remark off, the head is one cell
    if remarks:
        cells = {}
        for record in records:
            for f in record.fields:
                cells.setdefault(f.path, []).append(f)
    leads = _lead_columns(records, cells)
    if _packed_columns(records, cells) | _emphasis_columns(records, cells) | remarks | leads:
        cells, column_records = {}, {}
        for record in records:
            for f in record.fields:
                if f.path.endswith(_LEAD):
                    continue  # a slot's label: its kind, read with its record, no column
                cells.setdefault(f.path, []).append(f)
                column_records.setdefault(f.path, []).append(record)
    roles: dict[str, str] = {}
    heads = _header_words(records)
    bare_records = records[0].node is None
    for path, full in cells.items():
        if len(full) < max(2, n // 4):
            continue
        found = read_column(
            [c.text for c in full],
            full[0].words | heads.get(path, frozenset()),
            order=order,
            bare=bare_records,
        )
        if found.role in ("time", "date"):
            roles[path] = found.role
    # a record whose only text is this column's (a break's ``Arrival``, a session's name
    # across the rows) says nothing about what the column holds
    others = {
        id(r): sum(1 for f in r.fields if f.path not in roles and f.text.strip()) for r in records
    }
    for path, full in cells.items():
        if path in roles or len(full) < max(2, n // 4):
            continue
        if path.startswith("/th["):
            continue  # a header's cells: the words of the columns under it, no one
        words = full[0].words | heads.get(path, frozenset())
        found = read_column(
            [c.text for c in full],
            words,
            order=order,
            alone=[others[id(r)] <= 1 for r in column_records[path]],
            bare=bare_records,
        )
        if found.role == "people" or (found.role == "label" and found.distinct * found.filled <= 1):
            roles[path] = found.role
    _one_word_labels(roles, cells)
    _nested_people(roles, column_records)
    sectioned = _labelled_people(roles, cells)
    if sectioned:
        for path in [p for p, role in roles.items() if role == "people"]:
            if _HEADING_PATH_RE.search(path):
                roles[path] = "abstract"  # a part of the talk's notes under its speaker's label
    titles: list[tuple[float, str]] = []
    for path, column in cells.items():
        if path in roles:
            continue
        texts = [c.text for c in column]
        said = [t for t in texts if not is_placeholder(t)] or texts
        # "tba" in the rows not decided yet is no value repeated from record to record
        distinct = len(set(said)) / len(said)
        mean = sum(len(t) for t in texts) / len(texts)
        if len(texts) < max(2, n // 4) or mean < 3:
            continue
        own = column[0].words | heads.get(path, frozenset())
        if own & _ROOM_WORDS:
            roles[path] = "room"  # said by its class or its header, a place by its cells
            continue
        titled = bool(own & _TITLE_WORDS) and distinct >= 0.25
        formats = sum(1 for t in texts if _format_name(t))
        if (
            (distinct < 0.5 and not titled)
            or len(set(said)) <= 2 < len(said)
            or (formats * 3 >= len(texts) * 2 and not titled)  # Keynote, Panel, Workshop
        ):
            roles[path] = "label"  # values repeated from record to record: a kind, a label
            continue
        prose = (
            sum(1 for t in texts if _prose(t)) >= 0.6 * len(texts)
            and mean >= 8
            and not (_HEADING_PATH_RE.search(path) and mean <= _HEADLINE_CHARS)
        )  # a card's own heading written as a sentence (``<h3>Bring your work.</h3>``) names it
        if column[0].words & _ABSTRACT_WORDS or mean > 200 or prose:
            roles[path] = "abstract"  # the text under a title, by its words, length, sentences
            continue
        if _says_affiliation(own, roles, mean):
            roles[path] = "affiliation"  # <p class="affiliation"> under a card's name: where
            continue  # the person works, never a talk's title (a card may have none)
        # a class or header that says "title", or the record's own heading element
        # (``<h2>`` over the lines of each workshop): what names the record
        bonus = 2.0 if column[0].words & _TITLE_WORDS or _HEADING_PATH_RE.search(path) else 1.0
        if _notes_items(column):
            bonus /= 4  # the n-th line of each record's notes: no field the records align
        if own & _AFFILIATION_WORDS and not own & _TITLE_WORDS:
            bonus /= 2  # its header says where or what a person works as ("Speaker title")
        holders = len({id(c) for c in column_records[path]})
        many = len(texts) / max(1, holders)  # a list in each record: no record's one title
        plain = _unsentenced(texts)  # the first lines of notes under a title: sentences
        titles.append((holders * min(mean, 80) * distinct * bonus * plain / many**2, path))
    if not titles:
        return _people_list(records, roles) or _untitled_talks(records, roles)
    titles.sort(reverse=True)
    titles = _header_title_first(titles, heads, cells)
    roles[titles[0][1]] = "title"
    if "people" not in roles.values() and _trailing_names(cells[titles[0][1]]):
        roles[_TRAILING] = "yes"  # each title cell ends with its speaker's name
    by_lines = [
        line
        for c in cells[titles[0][1]][:SAMPLE]
        for line in c.text.split("\n")[1:]
        if "," in line and "(" not in line
    ]
    if len(by_lines) >= 2 and all(line.count(",") == 1 for line in by_lines):
        roles[_PAIRS] = "yes"  # each by-line is a name and its organisation
    if name_first_column([c.text for c in cells[titles[0][1]][:SAMPLE]]):
        roles[_NAME_FIRST] = "yes"  # each title cell is 'Name, Organisation, "Title"'
    if "people" not in roles.values() and "time" not in roles.values():
        return None
    title_path = titles[0][1]
    if _second_slot(records, cells, roles, title_path):
        return None
    with_people = {id(r) for r in records if any(roles.get(f.path) == "people" for f in r.fields)}
    if _by_lined(cells[title_path]):
        for path, column in cells.items():
            if path != title_path and roles.get(path) in (None, "label") and _by_lined(column):
                roles[path] = "parallel"  # a track beside the title's: its own talks
    for _score, path in titles[1:]:
        having = {id(r) for r in records if any(f.path == path for f in r.fields)}
        if roles.get(path) == "parallel" or _notes_items(cells[path]):
            continue  # a line of each record's notes: its body's, no affiliation or label
        if _unsentenced([c.text for c in cells[path]]) < 0.75:
            continue  # sentences: the record's notes or abstract, no one's affiliation
        if all(_DAY_NUMBER_RE.fullmatch(c.text.strip()) for c in cells[path]):
            continue  # "10th", "3rd" over the month: a day of the month, no one's place
        if sectioned and _HEADING_PATH_RE.search(path):
            roles[path] = "abstract"  # a sub-heading of the talk's notes: no one's place
            continue
        if with_people and having <= with_people:
            roles[path] = "affiliation"  # beside a speaker in every record that has it
        else:
            roles[path] = "label"  # the next best line: what a record without a title shows
    score = 0
    for record in records:
        has_title = any(f.path == title_path for f in record.fields)
        has_people = any(
            (roles.get(f.path) == "people" and _people_of(f.text, f.words))
            or (f.path == title_path and _TRAILING in roles and _trailing_name(f.text)[1])
            for f in record.fields
        )
        has_time = any(roles.get(f.path) == "time" for f in record.fields)
        score += has_title and (has_people or has_time)  # a talk: a title and who or when
        score += has_title and has_people
    if score < MIN_RECORDS:
        return None
    return _Group(records, roles, score)


_DAY_NUMBER_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th|er|e|º|ª|\.)?", re.I)
"""A cell that is a day of the month alone (``10th``, ``3rd``, ``1er``, ``24.``)."""


def _says_affiliation(own: frozenset[str], roles: dict[str, str], mean: float) -> bool:
    """A column whose class or header names an organisation (``affiliation``,
    ``institution``, ``empresa``) beside a column of people, its cells a line's length:
    each record's person and where they work (a speaker's card), not a talk's title. A
    column that also says ``title`` keeps its chance of being one."""
    return (
        bool(own & _AFFILIATION_WORDS)
        and not own & _TITLE_WORDS
        and "people" in roles.values()
        and mean <= 80
    )


def _second_slot(
    records: list[_Record], cells: dict[str, list[_Field]], roles: dict[str, str], title: str
) -> bool:
    """Whether each row holds a second slot after its title's: a column of times after
    the title's column, then a column of distinct words that no role reads (``Heures |
    Lundi … | Heures | Mardi …``: two days side by side, each after its own hours). A
    record is one row read as one slot, its other cells the body of that slot's note: the
    second day's talks would be lost, and the rows dated by the last day the header
    names. Such rows are a timetable's, whose reader takes the columns pair by pair. The
    first slot is after its hours too: a card whose only time is under its title (``Title``
    / ``Speaker`` / ``Friday 3 October, 14:00`` over its room) holds one slot."""
    order: list[str] = []  # the columns in the order a row's cells come
    for record in records:
        order.extend(f.path for f in record.fields if f.path not in order)
    if title not in order or not any(
        roles.get(path) == "time" for path in order[: order.index(title)]
    ):
        return False
    after = order[order.index(title) + 1 :]
    for path, beside in itertools.pairwise(after):
        if roles.get(path) != "time" or roles.get(beside) not in (None, "label"):
            continue
        texts = [c.text for c in cells.get(beside, []) if _LETTER_RE.search(c.text)]
        if len(texts) >= MIN_RECORDS and len(set(texts)) * 2 > len(texts):
            return True
    return False


_LETTER_RE = re.compile(r"[^\W\d_]")


_SENTENCE_BREAK_RE = re.compile(r"[^\W\d_]{2}[.!?]\s+[^\W\d_]|[^\W\d_][。！？．]\s*[^\W\d_]")
"""A sentence's end, then another's first word (``… about it. Then she …``; a full stop
of a script written without spaces, ``…訪れます。このメソッド…``)."""


def _unsentenced(texts: list[str]) -> float:
    """The share of cells that read as no sentence: a title names, a note's opening line
    says (``I went to this talk because …``, ``She showed us how …``). The column of each
    record's first paragraph under its heading is the notes' first lines, some of which a
    title-like line happens to be (an image's caption), not the record's name."""
    said = sum(1 for t in texts if _sentence(t))
    return 1.0 - said / max(1, len(texts))


def _sentence(text: str) -> bool:
    """Two sentences, or one of six words or more: a line of prose, where ``Acme Inc.`` or
    a title's ``Why it works.`` ends with a full stop too."""
    return bool(_SENTENCE_BREAK_RE.search(text[:400])) or (_prose(text) and len(text.split()) >= 6)


def _notes_items(column: list[_Field]) -> bool:
    """Cells that are each the n-th item of a list whose length differs from record to
    record (``## Title`` over a speaker's name and then lines of notes, as many as the
    writer took): the lists are notes, their n-th lines no aligned field. Lists one item
    apart are fields with an optional last one (``- Name`` / ``- Lab`` / ``- slides``)."""
    counts = {f.items for f in column}
    return 0 not in counts and len(counts) >= 2 and max(counts) - min(counts) >= 2


_UNTITLED = "#titled-by-people"
"""A group's mark that its records have no title column: each is its speakers' talk."""


def _untitled_talks(records: list[_Record], roles: dict[str, str]) -> _Group | None:
    """Records of a column of people and a column of days (or times), nothing else of
    their own (a seminar's calendar: ``October 2024 - Thursday 10th`` beside ``A and
    B``): each record is a talk of those people on that day, titled by their names as
    the page writes them."""
    people = {path for path, role in roles.items() if role == "people"}
    when = {path for path, role in roles.items() if role in ("date", "time")}
    if not people or not when:
        return None
    score = sum(
        1
        for r in records
        if any(f.path in people and _people_of(f.text, f.words) for f in r.fields)
        and any(f.path in when for f in r.fields)
    )
    if score < MIN_RECORDS or score * 2 < len(records):
        return None
    roles[_UNTITLED] = "yes"
    return _Group(records, roles, score)


_PEOPLE_LIST = "#people-list"
"""A group's mark that its records are people, not talks; its value the people's role."""


def _people_list(records: list[_Record], roles: dict[str, str]) -> _Group | None:
    """Records with no title that each name one person in their column of people (a
    committee's ``+ Name (Lab)`` items, a card of ``Name:``/``Affiliation:`` lines): a
    list of people, when nearly every record names exactly one."""
    people = [path for path, role in roles.items() if role == "people"]
    if len(people) != 1 or len(records) < MIN_RECORDS or "abstract" in roles.values():
        return None  # words about each person beyond where they work: their talk's notes
    ones = 0
    named: list[str] = []
    for record in records:
        cell = next((f for f in record.fields if f.path == people[0]), None)
        if cell is not None and len(who := _people_of(cell.text, cell.words)) == 1:
            ones += 1
            named.append(who[0].name)
    if ones * 10 < len(records) * 9 or a_series(named):
        return None  # "Day One", "Day Two", "Day Three": a series' headings, no one
    for path in [p for p, r in roles.items() if r not in ("people",)]:
        roles[path] = "affiliation" if roles[path] in ("label",) else roles[path]
    roles[_PEOPLE_LIST] = "speaker"
    return _Group(records, roles, ones)


_LABEL_PREFIX_RE = re.compile(
    r"^\s{0,5}([^\W\d_][^\W\d_.-]{0,24}(?:[ /-][^\W\d_][^\W\d_.-]{0,24}){0,2})"
    r"\s{0,5}[:：]\s{0,20}(?=\S)"
)
"""``Name:``, ``Affiliation:``, ``Talk title:`` before a field's words: a label of at most
three words."""


def label_words(label: str) -> frozenset[str]:
    """The words of a field's label, lower-cased, each also without its accents
    (``Título`` says ``titulo``, as the tables of :mod:`confnotes.importers.fields`
    write it)."""
    words = {w for w in re.findall(r"[^\W\d_]+", label.casefold())}
    plain = {
        "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
        for w in words
    }
    return frozenset(words | plain)


def _label_columns(cells: dict[str, list[_Field]]) -> None:
    """A column whose cells start with the same label (``Name: Ana``, ``Affiliation: Uni``
    on every card) says with it what it holds, as a class name or a table's header would:
    the label's words become the column's words, and its cells lose the label. Labels of
    roles that name several people (``Moderator: A, Panelists: B``) are left to
    :func:`_labelled`."""
    for column in cells.values():
        sample = column[:SAMPLE]
        said: Counter[str] = Counter()
        for f in sample:
            m = _LABEL_PREFIX_RE.match(f.text)
            if m is not None:
                said[m.group(1).casefold()] += 1
        if not said:
            continue
        label = said.most_common(1)[0][0]
        count = sum(n for said_as, n in said.items() if _same_label(said_as, label))
        if count < 2 or count * 10 < len(sample) * 6:
            continue
        words = label_words(label)
        if words & (_CHAIR_WORDS | _PANEL_WORDS):
            continue
        for f in column:
            m = _LABEL_PREFIX_RE.match(f.text)
            if m is None or not _same_label(m.group(1).casefold(), label) or _labelled(f.text):
                continue
            f.text, f.words = f.text[m.end() :], f.words | words  # the record's own field
            f.label = m.group(1)
            f.stretches = _unlabelled(f.stretches, f.label)


def _unlabelled(
    stretches: tuple[tuple[str, bool], ...], label: str
) -> tuple[tuple[str, bool], ...]:
    """A field's stretches without the label its text lost: the emphasis of its value's
    words is what tells a title from names (``Leitung: Ana Ruiz und <a>Bo Li</a>`` holds two
    names, not a title ``Leitung: Ana Ruiz und`` and one name)."""
    if not stretches:
        return stretches
    words, marked = stretches[0]
    rest = words.lstrip()
    if not rest.startswith(label):
        return stretches
    rest = rest[len(label) :].lstrip(" \t:：")
    return ((rest, marked), *stretches[1:]) if rest else stretches[1:]


def _same_label(one: str, other: str) -> bool:
    """Two forms of one label word, as a template's cards write it for one person or
    several, a man or a woman (``Dozent``, ``Dozentin``, ``Dozenten``; ``Speaker``,
    ``Speakers``; ``Ponente``, ``Ponentes``): a long shared start, and endings of a few
    letters only (never ``Session`` beside ``Session chair``)."""
    if one == other:
        return True
    shorter = min(len(one), len(other))
    k = next((n for n in range(shorter) if one[n] != other[n]), shorter)
    tails = one[k:] + other[k:]
    return k >= 5 and k + 2 >= shorter and len(tails) <= 8 and tails.isalpha()


_PACKED_SEPARATORS = (": ", "： ", " – ", " — ", " - ")


def _packed_split(text: str) -> tuple[str, str] | None:
    """``Name: Title``, ``Name – Title``: the name before the first separator and the
    words after it, when the part before reads as people; None otherwise."""
    if "\n" in text or len(text) > 400:
        return None
    for sep in _PACKED_SEPARATORS:
        left, found, right = text.partition(sep)
        if not found:
            continue
        if len(left.split()) <= 6 and right.strip() and _people_of(left, frozenset()):
            return left.strip(), right.strip()
        return None
    return None


def _split_columns(
    records: list[_Record],
    cells: dict[str, list[_Field]],
    split: Callable[[_Field], tuple[str, str] | None],
    enough: Callable[[list[_Field], int], bool],
    fields_of: Callable[[_Field, tuple[str, str]], list[_Field]],
) -> bool:
    """The one way a column is cut in two: a column whose sample of cells ``enough``
    judges split often enough (by the majority of its cells, never one cell's words) has
    every cell that ``split`` cuts replaced, in each record, by the fields ``fields_of``
    makes of its two parts. True when a column was split."""
    chosen: set[str] = set()
    for path, column in cells.items():
        sample = column[:SAMPLE]
        if len(sample) >= MIN_RECORDS and enough(sample, sum(1 for f in sample if split(f))):
            chosen.add(path)
    if not chosen:
        return False
    for record in records:
        fields: list[_Field] = []
        for f in record.fields:
            parts = split(f) if f.path in chosen else None
            fields.extend([f] if parts is None else fields_of(f, parts))
        record.fields = fields
    return True


def _who_then_what(f: _Field, parts: tuple[str, str]) -> list[_Field]:
    """A split cell's fields when its people come first (``Ana Ruiz: Title``)."""
    return [
        _Field(f.path + "/who", parts[0], f.words | {"speaker"}, f.attr),
        _Field(f.path + "/what", parts[1], f.words, f.attr),
    ]


def _what_then_who(f: _Field, parts: tuple[str, str]) -> list[_Field]:
    """A split cell's fields when its title comes first (``**Title**: Ana Ruiz``)."""
    return [
        _Field(f.path + "/what", parts[0], f.words, f.attr),
        _Field(f.path + "/who", parts[1], f.words | {"speaker"}, f.attr),
    ]


def _packed_columns(records: list[_Record], cells: dict[str, list[_Field]]) -> bool:
    """A column whose cells mostly pack a name before its title (``Ana Ruiz: Faster
    Logs`` in each list item, each link) is two columns: its people, and its titles. By
    the majority of its cells, not one cell's words: a title with a colon alone
    (``Graphs: a primer``) is no person. True when a column was split."""

    def enough(sample: list[_Field], found: int) -> bool:
        return not sample[0].words and found * 10 >= len(sample) * 6

    return _split_columns(records, cells, lambda f: _packed_split(f.text), enough, _who_then_what)


def _emphasis_split(f: _Field) -> tuple[str, str] | None:
    """A one-line field's title and its people's words, told apart by emphasis
    (:func:`confnotes.importers.columns.emphasis_split`)."""
    return emphasis_split(f.stretches)


def _emphasis_columns(records: list[_Record], cells: dict[str, list[_Field]]) -> bool:
    """A title and its speakers held in one element, told apart by emphasis: a column
    whose cells mostly set a title apart in bold, italics or a link and name people in
    the rest of the line (``<li><strong>Title</strong>: Ana Ruiz, Bo Li</li>``,
    ``<dd><a>Title</a> <i>(Ana Ruiz, Lab)</i></dd>``, ``<p>Title <em>Ana Ruiz</em></p>``)
    is two columns: its titles and its people. By the majority of its cells, as
    :func:`_packed_columns` decides, so one emphasised word in a sentence splits nothing;
    the class names of the elements (``speaker``, ``title``) are not needed. True when a
    column was split."""

    def enough(sample: list[_Field], found: int) -> bool:
        # a cell that is one stretch alone (a session's bold name, a plain ``Break``) has
        # nothing to tell apart: the majority is of the cells that mix their stretches
        mixed = sum(1 for f in sample if len(f.stretches) >= 2)
        return found >= MIN_RECORDS and found * 4 >= len(sample) and found * 10 >= mixed * 6

    return _split_columns(
        records,
        cells,
        lambda f: _emphasis_split(f) if f.stretches else None,
        enough,
        _what_then_who,
    )


_REMARK_MARKS = ("--", "—", "–", "- ", "::", "->", "→", "=>")
"""What sets a writer's remark apart after an item's emphasised head (``-- worth it``)."""


_NOT_LEADS = frozenset({"talk", "other", "break", "social"})
"""Kinds a slot's own label never says: an opening or a break over the next words is an
item of its own."""
LEAD_WORDS_MOST = 4
"""Words of a slot's label over its cell's words, at most (``Invited Speaker``)."""


def _lead_columns(records: list[_Record], cells: dict[str, list[_Field]]) -> bool:
    """A cell that opens on a line of its own over the words its column holds in the
    other rows (``Invited Speaker`` over a title, ``Panel`` over its topic): that line
    labels the slot, a field of its own under the cell's path + :data:`_LEAD`, read for
    the slot's kind and never as its title. A label, not a first line of the title: one
    the column's cells open on twice or more, or one that names a kind; and the column
    writes most of its cells on one line (where most stack their lines, each line is
    the column's, as the records' other readers decide). True when a cell was split."""
    firsts: Counter[tuple[str, str]] = Counter(
        (f.path, f.text.split("\n", 1)[0].strip().casefold())
        for column in cells.values()
        for f in column[:SAMPLE]
        if "\n" in f.text
    )

    def split(f: _Field) -> tuple[str, str] | None:
        if "\n" not in f.text or f.path.endswith(_LEAD) or not f.path.startswith("/"):
            return None  # a record's own words, no cell of it: its lines are all it says
        if cell_items.first_item(f.text.split("\n")) is not None:
            return None  # "• Opening remarks" over "• Keynote: …": the cell's items
        first, rest = (part.strip() for part in f.text.split("\n", 1))
        if not first or not rest or len(first.split()) > LEAD_WORDS_MOST:
            return None
        said = first.strip(" :：").casefold()
        if firsts[f.path, first.casefold()] >= 2 and not any(c.isdigit() for c in said):
            return first, rest
        if kind_of(first) in _NOT_LEADS or not kind_label_only(first) or split_speakers(first):
            return None  # "Opening remarks" over the keynote: an item of its own
        return first, rest

    def enough(sample: list[_Field], found: int) -> bool:
        return found >= 1 and sum(1 for f in sample if "\n" not in f.text) * 2 > len(sample)

    def lead_and_rest(f: _Field, parts: tuple[str, str]) -> list[_Field]:
        return [
            _Field(f.path + _LEAD, parts[0], f.words, f.attr),
            _Field(f.path, parts[1], f.words, f.attr),
        ]

    return _split_columns(records, cells, split, enough, lead_and_rest)


def _remark_split(f: _Field) -> tuple[str, str] | None:
    return remark_split(f.stretches)


def remark_split(
    stretches: tuple[tuple[str, bool], ...] | list[tuple[str, bool]],
) -> tuple[str, str] | None:
    """A line that opens with an emphasised or linked stretch naming a talk and its
    speakers (``<a><strong>Ana Ruiz - Title</strong></a> -- a remark``), then plain words
    after a dash or an arrow: the stretch, and the remark after it."""
    parts = [(t, m) for t, m in stretches if t.strip()]
    if len(parts) < 2 or not parts[0][1] or parts[1][1]:
        return None
    rest = " ".join(t.strip() for t, _m in parts[1:])
    if not rest.startswith(_REMARK_MARKS):
        return None
    head = parts[0][0].strip()
    _title, who = title_and_speakers(head)
    return (head, rest) if who and len(head) <= 300 else None


def _remark_columns(records: list[_Record], cells: dict[str, list[_Field]]) -> bool:
    """Items a person annotated: a column whose cells mostly open with an emphasised
    ``Speaker - Title`` (or ``Title - Speaker``), then a dash and the writer's own remark,
    is the talk's cell and its remark (read as the talk's text, never its title). By the
    majority of its cells, as :func:`_emphasis_columns` decides. True when one was split."""

    def enough(sample: list[_Field], found: int) -> bool:
        return found >= MIN_RECORDS and found * 2 >= len(sample)

    def head_and_remark(f: _Field, parts: tuple[str, str]) -> list[_Field]:
        head = _Field(f.path, parts[0], f.words, f.attr, stretches=((parts[0], True),))
        remark = parts[1].lstrip("".join(_REMARK_MARKS) + " ")
        return [head, _Field(f.path + "/remark", remark, f.words | {"abstract"}, f.attr)]

    return _split_columns(
        records,
        cells,
        lambda f: _remark_split(f) if f.stretches else None,
        enough,
        head_and_remark,
    )


_PAIRS = "#name-comma-organisation"
"""A group's mark that its title cells' by-lines are each ``Name, Organisation``."""
_NAME_FIRST = "#name-organisation-quoted-title"
"""A group's mark that its title cells are ``Name, Organisation, "Title"`` (see
:mod:`confnotes.importers.name_first`)."""
_TRAILING = "#trailing-name"
"""A group's mark that its title cells end with their speaker's name."""
_HONORIFIC_RE = re.compile(rf"(?:{HONORIFICS_AFTER})$")
"""East Asian honorifics after a name (``河野さん``): they mark a person as ``Dr.`` does."""
_KANA_NAME_RE = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,8}$")


def _trailing_names(column: list[_Field]) -> bool:
    """A title column whose cells end with a name marked as a person's (``… Oppo 河野さん``)
    in a quarter of those that hold several words: each cell's last word is its speaker."""
    several = [c.text.split() for c in column[:SAMPLE] if len(c.text.split()) >= 2]
    marked = sum(1 for words in several if _HONORIFIC_RE.search(words[-1]))
    return marked * 4 >= len(several) and marked >= 2


def _trailing_name(text: str) -> tuple[str, list[ProgrammePerson]]:
    """``最新Androidデバイス動向 Oppo 河野さん``: the title, and its speaker (the last word,
    its honorific dropped) with the organisation before it (a word in Latin letters after
    a title that ends in Japanese or Chinese)."""
    words = " ".join(text.split()).split(" ")
    if len(words) < 2:
        return text, []
    name = _HONORIFIC_RE.sub("", words[-1])
    cjk = bool(_CJK_SIGN_RE.search(name))
    if not name or not (is_person_name(name) or (cjk and _KANA_NAME_RE.match(name))):
        return text, []
    person = ProgrammePerson(name=name)
    rest = words[:-1]
    if (
        len(rest) >= 2
        and rest[-1].isascii()
        and rest[-1].isalpha()
        and _CJK_SIGN_RE.match(rest[-2][-1])
    ):
        person.affiliations.append(rest.pop())  # "… 動向 GClue 佐々木": GClue is where he works
    return " ".join(rest), [person]


_CJK_SIGN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def _by_lined(column: list[_Field]) -> bool:
    """Most of a column's cells are a title over its people's lines (no column of people
    beside it): a track of talks, as a table's parallel rooms are."""
    column = column[:SAMPLE]  # as a column's role, from its first cells
    shown = sum(1 for c in column if _by_line_cell(c.text))
    return shown * 3 >= len(column) and shown >= 2


def _by_line_cell(text: str) -> bool:
    """A cell whose first line is a title and a line under it names people, or a one-line
    cell naming its people before its quoted title (``Ana Ruiz "Faster Logs"``)."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) == 1 and names_then_quoted(lines[0]) is not None:
        return True
    return (
        len(lines) >= 2
        and not _people_of(lines[0], frozenset())
        and any(_name_and_org(x) or _people_of(x, frozenset()) for x in lines[1:])
    )


def _talk(
    record: _Record,
    roles: dict[str, str],
    markers: list[tuple[int, date]],
    year: int | None,
    order: str | None = None,
    known: dict[int, tuple[time | None, str]] | None = None,
) -> ProgrammeTalk | None:
    title = ""
    label = ""
    speakers: list[ProgrammePerson] = []
    affiliation = ""
    abstract = ""
    room = ""
    clock: time | None = None
    end: time | None = None
    said_time = ""
    day: date | None = None
    labelled = False
    said_head = ""
    last_day: tuple[date, time] | None = None
    chairs: list[ProgrammePerson] = []
    unnamed = ""
    worded = ""  # words in the column of people that name no one and no break
    labels: list[str] = []  # a room's and a format's labels, in the record's order
    heads: list[str] = []  # the lines over a field's words that the reader set apart
    named_first = False  # the record names its people before its title
    people_paths = {_unindexed(p) for p, r in roles.items() if r == "people"}
    names_at: set[str] = set()  # paths of names this record has shown
    mixed: set[str] = set()  # of those, paths whose later siblings hold something else
    for f in record.fields:
        unindexed = _unindexed(f.path)
        role = roles.get(f.path) or ("people" if unindexed in people_paths - mixed else None)
        if role == "people":
            names_at.add(unindexed)
        elif role is not None and unindexed in names_at:
            # notes after the speaker's line ("Gated attention", then "Deep SLAM"): a
            # sibling after the names holds other text, so a later one is no second name
            mixed.add(unindexed)
        if role == "title" and not title:
            title = f.text  # its lines kept: a by-line under it, or a name before it
            named_first = bool(speakers)
        elif role == "label":
            labels.append(f.text.replace("\n", " "))
            label = label or labels[-1]
        elif role is None and f.path.endswith(_LEAD):
            heads.append(f.text)  # "Panel" over the topic, in a few rows only
        elif role == "people":
            parts = _labelled(f.text)
            if parts and all(said == "chair" for said, _part in parts):
                # "Host: Name" alone chairs; "Moderator: A, Panelists: B" is a panel's cast
                chairs.extend(p for _said, part in parts for p in _people_of(part, _CHAIR))
            elif who := _people_of(f.text, f.words):
                speakers.extend(who)
                if _UNTITLED in roles and not title:
                    title = f.text  # the people's names as written: the talk's title
            elif "\n" not in f.text and (who := _placed_people(f.text, f.words)):
                speakers.extend(who)  # "Okafor – Lumen Labs": surnames and their place
            elif "\n" not in f.text and (packed := _packed_people(f.text)) is not None:
                # "Keynote: Name", "Introduction: Name" in the column of people: who, and
                # what their slot is (its kind, or its title when the record has none)
                head, who = packed
                speakers.extend(who)
                said_head = said_head or head
            elif "\n" not in f.text and (one := named_by_role(f.text)) is not None:
                # "hlb", "yuki930" where the other records of the page name their
                # speakers: the column's role says this cell is someone too
                speakers.append(one)
            elif kind_of(f.text) != "talk":
                unnamed = unnamed or f.text  # "Lunch – Foyer": no one, a break's words
            elif not is_placeholder(f.text):  # "TBD", "未定": no one yet, and no name
                worded = worded or f.text.replace("\n", " ")
        elif role == "room" and not room:
            room = f.text.replace("\n", " ")
        elif role == "abstract" and not abstract:
            abstract = f.text
        elif role == "affiliation" and not affiliation:
            affiliation = f.text.replace("\n", " ")
        elif role == "time" and clock is None:
            moment = _moment(f.attr) if f.attr else None
            plain = _ASIDE_RE.sub(" ", f.text)
            if moment is not None and moment.year > 1900:
                day, clock = moment.date(), moment.time()
            elif (
                day is None
                and clock_range(plain)[0] is None
                and (named := find_date(plain, year, order)[0]) is not None
            ):
                # "19 January (Room 4.12)": the day; the number in brackets is its room
                day = named
                room = room or f.text[len(plain.rstrip()) :].strip(" ()[]")
            else:
                said_time, rest = _time_line(f.text)
                clock, end, _ampm = clock_range(said_time or loose_clock(f.text))
                said_time = said_time or f.text
                if day is None and clock is not None:
                    day = find_date(plain, year, order)[0]  # "Mo. (23.9.), 09:00": its own
                if end is None and clock is not None:
                    last_day = later_end(plain, year, order)  # a course over days
                if (
                    rest
                    and len(rest) <= 40
                    and not room
                    and not rest[0].isdigit()  # "30m": the slot's length, not its room
                    and find_date(rest, 2000)[0] is None
                ):
                    room = rest  # the room's line beside the time's in one cell
        elif role == "date" and day is None:
            # a column of days may write them any way a line does ("October 2024 -
            # Thursday 10th"): its role says they are days
            day = find_date(f.text, year, order)[0] or line_date(f.text, year, order)
    if not title.strip(OPEN_SLOT_MARKS + "\n") or (
        not speakers
        and (clock is None or not_decided(title))
        and "\n" not in title
        and is_placeholder(title)
    ):
        title = ""  # "--", "…", "tba" with no one and no hour (or "NTB" at an hour): no talk
    if not title and said_head:
        title = said_head  # "Introduction: Name": the slot's own words, its title
    if not title and not speakers:
        title = unnamed  # a break written across the column of people: the row's title
    if not title:
        # a timed row with no title names its slot in the speaker's place ("Registration",
        # "Site tour") before its label (the room beside it); else by its label alone
        own = (worded if clock is not None and label else "") or label
        if not own or not (speakers or clock):
            return None
        title = own  # a break or a session named by its own words or its label
        labelled = True
    lines = title
    kept = [x for x in title.split("\n") if not _WHOLE_ASIDE_RE.fullmatch(x.strip())]
    if kept and len(kept) < len(title.split("\n")):
        lines = title = "\n".join(kept)  # "(nominated for best paper)": a note, not title
    title = " ".join(title.split("\n"))
    if (tail := bracket_tail(title, shortest=3)) and (parts := _labelled(tail[1])):
        title = title[: tail[0]].rstrip(" :")  # "Title (Chair: Name)": chairs, not title
        chairs += [
            p
            for role, part in parts
            if role == "chair"
            for p in _people_of(part, frozenset({"chair"}))
        ]
        speakers += [
            p
            for role, part in parts
            if role != "chair"
            for p in _people_of(part, frozenset({"speaker"}))
        ]
    if (tail := bracket_tail(title, shortest=3)) and (where := room_aside(tail[1])):
        title, room = title[: tail[0]].rstrip(" :"), room or where  # "Lunch (Room: Hall)"
    said_title = next(
        (
            t
            for f in record.fields
            if (t := _title_label(f"{f.label}: {f.text}" if f.label else f.text))
        ),
        "",
    )
    if said_title:
        title = said_title  # "Title: X" in a cell of its own: the talk's title, by its label
    kind = ""
    if not speakers and _TRAILING in roles:
        title, speakers = _trailing_name(title)
    if not speakers and _NAME_FIRST in roles and (item := name_then_where(title)):
        title, speakers = item.title, item.people  # its second part: where they work
        if clock is None and item.dated:  # '… "Title." 10-06-2008; 12:20 - 1:15pm; Room'
            clock, end, _ampm = clock_range(item.dated)
            day = day or find_date(item.dated, year, order)[0]
    if not speakers:
        whole = lines if " ".join(lines.split("\n")) == title else title
        title, speakers, kind, chaired = _title_cell(
            whole, "people" not in roles.values(), _PAIRS in roles
        )
        chairs += chaired
    if not speakers and "people" not in roles.values() and (who := _names_only(title)):
        # "Oksana Melnyk" in the title's column: her talk, titled by her name; where another
        # column holds the people, the title's slot holds titles in every record
        speakers = who
    if named_first and (on := ON_LEAD_RE.match(title)) and title[on.end() :].strip():
        title = title[on.end() :]  # "Ana Ruiz" then "on Title": the topic's own words
    title, own_clock, own_end, tail_kind = _title_asides(title)
    if clock is None and own_clock is not None:
        clock, end, said_time = own_clock, own_end, said_time or lines.split("\n")[0]
    kind = kind or tail_kind
    if clock is None and record.node is not None:
        clock, said_time = _beside_time(record.node, known)
    if day is None:
        before = [d for order, d in markers if order < record.order]
        day = before[-1] if before else None
    talk = ProgrammeTalk(title=title)
    talk.extra["cell"] = lines
    talk.body = "\n".join(f.text for f in record.fields)
    talk.abstract = abstract
    talk.room = room
    seen: set[str] = set()
    for person in speakers:
        key = person.name.lower()
        if key not in seen:
            seen.add(key)
            talk.speakers.append(person)
    if affiliation and len(talk.speakers) == 1 and not talk.speakers[0].affiliations:
        talk.speakers[0].affiliations.append(affiliation)
    talk.day = day
    talk.clock = clock
    if said_time:
        talk.extra["time"] = said_time
    if chairs:
        talk.extra["chairs"] = chairs
    if not talk.speakers and (labelled or kind_of(title) != "talk"):
        talk.kind = kind_of(title) if kind_of(title) != "talk" else "other"
    if day is not None and clock is not None:
        talk.start = datetime.combine(day, clock)
        if end is not None and end > clock:
            talk.end = datetime.combine(day, end)
        elif last_day is not None and last_day[0] > day:
            talk.end = datetime.combine(*last_day)
    _kind_prefix(talk)
    if kind and talk.kind == "talk":
        talk.kind = kind
    if said_head and talk.kind == "talk" and kind_of(said_head) not in ("talk", "other"):
        talk.kind = kind_of(said_head)  # "Keynote: Name" over the talk's title: its kind
    if not labelled and talk.kind == "talk":
        _label_kind(talk, labels)
    if talk.kind == "talk" and (
        headed := next((k for h in heads if (k := kind_of(h)) not in ("talk", "other")), "")
    ):
        talk.kind = headed  # its own line over its words says what kind of slot it is
    wrapper = record.node
    inner = (
        [c for c in wrapper.iter(include_text=False) if not c.is_comment_node] if wrapper else []
    )
    classes = " ".join(
        str(n.attributes.get("class") or "")
        for n in [wrapper, *(inner if len(inner) == 1 else [])]
        if n is not None
    )  # the record's own class, and its one child's (<li><section class="... keynote">)
    said = [k for w in re.split(r"[\s_-]+", classes) if (k := kind_of(w)) not in ("talk", "other")]
    if talk.kind == "talk" and len(set(said)) == 1:
        talk.kind = said[0]  # <section class="programme-entry talk keynote">: its kind
    talk.extra["parallel"] = _parallel(record, roles, talk)
    return talk


_KIND_LABEL_CHARS = 40
"""A label beside a talk's title says its kind (``Keynote speech``, ``Panel``) when it is
this short: a format's name, not a sentence that mentions a keynote."""


_INDEX_RE = re.compile(r"(?<!/td)(?<!/th)\[\d+\]")


_LEAD = "/lead"
"""The end of the path of a slot's label set apart over its cell's words
(:func:`_lead_columns`)."""


def _unindexed(path: str) -> str:
    """A field's path without its elements' places among their siblings: the second
    ``<span>`` of names beside the first (``<span>Ana</span>, <span>Bo</span>``), which
    only the records with two speakers have, reads as the column of the first. A table
    cell's place is its column, and stays."""
    return _INDEX_RE.sub("", path)


def _label_kind(talk: ProgrammeTalk, labels: list[str]) -> None:
    """The kind a short label beside a talk's title says (a column saying ``Keynote
    speech``; ``Taller (Español):`` over the title's link): the first label that says
    one, whichever field of the record it is (a room's label may come before it); a
    workshop or a tutorial stays a talk, tagged (:func:`kinds.type_tag`)."""
    for label in labels:
        if len(label) > _KIND_LABEL_CHARS:
            continue
        said_kind = kind_of(label)
        if said_kind not in ("talk", "other", "break"):
            talk.kind = said_kind
            return
        if (tag := type_tag(label.strip(" :：-–—"))) and talk.speakers:
            if tag not in talk.tags:
                talk.tags.append(tag)
            return


def _format_name(text: str) -> bool:
    """A cell that is only a format's name (``Keynote speech``, ``Panel``): a few words
    saying a kind of slot, no title beside them (``Keynote 1 — "Bridges"`` is a title)."""
    return (
        len(text.split()) <= 3
        and len(text) <= _KIND_LABEL_CHARS
        and kind_of(text) not in ("talk", "break")
    )


_WHOLE_ASIDE_RE = re.compile(r"\([^()\n]{1,120}\)|\[[^\[\]\n]{1,120}\]")
"""A line that is only a bracketed aside (``(nominated for best paper)``)."""


def _title_asides(title: str) -> tuple[str, time | None, time | None, str]:
    """What a title cell says besides its title: a clock or a range opening it
    (``14:00--15:00: Title``) is the talk's time, and a kind in brackets ending it
    (``Title (keynote)``, ``Title [tutorial]``) its kind. The title without them, the
    clock, the range's end and the kind ("" when none)."""
    clock = end = None
    start, stop, rest, _ampm = leading_clock(title)
    if start is not None and len(rest.strip()) > 2:
        title, clock, end = rest.strip(), start, stop
    title = after_slot_length(title)  # "Presentation 1 (20 min) Title": the title alone
    kind = ""
    if (tail := bracket_tail(title, shortest=3)) is not None:
        said = tail[1].strip()
        if len(said.split()) <= 2 and kind_of(said) not in ("talk", "other"):
            title, kind = title[: tail[0]].rstrip(" :-–—"), kind_of(said)
    return title, clock, end, kind


def _parallel(record: _Record, roles: dict[str, str], main: ProgrammeTalk) -> list[ProgrammeTalk]:
    """The talks of a record's other tracks (a row's cells beside its title's, each a
    title over its people), at the time field before each, else the record's."""
    out: list[ProgrammeTalk] = []
    said: tuple[time | None, time | None] = (None, None)
    timed = False  # the field before was a time cell
    for f in record.fields:
        line = _time_line(f.text.split("\n")[0])[0] or _time_line(f.text)[0]
        if line and len(f.text) <= 80:
            clock = clock_range(line)[:2]
            # a time cell before the track's cell; right after another ("10:30 | 10:50"),
            # the first's end
            said = (said[0], clock[0]) if timed and said[0] and said[1] is None else clock
        timed = bool(line and len(f.text) <= 80)
        if roles.get(f.path) != "parallel" or not _by_line_cell(f.text):
            continue
        title, speakers, kind, _chairs = _title_cell(f.text, True, _PAIRS in roles)
        if not title:
            continue
        talk = ProgrammeTalk(title=title, speakers=speakers)
        talk.extra["cell"] = f.text
        talk.body = f.text
        talk.day, talk.room = main.day, ""
        talk.clock = said[0] or main.clock
        if talk.day is not None and talk.clock is not None:
            talk.start = datetime.combine(talk.day, talk.clock)
        _kind_prefix(talk)
        if kind and talk.kind == "talk":
            talk.kind = kind
        out.append(talk)
    return out


_TITLE_LABEL_RE = re.compile(
    r"^\s*((?:[^\W\d_]{2,12} ){0,2}[^\W\d_]{3,12})\s*[:：]\s*(\S.{0,300})$", re.S
)


_CONNECTOR_RE = re.compile(r"[\s,;&+/]+|\b\w{1,3}\b")


def _names_only(title: str) -> list[ProgrammePerson]:
    """The people a title cell is made of, and nothing else (``Jeroen de Wit and Pim
    Kuipers``: names, and short words between them); [] for a title that says more."""
    if not title or "\n" in title or len(title) > 120 or len(title.split()) > 9:
        return []
    if _unshaped(title):
        return []  # "撤収", "開場": a slot's word in a script without capitals, no one's name
    who = split_speakers(title)
    if not who or not all(is_person_name(p.name) and p.name in title for p in who):
        return []
    rest = title
    for person in who:
        rest = rest.replace(person.name, " ")
    return who if not _CONNECTOR_RE.sub("", rest).strip() else []


def _placed_people(text: str, words: frozenset[str]) -> list[ProgrammePerson]:
    """A cell of the column of people that names each of its people with their place
    (``Okafor – Lumen Labs``, ``Reyes (Harbor AI) and Tanaka (Fenwick)``): surnames alone
    are people there, as the column's role says; a cell without the places is not read
    so (one word in it may be a slot's: ``Welcome``)."""
    who = dash_group(text) or people_in(text, words | {"speaker"})
    return who if who and all(p.affiliations for p in who) else []


def _packed_people(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Keynote: Name``, ``Introduction: Name``, ``Keynote - Name``: a cell of a column
    of people that packs the slot's words before its speaker; None for any other text."""
    if len(text) > 200:
        return None
    head, who = title_and_speakers(text)
    if who and head == text and (m := _KIND_PREFIX_RE.match(text)):
        head = m.group(1).strip()  # "Keynote: Name": the kind its label says
    if not who or not head or head == text or len(head.split()) > 6:
        return None
    return head, who


def _title_label(text: str) -> str:
    """``Title: X``, ``Titel: X``, ``Seminar Title: X``: a field that says it holds the
    title (a label of at most three words, one of them a title's word)."""
    m = _TITLE_LABEL_RE.match(text)
    if m is None or not set(m.group(1).casefold().split()) & _TITLE_LABEL_WORDS:
        return ""
    return " ".join(m.group(2).split())


def _title_cell(
    text: str, by_line: bool, pairs: bool = False
) -> tuple[str, list[ProgrammePerson], str, list[ProgrammePerson]]:
    """A title cell that names its speakers too: a by-line (``Lecture by Name``,
    ``Keynote: Name – Title``) or the lines under the title (``<br>`` then ``Name,
    Organisation``: ``pairs`` when every such line of its column holds one comma); with
    the kind its label says (``Keynote:``, ``Hauptvortrag``), and the chairs a by-line
    names (``Panel: Title – moderated by Name``)."""
    lines = [line for line in text.split("\n") if line.strip()] or [text]
    heads: list[list[ProgrammePerson]] = [
        (_comma_pair(line) if pairs else []) or _name_and_org(line) or _people_of(line, frozenset())
        for line in (lines if len(lines) > 1 else [])  # one line: its title (a by-line below)
    ] or [[]]
    if len(lines) > 1 and heads[0] and not any(heads[1:]):
        # a name first (``Name,Org`` over its title): who, then what
        lines, heads = [*lines[1:], lines[0]], [*heads[1:], heads[0]]
    title = " ".join(lines[0].split())
    title = labelled_quote(title) or title  # 'Full Paper #8: "Title"': the title it quotes
    speakers: list[ProgrammePerson] = []
    for line, people in zip(lines[1:], heads[1:], strict=True):
        if not people:
            title = f"{title} {line}"
            continue
        speakers.extend(people)
    label = _KIND_PREFIX_RE.match(title)
    kind = kind_of(label.group(1)) if label and len(label.group(1).split()) <= 3 else "talk"
    chairs: list[ProgrammePerson] = []
    if not speakers and by_line:  # no column of people: the cell's own by-line
        split, people = title_and_speakers(title)
        people = [
            p for p in people if _people_of(p.name, frozenset()) or academic_titled(title, p.name)
        ]  # "(Prof. Dr. Weber)": a surname alone, but a degree's title names a person
        if (chaired := chaired_by(title)) and chaired[0]:
            title, chairs = chaired[0], [p for p in chaired[1] if _people_of(p.name, frozenset())]
        elif people and split:
            title, speakers = split, people
            kind = kind if kind != "talk" else kind_of(title)
    return title, speakers, kind if kind != "talk" else "", chairs


def _comma_pair(line: str) -> list[ProgrammePerson]:
    """``Marcus Feld, Northwind Freight`` in a column whose by-lines all hold one comma:
    a name and the organisation after it, not two people."""
    left, _comma, right = line.partition(",")
    if not right.strip() or "," in right or len(right.split()) > 8:
        return []
    name = left.strip()
    if not is_person_name(name):
        return []
    return [ProgrammePerson(name=name, affiliations=[right.strip()])]


def _items_of(talk: ProgrammeTalk) -> list[ProgrammeTalk]:
    """The talks of one record whose title cell lists several, each a title line over its
    people's lines (``<b>Title</b><br>Name (Org)<br><b>Title</b><br>Name (Org)``): the
    record's talk becomes the first, the others share its time and place. A record of one
    talk is itself alone."""
    cell = str(talk.extra.pop("cell", ""))
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if (listed := _listed_items(talk, lines)) is not None:
        return listed
    if len(lines) < 4 or len(lines) > 60:
        return [talk]
    items: list[tuple[list[str], list[ProgrammePerson]]] = []
    for line in lines:
        people = _name_and_org(line) or _people_of(line, frozenset())
        if people and items:
            items[-1][1].extend(people)
        elif not people and (not items or items[-1][1]):
            items.append(([line], []))
        elif not people:
            items[-1][0].append(line)  # a title wrapped onto a second line
    paired = [(title, people) for title, people in items if people]
    if len(paired) < 2 or any(not people for _t, people in items[: len(paired)]):
        return [talk]
    if len(paired[0][0]) > 1 and all(len(title) == 1 for title, _p in paired[1:]):
        paired[0] = (paired[0][0][-1:], paired[0][1])  # "Doctoral talks" over its items
    out: list[ProgrammeTalk] = []
    for n, (title, people) in enumerate(paired):
        item = talk if n == 0 else copy.copy(talk)
        item.title = " ".join(title)
        item.speakers = people
        item.extra = dict(talk.extra)
        item.kind = "talk"
        _kind_prefix(item)
        out.append(item)
    return out


def _listed_items(talk: ProgrammeTalk, lines: list[str]) -> list[ProgrammeTalk] | None:
    """The talks of a record whose title cell is a list (``• *Title* (Name)`` a line:
    :mod:`confnotes.importers.cell_items`), all sharing the record's time and place, each
    of the kind its label says (``Keynote talk: Title (Name)``); a cell of one item loses
    its mark. None when the cell is no list of talks."""
    if len(lines) == 1 and talk.title[:1] in cell_items.BULLETS:
        talk.title = talk.title.lstrip(cell_items.BULLETS + " ")
        return None
    if cell_items.first_item(lines) != 0:
        return None
    read = cell_items.read_items(lines, _talk_line)
    if read is None:
        return None
    out: list[ProgrammeTalk] = []
    for n, (title, speakers, kind) in enumerate(read):
        piece = talk if n == 0 else copy.copy(talk)
        piece.title, piece.speakers, piece.kind = title, speakers, kind or "talk"
        piece.extra = dict(talk.extra)
        _kind_prefix(piece)
        if not piece.speakers and piece.kind == "talk" and kind_of(piece.title) != "talk":
            piece.kind = kind_of(piece.title)  # "Opening remarks": no one's talk
        out.append(piece)
    return out


def _talk_line(text: str) -> cell_items.TalkLine:
    """A title cell's one line read as a talk line: its title, its people, its kind."""
    title, speakers, kind, _chairs = _title_cell(text, True)
    return title, speakers, kind


def _name_and_org(line: str) -> list[ProgrammePerson]:
    """``陈辉,蚂蚁金服``, ``Paul Dix,fluxedb``: a name and its organisation joined by one
    comma with no space after it (a list of names is written ``A, B`` or ``A、B``)."""
    parts = re.split(r"[,，](?! )", line.strip())
    if len(parts) != 2 or not all(p.strip() for p in parts) or " " in parts[1].strip():
        return []
    name, org = parts[0].strip(), parts[1].strip()
    if not is_person_name(name, single_ok=True):
        return []
    return [ProgrammePerson(name=name, affiliations=[org])]


def _beside_time(
    node: LexborNode, known: dict[int, tuple[time | None, str]] | None = None
) -> tuple[time | None, str]:
    """The time in the nearest short element before the record, or before one of its
    ancestors, within the same row (a grid's time cell beside its talk cells); elements of
    the record's own kind (the rows before a row) are other records, not its row.
    ``known``: what was found before each element already asked about (one page's
    records share it, so each sibling is looked at once however many records follow)."""
    known = {} if known is None else known
    current: LexborNode | None = node
    for _level in range(4):
        if current is None or current.parent is None:
            return None, ""
        found = _time_before(current, known)
        if found[0] is not None:
            return found
        current = current.parent
    return None, ""


def _time_before(
    current: LexborNode, known: dict[int, tuple[time | None, str]]
) -> tuple[time | None, str]:
    """The time of the nearest short sibling before ``current`` that is not of its kind,
    walking back from it: the first time found ends the walk, and a sibling of its kind
    already asked about gives its own answer for everything before it."""
    if current.mem_id in known:
        return known[current.mem_id]
    own = _signature(current)
    found: tuple[time | None, str] = (None, "")
    sibling = current.prev
    while sibling is not None:
        if sibling.is_text_node:
            sibling = sibling.prev
            continue
        if _signature(sibling) == own and not _row_time_cell(current, sibling):
            if sibling.mem_id in known:
                found = known[sibling.mem_id]
                break
            sibling = sibling.prev
            continue
        words = _clean(sibling.text(deep=True) or "")
        if words and len(words) <= 80:
            said = next((f.text for f in _fields(sibling)[:4] if _is_time(f.text)), "")
            if said:
                found = (clock_range(said)[0], said)
                break
        sibling = sibling.prev
    known[current.mem_id] = found
    return found


def _row_time_cell(current: LexborNode, sibling: LexborNode) -> bool:
    """Whether ``sibling`` is the time that heads ``current``: an element of the same
    kind before it that holds a time alone is no record of its own. A grid's cells are
    all ``<td>``, the time's as the talks' (``<td>10:30</td><td>Talk A</td><td>Talk
    B</td>``: both talks at 10:30); a slot's rows are all ``<div class="row">``, its
    time's row as the row of its parallel talks' cards (both cards at the row's time)."""
    del current  # the kind is the caller's: any element, not only a table's cells
    words = _clean(sibling.text(deep=True) or "")
    if not 0 < len(words) <= 40:
        return False
    start, _end, rest, _ampm = leading_clock(loose_clock(words))  # "11: 30": split by markup
    return start is not None and not rest.strip(" -–—")  # the time alone, no title after it


def _kind_prefix(talk: ProgrammeTalk) -> None:
    """``Keynote: Title`` is a keynote titled ``Title``; ``Vortrag: Title`` a talk; so is
    a kind set off by a dash, numbered or not, before a quoted title (``Keynote 2 —
    "Title"``), the quotes dropped. A dash before a name alone (``Keynote - Ana Ruiz``)
    leaves the title as it is: the name is the speaker's, for the people readers."""
    for pattern, dashed in ((_KIND_PREFIX_RE, False), (_KIND_DASH_RE, True)):
        m = pattern.match(talk.title)
        if m is None:
            continue
        label = _NUMBERED_RE.sub("", m.group(1)) if dashed else m.group(1)
        kind = kind_of(label)
        if len(label.split()) > 3 or not (kind != "talk" or TALK_LABEL_RE.fullmatch(label)):
            continue
        rest = m.group(2).strip()
        quoted = _WHOLE_QUOTED_RE.fullmatch(rest)
        if dashed and quoted is None and (talk.speakers or is_person_name(rest)):
            return
        talk.kind = kind
        talk.title = quoted.group(1).strip() if quoted else rest
        return


_GENERIC = frozenset(
    {w for words in PROGRAMME_OF.values() for w in words}
    | {"event", "events", "tentative", "detailed", "full", "final", "preliminary", "the",
       "our", "conference", "program", "talks", "sessions", "home", "main", "index", "page",
       "and", "of"}
)  # fmt: skip
"""Words that name a page of an event, not the event (``Event schedule``, ``Programma``)."""


def generic_page_name(part: str) -> bool:
    """A name made only of words that name a page (``Event schedule``, ``Programma``)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", part)]
    return not words or all(w in _GENERIC or _compound_of_generic(w) for w in words)


_YEAR_IN_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""An edition's year in a title's part (``Helvetic Ruby 2025``): the event's, not a site's."""


def names_a_day(part: str) -> bool:
    """A heading that only names a day (``Saturday``, ``Samstag, 4. Mai``, ``Day 2``): a
    page's part of the programme, no event's name."""
    undated = strip_dates(part)
    if not (undated != " ".join(part.split()) or DAY_RE.search(part)):
        return False
    return not re.search(r"[^\W\d_]{3,}", DAY_RE.sub(" ", undated))


def _compound_of_generic(word: str) -> bool:
    """``Konferenzprogramm``, ``Tagungsprogramm``: a compound ending in a page's word."""
    return len(word) >= 9 and any(word.endswith(g) for g in _GENERIC if len(g) >= 6)


def event_part(name: str) -> str:
    """A name less the parts that name only its page (``DENOG8 - AGENDA``, ``Program |
    Photon Days``): the event's part; the name itself when no part, or every part, is a
    page's word."""
    parts = [p.strip() for p in _TITLE_PARTS_RE.split(name) if p.strip()]
    kept = [p for p in parts if not generic_page_name(p)]
    if len(parts) < 2 or not kept or len(kept) == len(parts):
        return name
    return max(kept, key=len)


def page_name(text: str) -> str:
    """The event an HTML page belongs to, by its ``<title>`` and first ``<h1>``: the part
    of the title that is not the page's own name (``Schedule | Helvetic Ruby 2025``,
    ``Event schedule • PGDay Down Under 2018``); the heading when it is one of the
    title's parts; empty when neither names more than the page."""
    return _page_name(LexborHTMLParser(text[:200_000]))


def _page_name(tree: LexborHTMLParser) -> str:
    node = tree.css_first("title")
    title = _clean(node.text(deep=True) or "") if node is not None else ""
    node = tree.css_first("h1")
    heading = _clean(node.text(deep=True) or "") if node is not None else ""
    heading = "" if generic_page_name(heading) or names_a_day(heading) else heading
    split = [p.strip() for p in _TITLE_PARTS_RE.split(title) if p.strip()]
    parts = [p for p in split if not generic_page_name(p)]
    if heading and any(title_key(heading) == title_key(p) for p in parts):
        return heading
    if heading and len(parts) == 1 < len(split) and not _YEAR_IN_RE.search(parts[0]):
        # "Home | Example Org" over "RustFest Zürich": a page's word and the site's name
        # (no edition's year) say less than the heading
        return heading
    if len(parts) > 1 and title_key(parts[-1]) == title_key(split[-1]):
        parts = parts[:-1]  # "Harbour Days | Example Org": the last part is the site's
    if parts:
        return max(parts, key=len) if len(parts) > 1 else parts[0]
    return heading or _brand(tree)


def _brand(tree: LexborHTMLParser) -> str:
    """The site's name where its template puts it (a ``navbar-brand``, a ``site-title``
    link) when neither the title nor the heading names more than the page; else the first
    element classed as a title that the page does not repeat (``<div class="main-title">``
    over a forum's programme: a talk's title element repeats from talk to talk)."""
    nodes = tree.css("[class]")[:2000]
    shown = Counter(_signature(node) for node in nodes)
    lone = ""
    for node in nodes:
        words = set(re.split(r"[\s_-]+", str(node.attributes.get("class") or "").lower()))
        words |= {w.rstrip("0123456789") for w in words}  # "title1", "title2": titles
        brand = bool(words & {"brand", "sitename", "site-title"}) or {"site", "title"} <= words
        if not brand and (
            lone or "title" not in words or shown[_signature(node)] > 1 or _has_block(node)
        ):
            continue
        name = _clean(node.text(deep=True) or "")
        parent = node.parent
        if not brand and parent is not None and not _has_block(parent):
            whole = _clean(parent.text(deep=True) or "")  # "CamLS" "Annual Symposium" "2024"
            name = whole if len(whole) <= 80 else name
        if name and len(name) <= 80 and not generic_page_name(name):
            if brand:
                return name
            lone = name
    return lone


def _language_order(tree: LexborHTMLParser) -> str | None:
    """How the page's declared language writes ``08/11/2017`` when its dates do not say:
    month first in US English and in Chinese, Japanese and Korean (``10/27``, as their
    year-month-day order has it), day first in any other language a page declares."""
    node = tree.css_first("html")
    lang = str(node.attributes.get("lang") or "").lower() if node is not None else ""
    if not lang or lang == "en":
        return None
    return "mdy" if lang in ("en-us", "en_us") or lang[:2] in ("zh", "ja", "ko") else "dmy"


HEAD_TEXT = 4000
"""Characters of a page's words its year and date order are looked for in."""


def _head_text(tree: LexborHTMLParser) -> str:
    """The first :data:`HEAD_TEXT` characters of the page's words, spaces collapsed: only
    as much of the text is cleaned as that takes (a growing cut, the same words)."""
    body = tree.body
    raw = (body.text(deep=True, separator=" ") or "") if body is not None else ""
    cut = 2 * HEAD_TEXT
    while True:
        head = _clean(raw[:cut])
        if len(head) > HEAD_TEXT or cut >= len(raw):
            return head[:HEAD_TEXT]
        cut *= 4


same_label = _same_label

__all__ = ["MIN_RECORDS", "event_part", "generic_page_name", "page_name", "read", "same_label"]
