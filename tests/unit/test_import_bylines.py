"""By-lines as hands write them: against the comma, opened by a title, names in capitals,
initials against the surname; and the lines of a paragraph a ``<br>`` apart, each a talk."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.headings import read_heading
from confnotes.importers.persons import is_person_name, split_speakers
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date, line_date


def _read(text: str) -> tuple[str, list[str]]:
    talk = read_heading(text, 2024)
    return talk.title, [p.name for p in talk.speakers]


def test_initials_against_the_surname_are_a_name() -> None:
    assert [p.name for p in split_speakers("T.Ormazábal")] == ["T. Ormazábal"]
    assert [p.name for p in split_speakers("K.L.Varga")] == ["K.L. Varga"]
    assert _read("Redes neuronales,por T.Ormazábal") == ("Redes neuronales", ["T. Ormazábal"])
    assert _read("Compiladores, por K.L.Varga :)") == ("Compiladores", ["K.L. Varga"])


def test_a_by_line_is_no_affiliation() -> None:
    assert split_speakers("Grafos y Redes, por T. Ormazábal") == []


def test_a_title_after_a_comma_opens_the_by_line() -> None:
    assert _read("Suture du genou, Drs Odile FERRAND et Basile MOREAU") == (
        "Suture du genou",
        ["Odile FERRAND", "Basile MOREAU"],
    )
    assert _read("Le rein en 2030 ?, Pr Anselme VIGUIER") == (
        "Le rein en 2030 ?",
        ["Anselme VIGUIER"],
    )
    assert _read("Hygiene, Dr Lena Brugg und Prof. Dr. Oswin Kehl") == (
        "Hygiene",
        ["Lena Brugg", "Oswin Kehl"],
    )
    # no title, no by-line: words after a comma stay the title's
    assert _read("Kidneys, Livers and Hearts") == ("Kidneys, Livers and Hearts", [])


def test_a_title_vouches_for_capitals_and_a_surname_alone() -> None:
    assert is_person_name("Ottavio DI MARCO")  # a surname's particle in capitals too
    assert [p.name for p in split_speakers("Pr Oswin KEHL")] == ["Oswin KEHL"]
    assert [p.name for p in split_speakers("Prof. Dr. Brugg")] == ["Brugg"]
    assert split_speakers("PR Reviews") == []  # capitals: no title, a title's words
    assert not is_person_name("GPU ML")


def test_a_day_number_before_a_whole_date() -> None:
    assert find_date("Day 2 November 19, 2024", 2024) == (date(2024, 11, 19), True)
    assert find_date("2 November", 2024) == (date(2024, 11, 2), False)
    assert line_date("| Hora | Dia 1 | Dia 2 |", 2024) is None  # nothing relative to today


_PAGE = """<h1>Programme 2031</h1>
<h4>08h30 : accueil</h4>
<h4>09h00</h4>
    <p>Modérateurs : Dr Irène Pascalon et Dr Basile Moreau</p>
<h5>ATELIER 1</h5>
<p>Suture du genou, Drs Odile FERRAND et Basile MOREAU <br>
Le rein en 2030 ?, Pr Anselme VIGUIER</p>
<h4>10h30 – PAUSE CAFÉ</h4>
<h4>10h45</h4>
<h5>ATELIER 2</h5>
<p>Greffes et rejets, Dr Aude Marchal <br>
Cartilage et sport, Dr Lucien Berthe <br>
Os et titane, Pr Inès Caradec</p>
<h4>12h30 – DÉJEUNER</h4>
"""


def test_lines_a_br_apart_under_a_time_heading_are_its_talks() -> None:
    programme = parse_programme(_PAGE.encode(), "programme.html")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks if t.speakers}
    assert talks == {
        "Suture du genou": ["Odile FERRAND", "Basile MOREAU"],
        "Le rein en 2030 ?": ["Anselme VIGUIER"],
        "Greffes et rejets": ["Aude Marchal"],
        "Cartilage et sport": ["Lucien Berthe"],
        "Os et titane": ["Inès Caradec"],
    }


_RST = """Programme
=========

.. raw:: html

   <div class="programme">

   <table>
        <tr><th>Day 2 - March 9, 2031</th></tr>
   </table>

   <table>
        <tr>
            <th>Time</th>
            <th>Session</th>
            <th>Speaker</th>
        </tr>

        <tr>
            <td>09:00 - 09:10</td>
            <td>Morning Bells</td>
            <td></td>
        </tr>
        <tr>
            <td>09:10 - 10:00</td>
            <td>Tide tables in plain Python</td>
            <td>Marisol Quan</td>
        </tr>
        <tr>
            <td>10:00 - 10:30</td>
            <td>Counting herons with cameras</td>
            <td>Pieter Ooms</td>
        </tr>
   </table>
   </div>
