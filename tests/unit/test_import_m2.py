"""Reading mends from a review (helper m2): an item-less slot titled like a talk beside
slots of talks stays a talk; a post's aside about its next meetup does not date the
talks it lists; a note sentence after a keynote's speaker is no title; a heading about
"conference review" as a topic names no event. Fixtures written for these tests."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.headings import conference_name
from confnotes.importers.registry import parse_programme

# --------------------------------------------------------------- 1. slots beside slots

_SLOTS = (
    "- date: 2030-04-08\n  activity:\n"
    "    - hour: '9:00'\n      name: Plenary lectures\n      subactivities:\n"
    "        - title: Cooling atoms with light\n          people: {name: Dr. Vera Lang}\n"
    "        - title: Dipolar gases in traps\n          people: {name: Prof. Omar Haddad}\n"
    "    - hour: '10:30'\n      name: Quantum error correction in practice\n"
    "    - hour: '12:30'\n      name: Lunch\n"
    "    - hour: '14:00'\n      name: Lab tour\n"
    "- date: 2030-04-09\n  activity:\n"
    "    - hour: '9:00'\n      name: Plenary lectures\n      subactivities:\n"
    "        - title: Rydberg arrays\n          people: {name: Dr. Lena Fischer}\n"
    "    - hour: '11:00'\n      name: Poster walk and discussion\n"
    "    - hour: '12:30'\n      name: Lunch\n"
)


def test_a_slot_titled_like_a_talk_beside_slots_of_talks_stays_a_talk() -> None:
    p = parse_programme(_SLOTS.encode(), "week.yml")
    talks = {t.title: t for t in p.talks}
    assert talks["Quantum error correction in practice"].start == datetime(2030, 4, 8, 10, 30)
    assert not talks["Quantum error correction in practice"].speakers


def test_short_slots_and_meals_beside_slots_of_talks_stay_blocks() -> None:
    p = parse_programme(_SLOTS.encode(), "week.yml")
    titles = {t.title for t in p.talks}
    assert not titles & {"Lunch", "Lab tour"}
    assert {"Lunch", "Lab tour"} <= {s.title for s in p.sessions}


def test_a_short_slot_with_a_subtitle_or_an_abstract_is_a_talk() -> None:
    text = _SLOTS.replace("Lab tour", "Lasers: a short history").replace(
        "    - hour: '11:00'\n      name: Poster walk and discussion\n",
        "    - hour: '11:00'\n      name: Ion clocks\n"
        "      description: How trapped ions keep time better than caesium.\n",
    )
    p = parse_programme(text.encode(), "week.yml")
    assert {"Lasers: a short history", "Ion clocks"} <= {t.title for t in p.talks}


def test_a_slot_repeated_on_every_day_is_a_block_whatever_its_words() -> None:
    text = _SLOTS.replace("Lunch", "Shared table in the atrium garden")
    p = parse_programme(text.encode(), "week.yml")
    assert "Shared table in the atrium garden" not in {t.title for t in p.talks}


# ------------------------------------------------------- 2. a post's announced day

_POST = """---
title: "Autumn meetup recap"
date: 2031-09-12
---

Thanks to everyone who came tonight, the room was full.

The next meetup is on 18 October at the same place.

- 18:30: Doors open
- 19:00: Caching without tears by Lina Sorensen
- 19:45: Small models on small boards by Tariq Haddad
"""


def test_a_post_s_aside_about_its_next_meetup_does_not_date_its_talks() -> None:
    p = parse_programme(_POST.encode(), "recap.md")
    starts = {t.title: t.start for t in p.talks}
    assert starts["Caching without tears"] == datetime(2031, 9, 12, 19, 0)


def test_a_post_opening_on_its_next_meetup_announces_that_day() -> None:
    """The control: a post that opens by announcing the meetup lists that day's talks."""
    text = _POST.replace("Thanks to everyone who came tonight, the room was full.\n\n", "")
    p = parse_programme(text.encode(), "announce.md")
    starts = {t.title: t.start for t in p.talks}
    assert starts["Caching without tears"] == datetime(2031, 10, 18, 19, 0)


# ------------------------------------------------------ 3. a keynote slot's title line

_KEYNOTES = """# Harbour data day notes

10:00
**Keynote**
Marta Oliveira

we arrived late and missed the start.

- tide gauges everywhere
- open data portals

11:00
**Keynote**
Jonas Berg

tides of open data

- sensors on every pier
"""


def test_a_note_sentence_after_a_keynote_s_speaker_is_no_title() -> None:
    p = parse_programme(_KEYNOTES.encode(), "notes.md")
    titles = [t.title for t in p.talks]
    assert "we arrived late and missed the start." not in titles
    assert "tides of open data" in titles  # a short lower-case title stays one
    keynotes = [t for t in p.talks if t.kind == "keynote"]
    assert [[s.name for s in t.speakers] for t in keynotes] == [["Marta Oliveira"], ["Jonas Berg"]]


# ------------------------------------------------------ 4. an event review title

_REVIEW_BODY = """

**Keynote**

**Caching at the edge**
* stale while revalidate

**Feature flags in practice**
* kill switches
"""


def test_conference_review_as_a_topic_names_no_event() -> None:
    assert conference_name("Rethinking Conference Review") == "Rethinking Conference Review"
    assert conference_name("Why we need Conference Review") == "Why we need Conference Review"
    # an event's name before the words stays read as one
    assert conference_name("Pocket Apps Conference review") == "Pocket Apps"
    assert conference_name("Harbour 2031 Conference report") == "Harbour 2031"


def test_a_post_on_rethinking_conference_review_is_no_event_s_notes() -> None:
    text = "## Rethinking Conference Review" + _REVIEW_BODY
    p = parse_programme(text.encode(), "essay.md")
    assert p.name != "Rethinking"
