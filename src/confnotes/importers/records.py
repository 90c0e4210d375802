"""Talk records found by content in programme data (JSON, YAML, CSV) of any shape.

Sessionize's endpoints, Indico's exports, pretalx's API, call-for-papers tools and
home-made files all hold the same things (talks with a title, a time and people; tables
of speakers, rooms and tracks by id) under different keys and nestings. This walker
finds them by what the fields hold (:mod:`confnotes.importers.fields`): a record with a
title and a time or people is a talk, at any depth; a record that holds talks is a
session (or, alone at the top, the event); lists of records with ids are tables that
other records point into, across every file given together. Dates and rooms of the
enclosing records (a day's ``date``, a grid's room, a day key such as ``20240910``)
are the context of the talks inside them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from confnotes.importers.fields import key_words, names_role_alone, roles_of
from confnotes.importers.schedule_util import MAX_DEPTH, parse_iso_date, talk_kind

_DAY_KEY_RE = re.compile(r"^(?:19|20)\d\d-?[01]\d-?[0-3]\d$")


@dataclass(frozen=True)
class Context:
    """What enclosing records say about the talks inside them."""

    day: date | None = None
    room: str = ""
    session: str = ""
    start: Any = None
    """The start of an enclosing slot that holds talks without times of their own
    (``{start: "10:15", meetings: [{title, speaker}]}``)."""
    end: Any = None
    kind: str = ""
    """The kind a list's key names for every record in it (``keynotes:``, ``workshops:``),
    the key's word as written; a record's own kind field says more."""
    day_label: str = ""
    """A day an enclosing record or key names in words, no date (``day: Monday``,
    ``tuesday:``): two lists of talks under two of them are two days' talks."""


