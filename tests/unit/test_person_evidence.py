"""The person test with evidence: a name's shape, its role, and the document around it.

Fixtures are written for these tests (no real page's text): each shows a way real
programmes name people, or a way a title, a job, an organisation or a place looks
like a name.
"""

from __future__ import annotations

import json
from datetime import date

from confnotes.importers.entries import parse_entry
from confnotes.importers.persons import is_person_name, role_people, split_speakers
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import title_and_speakers


def _people(programme: Programme) -> set[str]:
    return {p.name for t in programme.talks for p in t.speakers} | {
        r.person.name for r in programme.roles
    }


_LINES_OF_THEIR_OWN = """<html><body><h2>Programme, 3 March 2026</h2>
<div class="item"><time>09:00</time><h4>Doors Open - Find Us on the Second Floor!</h4><p></p></div>
<div class="item"><time>09:30</time><h4>Welcome Words</h4><p>Ines Faria and Tomasz Wolny</p></div>
<div class="item"><time>10:00</time><h4>Keynote: Soil as a Ledger</h4><p>Aurelie Mbeki</p></div>
<div class="item"><time>11:00</time><h4>Rivers Without Gauges</h4><p>Henrik Solberg</p></div>
<div class="item"><time>11:30</time><h4>Counting Bees With Sound</h4><p>Mei Okafor</p></div>
</body></html>
"""


def test_a_title_split_at_a_dash_names_no_one_where_speakers_have_lines_of_their_own() -> None:
    programme = parse_programme(_LINES_OF_THEIR_OWN.encode(), "programme.html")
    people = _people(programme)
    assert "Doors Open" not in people
    assert {"Aurelie Mbeki", "Henrik Solberg", "Mei Okafor"} <= people
    titles = {t.title for t in programme.talks}
    assert any(t.startswith("Doors Open") and "Second Floor" in t for t in titles)


_TITLES_ONLY = """# Programme

## Friday 6 March 2026

| Time | Activity |
|---|---|
| 09.00-10.00 | Copper Kettles: A History of Brewing Vessels |
| 10.00-10.30 | Measuring Fog With Cheap Lasers |
| 10.30-11.00 | Incremental Backups for Field Stations |
| 11.00-11.30 | How Much Memory Does a Sensor Need? |
| 11.30-12.00 | Grey Slate: Roofs That Outlive Us |
| 12.00-12.30 | Why Ferries Run Late |
"""


def test_a_name_shaped_head_before_a_colon_in_a_column_of_titles_is_part_of_the_title() -> None:
    programme = parse_programme(_TITLES_ONLY.encode(), "programme.md")
    assert _people(programme) == set()
    titles = {t.title for t in programme.talks}
    assert "Copper Kettles: A History of Brewing Vessels" in titles


_TITLE_DASH_NAME = """# Meetup talks

## Evening of 12 May 2026

- 18:00 Caching at the Edge - Lotte Brandsma
- 18:30 Rust for Embedded Sensors - Kwame Asante
- 19:00 Gardens of Glass - Yara Haddad
- 19:30 Pizza and Chat
"""


