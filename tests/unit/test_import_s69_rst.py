"""reStructuredText pages whose timetable is a simple table (a Pelican meetup post): the
table read wherever it stands (at the margin, indented under ``.. table::``), its
columns as narrow as one character (``===== =``, the last column's words running past
its rule), and the field list under the title (``:date:``) the page's front matter,
whose day dates the timetable's clocks. A simple table listing prices stays no talk."""

from __future__ import annotations

from datetime import datetime

import pytest

from confnotes.importers import doctree
from tests.unit.importing import people_of, read, speakers_by_title

LAKESIDE = """Lakeside Python night: testing special
======================================

:date: 2025-10-08 18:30
:author: the organisers
:tags: meetup, testing

We meet again at the boathouse, with pizza and two talks about testing.
Doors open half an hour before the first talk, and the evening ends with
a round of lightning talks.

Programme
---------

.. table::
   :class: table

   ===== =
   18:30 Doors open
   19:00 Property based testing without tears (Maren Okafor)
   19:45 Snapshot tests for data pipelines (Tobias Lindqvist)
   20:30 Lightning talks
   ===== =

Property based testing without tears
------------------------------------

Maren shows how to find the bugs your examples never reach.

Snapshot tests for data pipelines
---------------------------------

Tobias keeps a pipeline's output honest with a few snapshots.

Links
-----

.. _boathouse: https://example.org/boathouse
"""

STAMMTISCH = """Rust-Stammtisch im Mai
======================

:date: 2024-05-14 19:00
:tags: rust, treffen

Wir treffen uns wieder im Hinterzimmer des Cafés am Markt. Für Getränke ist gesorgt,
und wie immer gibt es zwei Vorträge und viel Zeit zum Reden.

Ablauf
~~~~~~

===== =
19:00 Begrüßung
19:15 Fehlerbehandlung ohne Panik (Jana Hoffmeister)
20:00 Eingebettetes Rust auf dem Mikrocontroller (Lukas Brenner)
20:45 Offene Runde
===== =

Fehlerbehandlung ohne Panik
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Jana zeigt, wie man Fehler sauber weiterreicht.

Eingebettetes Rust auf dem Mikrocontroller
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Lukas bringt seine Platinen mit.
"""

DATOS = """Encuentro de datos abiertos
===========================

:date: 2023-11-21 18:00
:author: equipo organizador

Nos vemos en la biblioteca central para hablar de datos abiertos, con tres charlas
cortas y un rato para conversar al final.

Programa
--------

=====  ================================================  =================
Hora   Charla                                            Ponente
=====  ================================================  =================
18:00  Bienvenida
18:15  Portales municipales que la gente sí usa          Lucía Fernández
18:45  Limpiar presupuestos públicos con pandas          Andrés Villalobos
19:15  Mapas de calidad del aire                         Carmen Iturbe
=====  ================================================  =================

Sobre las charlas
-----------------

Cada charla dura veinte minutos, con preguntas al final.
"""

TICKETS = """Community sprint: tickets
=========================

:date: 2025-02-03
:author: the sprint team

The sprint would not happen without our sponsors, and the tickets stay cheap
thanks to them. Here is what a ticket costs.

Tickets
-------

.. table::

   =========  ======
   Ticket     Price
   =========  ======
   Student    5 EUR
   Regular    15 EUR
   Supporter  40 EUR
   =========  ======

See you at the sprint!
"""


def _starts(text: str, name: str) -> dict[str, datetime | None]:
    return {t.title: t.start for t in read(text, name).talks}


def test_a_timetable_indented_under_a_table_directive_gives_talks_speakers_and_times() -> None:
    programme = read(LAKESIDE, "lakeside.rst")
    speakers = speakers_by_title(programme)
    assert speakers["Property based testing without tears"] == ["Maren Okafor"]
    assert speakers["Snapshot tests for data pipelines"] == ["Tobias Lindqvist"]
    starts = _starts(LAKESIDE, "lakeside.rst")
    # the field list's ":date:" is the page's day, the table's clocks its hours
    assert starts["Property based testing without tears"] == datetime(2025, 10, 8, 19, 0)
    assert starts["Snapshot tests for data pipelines"] == datetime(2025, 10, 8, 19, 45)


def test_a_simple_table_at_the_margin_with_a_one_character_column_is_read_german() -> None:
    programme = read(STAMMTISCH, "stammtisch.rst")
    speakers = speakers_by_title(programme)
    assert speakers["Fehlerbehandlung ohne Panik"] == ["Jana Hoffmeister"]
    assert speakers["Eingebettetes Rust auf dem Mikrocontroller"] == ["Lukas Brenner"]
    starts = _starts(STAMMTISCH, "stammtisch.rst")
    assert starts["Fehlerbehandlung ohne Panik"] == datetime(2024, 5, 14, 19, 15)
    assert starts["Eingebettetes Rust auf dem Mikrocontroller"] == datetime(2024, 5, 14, 20, 0)


