"""Stop 63, helper a1: conventions of real notes the importer read badly (blind36 n01, n04)."""

from __future__ import annotations

from confnotes.importers.persons import givens_and_family
from confnotes.importers.registry import parse_programme

SHARED_FAMILY = """# Day 1

## Tides of the North Sea by Ana Ruiz

Words about tides.

## Shared Kitchens  by Mara & Theo Lindqvist

![Mara and Theo on stage](/img/mara-and-theo-lindqvist.jpg)

The siblings spoke about kitchens.

## Gardens on Roofs by Kenji Ito

Roofs, soil and weight.
"""


def _talks(text: str, name: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in programme.talks}


def test_two_given_names_before_one_family_name_are_two_people_of_that_family() -> None:
    talks = _talks(SHARED_FAMILY)
    assert talks["Shared Kitchens"] == ["Mara Lindqvist", "Theo Lindqvist"]
    assert talks["Tides of the North Sea"] == ["Ana Ruiz"]


def test_a_by_line_of_givens_and_family_needs_a_given_name_first() -> None:
    assert [p.name for p in givens_and_family("Ana y Bo Lin")] == ["Ana Lin", "Bo Lin"]
    assert givens_and_family("Friends & Bo Lin") == []  # a group, no one's given name
    assert givens_and_family("Ana & Bo") == []  # no family name to share
    assert givens_and_family("Ana Ruiz & Bo Lin") == []  # two full names: split as written


PEOPLE_MET = """# Day 1

## Tides of the North Sea by Ana Ruiz

Words about tides.

## Gardens on Roofs by Kenji Ito

Roofs, soil and weight.

# Chats in the hallway

Who I caught between the sessions.

## Mara Lindqvist

- asked her about kitchen sensors

## Theo Brandt & Lena Vogel

- they run the roof survey together

## Okafor

- talked about soil maps
"""


def test_name_headings_under_a_heading_of_their_own_are_people_met_not_talks() -> None:
    programme = parse_programme(PEOPLE_MET.encode(), "notes.md")
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Tides of the North Sea"].speakers] == ["Ana Ruiz"]
    assert not {"Mara Lindqvist", "Theo Brandt & Lena Vogel", "Okafor"} & set(talks)
    chats = talks["Chats in the hallway"]
    assert not chats.speakers
    assert "kitchen sensors" in chats.body and "soil maps" in chats.body


def test_name_headings_are_talks_where_no_talk_heading_gives_a_title() -> None:
    text = (
        "# Day 1\n\n## Ana Ruiz\n\n- tides and moons\n\n## Kenji Ito\n\n- roofs\n\n"
        "# Day 2\n\n## Mara Lindqvist\n\n- kitchens\n\n## Theo Brandt\n\n- surveys\n"
    )
    talks = parse_programme(text.encode(), "notes.md").talks
    said = {t.title for t in talks} | {s.name for t in talks for s in t.speakers}
    assert {"Ana Ruiz", "Kenji Ito", "Mara Lindqvist", "Theo Brandt"} <= said


SIGNED_BY_HANDLE = """#Harbour Days notes.
##3rd May 2019

###Pia Writer
@piawriter

My own notes, typed during the talks.

#Things to look up later
- tide almanacs

---

#Ines Okafor - Reading the tide tables
@inesokafor
https://example.org/tides

tables for every port

###Getting started
- read the almanac first

###Later plans
- offline maps

###Where to read more
- the harbour office

###Questions
- what about rivers

#Kitchens that listen
##Mara Lindqvist and Theo Brandt

sensors are cheap and small

###Costs
- under ten euros

#Gardens on the roof
##Kenji Ito

###Soil weight
- wet soil is heavy

#Ruth Adams
##Floating Bridges

pontoons and cables
"""


def test_a_handle_line_that_spells_the_headings_name_keeps_that_speaker() -> None:
    talks = _talks(SIGNED_BY_HANDLE)
    assert talks["Reading the tide tables"] == ["Ines Okafor"]
    assert talks["Kitchens that listen"] == ["Mara Lindqvist", "Theo Brandt"]


def test_a_handle_spells_a_name_by_its_family_name_after_the_given_initial() -> None:
    from confnotes.importers.programme import ProgrammePerson
    from confnotes.importers.section_reader import _spells

    assert _spells([ProgrammePerson(name="inesokafor")], "Ines Okafor")
    assert _spells([ProgrammePerson(name="i_okafor")], "Ines Okafor")
    assert not _spells([ProgrammePerson(name="harbourdays")], "Ines Okafor")
    assert not _spells([ProgrammePerson(name="okafor")], "Ines Okafor")  # no given initial
