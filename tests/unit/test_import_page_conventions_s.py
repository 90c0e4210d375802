"""Programme pages of conventions seen on real pages and read by mechanism (issue 33,
round ``pages5``): a seminar archive whose entries are blocks of short lines under a
heading naming the year; a clock written ``9:40a``; a session's talks as list items under
its time (``Speaker 3: Dr. Name``, ``*Title* by Name``); co-authors after a comma;
``A/Prof.`` before a name; a by-line broken after its ``by``."""

from __future__ import annotations

from datetime import date, datetime, time

from confnotes.importers.persons import split_speakers
from confnotes.importers.registry import parse_programme
from confnotes.importers.textutil import parse_clock

ARCHIVE = """---
layout: page
title: Colloquium archive, talks before 2024
---

Talks from 2024 on are on the colloquium page.

## 2022 Autumn

**14 October** (Room B12)
Ingrid Sørlie (Tromsø)
Ranking sea-ice charts by their errors

Abstract: Three winters of charts, scored against the satellites.

**28 October** (B12)
Matteo Ferraris (Politecnico di Torino)
Bridges that report their own cracks

**11 November** (B12)
Yuki Hanamura (Kyoto)
Counting birds from their songs alone

## 2021 Spring

**5 March** (Room B12)
Oluwaseun Adeyemi (Ibadan)
Weather stations that cost less than a bicycle
"""


def _talks(text: str) -> dict[str, object]:
    programme = parse_programme(text.encode(), "page.md")
    return {t.title: t for t in programme.talks}


def test_a_seminar_block_of_short_lines_gives_its_speaker_title_and_day() -> None:
    talks = _talks(ARCHIVE)
    talk = talks["Ranking sea-ice charts by their errors"]
    assert [p.name for p in talk.speakers] == ["Ingrid Sørlie"]  # type: ignore[attr-defined]
    assert talk.day == date(2022, 10, 14)  # type: ignore[attr-defined]
    assert "Counting birds from their songs alone" in talks


def test_the_heading_naming_a_year_dates_the_days_under_it_not_the_page_title() -> None:
    talks = _talks(ARCHIVE)
    # the page's title names 2024; the section's heading says 2021
    assert talks["Weather stations that cost less than a bicycle"].day == date(2021, 3, 5)  # type: ignore[attr-defined]


def test_a_clock_with_the_meridiems_letter_alone() -> None:
    clock = parse_clock("1:30 - 2:00p  Poster session")
    assert clock is not None and (clock.start, clock.end) == (time(13, 30), time(14, 0))
    clock = parse_clock("11:30a - 12:30p")
    assert clock is not None and (clock.start, clock.end) == (time(11, 30), time(12, 30))
    # "a" as the word between two clocks (Spanish, Portuguese) is no meridiem
    clock = parse_clock("9:00 a 10:00 Charla")
    assert clock is not None and (clock.start, clock.end) == (time(9, 0), time(10, 0))


SESSIONS = """# Reef Day 2026

**Friday, 6 March 2026**

9:00 - 9:10a    **Welcome**

9:10 - 9:45a    **Opening keynote**
- A/Prof. Harriet Lindqvist, FRS

9:45 - 10:30a   **Lightning round (5 mins each)**
- Speaker 1: Dr. Tomas Okafor
- Speaker 2: Prof. Lena Marchetti
- Speaker 3: A/ Prof. Kenji Watanabe
- Speaker 4:
- Q&A: open 10 mins

1:30 - 2:00p    **Poster teasers**
- *Coral larvae ride the tide* by Amelia Quist
- *Sponges as water meters* by Rafael Dominguez-Ortega
"""


def test_a_sessions_list_items_are_its_talks() -> None:
    talks = _talks(SESSIONS)
    okafor = next(t for t in talks.values() if [p.name for p in t.speakers] == ["Tomas Okafor"])  # type: ignore[attr-defined]
    assert okafor.start == datetime(2026, 3, 6, 9, 45)  # type: ignore[attr-defined]
    named = {p.name for t in talks.values() for p in t.speakers}  # type: ignore[attr-defined]
    assert {"Lena Marchetti", "Kenji Watanabe", "Amelia Quist"} <= named
    larvae = talks["Coral larvae ride the tide"]
    assert larvae.start == datetime(2026, 3, 6, 13, 30)  # type: ignore[attr-defined]
    # an empty slot ("Speaker 4:") and a note ("Q&A: …") are nobody
    assert not any("Q&A" in p.name for t in talks.values() for p in t.speakers)  # type: ignore[attr-defined]


