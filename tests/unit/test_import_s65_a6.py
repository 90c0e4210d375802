"""Stop 65, helper a6: a slot's chair in its head line or in a person's aside, a host
beside an italic item, a speaker named on stage in notes, shared family names and titles
before a name. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme
from tests.unit.importing import read as _read


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def _chairs(programme: Programme) -> set[str]:
    return {r.person.name for r in programme.roles if r.role == "chair"}


def _speaking(programme: Programme) -> set[str]:
    return {p.name for t in programme.talks for p in t.speakers}


# ------------------------------------------- "Keynote, Chair: Name" over speaker and title

_KEYNOTE_CHAIRED = """# Programme

## Monday 3 March 2025

* 08:45 Doors open, coffee
* 09:10 Keynote, Chair: Henrike Solberg<br>
  Tomasz Wielgosz<br>
  <span onclick="toggle(this)">_Weaving type systems into old compilers_</span>
  <span style="display: none;"><b>Affiliation:</b> Lakeside Institute</span>
* 10:15 Session A
* 12:00 Lunch

## Tuesday 4 March 2025

* 09:10 Keynote, Chair: Odile Marchetti<br>
  Rafaela Quintana<br>
  _Probabilistic traces of distributed builds_
* 10:15 Session B
"""

_PLENARIA = """# Programa

## Jueves 12 de junio de 2025

- 09:00 Conferencia plenaria; Moderación: Inés Robledo
  Marcelo Aranguren
  *Suelos vivos y agricultura de precisión en la meseta*
- 10:30 Pausa café
- 11:00 Conferencia plenaria; Moderación: Julián Echeverri
  Dolores Abascal
  *Sequías largas y memoria de los ríos*
"""


def test_a_keynote_head_naming_its_chair_waits_for_speaker_and_title() -> None:
    programme = _read(_KEYNOTE_CHAIRED, "program.md")
    talks = _talks(programme)
    assert talks["Weaving type systems into old compilers"] == ["Tomasz Wielgosz"]
    assert talks["Probabilistic traces of distributed builds"] == ["Rafaela Quintana"]
    kinds = {t.title: t.kind for t in programme.talks}
    assert kinds["Weaving type systems into old compilers"] == "keynote"
    assert {"Henrike Solberg", "Odile Marchetti"} <= _chairs(programme)
    assert not {"Henrike Solberg", "Odile Marchetti"} & _speaking(programme)


def test_a_plenary_head_with_its_moderator_after_a_semicolon_in_spanish() -> None:
    programme = _read(_PLENARIA, "programa.md")
    talks = _talks(programme)
    assert talks["Suelos vivos y agricultura de precisión en la meseta"] == ["Marcelo Aranguren"]
    assert talks["Sequías largas y memoria de los ríos"] == ["Dolores Abascal"]
    assert not {"Inés Robledo", "Julián Echeverri"} & _speaking(programme)


def test_a_session_head_naming_its_chair_names_no_speaker() -> None:
    text = """# Programme

## Friday 7 November 2025