@pytest.mark.xfail(reason="a capitalised German noun pair in a row's only cell reads as a name")
def test_a_row_without_a_speaker_names_nobody_german() -> None:
    assert "Offene Runde" not in people_of(read(STAMMTISCH, "stammtisch.rst"))


def test_a_three_column_simple_table_names_its_speakers_from_their_column_spanish() -> None:
    programme = read(DATOS, "datos.rst")
    speakers = speakers_by_title(programme)
    assert speakers["Portales municipales que la gente sí usa"] == ["Lucía Fernández"]
    assert speakers["Limpiar presupuestos públicos con pandas"] == ["Andrés Villalobos"]
    assert speakers["Mapas de calidad del aire"] == ["Carmen Iturbe"]
    assert "Hora" not in speakers and "Charla" not in speakers  # the header is no talk
    starts = _starts(DATOS, "datos.rst")
    assert starts["Mapas de calidad del aire"] == datetime(2023, 11, 21, 19, 15)


def test_the_rule_under_the_first_row_makes_it_the_header() -> None:
    doc = doctree.parse(DATOS)
    table = next(n for n in doc.root.children if n.kind == "table")
    assert table.children[0].attrs.get("header") is True
    assert [c.text for c in table.children[2].children] == [
        "18:15",
        "Portales municipales que la gente sí usa",
        "Lucía Fernández",
    ]


def test_an_indented_table_is_one_table_node_its_last_column_running_past_its_rule() -> None:
    doc = doctree.parse(LAKESIDE)
    assert doc.syntax == "rst"
    tables = [n for n in doc.root.children if n.kind == "table"]
    assert len(tables) == 1
    rows = [[c.text for c in row.children] for row in tables[0].children]
    assert rows[1] == ["19:00", "Property based testing without tears (Maren Okafor)"]
    assert len(rows) == 4


def test_a_price_list_in_a_simple_table_is_no_talk_and_names_nobody() -> None:
    programme = read(TICKETS, "tickets.rst")
    titles = {t.title for t in programme.talks}
    assert not titles & {"Student", "Regular", "Supporter", "Ticket"}
    assert not people_of(programme)


def test_a_simple_table_shown_in_a_literal_block_stays_code() -> None:
    sample = """Writing a schedule
==================

:date: 2024-01-01
:author: the docs team

Write the schedule like this::

   ===== =
   10:00 Opening words
   10:30 A talk about parsers (Ines Moreau)
   ===== =

.. code-block:: rst

   ===== =
   10:00 Opening words
   10:30 A talk about parsers (Ines Moreau)
   ===== =
"""
    doc = doctree.parse(sample)
    assert not [n for n in doc.root.children if n.kind == "table"]


def test_a_markdown_page_with_dashes_under_words_is_no_rst_table() -> None:
    # a Markdown note: "- -" items and a setext heading stay a list and a heading
    note = "Ideas\n=====\n\n- - nested point\n- another\n\nText after.\n"
    doc = doctree.parse(note)
    assert doc.syntax == "markdown"
    assert not [n for n in doc.root.children if n.kind == "table"]


TALLER = """Taller de Python en la biblioteca
=================================

:date: 2025-03-12 17:00

Una tarde de charlas cortas para quien empieza con Python.

Programa
--------

.. list-table:: Horario
   :header-rows: 1

   * - Hora
     - Charla
   * - 17:00
     - Primeros pasos con listas y diccionarios
       (Marta Quiroga)
   * - 17:40
     - Automatizar hojas de cálculo (Iván Sepúlveda)
"""


def test_a_list_table_is_a_table_its_header_row_no_talk_spanish() -> None:
    doc = doctree.parse(TALLER)
    table = next(n for n in doc.root.children if n.kind == "table")
    assert table.children[0].attrs.get("header") is True
    rows = [[c.text for c in row.children] for row in table.children]
    # a cell's words wrapped over two lines are one cell
    assert rows[1] == ["17:00", "Primeros pasos con listas y diccionarios (Marta Quiroga)"]
    programme = read(TALLER, "taller.rst")
    speakers = speakers_by_title(programme)
    assert speakers["Primeros pasos con listas y diccionarios"] == ["Marta Quiroga"]
    assert speakers["Automatizar hojas de cálculo"] == ["Iván Sepúlveda"]
    assert "Charla" not in speakers
    starts = _starts(TALLER, "taller.rst")
    assert starts["Automatizar hojas de cálculo"] == datetime(2025, 3, 12, 17, 40)


def test_a_list_table_of_uneven_rows_stays_a_list() -> None:
    uneven = TALLER.replace("   * - 17:40\n", "   * - 17:40\n     - Sala 2\n")
    doc = doctree.parse(uneven)
    assert not [n for n in doc.root.children if n.kind == "table"]