class Tables:
    """Records with ids, by id. Files number their lists apart (Sessionize numbers its
    sessions and its rooms 1, 2, 3…), so an id two lists use is told apart by the key
    that points at it: ``roomId`` looks in ``rooms``, ``speakers`` in ``speakers``."""

    def __init__(self) -> None:
        self._by_id: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        self._group: dict[int, str] = {}
        """Record (by ``id()``) → the list it came from (file and key)."""

    def add(self, ident: str, table: str, record: dict[str, Any], group: str = "") -> None:
        held = self._by_id.setdefault(ident, [])
        if all(r is not record for _t, r in held):
            held.append((_list_stem(table), record))
            self._group[id(record)] = group or table

    def __contains__(self, ident: object) -> bool:
        return ident in self._by_id

    def __bool__(self) -> bool:
        return bool(self._by_id)

    def __getitem__(self, ident: str) -> dict[str, Any]:
        return self._by_id[ident][0][1]

    def records(self) -> Iterator[dict[str, Any]]:
        """Every record of every table, once."""
        seen: set[int] = set()
        for held in self._by_id.values():
            for _table, record in held:
                if id(record) not in seen:
                    seen.add(id(record))
                    yield record

    def widen_people(self, people: set[int]) -> None:
        """A list that speaker fields point into, or that a file or key names as
        speakers, holds people: all its records are (the unscheduled ones too)."""
        by_list: dict[str, list[dict[str, Any]]] = {}
        for record in self.records():
            by_list.setdefault(self._group.get(id(record), ""), []).append(record)
        for group, records in by_list.items():
            named = "speaker" in roles_of(group.rpartition(":")[2]) and not _mostly_talks(records)
            if named or any(id(r) in people for r in records):
                people.update(id(r) for r in records)

    def same_list(self, one: dict[str, Any], other: dict[str, Any]) -> bool:
        """Whether two records are items of one list: a talk's ``speakers: [5]`` points
        into another list than its own (talk 5 beside it is no speaker of it)."""
        group = self._group.get(id(one))
        return group is not None and group == self._group.get(id(other))

    def get(
        self, ident: str, ref: str = "", asker: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """The record ``ident`` names; when lists share the id, the one whose list the
        key ``ref`` names (else the first list's, as files given first come first).
        ``asker``: the record that points; an id its own list also holds (a timetable's
        ``session: tobiah`` column read as that list's key) names a record of another."""
        held = self._by_id.get(ident)
        if held and asker is not None and len(held) > 1:
            group = self._group.get(id(asker))
            held = [(t, r) for t, r in held if self._group.get(id(r)) != group] or held
        if not held:
            return None
        stem = _list_stem(ref) if ref and len(held) > 1 else ""
        if len(stem) >= 3:
            for table, record in held:
                if _stems_meet(table, stem):
                    return record
        return held[0][1]

    def key_names_list_of(self, ref: str, record: dict[str, Any]) -> bool:
        """Whether the key ``ref`` names the list ``record`` is held in (``session: 5``
        into ``sessions``, ``paperId`` into ``papers``)."""
        stem = _list_stem(ref)
        return len(stem) >= 3 and any(
            r is record and _stems_meet(table, stem)
            for held in self._by_id.values()
            for table, r in held
        )


def _stems_meet(table: str, stem: str) -> bool:
    """A list's stem and a key's stem name one list (``session`` and ``sessionIds``)."""
    return len(table) >= 3 and (
        table.startswith(stem) or stem.startswith(table) or stem.endswith(table)
    )


def _mostly_talks(records: list[dict[str, Any]]) -> bool:
    """Whether a list is a timetable: titled records with times among its records (a
    workshop's programme kept as ``speakers.json``, its talks untimed between timed
    breaks). What the records hold says what the list is, more than its file's name; a
    speakers list has no times."""
    timed = sum(1 for r in records if title_of(r) and _timed(r))
    return timed >= 2 and timed * 4 >= len(records)


def _list_stem(key: str) -> str:
    """``roomId``, ``room_ids``, ``rooms`` → ``room``; ``categories`` → ``category``."""
    stem = re.sub(r"[^a-z]", "", key.casefold())
    for end in ("ids", "id"):
        if stem.endswith(end) and len(stem) > len(end):
            stem = stem[: -len(end)]
            break
    if stem.endswith("ies"):
        return stem[:-3] + "y"
    return stem[:-1] if stem.endswith("s") else stem


@dataclass
class Found:
    """Everything one walk found: talk records with their context, containers (sessions,
    the event) and the id tables."""

    talks: list[tuple[dict[str, Any], Context]] = field(default_factory=list)
    sessions: list[tuple[dict[str, Any], Context]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    tables: Tables = field(default_factory=lambda: Tables())
    """Record id → record (speakers, rooms, tracks, category items...)."""
    stubs: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    """(talk stub, person record): Sessionize's speakers list names their sessions."""
    people: set[int] = field(default_factory=set)
    """Records (by ``id()``) that a speaker field points at: people, whatever else they
    hold (hoverboard's speakers have a job ``title``, like a call-for-papers row)."""
    listed_people: list[dict[str, Any]] = field(default_factory=list)
    """Records of a list that its file or key names as speakers, without ids: the event's
    people (a speakers file of name, job and organisation)."""
    role_listed: set[int] = field(default_factory=set)
    """People records found only as members of a people list (no speaker field or file
    name vouches for them): their names must pass the person test on their own."""
    people_roles: dict[int, str] = field(default_factory=dict)
    """The role of a listed person (by the record's ``id()``) that the list's key, its
    group's role field or the record's own position names (``organizer`` for a
    committee's members, ``keynote`` for a keynotes file)."""
    holders: set[int] = field(default_factory=set)
    """Records (by ``id()``) that talk records point at as what holds them (a talk's
    ``panel_id``, ``session_id``, ``block_id``): sessions, not talks, whatever they hold."""
    placed: set[int] = field(default_factory=set)
    """Talk records (by ``id()``) that a slot elsewhere points at: the slot, joined with
    the record, is the talk; the record alone is not another one."""
    pointer_keys: set[str] = field(default_factory=set)
    """Keys whose values, in some slot, are the id of a talk record of another list
    (``talk: stian`` where a talks file holds ``stian``): in a slot whose value there
    no file explains (``talk: hallvard``), that value is a dangling id, no title."""
    chaired_heads: set[int] = field(default_factory=set)
    """Rows heading a block of talks (by ``id()``) whose people column names the block's
    chair, not a speaker (see :func:`_chaired_head`)."""
    room_keys: set[str] = field(default_factory=set)
    """Keys that name rooms in a time slot (``{time, munich: {…}, partenkirchen: {…}}``):
    the same key alone in another slot is that room too."""
    documents: list[Any] = field(default_factory=list)
    """The documents as this walk read them: the ones given, or copies of them in which
    the fields no key names are named (:func:`_named_fields`). The given documents are
    never changed: a cached document is walked again (detection, joining, parsing) and
    reads the same each time."""


def values(record: dict[str, Any], role: str) -> Iterator[tuple[str, Any]]:
    """The non-empty fields of ``record`` whose key may name ``role`` (a cell of spaces,
    as forms and templates leave them, is empty too)."""
    for key in _keys_by_role(tuple(record)).get(role, ()):
        value = record[key]
        if isinstance(value, str) and not value.strip():
            continue
        if value not in (None, [], {}) and not is_flag(value):
            yield str(key), value  # "presenter: true" flags an author; it names no one


def is_flag(value: Any) -> bool:
    """A yes/no value, typed or written as a string (``"speaker": "true"``, ``"yes"`` in
    files whose writer quoted every value): it says something of the record and names no
    one."""
    return isinstance(value, bool) or (
        isinstance(value, str) and value.strip().casefold() in ("true", "false", "yes", "no")
    )


@lru_cache(maxsize=1024)
def _keys_by_role(keys: tuple[Any, ...]) -> dict[str, tuple[Any, ...]]:
    """Role → the keys that may name it, for one set of keys (records of one file share
    theirs, so this is worked out once per kind of record)."""
    out: dict[str, list[Any]] = {}
    for key in keys:
        for role in roles_of(str(key)):
            out.setdefault(role, []).append(key)
    return {  # "title" before "panel_title", "titleEn" before "titleZh"
        role: tuple(k for _rank, _n, k in sorted(_ranked(found, role)))
        for role, found in out.items()
    }


def _ranked(keys: list[Any], role: str) -> list[tuple[int, int, Any]]:
    return [(_key_rank(str(k), role, keys), n, k) for n, k in enumerate(keys)]


def _key_rank(key: str, role: str, keys: list[Any]) -> int:
    """0 for the role's word alone (``title``), 1 for a key that qualifies it, 2 for one
    written in another language than English beside it (``titleZh`` by ``titleEn``):
    the importer reads English where a file gives a choice."""
    if names_role_alone(key, role):
        return 0
    return 2 if in_other_language(key, keys) else 1


def in_other_language(key: str, record: Iterable[Any]) -> bool:
    """``titleZh`` beside ``titleEn`` or ``title``: a translation (:func:`translation_of`)
    into another language than English, the one read where a file gives a choice."""
    return translation_of(key, record) and key_words(key)[-1] != "en"


def translation_of(key: str, record: Iterable[Any]) -> bool:
    """``speaker_ja`` beside ``speaker``, ``titleZh`` beside ``title`` or ``titleEn``: a key
    that is another key of the record (``record``: its keys) with a two-letter language
    code after it holds the same field written in that language."""
    words = key_words(key)
    if len(words) < 2 or len(words[-1]) != 2 or not words[-1].isalpha():
        return False
    if words[-1] == "id":
        return False  # "title_id": the title's id, never Indonesian
    base = "".join(words[:-1])
    return any("".join(key_words(str(k))) in (base, base + "en") for k in record if k != key)


def first(record: dict[str, Any], role: str, kinds: tuple[type, ...] = (str,)) -> Any:
    """The first non-empty value of ``role`` whose type is one of ``kinds``."""
    for _key, value in values(record, role):
        if isinstance(value, kinds) and not isinstance(value, bool):
            return value
    return None


def own_id(record: dict[str, Any]) -> str | int | None:
    """The record's own id: an id field, never one that points at a record of another
    role (``speakerId`` in a talk names its speaker; ``author_id`` in an author's record
    and ``paper_id`` in a paper's are their own)."""
    person = None
    for key, value in values(record, "id"):
        pointer = roles_of(key) - {"id", "ref"} if "ref" in roles_of(key) else frozenset()
        if pointer and pointer <= {"speaker", "chair"}:
            if person is None:
                person = is_person_record(record)
            if not person:
                continue  # a talk's speakerId; an author's own author_id stays
        elif pointer:
            continue
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return value
    return None


def text_of(value: Any) -> str:
    """A string, or a dict of translations (``{"en": ..., "de": ...}``) as one string."""
    if isinstance(value, dict):
        for lang in ("en", "name", "title"):
            if isinstance(value.get(lang), str):
                return str(value[lang])
        strings = [v for v in value.values() if isinstance(v, str)]
        return strings[0] if len(strings) == 1 or _is_translations(value) else ""
    return (
        str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""
    )


def _is_translations(value: dict[str, Any]) -> bool:
    return bool(value) and all(
        isinstance(k, str) and re.fullmatch(r"[a-z]{2}(?:[-_][A-Za-z]{2,4})?", k) for k in value
    )


def title_of(record: dict[str, Any]) -> str:
    """The record's title: a title-like field, else its name when nothing names a person.
    A title written as a list of lines (``title: [iNDIEVOX 的轉變, How we scaled it]``: the
    title, then its translation or subtitle) is its first line."""
    for _key, value in values(record, "title"):
        if (
            isinstance(value, list)
            and 1 <= len(value) <= 3
            and all(isinstance(v, str) for v in value)
        ):
            value = next((v for v in value if v.strip()), "")
        if text := text_of(value).strip():
            return text
    if is_person_record(record):
        return ""
    for _key, value in values(record, "name"):
        if text := text_of(value).strip():
            return text
    return ""


def _word_slug(text: str) -> bool:
    """``sonia_guimaraes``: words joined by underscores, no digits (an item's slug); told
    with ``str`` tests, linear on any input."""
    parts = text.split("_")
    return len(parts) >= 2 and all(p.isalpha() for p in parts)


def _named_fields(documents: list[Any], year: int | None = None) -> list[Any]:
    """``documents`` as the walk reads them: when records' keys do not say what they
    hold (:func:`_field_names`), copies in which those fields are named; else the
    documents themselves (nothing is copied)."""
    edits = _field_names(documents) + _slot_grid(documents) + _dotted_clocks(documents)
    if year is not None:
        edits += _yearless_days(documents, year)
    if not edits:
        return documents
    memo: dict[int, Any] = {}
    copies = [_copy(document, memo, 0) for document in documents]
    for record, key, value in edits:
        copy = memo.get(id(record))
        if copy is None:
            continue  # deeper than any walk reads (not reached)
        if value is _DELETE:
            copy.pop(key, None)
        else:
            copy[key] = value
    return copies


_DELETE = object()
"""An edit that removes the key (``title: Ana Ruiz`` read as the talk's people)."""


def _copy(node: Any, memo: dict[int, Any], depth: int) -> Any:
    """A copy of the lists and records of ``node`` down to the depth a walk reads (the
    same object reached twice, as YAML's anchors do, stays one); values are shared."""
    if depth > MAX_DEPTH + 1 or not isinstance(node, (dict, list)):
        return node
    if id(node) in memo:
        return memo[id(node)]
    if isinstance(node, list):
        out: Any = []
        memo[id(node)] = out
        out.extend(_copy(v, memo, depth + 1) for v in node)
        return out
    out = {}
    memo[id(node)] = out
    for key, value in node.items():
        out[key] = _copy(value, memo, depth + 1)
    return out


def _field_names(documents: list[Any]) -> list[tuple[dict[str, Any], str, Any]]:
    """Name the fields of records whose keys do not say what they hold, by content, decided
    across sibling records (reached by the same keys) that are timed or sit in a timed
    record.

    The title, when no key names one: the field whose values name items (a few words:
    not sentences, times, links or numbers) and differ from record to record, the longest
    of such fields (``{"time": "9:00", "session": "Registration", "context": "…"}``, an
    event's ``display`` under a time slot, a day's ``evento: abertura``); a record alone
    needs that field to be its only one. The people, when no key names
    them: the field whose values are people's names in nearly every record (``who: Ana
    Ruiz``); when that field is the one named ``title`` (``title: Ana Ruiz`` beside
    ``subtitle: Faster Logs``), the title is then found among the others. Written into
    the reading as edits (record, key, value or :data:`_DELETE`), in order: ``title``
    and ``speakers`` as a reader would see them, days as ISO days."""
    from confnotes.importers.dash_signed import dash_signed_fields
    from confnotes.importers.linked_days import linked_days
    from confnotes.importers.with_signed import with_signed_titles

    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    _shapes(documents, False, groups, 0, False, ())
    every = _all_records(documents, 0, [])
    edits = _dated_values(every) + _packed_values(every) + _kind_values(every)
    for siblings in _sibling_lists(documents, 0):
        edits += (
            _labels_in_title_column(siblings) or _job_titles(siblings) or _label_names(siblings)
        )
        edits += _moments_by_value(siblings)
        edits += dash_signed_fields(siblings)
        edits += linked_days(siblings)  # "url: /sessions/2019/11/12/…"
        edits += with_signed_titles(siblings)  # untimed lists too ("workshops:")
        edits += _byline_items(siblings)  # {title, start, events: [{title: "Ana Ruiz: Org"}]}
    for records in groups.values():
        keys = frozenset(k for r in records for k in r)
        roles = _keys_by_role(tuple(sorted(keys)))
        if "speaker" not in roles and (paired := _paired_columns(keys, records)):
            edits += paired
            continue
        edits += _blank_titles(keys, roles, records)
        people = None
        if "speaker" not in roles and len(records) >= 2:
            people = _people_key(keys, records)
            if people is None:
                edits += with_signed_titles(records)  # "Title with Ana Ruiz"
        swapped = people is not None and people in roles.get("title", ())
        untitled = [r for r in records if not _titled(r) and not names_own_person(r)]
        key = None
        if swapped:
            key = _title_key(keys - {people}, records, swapped=True)
        elif untitled:  # the people's field is theirs, never the title
            said = [r for r in untitled if not _only_when_and_which(r)] or untitled
            key = _title_key(frozenset(k for r in said for k in r) - {people}, said)
            edits += _titled_by_code(records, key)
        moved = []
        if people is not None:
            for record in records:
                value = record.get(people)
                if isinstance(value, str) and (_a_name(value) or _named_by_column(value)):
                    edits.append((record, "speakers", _bracketed_org(value)))
                    if swapped and key is not None and isinstance(record.get(key), str):
                        # "title: Ana Ruiz": the talk's title is elsewhere
                        edits.append((record, people, _DELETE))
                        moved.append(record)
                elif isinstance(value, str) and not swapped:
                    edits += _swapped_row(record, value, roles.get("title", ()))
        if key is None:
            continue
        for record in moved if swapped else untitled:
            value = record.get(key)
            if isinstance(value, str) and value.strip():
                edits.append((record, "title", " ".join(value.split())))
    return edits + _two_line_values(every)


def _byline_items(slots: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Time slots with a title of their own that each hold one item saying who gives the
    slot, not what it is: the slot is the talk, the item its byline (edits giving the slot
    the item's people and dropping the list). A conference template nests a session's
    talks as ``events: [{title, speakers}]`` under a titled slot; sites that give one talk
    a slot write its title on the slot and fill the one event with who speaks instead:
    ``title: "Ana Ruiz: Nordlys Labs, Norway"``, or the lab as the title beside the
    person (``title: LMAC``, ``speakers: Bo Li``). Decided across the slots, never by one:
    at least two of the one-item slots, and most of them, hold a byline (a full name
    before a colon or comma, people with their organisation, or a label that several
    slots' items repeat beside a person); a session of one talk (``Keynote Session`` over
    ``{title: "Autonomy beyond the cockpit", speakers: …}``) stays a session."""
    from confnotes.importers.persons import is_placeholder, split_speakers

    held: list[tuple[dict[str, Any], str, dict[str, Any]]] = []
    for slot in slots:
        lists = [(k, v) for k, v in slot.items() if isinstance(v, list) and v]
        if (
            len(lists) != 1
            or roles_of(str(lists[0][0])) & _PEOPLE_ROLES
            or not title_of(slot)
            or not any(True for _ in values(slot, "start"))
            or any(True for _ in values(slot, "speaker"))
        ):
            continue
        key, items = lists[0]
        item = items[0]
        if len(items) == 1 and isinstance(item, dict) and not time_like(item) and title_of(item):
            held.append((slot, str(key), item))
    said = Counter(title_of(item).casefold() for _s, _k, item in held)
    readings: list[tuple[dict[str, Any], str, list[dict[str, str]], dict[str, Any]]] = []
    labelled: list[tuple[dict[str, Any], str, list[dict[str, str]], dict[str, Any]]] = []
    for slot, key, item in held:
        title = " ".join(title_of(item).split())
        if (people := _byline_people(title)) is not None:
            readings.append((slot, key, people, item))
        elif len(title.split()) <= 4 and ":" not in title:
            named = [text_of(v).strip() for _k, v in values(item, "speaker")]
            named = [n for n in named if n and len(n) <= 120 and not is_placeholder(n)]
            if named and all(split_speakers(n, single_ok=True) for n in named):
                # the person beside the lab as the title: ``{title: LMAC, speakers: Bo Li}``
                found = [{"name": n, "affiliation": title} for n in named]
                (readings if said[title.casefold()] >= 2 else labelled).append(
                    (slot, key, found, item)
                )
    if len(readings) < 2 or len(readings) * 2 <= len(held):
        return []
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for slot, key, people, item in readings + labelled:
        edits += [(slot, "speakers", people), (slot, key, _DELETE)]
        prose = [
            text_of(v).strip()
            for k, v in item.items()
            if not roles_of(str(k)) & {"title", "id"} and len(text_of(v).split()) >= 12
        ]
        if prose and not any(True for _ in values(slot, "description")):
            edits.append((slot, "description", prose[0]))  # the abstract, under any key
    return edits


def _byline_people(text: str) -> list[dict[str, str]] | None:
    """A byline's people, each with its organisation: ``Ana Ruiz: Nordlys Labs``,
    ``Ana Ruiz (Ana): Nordlys Labs, Norway``, ``Ana Ruiz, Nordlys Labs, Norway`` (a full
    name, then where from), ``Ana, Bo and Cem, Nordlys Labs`` (people of one
    organisation); None for a title, a list of names alone or one word."""
    from confnotes.importers.persons import is_person_name, split_speakers, without_nickname
    from confnotes.importers.textutil import bracket_tail

    if len(text) > 160:
        return None
    for mark in (":", ","):
        head, sep, tail = text.partition(mark)
        if (tail_at := bracket_tail(tail)) is not None:
            tail = tail[: tail_at[0]]  # "(intro by Bo Li)": an aside, no organisation
        tail = tail.strip(" ,;")
        base = without_nickname(head.strip())[0] if mark == ":" else head.strip()
        if (at := bracket_tail(base)) is not None and mark == ":":
            base = base[: at[0]].strip()  # "Ana Ruiz (Ana)": her short name
        if not sep or not tail or not is_person_name(base):
            continue
        if is_person_name(tail.split(",")[0].strip()):
            break  # "Ana Ruiz, Bo Li": people, not a person and where from
        return [{"name": base, "affiliation": tail}]
    people = split_speakers(text, single_ok=True)
    if len(people) >= 2 and all(p.affiliations for p in people):
        return [{"name": p.name, "affiliation": ", ".join(p.affiliations)} for p in people]
    return None


def _only_when_and_which(record: dict[str, Any]) -> bool:
    """A slot that says only when it is and which item it holds (``{time: "10:12",
    project_id: "B3"}``): its title is to come, so it has no say in which field its
    siblings write their titles in."""
    roles = [roles_of(str(k)) for k in record]
    return any(r & {"id", "ref"} for r in roles) and all(
        r & {"id", "ref", "start", "end", "day", "date"} for r in roles
    )


def _titled_by_code(
    records: list[dict[str, Any]], key: str | None
) -> list[tuple[dict[str, Any], str, Any]]:
    """Slots of a list whose siblings keep a code beside their titles (``project_id: B2``
    with ``text: <the title>``, ``key`` when no key names the title) and which hold only
    their time and that code: items whose titles are to come, named by their code
    (``B3``), when two siblings or more are titled so; a code longer than a few characters
    (a slug pointing at a record elsewhere) names nothing."""
    titled = [
        r
        for r in records
        if not _only_when_and_which(r) and (_titled(r) or (key and isinstance(r.get(key), str)))
    ]
    codes = {k for r in titled for k in r if roles_of(str(k)) & {"id", "ref"}}
    if len(titled) < 2 or not codes:
        return []
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record in records:
        if not _only_when_and_which(record):
            continue
        code = next((record[k] for k in codes if isinstance(record.get(k), str)), "")
        if re.fullmatch(r"[A-Za-z]{0,3}[-_.]?\d{1,4}[a-z]?", code.strip()):
            edits.append((record, "title", code.strip()))
    return edits


def _named_by_column(value: str) -> bool:
    """A value of a column its siblings show to hold people that a name's test alone
    doubts (``JACOB KRÜGER``, a family name in capitals): the column's role vouches for
    it as a speaker field's key would, for names of two words or more (a lone word there
    is as likely an item's: ``Openning``)."""
    from confnotes.importers.persons import role_people

    people = role_people(" ".join(value.split()), single_ok=False)
    return bool(people) and all(len(p.name.split()) >= 2 for p in people)


def _swapped_row(
    record: dict[str, Any], value: str, title_keys: tuple[Any, ...]
) -> list[tuple[dict[str, Any], str, Any]]:
    """One row that writes its two fields the other way round from its siblings (``who:
    Opening``, ``title: Ana Ruiz, Bo Li``): where the column of people holds no one and
    the title's field holds only people's names, two or more, each is the other's.
    Edits giving the row those speakers and that title; [] for any other row."""
    from confnotes.importers.persons import split_speakers

    title = next((record[k] for k in title_keys if isinstance(record.get(k), str)), "")
    title = " ".join(title.split())
    item = " ".join(value.split())
    if not title or not item or len(title) > 200:
        return []
    people = split_speakers(title)
    if len(people) < 2 or any(p.affiliations for p in people) or _a_name(item):
        return []
    return [(record, "speakers", title), (record, "title", item)]


def _blank_titles(
    keys: frozenset[str], roles: dict[str, tuple[Any, ...]], records: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], str, Any]]:
    """Sibling records whose title column is filled in most of them and whose ``name``
    holds people's names beside it (``name: Ana Ruiz``, ``talktitle: …``): where a
    record leaves its title blank (a paper session, an open discussion), its name is
    still its people, as in its siblings, and its title is the label a reader calls it
    by, the field that names each item (``session: Paper Session``), decided across those
    blank records as :func:`_title_key` decides (a column of jobs, :func:`_job_titles`,
    is no title). Edits giving those records that title; never a title made of their
    people."""
    title_keys, name_keys = roles.get("title", ()), roles.get("name", ())
    if not title_keys or not name_keys or len(records) < 3:
        return []
    jobs = {key for _r, key, value in _job_titles(records) if value is _DELETE}
    blank = [r for r in records if all(k in jobs for k, _v in values(r, "title"))]
    if not blank or len(blank) * 2 > len(records):
        return []
    names = [v for r in records if isinstance(v := first(r, "name"), str)]
    if len(names) * 5 < len(records) * 4 or sum(map(_a_name, names)) * 5 < len(names) * 4:
        return []
    key = _title_key(frozenset(k for r in blank for k in r) - set(name_keys), blank)
    edits: list[tuple[dict[str, Any], str, Any]] = []
    if key is None:
        return edits
    for record in blank:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            edits.append((record, "title", " ".join(value.split())))
    return edits


_NUMBERED_KEY_RE = re.compile(r"^([^\W\d_]{3,40})(\d{1,4})$")


def numbered_lists(node: Any) -> Any:
    """``node`` with each run of numbered keys holding records (``speaker1: {name, topic}``,
    ``speaker2: {…}``) made a list under their word, in their numbers' order, so they are
    read as the records of one list are; the other keys stay (``vote: {…}`` beside them).
    Keys the document names elsewhere (``speaker_ids: ["sp1"]``) are ids, and stay.
    Changed in place, down to the walk's depth."""
    return _numbered(node, 0, node, [])


def _strings(node: Any, depth: int, out: set[str]) -> None:
    """The short strings among ``node``'s values (ids that point at keys), at most 50 000."""
    if depth > MAX_DEPTH or len(out) > 50_000:
        return
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        if isinstance(child, str) and len(child) <= 40:
            out.add(child)
        elif isinstance(child, (dict, list)):
            _strings(child, depth + 1, out)


def _numbered(node: Any, depth: int, document: Any, said: list[set[str]]) -> Any:
    """:func:`numbered_lists` of ``node``; ``said``: the document's short strings, walked
    for once when a run of numbered keys first needs them (most files have none)."""
    if depth > MAX_DEPTH:
        return node
    if isinstance(node, list):
        for n, child in enumerate(node):
            node[n] = _numbered(child, depth + 1, document, said)
        return node
    if not isinstance(node, dict):
        return node
    runs: dict[str, list[tuple[int, Any]]] = {}
    for key, value in node.items():
        m = _NUMBERED_KEY_RE.match(key) if isinstance(key, str) else None
        if m and isinstance(value, dict):
            runs.setdefault(m.group(1).lower(), []).append((int(m.group(2)), key))
    for stem, run in runs.items():
        if len(run) < 2 or stem in node:
            continue
        if not said:
            said.append(set())
            _strings(document, 0, said[0])
        if any(key in said[0] for _n, key in run):
            continue  # ids the document points at ("speaker_ids": ["sp1"]): keys, kept
        node[stem] = [
            _numbered(node.pop(key), depth + 1, document, said) for _n, key in sorted(run)
        ]
    for key, value in list(node.items()):
        if isinstance(value, (dict, list)):
            node[key] = _numbered(value, depth + 1, document, said)
    return node


def _sibling_lists(node: Any, depth: int) -> Iterator[list[dict[str, Any]]]:
    """Every list of records (at least three) in ``node``, down to the walk's depth."""
    if depth > MAX_DEPTH or not isinstance(node, (dict, list)):
        return
    children = list(node.values()) if isinstance(node, dict) else node
    records = [c for c in children if isinstance(c, dict)] if isinstance(node, list) else []
    if len(records) >= 3:
        yield records
    for child in children:
        if isinstance(child, (dict, list)):
            yield from _sibling_lists(child, depth + 1)


def _job_titles(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Sibling records that each name a person (``name``) and one of whose title keys
    holds, in most of the records that fill it, a job (``Principal Engineer``, ``Head of
    Data``): that column is the people's jobs, no talk's (edits moving it to ``job``),
    whether it is the records' only title key or sits beside the one holding the talks'
    titles (``title: Professor`` beside ``talktitle: …``). Decided across the column,
    never by one record, blank cells saying nothing: a talk titled *Becoming a Staff
    Engineer* among talks stays a talk."""
    from confnotes.importers.persons import is_job_title

    named = [r for r in records if isinstance(first(r, "name"), str) and first(r, "name")]
    if len(named) < 3 or len(named) * 5 < len(records) * 4:
        return []
    columns: dict[Any, list[tuple[dict[str, Any], str]]] = {}
    for record in named:
        for key, value in values(record, "title"):
            if isinstance(value, str):
                columns.setdefault(key, []).append((record, value))
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for key, cells in columns.items():
        said = [v for _, v in cells if v.strip()]
        jobs = [v for v in said if is_job_title(v)]
        if len(said) < 2 or len(jobs) * 3 < len(said) * 2:
            continue
        for record, value in cells:
            edits += [(record, key, _DELETE), (record, "job", value)]
    return edits


def _labels_in_title_column(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Sibling records whose titles are in one key (``topic``) and whose other title-like
    key holds something else in every record (``title: "CTO, Aswat"``, the speaker's
    job): where the title key holds only a kind (``topic: Keynote``), that kind is the
    slot's title, and the other key is still no title (edits removing it from those
    records). A key that holds the title only where the first holds a kind (``title:
    Exposé invité`` beside ``titre: …``) is an alternative title and stays."""
    if len(records) < 3:
        return []
    keys = sorted({str(k) for r in records[:200] for k in r if "title" in roles_of(str(k))})
    keys = [k for k in keys if not translation_of(k, keys)]
    if len(keys) < 2:
        return []
    main = next((k for r in records for k, _v in values(r, "title")), None)
    if main is None:
        return []
    labelled: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    for record in records:
        text = text_of(record.get(main)).strip()
        kind = talk_kind(text)[0] if text else "break"
        if kind == "break":
            continue  # "Coffee Break": no one's, nothing beside it
        short = len(text.split()) <= 3 and len(text) <= 30
        (labelled if short and kind not in ("talk", "other") else plain).append(record)
    if not labelled or len(plain) < 2:
        return []
    others = [k for k in keys if k != main]
    # the other keys hold something in (nearly) every record whose title is its own
    filled = {k: sum(1 for r in plain if text_of(r.get(k)).strip()) for k in others}
    if any(count * 5 < len(plain) * 4 for count in filled.values()):
        return []
    return [(r, k, _DELETE) for r in labelled for k in others if k in r]


_GRID_CLOCK_RE = re.compile(r"\s{0,3}([0-2]?\d)[:.h]([0-5]\d)(?::[0-5]\d)?\s{0,3}")
MAX_SLOT_INDEX = 1000
"""Slots of a grid a record may start at, at most (a day of one-minute slots and more)."""


def _slot_grid(documents: list[Any]) -> list[tuple[dict[str, Any], str, Any]]:
    """A timetable written as a grid: the document says where its days start
    (``start_time: "08:30"``, ``start_date: …``) and how long one step of the grid is
    (``slot_duration: "00:15"``), and each record places itself by counting steps
    (``start_slot: 4``, ``duration_slot: 2``) and days (``day: 1``). The unit is the
    word the record's start key and the document's length key share (``slot``), so no
    count is read as a clock (``start_slot: 4`` is no 00:04): edits writing each such
    record's start and end as clocks, its day as an ISO day."""
    from confnotes.importers.schedule_util import parse_duration
    from confnotes.importers.when import parse_day

    edits: list[tuple[dict[str, Any], str, Any]] = []
    records = _all_records(documents, 0, [])
    for root in documents[:20]:
        if not isinstance(root, dict):
            continue
        origin = day0 = None
        steps: dict[str, Any] = {}
        for key, value in root.items():
            if not isinstance(key, str) or isinstance(value, bool):
                continue
            roles = roles_of(key)
            text = str(value) if isinstance(value, (str, int)) else ""
            clocked = "start" in roles and "end" not in roles
            m = _GRID_CLOCK_RE.fullmatch(text) if clocked else None
            if m is not None and int(m.group(1)) < 24:
                origin = int(m.group(1)) * 60 + int(m.group(2))
            if "date" in roles and isinstance(value, str) and day0 is None:
                day0 = parse_day(value)
            if not roles and len(text) <= 12 and (step := parse_duration(text)) is not None:
                for word in key_words(key):
                    steps.setdefault(word, step)
        if origin is None or not steps:
            continue
        for record in records:
            if record is root:
                continue
            edits += _grid_place(record, origin, day0, steps)
    return edits


def _grid_place(
    record: dict[str, Any], origin: int, day0: date | None, steps: dict[str, Any]
) -> list[tuple[dict[str, Any], str, Any]]:
    """The edits placing one record on a grid (:func:`_slot_grid`), or none."""
    from datetime import timedelta

    def count(value: Any) -> int | None:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return value if ok and 0 <= value <= MAX_SLOT_INDEX else None

    starts = [
        (k, n, w)
        for k, v in record.items()
        if isinstance(k, str) and "start" in roles_of(k) and (n := count(v)) is not None
        for w in key_words(k)
        if w in steps
    ]
    if not starts:
        return []
    key, n, unit = starts[0]
    minutes = steps[unit].total_seconds() / 60
    if minutes <= 0:
        return []
    begin = origin + n * minutes
    if not 0 <= begin < 24 * 60:
        return []
    edits: list[tuple[dict[str, Any], str, Any]] = [
        (record, key, f"{int(begin) // 60:02d}:{int(begin) % 60:02d}")
    ]
    for other, value in record.items():
        if other == key or not isinstance(other, str) or (m := count(value)) is None:
            continue
        roles = roles_of(other)
        if unit in key_words(other) and not roles & {"start", "date"} and "end" not in record:
            finish = origin + m * minutes if "end" in roles else begin + m * minutes
            if begin < finish < 24 * 60:
                edits.append((record, "end", f"{int(finish) // 60:02d}:{int(finish) % 60:02d}"))
        elif "date" in roles and day0 is not None and m <= 366:
            edits.append((record, other, (day0 + timedelta(days=m)).isoformat()))
    return edits


def _label_names(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Sibling records with no title key, whose ``name`` repeats from record to record
    (``name: Keynote``, ``name: Tutorial``: what kind of slot each is) beside a key that
    says nothing of its own (``text``) holding words that differ in every record and
    name an item: that key holds the titles, decided across the column (edits writing
    it as the ``title`` of each record that has it); the name stays the slot's label."""
    if len(records) < 3 or any(True for r in records for _ in values(r, "title")):
        return []
    named = [r for r in records if isinstance(first(r, "name"), str)]
    if len(named) < 3:
        return []
    names = [" ".join(str(first(r, "name")).split()) for r in named]
    if len(set(names)) * 5 > len(names) * 3:
        return []  # most names their own: the records' titles
    keys = sorted({k for r in named for k in r if isinstance(k, str) and not roles_of(k)})
    best: tuple[float, str] | None = None
    for key in keys:
        texts = [" ".join(v.split()) for r in named if isinstance(v := r.get(key), str)]
        texts = [t for t in texts if t]
        if len(texts) < 3 or len(set(texts)) * 10 < len(texts) * 9:
            continue
        if sum(map(_names_an_item, texts)) * 5 < len(texts) * 4:
            continue
        words = sum(len(t.split()) for t in texts) / len(texts)
        if words > sum(len(n.split()) for n in names) / len(names) and (
            best is None or words > best[0]
        ):
            best = (words, key)
    if best is None:
        return []
    key = best[1]
    return [
        (r, "title", " ".join(v.split()))
        for r in named
        if isinstance(v := r.get(key), str) and v.strip()
    ]


def _dotted_clocks(documents: list[Any]) -> list[tuple[dict[str, Any], str, Any]]:
    """Times of day written with a dot (``start: 9.45``, ``end: 22.00``), which YAML reads
    as numbers (9.45, 22.0): edits writing them as the clocks they are (``09:45``,
    ``22:00``). Only in start and end fields, only numbers of a clock's shape."""
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record in _all_records(documents, 0, []):
        for role in ("start", "end"):
            for key, value in values(record, role):
                if isinstance(value, float) and (clock := _float_clock(value)):
                    edits.append((record, key, clock))
    # "start: 1.5", "end: 2.5": hours or steps counted, unless some time is of the day
    return edits if any(c >= _DAY_CLOCK_LEAST for _r, _k, c in edits) else []


_DAY_CLOCK_LEAST = "07:00"
"""The earliest dotted time read as a clock that makes a document's dotted numbers
clocks: a day's programme starts after it; numbers all below it count something else."""


def _float_clock(value: float) -> str:
    """``9.45`` → ``09:45``, ``10.3`` (``10.30`` as YAML read it) → ``10:30``; "" for a
    number no clock writes so (``25.1``, ``9.75``, ``1.125``)."""
    hours, _dot, digits = repr(value).partition(".")
    if not hours.isdigit() or not digits.isdigit() or len(digits) > 2 or int(hours) > 23:
        return ""
    minutes = int(digits.ljust(2, "0"))
    return f"{int(hours):02d}:{minutes:02d}" if minutes < 60 else ""


_MONTH_DAY_RE = re.compile(r"[0-3]?\d/[0-3]?\d")
_YEAR_IN_RE = re.compile(r"(?:19|20)\d\d")


def _yearless_days(documents: list[Any], year: int) -> list[tuple[dict[str, Any], str, Any]]:
    """Days written without their year (``15th August``, ``May 17``, ``9/29``) in date
    fields, on the year the files' names give (``euruko2017/``, ``forum-2026.json``):
    edits writing them as ISO days. A numeric ``9/29`` is read month first or day first
    as the files' such days all agree (``29/9`` beside it: day first)."""
    from confnotes.importers.when import find_date, numeric_order, parse_day

    numeric: list[tuple[dict[str, Any], str, str]] = []
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record in _all_records(documents, 0, []):
        for key, value in values(record, "date"):
            if not isinstance(value, str) or len(value) > 40 or _YEAR_IN_RE.search(value):
                continue
            text = " ".join(value.split())
            if _MONTH_DAY_RE.fullmatch(text):
                numeric.append((record, key, f"{text}/{year}"))
            elif parse_day(text) is None and (day := parse_day(text, year)) is not None:
                edits.append((record, key, day.isoformat()))
    order = numeric_order("\n".join(v for _r, _k, v in numeric)) if numeric else None
    for record, key, value in numeric if order else []:  # undecided: no day is guessed
        day = find_date(value, None, order)[0]
        if day is not None:
            edits.append((record, key, day.isoformat()))
    return edits


def _all_records(node: Any, depth: int, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records of ``node`` (at most 20 000, down to the walk's depth)."""
    if depth > MAX_DEPTH or len(out) >= 20_000:
        return out
    if isinstance(node, dict):
        out.append(node)
        children: Iterable[Any] = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return out
    for child in children:
        if isinstance(child, (dict, list)):
            _all_records(child, depth + 1, out)
    return out


_SLASH_DAY_RE = re.compile(r"[0-3]?\d/[0-3]?\d/(?:19|20)\d\d")


def _dated_values(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Days written ``01/09/2016`` are read in the order all the records' days agree on
    (``28/08/2016`` among them: day first; days that follow each other: the order that
    keeps them close); a day that carries its clock times in the same value (``4/11/2024,
    3:00 PM - 4:00 PM``, ``11.04.2024 15:00–16:00``, ``April 11, 2024 3pm``) also gives
    its record a start and an end when no field of the record holds them. Edits that
    write them as ISO days and times."""
    from confnotes.importers.when import clock_range, find_date, numeric_order, strip_dates

    found = [
        (record, key, value.strip())
        for record in records
        for key, value in values(record, "date")
        if isinstance(value, str) and len(value) <= 120
    ]
    slashed = [v for _r, _k, v in found if _SLASH_DAY_RE.search(v)]
    order = numeric_order("\n".join(slashed)) if slashed else None
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record, key, value in found:
        start, end, _ampm = clock_range(strip_dates(value))
        if not (start is not None or (order is not None and _SLASH_DAY_RE.fullmatch(value))):
            continue
        day = find_date(value, None, order)[0]
        if day is None:
            continue
        edits.append((record, key, day.isoformat()))
        if start is None or first(record, "start", (str, int)) is not None:
            continue
        edits.append((record, "start", f"{day.isoformat()}T{start:%H:%M}"))
        if end is not None and first(record, "end", (str, int)) is None:
            edits.append((record, "end", f"{day.isoformat()}T{end:%H:%M}"))
    return edits


def _moments_by_value(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Sibling records with no field a key calls a time or a day, one of whose fields
    holds a day and its clock time in nearly every record (``Horodateur: 18/05/2026
    09:55:00``, a form's timestamp column used as the slot's time; ``when: 12.06.2025
    14:00``): that field is their start, whatever its key says (edits writing it)."""
    from confnotes.importers.when import clock_range, find_date, numeric_order, strip_dates

    keys = {k for r in records[:200] for k in r if isinstance(k, str)}
    if any(roles_of(k) & {"start", "date", "end"} for k in keys):
        return []
    for key in sorted(keys):
        texts = [v.strip() for r in records if isinstance(v := r.get(key), str) and v.strip()]
        if len(texts) < 3 or len(texts) * 5 < len(records) * 4 or len(set(texts)) < 2:
            continue
        order = numeric_order("\n".join(texts[:200]))
        read = [(find_date(t, None, order)[0], clock_range(strip_dates(t))[0]) for t in texts]
        if sum(1 for d, c in read if d and c) * 5 < len(texts) * 4:
            continue
        edits: list[tuple[dict[str, Any], str, Any]] = []
        for record in records:
            value = record.get(key)
            if not isinstance(value, str):
                continue
            day, at = find_date(value, None, order)[0], clock_range(strip_dates(value))[0]
            if day is not None and at is not None:
                edits.append((record, "start", f"{day.isoformat()}T{at:%H:%M}"))
        return edits
    return []


_MARKED_UP_RE = re.compile(r"<\s*(?:br|p|li|div)\b|\n", re.I)
"""A value that is a small document of lines (HTML breaks or paragraphs, or new lines)."""
_LABELLED_ROLES = {"speaker": "speakers", "chair": "chairs", "room": "room", "title": "title"}
"""Labels of a value's lines (``Speaker: Ana Ruiz``) and the field each line gives."""


def _packed_values(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """A record whose text field is a small document of labelled lines rather than one
    value (``<strong>Keynote Talk 1:</strong> Title<br><strong>Speaker:</strong> Ana
    Ruiz``, the same as Markdown lines): each line labelled by a role (speaker, chair,
    room, title) gives that field, as does a by-line opening the value (``By Ana Ruiz``),
    the first line of no role the title, and a label of a kind before it (``Invited Talk
    2:``, ``Panel:``) the kind. Only the fields the record
    lacks, and only when some line names its people; edits as :func:`_field_names`'s."""
    from confnotes.importers.kinds import TALK_LABEL_RE, kind_of

    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record in records:
        if first(record, "speaker", (str, list, dict)) is not None:
            continue
        for value in record.values():
            if not isinstance(value, str) or len(value) > 3000 or not _MARKED_UP_RE.search(value):
                continue
            lines = value_lines(value)
            fields: dict[str, str] = {}
            free: list[str] = []
            for at, line in enumerate(filter(None, lines)):
                role, label, rest = labelled_field(line, _LABELLED_ROLES.keys())
                if not role and at == 0 and (who := _opening_by_line(line)):
                    fields["speakers"] = who  # "By Sara Lindqvist, Dataverk" opening it
                elif role and _LABELLED_ROLES[role] not in fields:
                    fields[_LABELLED_ROLES[role]] = rest
                    if role == "title" and kind_of(label) != "talk":
                        fields["type"] = kind_of(label)  # "Keynote Talk 1: Title"
                else:
                    free.append(line)
            if not fields.keys() & {"speakers", "chairs"}:
                continue
            if "title" not in fields and free:
                label, colon, rest = free[0].partition(":")
                kind = kind_of(label) if colon and len(label.split()) <= 4 else "talk"
                labelled = kind != "talk" or bool(colon and TALK_LABEL_RE.search(label))
                if labelled and rest.strip() and len(label.split()) <= 4:
                    fields["title"] = rest.strip()
                    if kind != "talk":
                        fields["type"] = kind
                else:
                    fields["title"] = free[0]
            for field_key, text in fields.items():
                role = min(roles_of(field_key))  # "speakers", "chairs", "room", "type": one
                if not (field_key == "title" and _titled(record)) and first(record, role) is None:
                    edits.append((record, field_key, text))
            break
    return edits


def _opening_by_line(line: str) -> str:
    """The people of a by-line opening a value (``By Sara Lindqvist, Dataverk``), as its
    ``Speaker:`` line would give them; "" when the words after ``By`` are no list of
    people (``By default, the planner…``)."""
    from confnotes.importers.headings import BY_LINE_RE
    from confnotes.importers.persons import split_speakers

    m = BY_LINE_RE.match(line)
    if m is None or len(m["who"]) > 120:
        return ""
    return m["who"] if split_speakers(m["who"].rstrip("."), single_ok=True) else ""


_TELLING_KINDS = frozenset({"keynote", "panel", "spotlight", "poster", "demo"})
"""Kinds a label alone tells (a ``Workshop`` or ``Talk`` label may be one item's title)."""


def _kind_values(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """A record with no kind field whose subtitle (or a field of a key naming nothing)
    holds only a kind's words (``subtitle: 基調講演``, ``label: Panel discussion``): that
    kind, as a ``type`` field would say it; a subtitle of other words says none."""
    from confnotes.importers.kinds import kind_of

    edits: list[tuple[dict[str, Any], str, Any]] = []
    labels = _label_columns(records)
    for record in records:
        if "type" in record or any(isinstance(k, str) and "kind" in roles_of(k) for k in record):
            continue
        for key, value in record.items():
            if not isinstance(value, str) or not isinstance(key, str):
                continue  # "2025:" keys a year's records, no field
            if roles_of(key) - {"subtitle"} and key not in labels:
                continue
            text = value.strip()
            if _short_label(text) and (kind := kind_of(text)) in _TELLING_KINDS:
                edits.append((record, "type", kind))
                break
    return edits


def _short_label(text: str) -> bool:
    return 0 < len(text) <= 30 and len(text.split()) <= 3


def _label_columns(records: list[dict[str, Any]]) -> frozenset[str]:
    """Description keys whose every value is a short label, one of a few repeated
    (``desc: Keynote``, ``desc: LT``, ``description: Sala 1``): a column of categories
    written where an abstract would be, so its kind words say the kind."""
    values: dict[str, list[str]] = {}
    for record in records:
        for key, value in record.items():
            if isinstance(key, str) and isinstance(value, str) and value.strip():
                values.setdefault(key, []).append(value.strip())
    return frozenset(
        key
        for key, seen in values.items()
        if "abstract" in roles_of(key)
        and len(seen) >= 3
        and len(set(seen)) * 2 <= len(seen)
        and all(_short_label(v) for v in seen)
    )


def value_lines(value: str) -> list[str]:
    """A value's lines in words: HTML's new lines are spaces, its lines are its breaks
    and paragraphs."""
    from confnotes.importers.textutil import strip_html, strip_markdown_inline

    text = strip_html(value) if "<" in value else value
    return [" ".join(strip_markdown_inline(line).split()) for line in text.split("\n")]


def _two_line_values(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Records with no people field whose one marked-up value is two unlabelled lines, a
    title and a name in either order (``<u>Docker</u><br><b>Ana Ruiz</b>``): when most of
    them are written so, the list agrees on what each line is (no record alone says it),
    and each gives its title and speakers. Edits as :func:`_field_names`'s, applied last."""
    found: list[tuple[dict[str, Any], str, str]] = []
    marked = 0
    for record in records:
        if first(record, "speaker", (str, list, dict)) is not None:
            continue
        texts = [
            v
            for v in record.values()
            if isinstance(v, str) and len(v) <= 3000 and _MARKED_UP_RE.search(v)
        ]
        if len(texts) != 1:
            continue
        marked += 1
        lines = [line for line in value_lines(texts[0]) if line]
        if len(lines) == 2 and (two := _title_and_name(lines)):
            found.append((record, *two))
    if len(found) < 2 or len(found) * 2 < marked:
        return []
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record, title, who in found:
        if not _titled(record):
            edits.append((record, "title", title))
        edits.append((record, "speakers", who))
    return edits


def _title_and_name(lines: list[str]) -> tuple[str, str] | None:
    """The two lines of a value as (title, people): one line names people and nothing
    else, the other none (``Docker`` / ``Ana Ruiz``); None otherwise."""
    from confnotes.importers.persons import split_speakers

    named = [len(line) <= 120 and bool(split_speakers(line)) for line in lines]
    if named == [False, True]:
        return lines[0], lines[1]
    if named == [True, False]:
        return lines[1], lines[0]
    return None


def _titled(record: dict[str, Any]) -> bool:
    """A title or a name in words (``"topic": false`` names none)."""
    return any(text_of(v).strip() for role in ("title", "name") for _k, v in values(record, role))


def _shapes(
    node: Any,
    in_timed: bool,
    groups: dict[tuple[str, ...], list[dict[str, Any]]],
    depth: int,
    people: bool,
    path: tuple[str, ...],
) -> None:
    """Group the records of ``node`` by the keys that lead to them (siblings: the items
    of a list, and of every list reached by the same keys, such as each time slot's
    ``events``); ``people``: inside a field of an item's people, room or kinds, whose
    records are those, not items."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            _shapes(item, in_timed, groups, depth + 1, people, path)
        return
    if not isinstance(node, dict):
        return
    roles = _keys_by_role(tuple(node))
    nested = any(isinstance(v, (dict, list)) for v in node.values())
    named = "speaker" in roles and _titled(node)
    timed = (not named or nested) and time_like(node)
    if (
        not (named or people or _is_translations(node))
        and (timed or in_timed)
        and all(isinstance(k, str) for k in node)
    ):
        groups.setdefault(path, []).append(node)
    if nested:
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                # a record's people, room, track or kind hold no items of the programme
                inert = bool(roles_of(str(key)) & _NOT_ITEMS)
                _shapes(value, timed, groups, depth + 1, inert, (*path[-3:], str(key)))


_NOT_ITEMS = frozenset({"speaker", "chair", "room", "track", "kind", "affiliation"})
"""Roles of keys whose records are what an item has (its people, room, kinds), not items."""
_WHAT_ITEMS_HAVE = frozenset({"room", "track", "kind", "affiliation"})
_PEOPLE_ROLES = frozenset({"speaker", "chair"})
"""A session's room, track, kind or organisation: a record of it is no talk inside it."""

_NOT_PEOPLE_ROLES = frozenset(
    {
        "room",
        "track",
        "kind",
        "date",
        "start",
        "end",
        "id",
        "affiliation",
        "event",
        "chair",
        "name",
    }
)
"""Roles of keys that never hold a record's speakers (a ``name`` is the record's own)."""


def _people_key(keys: frozenset[str], records: list[dict[str, Any]]) -> str | None:
    """The key of sibling records whose values are people's names; None when no key's
    are, or when two keys' are (``title: Ana Ruiz`` beside ``subtitle: Faster Logs``
    looks like two names: no one is guessed)."""
    from confnotes.importers.persons import is_placeholder

    found = []
    for key in sorted(keys):
        if roles_of(key) & _NOT_PEOPLE_ROLES:
            continue
        texts = [
            " ".join(v.split())
            for r in records[:200]
            if isinstance(v := r.get(key), str) and v.strip() and not is_flag(v)
        ]
        if len(texts) < 2 or len(set(texts)) < 2 or len(texts) * 2 < min(len(records), 200):
            continue
        # "Lunch" in their place, or a name still to come ("speaker1", "TBD")
        items = [t for t in texts if talk_kind(t)[0] != "break" and not is_placeholder(t)]
        if len(items) >= 2 and sum(map(_a_name, items)) * 5 >= len(items) * 4:
            found.append(key)
    return found[0] if len(found) == 1 else None


_PAIR_SKIP_ROLES = frozenset(
    {"room", "track", "kind", "date", "start", "end", "id", "url", "affiliation", "chair"}
)
"""Roles of keys that hold neither a talk's title nor its people."""


def _paired_columns(
    keys: frozenset[str], records: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], str, Any]]:
    """Two text fields of sibling records of which, in every record that fills both,
    exactly one holds people's names and the other names an item: the people's field is
    the record's speakers and the other its title, row by row, whatever the keys say.

    The values decide, not the key names: ``title: Thomas Wolf`` beside ``desc: The
    challenges of open evaluation`` in one row and ``title: Incentives for better
    evaluation`` beside ``desc: Corinna Cortes, John Langford and Yoshua Bengio`` in the
    next (an invited talk's row names its speaker where a panel's names its topic); a
    ``who``/``what`` pair, a ``col1``/``col2`` pair alike. Two rows at least must put
    the names on each side or on the side the key calls a title (a column of names that
    a key calls a description is that column's own business, read elsewhere), and no
    row may hold names on both sides; a row with names on neither (a panel's slot over
    its topic) stays as written, one in five at most (a half-understood column is not
    trusted). Edits: ``speakers`` and ``title`` written, the pair's keys removed."""
    texts = sorted(k for k in keys if isinstance(k, str) and not roles_of(k) & _PAIR_SKIP_ROLES)
    if len(texts) < 2 or len(records) < 3:
        return []
    for left in texts:
        if "title" not in roles_of(left):
            continue
        for right in texts:
            if right == left:
                continue
            edits = _pair_rows(left, right, records)
            if edits:
                return edits
    return []


def _pair_rows(
    left: str, right: str, records: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], str, Any]]:
    rows: list[tuple[dict[str, Any], str, str]] = []  # (record, people, title)
    undecided: list[tuple[dict[str, Any], str, str]] = []
    swapped = unnamed = 0
    for record in records[:500]:
        one, other = record.get(left), record.get(right)
        if not (isinstance(one, str) and one.strip() and isinstance(other, str) and other.strip()):
            continue
        one, other = " ".join(one.split()), " ".join(other.split())
        names = (_a_name(one), _a_name(other))
        items = (_names_an_item(one), _names_an_item(other) or _a_title_line(other))
        if names[0] and not names[1] and items[1]:
            rows.append((record, one, other))
            swapped += 1
        elif names[1] and not names[0] and items[0]:
            rows.append((record, other, one))
        elif not any(names) and items[1] and _name_shaped(one):
            undecided.append((record, one, other))  # "Mei-Ling Osei": the column vouches
        elif not any(names):
            unnamed += 1  # "Panel 1 & Q&A" over its topic: a slot of no one, left as written
        else:
            return []  # names on both sides: no column is the people's
    if swapped < 2 or len(rows) < 3 or len(undecided) * 2 > swapped or unnamed * 4 > len(rows):
        return []
    rows += undecided
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record, people, title in rows:
        edits += [
            (record, left, _DELETE),
            (record, right, _DELETE),
            (record, "speakers", people),
            (record, "title", title),
        ]
    return edits


def _name_shaped(text: str) -> bool:
    """Two to four capitalised words of letters (``Mei-Ling Osei``): a name the person
    test does not vouch for alone, read as one where the column's other rows hold names
    (at most one such row for two the test vouches for)."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() and all(c.isalpha() or c in "-'." for c in w) for w in words)
        and talk_kind(text)[0] in ("talk", "other")
    )


def _a_title_line(text: str) -> bool:
    """A talk's long title on one line (``The challenges of open evaluation at Hugging
    Face: from open-source evaluation libraries to …``): no sentence end, no link."""
    return (
        len(text) <= 240
        and "://" not in text
        and not text.endswith((".", "!"))
        and "\n" not in text
    )


def _a_name(text: str) -> bool:
    """A person's name, or several (``Ana Ruiz``, ``Ana Ruiz & Bo Li``), with or without
    their organisations (``Ana Ruiz (Nordlys Labs)``, ``Ana Ruiz, Glyphworks``)."""
    from confnotes.importers.headings import person_then_org
    from confnotes.importers.persons import is_person_name, split_speakers

    text = " ".join(text.split())
    if len(text) > 120:
        return False
    if is_person_name(text) or len(split_speakers(text)) >= 2:
        return True
    if person_then_org(text):
        return True  # "Ana Ruiz – Nordlys Labs, lead developer"
    if "(" not in text and "," not in text:
        return False
    people = split_speakers(text, single_ok=True)
    return len(people) == 1 and bool(people[0].affiliations)


def _bracketed_org(text: str) -> str:
    """``Ana Ruiz – Nordlys Labs, lead`` as ``Ana Ruiz (Nordlys Labs, lead)``, the form a
    speakers field is read in; any other value as it is."""
    from confnotes.importers.headings import person_then_org

    people = person_then_org(" ".join(text.split()))
    if len(people) != 1 or not people[0].affiliations or "(" in text:
        return text
    return f"{people[0].name} ({people[0].affiliations[0]})"


def _title_key(
    keys: frozenset[str], records: list[dict[str, Any]], swapped: bool = False
) -> str | None:
    """The key of sibling records that holds their titles, or None (``swapped``: the
    people are where a title was expected, so a subtitle may hold the title). When no
    other key can, a description whose values all name an item in a few words, never a
    sentence (``description: Attacking Scientific Applications`` beside ``speaker``), is
    where the file writes its titles."""
    found = _title_key_among(keys, records, swapped, frozenset())
    if found is None and len(records) >= 2:
        found = _title_key_among(keys, records, swapped, frozenset({"abstract"}))
    return found


def _title_key_among(
    keys: frozenset[str], records: list[dict[str, Any]], swapped: bool, more: frozenset[str]
) -> str | None:
    from confnotes.importers.textutil import strip_html

    best, best_words = None, 0.0
    candidates = 0
    allowed = ({"event", "subtitle", "title"} if swapped else {"event"}) | more
    for key in sorted(keys):
        if roles_of(key) - allowed or talk_kind(key)[0] not in ("talk", "other"):
            continue  # "break: Lunch" names no talk; "evento" by a clock names its item
        if roles_of(key) & more and 2 * sum(
            1 for r in records if isinstance(v := r.get(key), str) and _MARKED_UP_RE.search(v)
        ) >= len(records):
            continue  # descriptions of lines (their labelled fields) are no titles
        texts = [
            " ".join((strip_html(v) if "<" in v else v).split())  # "<b>Oral 1</b>: Title"
            for r in records
            if isinstance(v := r.get(key), str) and v.strip() and not is_flag(v)
        ]
        if not texts or len(texts) * 3 < len(records) * 2:
            continue
        if sum(map(_names_an_item, texts)) * 5 < len(texts) * 4:
            continue
        if len(records) > 1 and len(set(texts)) < 2:
            continue  # the same value in every record names what they share, not each
        candidates += 1
        words = sum(len(t.split()) for t in texts) / len(texts)
        if words > best_words:
            best, best_words = key, words
    if len(records) == 1 and candidates != 1:
        return None
    return best


def _names_an_item(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 16
        and len(text) <= 160
        and any(ch.isalpha() for ch in text)
        and "://" not in text
        and not text.startswith(("#", "/", "{", "<"))
        # Europe/Zurich, a@b name no item; a slug of words does (sonia_guimaraes)
        and not (len(words) == 1 and any(c in text for c in "/@.:"))
        and not (len(words) == 1 and "_" in text and not _word_slug(text))
        and not (text.endswith(".") and len(words) > 6)  # a sentence describes, not names
        and not _CLOCK_RE.match(text)
    )


def is_person_record(record: dict[str, Any]) -> bool:
    """A person: given and family names, or a name with a person's fields (affiliation,
    bio) and no time or title of a talk."""
    given = first(record, "first") and first(record, "last")
    if not given and any(True for _ in values(record, "start")):
        return False  # a named slot (``nome``, ``horario``): "nome" alone is no given name
    if any(True for _ in values(record, "title")):
        return False
    if given:
        return True
    keys = {str(k).casefold() for k in record}
    personal = {
        "job",  # a title column of jobs, named so (_job_titles)
        "bio",
        "biography",
        "tagline",
        "avatar",
        "profilepicture",
        "affiliation",
        "emailhash",
    }
    return bool(first(record, "name")) and (
        bool(keys & personal) or any(True for _ in values(record, "affiliation"))
    )


def time_like(record: dict[str, Any]) -> bool:
    return (
        any(True for _ in values(record, "start"))
        or any(True for _ in values(record, "date"))
        or clock_field(record) is not None
    )


_CLOCK_KEY_RE = re.compile(r"(?<!\s)\s*+[0-2]?\d[:.h][0-5]\d\s*+(?:[ap]\.?m\.?)?\s*+", re.I)
"""A key that is a time of day (``"10:30"``, ``"1:45"``, ``"9.15am"``): the start of
the items it holds."""


def _untitled_item(record: dict[str, Any]) -> dict[str, Any]:
    """A grid cell's record that names a person and a kind of talk with its title left
    empty (``{"name": "Ana Ruiz", "bio": …, "title": "", "type": "keynote"}`` at 9:15 in
    Hall A): the place says it is an item, so it is that person's talk, titled by its
    kind (``Keynote``) until the title is known; any other record as it is."""
    keys = [k for k in record if isinstance(k, str) and "title" in roles_of(k)]
    empty = [k for k in keys if record[k] in (None, "")]
    if not empty or len(empty) != len(keys) or not is_person_record(record):
        return record
    kind = next((text_of(v).strip() for _k, v in values(record, "kind") if text_of(v)), "")
    if not kind or talk_kind(kind)[0] in ("talk", "other", "break"):
        return record
    return {**record, empty[0]: kind[:1].upper() + kind[1:]}


def _room_row(row: dict[Any, Any]) -> bool:
    """A time slot's items keyed by their rooms or tracks (``{"Hall A": {…}, "Hall B":
    null}``): keys that name no field, values that are items, words or nothing, one
    item at least."""
    if not row or len(row) > 40:
        return False
    return (
        all(isinstance(k, str) and k.strip() and roles_of(k) <= {"room", "track"} for k in row)
        and all(v is None or isinstance(v, (dict, str)) for v in row.values())
        and any(
            isinstance(v, dict) and (title_of(item := _untitled_item(v)) or is_talk_record(item))
            for v in row.values()
        )
    )


_CLOCK_RE = re.compile(r"^\s*[0-2]?\d[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to|$)", re.I)


def clock_field(record: dict[str, Any]) -> str | None:
    """A field that holds a time though its key says nothing (``"slot": "18:30-18:50"``),
    or the time a title begins with (``<Title>14:30-15:30 Restful Design</Title>``)."""
    for key, value in record.items():
        if isinstance(value, str) and len(value) <= 40 and _CLOCK_RE.match(value):
            words = str(key).casefold()
            if not roles_of(str(key)) & {"title", "name", "id", "end"} and not any(
                w in words for w in ("duration", "length", "dauer", "durée", "duración")
            ):
                return value
    for _key, value in values(record, "title"):
        if isinstance(value, str) and (split := title_clock(value)) is not None:
            return split[0]
    return None


_TITLE_CLOCK_RE = re.compile(
    r"^\s*([0-2]?\d[:.h][0-5]\d\s*(?:[-–—]|to)\s*[0-2]?\d[:.h][0-5]\d)(?:\s*[-–—:|])?\s*(?=\S)"
)
"""A range of clocks with their minutes at the head of a title, then words."""


def title_clock(text: str) -> tuple[str, str] | None:
    """``14:30-15:30 Restful Application Design``: (the range, the title after it); None
    for a title that does not begin with a range of clock times."""
    m = _TITLE_CLOCK_RE.match(text)
    if m is None or not any(ch.isalpha() for ch in text[m.end() :]):
        return None
    return m.group(1), text[m.end() :].strip()


def is_talk_record(record: dict[str, Any]) -> bool:
    """A title and a time, people or a kind: a talk (or a block holding talks)."""
    if is_person_record(record) or not title_of(record):
        return False
    return (
        time_like(record)
        or any(True for _ in values(record, "speaker"))
        or bool(submitter(record))
        or names_own_person(record)
    )


def names_own_person(record: dict[str, Any]) -> bool:
    """A record that holds a person's given and family names in fields of their own
    (``first``/``last``, ``firstname``/``surname``): beside a title, the person is the
    talk's speaker (a workshop's rows ``{first, last, title}``); without one, the record
    is that person (a chair's row between the talks). A given-name field holding a whole
    name alone (``first: "Greta Lindqvist"``, the family field empty) names one too."""
    given = first(record, "first")
    if not given:
        return False
    if first(record, "last"):
        return True
    from confnotes.importers.persons import is_person_name

    text = " ".join(given.split())
    return len(text.split()) >= 2 and is_person_name(text, single_ok=True)


def submitter(record: dict[str, Any]) -> str:
    """A call-for-papers row's person: a name field (``Your full name``) holding a
    person's name beside a title field of its own (``Talk title``); "" otherwise. A
    panel's row names its panellists there together (``name: "Ana Ruiz, Bo Li, Cem
    Kaya"``): a list of which every part is a person is its people too; so is one name
    with its organisation in brackets (``Ana Ruiz (Nordlys Labs)``)."""
    from confnotes.importers.persons import (
        bar_joined_people,
        is_person_name,
        split_speakers,
        without_nickname,
    )

    if not any("affiliation" not in roles_of(k) for k, _v in values(record, "title")):
        return ""  # a person's "title_company" is no talk's title
    for key, value in values(record, "name"):
        if "title" not in roles_of(key) and isinstance(value, str):
            if is_person_name(value):
                return value
            base, handles = without_nickname(value)  # "勝部俊介/akabee": a name, a handle
            if handles and is_person_name(base):
                return base
            if len(value) <= 300 and len(split_speakers(value) or bar_joined_people(value)) >= 2:
                return value
            one = split_speakers(value, single_ok=True) if len(value) <= 300 else []
            if len(one) == 1 and one[0].affiliations and is_person_name(one[0].name):
                return value  # "Ana Ruiz (Nordlys Labs)": a name with its organisation
    return ""


def day_of(record: dict[str, Any]) -> date | None:
    """The day a record names in a date field (ISO, a dict with ``date``, or words)."""
    own = _own_day(record)
    if (held := _event_day(record)) is not None and not _talks_own_day(record, own, held):
        return held
    return own


def _own_day(record: dict[str, Any]) -> date | None:
    """The day the record's own date field names."""
    from confnotes.importers.when import parse_day, yearless_day

    for _key, value in values(record, "date"):
        if isinstance(value, dict):
            value = value.get("date")
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):  # YAML reads 2025-01-23 as a date
            return value
        if isinstance(value, str) and (found := parse_day(value) or yearless_day(value)):
            return found
    return None


def _talks_own_day(record: dict[str, Any], own: date | None, event: date) -> bool:
    """Whether a record's own ``date`` is its talk's day beside the event's start: a talk
    naming its own speaker dated on or after the event's first day (``{title, speaker,
    date: 13th, event_start: 12th}``, the second day of a programme). A page's ``date``
    before the event's is when the page was written."""
    if own is None or own < event:
        return False
    return any(True for _ in values(record, "speaker")) or bool(submitter(record))


def _event_day(record: dict[str, Any]) -> date | None:
    """The day a field naming the event's own date or start holds (``event_start:
    2024-11-05T08:30``, ``event_date``) in a record that has a plain ``date`` too: a
    page's ``date`` is when it was written, the event's field when the talks are."""
    if not any(True for _ in values(record, "date")):
        return None
    for key, value in record.items():
        if not {"event"} < roles_of(str(key)) or not roles_of(str(key)) & {"date", "start"}:
            continue
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str) and (at := parse_iso_date(value[:10])) is not None:
            return at
    return None


