"""Review 57, helper ma: a slot length read as a copied timetable's talk only where the
list can be one (no clock before it, no topic's heading or other lead-in over it), and a
document's owner named as the speaker only when the document is the talk's own. Fixtures
written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.owner_links import document_owners, the_talks_own
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_TIMED = """# Lakeside Dev Day — Friday 9 May 2031

- 10:00 Welcome and housekeeping (15 min)
- 10:15 Postgres at scale (40 min)
- 10:55 Small models, big wins (25 min)
- 11:20 Tea (10 min)
- 11:30 Shipping on a Friday (30 min)
"""


def test_a_timed_list_with_slot_lengths_is_read_by_its_clocks() -> None:
    talks = {t.title: t.start for t in parse_programme(_TIMED.encode(), "lakeside.md").talks}
    assert str(talks["Small models, big wins"]) == "2031-05-09 10:55:00"
    assert str(talks["Postgres at scale"]) == "2031-05-09 10:15:00"
    assert not any(title[:1].isdigit() or "min)" in title for title in talks)


_PARTS_UNDER_A_TALK = """# Notes from Riverside Data 2031

## Stream joins explained

The speaker walked through it in four steps:

- Windows and watermarks (10 min)
- Join state (15 min)
- Late events (10 min)
- Questions (5 min)

Keep state small.

## Columnar files for everyone

- footers matter
- row groups too
"""


def test_a_talks_outline_of_its_parts_leaves_the_talks_alone() -> None:
    talks = _talks(parse_programme(_PARTS_UNDER_A_TALK.encode(), "riverside.md"))
    assert {"Stream joins explained", "Columnar files for everyone"} <= set(talks)
    assert "Join state" not in talks
    assert "Late events" not in talks


_AGENDA = """# Team sync — 2 April 2031

## Agenda

- Look back at the release (15 min)
- Walkthrough of the new importer (20 min)
- Who does what next (25 min)

## Notes

- Bo takes the importer
"""


def test_a_meetings_agenda_is_no_timetable() -> None:
    talks = _talks(parse_programme(_AGENDA.encode(), "sync.md"))
    assert "Walkthrough of the new importer" not in talks
    assert "Look back at the release" not in talks


_LED_IN = """# Club retreat, 20 June 2031

{lead}

- Board games and rules (40 min)
- Planning the autumn season (50 min)
- Budget questions (30 min)
- Walk by the lake (60 min)
"""


def test_a_lead_in_naming_something_else_makes_the_list_no_timetable() -> None:
    text = _LED_IN.format(lead="How we split the afternoon:")
    talks = _talks(parse_programme(text.encode(), "retreat.md"))
    assert "Planning the autumn season" not in talks
    assert "Budget questions" not in talks


def test_a_lead_in_naming_talks_keeps_the_list_a_timetable() -> None:
    text = _LED_IN.format(lead="The talks I went to:")
    talks = _talks(parse_programme(text.encode(), "retreat.md"))
    assert {"Planning the autumn season", "Budget questions"} <= set(talks)


_ABOUT_THE_TALK = """# Notes from Northside Conf 2031

## Tiles for every map

Recording: [watch it](https://www.youtube.com/@NorthsideTalks/videos) on
[Northside Talks](https://www.youtube.com/@NorthsideTalks).

- vector tiles win

## Queues without pain

[Write-up](https://blog.example.org/@ivo.petrov/queues-write-up-9f) from
[Ivo Petrov](https://blog.example.org/@ivo.petrov)

- retries need budgets

## Caching at the edge

[Caching at the edge](https://decks.example.org/mira-santos/edge-caching) from
[Mira Santos](https://decks.example.org/mira-santos)

- short lifetimes
"""


def test_a_recordings_channel_or_a_write_ups_author_is_no_speaker() -> None:
    talks = _talks(parse_programme(_ABOUT_THE_TALK.encode(), "northside.md"))
    assert "Northside Talks" not in talks.get("Tiles for every map", [])
    assert "Ivo Petrov" not in talks.get("Queues without pain", [])
    assert talks["Caching at the edge"] == ["Mira Santos"]


def test_an_owners_page_counts_only_for_the_talks_own_document() -> None:
    deck = ("slides", "https://decks.example.org/mira-santos/edge-caching")
    owner = ("Mira Santos", "https://decks.example.org/mira-santos")
    assert [p.name for p in document_owners([deck, owner])] == ["Mira Santos"]
    post = ("Write-up", "https://blog.example.org/@ivo/queues-1")
    assert document_owners([post, ("Ivo Petrov", "https://blog.example.org/@ivo")]) == []
    assert the_talks_own("Queues without", "https://blog.example.org/@ivo/q", "Queues without pain")
    assert not the_talks_own("Queues without pain", "https://www.youtube.com/@ivo/v", "Queues")
