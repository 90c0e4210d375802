"""Shared pieces of the machine-readable programme importers (frab XML, schedule JSON, iCal).

Kept outside :mod:`confnotes.importers.formats` on purpose: every module in that package is a
format. What lives here is what those formats have in common: input limits that keep hostile
files cheap to reject, durations and clock times in the frab spellings, the mapping of the
many ``type`` vocabularies onto confnotes talk kinds, link typing hints, HTML abstracts turned
into plain text, and IANA timezones.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from html.parser import HTMLParser
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from confnotes.errors import BadInputError
from confnotes.importers.kinds import TYPE_TAGS
from confnotes.importers.programme import Programme, ProgrammeSession
from confnotes.importers.textutil import city_timezone, find_series
from confnotes.knowledge.people import HONORIFICS
from confnotes.model import Link
from confnotes.notebook.link_kinds import classify_link, normalise_url

MAX_BYTES = 50 * 1024 * 1024
"""Largest programme file we read; real ones are a few MB (CCC's biggest is ~5 MB)."""

MAX_EVENTS = 100_000
"""Most talks one file may hold; the largest real programmes have a few thousand."""

MAX_DEPTH = 64
"""Deepest element nesting accepted in XML (a frab schedule is 6 deep)."""


def check_size(data: bytes, source: str) -> None:
    """Reject empty and oversized inputs before any parser sees them."""
    if len(data) > MAX_BYTES:
        raise BadInputError(
            f"file is {len(data) // (1024 * 1024)} MB; programmes larger than "
            f"{MAX_BYTES // (1024 * 1024)} MB are refused",
            source,
        )
    if not data.strip():
        raise BadInputError("file is empty", source)


def check_event_count(count: int, source: str, line: int | None = None) -> None:
    """Raise once a file holds more events than any real programme does."""
    if count > MAX_EVENTS:
        raise BadInputError(
            f"more than {MAX_EVENTS} events: stopped at event {count}, "
            f"over the limit of {MAX_EVENTS} talks a programme may hold",
            source,
            line,
        )


def decode_text(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16, naming the line of a bad byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadInputError(f"not valid UTF-16: {exc.reason}", source) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadInputError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", source, line
        ) from None


def head_text(data: bytes, limit: int = 65536) -> str:
    """The start of ``data`` as text, for cheap format detection; never raises."""
    chunk = data[:limit]
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
        return chunk.decode("utf-16", errors="replace")
    return chunk.decode("utf-8", errors="replace").lstrip("\ufeff")


# --- times -------------------------------------------------------------------------------

_DIGITS = re.compile(r"[0-9]+")
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


def parse_clock(text: str | None) -> time | None:
    """``"09:30"`` or ``"09:30:00"`` as a time; None when it is not a valid clock time."""
    if not text:
        return None
    match = _CLOCK.match(text)
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_duration(text: str | None) -> timedelta | None:
    """A frab duration: ``"00:30"``, ``"1:30"``, ``"01:30:00"``, ``"1:02:00"`` (d:hh:mm) or minutes.

    Three colon-separated parts are read as hh:mm:ss (what frab and pentabarf write);
    four as d:hh:mm:ss. A bare number is minutes (some generators write ``"45"``).
    """
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    if _DIGITS.fullmatch(text):
        return timedelta(minutes=int(text)) if len(text) <= 5 else None
    parts = text.split(":")
    if not all(_DIGITS.fullmatch(p) and len(p) <= 3 for p in parts) or not 2 <= len(parts) <= 4:
        return None
    numbers = [int(p) for p in parts]
    if len(numbers) == 2:
        hours, minutes, seconds, days = numbers[0], numbers[1], 0, 0
    elif len(numbers) == 3:
        hours, minutes, seconds, days = numbers[0], numbers[1], numbers[2], 0
    else:
        days, hours, minutes, seconds = numbers
    if minutes > 59 or seconds > 59:
        return None
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def parse_iso_datetime(text: str | None) -> datetime | None:
    """An ISO 8601 date-time (``Z`` or offset or naive); None when it is not one."""
    if not text or not isinstance(text, str):
        return None
    text = text.strip()
    if len(text) < 13 or len(text) > 40:
        return None
    m = _LOOSE_ISO_RE.match(text)
    if m is not None and m.group(5) != ":":
        # "2024-04-17:11.15": an hour and its minutes written with a dot, which
        # fromisoformat reads as a fraction of the hour (11:00:09)
        return _loose(m)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        pass
    m = _LOOSE_ISO_RE.match(text)  # "2022-9-12 8:00 +0000", as Jekyll data writes them
    return None if m is None else _loose(m)


def _loose(m: re.Match[str]) -> datetime | None:
    """The date-time a match of :data:`_LOOSE_ISO_RE` writes."""
    year, month, day, hour, _joint, minute, second, offset = m.groups()
    tz = None
    if offset:
        sign = -1 if offset.startswith("-") else 1
        digits = offset.lstrip("+-").replace(":", "")
        if digits.upper() != "Z" and digits:
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
        else:
            tz = UTC
    try:
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), tzinfo=tz
        )
    except ValueError:
        return None


