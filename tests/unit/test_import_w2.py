"""Conventions of real programme pages (blind33, helper w2): a day laid out as two tables
side by side (talks, then workshops, both from the morning) on a 12-hour clock without
am/pm, under a heading that names the second table's kind in the plural; a community
named among a page's organisers; an AsciiDoc agenda table (``|===``, ``3+|`` day rows,
``a|`` cells over several lines)."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.persons import is_organisation
from confnotes.importers.programme import ProgrammeTalk
from confnotes.importers.registry import parse_programme

TWO_TABLES = """# Dia del Codigo Libre 2019

### Fecha: 12 de marzo del 2019

## Charlas
| Hora | Tema | Ponente |
|------|------|---------|
| 09:30 a 10:30 | Redes caseras con routers viejos | Marta Quiroga |
| 10:30 a 11:30 | Bases de datos sin servidor | Tomas Ibarra |
| 12:30 a 01:30 | Mapas abiertos para barrios | Elena Sotelo |
| 01:30 a 02:30 | Impresion 3D en la escuela | Ramiro Vidal |

## Talleres
### Lugar: Sala B
| Hora | Tema | Ponente |
|------|------|---------|
| 09:30 a 10:30 | Primeros pasos con Python | Lucia Benitez |
| 10:30 a 11:30 | Edicion de fotos con GIMP | Pablo Arce |
| 01:30 a 02:30 | Robots con Arduino | Nadia Ferrer |

## Organizado por:
- ### Comunidad de Tux Chiriquí
- ### [Irene Pazos](https://example.org/irene), [Hugo Salinas](https://example.org/hugo)
"""


def _by_title_in(text: str, name: str) -> dict[str, ProgrammeTalk]:
    programme = parse_programme(text.encode(), name)
    return {t.title: t for t in programme.talks}


def _by_title(text: str) -> dict[str, ProgrammeTalk]:
    return _by_title_in(text, "readme.md")


def test_a_second_table_from_the_morning_starts_its_clock_again() -> None:
    # the workshops' 09:30 follows the talks' 02:30 pm: a table of its own, not the evening
    talks = _by_title(TWO_TABLES)
    assert f"{talks['Primeros pasos con Python'].start:%H:%M}" == "09:30"
    assert f"{talks['Edicion de fotos con GIMP'].start:%H:%M}" == "10:30"
    assert f"{talks['Robots con Arduino'].start:%H:%M}" == "13:30"
    assert f"{talks['Impresion 3D en la escuela'].start:%H:%M}" == "13:30"


def test_a_plural_kind_heading_tags_the_table_under_it() -> None:
    # "## Talleres" over "### Lugar: Sala B" and its table: the rows are workshops
    talks = _by_title(TWO_TABLES)
    assert "workshop" in talks["Robots con Arduino"].tags
    assert "workshop" in talks["Primeros pasos con Python"].tags
    assert "workshop" not in talks["Mapas abiertos para barrios"].tags


def test_a_community_among_the_organisers_is_no_person() -> None:
    programme = parse_programme(TWO_TABLES.encode(), "readme.md")
    names = [r.person.name for r in programme.roles]
    assert "Irene Pazos" in names
    assert not any(n.startswith("Comunidad") for n in names)
    assert is_organisation("Comunidad de Tux Chiriquí")
    assert is_organisation("Rust Community Berlin")
    assert not is_organisation("Marta Quiroga")


SPRINT_ADOC = """== Hack Week Agenda

Times are given in UTC.

[cols="2,6,6",options="header"]
|===
|*Slot* |*Item* |*Owner*
3+|*3rd May 2022* - https://example.org/clock[Your time zone]
|08:00-08:20 |Kick-off and introductions | Rosa Delgado (Tileworks),Imre Farkas (Tileworks)
|08:20-08:50 |Roadmap for the vector tiles API |  Sunita Rao (Mapwright Labs)
|08:50-12:00 |Hacking |
|12:00-12:30
a|Show and tell
| Owen Pryce (Atlas Guild)
|===
"""


def test_an_asciidoc_table_is_read_as_a_table() -> None:
    # "|===" fences the table; a row is as many cells as "cols" names, over one line or
    # several ("a|" opens a cell of blocks); "3+|" spans the row (here: the day)
    doc = doctree.parse_markdown(SPRINT_ADOC)
    rows = [[c.text for c in n.children] for n in doc.root.walk() if n.kind == "row"]
    assert rows[0] == ["Slot", "Item", "Owner"]
    assert rows[1][1:] == ["", ""]
    assert rows[-1] == ["12:00-12:30", "Show and tell", "Owen Pryce (Atlas Guild)"]
    assert len(rows) == 6


def test_an_asciidoc_agenda_table_gives_its_talks() -> None:
    talks = _by_title_in(SPRINT_ADOC, "agenda.adoc")
    kickoff = talks["Kick-off and introductions"]
    assert [s.name for s in kickoff.speakers] == ["Rosa Delgado", "Imre Farkas"]
    assert f"{kickoff.start:%Y-%m-%d %H:%M}" == "2022-05-03 08:00"
    assert [s.name for s in talks["Show and tell"].speakers] == ["Owen Pryce"]


def test_one_section_title_and_a_fenced_table_say_asciidoc() -> None:
    assert doctree.looks_asciidoc(SPRINT_ADOC)
    assert not doctree.looks_asciidoc("== Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert not doctree.looks_asciidoc("# Title\n\n== x\n|===\n|a\n|===\n")


def test_an_asciidoc_table_whose_lines_hold_more_cells_than_its_cols_is_left_as_lines() -> None:
    # "cols" says two, a line holds three: the rows are not what it says, nothing is
    # rebuilt (the lines are read as the pipe rows they look like)
    text = '== Plan\n\n[cols="1,4"]\n|===\n|When | What | Who\n| 09:00 | Start | Ana Ruiz\n|===\n'
    rows = [n for n in doctree.parse_markdown(text).root.walk() if n.kind == "row"]
    assert all(len(r.children) != 2 for r in rows)
