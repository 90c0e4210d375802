"""Conventions met on real programme pages (issue 33, real set ``pages4``), in fixtures
of our own words: open slots of a grid written as dashes, a room named in an aside
without a colon (``(Raum "Studio")``), a slot's facts as a list of stressed one-word
labels (``**Lugar**: …``), a title field not known yet (``**Tema**: [por definir]``),
one cell that lists several speakers each with a ``Title:`` line and a chair's line,
a panel's moderator, a handle in a column of speakers."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.fields import room_aside
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "page.md") -> Programme:
    return parse_programme(text.encode(), name)


def _titles(p: Programme) -> list[str]:
    return [t.title for t in p.talks]


def _people(p: Programme) -> set[str]:
    return {s.name for t in p.talks for s in t.speakers} | {r.person.name for r in p.roles}


def test_a_room_aside_needs_no_colon_when_a_name_follows_the_rooms_word() -> None:
    assert room_aside('Raum "Studio"') == "Studio"
    assert room_aside("Room 4.02") == "4.02"
    assert room_aside("Salle Lovelace") == "Lovelace"
    assert room_aside("room for questions") == ""
    assert room_aside("Chair: Ana Ruiz") == ""
    assert room_aside("30 min") == ""


OPEN_GRID = """<h1>Hackfest Kiel 2025</h1>
<h2>Sonntag, 7. September 2025</h2>
<table>
<thead><tr><th>Zeit</th><th><img src="a.png"></th><th><img src="b.png"></th></tr></thead>
<tbody>
<tr><td>10:00 - 10:30</td><td colspan="2"><strong>Begrüßung</strong> (Raum "Werft")</td></tr>
<tr><td>10:30 - 11:15</td><td>--</td><td>--</td></tr>
<tr><td>11:30 - 12:15</td><td>–</td><td>–</td></tr>
<tr><td>14:00 - 14:45</td>
<td colspan="2"><strong>Löten für Einsteiger</strong> (Raum "Werft")</td></tr>
</tbody>
</table>
"""


def test_open_slots_written_as_dashes_are_no_talks_and_a_quoted_room_leaves_the_title() -> None:
    p = _read(OPEN_GRID, "ablauf.html")
    titles = _titles(p)
    assert not [t for t in titles if not t.strip(" -–")]
    assert "Löten für Einsteiger" in titles
    assert not [t for t in titles if "Raum" in t]


FIELDS = """# Jornada de Datos Abiertos

## Martes 4 de marzo de 2025

### 09:00 - 09:30 | Bienvenida
- **Lugar**: Vestíbulo
- **Detalle**: entrega de acreditaciones
- **Encargados**: Equipo local

### 09:30 - 10:15 | Conferencia inaugural
- **Lugar**: Salón de actos
- **Tema**: [por definir]
- **Ponente**: por confirmar

