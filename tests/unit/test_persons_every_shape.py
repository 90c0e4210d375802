"""The person test across scripts and the marks written around a name (issue 33, item 4).

Names are read whatever their script, with the courtesies a programme writes around them
(an honorific after a space or a bracket, a handle glued in brackets, the reading of a
name in kana), and a heading, a counter or a group never becomes someone.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from confnotes.importers.entries import parse_entry
from confnotes.importers.person_evidence import drop_named_things
from confnotes.importers.persons import a_series, is_person_name, role_people, split_speakers
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeRole, ProgrammeTalk
from confnotes.importers.registry import parse_programme


def _names(text: str) -> list[str]:
    return [p.name for p in role_people(text)]


def test_an_honorific_after_a_handle_in_brackets_leaves_the_name() -> None:
    assert _names("ふじもと はるき(@haruki_f) さん") == ["ふじもと はるき"]
    assert _names("西立野(@shomatan)さん") == ["西立野"]
    assert _names("ふじもと はるき さん") == ["ふじもと はるき"]
    assert is_person_name("ふじもと はるき")
    assert not is_person_name("ランチ タイム")


def test_a_reading_in_kana_after_a_name_is_an_alias_not_an_affiliation() -> None:
    people = role_people("小野寺 みさき (おのでら みさき) さん")
    assert [p.name for p in people] == ["小野寺 みさき"]
    assert people[0].affiliations == []
    assert "おのでら みさき" in people[0].aliases


def test_names_in_arabic_devanagari_and_decomposed_latin_are_names() -> None:
    assert is_person_name("سلمى الحسيني")
    assert is_person_name("अनिता शर्मा")
    assert is_person_name(unicodedata.normalize("NFD", "José Núñez de la Peña"))
    assert is_person_name("Layla bint Khalid Al-Rashid")
    assert [p.name for p in split_speakers("Tariq ibn Ziyad al-Masri")] == [
        "Tariq ibn Ziyad al-Masri"
    ]


def _read(text: str, name: str = "page.md") -> Programme:
    return parse_programme(text.encode(), name)


def test_a_column_of_community_names_beside_the_speakers_column_holds_titles() -> None:
    page = """# 港町エンジニア会 2025

2025年5月10日

| 開始 | 終了 | セッション | 登壇者 |
| --- | --- | --- | --- |
| 12:20 | 12:40 | [Okayama.rb](/o) | 未定 |
| 12:40 | 13:00 | [Tide Pool Coders](/t) | 未定 |
| 13:00 | 13:20 | [Harbor Stack Club](/a) | 未定 |
| 13:20 | 13:40 | [Kagawa Dev Pier](/b) | みなと かえで([@kaede](/k)) さん |
| 13:40 | 14:00 | ゲスト講演 | [白石 あおい (しらいし あおい)](/c) さん |
"""
    programme = _read(page)
    people = {p.name for t in programme.talks for p in t.speakers}
    assert people == {"みなと かえで", "白石 あおい"}
    assert {t.title for t in programme.talks} >= {"Harbor Stack Club", "Kagawa Dev Pier"}


def test_a_kind_label_before_a_lone_name_makes_the_name_its_speaker() -> None:
    for line, label in (
        ("Invited Talk 2: Ines Waldmann", "Invited Talk 2"),
        ("Keynote - Ines Waldmann", "Keynote"),
    ):
        entry = parse_entry(line)
        assert entry is not None
        assert [p.name for p in entry.speakers] == ["Ines Waldmann"]
        assert entry.title == label
    topic = parse_entry("Round Table: Beyond Leaderboards")
    assert topic is not None and topic.speakers == []


def test_slots_named_by_their_kind_give_no_convention_to_a_title_with_a_colon() -> None:
    page = """## Programme

3 June 2025

| Start | End | Title |
|-------|-----|-------|
| 09:00 | 09:40 | Invited Talk 1: Ines Waldmann |
| 09:40 | 10:00 | Calibration drift in old harbour gauges |
| 10:00 | 10:40 | Invited Talk 2: Kwabena Osei |
| 10:40 | 11:00 | Coastal Survey Findings: What the Buoys Told Us |
| 11:00 | 11:20 | Storm surge ensembles for small ports |
| 11:20 | 12:00 | Invited Talk 3: Tomasz Wrona |
"""
    programme = _read(page)
    people = {p.name for t in programme.talks for p in t.speakers}
    assert people == {"Ines Waldmann", "Kwabena Osei", "Tomasz Wrona"}
    assert "Coastal Survey Findings: What the Buoys Told Us" in {t.title for t in programme.talks}


def test_by_lines_set_apart_alike_are_all_the_panels_people_each_with_their_lab() -> None:
    notes = """# Reef Monitoring Day

## Talk 1 - Panel: Who Counts the Coral?

**Hedda Lindqvist, Nordgrain**

**Oluwaseun Adebayo, Sahel Fields**

