"""Stop 68, helper tables: tables of any markup read by their cells' content:
reStructuredText simple and grid tables whose cells link their titles
(`` `Title <url>`_ ``), pipe tables with no header over their rule (``| ----- |`` then
``| 10:00-10:45 | Talk: "Title" (Name) |`` rows), a date a sentence names under the
timetable (a sign-up deadline, no day of its hours), and initialled names a table writes
(``A. Enge``) that the page spells in full with the family name in capitals
(``Andreas ENGE``). Fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str) -> Programme:
    return parse_programme(text.encode(), name)


def _speakers(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def _starts(programme: Programme) -> dict[str, str]:
    return {
        t.title: (t.start or t.clock).strftime("%H:%M")
        for t in programme.talks
        if t.start or t.clock
    }


def _people(programme: Programme) -> set[str]:
    return {p.name for t in programme.talks for p in t.speakers}


# -- reStructuredText tables whose cells link their titles --------------------------------

_RST_SIMPLE = """Programme
=========

============= ==========================================================
10:00 - 10:20 Welcome words (Maren Holt)
10:20 - 11:00 `Packaging without tears <https://example.org/talks/packaging.rst>`_
11:05 - 11:45 `Type hints in old code <https://example.org/talks/typing.rst>`_
11:45 - 12:45 *Lunch*
12:45 - 1:30  `Profiling a slow service <https://example.org/talks/profiling.rst>`_
1:30 - 2:00   Farewell (Maren Holt)
============= ==========================================================
"""

_RST_GRID_FR = """Journée Python
==============

+-------------+------------------------------------------------------------+
| 9h30        | `Écrire des tests lisibles <https://exemple.fr/p/tests>`_  |
+-------------+------------------------------------------------------------+
| 10h15       | `Asyncio sans douleur <https://exemple.fr/p/asyncio>`_     |
+-------------+------------------------------------------------------------+
| 11h00       | `Cartes et géodonnées <https://exemple.fr/p/cartes>`_      |
+-------------+------------------------------------------------------------+
"""


def test_rst_simple_table_cells_read_their_linked_titles() -> None:
    programme = _read(_RST_SIMPLE, "agenda.rst")
    titles = [t.title for t in programme.talks]
    assert "Packaging without tears" in titles
    assert "Type hints in old code" in titles
    assert "Profiling a slow service" in titles
    assert not any("https" in t or "<" in t for t in titles)
    assert _speakers(programme)["Welcome words"] == ["Maren Holt"]
    assert _starts(programme)["Profiling a slow service"] == "12:45"


def test_rst_grid_table_cells_read_their_linked_titles_in_french() -> None:
    programme = _read(_RST_GRID_FR, "journee.rst")
    titles = [t.title for t in programme.talks]
    assert {"Écrire des tests lisibles", "Asyncio sans douleur", "Cartes et géodonnées"} <= set(
        titles
    )
    assert not any("exemple.fr" in t for t in titles)


def test_rst_table_cell_becomes_a_link_node() -> None:
    doc = doctree.parse(_RST_SIMPLE)
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert tables
    cells = [c.text for row in tables[0].children for c in row.children]
    assert "Packaging without tears" in cells


# -- pipe tables with no header over their rule --------------------------------------------

_HEADLESS_DE = """
#Treffen 2031

Ort: Gemeindesaal, Lindenweg 4

| ----- |
| 9:00        |  Ankommen |
| 9:30-10:15  |  Vortrag: "Daten sicher teilen" (Jonas Weidler) |
| 10:15-11:00 |  Vortrag: "Barrierefreie Webseiten bauen" (Hanne Ostrowski) |
| 11:00-11:30 |  Kaffeepause |
| 11:30-12:15 |  Werkstatt: "Eigene Sensoren löten" (Jonas Weidler) |
| 12:15-Ende  |  gemeinsames Mittagessen |

Anmeldung bitte bis 12. Mai 2031 per Mail. Die Teilnahme ist frei.
"""

_HEADLESS_EN = """# Spring gathering

| 13:00 | Doors open |
| 13:30 | Talk: "Mapping rivers with drones" (Priya Raman) |
| 14:15 | Talk: "A compiler in a weekend" (Tomas Berg) |
| 15:00 | Talk: "Teaching with notebooks" (Ada Quist) |
| 15:45 | Drinks |

