# ruff: noqa: E501
"""Programme pages in German, Spanish, Dutch and Italian, read by their conventions: a
card's own by-line paragraph whose names are links (``von <a>Name</a>``, ``di <a>…</a>``);
seminar cards whose time is under the title with a place beside it; slots not decided yet
(``NTB``, ``TBA``) are no talks; a Markdown table whose delimiter row has a stray column
is still a table; ``A en B`` joins two Dutch speakers; a grid's cells of ``/`` or ``–``
alone are open slots, and a grid written ``Title - Name`` reads its ambiguous cells so."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.persons import not_decided, split_speakers
from tests.unit.importing import people_of, read, speakers_by_title, starts_by_title

CARDS_DE = """<div class="agenda">
  <div class="slot">
    <div class="when"><h3>09:00 - 09:40</h3></div>
    <div class="what">
      <h3>Begrüßung</h3>
      <p>Ein kurzer Überblick über den Tag und die Räume.</p>
      <p class="byline">von Karla Ostermann (Verein)</p>
    </div>
  </div>
  <div class="slot">
    <div class="when"><h3>10:00 - 10:45</h3></div>
    <div class="what">
      <h3>Datenbanken ohne Schema</h3>
      <p>Wie man Dokumente speichert, ohne sich vorher festzulegen.</p>
      <p class="byline">von <a href="/leute#jana">Jana Winterfeld</a> und <a href="/leute#olaf">Olaf Brenner</a></p>
    </div>
  </div>
  <div class="slot">
    <div class="when"><h3>11:00 - 11:45</h3></div>
    <div class="what">
      <h3>Tests, die niemand liest</h3>
      <p>Über Prüfungen, die zwar laufen, aber nichts mehr aussagen.</p>
      <p class="byline">von <a href="/leute#mira">Mira Falkenberg</a></p>
    </div>
  </div>
  <div class="slot">
    <div class="when"><h3>12:00 - 13:00</h3></div>
    <div class="what">
      <h3>MITTAGESSEN</h3>
      <p class="byline">Suppe, Brot und Obst für alle Gäste im Foyer des Hauses.</p>
    </div>
  </div>
  <div class="slot">
    <div class="when"><h3>13:00 - 13:45</h3></div>
    <div class="what">
      <h3>Queues im Alltag</h3>
      <p>Warteschlangen zwischen Diensten, und was schiefgehen kann.</p>
      <p class="byline">von <a href="/leute#timo">Timo Lindqvist</a></p>
    </div>
  </div>
  <div class="slot">
    <div class="when"><h3>14:00 - 14:30</h3></div>
    <div class="what">
      <h3>Offene Runde</h3>
      <p>Wer mag, stellt ein eigenes Thema vor.</p>
      <p class="byline">von DIR?!</p>
    </div>
  </div>
</div>
"""

CARDS_IT = """<div class="programma">
  <div class="riga">
    <div class="ora"><h4>10:00</h4></div>
    <div class="corpo">
      <h4>Compilatori per curiosi</h4>
      <p>Un giro dentro un compilatore, passo dopo passo.</p>
      <p class="autore">di <a href="/relatori/lucia">Lucia Ferrandi</a></p>
    </div>
  </div>
  <div class="riga">
    <div class="ora"><h4>11:00</h4></div>
    <div class="corpo">
      <h4>Reti senza fili in montagna</h4>
      <p>Come portare la connessione nei rifugi alpini.</p>
      <p class="autore">di <a href="/relatori/piero">Piero Castellani</a></p>
    </div>
  </div>
  <div class="riga">
    <div class="ora"><h4>12:00</h4></div>
    <div class="corpo">
      <h4>Pausa pranzo</h4>
      <p class="autore">Panini e caffè nel cortile interno per tutti.</p>
    </div>
  </div>
  <div class="riga">
    <div class="ora"><h4>14:00</h4></div>
    <div class="corpo">
      <h4>Archivi digitali</h4>
      <p>Conservare documenti per cento anni: formati e supporti.</p>
      <p class="autore">di <a href="/relatori/greta">Greta Moroni</a></p>
    </div>
  </div>
