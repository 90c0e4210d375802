# ruff: noqa: E501
"""Timetable cells that hold several talks: a session's cell written as a small list
(``&bull; *Title* ([Name](people.html#name))`` items a ``<br>`` apart, under a bold
session name), each item a talk at the row's time; a 12-hour clock without am or pm that
follows the order of the rows (``12:15-1:30`` then ``2:00`` is the afternoon); a speaker
the page links by one word where it links the others by their full names."""

from __future__ import annotations

from datetime import datetime

from tests.unit.importing import people_of, read, speakers_by_title, starts_by_title

FRENCH_CELLS = """---
title: Programme - Journées du code
---

## Programme

### Samedi 12 juin 2032

|-----------------+--------------------------------------------------
| Heure           | Activité
|-----------------|--------------------------------------------------
| 9:30            | Accueil et café
|-----------------|--------------------------------------------------
| 10:00-10:45     | &bull; Mot d'ouverture <br />&bull; Keynote : *Compiler pour le plaisir* ([Camille Roux](intervenants.html#camille-roux))
|-----------------|--------------------------------------------------
| 11:00-12:00     | **Première session :** <br />&bull; *Les arbres qui poussent à l'envers* ([Hugo Martin](intervenants.html#hugo-martin))<br />&bull; *Un tableur dans le terminal* ([Léa Dubois](intervenants.html#lea-dubois))<br />&bull; *Tri par insertion, version lente* ([Nina Petit](intervenants.html#nina-petit))
|-----------------|--------------------------------------------------
| 12:00-1:30      | Déjeuner libre
|-----------------|--------------------------------------------------
| 1:30-2:30       | **Deuxième session :** <br />&bull; *Des pixels et des octets* ([Marc Lefèvre](intervenants.html#marc-lefevre))<br />&bull; *Un éditeur en un week-end* ([zoé](intervenants.html#zoe))<br />&bull; *Réseaux de neurones sur papier* ([Paul Girard](intervenants.html#paul-girard))
|-----------------|--------------------------------------------------
| 2:30-2:45       | Pause
|-----------------|--------------------------------------------------
| 4:00            | Clôture
|-----------------|--------------------------------------------------
"""

GERMAN_HTML_CELLS = """<html><head><title>Programm - Werkstatt-Tag</title></head><body>
<h2>Freitag, 3. September 2032</h2>
<table>
<tr><th>Zeit</th><th>Programm</th></tr>
<tr><td>9:00</td><td>Anmeldung</td></tr>
<tr><td>10:00-11:00</td><td><b>Block A:</b><br>&bull; <em>Datenbanken ohne Angst</em> (<a href="leute.html#jonas-weber">Jonas Weber</a>)<br>&bull; <em>Kleine Compiler bauen</em> (<a href="leute.html#mia-schulz">Mia Schulz</a>)<br>&bull; <em>Testen mit Eigenschaften</em> (<a href="leute.html#lena-koch">Lena Koch</a>)</td></tr>
<tr><td>11:00-11:30</td><td>Kaffeepause</td></tr>
<tr><td>11:30-12:30</td><td><b>Block B:</b><br>&bull; <em>Speicher verstehen</em> (<a href="leute.html#tim-bauer">Tim Bauer</a>)<br>&bull; <em>Grafik im Browser</em> (<a href="leute.html#eva-wolf">Eva Wolf</a>)</td></tr>
<tr><td>12:30-1:30</td><td>Mittagessen</td></tr>
<tr><td>1:30-2:30</td><td><b>Block C:</b><br>&bull; <em>Netzwerke von Hand</em> (<a href="leute.html#ole-braun">Ole Braun</a>)<br>&bull; <em>Alte Spiele retten</em> (<a href="leute.html#ida-frank">Ida Frank</a>)</td></tr>
<tr><td>3:00</td><td>Abschluss</td></tr>
</table>
</body></html>
"""


def _starts(programme, titles):
    by_title = starts_by_title(programme)
    return {title: by_title.get(title) for title in titles}


def test_every_item_of_a_session_cell_is_a_talk_with_its_speaker():
    programme = read(FRENCH_CELLS, "programme.md")
    got = speakers_by_title(programme)
    assert got["Les arbres qui poussent à l'envers"] == ["Hugo Martin"]
    assert got["Un tableur dans le terminal"] == ["Léa Dubois"]
    assert got["Tri par insertion, version lente"] == ["Nina Petit"]
    assert got["Des pixels et des octets"] == ["Marc Lefèvre"]
    assert got["Réseaux de neurones sur papier"] == ["Paul Girard"]
    assert not any(title.startswith("•") for title in got)


def test_a_keynote_item_after_the_opening_keeps_its_kind_and_speaker():
    programme = read(FRENCH_CELLS, "programme.md")
    keynote = next(t for t in programme.talks if t.title == "Compiler pour le plaisir")
    assert [p.name for p in keynote.speakers] == ["Camille Roux"]
    assert keynote.kind == "keynote"


