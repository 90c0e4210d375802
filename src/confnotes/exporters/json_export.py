"""JSON export: the stable schema of DESIGN.md §3 (``"confnotes": 1``)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from confnotes.exporters.authors import note_authors
from confnotes.exporters.selection import Selection, select
from confnotes.knowledge.wikilinks import LinkResolver, tags_in, wikilinks_in
from confnotes.model import Conference, Person, Talk, format_date, format_datetime
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.update_marks import is_cancelled

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
    resolver = LinkResolver(nb)
    return {
        "confnotes": SCHEMA_VERSION,
        "conferences": [_conference(nb, c, talk_ids) for c in conferences],
        "talks": [_talk(nb, t, resolver) for t in talks],
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


def _day_only(talk: Talk) -> str | None:
    """``"YYYY-MM-DD"`` for a talk whose day is known but not its time (DESIGN §3): the
    ``day:`` an import of notes recorded."""
    day: Any = talk.extra.get("day")
    text = day.isoformat() if isinstance(day, date) else str(day or "")
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None


def _talk(nb: Notebook, talk: Talk, resolver: LinkResolver) -> dict[str, Any]:
    note = talk.path.relative_to(nb.root).as_posix() if talk.path else None
    return {
        "id": talk.id,
        "conference": talk.conference,
        "session": talk.session,
        "title": talk.title,
        "kind": talk.kind,
        "start": format_datetime(talk.start) or _day_only(talk),
        "end": format_datetime(talk.end),
        "room": talk.room or None,
        "speakers": list(talk.speakers),
        "links": [{"kind": ln.kind, "url": ln.url, "label": ln.label or None} for ln in talk.links],
        "tags": list(dict.fromkeys([*talk.tags, *tags_in(talk.body)])),
        "abstract": talk.abstract or None,
        "note": note,
        "body": talk.body,
        "starred": talk.starred,
        "attended": talk.attended,
        "cancelled": is_cancelled(talk),
        "mentions": _mentions(resolver, talk.body),
        "noted_by": note_authors(talk),
    }


def _mentions(resolver: LinkResolver, body: str) -> list[dict[str, Any]]:
    """The note's ``[[links]]``: what each names (kind and id; null when nothing or several)."""
    out = []
    for link in wikilinks_in(body):
        target = resolver.resolve(link.target)
        out.append(
            {
                "target": link.target,
                "kind": target.kind if target else None,
                "id": target.id if target else None,
            }
        )
    return out


def _person(person: Person, talks: list[Talk]) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "affiliations": list(person.affiliations),
        "url": person.url or None,
        "talks": [t.id for t in talks if person.id in t.speakers],
    }
