"""Corrections a user makes to what an importer got wrong, each with a recorded undo.

Renaming a person, a talk or a conference changes its name, keeps the old one
as an alias (so every ``[[link]]`` written before still resolves) and rewrites
the links that named it by its old name. Deleting a "person" who is not one
(``Room 5``, ``TBA``) takes them off their talks and conferences. Setting a
conference's timezone either re-labels the times (they were local times of the
new zone all along) or converts them (the same instants, shown in the new zone).

Every edit appends its inverse to the undo journal, ``.confnotes/undo.jsonl``
(one JSON object a line); :func:`undo_last` applies the latest one and removes
it. The journal is derived data like the rest of ``.confnotes/``: deleting it
only forgets the undos. Ids never change, so no file is renamed. All writes go
through :class:`~confnotes.notebook.notebook.Notebook`'s save methods, as revisions of the
objects it holds (never those changed in place): the notebook adopts each once it is
on disk, so the UI never draws half an edit and a failed write leaves nothing to undo.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from confnotes.errors import BadInputError, NotFoundError, UsageError
from confnotes.knowledge.people import resolve_person
from confnotes.knowledge.wikilinks import (
    ALIASES_KEY,
    CONFERENCE,
    PERSON,
    TALK,
    LinkResolver,
    Target,
    aliases_of,
    rewrite_links,
)
from confnotes.model import (
    Conference,
    Person,
    Role,
    Talk,
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    revised,
)
from confnotes.notebook.notebook import PEOPLE_DIR, Notebook
from confnotes.notebook.storage import atomic_write

JOURNAL = "undo.jsonl"
"""The undo journal's file name under ``.confnotes/``."""


@dataclass
class EditReport:
    """What an edit changed, in words a user reads, and how to undo it."""

    summary: str
    changed: list[str] = field(default_factory=list)
    """Ids of the talks, people and conferences whose files were written."""
    undo: str = "confnotes undo"


# ---------------------------------------------------------------------- the journal


def _journal(nb: Notebook) -> Path:
    return nb.ensure_derived_dir() / JOURNAL


