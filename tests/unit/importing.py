"""What the importer tests share: reading a fixture written in the test, and the facts a
user would check in what came out (each talk's speakers, every person named)."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def read(text: str, name: str, shape: str | None = None) -> Programme:
    """``text`` imported as a file called ``name`` (its extension chooses the reader), read
    the way ``import --as shape`` reads it when ``shape`` is given."""
    return parse_programme(text.encode(), name, shape=shape)


def speakers_by_title(programme: Programme) -> dict[str, list[str]]:
    """Each talk's title and its speakers' names, in order."""
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def people_of(programme: Programme) -> set[str]:
    """Every speaker's name in the programme."""
    return {p.name for t in programme.talks for p in t.speakers}
