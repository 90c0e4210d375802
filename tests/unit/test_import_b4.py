"""Speaker fields written after a title, family name first or with the title's dot run
on into the name (helper b4's conventions)."""

from __future__ import annotations

from confnotes.importers.persons import role_people, split_speakers
from confnotes.importers.registry import parse_programme


def _names(text: str, single_ok: bool = True) -> list[str]:
    return [p.name for p in split_speakers(text, single_ok=single_ok)]


def test_titled_family_name_then_comma_then_given_names_is_one_person() -> None:
    people = split_speakers("Prof. Moon, Ha Neul (Inland Marine Institute)", single_ok=True)
    assert [p.name for p in people] == ["Ha Neul Moon"]
    assert people[0].affiliations == ["Inland Marine Institute"]


def test_titled_family_name_then_one_given_name_is_one_person() -> None:
    assert _names("Dr. Oduya, Temitope (Lakeside Polytechnic)", single_ok=False) == [
        "Temitope Oduya"
    ]
    assert [p.name for p in role_people("Prof. Moon, Ha Neul")] == ["Ha Neul Moon"]


def test_second_titled_person_after_the_comma_stays_a_second_person() -> None:
    assert "Ha Neul Moon" not in _names("Prof. Moon, Dr. Ha Neul")
    assert len(_names("Prof. Moon, Dr. Ha Neul")) == 2


def test_organisation_after_the_comma_is_no_given_name() -> None:
    assert _names("Dr. Oduya, Lakeside University") != ["Lakeside University Oduya"]


def test_title_glued_to_the_name_by_its_dot() -> None:
    people = split_speakers("Professor.Marta Keller (Alpine Robotics Lab)", single_ok=True)
    assert [p.name for p in people] == ["Marta Keller"]
    assert _names("Dr.Ines Falk") == ["Ines Falk"]


_ACTIVITIES_TABLE = """<h3>Regatta, second day</h3>
<table>
  <thead><th>Time</th><th>Schedule</th></thead>
  <tr><td>08:30~09:00</td><td>Checking of the boats</td></tr>
  <tr><td>09:00~09:30</td><td>Introduction of the crews</td></tr>
  <tr><td>09:30~11:30</td><td>Speed Trial Run</td></tr>
  <tr><td>11:30~12:30</td><td>Lunch</td></tr>
  <tr><td>12:30~14:00</td><td>Relay Racing</td></tr>
  <tr><td>14:00~14:20</td><td>Coffee Break</td></tr>
  <tr><td>14:20~16:00</td><td>Final heats of the regatta</td></tr>
  <tr><td>16:00~17:00</td><td>Award Ceremony</td></tr>
</table>
"""


def test_name_shaped_cell_among_activities_is_a_title() -> None:
    programme = parse_programme(_ACTIVITIES_TABLE.encode(), "day.html", "html", shape="page")
    titles = {t.title for t in programme.talks}
    assert {"Speed Trial Run", "Relay Racing"} <= titles
    assert not any(t.speakers for t in programme.talks)


_LECTURES_TABLE = """<table>
  <thead><th>Time</th><th>Schedule</th></thead>
  <tr><td>09:00~09:15</td><td>Opening</td></tr>
  <tr><td>09:15~10:00</td><td>Marta Keller</td></tr>
  <tr><td>10:00~10:45</td><td>Ines Falk</td></tr>
  <tr><td>11:00~11:45</td><td>Temitope Oduya</td></tr>
  <tr><td>11:45~12:00</td><td>Award Ceremony</td></tr>
</table>
"""


def test_names_outnumbering_activities_stay_lecturers() -> None:
    programme = parse_programme(_LECTURES_TABLE.encode(), "day.html", "html", shape="page")
    speakers = {p.name for t in programme.talks for p in t.speakers}
    assert {"Marta Keller", "Ines Falk", "Temitope Oduya"} <= speakers
