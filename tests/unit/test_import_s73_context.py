"""The day a document's surroundings give its talks when its own words name none: a
link's address (the day's schedule, slides filed under the day), the file's or folder's
name; never when the words name a day, the surroundings name two, or say a year only."""

from __future__ import annotations

from datetime import date, datetime

from tests.unit.importing import days_by_title, read, starts_by_title

NOTES_EN = """\
# My notes

I went to the second day, see [the schedule](https://example.org/conf/schedule/2031-03-14).

## Taming flaky tests

By Ana Ruiz

- retries hide bugs
- quarantine lists rot

## Shipping on Fridays

By Tomás Lindqvist

- small batches
- feature flags
"""

NOTES_DE = """\
# Vortrag: Kleine Schritte

von Jana Vogel

[Folien](https://github.com/example/treffen/blob/main/2031-03-15/kleine_schritte.pdf)

## Warum klein

- weniger Risiko
- schnelleres Feedback
"""

NOTES_FR = """\
# Journée des développeurs

Programme du jour : <https://example.fr/programme?day=2031-06-02>

## Les index expliqués

Par Claire Dubois

- un index B-arbre
- le coût des écritures

## Observabilité sans douleur

Par Marc Lefèvre

- traces
- métriques
"""


def test_the_day_of_the_schedule_a_notes_post_links_to_dates_its_talks() -> None:
    days = days_by_title(read(NOTES_EN, "notes.md"), others=False)
    assert days == {
        "Taming flaky tests": date(2031, 3, 14),
        "Shipping on Fridays": date(2031, 3, 14),
    }


def test_slides_filed_under_a_day_date_the_talk_of_a_german_note() -> None:
    days = days_by_title(read(NOTES_DE, "kleine_schritte.md"), others=False)
    assert set(days.values()) == {date(2031, 3, 15)}


def test_a_day_in_a_links_query_dates_french_notes() -> None:
    days = days_by_title(read(NOTES_FR, "journee.md"), others=False)
    assert days == {
        "Les index expliqués": date(2031, 6, 2),
        "Observabilité sans douleur": date(2031, 6, 2),
    }


DATA_PHP = """\
<?php
return [
  ['title' => 'Robots that learn', 'speakers' => 'Ana Ruiz', 'date_start' => '14:00'],
  ['title' => 'Soft grippers', 'speakers' => 'Jan Novak', 'date_start' => '14:30'],
];
"""

DATA_YAML = """\
- title: Robots that learn
  speaker: Ana Ruiz
  time: "14:00"
- title: Soft grippers
  speaker: Jan Novak
  time: "14:30"
"""


def test_a_data_file_named_by_its_day_gives_its_times_that_day() -> None:
    starts = starts_by_title(read(DATA_PHP, "events/2030-11-05.php"))
    assert starts == {
        "Robots that learn": datetime(2030, 11, 5, 14, 0),
        "Soft grippers": datetime(2030, 11, 5, 14, 30),
    }


def test_a_folder_named_by_its_day_dates_the_data_file_in_it() -> None:
    starts = starts_by_title(read(DATA_YAML, "meetings/2030-11-05/talks.yml"))
    assert starts == {
        "Robots that learn": datetime(2030, 11, 5, 14, 0),
        "Soft grippers": datetime(2030, 11, 5, 14, 30),
    }


# ---------------------------------------------------------------- what must not change


def test_a_day_the_words_name_wins_over_a_links_day() -> None:
    text = NOTES_EN.replace("I went to the second day", "Notes of 12 March 2031")
    days = days_by_title(read(text, "notes.md"), others=False)
    assert date(2031, 3, 14) not in days.values()


def test_a_spanish_post_saying_its_own_day_keeps_it_over_its_file_names() -> None:
    text = """\
# Crónica de la jornada

La jornada fue el 3 de mayo de 2031 en Córdoba.

## Bases de datos en serio

Por Lucía Gómez

- índices
- planes de consulta

## Pruebas que sirven

Por Diego Martín

- pruebas de propiedades
"""
    days = days_by_title(read(text, "posts/2031-05-09-cronica.md"), others=False)
    assert date(2031, 5, 9) not in days.values()


