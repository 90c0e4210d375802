"""A person's live notes of a conference (stop 55, helper s55d): headings that pack the
speaker before the title with a comma (``### Ana Ruiz, Title``) heading after heading;
two days of notes each under its own top heading (``# 2021 fooconf notes`` then ``# June
4 - Day 2``), each day's slots led by a bare time, a slot only saying its kind
(``**Keynote**``) followed by the speaker and then the talk's own title; one talk's
notes with its day and hour on one line under the title. Fixtures written for these
tests, in our own words."""

from __future__ import annotations

from datetime import datetime

import pytest

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_COMMA_EN = """# Society for Maritime History #
*Annual Meeting, 4 June - 6 June 2019*

## Ports and Power ##
Chair: somebody, Room 4

### Ines Albrecht, Salt and Silver: The Harbour Company in the Long Seventeenth Century ###

+ ledgers from three ports
+ the company's decline

### Tomasz Wrona, Rope Makers of the Baltic, c.1700-1790 ###

+ guild records
+ prices over time

### Leila Haddad, Customs Houses, Smuggling and the State ###

+ a case from 1744

## Credit and Risk ##

### Oskar Lindgren, Insuring Ships Before the Insurers ###

+ coffee houses as markets
+ premiums by season
"""

_COMMA_FR = """# Journées d'histoire urbaine

### Camille Durand, Les halles de Lyon au XIXe siècle

- marchés couverts
- hygiène publique

### Hugo Bernard, Éclairer la ville : le gaz à Paris

- compagnies concurrentes
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _COMMA_EN,
            {
                "Salt and Silver: The Harbour Company in the Long Seventeenth Century": [
                    "Ines Albrecht"
                ],
                "Rope Makers of the Baltic, c.1700-1790": ["Tomasz Wrona"],
                "Customs Houses, Smuggling and the State": ["Leila Haddad"],
                "Insuring Ships Before the Insurers": ["Oskar Lindgren"],
            },
        ),
        (
            _COMMA_FR,
            {
                "Les halles de Lyon au XIXe siècle": ["Camille Durand"],
                "Éclairer la ville : le gaz à Paris": ["Hugo Bernard"],
            },
        ),
    ],
)
def test_headings_naming_the_speaker_then_a_comma_then_the_title(
    text: str, expected: dict[str, list[str]]
) -> None:
    talks = _talks(parse_programme(text.encode(), "meeting-notes.md"))
    for title, people in expected.items():
        assert talks.get(title) == people


_COMMA_ONCE = """# Trip notes

### Lisbon, a city of seven hills and many stairs

- walked a lot

### Porto, wine and bridges over the river

- tasted a lot
"""


def test_a_place_before_a_comma_is_no_speaker() -> None:
    programme = parse_programme(_COMMA_ONCE.encode(), "trip.md")
    assert not any(t.speakers for t in programme.talks)


_TWO_DAYS = """# 2021 fooconf notes

9:30a
**Tables all the way down**
**Mira Okafor**

the abstract, pasted: parsing tables is harder than it looks and everyone has a parser.

- everyone has a parser
- nobody likes theirs

12:00
**Keynote**
Tomas Lindqvist

the long way round to reproducible maps

- maps drift
- pin your versions

----

# June 4 - Day 2

9:30am

**KEYNOTE**

**Greta M. Holm**

Sail, Steer, Arrive

notes about boats and teams

- small crews
- clear goals

10:30am
**Archiving the web for fun**
**Ravi Menon**

- crawl politely
- store what you fetch

12:00
**Keynote**
Sofia Marques

what the census taught us about spreadsheets

- one sheet per year
"""


def test_a_second_days_heading_dates_its_talks_with_the_year_of_the_title() -> None:
    programme = parse_programme(_TWO_DAYS.encode(), "fooconf-notes.md")
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    assert talks["Archiving the web for fun"].start == datetime(2021, 6, 4, 10, 30)
    assert talks["Sail, Steer, Arrive"].start == datetime(2021, 6, 4, 9, 30)
    assert [p.name for p in talks["Sail, Steer, Arrive"].speakers] == ["Greta M. Holm"]


def test_each_days_keynote_slot_is_its_own_talk_titled_after_its_speaker() -> None:
    programme = parse_programme(_TWO_DAYS.encode(), "fooconf-notes.md")
    talks = _talks(programme)
    assert talks.get("the long way round to reproducible maps") == ["Tomas Lindqvist"]
    assert talks.get("what the census taught us about spreadsheets") == ["Sofia Marques"]
    assert "Keynote" not in talks and "KEYNOTE" not in talks


def test_a_days_heading_is_no_talk_once_its_slots_are_read() -> None:
    programme = parse_programme(_TWO_DAYS.encode(), "fooconf-notes.md")
    heads = [t for t in programme.talks if "Day 2" in t.title or "fooconf" in t.title]
    assert all(t.kind == "other" and not t.start and not t.speakers for t in heads)


_ONE_TALK = """# Goodbye SOAP, hello events

2023-03-14 09:45
Anneliese Vogt-Kramer
@annevk

## Why

some text about why this matters, and more of it.

## History

1990 - thing one
1995 - thing two
"""


def test_a_day_and_hour_line_under_a_talks_title_gives_its_start() -> None:
    programme = parse_programme(_ONE_TALK.encode(), "soap-notes.md")
    talk = next(t for t in programme.talks if t.kind != "other")
    assert talk.start == datetime(2023, 3, 14, 9, 45)
    assert [p.name for p in talk.speakers] == ["Anneliese Vogt-Kramer"]


_NAME_ORG_TITLE = """# Statistics Day

## Morning

### Ana Ruiz, Tidal Research Institute, *Counting gulls in the rain*
- counts drift

### Bo Lindqvist, Harbour University, *Weights for silent surveys*
- reweight, then check

## Afternoon

### Li Wei, *Bootstrap for the impatient*
- resample less
"""


def test_a_name_then_an_organisation_then_a_stressed_title_keeps_the_stressed_title() -> None:
    talks = _talks(parse_programme(_NAME_ORG_TITLE.encode(), "stats-day.md"))
    assert not any(title.startswith(("Tidal", "Harbour")) for title in talks)