**Mirela Popescu, Danube Seed Bank**

- counting is cheap, agreeing on the count is not
"""
    programme = _read(notes, "reef.md")
    panel = next(t for t in programme.talks if "Coral" in t.title)
    assert [p.name for p in panel.speakers] == [
        "Hedda Lindqvist",
        "Oluwaseun Adebayo",
        "Mirela Popescu",
    ]
    assert panel.speakers[1].affiliations == ["Sahel Fields"]


def test_a_by_line_of_its_own_written_name_comma_organisation_is_one_person() -> None:
    notes = """# Estuary Modelling Day

## Talk 1 - Silt budgets from old charts

**Hedda Lindqvist, Nordgrain Institute**

- charts from 1890 still agree with the sonar

## Talk 2 - Counting eels with sonar

**Dr. Rafael Quintanilla, Meseta Agronomics**

- the eels do not hold still
"""
    programme = _read(notes, "estuary.md")
    people = {p.name: p.affiliations for t in programme.talks for p in t.speakers}
    assert people == {
        "Hedda Lindqvist": ["Nordgrain Institute"],
        "Rafael Quintanilla": ["Meseta Agronomics"],
    }


def test_headings_that_count_the_days_are_no_one() -> None:
    programme = Programme(name="Harbour Days", format="markdown")
    programme.talks = [
        ProgrammeTalk(title=f"Day {n}", speakers=[ProgrammePerson(f"Day {n}")])
        for n in ("One", "Two", "Three")
    ]
    programme.roles = [ProgrammeRole(ProgrammePerson("Day Two"), "speaker")]
    drop_named_things(programme)
    assert all(not t.speakers for t in programme.talks)
    assert programme.roles == []
    assert a_series(["Track Alpha", "Track Beta", "Track Gamma"])
    assert not a_series(["Ana Ruiz", "Bo Li", "Cem Kaya"])


def test_a_speakers_page_heading_keynote_dash_name_is_that_person() -> None:
    page = """# Speakers — Dune Ecology Days

## Keynote - Layla bint Khalid Al-Rashid

Hydrologist, Arabian Aquifer Survey

## Kwame Boateng

Sand transport, Sahel Wind Lab

## Ines Waldmann

Dune vegetation, Baltic Coast Station
"""
    programme = _read(page, "speakers.md")
    assert {r.person.name for r in programme.roles} == {
        "Layla bint Khalid Al-Rashid",
        "Kwame Boateng",
        "Ines Waldmann",
    }


def test_a_speaker_beside_a_name_shaped_title_keeps_the_slot() -> None:
    page = (Path(__file__).parents[1] / "data/importers/corpus35q").joinpath(
        "q04_kana_names_community_slots.md"
    )
    programme = parse_programme(page.read_bytes(), str(page))
    pier = next(t for t in programme.talks if t.title == "Kagawa Dev Pier")
    assert [p.name for p in pier.speakers] == ["ふじもと はるき"]


def test_a_title_that_names_the_kind_of_post_is_no_one() -> None:
    programme = Programme(name="Harbour Days", format="markdown")
    programme.talks = [
        ProgrammeTalk(title="Harbour Days 2031", speakers=[ProgrammePerson("Trip Report")]),
        ProgrammeTalk(title="Kelp Forests", speakers=[ProgrammePerson("My Notes")]),
        ProgrammeTalk(title="Buoys", speakers=[ProgrammePerson("Ana Ruiz")]),
    ]
    programme.roles = [ProgrammeRole(ProgrammePerson("Mon Récap"), "speaker")]
    drop_named_things(programme)
    assert [[p.name for p in t.speakers] for t in programme.talks] == [[], [], ["Ana Ruiz"]]
    assert programme.roles == []


def test_a_trip_report_title_before_the_event_names_no_speaker() -> None:
    notes = """# Trip Report - Kelp Summit 2031

The summit was in Bergen this year. I went to talks about seaweed farming.

## Farming in Fjords

Good overview of the permits, less about the boats.

## Drying Lines

Nobody agrees on the right humidity.
"""
    programme = _read(notes, "kelp.md")
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "Trip Report" not in people


def test_a_comma_pair_whose_second_part_follows_another_name_elsewhere_is_an_affiliation() -> None:
    page = """# Sensor Day 2031

Hosts: Dr. Ilse Brandt - KTR Vellano, Dr. Femi Adeyemi - Osterby Sensing

## 09:00 Dust on Solar Panels

Dr. Nora Lindahl (Osterby Sensing)

## 09:45 Listening to Bridges

Dr. Ravi Kumar, KTR Vellano

## 10:30 Cheap Air Monitors

Dr. Sara Voss, Osterby Institute
"""
    programme = _read(page, "sensor.md")
    speakers = {p.name: p.affiliations for t in programme.talks for p in t.speakers}
    assert "KTR Vellano" not in speakers
    assert speakers.get("Ravi Kumar") == ["KTR Vellano"]
