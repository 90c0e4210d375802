# ruff: noqa: E501
"""Programme data files as people export them: a call-for-papers spreadsheet whose
header cells and answers run over several lines, YAML keyed by 12-hour clocks whose am
or pm the order of the day corrects, a title written as a list of its lines, two
presenters entered in one speaker's name fields, and a label whose titles name items,
not people."""

from __future__ import annotations

from confnotes.importers import keyed_records
from tests.unit.importing import people_of, read, speakers_by_title

CFP_EXPORT = (
    '"Status\r\n- YES - Confirmed\r\n- NO ",Track,First Name,Last name,Job Title,Company,'
    "Email,Title of the talk,Abstract of the talk ,Bio\r\n"
    ',,Ana Ruiz,,,,ana@example.org,Reading old code kindly,"Old code has stories.\n\n'
    'We read three of them together.","I maintain a parser.\nI like trains."\r\n'
    "YES,Main,Ravi Kumar B,,Engineer,Quay Labs,ravi@example.org,Schemas drawn from intent,"
    '"Start from the questions,\nthen draw the schema.",Ravi builds query engines.\r\n'
    "YES,Main,Bo,Lindqvist,,,bo@example.org,Queues without tears,A calm look at retries.,\r\n"
)


def test_cfp_spreadsheet_with_a_header_cell_over_several_lines_gives_its_talks() -> None:
    talks = speakers_by_title(read(CFP_EXPORT, "talks.csv"))
    assert talks == {
        "Reading old code kindly": ["Ana Ruiz"],
        "Schemas drawn from intent": ["Ravi Kumar B"],
        "Queues without tears": ["Bo Lindqvist"],
    }


def test_german_cfp_export_with_semicolons_and_a_multiline_header() -> None:
    text = (
        '"Zusage\n(ja / nein)";Vorname;Nachname;Jobtitel;Titel des Vortrags;Kurzfassung\n'
        'ja;Greta Weber;;Architektin;Kleine Dienste, große Wirkung;"Warum kleine Dienste\nreichen."\n'
        'ja;Jonas;Hoff;;Typen im Alltag;"Typen helfen.\nImmer."\n'
        "nein;Mira Ost;;Entwicklerin;Daten ohne Angst;Ein Blick auf Backups.\n"
    )
    talks = speakers_by_title(read(text, "einreichungen.csv"))
    assert talks["Kleine Dienste, große Wirkung"] == ["Greta Weber"]
    assert talks["Typen im Alltag"] == ["Jonas Hoff"]
    assert talks["Daten ohne Angst"] == ["Mira Ost"]
    assert "Architektin" not in talks  # the job title column is the person's, no talk's


def test_plain_csv_with_a_one_line_header_reads_as_before() -> None:
    text = (
        "date,presenter,title\n"
        '2025-03-01,Ana Ruiz,"Maps, tiles and you"\n'
        "2025-04-01,Bo Lindqvist,Queues without tears\n"
    )
    talks = speakers_by_title(read(text, "talks.csv"))
    assert talks == {"Maps, tiles and you": ["Ana Ruiz"], "Queues without tears": ["Bo Lindqvist"]}


def test_given_name_field_holding_a_title_is_no_person() -> None:
    text = (
        "First Name,Last name,Title of the talk\n"
        "Head of Design,,Colour in small screens\n"
        "Ana Ruiz,,Reading old code kindly\n"
        "Bo Lindqvist,,Queues without tears\n"
    )
    assert "Head of Design" not in people_of(read(text, "talks.csv"))


DAY_BY_CLOCKS = """# programme du jour
date: 2025-06-12
slots:
  '09:30 AM':
    title: 'Accueil'
  '10:50 AM':
  -
    speaker: 'Lucie Martin (lucie)'
    title: 'Le cache, sans larmes'
    location: 'Salle A'
  -
    speaker: 'Paul Girard'
    title:
      - 'Des schémas par intention'
      - 'Schemas drawn from intent'
    location: 'Salle B'
  '11:30 PM':
    title: 'Déjeuner'
  '12:30 AM':
  -
    speaker: 'Inès Roux'
    title: 'Lire du vieux code'
    location: 'Salle A'
  '2:00 PM':
  -
    speaker: 'Hugo Blanc'
    title: 'Files sans peur'
    location: 'Salle A'
"""


def test_yaml_keyed_by_quoted_clocks_gives_its_talks_and_speakers() -> None:
    talks = speakers_by_title(read(DAY_BY_CLOCKS, "schedule.yml"))
    assert talks["Le cache, sans larmes"] == ["Lucie Martin"]
    assert talks["Lire du vieux code"] == ["Inès Roux"]


def test_a_title_written_as_a_list_of_lines_is_its_first_line() -> None:
    talks = speakers_by_title(read(DAY_BY_CLOCKS, "schedule.yml"))
    assert talks["Des schémas par intention"] == ["Paul Girard"]