Tickets can be booked until 3 April 2032; seats are limited.
"""


def test_headless_pipe_table_reads_packed_cells_in_german() -> None:
    programme = _read(_HEADLESS_DE, "treffen.md")
    speakers = _speakers(programme)
    assert speakers["Daten sicher teilen"] == ["Jonas Weidler"]
    assert speakers["Barrierefreie Webseiten bauen"] == ["Hanne Ostrowski"]
    assert speakers["Eigene Sensoren löten"] == ["Jonas Weidler"]
    assert _starts(programme)["Barrierefreie Webseiten bauen"] == "10:15"


def test_headless_pipe_table_without_any_rule_in_english() -> None:
    programme = _read(_HEADLESS_EN, "gathering.md")
    speakers = _speakers(programme)
    assert speakers["Mapping rivers with drones"] == ["Priya Raman"]
    assert speakers["A compiler in a weekend"] == ["Tomas Berg"]
    assert speakers["Teaching with notebooks"] == ["Ada Quist"]
    assert _starts(programme)["Teaching with notebooks"] == "15:00"


def test_headless_pipe_rows_become_a_table_node() -> None:
    doc = doctree.parse(_HEADLESS_EN)
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert len(tables) == 1
    assert len(tables[0].children) == 5


def test_a_markdown_table_with_a_header_is_left_to_the_parser() -> None:
    text = "| Time | Talk |\n| --- | --- |\n| 10:00 | One |\n| 11:00 | Two |\n| 12:00 | Three |\n"
    doc = doctree.parse(text)
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert len(tables) == 1
    assert tables[0].children[0].attrs.get("header") or tables[0].children[0].kind == "row"


def test_pipe_lines_of_a_meeting_note_are_no_programme() -> None:
    # names and roles, no clock and no longer words: someone's notes, not talks
    text = "Team\n\n| Ana | lead |\n| Bo | dev |\n| Cy | ops |\n"
    programme = _read(text, "team.md")
    assert not {"Ana", "Bo", "Cy"} & _people(programme)


def test_a_quotation_after_a_sentence_keeps_its_words() -> None:
    # "We asked: "why"" is no label before a title: a sentence's colon stays the title's
    programme = _read(
        _HEADLESS_EN.replace(
            'Talk: "A compiler in a weekend"', 'Then we asked why: "A compiler in a weekend"'
        ),
        "g.md",
    )
    titles = [t.title for t in programme.talks]
    assert "A compiler in a weekend" not in titles


# -- initials in a table, the name in full with its family name in capitals ----------------

_INITIALS_EN = """---
layout: session
title: "Workshop 2031 - Session 4: Graph algorithms"
---
### Schedule
| Time | Title | Speaker |
| ---- | ----- | ------- |
| 09:00--09:30 | Faster matchings | M. Okonkwo |
| 09:30--10:00 | Planar separators revisited | L. Brandt |

## Accepted talks

Title: **Planar separators revisited**

Speaker: *Lena BRANDT*

We look again at separators of planar graphs and their uses.

---

Title: **Faster matchings**

Speaker: *Miriam OKONKWO*

A new bound for matchings in sparse graphs.
"""

_INITIALS_FR = """# Séminaire d'algèbre

| Heure | Exposé | Orateur |
| ----- | ------ | ------- |
| 14h00 | Groupes de tresses | C. Marchand |
| 15h00 | Corps finis et codes | R. Vidal |

## Résumés

**Groupes de tresses** — Camille MARCHAND (Université de Lyon)

Un tour d'horizon des groupes de tresses.

**Corps finis et codes** — Rémi VIDAL (Université de Nantes)

Des codes correcteurs construits sur des corps finis.
"""


def test_initialled_speakers_take_the_full_names_written_in_capitals() -> None:
    programme = _read(_INITIALS_EN, "session4.md")
    people = _people(programme)
    assert "Miriam Okonkwo" in people
    assert "Lena Brandt" in people
    assert "M. Okonkwo" not in people and "L. Brandt" not in people


def test_initialled_speakers_full_names_in_french() -> None:
    programme = _read(_INITIALS_FR, "seminaire.md")
    people = _people(programme)
    assert "Camille Marchand" in people
    assert "Rémi Vidal" in people


def test_an_initial_that_no_full_name_matches_stays_as_written() -> None:
    # "K. Brandt" is not "Lena BRANDT": no one is made up from the wrong initial
    text = _INITIALS_EN.replace("L. Brandt", "K. Brandt")
    people = _people(_read(text, "session4.md"))
    assert "Lena Brandt" not in people
    assert "K. Brandt" in people


# -- a nickname in the bracket where the document's brackets name speakers -----------------

_BRACKETS_RST = """Jornada Python 2031
###################

