"""Data files that write a talk's facts inside one value rather than in fields of their
own: HTML lines in an ``info`` field, a by-line as the description, a YAML document
marker with spaces after it (issue 33: files nobody on the team has seen)."""

from __future__ import annotations

import json
from datetime import datetime

from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import chaired_by, title_and_speakers


def _talks(data: bytes, name: str) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in parse_programme(data, name).talks}


def test_a_title_line_and_a_name_line_in_one_marked_up_value() -> None:
    data = (
        "- when: 07.03.2030 18:00-19:30\n"
        "  room: B-2 hall 4\n"
        '  info: "<u>Intro to Rust</u><br><b>Ewa Kowalczyk</b>"\n'
        "- when: 14.03.2030 18:00-19:30\n"
        "  room: B-2 hall 4\n"
        '  info: "<u>Ownership, part 2</u><br><b>Ewa Kowalczyk</b>"\n'
        "- when: 21.03.2030 18:00-19:30\n"
        "  room: B-2 hall 4\n"
        '  info: "<b>Marek Zieliński</b><br><u>Async without tears</u>"\n'
    ).encode()
    programme = parse_programme(data, "agenda.yml")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Intro to Rust"].speakers] == ["Ewa Kowalczyk"]
    assert [p.name for p in talks["Async without tears"].speakers] == ["Marek Zieliński"]
    assert talks["Ownership, part 2"].start == datetime(2030, 3, 14, 18, 0)


def test_a_description_that_is_only_a_by_line_names_the_speaker() -> None:
    records = [
        {"hour": "09:00", "title": "Design systems that last", "description": "por Thiago Sampaio"},
        {"hour": "10:00", "title": "CSS layers in practice", "description": "por Ana Luísa Prado"},
        {
            "hour": "11:00",
            "title": "Coffee",
            "description": "Time to talk with friends over coffee",
        },
    ]
    data = json.dumps(records).encode()
    talks = _talks(data, "schedule.json")
    assert talks["Design systems that last"] == ["Thiago Sampaio"]
    assert talks["CSS layers in practice"] == ["Ana Luísa Prado"]
    assert talks["Coffee"] == []


def test_a_yaml_document_marker_with_spaces_after_it_still_opens_the_records() -> None:
    data = (
        b"--- \n"
        b"- \n"
        b"  entries: \n"
        b'    - content: "Breakfast"\n'
        b'      date: "2030-04-25 09:00"\n'
        b'    - content: "Open data in small museums"\n'
        b'      date: "2030-04-25 10:00"\n'
        b'    - content: "Snacks & drinks"\n'
        b'      date: "2030-04-25 18:30"\n'
        b'  title: "25 April"\n'
    )
    programme = parse_programme(data, "program.yml")
    kinds = {t.title: t.kind for t in programme.talks}
    assert kinds["Open data in small museums"] == "talk"
    assert kinds["Breakfast"] == "break" and kinds["Snacks & drinks"] == "break"


def test_a_by_word_inside_the_title_is_passed_over_for_the_by_line_after_it() -> None:
    title, people = title_and_speakers("Segurança no app da discórdia, por Toni Albuquerque")
    assert title == "Segurança no app da discórdia"
    assert [p.name for p in people] == ["Toni Albuquerque"]
    # a by-line after a participle of chairing names the chair, no speaker
    assert title_and_speakers("Table ronde animée par Claire Fontaine")[1] == []
    assert chaired_by("Table ronde animée par Claire Fontaine") == (
        "Table ronde",
        [ProgrammePerson("Claire Fontaine")],
    )


def test_a_slot_whose_description_lists_titles_over_by_lines_holds_those_talks() -> None:
    records = [
        {"hour": "09:00", "title": "Design systems that last", "description": "by Thiago Sampaio"},
        {
            "hour": "11:00",
            "title": "Lightning round 1",
            "description": "Tiny CLIs in Go<br>by Rosa Lindgren<br><br>"
            "Why we dropped our ORM<br>by Kenji Mori",
        },
        {"hour": "12:00", "title": "Lunch", "description": "Food and chat<br>in the hall"},
    ]
    programme = parse_programme(json.dumps(records).encode(), "schedule.json")
    talks = {t.title: t for t in programme.talks}
    assert "Lightning round 1" not in talks  # the slot is the session of its talks
    tiny, orm = talks["Tiny CLIs in Go"], talks["Why we dropped our ORM"]
    assert [p.name for p in tiny.speakers] == ["Rosa Lindgren"]
    assert [p.name for p in orm.speakers] == ["Kenji Mori"]
    assert tiny.clock == orm.clock and tiny.clock is not None
    assert tiny.session is not None and tiny.session == orm.session
    assert [s.title for s in programme.sessions if s.key == tiny.session] == ["Lightning round 1"]
    assert talks["Lunch"].kind == "break"


def test_a_speakers_handle_column_is_about_them_not_one_more_speaker() -> None:
    from confnotes.importers.fields import roles_of

    assert "speaker" not in roles_of("presenter_twitter")
    assert "speaker" not in roles_of("speakerGithub")
    data = (
        b"date,presenter,title,presenter_twitter,presenter_url\n"
        b"2031-02-24,Nora Quist,Tides of data in the newsroom,noraq,https://example.org/nq\n"
        b"2031-03-23,Omar Haddad,Maps that readers trust,omarh,\n"
    )
    talks = _talks(data, "talks.csv")
    assert talks["Tides of data in the newsroom"] == ["Nora Quist"]
    assert talks["Maps that readers trust"] == ["Omar Haddad"]


def test_people_named_as_a_group_are_no_one() -> None:
    from confnotes.importers.persons import is_person_name

    assert not is_person_name("HPC Champions", single_ok=True)
    assert not is_person_name("Community Volunteers", single_ok=True)


def test_a_talk_listed_once_per_presenter_on_a_day_is_one_talk() -> None:
    data = (
        b"date,presenter,title\n"
        b"2031-02-24,Nora Quist,Meet the makers: Ground Truth\n"
        b"2031-02-24,Omar Haddad,Meet the makers: Ground Truth\n"
        b"2031-03-23,Lena Vogt,Maps that readers trust\n"
    )
    programme = parse_programme(data, "talks.csv")
    makers = [t for t in programme.talks if t.title == "Meet the makers: Ground Truth"]
    assert len(makers) == 1
    assert [p.name for p in makers[0].speakers] == ["Nora Quist", "Omar Haddad"]


def test_a_short_description_beside_a_speaker_is_the_title_when_no_key_is() -> None:
    data = (
        b"- time: 9:00 AM - 10:00 AM\n"
        b"  description: Attacking the tide tables\n"
        b"  speaker: Nora Quist\n"
        b"- time: 10:00 AM - 10:20 AM\n"
        b"  description: Maps that readers trust\n"
        b"  speaker: Omar Haddad\n"
        b"- time: 10:20 AM - 10:40 AM\n"
        b"  description: Light snacks and coffee\n"
        b"  speaker: ''\n"
    )
    talks = _talks(data, "timetable.yml")
    assert talks["Attacking the tide tables"] == ["Nora Quist"]
    assert talks["Maps that readers trust"] == ["Omar Haddad"]
