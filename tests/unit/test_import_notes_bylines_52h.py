"""A person's notes of a conference whose talks the importer missed (stop 52, helper s52h):
``### Title by handle`` headings, a post's front matter over a day of keynote and talk
headings, list items whose bold lead names the talk before the writer's remark. Fixtures
written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_HANDLES = """# Rustfest Nord 2031 notes

## Day one

### Lifetimes without tears by ferris_77

- lots of diagrams

### Embedded on a budget by kirsi

Small boards, big plans.

### Async traits explained by 翔

Want the slides.

### A borrow checker for SQL by mb3rg

Not sure it works.
"""


def test_headings_that_all_end_in_a_by_line_name_their_speakers_even_as_handles() -> None:
    talks = _talks(parse_programme(_HANDLES.encode(), "rustfest-notes.md"))
    assert talks.get("Lifetimes without tears") == ["ferris_77"]
    assert talks.get("Embedded on a budget") == ["kirsi"]
    assert talks.get("Async traits explained") == ["翔"]
    assert talks.get("A borrow checker for SQL") == ["mb3rg"]


_TUTORIAL = """# Notes: Queries that scale

### Sorting by date

Stable keys only.

### Grouping by key

Before paging.

### Paging by cursor

Offsets are slow.
"""


def test_a_talks_parts_written_x_by_y_name_nobody() -> None:
    programme = parse_programme(_TUTORIAL.encode(), "queries.md")
    assert not [p.name for t in programme.talks for p in t.speakers]


_KEYNOTE_LINES = "\n".join(f"- a remark of mine, number {n}, on what was said" for n in range(14))
_DAY_POST = f"""---
title: 'Harbour Summit 2031 - Day 1'
authors:
  - name: Pia Strand
    avatar:
      src: /me.jpg
date: "2031-06-02T08:00:00+02:00"
---

> Slides in the photos belong to their speakers.

## Morning Keynotes

### Keynote: Shipping Boring Software - Henrik Aas, Chief Architect, Lindqvist Group

{_KEYNOTE_LINES}

### Keynote: Ten Years of Containers - Maja Roos, VP Engineering, Skerry

{_KEYNOTE_LINES}

## Talks

### Migrating a Message Bus - Anders Vik, Tern Labs, Inc (Advanced Level)

{_KEYNOTE_LINES}
"""


def test_a_post_holding_a_days_talk_headings_is_those_talks_not_one_note() -> None:
    talks = _talks(parse_programme(_DAY_POST.encode(), "2031-06-02-harbour-summit-day-1.md"))
    assert talks.get("Shipping Boring Software") == ["Henrik Aas"]
    assert talks.get("Ten Years of Containers") == ["Maja Roos"]
    assert talks.get("Migrating a Message Bus") == ["Anders Vik"]


_STRESSED = """---
title: Meetup Torino 2031 - appunti
---

### Appunti sparsi sui talk
In ordine:

- **Elena Costa - "Giochi e sensori: schede e motori grafici"**: che dire, Elena è Elena.
  Un proiettore ribelle, ma ci ha fatto ridere lo stesso: una demo dopo l'altra.
- **Marco Ferri - "Chi ha detto che i router sono sicuri? Una botnet in salotto"**: fantastico :-D
  ha mostrato che i virus esistono (come già visto da altri), e perché dovremmo temere
  per i termostati e per il router di casa.
- **Luca Neri, docente del workshop - Presentazione e domande**: un piacere vedere
  un collega sul palco.
"""


def test_a_list_items_bold_lead_is_the_talk_and_the_remark_after_it_the_writers() -> None:
    talks = _talks(parse_programme(_STRESSED.encode(), "2031-03-12-meetup-torino.md"))
    assert talks.get("Giochi e sensori: schede e motori grafici") == ["Elena Costa"]
    assert talks.get("Chi ha detto che i router sono sicuri? Una botnet in salotto") == [
        "Marco Ferri"
    ]
    assert talks.get("Presentazione e domande") == ["Luca Neri"]


def test_people_each_written_with_their_role_and_company_are_those_people_alone() -> None:
    from confnotes.importers.persons import split_speakers

    def names(text: str) -> list[str]:
        return [p.name for p in split_speakers(text)]

    # "Staff Member" sits where the other group has its position: no one
    assert names(
        "Ines Carvalho, Staff Member, CERN & Omar Saleh, Software Engineer, Tern Labs"
    ) == [
        "Ines Carvalho",
        "Omar Saleh",
    ]
    assert names(
        "Pia Strand, Product Manager, Holm Lund, Inc. & Rasmus Vik, Co-founder Skerry Inc."
    ) == ["Pia Strand", "Rasmus Vik"]
    assert names("Henrik Aas, VP/CTO Cloud Computing, Nordlys Systems, Inc.") == ["Henrik Aas"]
    # names alone keep being names
    assert names("Ana Ruiz, Bo Li & Cy Young, Lab") == ["Ana Ruiz", "Bo Li", "Cy Young"]