def test_a_handle_linked_like_the_full_names_is_the_speaker():
    programme = read(FRENCH_CELLS, "programme.md")
    assert speakers_by_title(programme)["Un éditeur en un week-end"] == ["zoé"]
    assert "zoé" in people_of(programme)


def test_a_twelve_hour_clock_after_noon_is_the_afternoon():
    programme = read(FRENCH_CELLS, "programme.md")
    starts = _starts(programme, ["Les arbres qui poussent à l'envers", "Des pixels et des octets"])
    assert starts["Les arbres qui poussent à l'envers"] == datetime(2032, 6, 12, 11, 0)
    assert starts["Des pixels et des octets"] == datetime(2032, 6, 12, 13, 30)


def test_an_html_cell_of_bulleted_items_is_read_alike():
    programme = read(GERMAN_HTML_CELLS, "programm.html")
    got = speakers_by_title(programme)
    for title, name in [
        ("Datenbanken ohne Angst", "Jonas Weber"),
        ("Kleine Compiler bauen", "Mia Schulz"),
        ("Testen mit Eigenschaften", "Lena Koch"),
        ("Speicher verstehen", "Tim Bauer"),
        ("Grafik im Browser", "Eva Wolf"),
        ("Netzwerke von Hand", "Ole Braun"),
        ("Alte Spiele retten", "Ida Frank"),
    ]:
        assert got[title] == [name]
    starts = _starts(programme, ["Netzwerke von Hand", "Speicher verstehen"])
    assert starts["Speicher verstehen"] == datetime(2032, 9, 3, 11, 30)
    assert starts["Netzwerke von Hand"] == datetime(2032, 9, 3, 13, 30)


# near misses: what must not change


TWENTY_FOUR_HOURS = """## Program

### Sobota 4. září 2032

|-----------------+--------------------------------------------------
| Čas             | Program
|-----------------|--------------------------------------------------
| 09:00-10:00     | **Blok 1:** <br />&bull; *Typy v praxi* ([Jana Dvořáková](lide.html#jana)) <br />&bull; *Rychlé testy* ([Petr Novák](lide.html#petr))
|-----------------|--------------------------------------------------
| 11:00-12:00     | Oběd
|-----------------|--------------------------------------------------
| 13:00-14:00     | **Blok 2:** <br />&bull; *Sítě bez kouzel* ([Eva Malá](lide.html#eva)) <br />&bull; *Staré hry* ([Karel Veselý](lide.html#karel))
|-----------------|--------------------------------------------------
| 06:00           | Raní běh (neděle)
|-----------------|--------------------------------------------------
"""


def test_a_24_hour_page_keeps_its_early_hours():
    programme = read(TWENTY_FOUR_HOURS, "program.md")
    got = speakers_by_title(programme)
    assert got["Sítě bez kouzel"] == ["Eva Malá"]
    starts = _starts(programme, ["Sítě bez kouzel", "Typy v praxi"])
    assert starts["Typy v praxi"] == datetime(2032, 9, 4, 9, 0)
    assert starts["Sítě bez kouzel"] == datetime(2032, 9, 4, 13, 0)


ONE_TALK_A_CELL = """## Programa

### Viernes 8 de octubre de 2032

| Hora  | Charla |
|-------|--------|
| 10:00 | *Bases de datos sin miedo* ([Lucía Gómez](ponentes.html#lucia)) |
| 11:00 | *Compiladores pequeños* ([Diego Ruiz](ponentes.html#diego)) |
| 12:00 | *Pruebas con propiedades* ([Marta Sanz](ponentes.html#marta)) |
| 1:00  | *Gráficos en el navegador* ([Pablo Vidal](ponentes.html#pablo)) |
"""


def test_a_cell_of_one_talk_stays_one_talk():
    programme = read(ONE_TALK_A_CELL, "programa.md")
    got = speakers_by_title(programme)
    assert got["Bases de datos sin miedo"] == ["Lucía Gómez"]
    assert got["Gráficos en el navegador"] == ["Pablo Vidal"]
    assert len([t for t in programme.talks if t.speakers]) == 4


def test_a_one_word_bracket_names_no_one_where_the_others_bracket_no_names():
    programme = read(
        """## Agenda

### Monday 6 December 2032

|-------------+----------------------------------
| Time        | Session
|-------------|----------------------------------
| 10:00-11:00 | &bull; *Welcome* (hall) <br />&bull; *Coffee and posters* (foyer)
|-------------|----------------------------------
| 11:00-12:00 | &bull; *Lightning round* (hall) <br />&bull; *Lunch* (terrace)
|-------------|----------------------------------
""",
        "agenda.md",
    )
    assert not people_of(programme) & {"hall", "foyer", "terrace"}


# a series table: a meetup's date on its first row, its talks on the rows under it,
# each written "Title by Name" with its materials in bracketed links