def slot_of(record: dict[str, Any], found: Found) -> dict[str, Any] | None:
    """A timetable slot that points at a talk record by its id (``{"time": "9:30am",
    "talk": "ohs-keynote"}``, ``{"paper_id": 71, "start": "09:00"}``): the talk record
    with the slot's own fields (time, room) over it; None for any other record. A record
    with a title of its own is no slot (a talk naming its session by id stays a talk)."""
    own = title_of(record)
    for key, value in record.items():
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            continue
        target = found.tables.get(str(value), str(key), record)
        if target is None or target is record or not is_talk_record(target):
            continue
        if isinstance(value, int) and not _key_refers(str(key), target, found):
            continue  # a number under a key of no reference (``parallelCount: 1``)
        if own and own != str(value):
            return None
        merged = {k: v for k, v in target.items()}
        # the slot's fields over the record's, but not the id again (a title column
        # that only repeats it, as a column no key names is read)
        merged.update({k: v for k, v in record.items() if k != key and v != value})
        found.placed.add(id(target))
        return merged
    return None


def _key_refers(key: str, target: dict[str, Any], found: Found) -> bool:
    """Whether a number under ``key`` is a reference to ``target``: the key says it holds
    an id or a talk (``paper_id``, ``talk``), or names the list the target is held in
    (``session: 5``). Any other number is a quantity (a count of tracks, a duration, an
    order), however many records share it as their id."""
    return bool(roles_of(key) & {"id", "ref", "title"}) or found.tables.key_names_list_of(
        key, target
    )


