"""One reading of what a column holds, by its cells, for every reader (issue 33 item 3)."""

from __future__ import annotations

from confnotes.importers import doctree, pagetree, talk_levels, timetable
from confnotes.importers.columns import people_in, read_column, read_table, words_of
from confnotes.importers.registry import parse_programme


def test_a_column_of_times_dates_people_and_titles_is_told_by_its_cells() -> None:
    assert read_column(["09:00", "09:45 - 10:30", "11:15"]).role == "time"
    assert read_column(["12 May 2025", "13 May 2025", "14 May 2025"]).role == "date"
    assert read_column(["Ilse Vandamme", "Ruben Castillo (Accra Marine)", "A. Osei"]).role == (
        "people"
    )
    titles = ["Grain sorting on tidal flats", "Mud crabs as sediment engineers", "Storm layers"]
    assert read_column(titles).role == "text"


def test_whole_hour_ranges_are_a_column_of_times() -> None:
    column = read_column(["9 - 11", "11 - 13", "14 - 16"])
    assert column.role == "time" and column.hours


def test_a_header_word_tips_a_split_column_but_never_overrules_its_cells() -> None:
    cells = ["Ottavia Bellandi", "tba", "Opening words", "Closing words"]
    assert read_column(cells).role != "people"
    assert read_column(cells, words_of("Speaker")).role == "people"
    # a header naming where people work keeps its names of firms from being people
    firms = ["Boston Dynamics", "Harbour Works", "Kestrel Labs"]
    assert read_column(firms, words_of("Affiliation")).role != "people"
    # and a header saying "Speaker" over titles does not make them people
    assert (
        read_column(
            ["Grain sorting on tidal flats", "Storm layers in cores"], words_of("Speaker")
        ).role
        == "text"
    )


def test_rows_of_one_text_across_the_table_say_nothing_about_a_column() -> None:
    names = ["Coffee and welcome", "Marit Solberg", "Kwame Asante", "10 min break", "Lunch"]
    alone = [True, False, False, True, True]
    assert read_column(names).role == "text"
    assert read_column(names, alone=alone).role == "people"


def test_a_name_over_the_line_of_where_they_work_is_one_person() -> None:
    (person,) = people_in("Olga Ivanova\nSamsung")
    assert person.name == "Olga Ivanova" and person.affiliations == ["Samsung"]


def test_a_table_gets_one_title_an_end_and_the_affiliation_beside_its_people() -> None:
    rows = [
        ["10:10", "10:25", "Ilse Vandamme", "Solberg, Bergen", "Grain sorting on tidal flats"],
        ["10:25", "10:40", "Ruben Castillo", "Asante, Accra", "Mud crabs as sediment engineers"],
        ["13:05", "13:20", "Hedda Lindqvist", "Solberg, Bergen", "Storm layers in estuary cores"],
    ]
    assert read_table(rows) == ["time", "end", "people", "affiliation", "title"]


def test_every_reader_asks_the_same_classifier() -> None:
    rows = [["Keiko Yamada", "University of Tokyo"], ["Pablo Ortega", "Boston Dynamics"]]
    assert pagetree.column_roles(rows, header=["Name", "Affiliation"])[0] == "who"
    assert pagetree.column_roles(rows, header=["Name", "Affiliation"])[1] != "who"
    table = [["When", "What", "Who"], ["10:00", "Zoned namespaces", "Olga Ivanova"]]
    table.append(["10:45", "Erasure codes for small objects", "Tomás Herrera"])
    assert talk_levels.column_roles(table) == ["time", "title", "speaker"]


def test_a_timetable_reads_a_headerless_table_of_names_labs_and_titles() -> None:
    text = (
        "# Tidewater Day 2024\n\nHeld on 14 March 2024.\n\n"
        "|-------|---------------|---------|------------------------------|\n"
        "| 09:00 | **Coffee**    |         |                              |\n"
        "| 09:20 | Marit Solberg | Bergen  |                              |\n"
        "|       | **10 min break** |      |                              |\n"
        "| 10:10 | Ilse Vandamme | Bergen  | Grain sorting on tidal flats |\n"
        "| 10:25 | Ruben Castillo | Accra  | Mud crabs as sediment engineers |\n"
    )
    found = timetable.read(doctree.parse(text), "x.md", "markdown").programme
    by_title = {t.title: t for t in found.talks}
    crabs = by_title["Mud crabs as sediment engineers"]
    assert [p.name for p in crabs.speakers] == ["Ruben Castillo"]
    assert crabs.speakers[0].affiliations == ["Accra"]
    assert "Bergen" not in by_title  # a lab is no talk's title
    assert not any(t.title == "10 min break" and t.speakers for t in found.talks)


def test_days_side_by_side_each_take_the_hours_on_their_left() -> None:
    text = (
        "<table><tr><th>Heures</th><th>Lundi 12-05-2025</th><th>Heures</th>"
        "<th>Mardi 13-05-2025</th></tr>"
        "<tr><td>9:30</td><td>Exposé 1 : Léonie Marchand</td><td>9:15</td>"
        "<td>Exposé 4 : Anouk Verhaegen</td></tr>"
        "<tr><td>11:00</td><td>Exposé 2 : Baptiste Rouvière</td><td>10:45</td>"
        "<td>Exposé 5 : Samir Haddou</td></tr></table>"
    )
    found = timetable.read(doctree.parse(text), "x.html", "html").programme
    starts = {p.name: t.start for t in found.talks for p in t.speakers}
    assert str(starts["Anouk Verhaegen"]) == "2025-05-13 09:15:00"
    assert str(starts["Baptiste Rouvière"]) == "2025-05-12 11:00:00"


def test_a_column_its_header_calls_titles_holds_no_one_beside_the_speakers_column() -> None:
    rows = [
        ["1.", "Ana Lourenço", "Sistemas Distribuídos", "30 min"],
        ["2.", "Rui", "Computação Gráfica", "30 min"],
        ["3.", "Bea Matos", "Testes de carga com k6", "20 min"],
    ]
    roles = read_table(rows, ["", "Palestrante", "Tema", "Duração"])
    assert roles[1] == "people"
    assert roles[2] == "title"


def test_a_markdown_table_of_speakers_and_themes_keeps_its_themes_as_titles() -> None:
    text = """# Abende der Gruppe Nord

| Nr. | Referentin | Thema                   |
| --- | ---------- | ----------------------- |
| 1   | Edda       | Verteilte Datenbanken   |
| 2   | Kai Brenner| Funktionale Muster      |
| 3   | Lotte Sand | Logs, die man lesen kann |
"""
    programme = parse_programme(text.encode(), "abende.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks.get("Verteilte Datenbanken") == ["Edda"]
    assert talks.get("Funktionale Muster") == ["Kai Brenner"]
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "Verteilte Datenbanken" not in people
