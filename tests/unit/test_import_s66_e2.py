"""Stop 66, helper e2: names that are no person in a people slot. A table's column of
speakers whose rows also hold the item's own name (``Check-in and setup questions``,
``Drinks / Interactive Session``) where a break or a social stands: in a column whose habit is
names, a cell that names no one is the row's item, not people; and a card whose one line
under its time stands where the other cards' titles stand (``Badge Pickup``) is that
slot's title, no one. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from tests.unit.importing import people_of as _people
from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers

# ------------------------------------------- item names in a column of speakers' names

_MD_TABLE = """# Rust Tooling Day 2025

Held on March 4, 2025 in Tallinn.

| When | Who / What | Subject |
| ---- | ---------- | ------- |
| 9:00 AM - 9:30 AM | Check-in and setup questions | Badges, tea, laptops |
| 9:30 AM - 10:15 AM | [Mari Tamm](https://example.org/mari) | Cargo workspaces at scale |
| 10:15 AM - 11:00 AM | Jonas Berg & Liis Kask | Fuzzing parsers in practice |
| 11:00 AM - 11:20 AM | Break | |
| 11:20 AM - 12:00 PM | [Priit Saar](https://example.org/priit) | Profiling async code |
| 12:00 PM - 1:00 PM | Lunch | |
| 1:00 PM - 1:45 PM | Kadri Lepp | Embedded targets without tears |
"""


def test_item_names_in_a_markdown_speakers_column_are_no_one() -> None:
    programme = _read(_MD_TABLE, "day.md")
    assert _people(programme) == {
        "Mari Tamm",
        "Jonas Berg",
        "Liis Kask",
        "Priit Saar",
        "Kadri Lepp",
    }
    speakers = _speakers(programme)
    assert speakers["Cargo workspaces at scale"] == ["Mari Tamm"]
    assert speakers["Fuzzing parsers in practice"] == ["Jonas Berg", "Liis Kask"]
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Profiling async code"] is not None
    assert starts["Profiling async code"].hour == 11


_HTML_TABLE = """<html><body><h1>Jornadas de Datos Rosario 2025</h1>
<p>14 de mayo de 2025</p>
<table>
<tr><th>Hora</th><th>Orador/Actividad</th><th>Tema</th></tr>
<tr><td>09:00–09:45</td><td>Lucía Ferreyra</td><td>Series temporales con DuckDB</td></tr>
<tr><td>09:45–10:30</td><td>Martín Iturbe y Sofía Blanco</td><td>Mapas en el navegador</td></tr>
<tr><td>10:30–11:00</td><td>Pausa</td><td></td></tr>
<tr><td>11:00–11:45</td><td>Tomás Quiroga</td><td>Medir la calidad de los datos</td></tr>
<tr><td>17:00–18:00</td><td>Brindis / Sesión Interactiva</td><td>Bebidas y conversación</td></tr>
</table></body></html>
"""


def test_item_names_in_an_html_speakers_column_in_spanish_are_no_one() -> None:
    programme = _read(_HTML_TABLE, "jornadas.html")
    assert _people(programme) == {
        "Lucía Ferreyra",
        "Martín Iturbe",
        "Sofía Blanco",
        "Tomás Quiroga",
    }
    assert _speakers(programme)["Series temporales con DuckDB"] == ["Lucía Ferreyra"]


_MD_SPANISH = """# Jornadas de Datos Rosario 2025

14 de mayo de 2025

| Hora | Orador/Actividad | Tema |
|---|---|---|
| 08:30–09:00 | Check-in y dudas de instalación | Café, credenciales |
| 09:00–09:45 | [Lucía Ferreyra](https://example.org/lf) | Series temporales con DuckDB |
| 09:45–10:30 | Martín Iturbe y Sofía Blanco | Mapas en el navegador |
| 10:30–11:00 | Pausa | |
| 11:00–11:45 | Tomás Quiroga | Medir la calidad de los datos |
| 11:45–12:30 | Ana Paz | Paneles con Python |
"""


def test_item_names_in_a_spanish_markdown_speakers_column_are_no_one() -> None:
    programme = _read(_MD_SPANISH, "jornadas.md")
    assert _people(programme) == {
        "Lucía Ferreyra",
        "Martín Iturbe",
        "Sofía Blanco",
        "Tomás Quiroga",
        "Ana Paz",
    }
    assert _speakers(programme)["Mapas en el navegador"] == ["Martín Iturbe", "Sofía Blanco"]


def test_a_lone_given_name_in_a_column_of_names_stays_a_speaker() -> None:
    programme = _read(_MD_SPANISH.replace("Ana Paz", "Paz"), "jornadas.md")
    assert _speakers(programme)["Paneles con Python"] == ["Paz"]


_SMALL = """| Time | Speaker/Item | Topic |
|---|---|---|
| 18:00 | Check-in / pizza and drinks | |
| 18:30 | Noor Haddad | Type hints that pay off |
| 19:15 | Elif Şahin | Packaging in 2025 |
"""


def test_a_small_table_keeps_its_people_and_drops_a_lower_case_item() -> None:
    programme = _read(_SMALL, "meetup.md")
    assert _people(programme) == {"Noor Haddad", "Elif Şahin"}
    assert _speakers(programme)["Packaging in 2025"] == ["Elif Şahin"]


# ------------------------------------------------------------------------ near misses


def test_a_column_of_handles_keeps_them_as_its_people() -> None:
    """A column whose habit is not names by their shape still vouches for its cells."""
    from confnotes.importers.persons import role_people
    from confnotes.importers.timetable import _role_people_in

    assert _role_people_in("ghost-writer", named=False) == role_people("ghost-writer")


def test_a_real_name_in_a_named_column_is_kept() -> None:
    from confnotes.importers.timetable import _role_people_in

    assert [p.name for p in _role_people_in("Dana", named=True)] == ["Dana"]
    assert _role_people_in("Happy Hour / Open Floor", named=True) == []
    assert _role_people_in("Setup and install questions", named=True) == []


# ------------------------------- a card's lone line where the other cards' titles stand

_CARDS_PT = """<div class="agenda"><h1>Encontro de Ensino 2025</h1><h3>12 de Abril (Sábado)</h3>
<div class="slot"><h2>8:00 às 8:30</h2><h5>Retirada de Crachás</h5></div>
<div class="slot"><h2>8:30 às 9:15</h2><h5>Leitura em voz alta na escola</h5>
<p>Beatriz Camargo</p></div>
<div class="slot"><h2>9:15 às 10:00</h2><h5>Matemática com jogos de tabuleiro</h5>
<p>Dr. Otávio Prates</p></div>
<div class="slot"><h2>10:00 às 10:30</h2><h5>Coffee Break</h5></div>
<div class="slot"><h2>10:30 às 11:15</h2><h5>Avaliação formativa na prática</h5>
<p>Helena Duarte</p></div>
<div class="slot"><h2>11:15 às 12:00</h2><h5>Projetos de ciências com sucata</h5>
<p>Rui Antunes</p></div>
</div>
"""

_CARDS_MD = """# Small Farms Forum

## 9:00 - 9:20

#### Badge Pickup

## 9:20 - 10:00

#### Cover crops on heavy clay

Maggie Thornbury

## 10:00 - 10:40

#### Selling at the farm gate

Owen Pritchard

## 10:40 - 11:20

#### Water rights explained

Iris Delacroix
"""


def _timetable_people(text: str, name: str) -> dict[str, list[str]]:
    return _speakers(_read(text, name, shape="timetable"))


def test_a_lone_line_in_portuguese_html_cards_is_the_slot_title() -> None:
    speakers = _timetable_people(_CARDS_PT, "encontro.html")
    assert speakers["Retirada de Crachás"] == []
    assert speakers["Leitura em voz alta na escola"] == ["Beatriz Camargo"]
    assert not any("Retirada" in p for who in speakers.values() for p in who)


def test_a_lone_line_in_markdown_heading_cards_is_the_slot_title() -> None:
    speakers = _timetable_people(_CARDS_MD, "forum.md")
    assert speakers["Badge Pickup"] == []
    assert speakers["Water rights explained"] == ["Iris Delacroix"]
    assert "Badge Pickup" in _speakers(_read(_CARDS_MD, "forum.md"))  # whatever reading


def test_a_lone_card_naming_a_doctor_stays_her_slot() -> None:
    """Near miss: the card's line says more than a name (an honorific): a speaker's."""
    text = _CARDS_PT.replace("Retirada de Crachás", "Dra. Luísa Fontes")
    speakers = _timetable_people(text, "encontro.html")
    assert ["Luísa Fontes"] in speakers.values()


def test_lone_names_on_a_page_of_speakers_slots_stay_people() -> None:
    """Near miss: as many lone names as titled cards: a page of speakers' slots."""
    text = _CARDS_MD.replace("#### Cover crops on heavy clay", "#### Cara Lindqvist").replace(
        "\nMaggie Thornbury\n", "\n"
    )
    speakers = _timetable_people(text, "forum.md")
    assert ["Cara Lindqvist"] in speakers.values()