def _pointer_keys(record: dict[str, Any], found: Found) -> None:
    for key, value in record.items():
        if not isinstance(value, str) or not isinstance(key, str) or key in found.pointer_keys:
            continue
        if roles_of(key) & {"id", "ref"} == {"id"}:
            continue  # the record's own id
        target = found.tables.get(value, key, record)
        if target is not None and target is not record and is_talk_record(target):
            found.pointer_keys.add(key)


def _dangling_slot(record: dict[str, Any], found: Found) -> bool:
    """A timetable slot whose only title is a slug-shaped id (``talk: hallvard``) under a
    key whose values elsewhere are ids of talk records in the files given: the talk it
    points at is in none of them, and the id is no title of its own. Other records (a
    break's ``title: Lunch``, a slot with words in that key) are untouched."""
    if not found.pointer_keys or not _timed(record):
        return False
    for key in found.pointer_keys & {k for k in record if isinstance(k, str)}:
        value = record[key]
        if isinstance(value, str) and _SLUG_RE.match(value) and title_of(record) == value:
            target = found.tables.get(value, key, record)
            if target is None or target is record or found.tables.same_list(target, record):
                return True
    return False


def id_list_slots(record: dict[str, Any], found: Found) -> list[dict[str, Any]]:
    """A timetable slot that lists the records it holds by id (``{"startTime": "10:00",
    "sessionIds": [101, 201]}``, hoverboard's ``"sessions": [[132], [120]]``, one per
    track): each listed record with the slot's time over it. Being scheduled makes a
    titled record a talk, even one without speakers ("Keynote", "Opening")."""
    if id(record) in found.people or title_of(record) or not _timed(record):
        return []  # a record with a title of its own is a talk, its id lists categories
    for key, value in record.items():
        if not isinstance(value, list) or not value:
            continue
        ids = list(flat_ids(value, 0))
        if not ids:
            continue
        targets = [found.tables.get(str(i), str(key)) for i in ids]
        held = [t for t in targets if t is not None and t is not record and title_of(t)]
        if not held or any(is_person_record(t) for t in held):
            continue
        slots = []
        for target in held:
            merged = {k: v for k, v in target.items()}
            merged.update({k: v for k, v in record.items() if k != key})
            found.placed.add(id(target))
            slots.append(merged)
        return slots
    return []


