"""Jekyll (and Hugo-style) pages and posts: front matter plus Markdown with Liquid.

Two shapes share this format. A *page* (a workshop's home page) keeps its
name and description in the front matter and its people in Liquid tags such as
``{% include people.html name="…" affiliation="…" url="…" %}`` under headings
that say their role; the body is otherwise read like a Markdown page. A *post*
(a seminar event) is one talk whose facts are all front-matter keys: speaker,
affiliation, title, summary/abstract, start and end times, location. YAML
(``---``) and TOML (``+++``) front matter are both read; ``{% comment %}``
blocks and HTML comments are not data; HTML entities are decoded and HTML is
stripped from abstracts.
"""

from __future__ import annotations

import html
import re
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from confnotes.errors import ConfnotesError
from confnotes.importers import doctree
from confnotes.importers.entries import kind_of
from confnotes.importers.page import PageBuilder, kinds_of_a_lightning_event
from confnotes.importers.pagetree import PageReader, prose_text
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeTalk,
)
from confnotes.importers.structure import front_extra, loose_front
from confnotes.importers.textutil import (
    bad_input,
    city_timezone,
    clean_name,
    decode,
    parse_clock,
    parse_date,
    split_affiliations,
    strip_html,
)
from confnotes.model import Link
from confnotes.notebook.frontmatter import load_yaml
from confnotes.notebook.link_kinds import classify_link
from confnotes.notebook.slugs import make_slug

NAME = "jekyll"

_WIKILINK_RE = re.compile(r"\[\[([^\[\]|]{1,300})(?:\|([^\[\]]{1,300}))?\]\]")
"""An Obsidian link, ``[[Name]]`` or ``[[Page|Name]]``: the words a reader sees."""

_TALK_KEYS = (
    "seminar",
    "speaker",
    "speakers",
    "presenter",
    "authors",
    "event_start_time",
    "talk_title",
    "abstract",
    "time_start",
    "startTime",
)
_GENERIC_TITLES = {"home", "index", "about", "main", ""}


def split(text: str) -> tuple[str, str, str, int]:
    """(kind ``yaml``/``toml``/``""``, front matter, body, body's first line)."""
    for fence, kind in (("---", "yaml"), ("+++", "toml")):
        if text.startswith(fence + "\n") or text.startswith(fence + "\r\n"):
            end = re.search(rf"^{re.escape(fence)}\s*$", text[len(fence) + 1 :], re.M)
            if end is None:
                return kind, "", "", 0
            front = text[len(fence) + 1 : len(fence) + 1 + end.start()]
            body = text[len(fence) + 1 + end.end() :].lstrip("\n")
            first = text[: len(text) - len(body)].count("\n") + 1
            return kind, front, body, first
    return "", "", text, 1


def detect(data: bytes) -> float:
    """Front matter (``---`` YAML or ``+++`` TOML) and Jekyll/Liquid traits."""
    text = data[:200_000].decode("utf-8", errors="replace").lstrip("\ufeff")
    kind, front, _body, first = split(text)
    if not kind:
        return 0.3 if _includes(text) else 0.0
    if first == 0:
        return 0.4  # an unclosed front matter block: ours to report
    score = 0.7
    if re.search(r"^(title|permalink|date|speakers?)\s*[:=]", front, re.M):
        score = 0.9
    return score


def _includes(text: str) -> bool:
    """Liquid ``{% include … %}`` tags in the document tree."""
    return "{%" in text and any(
        n.kind == "record" and n.attrs.get("tag") == "include"
        for n in doctree.parse(text).root.walk()
    )


def _is_notes(body: str) -> bool:
    """List items or headings: a body that is notes, not an abstract."""
    return any(n.kind in ("list", "heading") for n in doctree.parse(body).root.walk())


def why_not(data: bytes) -> str:
    """Why this is not a Jekyll page."""
    return "no '---' or '+++' front matter at the top"