_LOOSE_ISO_RE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T:](\d{1,2})([:.h])(\d{2})(?::(\d{2}))?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?$",
    re.I,
)
"""An ISO date-time written loosely: one-digit month, day or hour, an offset after a
space, a colon before the hour or a dot or ``h`` between hour and minute."""


def parse_iso_date(text: str | None) -> date | None:
    """The date at the start of an ISO date or date-time string, or None."""
    if not text or not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


@lru_cache(maxsize=256)
def zone(name: str | None) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None when there is no such zone."""
    if not name or not isinstance(name, str) or len(name) > 64 or ".." in name:
        return None
    name = name.strip()
    if name.upper() in ("UTC", "Z", "GMT", "ETC/UTC"):
        name = "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    result: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if "/" not in key or key.startswith(("Etc/", "SystemV/", "US/")):
            continue
        city = key.rsplit("/", 1)[1].replace("_", " ").lower()
        result.setdefault(city, key)
    return result


def zone_for_city(city: str) -> str | None:
    """The IANA zone of ``city`` (``"Brussels"`` → ``Europe/Brussels``), if known.

    FOSDEM-style files name the city but not the timezone. Known conference cities come
    first (``New Orleans`` is in ``America/Chicago``); otherwise IANA zones are named after
    their largest city, so a conference in one of those cities gets the right zone.
    """
    key = re.sub(r"\s+", " ", city or "").strip().lower()
    if not key:
        return None
    known = city_timezone(key)
    if known:
        return known
    zones = _zones_by_city()
    if key in zones:
        return zones[key]
    first = re.split(r"[,(/]", key)[0].strip()
    return zones.get(first)


_LATEST_NIGHT = time(6, 0)


def event_start(
    moment: datetime | None,
    clock: time | None,
    tz: tzinfo | None,
    day_date: date | None,
    day_start: time | None,
) -> tuple[datetime | None, bool]:
    """The local wall-clock start of a frab event, and whether ``date`` and ``start`` disagreed.

    frab writes both ``date`` (an ISO date-time) and ``start`` (the local ``HH:MM`` the
    programme shows). When they agree in the conference's zone, that is the time. When they
    do not (some generators write ``date`` in UTC, or local times labelled ``Z``), ``start``
    wins, on the date nearest the written instant. Without ``date`` (FOSDEM), the day's date
    plus ``start``; before the day's start (``day_change``, pretalx's 04:00) and in the small
    hours, the next date — a 01:30 talk on "day 1" happens on the night after it.
    """
    if moment is not None:
        local = to_local(moment, tz)
        if clock is None or (local.hour, local.minute) == (clock.hour, clock.minute):
            return local, False
        written = moment.replace(tzinfo=None)
        disagree = (written.hour, written.minute) != (clock.hour, clock.minute)
        candidates = [
            datetime.combine(day, clock)
            for d in (-1, 0, 1)
            if (day := shift_date(written.date(), d)) is not None
        ]
        return min(candidates, key=lambda c: abs(c - written)), disagree
    if clock is None or day_date is None:
        return None, False
    if day_start is not None and clock < day_start and clock < _LATEST_NIGHT:
        day_date = shift_date(day_date, 1) or day_date
    return datetime.combine(day_date, clock), False


def shift_date(day: date, days: int) -> date | None:
    """``day`` moved by ``days``, or None past the calendar's ends (year 1 or 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def end_of(start: datetime | None, duration: timedelta | None) -> datetime | None:
    """``start + duration``, or None when either is unknown or the sum leaves the calendar."""
    if start is None or not duration:
        return None
    try:
        return start + duration
    except OverflowError:
        return None


