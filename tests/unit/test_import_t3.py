"""Conventions met in real programme pages and notes folders (helper t3 of session 56):
a month's name in Portuguese, a speaker's line under the title whose position is a list
of jobs at places, a material's link written as a field over the speaker's field. Every
fixture is written for the test, imitating the convention, never copying it."""

from __future__ import annotations

from datetime import date

from confnotes.importers.headings import links_field, name_then_position
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date


def _read(text: str, name: str = "page.md") -> Programme:
    return parse_programme(text.encode(), name)


def _talks(p: Programme) -> dict[str, list[str]]:
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


def test_a_portuguese_november_is_a_month() -> None:
    assert find_date("Em 21 de novembro de 2029 nos reunimos")[0] == date(2029, 11, 21)
    assert find_date("Novembro 4, 2029")[0] == date(2029, 11, 4)


def test_a_position_listing_jobs_at_places_is_no_second_person() -> None:
    who = name_then_position("Rosa Lind - Tooling lead @ Orbit, Chair @ Web Formats Group")
    assert [p.name for p in who] == ["Rosa Lind"]
    assert who[0].affiliations == ["Tooling lead @ Orbit, Chair @ Web Formats Group"]
    # two people after the dash stay two people, no one's position
    assert name_then_position("Rosa Lind - Tomas Berg") == []


def test_org_talks_signed_by_a_name_and_a_list_of_jobs() -> None:
    text = (
        "#+TITLE: Linterfest 2031\n\n* Day 1 - Monday, June 2, 2031\n\n** Morning\n"
        "*** [[file:a.org][Parsers Without Tears]]\nRosa Lind - Tooling lead @ Orbit, Chair @"
        " Web Formats Group\nAbout: grammars\n\n"
        "*** [[file:b.org][Formatting at Scale]]\nTomas Berg - Maintainer of a formatter\n"
        "About: style\n\n"
        "*** [[file:c.org][Editors Talk Back]]\nMina Osei - Editor plugins engineer\n"
        "About: protocols\n"
    )
    talks = _talks(_read(text, "schedule.org"))
    assert talks["Parsers Without Tears"] == ["Rosa Lind"]


def test_a_links_field_is_a_key_over_nothing_but_links() -> None:
    assert links_field("Notebook: [view it][3]")
    assert links_field("Repo: [code](https://example.org/repo)")
    assert not links_field("Notebook: see [view it][3] later")
    assert not links_field("Ana Ruiz: [home](https://example.org)")


def test_a_materials_link_field_over_the_speakers_field_is_read_past() -> None:
    text = (
        "# Encontro de primavera\n\n## Palestras\n\n"
        "### Mapas com dados abertos\n\nPalestrante: Carla Nunes\n\n"
        "### [Testes que contam histórias][1]\n\nCaderno: [ver][2]\n\n"
        "Palestrante: [Rui Teixeira][3]\n\n"
        "### Filas sem dor\n\nRepositório: [exemplo][4]\n\nPalestrante: Paula Mendes\n\n"
        "[1]: https://example.org/slides\n[2]: https://example.org/nb\n"
        "[3]: https://example.org/rui\n[4]: https://example.org/repo\n"
    )
    talks = _talks(_read(text, "README.md"))
    assert talks["Testes que contam histórias"] == ["Rui Teixeira"]
    assert talks["Filas sem dor"] == ["Paula Mendes"]
    assert talks["Mapas com dados abertos"] == ["Carla Nunes"]


def test_a_timed_line_naming_its_speakers_before_a_quoted_title() -> None:
    from confnotes.importers.entries import parse_entry

    entry = parse_entry(
        "10:30 [Marta Gil](https://example.org/marta) y [Iván de la Peña]"
        '(https://example.org/ivan) "Colas que no se pierden"'
    )
    assert entry is not None
    assert entry.title == "Colas que no se pierden"
    assert [p.name for p in entry.speakers] == ["Marta Gil", "Iván de la Peña"]
    # a kind before the quotes names no one: the line stays as written
    lunch = parse_entry('13:00 Almuerzo "de la casa"')
    assert lunch is not None and lunch.speakers == []