def _timed(record: dict[str, Any]) -> bool:
    """A start, a clock or a day that reads as one (not merely a key that may be a date)."""
    return (
        any(True for _ in values(record, "start"))
        or clock_field(record) is not None
        or day_of(record) is not None
    )


def flat_ids(value: list[Any], depth: int) -> Iterator[str | int]:
    """The ids of a list of ids, or of a list of lists of them; nothing for any other list."""
    for item in value:
        if isinstance(item, list) and depth < 2:
            yield from flat_ids(item, depth + 1)
        elif isinstance(item, (str, int)) and not isinstance(item, bool) and len(str(item)) <= 40:
            yield item
        else:
            return


def walk(documents: list[Any], names: list[str] | None = None, year: int | None = None) -> Found:
    """Tables first (so any record can point into any file's tables), then talks; slots
    that point at talk records by id are joined with them, at any depth. ``names``: each
    document's file stem, the name of a list that is a whole file (``speakers.yml``)."""
    documents = _named_fields(documents, year)
    found = Found(documents=documents)
    for n, document in enumerate(documents):
        _tables(document, names[n] if names and n < len(names) else "", found, 0, f"{n}:")
    if found.tables:
        for document in documents:
            _people_pointed_at(document, found, 0)
        found.tables.widen_people(found.people)
        for document in documents:
            _holders_pointed_at(document, found, 0)
        for record in _all_records(documents, 0, []):
            _pointer_keys(record, found)
    for n, document in enumerate(documents):
        named = roles_of(names[n]) if names and n < len(names) and names[n] else frozenset()
        if "event" in named and isinstance(document, dict) and not _holds_talks(document, 0):
            found.events.append(document)  # event.json: the event, not one of its items
            continue
        if "speaker" in named and isinstance(document, list):
            _listed_people(document, found)  # speakers.json: people, whatever they hold
        elif isinstance(document, dict):
            for key, value in document.items():  # {"speakers": [...]} at a file's top
                if isinstance(value, dict) and len(value) == 1:
                    value = next(iter(value.values()))  # {ref1: {…}, ref2: {…}} made a list
                if isinstance(value, list) and "speaker" in roles_of(str(key)):
                    _listed_people(value, found)
        top = document
        if isinstance(top, list) and len(top) == 1 and isinstance(top[0], dict):
            top = top[0]
        _talks(document, Context(), found, 0, alone=True, top=top)
    if found.placed:
        found.talks = [(r, c) for r, c in found.talks if id(r) not in found.placed]
    talking = {id(r) for r, _c in found.talks} | {id(r) for r, _c in found.sessions}
    for n, document in enumerate(documents):
        stem = names[n] if names and n < len(names) else ""
        _people_lists(document, " ".join(key_words(stem)), found, talking, 0)
    return found


