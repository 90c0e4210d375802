"""A schedule that changes: fetch a conference's programme again and say what changed.

An import remembers where a conference's programme came from (an absolute
file path or a URL, and its format) under ``programme_sources`` in
``conference.yaml``. :func:`update_conference` reads every such source again
*before* writing anything (offline: a clear error, nothing changed), merges
each one with the importer's usual idempotent merge (a moved talk keeps its
note, stars and links), then compares with what was there:

- a talk whose time or room changed is **moved**; title or speakers: **changed**;
- a talk the programme now has for the first time is **added**;
- a talk that came from this programme and is no longer in it is **cancelled**
  (``cancelled: true``), never deleted; its note stays. Notes made by hand
  (``confnotes new``) have no programme source and are never cancelled.

Each such talk gets an unseen-change mark (:mod:`confnotes.schedule.update_marks`)
that the app shows until the note is opened. Running it again changes nothing.
No Textual here.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from confnotes.errors import ConfnotesError, UsageError
from confnotes.model import Conference, Talk, revised
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.slugs import make_slug
from confnotes.schedule.now import slot_of
from confnotes.schedule.update_marks import (
    Change,
    is_cancelled,
    mark_changed,
    set_cancelled,
)

if TYPE_CHECKING:
    from confnotes.importers.merge import ImportReport

SOURCES_KEY = "programme_sources"
"""conference.yaml key: the list of ``{source: PATH|URL, format: NAME}`` it was imported from."""


class FetchError(ConfnotesError):
    """A remembered programme could not be read (offline, gone): exit status 1."""


@dataclass(frozen=True)
class ProgrammeSource:
    """Where a conference's programme was read from."""

    source: str
    """An absolute file path or an http(s) URL."""
    format: str = "auto"
    together: str = ""
    """Sources with the same value were imported together (files of one event whose ids
    point into each other) and are read together again."""
    shape: str | None = None
    """The reading the user chose with ``import --as`` (stored as ``as:``)."""


@dataclass
class UpdateReport:
    """What fetching a conference's programme again did, talk by talk."""

    conference: str
    sources: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)
    """(talk id, "was … now …")."""
    changed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    reinstated: list[str] = field(default_factory=list)
    """Talks marked cancelled before that the programme has again."""
    notes: list[str] = field(default_factory=list)
    """What the importer said (guesses, skipped notes)."""

    @property
    def changes(self) -> int:
        """How many talks changed."""
        return sum(
            len(x) for x in (self.moved, self.changed, self.cancelled, self.added, self.reinstated)
        )

    def summary(self) -> str:
        """``1 moved, 1 cancelled, 1 added, 0 changed``."""
        parts = [
            f"{len(self.moved)} moved",
            f"{len(self.cancelled)} cancelled",
            f"{len(self.added)} added",
            f"{len(self.changed)} changed",
        ]
        if self.reinstated:
            parts.append(f"{len(self.reinstated)} back on the programme")
        return ", ".join(parts)

    def lines(self, nb: Notebook) -> list[tuple[str, str]]:
        """``(talk id, line)`` for each changed talk, for a list a person reads."""

        def title(tid: str) -> str:
            talk = nb.talks.get(tid)
            return talk.title if talk else tid

        out = [(tid, f"moved: {title(tid)} ({how})") for tid, how in self.moved]
        out += [(tid, f"cancelled: {title(tid)} (your note is kept)") for tid in self.cancelled]
        out += [(tid, f"added: {title(tid)}") for tid in self.added]
        out += [(tid, f"changed: {title(tid)} ({how})") for tid, how in self.changed]
        out += [(tid, f"back on the programme: {title(tid)}") for tid in self.reinstated]
        return out


def programme_sources(conf: Conference) -> list[ProgrammeSource]:
    """The sources a conference remembers (empty when it was never imported from one)."""
    value: Any = conf.extra.get(SOURCES_KEY)
    out: list[ProgrammeSource] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict) and isinstance(item.get("source"), str):
            shape = item.get("as")
            out.append(
                ProgrammeSource(
                    item["source"],
                    str(item.get("format") or "auto"),
                    str(item.get("together") or ""),
                    str(shape) if isinstance(shape, str) and shape else None,
                )
            )
    return out


def remember_source(
    nb: Notebook, conf_id: str, source: str, fmt: str, together: str = "", shape: str = ""
) -> bool:
    """Record that ``conf_id``'s programme came from ``source`` (read as ``shape`` when the
    user chose one with ``import --as``); True when the file changed.

    A relative file path is stored absolute, so ``import --update`` works from anywhere.
    ``together`` names the group of files imported together, read together again.
    """
    conf = nb.conferences.get(conf_id)
    if conf is None or not remember_in(conf, source, fmt, together, shape):
        return False
    return nb.save_conference(conf)


