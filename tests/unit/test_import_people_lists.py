"""People of an event in data files that hold no talks: committees, organisers, keynotes.

A committee's YAML (people under role keys), a group's members under its ``role``, a
file of keynote speakers: each a list of records that are people by their fields (a name
beside an affiliation, given and family names). They are the event's people, with the
role their list names; a record whose name is no one's (a placeholder, a team) is none.
"""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _roles(data: str, name: str = "people.yml") -> dict[str, str]:
    p = parse_programme(data.encode(), name)
    return {r.person.name: r.role for r in p.roles}


def test_a_committee_file_under_role_keys_gives_its_people_and_roles() -> None:
    data = """\
steering:
  - name: Oksana Hrytsenko
    affiliation: Lviv Polytechnic
    country: Ukraine
  - name: Tomasz Wróblewski
    affiliation: AGH Kraków
reviewers:
  - name: Ingrid Solberg
    affiliation: NTNU
  - name: Kwame Asante
    affiliation: University of Ghana
"""
    roles = _roles(data, "committee.yml")
    assert set(roles) == {"Oksana Hrytsenko", "Tomasz Wróblewski", "Ingrid Solberg", "Kwame Asante"}


def test_group_members_with_split_names_take_the_groups_role() -> None:
    data = """\
- role: Organising Committee
  members:
    - given_name: Lucía
      family_name: Ferreira Gómez
      institution: Universidad de Cádiz
    - given_name: Pham
      family_name: Thi Lan
      institution: VNU Hanoi
- role: Panel moderators
  members:
    - given_name: Rhys
      family_name: Llewellyn
      institution: Cardiff University
"""
    roles = _roles(data)
    assert roles == {
        "Lucía Ferreira Gómez": "organizer",
        "Pham Thi Lan": "organizer",
        "Rhys Llewellyn": "panelist",
    }


def test_each_records_position_names_its_role() -> None:
    data = """\
- position: Keynote
  name: Amara Okafor
  affiliation: Lagos Business School
- position: Finance Chair
  name: Dieter Brandstätter
  affiliation: TU Graz
"""
    assert _roles(data) == {"Amara Okafor": "keynote", "Dieter Brandstätter": "organizer"}


def test_records_whose_names_are_no_ones_give_no_people() -> None:
    data = """\
organizers:
  - name: TBD
    affiliation: TBD
  - name: Local Arrangements Team
    affiliation: Host University
  - name: Platform Working Group
    affiliation: Example Foundation
"""
    p = parse_programme(data.encode(), "organizers.yml")
    assert [r.person.name for r in p.roles] == []


def test_handles_and_ids_beside_a_name_are_never_people() -> None:
    data = """\
- name: Ilse Vermeulen
  affiliation: KU Leuven
  orcid: 0000-0001-2345-6789
  twitter: ilsevermeulen
  wikidata: Q12345678
- name: Benedikt Auer
  affiliation: Universität Wien
  github: bauer-lab
"""
    p = parse_programme(data.encode(), "keynotes.yml")
    assert {r.person.name: r.role for r in p.roles} == {
        "Ilse Vermeulen": "keynote",
        "Benedikt Auer": "keynote",
    }
    assert p.talks == []


def test_a_people_field_of_role_labelled_segments_holds_each_segments_people() -> None:
    panel = (
        "Moderator: Ines Carvalho, Porto Labs<br>"
        "Panelists: Jonas Lindqvist, Nordea; Akosua Mensah, Ashesi University"
    )
    data = f"""\
- title: "Panel: Who maintains the maintainers?"
  time: "3:00PM-4:00PM"
  presenters: "{panel}"
- title: Welcome
  time: "9:00AM-9:10AM"
  presenters: "Program Chairs: Rafael Moreno and Keiko Tanaka"
- title: "Lightning talks"
  time: "5:00PM-5:30PM"
  presenters: "Note: details to follow"
"""
    p = parse_programme(data.encode(), "day1.yml")
    people = {t.title: [(s.name, s.affiliations) for s in t.speakers] for t in p.talks}
    assert people["Panel: Who maintains the maintainers?"] == [
        ("Ines Carvalho", ["Porto Labs"]),
        ("Jonas Lindqvist", ["Nordea"]),
        ("Akosua Mensah", ["Ashesi University"]),
    ]
    assert people["Welcome"] == [("Rafael Moreno", []), ("Keiko Tanaka", [])]
    assert people["Lightning talks"] == []