def _front(kind: str, front: str, source: str) -> dict[str, Any]:
    if kind == "toml":
        try:
            data: Any = tomllib.loads(front)
        except tomllib.TOMLDecodeError as exc:
            line = int(m.group(1)) + 1 if (m := re.search(r"line (\d+)", str(exc))) else 1
            raise bad_input(f"invalid TOML front matter: {exc}", source, line) from None
        except RecursionError:
            raise bad_input("TOML front matter nested too deeply", source, 2) from None
    else:
        try:
            data = load_yaml(front, None, first_line=2)
        except ConfnotesError as exc:
            data = loose_front(front)  # "title: DockerCon EU 2017: day one"
            if not data:
                raise bad_input(exc.message, source, exc.line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise bad_input("front matter must be a mapping of keys to values", source, 2)
    return data


def parse(data: bytes, source: str) -> Programme:
    """A programme from a Jekyll page (people, dates, schedule) or post (one talk).

    Raises:
        BadInputError: unclosed or invalid front matter, empty or binary input.
    """
    text = decode(data, source).lstrip("\ufeff")
    kind, front_text, body, first = split(text)
    if kind and first == 0:
        raise bad_input(f"front matter opened with '{text[:3]}' is never closed", source, 1)
    front = _front(kind, front_text, source) if kind else {}
    person_role = ""
    if (own := _front_person(front)) is not None:
        front, person_role = own
    if person_role:
        programme = _page(front, body, first, source)
        who = split_speakers(_text(front, "name"), single_ok=True)
        for person in who[:1]:
            person.affiliations = person.affiliations or _affiliations(front)
            person.url = person.url or _text(front, "website", "url", "homepage")
            programme.roles.append(ProgrammeRole(person, person_role))
        return programme
    front = _with_nested_talk_keys(front, body)
    if roster := front_roster(front, body):
        # the page's people, each with the talk the body's programme gives them
        return join_roster(_page(front, body, first, source), roster)
    if any(k in front for k in _TALK_KEYS) and not _text(front, "title", "talk_title", "talk"):
        # an Obsidian note: its title is the heading it opens with, else its file name
        opening = _OPENING_HEADING_RE.match(body)
        named = opening.group(1).strip(" #") if opening else ""
        front = {**front, "title": named or (Path(source).stem.replace("_", " ") if source else "")}
    if any(k in front for k in _TALK_KEYS) and _text(front, "title", "talk_title", "talk"):
        return _post(front, body, source)
    return _page(front, body, first, source)


ROSTER_LEAST = 2
"""People of a front matter's list of person records the body must name, at least, for
the list to be the page's roster rather than the speakers of one talk."""


def front_roster(front: dict[str, Any], body: str) -> list[ProgrammePerson]:
    """The front matter's ``speakers:`` list of person records (``name`` beside
    ``affiliation``, ``bio``, ``photo``, ``url``...), when the body names several of them:
    a site's page whose template shows each speaker's card above the programme written
    in its body (a table, sections, a list): their names on two short lines or more, a
    programme's rows, not an abstract's sentence. Those people are the page's roster, not
    the speakers of one talk the page is; the body's talks say who gives which. Empty
    otherwise (a seminar post whose abstract names its two speakers)."""
    raw = front.get("speakers")
    if not isinstance(raw, list) or len(raw) < ROSTER_LEAST:
        return []
    if not all(isinstance(x, dict) and str(x.get("name") or "").strip() for x in raw):
        return []
    people = _speakers({"speakers": raw})
    if len(_ROW_MARK_RE.findall(body)) < ROSTER_LEAST:
        return []  # no programme's rows: a post's abstract, bios, a line of thanks
    lines = [_folded(x) for x in body.split("\n")]
    short = [x for x in lines if 0 < len(x.split()) <= _PROGRAMME_LINE_WORDS]
    named = {
        n
        for p in people
        for n, line in enumerate(short)
        if _folded(p.name) in line and not _bio_sentence(line, _folded(p.name))
    }
    timed = len(_TIMED_LINE_RE.findall(body)) >= ROSTER_LEAST  # an agenda of timed rows
    return people if len(named) >= ROSTER_LEAST or (named and timed) else []


def _folded(text: str) -> str:
    """``text`` casefolded with its blanks made single: how a roster's name and a body's
    line are compared."""
    return " ".join(text.casefold().split())


_ROW_MARK_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d+[.)][ \t]|\||\d{1,2}[:.h]\d\d\b)", re.M
)
"""A line's mark of a programme's row: a heading, a list item, a table's row, a leading
time."""


def _bio_sentence(line: str, name: str) -> bool:
    """Whether the (casefolded) ``line`` is a sentence about the person ``name`` opens it
    with (``Ann Lowe is an associate professor at …``): a speaker's bio, no programme's
    row."""
    rest = line.lstrip("*_> ").removeprefix(name).split()
    return (
        line.lstrip("*_> ").startswith(name)
        and bool(rest)
        and rest[0].isalpha()
        and line.rstrip("*_ ").endswith((".", "!", "?"))
    )


