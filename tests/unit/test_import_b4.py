"""Speaker fields written after a title, family name first or with the title's dot run
on into the name (helper b4's conventions)."""

from __future__ import annotations

from confnotes.importers.persons import role_people, split_speakers


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
