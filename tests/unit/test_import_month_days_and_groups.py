"""Headings that number the days of the month a page names (``### Día 14`` under an intro
of ``noviembre de 2025``) and headings that group talks of one kind (``## Talleres``,
``## Tutorials``) over the days' items (issue 33: READMEs nobody on the team has seen)."""

from __future__ import annotations

from datetime import date

from confnotes.importers.kinds import group_tag
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import month_of

PAGE = """# Material de la Jornada Norte

Charlas y talleres de la Jornada Norte, en junio de 2026, en Salta.

## Charlas

### Día 9

- **Grafos de dependencias legibles** - Inés Caballero
- **Migrar sin ventana de mantenimiento** - Pablo Ocampo

### Día 10

- **Medir latencias de cola** - Rocío Navarro

## Talleres

### Día 11

- **Tu primer paquete en PyPI** - Hernán Vidal
"""


def test_numbered_days_above_any_count_are_days_of_the_month_the_page_names() -> None:
    programme = parse_programme(PAGE.encode(), "jornada.md")
    talks = {t.title: t for t in programme.talks if t.speakers}
    assert talks["Grafos de dependencias legibles"].day == date(2026, 6, 9)
    assert talks["Medir latencias de cola"].day == date(2026, 6, 10)
    assert talks["Tu primer paquete en PyPI"].day == date(2026, 6, 11)
    # the items under "## Talleres" are workshops, those under "## Charlas" talks
    assert "workshop" in talks["Tu primer paquete en PyPI"].tags
    assert "workshop" not in talks["Medir latencias de cola"].tags


def test_a_count_of_the_event_days_gets_no_day_of_the_month() -> None:
    counted = PAGE.replace("Día 9", "Día 1").replace("Día 10", "Día 2").replace("Día 11", "Día 3")
    programme = parse_programme(counted.encode(), "jornada.md")
    assert [t.day for t in programme.talks if t.speakers] == [None] * 4


def test_a_heading_groups_talks_of_a_kind_when_it_names_the_kind_in_the_plural() -> None:
    assert group_tag("Talleres") == "workshop"
    assert group_tag("Tutoriais") == "tutorial"
    assert group_tag("Hands-on Workshops") == "workshop"
    assert group_tag("Tutorials:") == "tutorial"
    # one talk's name, or a heading about something else
    assert group_tag("Workshop") == ""
    assert group_tag("Workshops on testing") == ""
    assert group_tag("Palestras") == ""


def test_the_month_a_text_names_with_its_year_one_month_only() -> None:
    assert month_of("Slides das palestras, em outubro/2017, em Recife") == (2017, 10)
    assert month_of("held in June 2024") == (2024, 6)
    assert month_of("giugno 2023 e luglio 2023") is None
    assert month_of("the 2017 edition") is None


SESSIONS = """[
 {"start": "2026-02-18T10:00", "title": "Media at the edge", "subtitle": "基調講演",
  "speakers": ["Keiko Morita"]},
 {"start": "2026-02-18T11:00", "title": "Calls across borders",
  "subtitle": "Panel discussion", "speakers": ["Hiro Sato", "Lena Brandt"]},
 {"start": "2026-02-18T12:00", "title": "Recording without servers",
  "subtitle": "A field report", "speakers": ["Mina Ito"]}
]"""


def test_a_subtitle_that_is_only_a_kind_gives_the_session_its_kind() -> None:
    programme = parse_programme(SESSIONS.encode(), "sessions.json")
    kinds = {t.title: t.kind for t in programme.talks}
    assert kinds == {
        "Media at the edge": "keynote",
        "Calls across borders": "panel",
        "Recording without servers": "talk",  # a subtitle of the talk's own words
    }


def test_an_english_day_number_counts_the_events_days_in_a_long_school() -> None:
    """``Day 6`` and ``Day 7`` of a two-week school are its sixth and seventh days, never
    the 6th and 7th of the month the title names."""
    page = """# Summer School on Tides, July 2031

## Day 6

- Ana Ruiz: Deep Tides in Shallow Water
- Bo Li: Fast Logs for Slow Disks

## Day 7

- Kim Lee: Green Charts Everywhere
- Eva Sato: Salt Maps of the Bay
"""
    programme = parse_programme(page.encode(), "school.md")
    assert programme.talks
    assert all(t.day != date(2031, 7, 6) and t.day != date(2031, 7, 7) for t in programme.talks)
