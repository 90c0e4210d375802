"""Issue 33: a page whose days are written around its talks, not beside them: one
sentence gives the event's days (``from Tuesday 2nd till Thursday 4th September``), then
each day's part is headed by its weekday alone (``### Wednesday:``)."""

from __future__ import annotations

from datetime import date

from confnotes.importers.headings import weekday_heading_day
from confnotes.importers.registry import parse_programme

ENGLISH = """\
---
layout: page
title: "Programme"
---

The summer school runs from **Tuesday 2nd** till **Thursday 4th September 2025**.

### Tuesday:

Time | Session | Lecturer
---- | ------- | --------
09:00 -- 10:30 | Graph rewriting basics | Maria Lindqvist
11:00 -- 12:30 | Term orders in practice | Tomas Okafor

### Wednesday:

Time | Session | Lecturer
---- | ------- | --------
09:00 -- 10:30 | Confluence by example | Aiko Tanabe

### Thursday:

Time | Session | Lecturer
---- | ------- | --------
10:00 -- 11:00 | Termination tools | Maria Lindqvist
"""

SPANISH = """\
---
layout: page
title: "Agenda"
---

El taller se celebra del lunes 6 al miércoles 8 de octubre de 2025.

### Martes

Hora | Charla | Ponente
---- | ------ | -------
16:00 -- 17:00 | Compiladores incrementales | Lucía Romero
17:00 -- 18:00 | Tipos graduales | Diego Navarro

### Miércoles

Hora | Charla | Ponente
---- | ------ | -------
10:00 -- 11:00 | Análisis de flujo | Marta Gil
11:00 -- 12:00 | Recolección de basura | Pablo Ortega
"""

ONE_DAY_ONLY = """\
---
layout: page
title: "Schedule"
---

The closing session is on **Friday 17th July 2020**.

### Monday:

Time | Activity | Speaker
---- | -------- | -------
10:00 -- 11:00 | Opening remarks on lattices | Nora Quist
11:00 -- 12:00 | Sheaves for beginners | Omar Haddad
"""


def _days(text: str) -> dict[str, str]:
    p = parse_programme(text.encode(), "page.md")
    return {
        t.title: (t.start.date() if t.start else t.day).isoformat()  # type: ignore[union-attr]
        for t in p.talks
        if t.speakers
    }


def test_weekday_headings_take_their_day_from_the_sentence_range() -> None:
    days = _days(ENGLISH)
    assert days["Graph rewriting basics"] == "2025-09-02"
    assert days["Term orders in practice"] == "2025-09-02"
    assert days["Confluence by example"] == "2025-09-03"
    assert days["Termination tools"] == "2025-09-04"


def test_weekday_headings_in_another_language_and_without_a_first_day() -> None:
    days = _days(SPANISH)  # "del lunes 6 al miércoles 8 de octubre": no talk on Monday
    assert days["Compiladores incrementales"] == "2025-10-07"
    assert days["Tipos graduales"] == "2025-10-07"
    assert days["Análisis de flujo"] == "2025-10-08"


def test_a_weekday_past_the_one_known_day_is_not_invented() -> None:
    days = _days(ONE_DAY_ONLY)  # only Friday the 17th is given: Monday is no later day
    assert "2020-07-20" not in days.values()
    assert set(days) == {"Opening remarks on lattices", "Sheaves for beginners"}


def test_weekday_heading_day_within_a_week_only() -> None:
    first, last = date(2020, 7, 13), date(2020, 7, 17)
    assert weekday_heading_day("Wednesday:", first, last) == date(2020, 7, 15)
    assert weekday_heading_day("**Donnerstag**", first, last) == date(2020, 7, 16)
    assert weekday_heading_day("Day 5 - Friday", first, last) == date(2020, 7, 17)
    assert weekday_heading_day("Saturday", first, last) is None  # past the last day
    assert weekday_heading_day("Monday", first, date(2020, 7, 24)) is None  # two Mondays
    assert weekday_heading_day("Monday night social by the lake", first, last) is None
    assert weekday_heading_day("Monday", None, None) is None
