"""Stop 69, persons: places and organisations on template pages are nobody, and a
position after a comma stays with its person. Fixtures written for these tests, in our
own words (English, Spanish, German, French, Portuguese)."""

from __future__ import annotations

import pytest

from confnotes.importers.persons import is_person_name, split_speakers
from confnotes.importers.places import names_a_place

from .importing import people_of, read, speakers_by_title

# ----------------------------------------------------------- places are no people


@pytest.mark.parametrize(
    "place",
    ["Buenos Aires", "Sao Paulo", "São Paulo", "SAO PAULO", "Kuala Lumpur", "Mexico City"],
)
def test_a_city_of_several_words_is_no_person(place: str) -> None:
    assert names_a_place(place)
    assert not is_person_name(place)
    assert not is_person_name(place, single_ok=True)


@pytest.mark.parametrize(
    "name", ["Santiago Ruiz", "Paris Lee", "Florence Welch", "Victoria Chen", "Sofia Berg"]
)
def test_people_whose_given_name_is_a_city_stay_people(name: str) -> None:
    assert not names_a_place(name)
    assert is_person_name(name)


def test_a_single_word_city_is_not_judged_a_place() -> None:
    # Sofia, Adelaide, Victoria: zone cities and given names alike
    assert not names_a_place("Sofia")
    assert is_person_name("Victoria", single_ok=True)


# --------------------------------------------------- a position stays with its person


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz, Head of Data and Platform Engineering",
        "Ana Ruiz, VP Engineering & Operations",
        "Ana Ruiz, Directora de Datos y Plataforma",
        "Lena Vogt, Leiterin Daten und Plattform",
        "Jean Dupont, Directeur des Données et Infrastructure",
    ],
)
def test_a_position_holding_a_conjunction_is_one_persons(line: str) -> None:
    assert [p.name for p in split_speakers(line)] == [line.split(",")[0]]


def test_an_organisation_after_the_position_is_the_affiliation() -> None:
    people = split_speakers("Ana Ruiz, Directora de Datos y Plataforma, Lumen Datos")
    assert [(p.name, p.affiliations) for p in people] == [("Ana Ruiz", ["Lumen Datos"])]


@pytest.mark.parametrize(
    "line",
    ["Ana Ruiz, CTO and Bo Lindqvist", "Ana Ruiz, CTO and Bo Lindqvist, CEO", "Ana Ruiz and Bo Li"],
)
def test_a_second_person_after_a_position_ending_on_its_job_stays(line: str) -> None:
    assert len(split_speakers(line)) == 2


# ------------------------------------------------------- columns that are no people

CITY_COLUMN = """# Night Owls Conf 2026

## Schedule, 3 June 2026

| Time  | Title                          | Speaker        | Company            | City          |
|-------|--------------------------------|----------------|--------------------|---------------|
| 09:00 | Lanterns in the data lake      | Mira Okafor    | Bluefin Analytics  | Buenos Aires  |
| 10:00 | How we stopped paging at night | Tomas Berg     | Nordlys Systems    | Los Angeles   |
| 11:00 | A garden of small services     | Priya Raman    | Quillwork Labs     | Kuala Lumpur  |
| 12:00 | Tests that read like stories   | Jonas Feld     | Harbor Freight Co  | Tel Aviv      |
"""


def test_a_city_column_beside_the_speakers_adds_no_one() -> None:
    programme = read(CITY_COLUMN, "night-owls.md")
    assert speakers_by_title(programme)["Lanterns in the data lake"] == ["Mira Okafor"]
    assert people_of(programme) == {"Mira Okafor", "Tomas Berg", "Priya Raman", "Jonas Feld"}


SPANISH_NO_SPEAKERS = """# Jornadas de Código 2026

## Programa, 12 de marzo de 2026

| Hora  | Charla                          | Empresa              | Ciudad        |
|-------|---------------------------------|----------------------|---------------|
| 09:00 | Bienvenida                      | Comité Organizador   | Buenos Aires  |
| 10:00 | Datos abiertos en la ciudad     | Lumen Datos          | Santo Domingo |
| 11:00 | Pruebas sin miedo               | Cóndor Software      | La Paz        |
| 12:00 | Arquitecturas que envejecen bien| Pampa Cloud          | San Juan      |
"""