def remember_in(
    conf: Conference, source: str, fmt: str, together: str = "", shape: str = ""
) -> bool:
    """:func:`remember_source` on a conference about to be written (an import's plan
    records its source in the one write of ``conference.yaml``); True when it changed."""
    if not source:
        return False
    if "://" not in source:
        source = str(Path(source).expanduser().resolve())
    known = programme_sources(conf)
    same = [s for s in known if s.source == source]
    if same and (not shape or same[0].shape == shape):
        return False
    entries: list[dict[str, str]] = []
    added = [] if same else [ProgrammeSource(source, fmt or "auto", together, shape or None)]
    for s in [*known, *added]:
        entry = {"source": s.source, "format": s.format}
        if s.together:
            entry["together"] = s.together
        chosen = shape if s.source == source and shape else s.shape
        if chosen:
            entry["as"] = chosen
        entries.append(entry)
    conf.extra[SOURCES_KEY] = entries
    return True


def _where(nb: Notebook, talk: Talk) -> str:
    slot = slot_of(nb, talk)
    if slot is None:
        return "no time"
    room = f", {slot.room}" if slot.room else ""
    return f"{slot.start:%a %H:%M}{room}"


def _place(nb: Notebook, talk: Talk) -> tuple[datetime | None, datetime | None, str]:
    slot = slot_of(nb, talk)
    return (slot.start, slot.end, slot.room) if slot else (None, None, talk.room)


def _fetch(sources: list[ProgrammeSource], conf_id: str) -> list[tuple[ProgrammeSource, Any]]:
    """Read and parse every source first: a failure leaves the notebook as it was.

    Read as ``confnotes import`` reads them, so a programme of any size updates: a file
    or download over 20 MB is parsed one talk at a time (frab XML, schedule JSON,
    iCalendar). A source that cannot be read at all is "cannot fetch"; a programme that
    was read but is wrong says what is wrong with it.
    """
    from confnotes.importers.join import join_programmes, read_all
    from confnotes.importers.registry import (
        SourceUnreadable,
        is_url,
        read_programme,
        read_source,
    )

    parsed = []
    groups: dict[str, list[ProgrammeSource]] = {}
    for src in sources:
        if src.together:
            groups.setdefault(src.together, []).append(src)
            continue
        try:
            programme = read_programme(src.source, src.format, shape=src.shape)[0]
        except SourceUnreadable as exc:
            hint = " (offline?)" if is_url(src.source) else ""
            raise FetchError(
                f"cannot fetch the programme of {conf_id}{hint}: {exc}; nothing was changed"
            ) from None
        parsed.append((src, programme))
    for group in groups.values():
        try:
            items = [read_source(src.source) for src in group]
        except SourceUnreadable as exc:
            raise FetchError(
                f"cannot fetch the programme of {conf_id}: {exc}; nothing was changed"
            ) from None
        parsed += [(group[0], p) for p in join_programmes(read_all(items))]
    return parsed


def _programme_ids(programme: Any) -> set[str]:
    # The ids the importer's merge records on each talk it matched (its own source id,
    # else a slug of the title: see confnotes.importers.merge).
    return {pt.source_id or f"title:{make_slug(pt.title, 'talk')}" for pt in programme.talks}


def update_conference(nb: Notebook, conf_id: str) -> UpdateReport:
    """Fetch a conference's programme again, merge it, mark and report what changed.

    Raises:
        NotFoundError: no such conference.
        UsageError: the conference does not remember where its programme came from.
        FetchError: a source cannot be read (offline); nothing was changed.
    """
    conf = nb.conference(conf_id)
    sources = programme_sources(conf)
    if not sources:
        raise UsageError(
            f"conference {conf_id} does not remember where its programme came from; "
            "import it once with `confnotes import PATH|URL --conference "
            f"{conf_id}` (later imports remember it)"
        )
    return apply_programmes(nb, conf_id, _fetch(sources, conf_id))