</div>
"""

SEMINAR_ES = """---
layout: home
---
Los seminarios del grupo, cada viernes por la tarde.

## Próximo encuentro

<div style="background:#222; padding:1em; border-radius:8px;">
  <h3><em>Ondas en medios granulares</em></h3>
  <p><strong>Expositora:</strong> Rocío Albarracín (Instituto de Física)</p>
  <p>🗓️ <strong>Viernes 10 de octubre, 15:00 hs</strong><br>
     📍 Aula Magna</p>
  <p><strong>Resumen:</strong><br>
     Qué pasa cuando una onda atraviesa un montón de arena.</p>
</div>

## Encuentros anteriores

<div style="background:#111; padding:1em;">
  <h3><a href="/2031/10/03/vidrios/">Vidrios que fluyen</a></h3>

  <p><strong>Expositor:</strong> Tomás Iribarren (Instituto de Física)</p>
  <p>🗓️ <strong>Viernes 3 de octubre, 15:00 hs</strong><br>
     📍 Sala 12</p>
  <p><strong>Resumen:</strong><br>
     Un material sólido que, mirado durante siglos, parece moverse.</p>
</div>

<div style="background:#111; padding:1em;">
  <h3><a href="/2031/09/26/redes/">Redes de neuronas artificiales</a></h3>

  <p><strong>Expositor:</strong> Ignacio Sosa (Facultad de Matemática)</p>
  <p>🗓️ <strong>Viernes 26 de septiembre, 15:30 hs</strong><br>
     📍 Sala 12</p>
  <p><strong>Resumen:</strong><br>
     Cómo aprende una red, contado sin fórmulas y con muchos dibujos.</p>
</div>
"""

SEMINAR_EN = """Talks of the theory group, most Thursdays.

## Next talk

<div class="card">
  <h3><em>Proof assistants for the working mathematician</em></h3>
  <p><b>Speaker:</b> Hannah Okafor (Mathematics)</p>
  <p>📅 <b>Thursday 20 March, 4:00 pm</b><br>
     📍 Lecture hall 2</p>
</div>

## Past talks

<div class="card">
  <h3><a href="/2031/03/13/caches/">Why caches forget</a></h3>

  <p><b>Speaker:</b> Lars Vennberg (Computing)</p>
  <p>📅 <b>Thursday 13 March, 4:00 pm</b><br>
     📍 Room B12</p>
</div>

<div class="card">
  <h3><a href="/2031/03/06/trees/">Counting trees in a forest</a></h3>

  <p><b>Speaker:</b> Priya Raman (Ecology)</p>
  <p>📅 <b>Thursday 6 March, 4:30 pm</b><br>
     📍 Room B12</p>
</div>
"""

WEEK_NL = """---
title: Rooster
---

import { Link } from '@example/components';

## maandag 6 oktober

| Tijd  | Spreker                                              | Onderwerp               |
| :---- | :--------------------------------------------------- | :---------------------- |
| 10:00 | <Link href={'sprekers#anouk'}>Anouk Verbeek</Link>   | Kleur in formulieren    |
| 14:00 | NTB                                                  | NTB                     |

## dinsdag 7 oktober

| Tijd  | Spreker                                  | Onderwerp             |
| :---- | :--------------------------------------- | :-------------------- | --- |
| 10:00 | Joost Hermans en Lotte Smit              | Toetsenbord eerst     |
| 14:00 | <Link href={'sprekers#bram'}>Bram Kok</Link> | Iconen op maat    |

## woensdag 8 oktober

| Tijd  | Spreker      | Onderwerp        |
| :---- | :----------- | :--------------- |
| 10:00 | NTB          | NTB              |
| 14:00 | Eva Dijkstra | Donkere modus    |
"""

WEEK_EN = """# Workshop week 2031

## Monday 3 March 2031

