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
