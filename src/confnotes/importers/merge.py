"""Merging an imported :class:`Programme` into the notebook, idempotently.

Everything an import finds is matched before anything is written: the
conference (by ``--conference``, by source, else by a slug of name and year),
its sessions (by key), talks (by the source's own id, else by normalised title
and start, else by a title unique in the conference) and people (see
:mod:`confnotes.knowledge.people`). Matched objects take the programme's new facts (a
moved talk gets its new time and room); unknown keys, the user's tags, links,
stars and — above all — note bodies stay. A body is filled from an import only
while it is empty. Re-running the same import writes nothing.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from confnotes.errors import ConflictError, ConfnotesError
from confnotes.importers.identity import talk_code, title_key
from confnotes.importers.persons import normalise_person
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.textutil import find_series
from confnotes.knowledge.people import (
    MAYBE_KEY,
    PeopleMatcher,
    affiliation_key,
    affiliations_overlap,
    display_name,
    name_key,
)
from confnotes.model import ROLES, TALK_KINDS, Conference, Person, Role, Session, SourceRef, Talk
from confnotes.notebook import records
from confnotes.notebook.link_kinds import normalise_url
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.slugs import file_name_key, make_slug


@dataclass
class ImportReport:
    """What one import did (or, with ``dry_run``, would do), as lines for people to read."""

    source: str
    format: str = ""
    conference_id: str = ""
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """What the import left alone: talks with broken front matter, notes that had text."""
    notes: list[str] = field(default_factory=list)
    """What the user should know: what the parser guessed or could not read (with line
    numbers), and people who may be the same person (kept apart until the user says)."""
    dry_run: bool = False
    error: ConfnotesError | None = None
    """Set when this source failed; the other sources of a batch still import."""
    skipped_file: str = ""
    """Why a file of a walked folder was not read at all (hidden, not text)."""
    programme: Programme | None = None
    """What was understood, for ``--dry-run`` to print as a tree."""

    @property
    def changed(self) -> bool:
        """True when the import wrote (or would write) anything."""
        return bool(self.added or self.updated or self.merged)

    def summary(self) -> str:
        """``12 added, 1 updated, 3 merged, 0 unchanged, 1 skipped, 2 notes``."""
        text = (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.merged)} merged, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped"
        )
        if self.notes:
            text += f", {len(self.notes)} note{'s' if len(self.notes) > 1 else ''}"
        return text


def programme_year(programme: Programme) -> int | None:
    """The year a programme is about: its start, else its milestones, else its name."""
    if programme.start:
        return programme.start.year
    for talk in programme.talks:
        if talk.start:
            return talk.start.year
    years = [int(d.date[:4]) for d in programme.dates if re.match(r"\d{4}", d.date)]
    if years:
        return max(years)
    _series, year = find_series(f"{programme.name} {programme.series} {programme.description}")
    if year:
        return year
    m = re.search(r"\b(19|20)\d\d\b", programme.name)
    return int(m.group(0)) if m else None


_OWN_KEYS = frozenset(records.TALK_KEYS) | {"id", "conference", "day", "cancelled", "note", "body"}
"""Front-matter keys a talk note's own fields use: an imported file's keys never take them."""

_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z0-9]*[A-Z0-9](?:[ -][A-Z0-9]+){0,3})\)")
"""``(DLDE III)``, ``(EODL 2025)``: the short name a long title gives itself."""


def _id_words(name: str) -> str:
    """The words a conference id is made of: the name, or the acronym it gives in brackets
    when the name is too long for an id (never an id cut in the middle of a title)."""
    if len(make_slug(name, "conference", max_length=200)) <= 54:
        return name
    m = _ACRONYM_RE.search(name)
    return m.group(1) if m else name


def conference_id_for(nb: Notebook, programme: Programme) -> str:
    """The conference a programme belongs to: one with the same source, else name + year."""
    if programme.source_id:
        ref = SourceRef(programme.format, programme.source_id)
        for conf in nb.conferences.values():
            if ref in conf.sources:
                return conf.id
    codes = {c for t in programme.talks if (c := talk_code(t.source_id))}
    if codes and len(codes) <= 20:  # a talk's own .ics: the conference that holds its code
        held = {
            t.conference
            for t in nb.talks.values()
            if any(talk_code(ref.id) in codes for ref in t.sources)
        }
        if len(held) == 1:
            return held.pop()
    year = programme_year(programme)
    base = make_slug(_id_words(programme.name), "conference", max_length=54)
    if year and str(year) not in base:
        base = f"{base}-{year}"
    return base


class _Merger:
    """One programme planned on a copy of the notebook (see
    :meth:`Notebook.planning_copy`): an object is deep-copied before it changes, so
    the notebook the user sees stays as it was until the plan is applied."""

    def __init__(self, nb: Notebook, programme: Programme, report: ImportReport):
        self.nb = nb
        self.p = programme
        self.report = report
        self.matcher = PeopleMatcher(nb)
        self.people_cache: dict[str, list[str]] = {}
        """Name key → people of this programme with that name (usually one)."""
        self.programme_affiliations: dict[str, list[str]] = {}
        """The affiliations this programme gives each person, to tell namesakes apart."""
        self.people_before: dict[str, Person | None] = {}
        self.talks_before: dict[str, Talk | None] = {}
        self.conf_before: Conference | None = None
        self.merged_people: dict[str, str] = {}
        self.same: set[tuple[str, str]] = set()
        """Objects whose fields the import left as they were: not rewritten."""
        year = programme_year(programme)
        self.day = programme.start or (date(year, 12, 31) if year else None)
        """The programme's day, to tell whether a new affiliation is the most recent."""

    # ---------------------------------------------------------------- people
    def person(self, pp: ProgrammePerson, conf_id: str) -> str:
        """The id of the notebook person for ``pp`` (created when nobody matches)."""
        key = name_key(pp.name)
        exclude: set[str] = set()
        for pid in self.people_cache.get(key, []):
            mine = self.programme_affiliations.get(pid, [])
            if not pp.affiliations or not mine or affiliations_overlap(pp.affiliations, mine):
                self._note_affiliations(pid, pp)
                self._update_person(self.nb.people[pid], pp, conf_id)
                return pid
            exclude.add(pid)  # same name, other affiliation, same programme: someone else
        source = (self.p.format, pp.source_id) if pp.source_id else None
        match = self.matcher.match(pp.name, pp.affiliations, conf_id, source, frozenset(exclude))
        if match.person_id is not None:
            person = self._own_person(match.person_id)
            here = SourceRef(self.p.format, pp.source_id or f"conference:{conf_id}")
            if here not in person.sources and self.people_before[person.id] is not None:
                elsewhere = sorted({r.id.removeprefix("conference:") for r in person.sources})
                where = f" of {', '.join(elsewhere)}" if elsewhere else ""
                self.merged_people[person.id] = (
                    f"{pp.name!r} is {person.name}{where} ({match.reason})"
                )
            if match.reason == "same source id":
                self._rename(person, pp)
            self._update_person(person, pp, conf_id)
        else:
            person = self.nb.new_person(display_name(pp.name) or pp.name)
            self.people_before[person.id] = None
            self._update_person(person, pp, conf_id)
            if match.maybe:
                person.extra[MAYBE_KEY] = sorted({pid for pid, _why in match.maybe})
                for pid, why in match.maybe:
                    other = self.nb.people[pid]
                    self.report.notes.append(
                        f"person {pp.name!r} may be {other.name} (people/{pid}.md: {why}); "
                        f"kept separate — `confnotes people merge {pid} {person.id}` if so"
                    )
            self.matcher.add(person)
        self.matcher.note_conference(person.id, conf_id, self.p.start)
        self.people_cache.setdefault(key, []).append(person.id)
        self._note_affiliations(person.id, pp)
        return person.id

    def _rename(self, person: Person, pp: ProgrammePerson) -> None:
        """The same speaker id under a new name (a refreshed programme): the new name is
        shown, the old one stays an alias so notes and searches that use it still find them."""
        new = display_name(pp.name) or pp.name
        if not new or name_key(new) == name_key(person.name):
            return
        old = person.name
        person.name = new
        person.aliases = [a for a in person.aliases if a != new]
        if old not in person.aliases:
            person.aliases.append(old)

    def _note_affiliations(self, pid: str, pp: ProgrammePerson) -> None:
        known = self.programme_affiliations.setdefault(pid, [])
        known.extend(a for a in pp.affiliations if a not in known)

    def _own_person(self, pid: str) -> Person:
        """The plan's own copy of a person (the notebook's object is never changed)."""
        if pid not in self.people_before:
            self.people_before[pid] = self.nb.people[pid]
            self.nb.people[pid] = copy.deepcopy(self.nb.people[pid])
        return self.nb.people[pid]

    def _update_person(self, person: Person, pp: ProgrammePerson, conf_id: str) -> None:
        newer = self._is_newest(person.id)
        have = {affiliation_key(a) for a in person.affiliations}
        new: list[str] = []
        for aff in pp.affiliations:
            if aff and affiliation_key(aff) not in have:
                have.add(affiliation_key(aff))
                new.append(aff)
        if new:
            # most recent first, each programme's own order kept
            person.affiliations = new + person.affiliations if newer else person.affiliations + new
        person.url = person.url or pp.url
        names = {person.name, *person.aliases}
        for alias in [display_name(pp.name), *pp.aliases]:
            if alias and alias not in names:
                person.aliases.append(alias)
                names.add(alias)
        ref = SourceRef(self.p.format, pp.source_id or f"conference:{conf_id}")
        if ref not in person.sources:
            person.sources.append(ref)
        # Findable by every name and source it has now, as the next import (which
        # indexes the notebook afresh) will find it: the rest of this programme is
        # matched against the notebook as it is, not as it was before the merge began.
        self.matcher.add(person)

    def _is_newest(self, person_id: str) -> bool:
        """True when this programme is at least as recent as every other of the person's."""
        if self.day is None:
            return False
        latest = self.matcher.latest.get(person_id)
        return latest is None or latest <= self.day

    # ---------------------------------------------------------------- conference
    def conference(self, conf_id: str) -> Conference:
        p = self.p
        conf = self.nb.conferences.get(conf_id)
        if conf is None or conf.path is None:
            conf = self.nb.new_conference(p.name, conf_id=conf_id)
            self.conf_before = None
        else:
            self.conf_before = conf
            conf = self.nb.conferences[conf_id] = copy.deepcopy(conf)
        conf.name = conf.name if conf.name and conf.name != conf.id else p.name
        conf.series = conf.series or p.series
        conf.timezone = conf.timezone or p.timezone
        conf.location = conf.location or p.location
        conf.url = conf.url or p.url
        conf.description = conf.description or p.description
        days = [d for d in (p.start, p.end, conf.start, conf.end) if d]
        days += [t.start.date() for t in p.talks if t.start]
        if days:
            conf.start, conf.end = min(days), max(days)
        known = {(d.label.casefold(), d.date) for d in conf.dates}
        labels = {d.label.casefold() for d in conf.dates}
        for d in p.dates:
            if (d.label.casefold(), d.date) not in known and d.label.casefold() not in labels:
                conf.dates.append(copy.copy(d))
        for ps in p.sessions:
            session = conf.session(ps.key)
            if session is None:
                conf.sessions.append(
                    Session(ps.key, ps.title, _kind(ps.kind), ps.start, ps.end, ps.room)
                )
            else:
                session.title = ps.title or session.title
                session.kind = ps.kind or session.kind
                session.start = ps.start or session.start
                session.end = ps.end or session.end
                session.room = ps.room or session.room
        if p.source_id:
            ref = SourceRef(p.format, p.source_id)
            if ref not in conf.sources:
                conf.sources.append(ref)
        elif not any(s.format == p.format for s in conf.sources):
            conf.sources.append(SourceRef(p.format, f"name:{make_slug(p.name)}"))
        return conf

    def roles(self, conf: Conference) -> None:
        have = {(r.person, r.role) for r in conf.people}
        for role in self.p.roles:
            who = normalise_person(role.person)
            if who is None:
                continue
            pid = self.person(who, conf.id)
            name = role.role if role.role in ROLES else "other"
            if (pid, name) not in have:
                have.add((pid, name))
                conf.people.append(Role(pid, name))

    # ---------------------------------------------------------------- talks
    def talks(self, conf: Conference) -> None:
        existing = [t for t in self.nb.talks.values() if t.conference == conf.id]
        by_source: dict[str, Talk] = {}
        by_title_start: dict[tuple[str, str], Talk] = {}
        by_title: dict[str, list[Talk]] = {}
        for t in existing:
            for ref in t.sources:
                by_source.setdefault(ref.id, t)
                if code := talk_code(ref.id):
                    by_source.setdefault(code, t)
            key = title_key(t.title)
            by_title_start.setdefault((key, records.format_datetime(t.start) or ""), t)
            by_title.setdefault(key, []).append(t)
        claimed: set[str] = set()
        for pt in self.p.talks:
            sid = self._source_id(pt)
            key = title_key(pt.title)
            talk = by_source.get(sid) if pt.source_id else None
            if talk is None and pt.source_id and (code := talk_code(sid)):
                talk = by_source.get(code)  # the same pretalx talk from its .ics or JSON
            talk = talk or by_title_start.get((key, records.format_datetime(pt.start) or ""))
            if talk is None:
                same = [t for t in by_title.get(key, []) if t.id not in claimed]
                if len(same) == 1:
                    talk = same[0]
            if talk is not None and talk.id in claimed:
                talk = None
            if talk is None:
                talk = self.nb.new_talk(conf.id, pt.title or "Untitled talk")
                self.talks_before[talk.id] = None
            elif talk.id not in self.talks_before:
                self.talks_before[talk.id] = talk
                talk = self.nb.talks[talk.id] = copy.deepcopy(talk)
            else:
                talk = self.nb.talks[talk.id]
            claimed.add(talk.id)
            self._update_talk(talk, pt, conf, sid)
            if pt.source_id:
                by_source.setdefault(sid, talk)

    def _source_id(self, pt: ProgrammeTalk) -> str:
        if pt.source_id:
            return pt.source_id
        return f"title:{make_slug(pt.title, 'talk')}"

    def _update_talk(self, talk: Talk, pt: ProgrammeTalk, conf: Conference, sid: str) -> None:
        if talk.extra.get("_unreadable"):
            self.report.skipped.append(f"talk {talk.id}: its front matter is broken; not touched")
            return
        talk.title = pt.title or talk.title
        talk.kind = _kind(pt.kind) if pt.kind else talk.kind
        talk.start = pt.start or talk.start
        talk.end = pt.end or talk.end
        talk.room = pt.room or talk.room
        if pt.session and conf.session(pt.session):
            talk.session = pt.session
        speakers = [sp for sp in map(normalise_person, pt.speakers) if sp is not None]
        if speakers:
            talk.speakers = _unique([self.person(sp, conf.id) for sp in speakers])
        talk.abstract = pt.abstract or talk.abstract
        have = {normalise_url(link.url) for link in talk.links}
        for link in pt.links:
            if normalise_url(link.url) not in have:
                have.add(normalise_url(link.url))
                talk.links.append(copy.copy(link))
        for tag in pt.tags:
            if tag not in talk.tags:
                talk.tags.append(tag)
        for key, value in pt.extra.items():
            if key not in _OWN_KEYS and not key.startswith("_"):
                talk.extra.setdefault(key, value)  # the user's own front matter goes on
        ref = SourceRef(self.p.format, sid)
        if not any(r.id == sid for r in talk.sources):
            talk.sources.append(ref)
        if pt.start is None and talk.start is None and pt.day is not None:
            talk.extra["day"] = pt.day.isoformat()  # the day is known, the time is not
        if pt.start is None and talk.start is None and pt.clock is not None:
            # the hour is known, the day is not (a programme keyed by weekday): kept as read
            talk.extra.setdefault("time", f"{pt.clock:%H:%M}")
        if pt.body.strip() and not talk.body.strip():
            talk.body = pt.body if pt.body.endswith("\n") else pt.body + "\n"
        elif pt.body.strip() and title_key(pt.body) not in title_key(talk.body):
            self.report.skipped.append(
                f"talk {talk.id}: your note already has text; the imported notes were not added"
            )

    # ---------------------------------------------------------------- writing
    def plan(self, conf_id: str) -> Conference:
        conf = self.conference(conf_id)
        self.roles(conf)
        self.talks(conf)
        return conf

    def checked_paths(self, conf: Conference) -> list[Path]:
        """Files the plan updates: any of them changed on disk meanwhile stops the import."""
        paths = [conf.path] + [self.nb.talks[t].path for t in self.talks_before]
        paths += [self.nb.people[p].path for p in self.people_before]
        return [path for path in paths if path is not None]

    def describe(self, conf: Conference) -> None:
        """Fill the report, and remember what changed so that only that is written."""
        r = self.report
        for pid, before in self.people_before.items():
            person = self.nb.people[pid]
            label = f"person {person.name} (people/{pid}.md)"
            if before is None:
                r.added.append(label)
            elif pid in self.merged_people:
                change = _changes(records.person_fields(before), records.person_fields(person))
                line = f"{label}: {self.merged_people[pid]}"
                if change:
                    r.merged.append(f"{line}; {change}")
                else:
                    r.unchanged.append(label)
                    self.same.add(("person", pid))
            elif change := _changes(records.person_fields(before), records.person_fields(person)):
                r.updated.append(f"{label}: {change}")
            else:
                r.unchanged.append(label)
                self.same.add(("person", pid))
        for tid, before_talk in self.talks_before.items():
            talk = self.nb.talks[tid]
            label = f"talk {tid}"
            if before_talk is None:
                r.added.append(label)
                continue
            change = _changes(records.talk_fields(before_talk), records.talk_fields(talk))
            if before_talk.body != talk.body:
                change = ", ".join(x for x in (change, "note body (was empty)") if x)
            if change:
                r.updated.append(f"{label}: {change}")
            else:
                r.unchanged.append(label)
                self.same.add(("talk", tid))
        label = f"conference {conf.id}"
        if self.conf_before is None:
            r.added.append(label)
        elif change := _changes(
            records.conference_fields(self.conf_before), records.conference_fields(conf)
        ):
            r.updated.append(f"{label}: {change}")
        else:
            r.unchanged.append(label)
            self.same.add(("conference", conf.id))

    def writes(self, conf: Conference) -> tuple[list[Person], list[Conference], list[Talk]]:
        """What to write: only the objects whose fields the import changed."""
        people = [
            self.nb.people[pid] for pid in self.people_before if ("person", pid) not in self.same
        ]
        confs = [conf] if ("conference", conf.id) not in self.same else []
        talks = [self.nb.talks[tid] for tid in self.talks_before if ("talk", tid) not in self.same]
        return people, confs, talks


