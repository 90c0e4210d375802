"""Notes of many talks in one file (issue 33), in fixtures of our own words.

- Every talk opens on the same short list (a quotation may come first): its length, the
  day it was seen, the speaker's name alone on an item, its language. The writer's
  template gives each talk its speaker and day; one bare name in one list does not.
- A name in that list outweighs a ``Two Words: Title`` heading's split: the heading is
  a title, whole.
- A part that recurs under the talks (``### Takeaways``) written once at the talks'
  level after a talk that lacks it is that talk's part, not a talk; its lines join
  that talk's note.
"""

from __future__ import annotations

from datetime import date

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, source: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), source)


WATCHED = """# Harbour JVM Days 2030

## Opening session

> "Every release is somebody's first."
- Length 38:10, watched on 2029-10-04, **#news**
- Ines Duarte
- Language: Portuguese

### Takeaways
- Release trains every six months.
- The survey says builds got slower.

## Tide: Rust in ports

- (original title: Maré: Rust nos portos)
> "Borrowing is a contract."
- Length 44:02, watched on 2029-10-04, **#rust**
- Piet Klaver
- Language: Dutch

### Takeaways
- Ownership rules map to port permits.

## Gauges without guesswork

- Length 51:40, watched on 2029-10-05, **#metrics**
- Olu Adeyemi
- Language: English

### Takeaways
- Sample before you average.

## Lanterns for the night shift

- Length 29:59, watched on 2029-10-05, **#ops**
- Ines Duarte
- Language: Portuguese

## Takeaways
- Page the owner, not the channel.
- Write the runbook the morning after.

### Impression
Good pace.
"""


def test_the_template_list_gives_each_talk_its_speaker_and_day() -> None:
    p = _read(WATCHED)
    got = {t.title: ([s.name for s in t.speakers], t.day) for t in p.talks if t.speakers}
    assert got["Opening session"] == (["Ines Duarte"], date(2029, 10, 4))
    assert got["Gauges without guesswork"] == (["Olu Adeyemi"], date(2029, 10, 5))
    assert got["Lanterns for the night shift"] == (["Ines Duarte"], date(2029, 10, 5))


def test_a_listed_name_keeps_a_colon_heading_whole() -> None:
    p = _read(WATCHED)
    titles = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert titles["Tide: Rust in ports"] == ["Piet Klaver"]
    assert "Tide" not in {s.name for t in p.talks for s in t.speakers}


def test_a_part_written_at_the_talks_level_joins_the_talk_above() -> None:
    p = _read(WATCHED)
    assert "Takeaways" not in [t.title for t in p.talks]
    lantern = next(t for t in p.talks if t.title == "Lanterns for the night shift")
    assert "Write the runbook the morning after." in lantern.body
    assert "Good pace." in lantern.body
    assert lantern.body.startswith("- Length 29:59")


ONE_BARE_NAME = """# Week notes

## Monday

- Gap Events
- Async execution
- Retries with jitter

## Tuesday

- Read about queues
- Tried the new profiler

## Wednesday

- Backlog grooming
- Lunch with the team
"""


def test_one_bare_name_in_one_list_names_no_one() -> None:
    p = _read(ONE_BARE_NAME)
    assert not [s.name for t in p.talks for s in t.speakers]


LIGHTNING = """Quay Python Meetup 2030
=======================

Welcome
=======
* the hosts said hello

Keynote2
========
* slides in English, talk in Dutch

Lightning Talks
===============
* Parsing ship logs
  * regexes first, then a real parser
  * the logs were in three encodings
* Tiny dashboards
  * one HTML file per berth
* Counting herons with a camera
  * the model mistook gulls for herons
* Sensors on a budget
  * a soldering demo that worked
* Boat rental bot
* what a fun hour
"""


def test_items_with_notes_under_a_lightning_heading_are_its_talks() -> None:
    p = _read(LIGHTNING, "meetup.rst")
    kinds = {t.title: t.kind for t in p.talks}
    for title in ("Parsing ship logs", "Tiny dashboards", "Counting herons with a camera"):
        assert kinds.get(title) == "spotlight", kinds
    # an item with nothing under it stays in the note above it, byte for byte
    sensors = next(t for t in p.talks if t.title == "Sensors on a budget")
    assert "* Boat rental bot\n* what a fun hour" in sensors.body


def test_a_number_glued_to_a_kind_word_keeps_the_kind() -> None:
    p = _read(LIGHTNING, "meetup.rst")
    assert {t.title: t.kind for t in p.talks}.get("Keynote2") == "keynote"