def record_undo(nb: Notebook, inverse: dict[str, Any]) -> None:
    """Append an edit's inverse to the journal (atomically: the whole file is rewritten)."""
    path = _journal(nb)
    old = path.read_bytes() if path.exists() else b""
    line = json.dumps(inverse, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
    atomic_write(path, old + line)


def pending_undos(nb: Notebook) -> list[dict[str, Any]]:
    """The journal's inverses, oldest first (unreadable lines are skipped)."""
    path = nb.root / ".confnotes" / JOURNAL
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(item, dict) and "op" in item:
            out.append(item)
    return out


def undo_last(nb: Notebook) -> EditReport:
    """Apply the latest recorded inverse and drop it from the journal.

    Raises:
        UsageError: there is nothing to undo.
    """
    items = pending_undos(nb)
    if not items:
        raise UsageError("nothing to undo (the journal .confnotes/undo.jsonl is empty)")
    inverse = items[-1]
    report = _apply(nb, inverse)
    rest = b"".join(
        json.dumps(i, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
        for i in items[:-1]
    )
    atomic_write(_journal(nb), rest)
    report.undo = ""
    return report


def _apply(nb: Notebook, inv: dict[str, Any]) -> EditReport:
    op = inv["op"]
    if op == "rename":
        links = inv.get("links") if isinstance(inv.get("links"), dict) else {}
        report = rename(nb, inv["kind"], inv["id"], inv["name"], journal=False, restore=links)
        _set_aliases(nb, inv["kind"], inv["id"], list(inv.get("aliases") or []))
        return report
    if op == "restore_person":
        return _restore_person(nb, inv)
    if op == "timezone":
        return _restore_timezone(nb, inv)
    if op == "split":
        from confnotes.knowledge.people import split_person

        back = split_person(nb, inv["person"], inv["name"])
        return EditReport(f"split {back.id} off {inv['person']} again", [back.id])
    if op == "merge":
        from confnotes.knowledge.people import merge_people

        merge_people(nb, inv["keep"], inv["other"])
        return EditReport(f"merged {inv['other']} back into {inv['keep']}", [inv["keep"]])
    raise UsageError(f"cannot undo an edit of kind {op!r} (written by a newer confnotes?)")


# ---------------------------------------------------------------------- renaming


def _object(nb: Notebook, kind: str, obj_id: str) -> Talk | Person | Conference:
    if kind == TALK:
        return nb.talk(obj_id)
    if kind == PERSON:
        return resolve_person(nb, obj_id)
    if kind == CONFERENCE:
        return nb.conference(obj_id)
    raise UsageError(f"cannot rename a {kind}")


def _name_of(obj: Talk | Person | Conference) -> str:
    return obj.title if isinstance(obj, Talk) else obj.name


def _aliases(obj: Talk | Person | Conference) -> list[str]:
    return list(obj.aliases) if isinstance(obj, Person) else aliases_of(obj)


def _set_aliases(nb: Notebook, kind: str, obj_id: str, aliases: list[str]) -> None:
    obj = _object(nb, kind, obj_id)
    _save(nb, _renamed(obj, _name_of(obj), aliases))


def _revision(obj: Talk | Person | Conference) -> Talk | Person | Conference:
    """A copy to change and hand to the notebook (which adopts it once written)."""
    if isinstance(obj, Talk):
        return revised(obj)
    return copy.deepcopy(obj)


def _renamed(
    obj: Talk | Person | Conference, name: str, aliases: list[str]
) -> Talk | Person | Conference:
    """A revision of ``obj`` with this name and these aliases."""
    new = _revision(obj)
    if isinstance(new, Talk):
        new.title = name
    else:
        new.name = name
    if isinstance(new, Person):
        new.aliases = list(aliases)
    elif aliases:
        new.extra[ALIASES_KEY] = list(aliases)
    else:
        new.extra.pop(ALIASES_KEY, None)
    return new


def _save(nb: Notebook, obj: Talk | Person | Conference) -> bool:
    if isinstance(obj, Talk):
        return nb.save_talk(obj)
    if isinstance(obj, Person):
        return nb.save_person(obj)
    return nb.save_conference(obj)


def rename(
    nb: Notebook,
    kind: str,
    ref: str,
    new_name: str,
    journal: bool = True,
    restore: dict[str, list[str]] | None = None,
) -> EditReport:
    """Rename a talk, person or conference; the old name stays as an alias and links that
    named it by the old name are rewritten to the new one.

    Raises:
        NotFoundError: no such object. BadInputError: an empty name.
        ConflictError, StorageError: a file could not be written (nothing after it is).
    """
    new_name = " ".join(new_name.split())
    if not new_name:
        raise BadInputError("the new name is empty")
    obj = _object(nb, kind, ref)
    old_name, old_aliases = _name_of(obj), _aliases(obj)
    if old_name == new_name:
        return EditReport(f"{obj.id} is already called {new_name!r}", [], "")
    resolver = LinkResolver(nb)
    target = resolver.target(kind, obj.id) or Target(kind, obj.id, old_name)
    aliases = [a for a in old_aliases if a.casefold() != new_name.casefold()]
    if old_name.casefold() not in {a.casefold() for a in aliases}:
        aliases.append(old_name)
    _save(nb, _renamed(obj, new_name, aliases))  # not saved: the notebook is as it was
    changed = [obj.id]
    rewritten: dict[str, list[str]] = {}
    notes: list[Talk | Person] = [*nb.talks.values(), *nb.people.values()]
    try:
        for other in notes:
            if not other.body or "[[" not in other.body or other.extra.get("_unreadable"):
                continue
            key = f"{'person' if isinstance(other, Person) else 'talk'}:{other.id}"
            originals = (restore or {}).get(key)
            body, replaced = rewrite_links(other.body, resolver, target, new_name, originals)
            if body != other.body:
                _save(
                    nb,
                    revised(other, body=body)
                    if isinstance(other, Talk)
                    else replace(other, body=body),
                )
                changed.append(other.id)
                rewritten[key] = replaced
    finally:
        # Recorded even when a note could not be written: what was done can be undone.
        if journal:
            inverse = {"op": "rename", "kind": kind, "id": obj.id, "name": old_name}
            record_undo(nb, {**inverse, "aliases": old_aliases, "links": rewritten})
    links = len(changed) - 1
    return EditReport(
        f"renamed {kind} {obj.id}: {old_name!r} → {new_name!r} (old name kept as an alias; "
        f"links rewritten in {links} note{'s' if links != 1 else ''})",
        changed,
    )


# ---------------------------------------------------------------------- deleting a person


def delete_person(nb: Notebook, ref: str) -> EditReport:
    """Remove a "person" who is not one: their talks lose the speaker, their conferences the
    role, their page goes (its text is kept in the journal for the undo)."""
    person = resolve_person(nb, ref)
    path = person.path or nb.root / PEOPLE_DIR / f"{person.id}.md"
    page = path.read_text(encoding="utf-8") if path.is_file() else ""
    talks: list[list[Any]] = []
    for talk in nb.talks.values():
        if person.id in talk.speakers:
            talks.append([talk.id, talk.speakers.index(person.id)])
    roles: list[list[Any]] = []
    for conf in nb.conferences.values():
        for i, role in enumerate(conf.people):
            if role.person == person.id:
                roles.append([conf.id, i, role.role])
    inverse = {"op": "restore_person", "id": person.id, "page": page, "talks": talks}
    inverse["roles"] = roles
    record_undo(nb, inverse)  # first: a delete cut short can still be undone
    for talk_id, _i in talks:
        talk = nb.talks[talk_id]
        nb.save_talk(revised(talk, speakers=[p for p in talk.speakers if p != person.id]))
    for conf_id in dict.fromkeys(c for c, _i, _r in roles):
        conf = nb.conferences[conf_id]
        nb.save_conference(replace(conf, people=[r for r in conf.people if r.person != person.id]))
    nb.delete_person(person.id)
    lines = [f"deleted person {person.id} ({person.name})"]
    lines += [f"  talk {t} no longer names {person.name} as a speaker" for t, _i in talks]
    lines += [f"  conference {c} no longer lists them ({r})" for c, _i, r in roles]
    return EditReport("\n".join(lines), [person.id, *(t for t, _i in talks)])


def _restore_person(nb: Notebook, inv: dict[str, Any]) -> EditReport:
    pid = str(inv["id"])
    path = nb.root / PEOPLE_DIR / f"{pid}.md"
    if pid in nb.people or path.exists():
        raise UsageError(f"a person {pid!r} exists again; not restoring over them", path)
    nb.restore_person(pid, str(inv.get("page") or ""))
    for talk_id, index in inv.get("talks") or []:
        talk = nb.talks.get(talk_id)
        if talk is not None and pid not in talk.speakers:
            talk = revised(talk)
            talk.speakers.insert(min(int(index), len(talk.speakers)), pid)
            nb.save_talk(talk)
    for conf_id, index, role in inv.get("roles") or []:
        conf = nb.conferences.get(conf_id)
        if conf is not None:
            conf = replace(conf, people=list(conf.people))
            conf.people.insert(min(int(index), len(conf.people)), Role(pid, str(role)))
            nb.save_conference(conf)
    return EditReport(f"restored person {pid} with {len(inv.get('talks') or [])} talks", [pid])


# ---------------------------------------------------------------------- timezones


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInputError(
            f"unknown timezone {name!r} (an IANA name such as Europe/Lisbon)"
        ) from None


def _convert(value: datetime | None, old: ZoneInfo, new: ZoneInfo) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=old).astimezone(new).replace(tzinfo=None)


def set_timezone(nb: Notebook, conf_ref: str, zone: str, mode: str) -> EditReport:
    """Set a conference's timezone.

    ``mode`` ``relabel``: the times stay as written (they were local times in ``zone``).
    ``convert``: every talk and session keeps its instant and is re-written in ``zone``
    (each time converted with the offset of its own date, so a DST change is honoured).

    Raises:
        BadInputError: unknown zone or mode, or converting from an unknown zone.
    """
    if mode not in ("relabel", "convert"):
        raise BadInputError("say --relabel (times were local in the new zone) or --convert")
    conf = copy.deepcopy(nb.conference(conf_ref))  # its sessions change: a revision
    new = _zone(zone)
    old_name = conf.timezone
    inverse: dict[str, Any] = {"op": "timezone", "conference": conf.id, "timezone": old_name}
    talks = nb.talks_of(conf.id)
    if mode == "convert":
        if not old_name:
            raise BadInputError(
                f"{conf.id} has no timezone to convert from; use --relabel to set one"
            )
        old = _zone(old_name)
        inverse["talks"] = {t.id: [format_datetime(t.start), format_datetime(t.end)] for t in talks}
        inverse["sessions"] = {
            s.id: [format_datetime(s.start), format_datetime(s.end)] for s in conf.sessions
        }
        inverse["dates"] = [format_date(conf.start), format_date(conf.end)]
        for session in conf.sessions:
            session.start = _convert(session.start, old, new)
            session.end = _convert(session.end, old, new)
        _follow_days(conf, talks, old, new)
    record_undo(nb, inverse)
    conf.timezone = zone
    nb.save_conference(conf)
    changed = [conf.id]
    if mode == "convert":
        old = _zone(old_name or zone)
        for talk in talks:
            start, end = _convert(talk.start, old, new), _convert(talk.end, old, new)
            if (start, end) != (talk.start, talk.end):
                nb.save_talk(revised(talk, start=start, end=end))
                changed.append(talk.id)
        what = f"converted {len(changed) - 1} talks from {old_name} to {zone}"
    else:
        what = f"times kept as written, now read as {zone} (was {old_name or 'unknown'})"
    return EditReport(f"{conf.id}: {what}", changed)


def _follow_days(conf: Conference, talks: list[Talk], old: ZoneInfo, new: ZoneInfo) -> None:
    """A conversion that moves the first or last talk to another day moves the conference's
    first or last day with it (Tokyo's Monday morning is Chicago's Sunday evening)."""
    before = [t.start.date() for t in talks if t.start]
    after = [c.date() for t in talks if (c := _convert(t.start, old, new))]
    if not before:
        return
    if conf.start == min(before):
        conf.start = min(after)
    if conf.end == max(before):
        conf.end = max(after)


def _restore_timezone(nb: Notebook, inv: dict[str, Any]) -> EditReport:
    conf = copy.deepcopy(nb.conference(str(inv["conference"])))  # a revision

    def when(value: Any) -> datetime | None:
        return parse_datetime(value) if isinstance(value, str) and value else None

    for session in conf.sessions:
        if session.id in (inv.get("sessions") or {}):
            session.start, session.end = (when(v) for v in inv["sessions"][session.id])
    conf.timezone = inv.get("timezone")
    dates = inv.get("dates")
    if isinstance(dates, list) and len(dates) == 2:
        conf.start, conf.end = (parse_date(d) if isinstance(d, str) and d else None for d in dates)
    nb.save_conference(conf)
    changed = [conf.id]
    for talk_id, (start, end) in (inv.get("talks") or {}).items():
        talk = nb.talks.get(talk_id)
        if talk is None:
            raise NotFoundError(f"no talk with id {talk_id!r}")
        nb.save_talk(revised(talk, start=when(start), end=when(end)))
        changed.append(talk_id)
    return EditReport(f"{conf.id}: timezone back to {conf.timezone or 'unknown'}", changed)


def describe_undo(inverse: dict[str, Any]) -> str:
    """One line saying what undoing this inverse does."""
    op = inverse.get("op")
    if op == "rename":
        return f"rename {inverse.get('kind')} {inverse.get('id')} back to {inverse.get('name')!r}"
    if op == "restore_person":
        return f"restore person {inverse.get('id')} and their talks"
    if op == "timezone":
        return f"set {inverse.get('conference')}'s timezone back to {inverse.get('timezone')}"
    if op == "split":
        return f"split {inverse.get('name')!r} off {inverse.get('person')} again"
    if op == "merge":
        return f"merge {inverse.get('other')} back into {inverse.get('keep')}"
    return f"{op}"