def holds_programme(programme: Programme) -> bool:
    """Whether the body's reading ``programme`` gives talks enough (:data:`ROSTER_LEAST`)
    for a front matter's roster to be the page's people rather than the speakers of the
    one talk a post is (a seminar post whose body gives one talk or none: its abstract,
    then a bio line per speaker or a line of thanks naming them)."""
    return sum(t.kind != "other" for t in programme.talks) >= ROSTER_LEAST


_PROGRAMME_LINE_WORDS = 16
"""Words of a line, at most, that names a talk's speaker in a programme (a table's row, a
heading, a list item, a speaker's line); a longer line is prose, where an abstract
mentions its speakers."""


def join_roster(programme: Programme, roster: list[ProgrammePerson]) -> Programme:
    """``programme`` with each speaker the ``roster`` names by the same name given the
    roster's affiliations and link where the body gave none; a roster person who gives
    no talk of it stays a speaker of the event (a role). Changed in place, returned."""
    by_name = {_folded(p.name): p for p in roster}
    seen: set[str] = set()
    for talk in programme.talks:
        for person in talk.speakers:
            key = _folded(person.name)
            if (own := by_name.get(key)) is None:
                continue
            seen.add(key)
            person.affiliations = person.affiliations or list(own.affiliations)
            person.url = person.url or own.url
    listed = {_folded(r.person.name) for r in programme.roles}
    for key, person in by_name.items():
        if key not in seen and key not in listed:
            programme.roles.append(ProgrammeRole(person, "speaker"))
    return programme


def _with_nested_talk_keys(front: dict[str, Any], body: str) -> dict[str, Any]:
    """A front matter whose talk fields sit in one mapping of their own (``event: {speaker,
    location}``, Hugo's ``params:``, Zola's ``[extra]``) beside the page's ``title`` and
    ``date``: that mapping's fields read as the page's, the page's own keys first. Only
    when the top level has no talk field, a single mapping holds some, and the body holds
    no timed programme of its own (a recap post listing the evening's talks is read from
    its body). A post's ``authors`` (Hugo's ``params``) wrote it: never lifted as its
    speakers."""
    if any(k in front for k in _TALK_KEYS):
        return front
    nested = [
        v
        for v in front.values()
        if isinstance(v, dict) and any(k in v and v[k] not in (None, "") for k in _NESTED_KEYS)
    ]
    if len(nested) != 1 or len(_TIMED_LINE_RE.findall(body)) >= 2:
        return front
    lifted = {k: v for k, v in nested[0].items() if isinstance(k, str) and k != "authors"}
    return {**lifted, **front}


_NESTED_KEYS = tuple(k for k in _TALK_KEYS if k != "authors")
"""The talk fields that, in a nested mapping, make it the page's talk."""

_TIMED_LINE_RE = re.compile(
    r"^[ \t]*+(?:[-*+][ \t]++|\d{1,3}\.[ \t]++|\|[ \t]*+)?\**\d{1,2}[:.h]\d{2}\b", re.M
)
"""A list item or table row opening with a clock (``- 18:30 Title - Name``): one of the
body's timed programme."""


_PERSON_KEYS = frozenset(
    {"affiliation", "institution", "organization", "organisation", "company", "bio"}
    | {"biography", "photo", "image", "avatar", "website", "homepage", "role", "position"}
)
"""Front-matter keys of a page that is one person's (a speaker's or an organiser's)."""

_MISSING_RE = re.compile(r"^\W*(?:n\W?a|null|none|nan|nil|tb[ad]|na\W+character)\W*$", re.I)
"""A value standing for no value (``NA``, ``null``, R's ``.na.character``, ``TBA``)."""


def _affiliations(front: dict[str, Any]) -> list[str]:
    text = _text(front, "affiliation", "institution", "organization", "organisation", "company")
    return [] if not text or _MISSING_RE.match(text) else split_affiliations(text)