def _kind(kind: str) -> str:
    return kind if kind in TALK_KINDS else "other"


def _unique(ids: list[str]) -> list[str]:
    out: list[str] = []
    for pid in ids:
        if pid not in out:
            out.append(pid)
    return out


def _changes(before: dict, after: dict) -> str:
    return ", ".join(k for k in after if before.get(k) != after.get(k))


def merge_programme(
    nb: Notebook,
    programme: Programme,
    conference_id: str | None = None,
    dry_run: bool = False,
    source: str = "",
    remember: Callable[[Conference], bool] | None = None,
) -> ImportReport:
    """Merge a programme into the notebook; see the module docstring for the rules.

    ``remember`` records in the planned conference where the programme came from (True
    when that changed it), so that ``conference.yaml`` is written once, with its source.

    Raises:
        ConflictError: a file to update changed on disk meanwhile (nothing is written).
        StorageError: a write failed.
    """
    if dry_run:
        return _merge_programme(nb, programme, conference_id, dry_run, source)
    # One writer at a time, from reading what exists to the last write: a second import
    # of the same programme then finds the first one's talks instead of adding copies.
    with nb.transaction():
        nb.refresh_folder(target_conference(nb, programme, conference_id))
        return _merge_programme(nb, programme, conference_id, dry_run, source, remember)


