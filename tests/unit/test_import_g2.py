"""Conventions read from stop 62's g2 files (fixtures written anew, in our own words): the
ranking of readings and two people no one is."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "notes.md"):  # type: ignore[no-untyped-def]
    return parse_programme(text.encode(), name)


QUOTED_TALKS = """# Compost Sensors for Allotments
>A soil probe that texts the gardener when the heap runs cold. Built from spare parts.

# Mapping Bike Lanes with Bell Rings
>Riders ring a bell at each pothole; a phone app logs where.

- 面白い: the bell doubles as a survey

# Tide Tables in the Browser
>Harmonic constants turned into a chart that needs no server at all.

# Knitting Patterns as Programs
>A pattern is a loop with counters; we compile one to a machine's instructions.

# Photo Sharing Without Servers
"""


def test_parts_that_each_open_with_a_quoted_abstract_are_talks() -> None:
    programme = _read(QUOTED_TALKS)
    titles = [t.title for t in programme.talks if t.kind != "other"]
    assert titles == [
        "Compost Sensors for Allotments",
        "Mapping Bike Lanes with Bell Rings",
        "Tide Tables in the Browser",
        "Knitting Patterns as Programs",
        "Photo Sharing Without Servers",
    ]
    assert "面白い" in programme.talks[1].body


def test_one_quoted_part_among_a_talks_parts_stays_one_talk() -> None:
    text = (
        "# Ferments at Home\n\n## Key points\n\n>Salt is the whole trick.\n\n"
        "## Why it matters\n\nFewer jars spoil.\n\n## Questions\n\n- what about sugar?\n\n"
        "## Pitfalls\n\n- warm kitchens\n"
    )
    assert [t.title for t in _read(text).talks] == ["Ferments at Home"]


CALENDAR = """---
layout: page
title: "Junio 2031"
---

## 3 de junio de 2031, martes, 18:30 - 20:00
### Macros en Lisp, sin miedo

Una tarde de charla sobre macros y sobre qué hacer con ellas en el
trabajo de cada día. Trae tu portátil.

Inscripciones en la [página del grupo][lisp].

Biblioteca del Fontán
Calle de la Lana, Oviedo

***

## 7 de junio de 2031, sábado, 10:00 - 13:00
### Taller de Rust para principiantes

Tres horas de ejercicios por parejas, del primer programa hasta un pequeño
servidor. No hace falta saber nada de Rust.

Casa de Cultura
Calle del Río, Oviedo

***

## 12 de junio de 2031, jueves
### Python en el Parque

Merienda con charlas cortas; cada persona puede hablar cinco minutos
sobre un proyecto suyo.

***

## 20 de junio de 2031, viernes, 19:00 - 21:00
### Noche de Elixir

Dos charlas sobre procesos ligeros y una cena después en la sidrería de
la esquina.

Espacio Coworking Uría
Calle Uría 12, Oviedo

[lisp]: https://example.org/lisp
"""


def test_a_day_headings_hours_are_its_one_events_hours() -> None:
    programme = _read(CALENDAR, "junio.md")
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    assert set(talks) == {
        "Macros en Lisp, sin miedo",
        "Taller de Rust para principiantes",
        "Python en el Parque",
        "Noche de Elixir",
    }
    lisp = talks["Macros en Lisp, sin miedo"]
    assert (str(lisp.start), str(lisp.end)) == ("2031-06-03 18:30:00", "2031-06-03 20:00:00")
    assert str(talks["Taller de Rust para principiantes"].start) == "2031-06-07 10:00:00"
    assert talks["Python en el Parque"].start is None
    assert str(talks["Python en el Parque"].day) == "2031-06-12"


def test_a_day_headings_hours_over_several_talks_are_no_ones() -> None:
    text = (
        "# Semana\n\n## 3 de junio de 2031, martes, 18:30 - 20:00\n\n"
        "### Primera charla\n\nTexto.\n\n### Segunda charla\n\nMás texto.\n"
    )
    programme = _read(text, "semana.md")
    assert all(t.start is None for t in programme.talks)


def test_a_value_written_beside_a_break_and_another_slot_is_no_one() -> None:
    from confnotes.importers.person_evidence import drop_break_placeholders
    from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk

    def slot(title: str, who: str) -> ProgrammeTalk:
        return ProgrammeTalk(title=title, speakers=[ProgrammePerson(name=who)])

    programme = Programme(
        name="Avond",
        format="markdown",
        talks=[
            slot("Inloop en broodjes", "Iedereen"),
            slot("Grafen in de praktijk", "Femke Dijkstra"),
            slot("Koffie Break, netwerken", "Iedereen"),
            slot("Kleine talen, grote ideeën", "Femke Dijkstra"),
        ],
    )
    drop_break_placeholders(programme)
    assert [[p.name for p in t.speakers] for t in programme.talks] == [
        [],
        ["Femke Dijkstra"],
        [],
        ["Femke Dijkstra"],
    ]
    assert programme.talks[2].kind == "break"


TABLE_POST = """---
title: "Avond van de Kleine Talen"
date: 2031-03-14T10:00:00+01:00
type: post
---