def test_links_to_two_days_date_nothing() -> None:
    text = NOTES_EN.replace(
        "- small batches", "- see [day two](https://example.org/conf/schedule/2031-03-15)"
    )
    days = days_by_title(read(text, "notes.md"), others=False)
    assert set(days.values()) == {None}


def test_a_year_alone_in_the_path_gives_no_day() -> None:
    days = days_by_title(read(DATA_YAML, "talks/2031/robotics/talks.yml"))
    assert set(days.values()) == {None}
    assert set(starts_by_title(read(DATA_YAML, "talks/2031/robotics/talks.yml")).values()) == {None}


def test_a_link_to_another_years_post_does_not_date_notes_of_a_named_year() -> None:
    text = NOTES_EN.replace(
        "I went to the second day, see [the schedule](https://example.org/conf/schedule/2031-03-14).",
        "Notes from DevDays 2033; background in [my old post](https://blog.example.org/2031/03/14/flaky).",
    )
    days = days_by_title(read(text, "notes.md"), others=False)
    assert set(days.values()) == {None}


def test_a_talk_dated_where_it_is_listed_keeps_its_day() -> None:
    text = """\
# Meetup

Slides: [deck](https://example.org/decks/2031-09-09/deck.pdf)

## 2031-09-10 — Caching at the edge

By Ana Ruiz
"""
    days = days_by_title(read(text, "meetup.md"), others=False)
    assert date(2031, 9, 9) not in days.values()


RECAP_EN = """\
# Recap

We spent Saturday, 26 April 2031 at the community day in Leeds.

## Types at scale

By Priya Nair

- gradual typing

## Async in practice

By Owen Hughes

- event loops
"""


def test_an_english_post_named_by_its_publishing_day_keeps_the_day_its_words_name() -> None:
    days = days_by_title(read(RECAP_EN, "_posts/2031-05-02-recap.md"), others=False)
    assert set(days.values()) == {date(2031, 4, 26)}


def test_a_daily_notes_file_named_by_its_date_alone_keeps_that_day() -> None:
    days = days_by_title(read(RECAP_EN, "journal/2031-04-26.md"), others=False)
    assert set(days.values()) == {date(2031, 4, 26)}
    undated = RECAP_EN.replace("Saturday, 26 April 2031", "the weekend")
    days = days_by_title(read(undated, "journal/2031-04-27.md"), others=False)
    assert set(days.values()) == {date(2031, 4, 27)}


def test_a_post_whose_words_name_no_day_is_dated_by_its_file_name_as_before() -> None:
    undated = RECAP_EN.replace("Saturday, 26 April 2031", "the weekend")
    days = days_by_title(read(undated, "_posts/2031-05-02-recap.md"), others=False)
    assert set(days.values()) == {date(2031, 5, 2)}


def _notes_dated(line: str) -> str:
    return f"""\
# Notes from the meetup

{line}

## Pattern matching in practice

By Ana Ruiz

- match statements

## Faster startup

By Jan Novak

- lazy imports
"""


def test_a_day_written_as_a_python_call_dates_the_notes() -> None:
    text = _notes_dated("Held on ``datetime.date(2031, 3, 14)`` at the town hall.")
    assert set(days_by_title(read(text, "meetup.md"), others=False).values()) == {date(2031, 3, 14)}


def test_a_javascript_date_counts_its_months_from_zero() -> None:
    text = _notes_dated("Fecha: `new Date(2031, 2, 14)` en el auditorio.")
    assert set(days_by_title(read(text, "meetup.md"), others=False).values()) == {date(2031, 3, 14)}


def test_a_call_that_is_no_date_constructor_dates_nothing() -> None:
    text = _notes_dated("We ran `update(2031, 3, 14)` live on stage.")
    assert set(days_by_title(read(text, "meetup.md"), others=False).values()) == {None}
