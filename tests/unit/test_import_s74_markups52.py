"""Tables in the lightweight markups reach the tree as the tables a Markdown or HTML page
holds: an AsciiDoc ``a|`` cell keeps its paragraph and its list apart, an Org file's ruled
table is a table with its header row; then what the timetable reads in them: a lead
named in full once and by the given name after, a speaker cell ``Name – Lab``, a day row
written without its year."""

from __future__ import annotations

from datetime import date

from confnotes.importers import doctree
from confnotes.importers.programme import Programme
from tests.unit.importing import people_of, read, speakers_by_title


def days_of(programme: Programme) -> dict[str, date | None]:
    """Each talk's day: its own, or its start's."""
    return {t.title: t.day or (t.start.date() if t.start else None) for t in programme.talks}


# ---------------------------------------------------------------- AsciiDoc a| cells

ADOC_BLOCK_CELL = """\
== Programm

[cols="2,6,4",options="header",]
|===
|Zeit |Was |Wer
|10:00-10:30 |Begrüßung | Mira Lindqvist
|10:30-11:30
a|Offene Runde:

* Werkzeugkasten
* Fragen aus dem Publikum

|Jonas Brandt
|11:30-12:00 |Abschluss | Mira Lindqvist
|===
"""

HTML_BLOCK_CELL = """\
<table><tr><th>Zeit</th><th>Was</th><th>Wer</th></tr>
<tr><td>10:00-10:30</td><td>Begrüßung</td><td>Mira Lindqvist</td></tr>
<tr><td>10:30-11:30</td><td><p>Offene Runde:</p><ul><li>Werkzeugkasten</li>
<li>Fragen aus dem Publikum</li></ul></td><td>Jonas Brandt</td></tr>
<tr><td>11:30-12:00</td><td>Abschluss</td><td>Mira Lindqvist</td></tr>
</table>
"""


def _cells(text: str) -> list[list[str]]:
    table = next(n for n in doctree.parse(text).root.walk() if n.kind == "table")
    return [[c.text for c in row.children] for row in table.walk() if row.kind == "row"]


def test_an_asciidoc_block_cell_reads_as_an_html_cell_with_a_list() -> None:
    adoc, html = _cells(ADOC_BLOCK_CELL), _cells(HTML_BLOCK_CELL)
    assert adoc[2][1] == "Offene Runde:\nWerkzeugkasten\nFragen aus dem Publikum"
    assert adoc[2][1] == html[2][1]


def test_an_asciidoc_block_cell_keeps_no_list_marker_in_the_title() -> None:
    titles = speakers_by_title(read(ADOC_BLOCK_CELL, "programm.adoc"))
    assert not any("*" in t for t in titles)
    assert "Jonas Brandt" in people_of(read(ADOC_BLOCK_CELL, "programm.adoc"))


def test_an_asciidoc_plain_cell_still_runs_its_lines_on() -> None:
    # near miss: a cell without ``a`` is one run of words over its lines, as before
    text = ADOC_BLOCK_CELL.replace("a|Offene Runde:", "|Offene Runde:")
    assert _cells(text)[2][1] == "Offene Runde: * Werkzeugkasten * Fragen aus dem Publikum"


# ---------------------------------------------------------------- Org tables

ORG_FILE = """\
#+TITLE: Journées du calcul 2031

* Programme

|-------+------------------------+--------------------------|
| Heure | Titre                  | Orateur                  |
|-------+------------------------+--------------------------|
|  9:00 | Ouverture              |                          |
|  9:30 | Les graphes creux      | Amélie Durand – INRIA    |
| 10:30 | Pause café             |                          |
| 11:00 | Preuves et types       | Karim Benali – LIX       |
|-------+------------------------+--------------------------|
"""


def test_an_org_files_ruled_table_is_a_table_with_its_header_row() -> None:
    doc = doctree.parse(ORG_FILE)
    table = next(n for n in doc.root.walk() if n.kind == "table")
    rows = [r for r in table.walk() if r.kind == "row"]
    assert rows[0].attrs.get("header") is True
    assert [c.text for c in rows[0].children] == ["Heure", "Titre", "Orateur"]
    assert not any("---" in c.text for r in rows for c in r.children)  # rules are no rows