| Time  | Speaker       | Topic                 |
|-------|---------------|-----------------------|-----|
| 09:30 | Nadia Brookes | Shaders by hand       |
| 11:00 | TBA           | TBA                   |
| 14:00 | Keynote       |                       |
| 15:00 | Owen Marsh    | Sound for small games |
"""

GRID_IT = """<!DOCTYPE html>
<html><head><title>Orario</title></head>
<body>
<h1>Giornata del software libero 2031</h1>
<table>
<thead><tr><th></th><th>Aula A</th><th>Aula B</th><th>Aula C</th></tr></thead>
<tbody>
<tr><td>9:30 - 10:30</td><td>Editori di testo - Carla Benedetti</td><td>Stampa 3D - Marco Ruggeri</td><td> / </td></tr>
<tr><td>10:30 - 11:30</td><td>Radio amatoriale - Silvia Conti</td><td>Domotica Aperta - Paolo Rinaldi</td><td>Crittografia - Ettore</td></tr>
<tr><td>11:30 - 11:45</td><td colspan="3">PAUSA CAFFE</td></tr>
<tr><td>11:45 - 12:45</td><td>Mappe libere - Giulia Ferri</td><td> / </td><td>Robot agricoli - AGROLAB</td></tr>
</tbody></table>
</body></html>
"""

GRID_EN = """<!DOCTYPE html>
<html><head><title>Schedule</title></head>
<body>
<h1>Community Day 2031</h1>
<table>
<tr><th>Time</th><th>Main hall</th><th>Room 2</th><th>Room 3</th></tr>
<tr><td>10:00</td><td>Packaging pain - Rhea Dalton</td><td>Tiny web servers - Colm Fairley</td><td>–</td></tr>
<tr><td>11:00</td><td>Green Hosting - Martin Oakes</td><td>Data journalism - Tamsin</td><td>Accessible forms - Jodie Kerr</td></tr>
<tr><td>12:00</td><td>Lunch - Foyer</td><td>/</td><td>Mesh networks - NETLAB</td></tr>
</table>
</body></html>
"""


# ------------------------------------------------------------ by-lines of cards


def test_a_cards_linked_by_line_names_its_speakers_in_german() -> None:
    found = speakers_by_title(read(CARDS_DE, "zeitplan.md"))
    assert found["Datenbanken ohne Schema"] == ["Jana Winterfeld", "Olaf Brenner"]
    assert found["Tests, die niemand liest"] == ["Mira Falkenberg"]
    assert found["Queues im Alltag"] == ["Timo Lindqvist"]


def test_a_cards_linked_by_line_in_italian_leaves_the_by_word_out() -> None:
    found = speakers_by_title(read(CARDS_IT, "programma.md"))
    assert found["Compilatori per curiosi"] == ["Lucia Ferrandi"]
    assert found["Archivi digitali"] == ["Greta Moroni"]
    assert "di Lucia Ferrandi" not in people_of(read(CARDS_IT, "programma.md"))


def test_an_unlinked_particle_by_line_and_an_invitation_name_no_speaker() -> None:
    programme = read(CARDS_DE, "zeitplan.md")
    found = speakers_by_title(programme)
    # "von Karla Ostermann (Verein)": "von" may be her name's particle, nothing links it
    assert found["Begrüßung"] == []
    assert found["Offene Runde"] == []  # "von DIR?!": whoever comes, no one
    assert "MITTAGESSEN" in found and found["MITTAGESSEN"] == []


# ------------------------------------------------- seminar cards, time under title


def test_seminar_cards_with_their_place_under_the_time_keep_their_times_in_spanish() -> None:
    programme = read(SEMINAR_ES, "index.md")
    assert speakers_by_title(programme) == {
        "Ondas en medios granulares": ["Rocío Albarracín"],
        "Vidrios que fluyen": ["Tomás Iribarren"],
        "Redes de neuronas artificiales": ["Ignacio Sosa"],
    }
    starts = starts_by_title(programme)
    assert starts["Ondas en medios granulares"] == datetime(2031, 10, 10, 15, 0)
    assert starts["Redes de neuronas artificiales"] == datetime(2031, 9, 26, 15, 30)


def test_seminar_cards_under_two_headings_are_three_talks_in_english() -> None:
    found = speakers_by_title(read(SEMINAR_EN, "index.md"))
    assert found["Why caches forget"] == ["Lars Vennberg"]
    assert found["Counting trees in a forest"] == ["Priya Raman"]
    assert found["Proof assistants for the working mathematician"] == ["Hannah Okafor"]


# -------------------------------------------------- slots not decided, stray column


def test_dutch_tables_drop_open_slots_and_read_a_table_with_a_stray_column() -> None:
    programme = read(WEEK_NL, "rooster.md")
    found = speakers_by_title(programme)
    assert "NTB" not in found
    assert found["Toetsenbord eerst"] == ["Joost Hermans", "Lotte Smit"]
    assert found["Iconen op maat"] == ["Bram Kok"]
    assert found["Donkere modus"] == ["Eva Dijkstra"]
    assert starts_by_title(programme)["Toetsenbord eerst"].date().day == 7  # type: ignore[union-attr]


def test_an_english_table_with_a_stray_column_drops_tba_but_keeps_an_unnamed_keynote() -> None:
    programme = read(WEEK_EN, "week.md")
    found = speakers_by_title(programme)
    assert "TBA" not in found
    assert found["Shaders by hand"] == ["Nadia Brookes"]
    assert found["Sound for small games"] == ["Owen Marsh"]
    assert "Keynote" in found  # a slot's kind with no one yet is still on the schedule


def test_not_decided_is_narrower_than_a_placeholder() -> None:
    for said in ("NTB", "n.t.b.", "TBA", "t.b.d.", "N.N.", "Por definir", "nog te bepalen"):
        assert not_decided(said), said
    for said in ("Keynote", "Speaker 3", "Organisers", "Opening", "Notebook"):
        assert not not_decided(said), said


def test_dutch_en_joins_two_speakers_but_not_a_name_and_a_place() -> None:
    assert [p.name for p in split_speakers("Bo Li en Ana Ruiz")] == ["Bo Li", "Ana Ruiz"]
    assert split_speakers("Ana Ruiz en Madrid") == []


def test_a_well_formed_table_is_read_as_before() -> None:
    text = WEEK_EN.replace(
        "|-------|---------------|-----------------------|-----|",
        "|-------|---------------|-----------------------|",
    )
    found = speakers_by_title(read(text, "week.md"))
    assert found["Shaders by hand"] == ["Nadia Brookes"]
    assert "TBA" not in found


# ----------------------------------------------------------- grids of rooms


def test_an_italian_grid_reads_its_ambiguous_cells_by_its_own_convention() -> None:
    programme = read(GRID_IT, "orario.html")
    found = speakers_by_title(programme)
    assert "/" not in found  # an empty room at that hour
    assert found["Domotica Aperta"] == ["Paolo Rinaldi"]  # both sides shaped as names
    assert found["Crittografia"] == ["Ettore"]  # one name, as the grid writes it
    assert found["Editori di testo"] == ["Carla Benedetti"]
    # a lab's acronym after the dash is no one: the cell stays as written
    assert found["Robot agricoli - AGROLAB"] == []


def test_an_english_grid_reads_its_cells_the_same_way_and_leaves_breaks_alone() -> None:
    programme = read(GRID_EN, "schedule.html")
    found = speakers_by_title(programme)
    assert "/" not in found and "–" not in found
    assert found["Green Hosting"] == ["Martin Oakes"]
    assert found["Data journalism"] == ["Tamsin"]
    assert "Foyer" not in people_of(programme)
    assert "NETLAB" not in people_of(programme)


def test_a_grid_with_few_signed_cells_keeps_its_ambiguous_cells() -> None:
    text = GRID_EN.replace("Packaging pain - Rhea Dalton", "Packaging pain").replace(
        "Tiny web servers - Colm Fairley", "Tiny web servers"
    )
    found = speakers_by_title(read(text, "schedule.html"))
    # no convention to follow: a cell alone that could be either way stays as written
    assert found["Green Hosting - Martin Oakes"] == []
    assert found["Data journalism - Tamsin"] == []
