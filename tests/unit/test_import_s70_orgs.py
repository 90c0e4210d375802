"""Stop 70, organisations: an institution, a department or a field-named unit is never a
speaker, in whatever language it is written; a name glued to its institution by a full
stop is the person and where they work; a quoted title then its speaker is both."""

from __future__ import annotations

import pytest

from confnotes.importers.persons import (
    glued_to_its_organisation,
    is_organisation,
    is_person_name,
    normalise_person,
    split_speakers,
)
from confnotes.importers.programme import ProgrammePerson
from tests.unit.importing import people_of, read, speakers_by_title


@pytest.mark.parametrize(
    "org",
    [
        "Politechnika Gdańska",  # Polish
        "Wydział Chemii",
        "Pomorska Akademia Sztuk",
        "Lehrstuhl für Robotik",  # German
        "Klinikum Nord",
        "Hôpital Saint-Louis",  # French
        "Département de Chimie",
        "Departamento de Física",  # Spanish
        "Dipartimento di Informatica",  # Italian
        "Ospedale Maggiore",
        "Istituto Nazionale di Ottica",
        "Empresa Brasileira de Dados",  # Portuguese
        "Новосибирский государственный университет",  # Russian
        "Институт прикладной математики",
        "京都中央病院",  # Japanese
        "理学研究科",
        "北京协和医院",  # Chinese
        "Mathematical Sciences",  # a unit named by its field
        "Chemical Engineering",
        "Asian Studies",
    ],
)
def test_institutions_in_many_languages_are_organisations(org: str) -> None:
    assert is_organisation(org)
    assert not is_person_name(org)
    assert normalise_person(ProgrammePerson(org)) is None


@pytest.mark.parametrize(
    "name",
    [
        "Ana Paris",  # a family name that is a place
        "Sam Chapel",
        "Lee Engineer",  # a field's worker, not a field
        "Dr. Maria Universo",  # not a university
        "Jan Szkolnik",  # not a school
        "Klaus Kliniker",  # not a clinic
        "Олег Школьник",
    ],
)
def test_people_whose_names_look_like_institutions_stay_people(name: str) -> None:
    assert not is_organisation(name)
    assert normalise_person(ProgrammePerson(name)) is not None


def test_a_name_glued_to_its_institution_by_a_full_stop_splits_there() -> None:
    person = normalise_person(ProgrammePerson("dr Ewa Lisowska. Politechnika Gdańska"))
    assert person is not None
    assert person.name == "Ewa Lisowska"
    assert person.affiliations == ["Politechnika Gdańska"]
    [who] = split_speakers("prof. dr hab. Jan Wrona. Instytut Fizyki")
    assert (who.name, who.affiliations) == ("Jan Wrona", ["Instytut Fizyki"])


def test_initials_and_titles_with_full_stops_are_not_glued_institutions() -> None:
    assert glued_to_its_organisation("X. Ana Ruiz") is None
    assert glued_to_its_organisation("Dr. Maria Universo") is None
    kept = normalise_person(ProgrammePerson("J. R. Bolt"))
    assert kept is not None and kept.name == "J. R. Bolt"


def test_a_wrapped_department_cut_at_its_and_names_no_one() -> None:
    people = split_speakers("Ana Ruiz, School of Mechanical and Aerospace Engineering")
    assert [p.name for p in people if normalise_person(p) is not None] in (["Ana Ruiz"], [])
    assert normalise_person(ProgrammePerson("Aerospace Engineering")) is None


POLISH = """\
# Program

## 09:00 Otwarcie

### 09:30 "Ryby w Bałtyku i ich wędrówki"<br/>_dr Ewa Lisowska._ Politechnika Gdańska

### 10:00 "Mapy dna morskiego"<br/>_mgr Piotr Zając._ Pomorska Akademia Morska

### 10:30 "Prądy zatoki"<br/>_prof. dr hab. Jan Wrona._ Uniwersytet Gdański

## 11:00 Zamknięcie
"""