def test_an_org_table_names_its_speakers_with_their_labs() -> None:
    programme = read(ORG_FILE, "journees.org")
    assert speakers_by_title(programme)["Les graphes creux"] == ["Amélie Durand"]
    assert speakers_by_title(programme)["Preuves et types"] == ["Karim Benali"]
    talk = next(t for t in programme.talks if t.title == "Preuves et types")
    assert talk.speakers[0].affiliations == ["LIX"]
    assert not any(set(t.title) <= set("-| ") for t in programme.talks)


def test_an_org_table_of_pipes_alone_is_left_as_it_was() -> None:
    # near miss: rows with no ``|---+---|`` rule are no Org table of this kind
    text = ORG_FILE.replace("|-------+------------------------+--------------------------|\n", "")
    doc = doctree.parse(text)
    assert doc.syntax == "org"


# ---------------------------------------------------------------- a lead by given name

AGENDA_EN = """\
== Sprint agenda

[cols="3,7,7",options="header",]
|===
|Time |What |Who
3+|*3 March 2031*
|09:00-09:30 |Kick-off briefing | Priya Raman (Northwind) & Tomasz Wilk (Eastgate)
|09:30-10:00 |Goals for the week | Priya
|10:00-12:00 |Hands-on work |
|13:00-14:00 |Issues and blockers | Facilitator: Tomasz
|===
"""

AGENDA_ES = """\
## Agenda del taller

| Hora | Actividad | Ponente |
|------|-----------|---------|
| 10:00 | Presentación del proyecto | Lucía Ferreyra |
| 10:30 | Revisión de datos abiertos | Lucía |
| 11:00 | Cierre y próximos pasos | Lucía |
"""


def test_a_lead_named_by_given_name_is_the_one_named_in_full() -> None:
    programme = read(AGENDA_EN, "agenda.adoc")
    assert speakers_by_title(programme)["Goals for the week"] == ["Priya Raman"]
    assert speakers_by_title(programme)["Issues and blockers"] == ["Tomasz Wilk"]
    assert people_of(programme) == {"Priya Raman", "Tomasz Wilk"}


def test_a_given_name_in_a_markdown_agenda_too() -> None:
    programme = read(AGENDA_ES, "agenda.md")
    assert people_of(programme) == {"Lucía Ferreyra"}


def test_a_given_name_two_people_share_stays_as_written() -> None:
    # near miss: two full names start with "Priya": the lone "Priya" is neither
    text = AGENDA_EN.replace("Tomasz Wilk (Eastgate)", "Priya Sood (Eastgate)")
    assert speakers_by_title(read(text, "agenda.adoc"))["Goals for the week"] == ["Priya"]


def test_a_family_name_alone_still_takes_the_given_names_before_it() -> None:
    # near miss: the family name's reading comes first (``Raman`` is Priya Raman)
    text = AGENDA_EN.replace("| Priya\n", "| Raman\n")
    assert speakers_by_title(read(text, "agenda.adoc"))["Goals for the week"] == ["Priya Raman"]


# ---------------------------------------------------------------- a day row without a year

YEARLESS_DAY = """\
== Agenda

[cols="3,7,7",options="header",]
|===
|Time |What |Who
3+|*Online briefing 24th April at 09:00*
|30 minutes | Briefing | Priya Raman (Northwind) & Tomasz Wilk (Eastgate)
3+|*28 July 2031*
|09:00-09:15 |Welcome | Priya
|09:15-10:00 |Overview of the draft | Tomasz
|===
"""


def test_a_day_row_without_its_year_takes_the_documents_year() -> None:
    days = days_of(read(YEARLESS_DAY, "agenda.adoc"))
    assert days["Briefing"] == date(2031, 4, 24)
    assert days["Overview of the draft"] == date(2031, 7, 28)


def test_a_table_naming_no_day_leaves_the_days_of_its_page() -> None:
    # near miss: a heading-like line names the day; the table under it names none
    text = """\
**Mittwoch, 5. März 2031**

| Zeit | Vortrag | Referent |
|------|---------|----------|
| 09:30 | Ruhige Builds | Jana Vogel |
| 10:30 | Kleine Schritte | Ole Brandt |
"""
    days = days_of(read(text, "plan.md"))
    assert days["Ruhige Builds"] == date(2031, 3, 5)