* 10:00 Session 3 - Chair: Ylva Brandt
* 10:05 Tomas Reiner: Counting cache misses by hand
* 10:30 Session 4 - Chair: Ylva Brandt
* 10:35 Amira Haddad: Lock-free queues in practice
"""
    programme = _read(text, "program.md")
    assert "Ylva Brandt" not in _speaking(programme)
    assert "Ylva Brandt" in _chairs(programme)
    assert _talks(programme)["Counting cache misses by hand"] == ["Tomas Reiner"]


# ------------------------------------------- "Name (moderator)" among a panel's people

_PANEL_TABLE = """<table>
<tr><th>Time</th><th>Title</th><th>Format</th><th>Speakers</th></tr>
<tr><td>10:00-10:40</td><td>Quiet rooms, loud data</td><td>Keynote</td>
<td>Harriet Lindqvist</td></tr>
<tr><td>11:00-12:00</td><td>Who owns the pipeline?</td><td>Panel</td>
<td><table><tr><td>Samuel Okafor<br>(moderator)</td><td>Greta Holm</td>
<td>Pavel Dvorak</td></tr></table></td></tr>
<tr><td>12:00-12:40</td><td>Tiny models at the edge</td><td>Keynote</td><td>Lucia Ferraro</td></tr>
</table>
"""

_PANEL_RU = """<table>
<tr><th>Время</th><th>Тема</th><th>Формат</th><th>Спикер</th></tr>
<tr><td>10:00-10:40</td><td>Сон и память</td><td>Лекция</td><td>Мастер Лю Вэйминь</td></tr>
<tr><td>11:00-12:00</td><td>Город будущего</td><td>Панельная дискуссия</td>
<td><table><tr><td>Арсений Гладков<br>(модератор)</td><td>Полина Ершова</td>
<td>Тимур Валиев</td></tr></table></td></tr>
<tr><td>12:10-12:50</td><td>Как учиться взрослым</td><td>Лекция</td><td>Доктор Вера Лапина</td></tr>
</table>
"""


def test_a_moderator_aside_makes_a_chair_not_a_panellist() -> None:
    programme = _read(_PANEL_TABLE, "programme.html")
    talks = _talks(programme)
    assert talks["Who owns the pipeline?"] == ["Greta Holm", "Pavel Dvorak"]
    assert "Samuel Okafor" in _chairs(programme)
    assert "Samuel Okafor" not in _speaking(programme)


def test_a_russian_moderator_aside_and_titles_before_names() -> None:
    programme = _read(_PANEL_RU, "programme.html")
    talks = _talks(programme)
    assert talks["Город будущего"] == ["Полина Ершова", "Тимур Валиев"]
    assert "Арсений Гладков" in _chairs(programme)
    assert talks["Сон и память"] == ["Лю Вэйминь"]
    assert talks["Как учиться взрослым"] == ["Вера Лапина"]


def test_an_aside_holding_a_job_keeps_its_speaker() -> None:
    text = _PANEL_TABLE.replace("(moderator)", "(Chair of the Board, Fjordline)")
    programme = _read(text, "programme.html")
    assert "Samuel Okafor" in _talks(programme)["Who owns the pipeline?"]
    assert "Samuel Okafor" not in _chairs(programme)


def test_a_master_title_before_one_word_stays_the_name() -> None:
    assert [p.name for p in split_speakers("Master Shi Yanbin", single_ok=True)] == ["Shi Yanbin"]
    assert [p.name for p in split_speakers("Master Yoda", single_ok=True)] == ["Master Yoda"]


# ------------------------------------------- an italic opening's people host it

_ITALIC_TABLE = """# Workshop

### Monday
| Time | Speaker | Title |
|------|---------|-------|
| 9:00-9:10 | Ingrid and Tobias Lund | _Welcome and opening_ |
| 9:10-9:40 | Maren Oyelaran | Cold dark matter in dwarf galaxies |
| 9:40-10:10 | Kofi Mensah | Timing pulsars with small dishes |
| 10:10-10:30 | | _Coffee break_ |
| 10:30-11:00 | Lea Brunner | Dust lanes in nearby spirals |
| 11:00-11:10 | Tobias Lund | _Closing remarks_ |
"""

_ITALIC_HTML = """<h2>Programme</h2>
<table>
<tr><th>Heure</th><th>Intervenant</th><th>Titre</th></tr>
<tr><td>9h00</td><td>Claire Dubois</td><td><em>Accueil des participants</em></td></tr>
<tr><td>9h15</td><td>Hugo Lefebvre</td><td>Les glaciers alpins depuis 1850</td></tr>
<tr><td>10h00</td><td>Nadia Benali</td><td>Mesurer la neige par satellite</td></tr>
<tr><td>10h45</td><td></td><td><em>Pause café</em></td></tr>
<tr><td>11h15</td><td>Yann Morvan</td><td>Le pergélisol des Pyrénées</td></tr>
</table>
"""


def test_a_name_beside_an_italic_opening_hosts_it() -> None:
    programme = _read(_ITALIC_TABLE, "workshop.md")
    talks = _talks(programme)
    assert talks["Cold dark matter in dwarf galaxies"] == ["Maren Oyelaran"]
    assert talks["Welcome and opening"] == []
    assert talks["Closing remarks"] == []
    assert {"Ingrid Lund", "Tobias Lund"} <= _chairs(programme)
    assert not {"Ingrid Lund", "Tobias Lund"} & _speaking(programme)


def test_an_italic_welcome_in_a_french_html_table() -> None:
    programme = _read(_ITALIC_HTML, "programme.html")
    talks = _talks(programme)
    assert talks["Les glaciers alpins depuis 1850"] == ["Hugo Lefebvre"]
    assert "Claire Dubois" not in _speaking(programme)
    assert "Claire Dubois" in _chairs(programme)


def test_without_italic_breaks_an_opening_keeps_its_speaker() -> None:
    text = _ITALIC_TABLE.replace("_Coffee break_", "Coffee break")
    programme = _read(text, "workshop.md")
    assert "Ingrid Lund" in _speaking(programme)


# ------------------------------------------- "A and B Family"


_FAMILY_TABLE = """# Journée d'archéologie