SPANISH = """\
# Programa

### 09:30 "Mareas y lunas"<br/>_Dra. Lucía Gómez._ Universidad de Cádiz

### 10:00 "Algas del estrecho"<br/>_Dr. Tomás Vidal._ Instituto de Ciencias del Mar

### 10:30 "Corrientes profundas"<br/>_Dra. Inés Robles._ Departamento de Física
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            POLISH,
            {
                "Ryby w Bałtyku i ich wędrówki": ["Ewa Lisowska"],
                "Mapy dna morskiego": ["Piotr Zając"],
                "Prądy zatoki": ["Jan Wrona"],
            },
        ),
        (
            SPANISH,
            {
                "Mareas y lunas": ["Lucía Gómez"],
                "Algas del estrecho": ["Tomás Vidal"],
                "Corrientes profundas": ["Inés Robles"],
            },
        ),
    ],
)
def test_a_quoted_title_then_its_speaker_and_institution(text: str, want: dict) -> None:
    programme = read(text, "program.md")
    found = speakers_by_title(programme)
    for title, speakers in want.items():
        assert found.get(title) == speakers
    people = people_of(programme)
    assert not any(is_organisation(p) for p in people)
    assert not {"Otwarcie", "Zamknięcie"} & people


def test_an_initial_then_the_name_then_its_university_is_one_person() -> None:
    [who] = split_speakers("Q. Ana Lindqvist, University of Tromsø")
    assert who.name == "Q. Ana Lindqvist"
    assert who.affiliations == ["University of Tromsø"]


SEMINARS = """\
<h3>Colloquia</h3>
<h4>Autumn 2011</h4>
<ul>
  <li><strong>Ines Okafor</strong>, University of Bergen, "<a href="a.php">Sea ice
  from above</a>."<br>
  11-07-2011; 3:30 - 4:20 pm; Room 12.</li>
  <li><strong>Tomas Brandt</strong>, Harbour Robotics Institute, "<a href="b.php">Small
  boats that steer themselves</a>."<br>
  10-24-2011; 3:30 - 4:20 pm; Room 12.</li>
  <li><strong>Wen Hollis</strong>, Kestrel Anvik, "<a href="c.php">Making maps
  from gossip</a>."<br>
  10-10-2011; 3:30 - 4:20 pm; Room 12.</li>
  <li><strong>Marta Quill</strong>, Department of Ocean and
  Atmospheric Sciences, Lund University, "<a href="d.php">Clouds we cannot see</a>."<br>
  09-26-2011; 3:30 - 4:20 pm; Room 12.</li>
  <li><strong>Priya Dalby</strong>, School of Civil and Marine Engineering,
  Delft University, "<a href="e.php">Dikes, then and now</a>." 09-12-2011; 2:00 - 3:00 pm;
  Room 4.</li>
  <li><strong>Oren Vale</strong>, Kestrel Anvik. <a href="f.php">Gossip at scale</a>.<br>
  08-29-2011; 3:30 - 4:20 pm; Room 12.</li>
</ul>
"""


def test_a_seminar_list_puts_the_speaker_first_and_where_they_work_second() -> None:
    programme = read(SEMINARS, "seminars.html")
    found = speakers_by_title(programme)
    titles = {title.rstrip("."): who for title, who in found.items()}
    # a small company's name has a person's shape; its place in the line says what it is
    assert titles["Making maps from gossip"] == ["Wen Hollis"]
    assert titles["Gossip at scale"] == ["Oren Vale"]
    assert titles["Clouds we cannot see"] == ["Marta Quill"]
    assert titles["Dikes, then and now"] == ["Priya Dalby"]
    people = people_of(programme)
    assert not {"Kestrel Anvik", "Atmospheric Sciences", "Marine Engineering"} & people
    talk = next(t for t in programme.talks if t.title.startswith("Dikes"))
    assert talk.start is not None and (talk.start.month, talk.start.day) == (9, 12)
    assert (talk.start.hour, talk.start.minute) == (14, 0)
    hollis = next(p for t in programme.talks for p in t.speakers if p.name == "Wen Hollis")
    assert hollis.affiliations == ["Kestrel Anvik"]


def test_a_list_of_people_pairs_is_not_read_as_name_and_organisation() -> None:
    """Near miss: items naming two people and a quoted title keep both people when the
    column does not put organisations second."""
    text = "\n".join(
        f'* {a}, {b}, "{t}"'
        for a, b, t in [
            ("Ana Ruiz", "Bo Lindqvist", "Tides in the fjord"),
            ("Carla Mendes", "Dario Fo", "Salt and silt"),
            ("Eva Kral", "Farid Haddad", "Winds of the coast"),
        ]
    )
    programme = read(f"# Talks\n\n{text}\n", "talks.md")
    assert {"Ana Ruiz", "Bo Lindqvist", "Carla Mendes", "Dario Fo"} <= people_of(programme)


def test_a_kana_nickname_keeps_a_suffix_that_holds_its_sound() -> None:
    assert [p.name for p in split_speakers("いっちゃん")] in (["いっちゃん"], [])
    assert [p.name for p in split_speakers("田中さん")] == ["田中"]


def test_a_title_opening_on_here_names_no_speaker() -> None:
    assert not is_person_name("Here Be Lions")
