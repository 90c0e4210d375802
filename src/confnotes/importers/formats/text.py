"""Plain-text programme pages (a web page saved as text, seed 004's shape).

No markup, so structure comes from the words: the lines before the first
section name the workshop (series line ``NeurIPS 2023 Workshop``, acronym
line ``DLDE III``, then the day and hours ``December 16th, 9 am to 5:30 pm``);
sections start at short lines such as *Schedule*, *Invited Speakers*,
*Organizers*, *Important Dates*. The schedule's lines (``08:45 : Name (Keynote
Talk) - Title.``) become talks, with breaks and poster sessions as sessions,
in the timezone the page states (``(Central Standard Time)`` →
``America/Chicago``). Speakers are read from bios (``Name (confirmed) is a
Professor at the University of Toronto``) and organisers from a name line
followed by one or more affiliation lines.
"""

from __future__ import annotations

import re
from datetime import time

from confnotes.importers.entries import leading_clock, parse_entry
from confnotes.importers.page import PageBuilder, section_kind, stated_timezone
from confnotes.importers.programme import Programme, ProgrammePerson
from confnotes.importers.textutil import (
    DATE_NO_YEAR_RE,
    DATE_RE,
    SERIES_RE,
    decode,
    looks_like_name,
    parse_clock,
    parse_date,
    parse_person,
    split_affiliations,
)

NAME = "text"

_OTHER_SECTIONS = re.compile(
    r"^(introduction|about|overview|acknowledg(e)?ments?|contact|sponsors?|venue|registration|"
    r"faq|submission|call for .*|accepted papers?|awards?|location|format|topics)\s*:?$",
    re.I,
)
_INSTITUTION_RE = re.compile(
    r"\b(universit\w*|institut\w*|college|school|lab|labs|laborator\w*|research|inc|ltd|llc|"
    r"gmbh|corp\w*|company|centre|center|department|dept|faculty|hospital|foundation|AI|"
    r"google|deepmind|microsoft|meta|openai|nvidia|apple|amazon|ibm|intel|stanford|mit|cmu|"
    r"berkeley|oxford|cambridge|eth|epfl|inria|cnrs|mila|vector|samsung|huawei|baidu|"
    r"alibaba|tencent|bosch|siemens|adobe|netflix|uber|twitter|anthropic)\b",
    re.I,
)
_BIO_RE = re.compile(
    r"^(?P<name>[^()]{3,60}?)(?:\s*+\((?P<note>[^)]*)\))?\s++"
    r"(?P<verb>is|was|works|leads|serves|holds|received)\b(?P<rest>.*)$"
)
_AT_RE = re.compile(
    r"\bat\s+(?:the\s+)?(?P<org>[A-Z][^,.;()]*?)"
    r"(?=\s+(?:and|affiliated|where|since|with|in|as|working|for|at|who|leading)\b|[,.;(]|$)"
)
_DEPT_RE = re.compile(r"\b(department|deptartment|dept|faculty|school of|group|division)\b", re.I)
_VENUE_RE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?([A-Z][^;]*?(?:Center|Centre|Hall|Hotel|Convention|Campus)\b[^.;]*)"
)
_VENUE_WORDS_RE = re.compile(r"\b(Convention|Conference Cent(er|re)|Hotel|Campus)\b")
_ACRONYM_RE = re.compile(r"^[A-Z0-9][A-Z0-9\-&]{1,12}(?:\s+[IVX0-9]{1,5})?$")


def _is_heading(line: str) -> str | None:
    """The section a short heading line opens (``""`` for an unrelated one), or None."""
    text = line.strip()
    if not text or len(text) > 45 or text[0] in "•*-·" or re.search(r"[.!?,;]$", text):
        return None
    if leading_clock(text)[0] is not None or DATE_RE.search(text):
        return None
    if _OTHER_SECTIONS.match(text):
        return section_kind(text) if section_kind(text) == "papers" else ""
    kind = section_kind(text)
    if kind and len(text.split()) <= 5 and text[0].isupper():
        return kind
    return None


def detect(data: bytes) -> float:
    """Plain text with section lines (*Schedule*, *Organizers*) and timed lines."""
    text = data[:200_000].decode("utf-8", errors="replace")
    head = text.lstrip()
    if head.startswith(("<", "{", "[", "---", "+++", "BEGIN:")):
        return 0.0
    lines = text.split("\n")
    headings = sum(1 for x in lines if _is_heading(x))
    timed = sum(1 for x in lines if re.match(r"^\s*+[•*\-]?\s*+\d{1,2}[:.]\d\d\b", x))
    score = 0.0
    if headings >= 2:
        score += 0.35
    if timed >= 3:
        score += 0.2
    if re.search(r"^#{1,6}\s", text, re.M) or len(re.findall(r"\]\(https?://", text)) > 3:
        score -= 0.3
    return max(0.0, score)


def why_not(data: bytes) -> str:
    """Why this is not a plain-text programme page."""
    return "no section lines (Schedule, Speakers, Organizers, Dates) or timed schedule lines"