def _front_person(front: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
    """A page whose front matter is one person: ``name`` holds someone by the one person
    test beside a person's own fields (affiliation, photo, website, bio, role). Reads the
    convention of speaker and organiser collections (Jekyll's ``_speakers/``,
    ``_organizers/``, a programme repository's ``speakers/NAME.md``): when a key names
    the person's talk (``talk``, ``talk_title``, ``talk_id``, an abstract) or their role
    says they speak, the person is the speaker of the page's talk (its title in the
    talk key, else the body's opening heading); a role that names no talk (``Program
    Chair``) makes them a person of the event in that role. (front with the speaker in
    it, "") for a talk; (front, role) for a person with no talk; None otherwise."""
    from confnotes.importers.persons import is_person_name
    from confnotes.importers.records import group_role

    name = " ".join(_text(front, "name").split())
    keys = {str(k).casefold() for k in front}
    if not name or not keys & _PERSON_KEYS or not is_person_name(name):
        return None
    if any(k in front for k in ("speaker", "speakers", "presenter", "authors")):
        return None
    role_text = _text(front, "role", "position")
    role = group_role(role_text) if role_text else ""
    talk_keys = any("talk" in k.replace("-", "_").split("_") for k in keys) or "abstract" in keys
    if talk_keys or role in ("speaker", "keynote"):
        speaker = {"name": name, "affiliation": ", ".join(_affiliations(front))}
        speaker["url"] = _text(front, "website", "url", "homepage")
        extra: dict[str, Any] = {"speakers": [speaker]}
        if role == "keynote" and not _text(front, "type", "kind"):
            extra["type"] = "keynote"
        return {**front, **extra}, ""
    if role:
        return front, role
    return None


_OPENING_HEADING_RE = re.compile(r"\A(?:[ \t]*+\n)*+[ \t]{0,3}#[ \t]++([^\n]{1,300})")
"""A body's first line with words, when it is a level-1 Markdown heading."""


def _text(front: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = front.get(key)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return html.unescape(str(value)).strip()
    return ""


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, second=0, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*+(\d{4}-\d\d-\d\d)(?:[T ](\d{1,2}):(\d\d))?", value)
    if m:
        try:
            iso = date.fromisoformat(m.group(1))
            if m.group(2):
                return datetime(iso.year, iso.month, iso.day, int(m.group(2)), int(m.group(3)))
            return datetime(iso.year, iso.month, iso.day)
        except ValueError:  # 2023-02-31, 25:61: no time rather than a crash
            return None
    day = parse_date(value)
    clock = parse_clock(value)
    if day:
        return (
            datetime.combine(day, clock.start) if clock else datetime(day.year, day.month, day.day)
        )
    return None


def _series_from_layout(layout: str) -> str:
    words = [w for w in re.split(r"[_\-\s]+", layout) if w]
    words = [w for w in words if w.lower() not in ("event", "events", "post", "page", "default")]
    out = []
    for word in words:
        if len(word) <= 4 and not re.search(r"[aeiou]", word[1:], re.I):
            out.append(word.upper())
        else:
            out.append(word.capitalize())
    return " ".join(out)


def _speakers(front: dict[str, Any]) -> list[ProgrammePerson]:
    raw = (
        front.get("speakers")
        or front.get("speaker")
        or front.get("presenter")
        or front.get("authors")
        or []
    )
    items = raw if isinstance(raw, list) else [raw]
    if not raw and _text(front, "seminar", "talk", "talk_title"):
        # the speaker in ``title``, the talk in ``seminar``: "Anouk Jansen (Leiden)"
        who = split_speakers(_text(front, "title"), single_ok=True)
        if len(who) == 1:
            return who
    shared_aff = _text(front, "affiliation", "speaker_affiliation", "institution")
    people = []
    for item in items:
        if isinstance(item, dict):
            name = html.unescape(str(item.get("name") or "")).strip()
            affs = item.get("affiliation") or item.get("affiliations") or []
            affs = affs if isinstance(affs, list) else split_affiliations(str(affs))
            url = str(item.get("url") or item.get("website") or "")
        else:
            text = html.unescape(str(item or "")).strip()
            text = _WIKILINK_RE.sub(lambda m: m.group(2) or m.group(1), text)  # "[[Name]]"
            # "Name, Affiliation", "A and B", "Name (Affiliation)": the shared reader
            found = split_speakers(text, single_ok=True)
            if len(found) > 1 or (found and found[0].affiliations):
                for person in found:
                    if shared_aff and not person.affiliations and len(found) == 1:
                        person.affiliations = split_affiliations(shared_aff)
                    person.url = person.url or _text(front, "speaker_url", "speaker_website")
                people.extend(found)
                continue
            name = text
            affs = split_affiliations(shared_aff) if shared_aff and len(items) == 1 else []
            url = _text(front, "speaker_url", "speaker_website")
        if name:
            people.append(ProgrammePerson(name=clean_name(name), affiliations=affs, url=url))
    return people


def _title(front: dict[str, Any], speakers: list[ProgrammePerson]) -> tuple[str, str]:
    """(talk title, kind word of its prefix): a "title" that is the speaker's name is not
    the talk's title (``talk``/``seminar`` is); ``Seminar: X`` is X."""
    names = {_folded(p.name) for p in speakers}
    for key in ("talk_title", "talk", "title", "seminar"):
        value = _text(front, key)
        said = {_folded(p.name) for p in split_speakers(value, True)}
        if value and said & names:
            continue  # "Anouk Jansen (Leiden University)": the speaker, not the talk
        if value and _folded(clean_name(value)) not in names:
            if m := _TITLE_PREFIX_RE.match(value):
                return m.group("rest").strip(), m.group("kind")
            return value, ""
    return _text(front, "title"), ""


_TITLE_PREFIX_RE = re.compile(
    r"^(?P<kind>(?:joint\s+|special\s+|invited\s+)?(?:seminar|colloquium|talk|lecture|"
    r"keynote))\s*[:\-–—]\s+(?P<rest>\S.*)$",
    re.I,
)


_READ_KEYS = frozenset(
    {"abstract", "affiliation", "authors", "category", "chair", "conference", "date"}
    | {"description", "end", "endTime", "end_time", "event", "event_date", "event_end_time"}
    | {"event_series", "event_start_time", "event_type", "home_title", "host", "hosted_by"}
    | {"icalendar", "institution", "join_link", "kind", "links", "location", "old_url"}
    | {"permalink", "presenter", "room", "seminar", "series", "site_title", "speaker"}
    | {"speaker_affiliation", "speaker_url", "speaker_website", "speakers", "start"}
    | {"startTime", "start_time", "subtitle", "summary", "tags", "talk", "talk_title"}
    | {"timezone", "title", "type", "uid", "venue", "time", "time_start", "time_end"}
)
"""Front-matter keys this reader takes in; the others go on in the note (``layout``,
``draft``, ``aliases``...)."""


def _start_end(front: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    """Start and end from the fields sites use; a publish ``date`` gives the day only
    when a start field exists (it is not the talk's time)."""
    start = _when(
        front.get("event_start_time")
        or front.get("start_time")
        or front.get("startTime")
        or front.get("start")
    )
    end = _when(front.get("event_end_time") or front.get("end_time") or front.get("endTime"))
    end = end or _when(front.get("end"))
    day = _event_day(front) or _when(front.get("date"))
    clock_keys = [("time_start", True), ("time", True), ("time_end", False)]
    if start is None:  # "startTime: 11:30" beside "date: 2024-11-05"
        clock_keys += [(k, True) for k in ("start_time", "startTime", "event_start_time")]
    if end is None:
        clock_keys += [(k, False) for k in ("end_time", "endTime", "event_end_time")]
    for key, is_start in clock_keys:
        raw = front.get(key)
        clock = parse_clock(str(raw)) if raw is not None and not isinstance(raw, int) else None
        if isinstance(raw, int):  # YAML reads 15:00 as 900 (sexagesimal minutes)
            clock = parse_clock(f"{raw // 60}:{raw % 60:02d}") if 0 <= raw < 1440 else None
        if clock is not None and (day or start):
            base = (start or day).date()  # type: ignore[union-attr]
            when = datetime.combine(base, clock.start)
            if is_start:
                start = when
            else:
                end = when
    return start or day, end


def _post(front: dict[str, Any], body: str, source: str) -> Programme:
    """A seminar or talk post: the front matter is one talk."""
    speakers = _speakers(front)
    title, prefix = _title(front, speakers)
    start, end = _start_end(front)
    location = _text(front, "location", "venue")
    room = _text(front, "room")
    links = []
    join = _text(front, "join_link")
    if join and not join.startswith(("http://", "https://")):
        room = room or join
    elif join:
        links.append(classify_link(join, "join"))
    for key, label in (
        ("slides", "slides"),
        ("video", "video"),
        ("recording", "video"),
        ("paper", "paper"),
        ("poster", "poster"),
        ("code", "code"),
        ("old_url", "event page"),
        ("url", "event page"),
        ("link", "event page"),
    ):
        value = _text(front, key)
        if value.startswith(("http://", "https://")):
            links.append(classify_link(value, label))
    if location.startswith(("http://", "https://")):
        links.append(classify_link(location, "join"))
        location = ""
    links.extend(_listed_links(front.get("links")))
    abstract_raw = _text(front, "abstract", "summary", "description")
    # the body is the user's text: it is the note's body as written, whatever else it is
    notes = body.strip("\n")
    if abstract_raw or _is_notes(body):
        abstract = strip_html(abstract_raw) if abstract_raw else ""
    else:
        abstract = strip_html(body.strip())
    # "conference:" in a person's note of one talk names the event, as "event:" does
    series = _text(front, "series", "event", "conference", "event_series") or _series_from_layout(
        _text(front, "layout")
    )
    if not series and _text(front, "seminar") and _text(front, "seminar") != title:
        series = _text(front, "seminar")
    source_id = _text(front, "old_url", "permalink", "icalendar", "uid") or make_slug(
        f"{title} {start:%Y-%m-%d}" if start else title
    )
    talk = ProgrammeTalk(
        title=" ".join(title.split()),
        kind=_kind(front) if not prefix.lower().startswith("keynote") else "keynote",
        start=start if start and (start.hour or start.minute) else None,
        end=end if start and end and end > start else None,
        room=room or location,
        speakers=speakers,
        links=links,
        tags=[str(t) for t in front.get("tags") or [] if isinstance(t, (str, int))],
        abstract=abstract,
        body=notes + "\n" if notes else "",
        source_id=source_id,
        day=start.date() if start else None,
        extra=front_extra(front, _READ_KEYS),
    )
    name = series or "Seminar"
    day = start.date() if start else None
    return Programme(
        name=name,
        name_from="" if series else "file name",
        format=NAME,
        series=series,
        start=day,
        end=day,
        timezone=_text(front, "timezone") or city_timezone(location) or None,
        location=location,
        talks=[talk],
        roles=[
            ProgrammeRole(person, "chair")
            for person in split_speakers(_text(front, "host", "hosted_by", "chair"), True)
        ],
    )


def _listed_links(value: Any) -> list[Link]:
    """``links:`` as a list of ``{label, url}`` pairs (or of URLs)."""
    out: list[Link] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict):
            url = str(item.get("url") or item.get("href") or item.get("link") or "")
            label = str(item.get("label") or item.get("name") or item.get("title") or "")
        else:
            url, label = str(item), ""
        if url.startswith(("http://", "https://")):
            out.append(classify_link(url, label))
    return out


def _kind(front: dict[str, Any]) -> str:
    kind = kind_of(_text(front, "type", "kind", "category", "event_type"))
    return kind if kind != "other" else "talk"


def _event_day(front: dict[str, Any]) -> datetime | None:
    """The event's own day, from a field naming it (``event_date``) or its start
    (``start: 2019-11-03 09:00`` of a Hexo or Jekyll event post), or the date of an
    event record nested in the front matter (``event: {date: "2023-04-05 19:00"}``):
    beside a posting ``date``, the day the page is about."""
    keys = ("event_date", "event_start_time", "start_time", "startTime", "start")
    for key in keys:
        if (when := _when(front.get(key))) is not None:
            return when
    event = front.get("event")
    if not isinstance(event, dict):
        return None
    for key in ("date", *keys):
        if (when := _when(event.get(key))) is not None:
            return when
    return None


def _page(front: dict[str, Any], body: str, first_line: int, source: str) -> Programme:
    """A Jekyll page: Markdown body with Liquid people tags, names from the front matter."""
    b = PageBuilder(NAME, source)
    b.clock_from(body)
    title = _text(front, "home_title", "conference", "event", "title")
    if title.lower() in _GENERIC_TITLES:
        title = _text(front, "home_title", "site_title", "description")
    b.programme.name = title
    b.programme.description = _text(front, "description", "subtitle")
    if b.programme.description == title:
        b.programme.description = ""
    b.programme.location = _text(front, "location", "venue")
    b.programme.timezone = _text(front, "timezone") or None
    if event := _event_day(front):
        b.set_day(event.date())
    elif day := _when(front.get("date")):
        b.set_day(day.date())
        b.publish_day = True  # a post's date: when it was written
    b.note_series(title)
    doc = doctree.parse(body)
    PageReader(b, first_line).read(doc)
    programme = b.finish(prose_text(doc))
    if title:
        # its front matter names the event; its headings may sort its talks by kind
        headings = [n.text for n in doc.root.walk() if n.kind == "heading"]
        kinds_of_a_lightning_event(programme, headings)
    return programme