def apply_programmes(
    nb: Notebook,
    conf_id: str,
    parsed: list[tuple[ProgrammeSource, Any]],
    merges: list[ImportReport] | None = None,
) -> UpdateReport:
    """Merge every programme of a conference (all the sources it remembers, read again),
    then mark what moved, changed, was added or cancelled; ``merges`` gets each merge's
    own report. The one mechanism behind ``import --update`` and a direct import of a
    programme file the conference was imported from before.
    """
    from confnotes.importers.merge import merge_programme

    report = UpdateReport(conf_id, [src.source for src, _programme in parsed])
    # One writer from reading what exists to the last write (DESIGN §1b): the fetch
    # above runs outside the lock; what is on disk now is read again under it.
    with nb.transaction():
        nb.refresh_folder(conf_id)
        before = {t.id: copy.deepcopy(t) for t in nb.talks_of(conf_id)}
        places = {tid: (_place(nb, t), _where(nb, t)) for tid, t in before.items()}
        seen: set[str] = set()
        formats: set[str] = set()
        for src, programme in parsed:
            result = merge_programme(nb, programme, conference_id=conf_id, source=src.source)
            report.notes.extend(result.notes)
            if merges is not None:
                merges.append(result)
            formats.add(programme.format)
            ids = _programme_ids(programme)
            seen |= {t.id for t in nb.talks_of(conf_id) if any(ref.id in ids for ref in t.sources)}
        touched: list[Talk] = []
        for talk in nb.talks_of(conf_id):
            old = before.get(talk.id)
            from_programme = any(ref.format in formats for ref in talk.sources)
            if talk.extra.get("_unreadable"):
                continue
            if old is None:
                if talk.id in seen:
                    report.added.append(talk.id)
                    touched.append(_marked(talk, Change("added")))
                continue
            if talk.id not in seen:
                if from_programme and not is_cancelled(talk):
                    report.cancelled.append(talk.id)
                    touched.append(_marked(talk, Change("cancelled"), cancelled=True))
                continue
            if is_cancelled(talk):
                report.reinstated.append(talk.id)
                touched.append(_marked(talk, Change("changed", "cancelled"), cancelled=False))
                continue
            (place, was) = places[talk.id]
            if _place(nb, talk) != place:
                now = _where(nb, talk)
                report.moved.append((talk.id, f"was {was}, now {now}"))
                touched.append(_marked(talk, Change("moved", was)))
            elif (talk.title, talk.speakers) != (old.title, old.speakers):
                what = [
                    name
                    for name, a, b in (
                        ("title", old.title, talk.title),
                        ("speakers", old.speakers, talk.speakers),
                    )
                    if a != b
                ]
                report.changed.append((talk.id, ", ".join(what)))
                touched.append(_marked(talk, Change("changed")))
        # One batch: the notebook adopts the marked talks together once they are written.
        nb.apply_writes("saved", talks=touched)
        return report


def reimport(nb: Notebook, conf_id: str, source: str, programme: Any) -> ImportReport | None:
    """Import ``programme`` read from ``source`` into ``conf_id`` as ``import --update``
    would when the conference was imported from that very file or URL before (a newer
    version of it): talks it no longer holds are marked cancelled, never deleted. None
    when the conference does not know that source (a plain import then).

    Raises:
        FetchError: another source of the conference cannot be read again.
    """
    conf = nb.conferences.get(conf_id)
    if conf is None:
        return None
    where = source if "://" in source else str(Path(source).expanduser().resolve())
    sources = programme_sources(conf)
    this = next((s for s in sources if s.source == where), None)
    if this is None:
        return None
    others = _fetch([s for s in sources if s is not this], conf_id)
    merges: list[ImportReport] = []
    update = apply_programmes(nb, conf_id, [(this, programme), *others], merges)
    merged = merges[0]
    merged.source = source
    for tid, line in update.lines(nb):
        if tid in update.cancelled or tid in update.reinstated:
            merged.updated.append(line)
    return merged


def _marked(talk: Talk, change: Change, cancelled: bool | None = None) -> Talk:
    """A revision of ``talk`` with the change marked (the notebook adopts it once saved)."""
    marked = revised(talk)
    if cancelled is not None:
        set_cancelled(marked, cancelled)
    mark_changed(marked, change)
    return marked


def update_all(nb: Notebook, conf_id: str | None = None) -> list[UpdateReport]:
    """Update one conference, or every conference that remembers a source.

    Raises:
        UsageError: none remembers a source (or the one named does not).
        FetchError: see :func:`update_conference` (conferences before it are updated).
    """
    if conf_id:
        return [update_conference(nb, conf_id)]
    confs = [c.id for c in nb.sorted_conferences() if programme_sources(c)]
    if not confs:
        raise UsageError(
            "no conference remembers where its programme came from; "
            "import one with `confnotes import PATH|URL` first"
        )
    return [update_conference(nb, cid) for cid in confs]