_INVITED_RE = re.compile(r"keynote|invited|plenary", re.I)
"""Words of a list's key that make its people keynote speakers (``speakers:`` alone does not)."""


def group_role(label: str) -> str:
    """The role a list's key or a group's role field gives its people: ``organizer``
    (committee, organisers, chairs, team), ``keynote``, ``panelist``, ``chair``
    (moderators), ``speaker`` (speakers, instructors); "" when it names none."""
    from confnotes.importers.fields import section_kind

    text = " ".join(key_words(label))
    kind = section_kind(text)
    if kind == "keynote" and not _INVITED_RE.search(text):
        kind = ""  # a page's "Speakers" section is its invited speakers; a data key is not
    if kind in ("organizer", "keynote", "panelist"):
        return kind
    roles = {r for w in text.split() for r in roles_of(w)}
    if "speaker" in roles:
        return "speaker"
    if "chair" in roles:
        return "chair"
    return ""


_GROUP_LABEL_KEYS = frozenset({"role", "position", "group", "committee", "category"})
"""Keys of a record whose value names what the people it holds, or the person, are."""


def _label_of(record: dict[str, Any]) -> str:
    for key, value in record.items():
        if isinstance(value, str) and "".join(key_words(str(key))) in _GROUP_LABEL_KEYS:
            return value
    return ""


def _people_lists(node: Any, label: str, found: Found, talking: set[int], depth: int) -> None:
    """Lists of people records that no talk holds, none of them timed: the event's people
    with the role their list names. Reads the conventions of committee and organiser
    data: people lists under role keys (``organizing:``, ``Committees:``, ``Local_team:``),
    a group's ``members`` under its ``role:`` ("General Chairs"), a file of people whose
    name says what they are (``keynotes.yml``), each record's own ``position``. A record
    is a person by its fields (a name beside an affiliation, a bio, given and family
    names), never by its value alone; each name still passes the one person test when
    the programme is built."""
    if depth > MAX_DEPTH or id(node) in talking:
        return
    if isinstance(node, list):
        items = [x for x in node[:2000] if isinstance(x, dict)]
        persons = [
            x
            for x in items
            if id(x) not in talking
            and not _timed(x)
            and (is_person_record(x) or names_own_person(x))
            and not is_talk_record(x)
        ]
        named = bool(group_role(label))
        if persons and (len(persons) >= 2 or named) and len(persons) * 3 >= len(items) * 2:
            for record in persons:
                if id(record) not in found.people:
                    found.people.add(id(record))
                    found.listed_people.append(record)
                    found.role_listed.add(id(record))
                found.people_roles.setdefault(
                    id(record), group_role(_label_of(record)) or group_role(label) or "other"
                )
            return
        for item in node[:2000]:
            _people_lists(item, label, found, talking, depth + 1)
        return
    if not isinstance(node, dict) or is_talk_record(node):
        return
    if id(node) in found.people and (is_person_record(node) or names_own_person(node)):
        return  # a person's own lists (their links, their talks' ids) hold no people
    own = _label_of(node)
    for key, value in node.items():
        if isinstance(value, (dict, list)):
            _people_lists(value, own or str(key), found, talking, depth + 1)