"""


def test_rst_raw_html_is_one_page_its_lone_cell_the_day() -> None:
    from confnotes.importers import doctree

    doc = doctree.parse(_RST)
    assert "code" not in [n.kind for n in doc.root.walk()]  # rows indented deeper: no code
    programme = parse_programme(_RST.encode(), "schedule.rst")
    talks = {t.title: ([p.name for p in t.speakers], t.start) for t in programme.talks}
    assert talks["Tide tables in plain Python"] == (["Marisol Quan"], datetime(2031, 3, 9, 9, 10))
    assert talks["Counting herons with cameras"][0] == ["Pieter Ooms"]
    # the speakers' column is empty beside it: two capitalised words are a title here
    assert talks["Morning Bells"][0] == []


def test_a_slot_names_its_chairs_and_a_heading_ends_on_its_line() -> None:
    programme = parse_programme(_PAGE.encode(), "programme.html")
    chairs = sorted(r.person.name for r in programme.roles if r.role == "chair")
    assert chairs == ["Basile Moreau", "Irène Pascalon"]
    page = "<h2>Programme</h2>\n  <h4>09h20 : ouverture</h4>\n    <p>Pr Irène PASCALON</p>\n"
    opening = parse_programme(page.encode(), "opening.html").talks
    assert [(t.title, [p.name for p in t.speakers]) for t in opening if t.speakers] == [
        ("ouverture", ["Irène PASCALON"])
    ]


_NO_TIMES = """<h1>Доклады</h1>
<table>
  <tr><th colspan="3">Утро</th></tr>
  <tr><td><img src="a.png"></td><td>Ольга Миронова</td><td>«Кэши, которые врут»</td></tr>
  <tr><td><img src="b.png"></td><td>Степан Ильин</td><td>«Сборка без боли»</td></tr>
  <tr><th colspan="3">Перерыв</th></tr>
  <tr><td><img src="c.png"></td><td>Студия «Грань»</td><td>«Сайты малого города»</td></tr>
</table>
"""

_SPEAKERS_TABLE = """<h1>Speakers</h1>
<table>
  <tr><td>Ida Marsh</td><td>Northwind Freight</td></tr>
  <tr><td>Tomas Brandt</td><td>University of Quillford</td></tr>
  <tr><td>Lena Brugg</td><td>Brugg Labs</td></tr>
</table>
"""


def test_rows_of_a_name_beside_a_title_are_talks_without_times() -> None:
    programme = parse_programme(_NO_TIMES.encode(), "doklady.html")
    talks = {t.title.strip("«»"): [p.name for p in t.speakers] for t in programme.talks}
    assert talks["Кэши, которые врут"] == ["Ольга Миронова"]
    assert talks["Сборка без боли"] == ["Степан Ильин"]
    assert talks["Сайты малого города"] == []  # a studio is no speaker
    speakers = parse_programme(_SPEAKERS_TABLE.encode(), "speakers.html")
    assert not any(t.title == "Northwind Freight" for t in speakers.talks)


def test_the_whole_page_as_one_note_keeps_every_line_a_reader_sees() -> None:
    from confnotes.importers.programme import Programme, ProgrammeTalk
    from confnotes.importers.readings import fit

    page = (
        "<h2>Programm</h2>\n<div>\n  <p>Einlass ab 8 Uhr</p>\n  <p>Grußwort der Stadt</p>\n</div>\n"
    )
    whole = Programme(name="Programm", format="html")
    whole.talks.append(ProgrammeTalk(title="Programm", kind="other", body=page))
    _score, evidence = fit(whole, page)
    assert "100% kept" in evidence


_PARALLEL = """<h1>Tagung 2031</h1>
<table>
  <thead><tr><th colspan="3">Day 2 March 19, 2031</th></tr></thead>
  <tr><td>09:00 - 09:20</td><td><b>Opening</b><br>Vera Lind</td><td></td></tr>
  <tr><td></td><td>Track A: Data (Room: Aula)</td><td>Track B: Systems (Room: Kapelle)</td></tr>
  <tr>
    <td>09:30 - 10:00</td>
    <td><b>Full Paper #4: "Counting Sheep at Scale"</b><br>Ola Berg and Ida Marsh</td>
    <td><b>Short Paper #9: "Kernels Without Tears"</b><br>Tomas Brandt</td>
  </tr>
</table>
"""


def test_talks_side_by_side_each_in_its_column() -> None:
    programme = parse_programme(_PARALLEL.encode(), "tagung.html")
    talks = {t.title: ([p.name for p in t.speakers], t.start) for t in programme.talks}
    assert talks["Opening"] == (["Vera Lind"], datetime(2031, 3, 19, 9, 0))
    assert talks["Counting Sheep at Scale"] == (
        ["Ola Berg", "Ida Marsh"],
        datetime(2031, 3, 19, 9, 30),
    )
    assert talks["Kernels Without Tears"] == (["Tomas Brandt"], datetime(2031, 3, 19, 9, 30))


_CARDS = """<div class="speakers">
  <div class="card">
    <h3>Ida Marsh</h3>
    <p>Northwind Freight<br><a href="https://example.org/ida">@ida</a></p>
    <p>Ida builds routing software for ferries and writes about it.</p>
    <p>Keynote</p>
    <h2>Schedules That Survive the Weather</h2>
    <p>What a timetable owes the people who wait for it.</p>
  </div>
  <div class="card">
    <h3>Tomas Brandt</h3>
    <p>Quillford Labs</p>
    <p>Tomas teaches compilers and keeps bees.</p>
    <h2>Parsing Honey Labels</h2>
    <p>A grammar for jars.</p>
  </div>
</div>
"""


def test_speaker_cards_whose_talk_is_a_higher_heading_under_the_bio() -> None:
    programme = parse_programme(_CARDS.encode(), "speakers.html")
    talks = {t.title: ([p.name for p in t.speakers], t.kind) for t in programme.talks}
    assert talks["Schedules That Survive the Weather"] == (["Ida Marsh"], "keynote")
    assert talks["Parsing Honey Labels"] == (["Tomas Brandt"], "talk")
    assert all(
        t.speakers == [] for t in programme.talks if t.title in ("Ida Marsh", "Tomas Brandt")
    )
