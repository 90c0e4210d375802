"""What the importer tests share: reading a fixture written in the test, and the facts a
user would check in what came out (each talk's speakers, every person named)."""

from __future__ import annotations

from datetime import date, datetime

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


def starts_by_title(programme: Programme) -> dict[str, datetime | None]:
    """Each talk's title and when it starts."""
    return {t.title: t.start for t in programme.talks}


def days_by_title(programme: Programme, others: bool = True) -> dict[str, date | None]:
    """Each talk's title and its day; ``others=False`` leaves out the items of kind
    ``other`` (a page's own notes, a welcome), which no day test is about."""
    return {t.title: t.day for t in programme.talks if others or t.kind != "other"}


def kinds_by_title(programme: Programme, others: bool = True) -> dict[str, str]:
    """Each talk's title and its kind (``keynote``, ``break``…); ``others`` as for
    :func:`days_by_title`."""
    return {t.title: t.kind for t in programme.talks if others or t.kind != "other"}