def _listed_people(document: list[Any], found: Found) -> None:
    """A file that its name says holds speakers, a list of records none of which has a
    time (a speaker's ``title`` there is a job): people."""
    records = [r for r in document if isinstance(r, dict)]
    if records and not any(_timed(r) for r in records):
        for record in records:
            if id(record) not in found.people:
                found.people.add(id(record))
                found.listed_people.append(record)


def _people_pointed_at(node: Any, found: Found, depth: int) -> None:
    """Mark the records that speaker fields point at by id as people."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            _people_pointed_at(item, found, depth + 1)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if "speaker" in roles_of(str(key)):
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, (str, int)) and not isinstance(item, bool):
                    target = found.tables.get(str(item), str(key))
                    if (
                        target is not None
                        and target is not node
                        and not found.tables.same_list(target, node)
                    ):
                        found.people.add(id(target))
        if isinstance(value, (dict, list)):
            _people_pointed_at(value, found, depth + 1)


def _holders_pointed_at(node: Any, found: Found, depth: int) -> None:
    """Mark the records that talk records point at by a plain reference (``panel_id``:
    a key that names ids and no role of people, place or kind) as their holders."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            _holders_pointed_at(item, found, depth + 1)
        return
    if not isinstance(node, dict):
        return
    talk = None
    for key, value in node.items():
        if isinstance(value, (dict, list)):
            _holders_pointed_at(value, found, depth + 1)
            continue
        if roles_of(str(key)) != {"id", "ref"} or not isinstance(value, (str, int)):
            continue  # roomId, speakerIds, categoryIds name what a talk has, not holds it
        target = found.tables.get(str(value), str(key))
        if target is None or target is node or found.tables.same_list(target, node):
            continue
        if talk is None:
            talk = id(node) not in found.people and is_talk_record(node)
        if talk and id(target) not in found.people and is_talk_record(target):
            found.holders.add(id(target))


def _tables(node: Any, key: str, found: Found, depth: int, doc: str = "") -> None:
    if depth > MAX_DEPTH:
        return
    if isinstance(node, dict):
        keyed = [v for v in node.values() if isinstance(v, dict)]
        if keyed and len(keyed) == len(node):  # {"sp-1": {...}, "sp-2": {...}}: ids as keys
            for ident, item in node.items():
                if is_person_record(item) or title_of(item):
                    found.tables.add(str(ident), key, item, doc + key)
        for k, v in node.items():
            _tables(v, str(k), found, depth + 1, doc)
        return
    items: list[Any] = node if isinstance(node, list) else []
    for item in items:
        if isinstance(item, dict):
            ident = own_id(item)
            if ident is not None and (title_of(item) or is_person_record(item)):
                found.tables.add(str(ident), key, item, doc + key)
            _tables(item, key, found, depth + 1, doc)
    for field_key in _key_columns(items):
        for item in items:
            if isinstance(item, dict) and isinstance(item.get(field_key), str):
                found.tables.add(item[field_key], key, item, doc + key)


_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


def list_stem(key: str) -> str:
    """``rooms`` → ``room``: the word a list's key names one of its records by."""
    return _list_stem(key)


def slug_like(text: str) -> bool:
    """A code written as one lowercase token (``k1``, ``hall-a``, ``stian``)."""
    return _SLUG_RE.match(text) is not None


def _key_columns(items: list[Any]) -> list[str]:
    """Fields that name a list's records as ids do though their key says nothing
    (``image: stian`` for ``talk: stian`` elsewhere): slug-like values, one record
    each, in at least three records, on records without an id of their own."""
    records = [i for i in items if isinstance(i, dict)]
    if len(records) < 3 or any(own_id(r) is not None for r in records):
        return []
    out = []
    for field_key in {k for r in records for k in r}:
        if roles_of(str(field_key)) & {"title", "abstract", "name", "speaker"}:
            continue
        slugs = [r.get(field_key) for r in records]
        named = [v for v in slugs if isinstance(v, str) and _SLUG_RE.match(v)]
        if (
            len(named) >= 3
            and len(set(named)) == len(named)
            and all(
                v is None or v == "" or (isinstance(v, str) and _SLUG_RE.match(v)) for v in slugs
            )
        ):
            out.append(str(field_key))
    return sorted(out)


def _people_with_topics(node: Any, depth: int = 0) -> bool:
    """Two or more people's records, in a list down to two levels in, that each give a
    talk besides the name (``{name, company, topic}``: a page's speakers, each with the
    talk they give), not a job's ``title``: the records of a programme, not of one
    talk's speakers."""
    if depth > 2 or not isinstance(node, (dict, list)):
        return False
    children = list(node.values()) if isinstance(node, dict) else node
    given = [
        c
        for c in children
        if isinstance(c, dict)
        and first(c, "name") is not None
        and any(
            isinstance(v, str) and v.strip() and k != "title" and roles_of(str(k)) == {"title"}
            for k, v in c.items()
        )
    ]
    if isinstance(node, list) and len(given) >= 2:
        return True
    return any(_people_with_topics(c, depth + 1) for c in children)


def _holds_talks(node: Any, depth: int, found: Found | None = None, owner: Any = None) -> bool:
    """Whether ``node`` holds talk records, or records pointing at talks other than
    ``owner`` (pretalx's answers name their own submission: no talk inside it)."""
    if depth > 6:
        return False
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    for child in children:
        if isinstance(child, dict) and (
            is_talk_record(child)
            or _slot_of_items(child)
            or (found is not None and _points_at_talk(child, found, owner))
        ):
            return True
        if isinstance(child, (dict, list)) and _holds_talks(child, depth + 1, found, owner):
            return True
    return False


def _lists_titled_items(value: Any) -> bool:
    """A list of records with titles of their own (not people): inside a timed slot, the
    items of the session that holds them, each a talk at the slot's time, whether or not
    it names a speaker (a plenary's ``talks: [{title: "Ana Ruiz", format: Keynote}]``)."""
    return isinstance(value, list) and any(
        isinstance(item, dict)
        and first(item, "title", (str, dict)) is not None
        and not is_person_record(item)
        for item in value
    )


def _slot_of_items(record: dict[str, Any]) -> bool:
    """A time slot without a title of its own holding titled items (``{start: "10:20",
    activities: [{title: …}, …]}``): its items are talks at its time."""
    if title_of(record) or first(record, "start", (str, int)) is None:
        return False
    return any(
        isinstance(item, dict) and title_of(item)
        for value in record.values()
        if isinstance(value, list)
        for item in value
    )


def _list_kind(key: Any) -> str:
    """The kind word of a list's key that names one kind of item (``keynotes``,
    ``workshops``, ``lightning_talks``), else "": the key of a list of talks, a day's
    programme or an event's parts says none."""
    if not isinstance(key, str) or len(key) > 40:
        return ""
    stem = list_stem(key)
    kind, tag = talk_kind(stem)
    if kind in ("other", "break", "social") or (kind == "talk" and tag is None):
        return ""
    return stem


def _points_at_talk(record: dict[str, Any], found: Found, owner: Any = None) -> bool:
    own = title_of(record)
    for key, value in record.items():
        if roles_of(str(key)) & {"id", "ref"} == {"id"}:
            continue  # the record's own id ("id": 1), which points nowhere
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            target = found.tables.get(str(value), str(key))
            if (
                target is not None
                and target is not record
                and target is not owner
                and is_talk_record(target)
            ):
                return not own or own == str(value)
    return False


