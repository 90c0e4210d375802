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


# ---------------------------------------------------------------- lengths under a clock

KICKOFF_EN = """\
== Plan

[cols="3,7,7",options="header",]
|===
|Time |What |Lead
3+|*Kick-off call 2nd June 2031 at 15:00*
|5 minutes | Opening words | Host team
|10 minutes | Goals of the week | Steering group
|10 minutes | Tour of the repository | Maintainers
|10 minutes |Questions|
3+|*4 June 2031*
|09:00-09:10 |Opening words |Host team
|09:10-09:40 |Roadmap review |Steering group
|10:00-12:00 |Hands-on work |
|===
"""

VORGESPRAECH_DE = """\
== Ablauf

[cols="3,7,7",options="header",]
|===
|Zeit |Programmpunkt |Wer
3+|*Online-Vorbesprechung 12. März um 14:00*
|10 Minuten | Begrüßung | Jana Vogel
|20 Minuten | Überblick über den Entwurf | Ole Brandt
3+|*20. März 2031*
|09:00-10:00 |Arbeit in Gruppen |
|10:00-10:30 |Zwischenstand | Jana Vogel
|===
"""


def _starts(programme: Programme) -> dict[str, str]:
    return {t.title: t.start.strftime("%m-%d %H:%M") for t in programme.talks if t.start}


def test_rows_written_as_lengths_follow_the_clock_of_their_day_row() -> None:
    starts = _starts(read(KICKOFF_EN, "plan.adoc"))
    assert starts["Goals of the week"] == "06-02 15:05"
    assert starts["Tour of the repository"] == "06-02 15:15"
    assert starts["Questions"] == "06-02 15:25"
    assert starts["Roadmap review"] == "06-04 09:10"  # the day's own clocks, as written


def test_lengths_under_a_german_day_row_without_its_year() -> None:
    starts = _starts(read(VORGESPRAECH_DE, "ablauf.adoc"))
    assert starts["Begrüßung"] == "03-12 14:00"
    assert starts["Überblick über den Entwurf"] == "03-12 14:10"


def test_lengths_under_a_day_row_without_a_clock_keep_no_time() -> None:
    # near miss: the day row names no clock, so the lengths say how long, not when
    programme = read(KICKOFF_EN.replace(" at 15:00*", "*"), "plan.adoc")
    assert "Goals of the week" not in _starts(programme)
    assert days_of(programme)["Goals of the week"] == date(2031, 6, 2)


# ---------------------------------------------------------------- headers saying a role

LEADS_ADOC = """\
== Plan

[cols="3,7,7",options="header",]
|===
|Time |What |Lead
3+|*3 March 2031*
|09:00-09:15 |Welcome and objectives | Priya Raman
|09:15-09:30 |Way of working | Priya Raman
|09:30-09:50 |Overview of the draft | Tomasz Wilk and Ines Okafor
|10:00-13:00 |Drafting together | Facilitator: Ines Okafor
|13:30-15:30 |Practical work|
|15:30-16:30 |Issues and blockers | Facilitator: Priya Raman
|16:30-17:30 |Practical work|
|===
"""

LEADS_MD = """\
## 3 March 2031

| Time | What | Lead |
|------|------|------|
| 09:00-09:15 | Welcome and objectives | Priya Raman |
| 09:15-09:30 | Way of working | Priya Raman |
| 09:30-09:50 | Overview of the draft | Tomasz Wilk and Ines Okafor |
| 10:00-13:00 | Drafting together | Facilitator: Ines Okafor |
| 13:30-15:30 | Practical work | |
| 15:30-16:30 | Issues and blockers | Facilitator: Priya Raman |
| 16:30-17:30 | Practical work | |
"""


def test_a_what_column_beside_the_leads_is_no_room() -> None:
    for text, name in ((LEADS_ADOC, "plan.adoc"), (LEADS_MD, "plan.md")):
        programme = read(text, name)
        assert not any(t.room in ("What", "Lead") for t in programme.talks), name
        assert "Priya Raman" not in speakers_by_title(programme), name  # no talk of a name
        assert speakers_by_title(programme)["Overview of the draft"] == [
            "Tomasz Wilk",
            "Ines Okafor",
        ], name


def test_rooms_named_by_their_headers_stay_a_grid() -> None:
    # near miss: headers that name places, not what a column holds, are rooms
    text = """\
## Programme

| Time | Aurora Hall | Borealis Room |
|------|-------------|---------------|
| 09:00 | Safer builds - Ana Ruiz | Data at rest - Bo Lindqvist |
| 10:00 | Fast tests - Chen Wei | Typed configs - Dora Maas |
| 11:00 | Small steps - Ole Brandt | Quiet pagers - Jana Vogel |
"""
    rooms = {t.title: t.room for t in read(text, "prog.md").talks}
    assert rooms["Safer builds"] == "Aurora Hall"
    assert rooms["Typed configs"] == "Borealis Room"
