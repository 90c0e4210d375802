"""Conventions of people's own conference notes found by a real hold-out set (kept
outside the project): a title heading saying more than the conference's name, numbered
parts of one talk, a kind, a title and a name between dashes, a folder's index dating
its day files. Every fixture here is written for the test, imitating the convention,
never copying it."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def _people(p: Programme) -> set[str]:
    return {s.name for t in p.talks for s in t.speakers} | {r.person.name for r in p.roles}


def _kept(p: Programme, line: str) -> bool:
    return any(line in t.body.split("\n") for t in p.talks)


def test_a_title_heading_saying_more_than_the_conference_stays_in_a_note() -> None:
    p = _read(
        "# Lakeshore RustConf video notes\n## Ownership\n- moves are cheap\n"
        "## Lifetimes\n- elision rules\n### Variance\n- covariant in T\n"
    )
    assert _kept(p, "# Lakeshore RustConf video notes")