def _talks(node: Any, ctx: Context, found: Found, depth: int, alone: bool, top: Any) -> None:
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        like = _like_talks(node, found)
        heads = _heading_rows(node, found)
        _untitled_rows(node, found)
        cell = _row_time_cell(node)
        for item in node:
            if cell is not None and item is node[0]:
                # [{time: "11:00"}, {talk: …}, {talk: …}]: a grid row whose first cell is
                # its time, the cells after it the items at that time (one per room)
                ctx = replace(ctx, start=cell, end=None)
                continue
            if id(item) in heads:
                # "Session 2" alone in its row: the session holding the rows after it
                found.sessions.append((item, ctx))
                ctx = replace(ctx, session=title_of(item)[:100])  # the session's key
                continue
            if id(item) in like:
                found.talks.append((item, ctx))
                continue
            if (
                isinstance(item, dict)
                and id(item) not in found.people
                and not is_talk_record(item)
                and labelled_segments(title_of(item))[1]
                and any(isinstance(i, dict) and is_talk_record(i) for i in node)
            ):
                found.sessions.append((item, ctx))  # "Session 2 | Chair: Ana Ruiz"
                continue
            _talks(item, ctx, found, depth + 1, len(node) == 1 and not ctx.session, top)
        return
    if not isinstance(node, dict):
        return
    if listed := id_list_slots(node, found):
        for one in listed:
            found.talks.append((one, replace(ctx, day=day_of(node) or ctx.day)))
        return
    if id(node) in found.people:  # a speaker's record: its "title" is a job, not a talk
        _person_stubs(node, found)
        return
    if (slot := slot_of(node, found)) is not None and time_like(slot):
        found.talks.append((slot, replace(ctx, day=day_of(node) or ctx.day)))
        return
    if _dangling_slot(node, found):
        return  # "talk: hallvard" where the other slots' ids name talks: an id, no title
    if id(node) in found.holders:  # a panel its talks point at: their session
        found.sessions.append((node, ctx))
        return
    if is_talk_record(node) or (
        ctx.start is not None
        and (named := first(node, "title", (str, dict))) is not None
        and not (isinstance(named, dict) and is_talk_record(named))  # {talk: {title, …}}
        and not is_person_record(node)
    ):  # a titled record inside a timed slot is a talk, with or without a speaker
        holds = any(
            _holds_talks(v, 0, found, node) or (ctx.start is not None and _lists_titled_items(v))
            for k, v in node.items()
            if isinstance(v, (dict, list)) and not roles_of(str(k)) & _PEOPLE_ROLES
        ) or any(
            _people_with_topics(v) for v in node.values() if isinstance(v, (dict, list))
        )  # a talk's speakers field holds its people ({first, last, title: "Director"})
        if not holds:
            found.talks.append((node, ctx))
            return
        inner = replace(ctx, day=day_of(node) or start_day(node) or ctx.day)
        if (
            (alone or node is top)
            and ctx.start is None  # a record in a timed slot is a session of the event
            and not found.events
            and not any(values(node, "chair"))
        ):
            found.events.append(node)  # alone at the top: the event (a chaired one a session)
        else:
            found.sessions.append((node, ctx))
            inner = replace(inner, session=str(first(node, "id", (str, int)) or title_of(node)))
            place = first(node, "room")
            if isinstance(place, str) and place.strip() and place not in found.tables:
                inner = replace(inner, room=place.strip())  # the session's room: its talks'
            if (at := _clock_start(node)) is not None:
                # the session's start: its items' that have no time of their own (the
                # opening before the first timed talk, lectures listed under "9:00")
                inner = replace(inner, start=at, end=None)
        for key, value in node.items():
            if isinstance(value, (dict, list)) and (
                not roles_of(str(key)) & (_WHAT_ITEMS_HAVE | _PEOPLE_ROLES)
                or _people_with_topics(value)  # "speakers:" each with the talk they give
            ):
                _talks(value, inner, found, depth + 1, False, top)
        return
    if is_person_record(node):
        _person_stubs(node, found)
        if names_own_person(node) and id(node) not in found.people:
            # a row naming a person among the talks (a session's chair between them):
            # a person of the event, not a talk
            found.people.add(id(node))
            found.listed_people.append(node)
        return
    here = replace(ctx, day=day_of(node) or _title_day(node) or ctx.day)
    if here.day is None and (label := _day_label(node)):
        here = replace(here, day_label=label)
    if not title_of(node) and (start := first(node, "start", (str, int, dict))) is not None:
        here = replace(here, start=start, end=first(node, "end", (str, int, dict)))
        rooms = {k: v for k, v in node.items() if not isinstance(v, (str, int)) or v is None}
        if (len(rooms) > 1 or rooms.keys() <= found.room_keys) and _room_row(rooms):
            # {time: "10:00", munich: {talk}, partenkirchen: {talk}}: a slot whose other
            # keys are its rooms (or tracks), each holding the item there
            found.room_keys.update(str(k) for k in rooms)
            for room, item in rooms.items():
                if isinstance(item, dict):
                    place = str(room).strip()
                    place = place[:1].upper() + place[1:] if place.islower() else place
                    _talks(
                        _untitled_item(item),
                        replace(here, room=place),
                        found,
                        depth + 1,
                        False,
                        top,
                    )
            return
    if title_of(node) and any(True for _ in values(node, "chair")) and _holds_talks(node, 0, found):
        # {"name": "Morning session", "chair": ..., "talks": [...]}: a session without a time
        found.sessions.append((node, ctx))
        here = replace(here, session=str(first(node, "id", (str, int)) or title_of(node)))
    siblings = len(node) == 1
    for key, value in node.items():
        inner = here
        if isinstance(key, str) and _DAY_KEY_RE.match(key):
            digits = key.replace("-", "")
            inner = replace(here, day=parse_iso_date(f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"))
        elif isinstance(key, str) and isinstance(value, (dict, list)) and _names_a_day(key):
            inner = replace(here, day_label=key.strip())  # "tuesday: [talks]"
        elif isinstance(key, str) and _CLOCK_KEY_RE.fullmatch(key) and isinstance(value, dict):
            # {"10:30": {"Hall A": {talk}, "Hall B": {talk}}}: the items at that time,
            # each in the room (or track) its key names
            inner = replace(here, start=key.strip(), end=None)
            if _room_row(value):
                for room, item in value.items():
                    if isinstance(item, dict):
                        item = _untitled_item(item)
                        _talks(
                            item,
                            replace(inner, room=str(room).strip()),
                            found,
                            depth + 2,
                            False,
                            top,
                        )
                continue
        if isinstance(value, dict) and "event" in roles_of(str(key)):
            found.events.append(value)  # "conference": {"title": ..., "start_date": ...}
            for sub in value.values():  # its own timed parts (registration, lunch) are items
                if isinstance(sub, (dict, list)):
                    _talks(sub, inner, found, depth + 1, False, top)
            continue
        if isinstance(value, list) and (kind := _list_kind(key)):
            inner = replace(inner, kind=kind)
        if isinstance(value, (dict, list)):
            _talks(value, inner, found, depth + 1, alone and siblings, top)


def _names_a_day(text: str) -> bool:
    """``Monday``, ``Day 2``, ``Jour 1``: a short label naming a day of the event."""
    from confnotes.importers.headings import is_day

    return 0 < len(text) <= 30 and is_day(text.strip(), None)


def _day_label(node: dict[str, Any]) -> str:
    """The day a record's date field names in words (``day: Monday``), no date; "" for
    none."""
    for key, value in node.items():
        if isinstance(value, str) and "date" in roles_of(str(key)) and _names_a_day(value):
            return value.strip()
    return ""


_SEGMENT_SEP = " | "


def labelled_field(text: str, roles: Iterable[str]) -> tuple[str, str, str]:
    """``Speaker: Ana Ruiz``: (the first of ``roles`` its label of at most three words
    names, the label, the value); ("", "", "") when no such label leads the text."""
    label, colon, value = text.partition(":")
    if not colon or not value.strip() or len(label.split()) > 3:
        return "", "", ""
    named = roles_of(label.strip())
    role = next((r for r in roles if r in named), "")
    return (role, label.strip(), value.strip()) if role else ("", "", "")


def labelled_segments(title: str) -> tuple[str, dict[str, list[str]]]:
    """Fields written into a title between bars (``Session 3 - Genomics | Chair: Ana
    Ruiz``): the title without them, and each segment ``Label: value`` whose label names
    a role of people (chair, speaker) by that role. Found with ``str.split``."""
    if _SEGMENT_SEP not in title:
        return title, {}
    kept: list[str] = []
    named: dict[str, list[str]] = {}
    for segment in title.split(_SEGMENT_SEP):
        role, _label, value = labelled_field(segment, ("chair", "speaker"))
        if role:
            named.setdefault(role, []).append(value)
        else:
            kept.append(segment.strip())
    return " - ".join(k for k in kept if k) or title, named


def _row_time_cell(items: list[Any]) -> Any:
    """The time a grid row's first cell gives the cells after it: only a row's first
    item, and only when no other item of the list carries a time of its own (a flat list
    of timed talks holding an empty slot, ``{"time": "10:00"}``, does not time the
    untimed items after it); None otherwise."""
    if not items or (at := _time_cell(items[0])) is None:
        return None
    for item in items[1:]:
        if isinstance(item, dict) and first(item, "start", (str, int)) is not None:
            return None
    return at


def _time_cell(item: Any) -> Any:
    """The start a cell of a row gives when it holds a time and nothing else (``{column:
    null, time: "09:30"}``): the time of the cells beside it; None for any other item."""
    if not isinstance(item, dict) or title_of(item):
        return None
    start = first(item, "start", (str, int))
    if start is None or isinstance(start, bool):
        return None
    if isinstance(start, str) and not _CLOCK_RE.match(start):
        return None  # "(CET)" under a "Time" header: a note on the column, no time
    others = [
        v for k, v in item.items() if v is not None and not roles_of(str(k)) & {"start", "end"}
    ]
    return None if others else start


def _heading_rows(items: list[Any], found: Found) -> set[int]:
    """Rows of a timed list that give a title and nothing else, no time, each just before
    a timed row (``,Session 1,,`` over the rows of its talks in a spreadsheet): the
    headings of the sessions the rows after them form, as a table's group rows are.
    Only in a list mostly timed and when two rows at least are written so (a lone
    untimed title among talks may be one of them); a meal or a pause is no heading. By
    ``id()``."""
    from confnotes.importers.kinds import kind_of
    from confnotes.importers.schedule_util import talk_kind

    records = [i for i in items if isinstance(i, dict)]
    if len(records) < 4:
        return set()
    timed = [first(r, "start", (str, int)) is not None for r in records]
    if sum(timed) * 3 < len(records) * 2:
        return set()
    out = set()
    chaired = set()
    for i, record in enumerate(records[:-1]):
        title = title_of(record)
        if not title or timed[i] or not timed[i + 1] or id(record) in found.people:
            continue
        if talk_kind(title)[0] == "break":
            continue
        if (
            all(roles_of(str(k)) & {"title", "name"} for k in record)
            and kind_of(title) == "talk"  # "Panel: …", "Welcome and opening remarks": items
        ):
            out.add(id(record))
        elif _chaired_head(record, title):
            chaired.add(id(record))
    chaired = _series_heads(records, timed, chaired)
    if len(chaired) >= 2:
        found.chaired_heads.update(chaired)
        out |= chaired
    return out if len(out) >= 2 else set()


_NUMBERED_LABEL_RE = re.compile(r"\s(?:\d{1,2}|[IVX]{1,4})[.:]?$")
"""A label closed by its number, arabic or roman (``Invited Session IV``, ``Sesión 2``,
``Keynote Lecture II``): one block of a series the programme numbers."""


def _label_stem(title: str) -> str:
    """A numbered label without its number (``Invited Session IV`` → ``invited session``);
    "" for a title no number closes."""
    m = _NUMBERED_LABEL_RE.search(title)
    return " ".join(title[: m.start()].split()).casefold() if m else ""


def _series_heads(records: list[Any], timed: list[bool], chaired: set[int]) -> set[int]:
    """Of the rows :func:`_chaired_head` took for session headings, those of a numbered
    series: a label another heading row numbers too (``Invited Session I`` … ``II``) and
    no timed row does (``Lecture 1`` untimed above ``Lecture 2`` at 09:00 is a lecture of
    a series, its time not known; ``Rust Part II`` alone is a talk's title)."""
    stems = Counter(_label_stem(title_of(r)) for r in records if id(r) in chaired)
    in_talks = {_label_stem(title_of(r)) for r, t in zip(records, timed, strict=True) if t}
    return {
        id(r)
        for r in records
        if id(r) in chaired
        and stems[stem := _label_stem(title_of(r))] >= 2
        and stem not in in_talks
    }


def _chaired_head(record: dict[str, Any], title: str) -> bool:
    """A row that heads a block of talks and names the person who chairs it in its
    people column (``,,,Invited Session II,Ana Ruiz (NYCU)`` over timed rows): no field
    but a numbered label (:data:`_NUMBERED_LABEL_RE`) and people, as a spreadsheet writes
    a session's heading with its chair in the only column that holds names."""
    return (
        len(title) <= 60
        and bool(_NUMBERED_LABEL_RE.search(title))
        and all(roles_of(str(k)) & {"title", "name", "speaker", "chair"} for k in record)
        and any(roles_of(str(k)) & _PEOPLE_ROLES for k in record)
    )


def _like_talks(items: list[Any], found: Found) -> set[int]:
    """Records of a list of talks that are items of it though they name no time or
    person of their own (``{"title": "Selected Talk | …", "place": "online"}`` among
    invited talks with speakers; a CSV row holding only its title among rows of talks):
    titled records whose fields are all fields of the talks beside them, sharing one
    that is not a title or an id, or in a list that is mostly talks. By ``id()``."""
    records = [i for i in items if isinstance(i, dict)]
    if len(records) < 3:
        return set()
    talks = {id(r) for r in records if id(r) not in found.people and is_talk_record(r)}
    if len(talks) < 2:
        return set()
    keys = {k for r in records if id(r) in talks for k in r}
    plain = {k for k in keys if not roles_of(str(k)) & {"title", "id", "name"}}
    mostly = len(talks) * 3 >= len(records) * 2
    out = set()
    for record in records:
        if (
            id(record) in talks
            or id(record) in found.people
            or is_person_record(record)
            or not title_of(record)
            or labelled_segments(title_of(record))[1]  # "Session 2 | Chair: …": a session
            or any(
                not roles_of(str(k)) & {"id", "ref"} for k in set(record) - keys
            )  # its own fields beyond theirs only ids (``easychair_id``)
            or any(isinstance(v, (dict, list)) and v for v in record.values())
        ):
            continue
        if mostly or set(record) & plain:
            out.add(id(record))
    return out


def _untitled_rows(items: list[Any], found: Found) -> None:
    """Rows of a table of talks that hold a person and no title (``Day | Name |
    Affiliation | Title``, the title cell left empty: the speaker registered, the talk to
    come): the event's people still. A row counts when its fields are all columns of the
    talk rows beside it and its name passes the person test on its own. A session
    record whose title is still empty and whose speaker field names people (``title:
    "", speakers: [Ana Ruiz]``) holds the event's people in the same way."""
    from confnotes.importers.persons import is_person_name

    records = [i for i in items if isinstance(i, dict)]
    talks = [r for r in records if is_talk_record(r)]
    if len(talks) < 2:
        return
    columns = {k for r in talks for k in r}
    for record in records:
        if id(record) in found.people or title_of(record) or not set(record) <= columns:
            continue
        if not is_person_record(record):
            _untitled_speakers(record, found)
            continue
        names = [v for _k, v in values(record, "name") if isinstance(v, str)]
        if names and all(is_person_name(" ".join(n.split())) for n in names):
            found.people.add(id(record))
            found.listed_people.append(record)
            found.role_listed.add(id(record))


def _untitled_speakers(record: dict[str, Any], found: Found) -> None:
    """The people an untitled session's speaker field names as plain names, each passing
    the person test, as records of their own among the event's listed people."""
    from confnotes.importers.persons import is_person_name

    names: list[str] = []
    for key, value in values(record, "speaker"):
        if "ref" in roles_of(key):
            return  # ids into a speakers list: that list holds them
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                return
            names.append(" ".join(item.split()))
    for name in names:
        if is_person_name(name):
            person = {"name": name}
            found.people.add(id(person))
            found.listed_people.append(person)
            found.role_listed.add(id(person))


def _person_stubs(node: dict[str, Any], found: Found) -> None:
    """The talks a speaker's record names: the sessions it lists with their ids and
    titles (Sessionize's speakers), a talk record inside it (``talk: {title, abstract}``)
    or a talk's title in a field that names a talk, not the person's job (``talk: "Type.
    Context."``; ``title: Professor`` is a job). Joined to the programme's talks by id,
    else by title."""
    for key, value in node.items():
        if isinstance(value, list):
            for item in value:
                if isinstance(item, dict) and title_of(item) and first(item, "id", (str, int)):
                    found.stubs.append((item, node))
        elif isinstance(value, dict) and first(value, "title", (str, dict)) is not None:
            if not is_person_record(value) and not roles_of(str(key)) & _WHAT_ITEMS_HAVE:
                found.stubs.append((value, node))  # talk: {title, abstract}
        elif (
            isinstance(value, str)
            and value.strip()
            and "title" in roles_of(str(key))
            and "".join(key_words(str(key))) not in _JOB_TITLE_KEYS
        ):
            found.stubs.append(({"title": " ".join(value.split())}, node))


_JOB_TITLE_KEYS = frozenset({"title", "titel", "titre", "titulo", "titolo", "heading", "subject"})
"""Keys that on a person's record name the person's job (``title: Professor``); the
other title words (``talk``, ``topic``, ``session``) name the talk the person gives."""


def labelled_role(record: dict[str, Any]) -> str:
    """``chair`` when a field of a person's record begins with a chair's label
    (``"time": "Chair<br>9:00-10:30am"``, ``"role": "Moderator"``); "" otherwise."""
    for value in record.values():
        if isinstance(value, str):
            head = re.match(r"\s*([^\W\d_]+)", value)
            if head and "chair" in roles_of(head.group(1)):
                return "chair"
    return ""


def _title_day(record: dict[str, Any]) -> date | None:
    """A record that holds items and is titled by a day (``title: Thursday / 26
    October``), or, with no title, labelled by one in a field no key names
    (``label: Monday, 10 November 2025``): the day of the items inside it."""
    from confnotes.importers.when import parse_day, yearless_day

    title = title_of(record)
    texts = [title] if title else [v for v in record.values() if isinstance(v, str)][:8]
    for text in texts:
        if not text or len(text) > 40 or not any(ch.isdigit() for ch in text):
            continue
        if found := parse_day(text) or yearless_day(text):
            return found
    return None


def _clock_start(record: dict[str, Any]) -> Any:
    """A record's start when it holds a time of day (``9:00``, ``8:00 - 11:00``, an ISO
    date and time), not a date alone; None otherwise."""
    from confnotes.importers.textutil import parse_clock

    value = first(record, "start", (str, int)) or clock_field(record)
    if isinstance(value, int) and not isinstance(value, bool):
        return value  # YAML 1.1 reads 09:30 as 570 minutes
    if isinstance(value, str) and len(value) <= 40 and parse_clock(value) is not None:
        return value
    return None


def start_day(record: dict[str, Any]) -> date | None:
    value = first(record, "start", (str, dict))
    if isinstance(value, dict):
        value = value.get("date")
    return parse_iso_date(str(value)[:10]) if isinstance(value, str) else None