ENGLISH_SERIES = """## Past meetups

| Date | Info |
|----|----|
| 2031-05-14 | Video [Tea and Types - May 2031](https://video.example/may) |
|            | Parsing with combinators ([Slides](https://slides.example/parse)) by Rohan Mehta |
|            | Property tests ([Slides](/assets/prop.pdf)) ([Code](https://code.example/prop)) by Sara Lindqvist |
| 2031-03-12 | Video [Tea and Types - March 2031](https://video.example/march) |
|            | Ownership in practice by Tomasz Kowal ([Slides](/assets/own.pdf)) |
|            | Small allocators by Okonkwo |
| 2031-01-08 | Video [Tea and Types - January 2031](https://video.example/jan) |
|            | Borrowing explained by Mirela Popescu (remote) ([Slides](/assets/borrow.pdf)) |
"""

GERMAN_SERIES = """## Vergangene Treffen

| Datum | Inhalt |
|----|----|
| 2031-06-04 | Aufzeichnung [Treffen Juni 2031](https://video.example/juni) |
|            | Makros verstehen ([Folien](/assets/makros.pdf)) von Jonas Berger |
|            | Fehlerbehandlung von Lea Hoffmann ([Folien](/assets/fehler.pdf)) |
|            | Async ohne Tränen von Kerstin |
| 2031-04-02 | Aufzeichnung [Treffen April 2031](https://video.example/april) |
|            | Tests mit Eigenschaften ([Folien](/assets/tests.pdf)) ([Code](https://code.example/t)) von Paul Richter |
"""


def test_bracketed_material_links_are_no_words_of_the_title():
    got = speakers_by_title(read(ENGLISH_SERIES, "meetups.md"))
    assert got["Parsing with combinators"] == ["Rohan Mehta"]
    assert got["Property tests"] == ["Sara Lindqvist"]
    assert got["Ownership in practice"] == ["Tomasz Kowal"]
    german = speakers_by_title(read(GERMAN_SERIES, "treffen.md"))
    assert german["Makros verstehen"] == ["Jonas Berger"]
    assert german["Fehlerbehandlung"] == ["Lea Hoffmann"]
    assert german["Tests mit Eigenschaften"] == ["Paul Richter"]


def test_a_one_word_name_after_by_where_the_rows_write_by_lines():
    got = speakers_by_title(read(ENGLISH_SERIES, "meetups.md"))
    assert got["Small allocators"] == ["Okonkwo"]
    german = speakers_by_title(read(GERMAN_SERIES, "treffen.md"))
    assert german["Async ohne Tränen"] == ["Kerstin"]


def test_the_date_row_dates_the_talks_under_it():
    programme = read(ENGLISH_SERIES, "meetups.md")
    days = {t.title: t.day or (t.start.date() if t.start else None) for t in programme.talks}
    assert str(days["Small allocators"]) == "2031-03-12"
    assert str(days["Borrowing explained"]) == "2031-01-08"


NO_BYLINES = """## Programme

| Time  | Talk |
|-------|------|
| 10:00 | Security by Design |
| 11:00 | Testing by Example |
| 12:00 | Lunch |
"""


def test_a_title_with_by_in_it_names_no_one_without_the_tables_by_lines():
    programme = read(NO_BYLINES, "programme.md")
    got = speakers_by_title(programme)
    assert got.get("Security by Design") == []
    assert not people_of(programme)


LINKED_NAMES = """## Programm

| Zeit  | Vortrag |
|-------|---------|
| 10:00 | Typen im Alltag ([Ana Ruiz](leute.html#ana)) |
| 11:00 | Schnelle Tests ([Bo Lindgren](leute.html#bo)) |
| 12:00 | Mittagessen |
"""


def test_a_linked_full_name_in_brackets_stays_the_speaker():
    got = speakers_by_title(read(LINKED_NAMES, "programm.md"))
    assert got["Typen im Alltag"] == ["Ana Ruiz"]
    assert got["Schnelle Tests"] == ["Bo Lindgren"]


PEOPLE_UNDER_A_TITLE = """## Programme

### 3 May 2031

| Time  | Session |
|-------|---------|
| 10:00 | Panel: The future of builds<br>- Ana Ruiz (Lumen Lab)<br>- Bo Lindgren (Northwind) |
| 11:00 | Coffee |
| 11:30 | Testing at scale<br>• Carla Mendes (Acme)<br>• Dev Patel (Globex) |
| 12:30 | Lunch |
"""


def test_a_list_of_people_under_a_title_is_no_list_of_talks():
    programme = read(PEOPLE_UNDER_A_TITLE, "programme.md")
    titles = {t.title for t in programme.talks}
    assert {"The future of builds", "Testing at scale"} <= titles
    assert not any(title.startswith(("Ana Ruiz", "Carla Mendes", "Dev Patel")) for title in titles)
