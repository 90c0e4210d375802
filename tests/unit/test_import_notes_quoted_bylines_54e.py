"""A person's notes of one talk whose speakers stand in a quote under the title, written
as a heading inside it (``> ## Ana Ruiz & Bo Li`` over their bios): the quote sets the
facts apart, its heading marks stress the line and open no section of the notes
(stop 54, helper s54e). Fixtures written for these tests, in our own words."""

from __future__ import annotations

import pytest

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_TWO = """# Caching Without Regret

> ## Ana Ruiz & Bo Li
>
> - both on the storage team since forever
> - maintainers of a cache library

## Why caches lie

- stale reads
- thundering herds
"""

_HANDLE = """# Kleine Server mit großer Wirkung

> ### Jonas Feldmann - @jfeld
>
> - Betreibt Server im Keller
> - https://example.org/jonas

## Aufbau

- drei Raspberry Pi
"""

_TITLED = """# Les index qui mentent

> #### Camille Durand et Hugo Bernard
> - Équipe base de données

## Constat

- les plans changent sans prévenir
"""


@pytest.mark.parametrize(
    ("text", "title", "people"),
    [
        (_TWO, "Caching Without Regret", ["Ana Ruiz", "Bo Li"]),
        (_HANDLE, "Kleine Server mit großer Wirkung", ["Jonas Feldmann"]),
        (_TITLED, "Les index qui mentent", ["Camille Durand", "Hugo Bernard"]),
    ],
)
def test_a_heading_inside_a_quote_under_the_title_names_the_talks_speakers(
    text: str, title: str, people: list[str]
) -> None:
    talks = _talks(parse_programme(text.encode(), "talk-notes.md"))
    assert talks == {title: people}


_PHRASE = """# Caching Without Regret

> ## Why this matters
>
> - every page waits on the database

## Details

- stale reads
"""


def test_a_quoted_heading_of_words_names_no_one() -> None:
    programme = parse_programme(_PHRASE.encode(), "talk-notes.md")
    assert not any(t.speakers for t in programme.talks)