def test_a_programme_written_title_dash_name_keeps_its_speakers() -> None:
    programme = parse_programme(_TITLE_DASH_NAME.encode(), "talks.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks["Caching at the Edge"] == ["Lotte Brandsma"]
    assert talks["Gardens of Glass"] == ["Yara Haddad"]


_NAME_COMMA_ORG = """# Open Data Day 2026

## Morning

- **Maps people can read** — Saskia Verhoef, Stichting Kaartwerk
  Legends, colours and the people who skip them.
- **Publishing bus timetables** — Joris Dekker, Vervoer Oost
  Why the feed was wrong for a year.

## Afternoon

- **A register of trees** — Noor Bakker, Gemeente Almere
  Four thousand trees, one spreadsheet.
- **Open budgets** — Pieter Smeets, Provincie Noord
  Every euro of a province, line by line.
"""


def test_name_comma_organisation_on_one_sibling_makes_the_others_affiliations_too() -> None:
    programme = parse_programme(_NAME_COMMA_ORG.encode(), "outline.md")
    people = _people(programme)
    assert {"Saskia Verhoef", "Joris Dekker", "Noor Bakker"} <= people
    assert not people & {"Vervoer Oost", "Gemeente Almere", "Provincie Noord"}


def test_a_job_in_brackets_is_a_role_never_a_person() -> None:
    assert title_and_speakers("Opening words (CEO Lumenfield)")[1] == []
    title, people = title_and_speakers("Notebooks at scale - Rafa Quintero (CTO Lumenfield)")
    assert title == "Notebooks at scale"
    assert [p.name for p in people] == ["Rafa Quintero"]
    assert [p.name for p in split_speakers("Dana Whitlock, Platform Team Leader")] == [
        "Dana Whitlock"
    ]


def test_headings_places_and_products_are_no_names() -> None:
    assert not is_person_name("Special Interest Groups")
    assert not is_person_name("Seminar Zaal B")
    assert not is_person_name("Hall C")
    assert not is_person_name("DevSecOps Leader")
    assert is_person_name("Tom DeMarco")
    assert is_person_name("Ronan MacArthur")
    assert role_people("The Lantern Challenge") == []


def test_a_speaker_field_vouches_for_names_holding_job_words_or_a_lone_capital() -> None:
    names = ["Hannah Head", "Peter Doctor", "Rob Fellow", "Tom Director", "Ana Coo", "Malcolm X"]
    items = [
        {"time": f"{10 + i}:00h", "title": f"Talk number {i}", "speakers": name}
        for i, name in enumerate(names)
    ]
    programme = parse_programme(
        json.dumps([{"day": "2025-06-22", "sessions": items}]).encode(), "a.json"
    )
    assert [[p.name for p in t.speakers] for t in programme.talks] == [[n] for n in names]
    # a job after a name's comma is still that person's position, no one else
    people = role_people("Kofi Mensah, CEO Quantstack")
    assert [p.name for p in people] == ["Kofi Mensah"]
    assert not is_person_name("Seminar Zaal B")  # no role vouches: a place


def test_forms_people_write_names_in() -> None:
    assert [p.name for p in split_speakers("後藤さん", single_ok=True)] == ["後藤"]
    assert [p.name for p in split_speakers("Marta, Ferreira-Lopes<sup>1</sup>")] == [
        "Marta Ferreira-Lopes"
    ]
    authors = "Lucia, Bianchi<sup>1</sup>; Pier Paolo, Greco<sup>2</sup>; Ada, Conti<sup>2</sup>"
    assert [p.name for p in split_speakers(authors)] == [
        "Lucia Bianchi",
        "Pier Paolo Greco",
        "Ada Conti",
    ]
    pair = split_speakers("Rosa Pinto - @rosap & Ivo Marek - @ivom")
    assert [p.name for p in pair] == ["Rosa Pinto", "Ivo Marek"]
    assert [p.name for p in split_speakers("Irene Vasquez, *Counting Moths by Night*")] == [
        "Irene Vasquez"
    ]


def test_after_a_colon_comes_what_the_label_introduces_not_its_speaker() -> None:
    for line in ("07.12 Monday Q3: Signals in the Cell", "14.03.2027: Beginn der Tagung"):
        entry = parse_entry(line)
        assert entry is not None and entry.speakers == []
    entry = parse_entry("14:00 - 15:00 Workshop: Pilar Nunez - Writing tests first")
    assert entry is not None
    assert (entry.title, [p.name for p in entry.speakers]) == (
        "Writing tests first",
        ["Pilar Nunez"],
    )
    entry = parse_entry("10:00 Talk: Pilar Nunez")
    assert entry is not None and [p.name for p in entry.speakers] == ["Pilar Nunez"]


def test_an_initial_before_a_name_is_kept_a_list_letter_is_not() -> None:
    from confnotes.importers.headings import read_heading

    line = "16:00-16:30 K. Maria Lindqvist and Otto Rask\tLattices of frames"
    heading = read_heading(line, 2026)
    assert [p.name for p in heading.speakers] == ["K. Maria Lindqvist", "Otto Rask"]
    assert read_heading("B. Building the Next Generation of Field Kits", 2026).speakers == []


def test_a_name_in_east_asian_script_is_one_name_with_or_without_the_space() -> None:
    from confnotes.knowledge.people import name_key

    assert name_key("林 美玲") == name_key("林美玲")
    assert name_key("박 서연") == name_key("박서연")
    assert name_key("Lin Meiling") != name_key("Lin Mei Ling")


def test_a_handle_after_a_slash_is_an_alias_not_a_second_person() -> None:
    _title, people = title_and_speakers("Privacy in practice - Jonas Brehm/jobr", lenient=True)
    assert [(p.name, p.aliases) for p in people] == [("Jonas Brehm", ["jobr"])]
    _title, people = title_and_speakers("Two voices - Ana Ruiz/Bo Li")
    assert [p.name for p in people] == ["Ana Ruiz", "Bo Li"]


def test_a_handle_after_a_packed_name_is_a_persons_mark() -> None:
    from confnotes.importers.person_evidence import weigh_people
    from confnotes.importers.programme import ProgrammePerson, ProgrammeTalk

    text = (
        "## Day one\n\n### Types for everyone\nLena Park\n\n### Faster queues\nOmar Diallo\n\n"
        "### Parsing with care\nHugo Lind\n\n### Let's write schemas! Ana Ruiz @aruiz\n"
        "### Event Start - Join Us Online\n"
    )
    day = {"day": date(2026, 5, 4)}
    talks = [
        ProgrammeTalk("Types for everyone", speakers=[ProgrammePerson("Lena Park")], **day),
        ProgrammeTalk("Faster queues", speakers=[ProgrammePerson("Omar Diallo")], **day),
        ProgrammeTalk("Parsing with care", speakers=[ProgrammePerson("Hugo Lind")], **day),
        ProgrammeTalk("Let's write schemas!", speakers=[ProgrammePerson("Ana Ruiz")], **day),
        ProgrammeTalk("Join Us Online", speakers=[ProgrammePerson("Event Start")], **day),
    ]
    programme = Programme(name="Day one", format="notes")
    programme.talks = talks
    weigh_people(programme, text)
    named = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert named["Let's write schemas!"] == ["Ana Ruiz"]
    assert named["Event Start - Join Us Online"] == []
    assert named["Types for everyone"] == ["Lena Park"]


def test_a_quoted_title_parts_its_speaker_in_a_dated_post() -> None:
    """``## "Title" — Name`` in a dated post among the writer's own headings: the quotes
    mark the title field, so the name after them is its speaker even where the post's
    other headings name nobody (the name is no phrase packed into a title)."""
    text = (
        '---\ntitle: "DevDays 2031 recap"\ndate: 2031-04-02\n---\n\nTwo talks I liked.\n\n'
        '## "Queues are databases" — Ilse Vermeer\n\nIlse compared brokers.\n\n'
        "## Fast builds, by Tomasz Wrona\n\nRemote caching wins.\n\n"
        "## The venue\n\nLovely old theatre.\n\n## Wrap-up\n\nSee you next year!\n"
    )
    p = parse_programme(text.encode(), "devdays-recap.md")
    speakers = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert speakers["Queues are databases"] == ["Ilse Vermeer"]
    assert speakers["Fast builds"] == ["Tomasz Wrona"]


_FIELD_LABELS = """# 팀 세미나 메모

## 09:00 ~ 09:30

**배포 자동화 이야기**
오세훈 | 플랫폼팀

- 한줄 정리: 배포 버튼을 없앤 과정
- 배운 점: 롤백이 쉬워야 한다

## 09:40 ~ 10:10

**로그를 줄이는 법**
유하림 | 운영팀

- 한줄 정리: 필요한 로그만 남기기
- 배운 점: 지표가 로그보다 싸다

## 10:20 ~ 10:50

**문서 문화 만들기**
장서윤 | 개발팀

- 한줄 정리: 글로 결정하는 팀
- 배운 점: 템플릿이 시작을 돕는다
"""


def test_a_label_leading_every_records_bullet_is_a_fields_key_not_a_person() -> None:
    """``한줄 정리: …`` / ``배운 점: …`` under each talk: name-shaped labels, repeated."""
    programme = parse_programme(_FIELD_LABELS.encode(), "seminar.md")
    people = _people(programme)
    assert not people & {"한줄 정리", "배운 점"}


def test_one_name_leading_several_lines_stays_a_person() -> None:
    """One repeated lead alone may be someone's run of talks: no fields without two keys."""
    text = (
        "# Workshop day\n\n- Ana Ruiz: Testing, part one\n- Ana Ruiz: Testing, part two\n"
        "- Ana Ruiz: Testing, part three\n- Bo Lindgren: Closing words\n"
    )
    programme = parse_programme(text.encode(), "day.md")
    assert "Ana Ruiz" in _people(programme)


def test_feminine_french_speaker_labels_name_the_speaker() -> None:
    text = (
        "# Notes de la journée\n\n# Ouverture\n\nSpeakerine : **Léa Fournier**\n\nUn bon début."
        "\n\n# Bases de données\n\nOratrice : Inès Garnier\n\nDes index partout.\n"
    )
    programme = parse_programme(text.encode(), "notes.md")
    assert {"Léa Fournier", "Inès Garnier"} <= _people(programme)