def test_clock_keys_whose_am_pm_contradicts_the_order_of_the_day_follow_the_order() -> None:
    starts = {
        t.title: t.start.strftime("%H:%M")
        for t in read(DAY_BY_CLOCKS, "schedule.yml").talks
        if t.start
    }
    assert starts["Le cache, sans larmes"] == "10:50"
    assert starts["Déjeuner"] == "11:30"  # written "11:30 PM" between morning and afternoon
    assert starts["Lire du vieux code"] == "12:30"  # written "12:30 AM" after it
    assert starts["Files sans peur"] == "14:00"


def test_spanish_yaml_keyed_by_clocks_reads_its_list_title_and_times() -> None:
    text = """'9:00 AM':
  title: 'Registro'
'10:00 AM':
- speaker: 'Marta Gil'
  title: ['Datos sin miedo', 'Data without fear']
- speaker: 'Luis Vega'
  title: 'Colas tranquilas'
'11:00 PM':
  title: 'Café'
'12:00 AM':
- speaker: 'Sara Ortiz'
  title: 'Mapas y teselas'
'1:00 PM':
- speaker: 'Pablo Ruiz'
  title: 'Cierre con datos'
"""
    programme = read(text, "agenda.yaml")
    talks = speakers_by_title(programme)
    assert talks["Datos sin miedo"] == ["Marta Gil"]
    assert talks["Mapas y teselas"] == ["Sara Ortiz"]
    clocks = {t.title: t.clock.strftime("%H:%M") for t in programme.talks if t.clock}
    assert clocks["Café"] == "11:00"
    assert clocks["Mapas y teselas"] == "12:00"


def test_clock_keys_that_rise_as_written_stay_as_written() -> None:
    assert keyed_records._clocks_by_order(["9:00 AM", "11:30 AM", "12:30 PM", "1:15 PM"]) == {}


def test_a_night_programme_past_midnight_stays_as_written() -> None:
    keys = ["8:00 PM", "10:00 PM", "11:30 PM", "12:30 AM", "1:00 AM"]
    assert keyed_records._clocks_by_order(keys) == {}


def test_most_keys_are_never_swapped_to_fit_an_order() -> None:
    keys = ["11:00 PM", "12:00 PM", "1:00 AM", "2:00 AM", "9:00 AM"]
    assert keyed_records._clocks_by_order(keys) == {}


def test_two_presenters_entered_in_one_speakers_given_and_family_fields() -> None:
    text = """rooms:
  - name: Zaal A
    slots:
      - from: '11:15'
        title: Webwinkels die nooit slapen
        speaker:
          first_name: Anouk Visser
          last_name: "& Pieter de Groot"
      - from: '12:00'
        title: Kaarten en tegels
        speaker:
          first_name: Sem
          last_name: Bakker
      - from: '13:00'
        title: Colas tranquilas
        speaker:
          first_name: Marta Gil
          last_name: y Luis Vega
"""
    talks = speakers_by_title(read(text, "program.yml"))
    assert talks["Webwinkels die nooit slapen"] == ["Anouk Visser", "Pieter de Groot"]
    assert talks["Colas tranquilas"] == ["Marta Gil", "Luis Vega"]
    assert talks["Kaarten en tegels"] == ["Sem Bakker"]


def test_a_family_name_holding_a_conjunction_stays_one_person() -> None:
    text = """talks:
  - time: '10:00'
    title: La razón vital
    speaker: {first_name: José, last_name: Ortega y Gasset}
  - time: '11:00'
    title: Kaarten en tegels
    speaker: {first_name: Sem, last_name: Bakker}
"""
    talks = speakers_by_title(read(text, "program.yml"))
    assert talks["La razón vital"] == ["José Ortega y Gasset"]


SHOWCASE = """date,presenter,title
2025-10-01,,Student showcase: viewAR
2025-10-01,,Student showcase: CivCity
2025-10-01,,Student showcase: Local Knowledge
2025-10-01,,Student showcase: WorldView
2025-11-05,Ana Ruiz,Maps for newsrooms
"""


def test_a_labels_series_of_items_names_no_one() -> None:
    programme = read(SHOWCASE, "talks.csv")
    assert "Local Knowledge" not in people_of(programme)
    assert people_of(programme) == {"Ana Ruiz"}


def test_german_labels_series_of_items_names_no_one() -> None:
    text = """datum;referent;titel
2025-10-01;;Projektvorstellung: Stadtgrün
2025-10-01;;Projektvorstellung: Hafen Digital
2025-10-01;;Projektvorstellung: Klaus Bauer
2025-10-01;;Projektvorstellung: RadNetz
2025-11-05;Greta Weber;Karten im Alltag
"""
    assert people_of(read(text, "vortraege.csv")) == {"Greta Weber"}


def test_a_label_that_names_speakers_in_most_titles_still_names_them() -> None:
    text = """date,presenter,title
2025-10-01,,Keynote: Ana Ruiz
2025-10-02,,Keynote: Bo Lindqvist
2025-10-03,,Keynote: Cem Kaya
2025-11-05,Dora Nagy,Maps for newsrooms
"""
    assert {"Ana Ruiz", "Bo Lindqvist", "Cem Kaya"} <= people_of(read(text, "talks.csv"))