Gisteren was ik er weer bij. Hieronder het programma zoals het die avond liep.

## Programma

|TIJD         |SPREKER            |ONDERWERP                  |
|:-----------:|:-----------------:|:-------------------------:|
|18.00 - 18.30|Deelnemers         |Inloop en soep             |
|18.30 - 18.50|Femke Dijkstra     |Grafen in de praktijk      |
|18.55 - 19.15|Joris van Leeuwen  |Een parser in een middag   |
|19.20 - 19.40|Noor Bakker        |Kleine talen, grote ideeën |
|19.40 - 20.00|Deelnemers         |Koffie Break, Netwerken    |
|20.00 - 20.20|Sem de Graaf       |Tests die zichzelf schrijven|

## Terugblik

Volgende keer wil ik zelf iets vertellen.
"""


def test_a_break_rows_attendees_column_value_is_no_speaker() -> None:
    programme = _read(TABLE_POST, "avond.md")
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "Deelnemers" not in people
    assert {"Femke Dijkstra", "Noor Bakker", "Sem de Graaf"} <= people


SLOTS_WITH_PEOPLE_UNDER = """# Herbsttreffen 2031

## SAMSTAG, 22.11.2031

**9:00-10:30 Panel 1: Wasser in der Stadt**

- Ana Ruiz (Köln): *Brunnen im Wandel der Zeit*

- Bo Lindqvist (Bonn): *Kanäle im Winter*

**11:00-12:00 KEYNOTE: Über das Schweigen im Garten**

**13:00-14:30 Panel 2: Licht und Holz**

- Carla Meier (Jena): *Fenster im Norden*

**18:00-20:00 Bis Mitternacht: Versammlung der Mitglieder**

## SONNTAG, 23.11.2031

**10:00 Rundgang durch die Altstadt**
"""


def test_a_name_shaped_head_among_labelled_slots_is_no_one() -> None:
    programme = _read(SLOTS_WITH_PEOPLE_UNDER, "herbst.md")
    people = {p.name for t in programme.talks for p in t.speakers}
    assert people == {"Ana Ruiz", "Bo Lindqvist", "Carla Meier"}
    assert any(t.title.endswith("Versammlung der Mitglieder") for t in programme.talks)


def test_heads_of_unnamed_slots_needs_people_listed_under_slots() -> None:
    from confnotes.importers import doctree, timetable

    text = SLOTS_WITH_PEOPLE_UNDER.replace("- Ana Ruiz (Köln): *Brunnen im Wandel der Zeit*", "")
    text = text.replace("- Bo Lindqvist (Bonn): *Kanäle im Winter*", "")
    text = text.replace("- Carla Meier (Jena): *Fenster im Norden*", "")
    programme = timetable.read(doctree.parse(text), "herbst.md", "markdown").programme
    people = {p.name for t in programme.talks for p in t.speakers}
    assert people == {"Bis Mitternacht"}  # nothing says the slots' people are elsewhere