### 10:15 - 10:45 | Descanso
- **Lugar**: Patio
- **Detalle**: café
"""


def test_stressed_one_word_labels_are_fields_never_people() -> None:
    p = _read(FIELDS)
    assert not {"Lugar", "Detalle", "Encargados", "Tema", "Ponente"} & _people(p)


def test_a_title_field_not_known_yet_leaves_the_headings_title() -> None:
    p = _read(FIELDS)
    titles = _titles(p)
    assert "Conferencia inaugural" in titles
    assert not [t for t in titles if "definir" in t]


CELL = """<h1>Alpine Data Forum 2024</h1>
<h2>Tuesday, 3 September 2024</h2>
<table>
<tr><th>From</th><th>To</th><th>Slot</th><th>Speakers</th></tr>
<tr><td>9:00am</td><td>9:40am</td><td>Keynote</td>
<td>Noor Haddad (Lakeside University)<br><em>Title: TBD</em>
<br><em>Chair: Pavel Novak (CTU)</em></td></tr>
<tr><td>10:00am</td><td>11:00am</td><td>Lightning Talks</td>
<td>Elif Arslan (Bosporus AI)
<br><em>Title: Sampling rivers from space</em>
<br>Kwame Mensah (Accra Labs)
<br><em>Title: TBD</em>
<br><em>Session Chair: Pavel Novak (CTU)</em></td></tr>
<tr><td>11:00am</td><td>11:20am</td><td>Coffee Break</td><td></td></tr>
<tr><td>11:20am</td><td>12:00pm</td><td>Panel Discussion</td>
<td>Panelists: Noor Haddad, Elif Arslan, Kwame Mensah
<br><em>Moderator: Sofia Lindgren (KTH)</em></td></tr>
</table>
"""


def test_speakers_each_followed_by_a_title_line_in_one_cell_are_a_talk_each() -> None:
    p = _read(CELL, "program.html")
    by_speaker = {tuple(s.name for s in t.speakers): t for t in p.talks}
    assert by_speaker[("Elif Arslan",)].title == "Sampling rivers from space"
    assert ("Kwame Mensah",) in by_speaker  # "Title: TBD": a talk still, title unknown
    keynote = by_speaker[("Noor Haddad",)]
    assert keynote.title == "Keynote"
    assert keynote.start == datetime(2024, 9, 3, 9, 0)
    assert not [
        s
        for t in p.talks
        for s in t.speakers
        if "Title" in s.name or "Title" in " ".join(s.affiliations)
    ]
    assert "Pavel Novak" in {r.person.name for r in p.roles if r.role == "chair"}


def test_a_panels_moderator_sits_on_the_panel() -> None:
    p = _read(CELL, "program.html")
    panel = next(t for t in p.talks if t.title == "Panel Discussion")
    assert {s.name for s in panel.speakers} >= {"Noor Haddad", "Sofia Lindgren"}


CARDS = """<h1>Byte Bay Meetup 2023</h1>
<p>Saturday, 2 December 2023</p>
<div class="talks">
<div class="talk"><div class="at">Room 1<br>14:00 ~ 14:30</div>
<div class="speaker">Hana Kobayashi</div>
<div class="topic">Typed configs for small teams</div></div>
<div class="talk"><div class="at">Room 1<br>14:40 ~ 15:10</div>
<div class="speaker">zed_tinker</div><div class="topic">A keyboard firmware in a weekend</div></div>
<div class="talk"><div class="at">Room 1<br>15:20 ~ 15:50</div>
<div class="speaker">Oskar Brandt</div><div class="topic">Logs nobody reads</div></div>
<div class="talk"><div class="at">Room 1<br>16:00 ~ 16:30</div>
<div class="speaker">Leila Haddadi</div><div class="topic">Search that forgives typos</div></div>
</div>
"""


def test_a_handle_in_a_column_of_speakers_is_that_cards_speaker() -> None:
    p = _read(CARDS, "sessions.html")
    talk = next(t for t in p.talks if t.title == "A keyboard firmware in a weekend")
    assert [s.name for s in talk.speakers] == ["zed_tinker"]


def test_a_place_or_an_items_words_in_other_languages_are_no_persons_name() -> None:
    from confnotes.importers.persons import is_person_name

    for words in ("Salão Nobre", "Setor Azul", "Hörsaal Drei", "Sessão Plenária"):
        assert not is_person_name(words), words
    assert not is_person_name("Apresentação de Trabalhos Orais")
    assert is_person_name("Marco Sala")  # a family name that is also a room's word


ROWS = """<h2>Programação</h2>
<table>
<tr><td colspan="2">12 de Março de 2024</td></tr>
<tr><td>14:00 - 16:00</td>
<td>Apresentação de Trabalhos em Pôster (Sessão C) - Salão Nobre (Bloco Azul)</td></tr>
<tr><td>16:00 - 17:00</td><td>Oficina “Mapas com dados abertos” - Profa. Joana Prates</td></tr>
</table>
"""


def test_a_rooms_words_after_a_dash_are_no_speaker() -> None:
    p = _read(ROWS, "programacao.html")
    assert "Joana Prates" in _people(p)
    assert not {"Salão Nobre", "Bloco Azul"} & _people(p)
