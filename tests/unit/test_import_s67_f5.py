"""Stop 67, helper f5: names that are no person. An institute's name whose ``of`` or
``for`` phrase is shared by a conjunction (``Centre for Cellular and Molecular
Biology``) is one affiliation, not a person after it; a note's heading word in an East
Asian script (``内容简述``) is no name; a table headed only ``Name`` (tools, books,
products) is no column of speakers unless its cells show people. Fixtures written for
these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.persons import is_person_name, split_speakers
from tests.unit.importing import read as _read


def _people(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.affiliations) for p in split_speakers(text)]


# -- an organisation's coordinated fields -------------------------------------------


def test_institute_of_two_fields_then_its_city_is_one_person() -> None:
    got = _people("Ana Ruiz, Institute of Plant and Animal Genetics, Pune")
    assert [n for n, _a in got] == ["Ana Ruiz"]
    assert "Animal Genetics" in got[0][1][0]


def test_centre_for_two_fields_in_capitals_and_initials() -> None:
    got = _people("K. L. MEHTA, Centre for Cellular and Molecular Studies, Lucknow")
    assert [n for n, _a in got] == ["K. L. MEHTA"]


def test_spanish_institute_de_x_y_z_then_city_and_country() -> None:
    got = _people("Lucía Pérez, Instituto de Física y Química, Rosario, Argentina")
    assert "Química" not in " ".join(n for n, _a in got)


def test_near_miss_a_second_person_with_their_own_organisation_stays() -> None:
    got = _people("Ana Ruiz, University of Oslo and Bo Lindqvist, Acme Labs")
    assert [n for n, _a in got] == ["Ana Ruiz", "Bo Lindqvist"]


def test_near_miss_two_people_and_no_organisation() -> None:
    assert [n for n, _a in _people("Ana Ruiz and Bo Lindqvist")] == ["Ana Ruiz", "Bo Lindqvist"]


def test_programme_table_row_names_no_field_of_study() -> None:
    page = """<html><body><h1>Winter School on Cells 2031</h1><table>
<tr><td>10:00</td><td>MARIA COSTA, Centre for Plant and Soil Biology, Mysore<br/>
<strong>Roots and their fungi</strong></td></tr>
<tr><td>10:45</td><td>JONAS WEBER, Institute of Marine and Polar Ecology, Kiel<br/>
<strong>Ice algae in spring</strong></td></tr>
<tr><td>11:30</td><td>Priya Nair, Institute for Cell and Tissue Research, Pune<br/>
<strong>Organoids step by step</strong></td></tr>
</table></body></html>"""
    people = {p.name for t in _read(page, "school.html").talks for p in t.speakers}
    assert not people & {"Soil Biology", "Polar Ecology", "Tissue Research"}


# -- a note's heading word in an East Asian script -----------------------------------


def test_cjk_summary_headings_are_no_names() -> None:
    for word in ("内容简述", "会议总结", "講演まとめ", "发言摘要", "참가 요약"):
        assert not is_person_name(word), word


def test_near_miss_chinese_names_stay_names() -> None:
    for name in ("王乐", "张鑫旭", "顾轶灵"):
        assert is_person_name(name), name


def test_cjk_notes_heading_gives_no_speaker() -> None:
    notes = """---
title: 前端大会 内容简述
date: 2031-05-16
---

## 内容简述

总结下这次大会的演讲议题吧：

### 1. 布局的新方法 - 李明

讲了很多布局技巧。
"""
    people = {p.name for t in _read(notes, "notes.md").talks for p in t.speakers}
    assert "内容简述" not in people


# -- a table headed only "Name" ------------------------------------------------------


def test_tools_table_under_a_name_header_names_no_one() -> None:
    notes = """# Graph Summit 2031, my notes

### Libraries
| Name / Info          |                                       |
| -------------------- | ------------------------------------- |
| [river-index]        | Fast lookups for time series          |
| [tidegraph-core]     | Plugin that keeps versions of nodes   |
| [HarbourViz]         | Drawing tool for large graphs         |

## Talks I liked
- [Modelling ports as graphs] by [Ana Ruiz]
"""
    people = {p.name for t in _read(notes, "summit.md").talks for p in t.speakers}
    assert "tidegraph-core" not in people


def test_tools_table_in_german_under_name_header() -> None:
    notes = """# Datentage 2031

| Name              | Beschreibung                       |
| ----------------- | ---------------------------------- |
| [pegel-sync]      | Abgleich der Messreihen            |
| [flusskarte-kern] | Kartenwerkzeug für Auen            |
| [Deichwerk]       | Sammlung von Vorlagen              |
"""
    people = {p.name for t in _read(notes, "datentage.md").talks for p in t.speakers}
    assert not people & {"pegel-sync", "flusskarte-kern"}


def test_near_miss_a_name_header_over_people_still_names_them() -> None:
    page = """# Speakers' hours

| Name            | Topic                          |
| --------------- | ------------------------------ |
| Ana Ruiz        | Keeping river gauges honest    |
| Bo Lindqvist    | Citizen science at the coast   |
| Carla Mendes    | Sediment maps from drones      |
"""
    people = {p.name for t in _read(page, "hours.md").talks for p in t.speakers}
    assert {"Ana Ruiz", "Bo Lindqvist", "Carla Mendes"} <= people


def test_a_name_column_of_tools_is_no_people_column() -> None:
    from confnotes.importers.columns import read_column, words_of

    tools = ["GRAINstack.io", "river-index-core", "KINEWAVE"]
    assert read_column(tools, words_of("Name / Info")).role != "people"
    werkzeuge = ["Polarsync.io", "pegel-sync-kern", "MESSWERK"]
    assert read_column(werkzeuge, words_of("Name / Beschreibung")).role != "people"


def test_near_miss_a_speaker_header_still_vouches_for_few_names() -> None:
    from confnotes.importers.columns import read_column, words_of

    cells = ["Ana Ruiz", "Bo Lindqvist", "Carla Mendes"]
    assert read_column(cells, words_of("Name")).role == "people"
    assert (
        read_column(["GRAINstack.io", "river-index-core", "Ana Ruiz"], words_of("Speaker")).role
        == "people"
    )