def target_conference(nb: Notebook, programme: Programme, conference_id: str | None) -> str:
    """The conference id a programme goes into (the user's, or one found or made from it)."""
    conf_id = make_slug(conference_id, "conference") if conference_id else None
    conf_id = conf_id or conference_id_for(nb, programme)
    # A folder differing only by case is the same folder on macOS and Windows: use it.
    same = [c for c in nb.conferences if file_name_key(c) == file_name_key(conf_id)]
    return conf_id if conf_id in same or not same else same[0]


def _merge_programme(
    nb: Notebook,
    programme: Programme,
    conference_id: str | None,
    dry_run: bool,
    source: str,
    remember: Callable[[Conference], bool] | None = None,
) -> ImportReport:
    report = ImportReport(source=source, format=programme.format, dry_run=dry_run)
    report.notes.extend(programme.warnings)
    conf_id = target_conference(nb, programme, conference_id)
    report.conference_id = conf_id
    lock = nb.transaction() if not dry_run else contextlib.nullcontext()
    with lock:  # a dry run reads only: it never waits for a writer
        plan = nb.planning_copy()
        merger = _Merger(plan, programme, report)
        conf = merger.plan(conf_id)
        merger.describe(conf)
        checked = merger.checked_paths(conf)
        if dry_run:
            # Nothing written, and the notebook shown is untouched: the plan was a copy.
            for path in checked:
                if path.exists() and nb.changed_on_disk(path):
                    raise ConflictError(
                        "changed on disk since the notebook was opened; nothing was imported",
                        path,
                    )
            return report
        if remember is not None and remember(conf):  # after describe: not a change to report
            merger.same.discard(("conference", conf.id))
        people, confs, talks = merger.writes(conf)
        nb.apply_writes("imported", people, confs, talks, unchanged_on_disk=checked)
    return report
