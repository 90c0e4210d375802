"""Programme pages that write their dates with hyphens (``4-marzo-2021``, ``9-3-21``) and
lead each day with a bold date over the line that names its talk."""

from __future__ import annotations

from datetime import date, datetime, time

from confnotes.importers.registry import parse_programme
from confnotes.importers.section_reader import run_together_fields
from confnotes.importers.when import (
    find_date,
    leading_hour,
    numeric_order,
    reading_order,
    strip_dates,
)


def test_a_day_and_a_month_word_joined_by_hyphens_is_a_date() -> None:
    assert find_date("8-abril-2022.", None)[0] == date(2022, 4, 8)
    assert find_date("15 de junio-2022", None)[0] == date(2022, 6, 15)
    assert strip_dates("8-abril-2022.") == "."


def test_numeric_dates_with_hyphens_follow_the_documents_order() -> None:
    assert find_date("Aula 3: 25-4-22, 10:00 h.", None)[0] == date(2022, 4, 25)
    page = "Escuela Norte: 25-4-22, 10 h.\nEscuela Sur: 6-5-22, 12 h."
    assert numeric_order(page) == "dmy"
    with reading_order(page):
        assert find_date("Escuela Sur: 6-5-22", None)[0] == date(2022, 5, 6)


def test_hyphenated_numbers_that_are_no_date_stay_no_date() -> None:
    assert find_date("llame al 91-234-56-78", None)[0] is None
    assert find_date("de 10-12 h", None)[0] is None
    assert find_date("publicado 2022-04-08", None)[0] == date(2022, 4, 8)


_DATE_LED = """---
title: "Ciclo de charlas"
---

***3-marzo-2021.***
Conferencia: “Los puentes de la ciudad” Marta Ríos Llano (Ingeniera)
Lugar: Aula Magna

***10-marzo-2021.***
Conferencia: “Agua y barrio” Tomás Ibarra Gil
Lugar: Aula 2

***17-marzo-2021.***
Mesa redonda: El río que tenemos.
Lugar: Aula 2
"""


def test_a_bold_date_alone_is_the_day_of_the_talk_the_line_under_it_names() -> None:
    programme = parse_programme(_DATE_LED.encode(), "ciclo.md")
    talks = {t.title.rstrip("."): t for t in programme.talks if t.kind != "other"}
    assert set(talks) == {"Los puentes de la ciudad", "Agua y barrio", "El río que tenemos"}
    assert [p.name for p in talks["Los puentes de la ciudad"].speakers] == ["Marta Ríos Llano"]
    assert [p.name for p in talks["Agua y barrio"].speakers] == ["Tomás Ibarra Gil"]
    assert talks["El río que tenemos"].kind == "panel"
    assert talks["Agua y barrio"].day == date(2021, 3, 10)


def test_the_line_naming_the_talk_stays_in_its_note() -> None:
    programme = parse_programme(_DATE_LED.encode(), "ciclo.md")
    panel = next(t for t in programme.talks if t.title.startswith("El río"))
    assert "Mesa redonda: El río que tenemos." in panel.abstract + panel.body


def test_fields_written_on_one_line_are_read_one_by_one() -> None:
    assert run_together_fields("Lugar: Aula Magna Hora: 18 horas. Presenta: Julia Mendo") == [
        "Lugar: Aula Magna",
        "Hora: 18 horas. Presenta: Julia Mendo",
    ]
    assert run_together_fields("Room: B12 Time: 14:00") == ["Room: B12", "Time: 14:00"]
    # a sentence is no field line, and a title's colon starts no field
    assert run_together_fields("We met at noon. Time: later") == ["We met at noon. Time: later"]
    assert run_together_fields("Mesa redonda: El río que tenemos.") == [
        "Mesa redonda: El río que tenemos."
    ]


def test_a_whole_hour_and_its_word_open_a_time_field() -> None:
    assert leading_hour("19 horas. Presenta: Julia Mendo") == time(19)
    assert leading_hour("9 h, Aula 2") == time(9)
    assert leading_hour("19 hours of music") is None
    assert leading_hour("Aula 19 h") is None


_DATE_LED_FIELDS = """***3-marzo-2021.***
Conferencia: “Los puentes de la ciudad” Marta Ríos Llano (Ingeniera)
Lugar: Aula Magna Hora: 18 horas. Presenta: Julia Mendo

***10-marzo-2021.***
Conferencia: “Agua y barrio” Tomás Ibarra Gil
Lugar: Aula 2 Hora: 19 horas. Presenta: Julia Mendo
"""


def test_the_hour_among_a_talks_fields_is_its_start() -> None:
    programme = parse_programme(_DATE_LED_FIELDS.encode(), "ciclo.md")
    starts = {t.title: t.start for t in programme.talks if t.kind != "other"}
    assert starts == {
        "Los puentes de la ciudad": datetime(2021, 3, 3, 18),
        "Agua y barrio": datetime(2021, 3, 10, 19),
    }
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "Julia Mendo" not in people  # who introduces a talk does not give it