def to_local(moment: datetime, tz: tzinfo | None) -> datetime:
    """A naive wall-clock time in ``tz`` (aware times converted; naive ones kept as written)."""
    if moment.tzinfo is None:
        return moment
    if tz is not None:
        moment = moment.astimezone(tz)
    return moment.replace(tzinfo=None)


def zone_name(tz: tzinfo | None) -> str | None:
    """The IANA key of a zone object, when it has one."""
    key = getattr(tz, "key", None)
    if isinstance(key, str) and zone(key) is not None:
        return key
    if tz is not None and tz.utcoffset(None) == timedelta(0) and str(tz) in ("UTC", "UTC+00:00"):
        return "UTC"
    return None


# --- kinds, tags, links --------------------------------------------------------------------

_KIND_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "keynote",
        (
            "keynote", "key note", "key-note", "plenary", "invited talk", "opening talk",
            "hauptvortrag", "festvortrag",
            "eröffnungsvortrag", "plenarvortrag", "conférence invitée", "exposé invité",
            "conférence plénière",
            "conferencia magistral", "conferencia inaugural", "conferencia plenaria",
            "ponencia invitada", "palestra magna", "conferência plenária", "palestra de abertura",
            "intervento invitato", "relazione invitata", "relazione plenaria", "基調講演",
            "招待講演", "主题演讲", "主旨演讲", "特邀报告", "大会报告", "キーノート", "키노트",
        ),
    ),
    (
        "break",
        (
            "break", "lunch", "coffee", "pause", "dinner break", "recess", "morning tea",
            "afternoon tea", "mittagessen", "breakfast", "frühstück", "desayuno", "colazione",
            "snack",
            "déjeuner", "descanso", "almuerzo", "intervalo", "almoço", "pausa", "pranzo",
            "休憩", "昼食", "昼休み", "ランチ", "茶歇", "午餐", "午休",
        ),
    ),
    (
        "panel",
        (
            "panel", "podium", "fishbowl", "round table", "roundtable", "table ronde",
            "mesa redonda", "tavola rotonda", "круглый стол", "圆桌", "圓桌", "좌담",
            "パネルディスカッション", "패널 토론",
        ),
    ),
    ("poster", ("poster", "ポスター", "海报", "affiche")),
    ("demo", ("demo", "showcase", "exhibit", "démonstration", "demostración", "デモ", "演示")),
    (
        "spotlight",
        (
            "lightning", "spotlight", "flash talk", "short talk", "ignite", "kurzvortrag",
            "ライトニングトーク", "闪电演讲",
        ),
    ),
    ("oral", ("oral", "paper presentation", "paper session")),
    (
        "social",
        ("social", "party", "meetup", "meet-up", "reception", "concert", "networking", "dinner"),
    ),
    (
        "talk",
        (
            "talk", "lecture", "presentation", "maintrack", "devroom", "session", "seminar",
            "vortrag", "charla", "ponencia", "palestra", "comunicazione", "comunicación",
            "comunicação", "intervento", "exposé", "communication", "conférence", "conferencia",
            "講演", "発表", "报告", "演讲", "讲座", "vorträge", "セッション", "세션", "발표",
        ),
    ),
)  # fmt: skip
"""Kinds of talk by the words programmes use for them, in the languages they are written in
(no maintained library names kinds of talk; dates and months come from dateparser)."""


_KIND_QUALIFIERS = frozenset({"opening", "closing", "discussion", "invited", "talk", "s"})
"""Words a bracket may add to a kind and still say the kind alone (``Opening keynote``,
``Panel discussion``); any other word makes it a note on the slot (``Keynote rehearsal``)."""