def parse(data: bytes, source: str) -> Programme:
    """A programme from a plain-text programme page.

    Raises:
        BadInputError: empty or binary input.
    """
    text = decode(data, source)
    b = PageBuilder(NAME, source)
    b.note_series(text)
    lines = text.split("\n")
    first_heading = next((i for i, x in enumerate(lines) if _is_heading(x) is not None), len(lines))
    day_end = _header(lines[:first_heading], b)
    section = ""
    block: list[tuple[int, str]] = []
    for index in range(first_heading, len(lines)):
        line = lines[index].rstrip()
        kind = _is_heading(line)
        if kind is not None:
            _people_block(block, section, b)
            block = []
            if section == "schedule":
                b.close_schedule(day_end)
            section = kind
            continue
        stripped = line.strip().lstrip("•*·-").strip()
        if not stripped:
            continue
        if section == "schedule":
            if stated_timezone(stripped) and len(stripped) < 60 and not leading_clock(stripped)[0]:
                b.programme.timezone = stated_timezone(stripped)
                continue
            if leading_clock(stripped)[0] is not None and (entry := parse_entry(stripped)):
                b.add_entry(entry, index + 1)
            elif len(stripped) < 60 and (day := parse_date(stripped, b.year)):
                b.close_schedule(None)
                b.set_day(day)
                b.day = day  # "Day 2 — Friday, July 19": the lines below are that day
        elif section == "dates":
            b.add_date(stripped, index + 1)
        elif section in ("keynote", "panelist", "organizer"):
            block.append((index + 1, stripped))
    _people_block(block, section, b)
    if section == "schedule":
        b.close_schedule(day_end)
    return b.finish(text)


def _header(lines: list[str], b: PageBuilder) -> time | None:
    """Name, series, day, hours, venue and timezone from the lines above the first section."""
    name_parts: list[str] = []
    acronym = ""
    day_end = None
    p = b.programme
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        has_date = DATE_RE.search(line) or DATE_NO_YEAR_RE.search(line)
        when = parse_date(line, b.year) if has_date else None
        if when and b.programme.start is None:
            b.set_day(when)
            clock = parse_clock(line[line.find(str(when.day)) + len(str(when.day)) :])
            if clock and clock.end:
                day_end = clock.end
            if tz := stated_timezone(line):
                p.timezone = tz
            continue
        if m := _VENUE_RE.search(line):
            p.location = p.location or m.group(1).strip()
            continue
        if _VENUE_WORDS_RE.search(line) and len(line) <= 120 and not p.location:
            p.location = line.strip()
            continue
        if p.start is not None:
            continue
        series = SERIES_RE.search(line)
        if series and re.search(r"\b(workshop|conference|symposium)\b", line, re.I):
            p.series = p.series or series.group(1)
            continue
        if _ACRONYM_RE.match(line) and not acronym:
            acronym = line
            continue
        if len(line) <= 80 and not re.search(r"[.!?:]$", line):
            name_parts.append(line)
    name = " ".join(name_parts)
    p.name = f"{name} ({acronym})" if name and acronym else (name or acronym)
    return day_end


def _bio(text: str) -> ProgrammePerson | None:
    """``Name (confirmed) is a Professor at the University of Toronto …``."""
    m = _BIO_RE.match(text)
    if m is None or not looks_like_name(m.group("name").strip()):
        return None
    rest = m.group("rest")
    first_sentence = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", rest, maxsplit=1)[0]
    orgs = [x.group("org").strip() for x in _AT_RE.finditer(first_sentence)]
    if len(orgs) > 1:
        orgs = [o for o in orgs if not _DEPT_RE.search(o)] or orgs
    return ProgrammePerson(name=m.group("name").strip(), affiliations=_unique(orgs))


def _unique(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return out


def _is_affiliation(line: str) -> bool:
    return bool(_INSTITUTION_RE.search(line)) or len(line.split()) == 1


def _people_block(block: list[tuple[int, str]], role: str, b: PageBuilder) -> None:
    """People of a section: bios, ``Name (Affiliation)`` lines, or name + affiliation lines."""
    if role not in ("keynote", "panelist", "organizer"):
        return
    current: ProgrammePerson | None = None
    continues = False
    for _line_no, text in block:
        text = re.sub(
            r"(?<!\s)\s*\[(webpage|website|homepage|link)\]\s*", " ", text, flags=re.I
        ).strip()
        if len(text) > 90 or _BIO_RE.match(text):
            if bio := _bio(text):
                b.add_role(bio, role)
                current, continues = None, False
            continue
        if continues and current is not None:
            current.affiliations.extend(split_affiliations(text.rstrip(",")))
            continues = text.endswith(",")
            continue
        person = parse_person(text)
        if person is not None and person.affiliations and not _is_affiliation(person.name):
            b.add_role(person, role)
            current, continues = None, False
            continue
        if looks_like_name(text) and not _is_affiliation(text):
            current = ProgrammePerson(name=text)
            b.add_role(current, role)
            continues = False
            continue
        if current is not None:
            current.affiliations.extend(split_affiliations(text.rstrip(",")))
            continues = text.endswith(",")