def test_a_slots_one_listed_person_is_its_speaker() -> None:
    talks = _talks(SESSIONS)
    keynote = talks["Opening keynote"]
    assert [p.name for p in keynote.speakers] == ["Harriet Lindqvist"]  # type: ignore[attr-defined]


def test_an_associate_professors_rank_is_no_separator() -> None:
    assert [p.name for p in split_speakers("A/Prof. Chun-Hei Lau")] == ["Chun-Hei Lau"]
    assert split_speakers("A/B testing at scale") == []


BYLINES = """# Schedule

**Saturday, 9 May 2026**

10:00 - Contributed Talk #1: *Tidal maps from phone cameras* by Wen Li, Oskar Brandt,
Priya Natarajan and Sam Okoye

10:30 - Invited Talk #2: *Why gauges drift* by
[Marguerite Olsen](https://example.org/olsen)
"""


def test_co_authors_after_a_comma_are_people_not_an_affiliation() -> None:
    talk = _talks(BYLINES)["Tidal maps from phone cameras"]
    assert [p.name for p in talk.speakers] == [  # type: ignore[attr-defined]
        "Wen Li",
        "Oskar Brandt",
        "Priya Natarajan",
        "Sam Okoye",
    ]


def test_a_by_line_broken_after_its_word_leaves_the_title_whole() -> None:
    talk = _talks(BYLINES)["Why gauges drift"]
    assert [p.name for p in talk.speakers] == ["Marguerite Olsen"]  # type: ignore[attr-defined]


SAVED_PAGE = """<html><head><title>Programme</title></head><body>
<p class="Header">Workshop Programme, 14 November 2011</p>
<p class="paragraph_style">09:30 - 10:00 - Sailing drones that map kelp<br /></p>
<ol>
  <li><p class="paragraph_style_1">R.T. Almeida, K. Voss &amp; I. Petrenko<br /></p></li>
  <li><p class="paragraph_style_1">Marine Robotics Centre, Bergen, Norway; Coastal Survey
  Agency (CSA plc), UK<br /></p></li>
</ol>
<p class="Free_Form">10:00 - 10:30 - Coffee Break<br /></p>
<p class="paragraph_style">10:30 - 11:00 - Counting seals from the air<br /></p>
<ol>
  <li><p class="paragraph_style_1">H. Okonkwo<br /></p></li>
  <li><p class="paragraph_style_1">Northern Wildlife Trust, UK<br /></p></li>
</ol>
</body></html>
"""


def test_a_slots_list_of_authors_over_their_places_is_its_by_line() -> None:
    programme = parse_programme(SAVED_PAGE.encode(), "programme.html")
    talks = {t.title: t for t in programme.talks}
    kelp = talks["Sailing drones that map kelp"]
    assert [p.name for p in kelp.speakers] == ["R.T. Almeida", "K. Voss", "I. Petrenko"]
    assert [p.name for p in talks["Counting seals from the air"].speakers] == ["H. Okonkwo"]
    # the affiliations' line is nobody
    people = {p.name for t in programme.talks for p in t.speakers}
    assert not any("Agency" in n or "Trust" in n or "Centre" in n for n in people)


TALK_PAGE = """---
layout: talk
title:
---
## Bäume zählen mit Drohnen {#baeume}

### <img height="32" src="workshop.svg"> 14:00 bis 15:30 in Raum B2 {#zeit}

### Dr. Henrike Abendroth {#person}

Wir fliegen über den Schönbuch und zählen, was wir sehen.

### Vorwissen

- keines
"""


def test_a_talks_speaker_heading_after_its_time_and_room_heading() -> None:
    programme = parse_programme(TALK_PAGE.encode(), "abendroth-drohnen.md")
    assert [t.title for t in programme.talks] == ["Bäume zählen mit Drohnen"]
    assert [p.name for p in programme.talks[0].speakers] == ["Henrike Abendroth"]


def test_a_kind_of_programme_item_is_no_persons_name() -> None:
    from confnotes.importers.persons import is_person_name

    assert not is_person_name("Public Lecture")
    assert not is_person_name("Opening Keynote")
    assert is_person_name("Stuart Hall")