## Programme

| Heure | Intervenants | Titre |
|-------|--------------|-------|
| 9h00 | Pierre et Marthe Girard | Deux vies de fouilles en Anatolie |
| 9h45 | Odette Lacombe | Meshes and Point Clouds |
| 10h30 | Rémi Fabre | Les tessons racontent |
"""


def test_a_people_cell_naming_two_of_one_family_gives_both_the_family_name() -> None:
    programme = _read(_FAMILY_TABLE, "programme.md")
    talks = _talks(programme)
    assert talks["Deux vies de fouilles en Anatolie"] == ["Pierre Girard", "Marthe Girard"]
    # the markdown test above: "Ingrid and Tobias Lund" in a speakers column
    assert {"Ingrid Lund", "Tobias Lund"} <= _chairs(_read(_ITALIC_TABLE, "workshop.md"))


def test_a_title_shaped_like_two_names_names_no_one() -> None:
    programme = _read(_FAMILY_TABLE, "programme.md")
    assert _talks(programme)["Meshes and Point Clouds"] == ["Odette Lacombe"]
    assert not {"Meshes Clouds", "Point Clouds"} & _speaking(programme)


def test_a_lone_given_name_last_stays_as_written() -> None:
    names = [p.name for p in split_speakers("Tobias Lund and Ingrid", single_ok=True)]
    assert names == ["Tobias Lund", "Ingrid"]


# ------------------------------------------- "### Keynote" notes naming who is on stage

_KEYNOTE_NOTES = """# Cloud Days 2024 — my notes

## Day 1 (2024-05-14)

### Keynote
* half the room still runs batch jobs overnight
* Margit Olander basically giving a tour of last year's launches
  * storage, queues, a new database
* migration stories from two retailers

### Scaling queues without tears
* partition by customer, not by region
"""

_KEYNOTE_NOTES_DE = """# Datentage 2024 – Notizen

## Tag 1 (2024-09-03)

### Keynote
* Saal voll, Stream hakt
* Joachim Brenner presents the roadmap for the next two releases
* viel zu Observability

### Tracing in der Praxis
* Sampling früh entscheiden
"""


def test_notes_under_a_keynote_name_who_is_giving_it() -> None:
    talks = _talks(_read(_KEYNOTE_NOTES, "notes.md"))
    assert talks["Keynote"] == ["Margit Olander"]


def test_notes_under_a_keynote_name_who_presents_it_in_other_words() -> None:
    talks = _talks(_read(_KEYNOTE_NOTES_DE, "notizen.md"))
    assert talks["Keynote"] == ["Joachim Brenner"]


def test_a_person_told_of_in_the_past_tense_gives_no_keynote() -> None:
    text = _KEYNOTE_NOTES.replace("basically giving a tour of", "gave a talk on")
    programme = _read(text, "notes.md")
    assert _talks(programme)["Keynote"] == []
    assert "Margit Olander" not in _speaking(programme)