.. role:: title

10:00
    Bienvenida

10:15
    `Tipos en Python`:title: (Lucía Fernández Ortega) [PDF]

11:00
    `Servidores asíncronos`:title: (Kraken) [PDF]

11:45
    `Ciencia de datos`:title: (pandas, numpy) (Martín Sáez)

12:30
    `Empaquetado moderno`:title: (Carla Ibáñez)

13:15
    Comida
"""

_BRACKETS_MD = """# Autumn meetup

- 18:00 Doors open
- 18:30 Fast tests for slow code (Oliver Grant)
- 19:00 Hacking the build (Moss)
- 19:30 Rust for the curious (Irene Laszlo)
- 20:00 Drinks
"""


def test_a_nickname_in_a_bracket_is_the_speaker_in_rst() -> None:
    speakers = _speakers(_read(_BRACKETS_RST, "jornada.rst"))
    assert speakers["Servidores asíncronos"] == ["Kraken"]
    assert speakers["Tipos en Python"] == ["Lucía Fernández Ortega"]
    assert speakers["Empaquetado moderno"] == ["Carla Ibáñez"]


def test_a_nickname_in_a_bracket_is_the_speaker_in_a_markdown_list() -> None:
    speakers = _speakers(_read(_BRACKETS_MD, "meetup.md"))
    assert speakers["Hacking the build"] == ["Moss"]
    assert speakers["Rust for the curious"] == ["Irene Laszlo"]


def test_a_bracket_of_small_words_names_no_one() -> None:
    programme = _read(_BRACKETS_RST, "jornada.rst")
    people = _people(programme)
    assert not {"pandas", "numpy", "Pandas"} & people
    # without speakers written in full in brackets, a lone word stays the title's own
    lone = _BRACKETS_MD.replace("(Oliver Grant)", "").replace("(Irene Laszlo)", "")
    assert "Moss" not in _people(_read(lone, "meetup.md"))


# -- a cell's title over a list of its presenters, some by their handles -------------------

_LISTED_EN = """<html><body><h1>Harbour Dev Day 2031</h1>
<table>
<tr><th>Time</th><th>Main hall</th></tr>
<tr><th>09:00 ~ 09:15</th><td>Welcome</td></tr>
<tr><th>16:00 ~ 16:30</th><td>
  Five-minute talks<br />
  <ol>
    <li>Marta Kowalczyk</li>
    <li>quietfox</li>
    <li>dev_ollie42</li>
    <li>Sander Vos</li>
  </ol>
</td></tr>
<tr><th>16:30 ~ 17:30</th><td>Closing keynote: Ruth Adeyemi</td></tr>
</table></body></html>
"""

_LISTED_ES = _LISTED_EN.replace("Five-minute talks", "Charlas relámpago").replace(
    "Welcome", "Bienvenida"
)


def _listed_speakers(programme: Programme) -> list[str]:
    return next(
        [p.name for p in t.speakers]
        for t in programme.talks
        if t.start or t.clock
        if len(t.speakers) > 1
    )


def test_a_cell_lists_its_presenters_with_handles() -> None:
    who = _listed_speakers(_read(_LISTED_EN, "devday.html"))
    assert who == ["Marta Kowalczyk", "quietfox", "dev_ollie42", "Sander Vos"]


def test_a_cell_lists_its_presenters_with_handles_in_spanish() -> None:
    programme = _read(_LISTED_ES, "devday.html")
    assert "Charlas relámpago" in [t.title for t in programme.talks]
    assert "dev_ollie42" in _people(programme)


def test_a_list_of_single_words_with_no_full_name_is_no_people() -> None:
    text = _LISTED_EN.replace("Marta Kowalczyk", "python").replace("Sander Vos", "rust")
    people = _people(_read(text, "devday.html"))
    assert not {"python", "rust", "quietfox"} & people