def test_cities_and_companies_of_a_page_without_speakers_are_nobody() -> None:
    programme = read(SPANISH_NO_SPEAKERS, "jornadas.md")
    assert len(programme.talks) == 4
    assert people_of(programme) == set()


COMPANY_COLUMN = """# Jornadas de Código 2026

## Programa, 12 de marzo de 2026

| Hora  | Charla                           | Empresa            |
|-------|----------------------------------|--------------------|
| 09:00 | Datos abiertos en la ciudad      | Lumen Datos        |
| 10:00 | Pruebas sin miedo                | Cóndor Software    |
| 11:00 | Arquitecturas que envejecen bien | Pampa Nube         |
| 12:00 | Colas de mensajes sin drama      | Ruiz Consultores   |
| 13:00 | El arte de borrar código         | Vega Tecnologia    |
"""


def test_a_company_column_shaped_like_names_is_no_speaker_column() -> None:
    programme = read(COMPANY_COLUMN, "empresas.md")
    assert len(programme.talks) == 5
    assert people_of(programme) == set()


GERMAN_SPEAKERS = """# Sommerkonferenz 2026

## Programm, 8. Juli 2026

| Zeit  | Vortrag                          | Referent        | Firma              |
|-------|----------------------------------|-----------------|--------------------|
| 09:00 | Kleine Dienste, große Wirkung    | Lena Vogt       | Blaue Welle Studio |
| 10:00 | Tests, die Geschichten erzählen  | Paris Lee       | Nordwind Labs      |
| 11:00 | Daten im Fluss                   | Santiago Ruiz   | Kompass Daten      |
| 12:00 | Wenn der Server schläft          | Victoria Chen   | Funkturm Digital   |
| 13:00 | Lieder über Logdateien           | Florence Welch  | Hafenlicht         |
"""


def test_a_speaker_column_keeps_people_named_like_places() -> None:
    programme = read(GERMAN_SPEAKERS, "sommer.md")
    assert speakers_by_title(programme)["Daten im Fluss"] == ["Santiago Ruiz"]
    assert people_of(programme) == {
        "Lena Vogt",
        "Paris Lee",
        "Santiago Ruiz",
        "Victoria Chen",
        "Florence Welch",
    }
    by_name = {p.name: p for t in programme.talks for p in t.speakers}
    assert by_name["Paris Lee"].affiliations == ["Nordwind Labs"]


UNHEADED_NAMES = """# Nordic Data Week 2026

## Programme, 2 September 2026

| Time  | Talk                             | Who              |
|-------|----------------------------------|------------------|
| 09:00 | Lanterns in the data lake        | Mira Okafor      |
| 10:00 | How we stopped paging at night   | Paris Lee        |
| 11:00 | A garden of small services       | Santiago Ruiz    |
| 12:00 | Tests that read like stories     | Florence Welch   |
| 13:00 | The quiet art of retries         | Victoria Chen    |
"""


def test_a_column_of_names_only_stays_people() -> None:
    programme = read(UNHEADED_NAMES, "nordic.md")
    assert speakers_by_title(programme)["A garden of small services"] == ["Santiago Ruiz"]
    assert len(people_of(programme)) == 5


VENUE_TABLE = """<html><body><h1>Data Harbour Days 2026</h1><h2>Programme - 14 May 2026</h2>
<table>
<tr><th>Time</th><th>Session</th><th>Venue</th></tr>
<tr><td>09:00</td><td>Opening words from the crew</td><td>Buenos Aires</td></tr>
<tr><td>10:00</td><td>Streams that never sleep</td><td>Sao Paulo</td></tr>
<tr><td>11:00</td><td>Cheap tricks for faster queries</td><td>Mexico City</td></tr>
<tr><td>13:30</td><td>Debugging the weather model</td><td>Hong Kong</td></tr>
</table></body></html>
"""


def test_a_venue_column_of_cities_invents_no_one() -> None:
    assert people_of(read(VENUE_TABLE, "harbour.html")) == set()