def _kind_alone(said: str) -> str:
    """The keynote or panel a bracket says when all its words say the kind, else ""."""
    kind = talk_kind(said)[0]
    if kind not in ("keynote", "panel"):
        return ""
    rest = said.lower()
    for needle in dict(_KIND_RULES)[kind]:
        rest = rest.replace(needle, " ")
    return kind if set(re.findall(r"\w+", rest)) <= _KIND_QUALIFIERS else ""


@lru_cache(maxsize=1024)
def title_kind(title: str) -> str:
    """The kind a short title says by itself when nothing else says one: ``Lunch Break``
    a break, ``31C3 Keynote`` a keynote; "" for any other title (a long title's words
    are its subject: "Keynotes considered harmful" is a talk). A bracket at its end is a
    note on the slot, not its words (``Keynote 2 (15 + 5 Q&A)``, ``Panel discussion
    (45)``: a keynote, a panel), unless it says the kind alone: ``Faster Logs (Keynote)``
    is a keynote however long its title."""
    if title.endswith(")") and (cut := title.rfind("(")) > 0:
        said = title[cut + 1 : -1].strip()
        if len(said.split()) <= 2 and (kind := _kind_alone(said)):
            return kind
        title = title[:cut].strip()
    if len(title.split()) > 4:
        return ""
    found = talk_kind(title)[0]
    return found if found in ("break", "keynote", "panel") else ""


@lru_cache(maxsize=8192)
def talk_kind(raw_type: str | None) -> tuple[str, str | None]:
    """Map a source's event type onto a confnotes kind, plus a tag when the kind loses detail.
    Remembered per string: a file asks it of the same keys and types record after record.

    ``"Workshop"`` is a ``talk`` tagged ``workshop``; ``"Lightning Talk"`` a ``spotlight``
    tagged ``lightning talk``; an unknown type is ``other`` tagged with the type itself.
    """
    text = re.sub(r"\s+", " ", (raw_type or "").replace("_", " ")).strip().lower()
    if not text:
        return "talk", None
    tag = next((t for w, t in TYPE_TAGS.items() if w in text), None)
    for kind, needles in _KIND_RULES:
        if any(n in text for n in needles):
            return kind, tag
    if tag is not None:
        return "talk", tag
    if text in ("other", "misc", "miscellaneous"):
        return "other", None
    return "other", text[:40]


_TALKS_KINDS = frozenset({"talk", "keynote", "spotlight", "oral", "panel", "poster"})
_PROGRAMME_WORDS = frozenset(
    {"programme", "program", "programm", "programa", "programma", "agenda", "プログラム"}
)


def names_talks(text: str, programme: bool = True) -> bool:
    """Whether ``text`` names talks or a programme of them, in any language (``The talks
    we saw:``, ``interessante Vorträge:``, ``the keynote``, ``Workshops``): one of its
    words opens on a word for a kind of talk (:func:`talk_kind`'s), or says programme.
    ``Docs I want to read later:`` names none. ``programme``: a word for the programme
    counts too."""
    from confnotes.importers.kinds import kind_of

    if kind_of(text) in _TALKS_KINDS - {"talk"}:  # "talk" is its word for none
        return True
    for word in re.findall(r"\w+", text.lower()):
        if programme and word in _PROGRAMME_WORDS:
            return True
        kind, tag = talk_kind(word)
        if kind in _TALKS_KINDS and (tag is not None or _opens_on_needle(word, kind)):
            return True
    return False


def _opens_on_needle(word: str, kind: str) -> bool:
    """Whether ``word`` opens on one of ``kind``'s words (``talks``, not ``stalk``)."""
    return any(word.startswith(n) for n in dict(_KIND_RULES).get(kind, ()))


def tag_of(text: str | None) -> str:
    """A track or category name as a tag: trimmed, single-spaced, at most 60 characters."""
    return re.sub(r"\s+", " ", str(text or "")).strip()[:60]


_HINT_KINDS = ("slides", "paper", "video", "poster", "code", "page")


