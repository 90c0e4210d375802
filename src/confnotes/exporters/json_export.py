"""JSON export: the stable schema of DESIGN.md §3 (``"confnotes": 1``)."""

from __future__ import annotations

import json
from typing import Any

from confnotes.exporters.selection import Selection, select
from confnotes.model import Conference, Person, Talk, format_date, format_datetime
from confnotes.notebook import Notebook
from confnotes.schedule_changes import is_cancelled

SCHEMA_VERSION = 1


def export_data(nb: Notebook, sel: Selection | None = None) -> dict[str, Any]:
    """The export as plain data: conferences, the selected talks, and the people they name."""
    conferences, talks = select(nb, sel or Selection())
    talk_ids = {t.id for t in talks}
    person_ids: set[str] = set()
    for talk in talks:
        person_ids.update(talk.speakers)
    for conf in conferences:
        person_ids.update(role.person for role in conf.people)
    people = [nb.people.get(pid) or Person(id=pid, name=pid) for pid in sorted(person_ids)]
    return {
        "confnotes": SCHEMA_VERSION,
        "conferences": [_conference(nb, c, talk_ids) for c in conferences],
        "talks": [_talk(nb, t) for t in talks],
        "people": [_person(p, talks) for p in people],
    }


def export_json(nb: Notebook, sel: Selection | None = None) -> str:
    """The export as a JSON document; the same notebook always gives the same text."""
    return json.dumps(export_data(nb, sel), ensure_ascii=False, indent=2) + "\n"


def _conference(nb: Notebook, conf: Conference, talk_ids: set[str]) -> dict[str, Any]:
    talks = nb.talks_of(conf.id)
    return {
        "id": conf.id,
        "name": conf.name,
        "series": conf.series or None,
        "start": format_date(conf.start),
        "end": format_date(conf.end),
        "timezone": conf.timezone,
        "location": conf.location or None,
        "url": conf.url or None,
        "people": [{"person": r.person, "role": r.role} for r in conf.people],
        "sessions": [
            {
                "id": s.id,
                "title": s.title,
                "kind": s.kind,
                "start": format_datetime(s.start),
                "end": format_datetime(s.end),
                "room": s.room or None,
                "talks": [t.id for t in talks if t.session == s.id and t.id in talk_ids],
            }
            for s in conf.sessions
        ],
    }


def _talk(nb: Notebook, talk: Talk) -> dict[str, Any]:
    note = talk.path.relative_to(nb.root).as_posix() if talk.path else None
    return {
        "id": talk.id,
        "conference": talk.conference,
        "session": talk.session,
        "title": talk.title,
        "kind": talk.kind,
        "start": format_datetime(talk.start),
        "end": format_datetime(talk.end),
        "room": talk.room or None,
        "speakers": list(talk.speakers),
        "links": [{"kind": ln.kind, "url": ln.url, "label": ln.label or None} for ln in talk.links],
        "tags": list(talk.tags),
        "abstract": talk.abstract or None,
        "note": note,
        "body": talk.body,
        "cancelled": is_cancelled(talk),
    }


def _person(person: Person, talks: list[Talk]) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "affiliations": list(person.affiliations),
        "url": person.url or None,
        "talks": [t.id for t in talks if person.id in t.speakers],
    }