def typed_link(url: str, label: str = "", hint: str = "") -> Link:
    """A typed, normalised link; the source's own hint (frab's attachment ``type``) wins.

    Without a hint the kind comes from
    :func:`confnotes.notebook.link_kinds.classify_link` (label, then URL), the same
    rules every importer uses, so arXiv ids and DOIs are normalised too.
    """
    for word in re.findall(r"[a-z]+", hint.lower()):
        kind = {"slide": "slides", "recording": "video", "website": "page"}.get(word, word)
        if kind in _HINT_KINDS:
            return Link(url=normalise_url(url), kind=kind, label=" ".join(label.split()))
    return classify_link(url, label)


def is_feedback_link(url: str, label: str = "") -> bool:
    """Feedback forms are not part of a talk worth keeping in a note."""
    return "feedback" in f"{url} {label}".lower()


def safe_url(url: object) -> str:
    """A http(s) or mailto URL as written, or "" for anything else (javascript:, data:...)."""
    text = str(url or "").strip()
    if len(text) > 4000 or any(c in text for c in "\n\r\t\0 "):
        return ""
    if re.match(r"^(https?://|mailto:)", text, re.IGNORECASE):
        return text
    return ""


def localized(value: object, prefer: str = "en") -> str:
    """Text of a possibly localized value: pretalx writes ``{"en": "...", "de": "..."}``."""
    if value is None:
        return ""
    if isinstance(value, dict):
        for key in (prefer, "en", "en-us", "en-gb"):
            text = value.get(key)
            if isinstance(text, str) and text.strip():
                return text.strip()
        for text in value.values():
            if isinstance(text, str) and text.strip():
                return text.strip()
        return ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip()
    return ""


# --- HTML to text --------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
_MARKUP_HINT = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&[a-zA-Z#][a-zA-Z0-9]*;")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS and tag not in ("br", "li"):
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(text: str | None) -> str:
    """Plain text of an abstract that may be HTML (FOSDEM) or plain/Markdown (pretalx)."""
    if not text:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    if not _MARKUP_HINT.search(text):
        return text.strip()
    if not re.search(r"<\s*/?\s*[a-zA-Z]", text):
        return html.unescape(text).strip()
    extractor = _TextExtractor()
    extractor.feed(text)
    extractor.close()
    joined = "".join(extractor.parts)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in joined.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def join_text(*parts: str) -> str:
    """Paragraphs joined by a blank line, skipping empty ones and exact repeats."""
    seen: list[str] = []
    for part in parts:
        part = (part or "").strip()
        if part and part not in seen:
            seen.append(part)
    return "\n\n".join(seen)


def clean_name(text: object) -> str:
    """A person's name as written, single-spaced, bounded."""
    return re.sub(r"\s+", " ", str(text or "")).strip()[:200]


def _honorific(token: str) -> bool:
    """``Prof.``, ``Dr``, and compounds of them (``Dr.-Ing.``, ``Dipl.-Ing.``)."""
    parts = [p for p in re.split(r"[.\-]+", token.lower()) if p]
    return bool(parts) and all(p in HONORIFICS for p in parts)


def person_name(text: object) -> str:
    """A speaker's name without leading titles ("Prof. Dr. Ada Lovelace" → "Ada Lovelace").

    Titles make ugly page names and are not part of who someone is; the name is kept
    whole when dropping them would leave a single word.
    """
    name = clean_name(text)
    tokens = name.split()
    while len(tokens) > 2 and _honorific(tokens[0]):
        tokens.pop(0)
    if len(tokens) > 2 and tokens[-1].strip(".,").lower() in ("phd", "md", "jr", "sr"):
        tokens[-2] = tokens[-2].rstrip(",")
        tokens.pop()
    return " ".join(tokens)


def series_of(name: str) -> str:
    """The conference series a programme's name shows (``"NeurIPS 2023"`` → ``NeurIPS``)."""
    return find_series(name)[0]


def add_break(
    programme: Programme,
    title: str,
    start: datetime | None,
    end: datetime | None,
    room: str = "",
    source_id: str = "",
) -> None:
    """Record a break (coffee, lunch) as a session of its own, not as a talk."""
    programme.sessions.append(
        ProgrammeSession(
            key=f"break-{len(programme.sessions) + 1}",
            title=title,
            kind="break",
            start=start,
            end=end,
            room=room,
            source_id=source_id,
        )
    )
