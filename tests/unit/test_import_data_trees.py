"""Programme data read as a tree of records by content (issue 33, real set data4): XML of
any vocabulary read like JSON, a detected format that fails giving way to the next,
hours written ``08-10h``, item slugs as titles, a person written as [name, handle], a
name made of parts, a title that begins with its time range, panels that talks point
at, a panel's title never naming a person. Fixtures are written for these tests."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.fields import roles_of
from confnotes.importers.registry import parse_programme
from confnotes.importers.textutil import parse_clock


def _names(talk: object) -> list[str]:
    return [p.name for p in talk.speakers]  # type: ignore[attr-defined]


PAPERS_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<program>
  <session>
    <sessiontitle>Graph Methods</sessiontitle>
    <date>12 June 2019</date>
    <starttime>2019-06-12T14:00:00+02:00</starttime>
    <chairs>
      <chair><name><givenname>Wen</givenname><surname>Zhao</surname></name></chair>
    </chairs>
    <papers>
      <paper>
        <starttime>14:00</starttime>
        <papertitle>Sparse Cuts in Practice</papertitle>
        <authors>
          <author><name><givenname>Lena</givenname><mi/><surname>Oduya</surname></name>
            <affiliation>Tallinn University</affiliation><presenter>1</presenter></author>
          <author><name><givenname>Marco</givenname><mi/><surname>Ferri</surname></name>
            <affiliation>Tallinn University</affiliation><presenter>0</presenter></author>
        </authors>
      </paper>
      <paper>
        <starttime>14:20</starttime>
        <papertitle>Walks on Hypergraphs</papertitle>
        <authors>
          <author><name><givenname>Ibrahim</givenname><surname>Sato</surname></name></author>
        </authors>
      </paper>
    </papers>
  </session>
</program>
"""


def test_xml_that_is_not_frab_is_read_by_content_like_json() -> None:
    p = parse_programme(PAPERS_XML, "program.xml")
    assert p.format == "sessions"
    first, second = p.talks
    assert first.title == "Sparse Cuts in Practice"
    assert first.start == datetime(2019, 6, 12, 14, 0)
    # <presenter>1</presenter> says who presents (stop 69): the co-author is named too
    assert _names(first) == ["Lena Oduya"]
    assert second.start == datetime(2019, 6, 12, 14, 20)
    assert _names(second) == ["Ibrahim Sato"]
    assert sorted((r.role, r.person.name) for r in p.roles) == [
        ("chair", "Wen Zhao"),
        ("other", "Marco Ferri"),
    ]


def test_a_schedule_that_frab_cannot_read_is_read_as_records() -> None:
    xml = (
        b'<?xml version="1.0"?><schedule><conference><title>Data Day</title></conference>'
        b"<entry><title>Opening talk</title><start>2024-05-02T09:00</start>"
        b"<speaker>Ana Ruiz</speaker></entry>"
        b"<entry><title>Second talk</title><start>2024-05-02T10:00</start>"
        b"<speaker>Bo Li</speaker></entry></schedule>"
    )
    p = parse_programme(xml, "schedule.xml")
    assert [(t.title, t.start, _names(t)) for t in p.talks] == [
        ("Opening talk", datetime(2024, 5, 2, 9, 0), ["Ana Ruiz"]),
        ("Second talk", datetime(2024, 5, 2, 10, 0), ["Bo Li"]),
    ]


def test_xml_that_holds_no_programme_is_still_no_crash() -> None:
    for data in (b"<root><a>1</a></root>", b"<schedule><broken>", b"<feed><x/></feed>"):
        try:
            p = parse_programme(data, "x.xml")
        except BadInputError:
            continue  # a clear complaint is fine; a crash or an empty conference is not
        assert p.talks or p.sessions or p.roles


def test_a_title_that_begins_with_its_time_range_gives_the_time_and_the_title() -> None:
    xml = (
        b"<Slides><Slide><Title>Program</Title><Block>"
        b"<Item><Title>14:00-14:30 Welcome and Demonstrations</Title></Item>"
        b"<Item><Title>14:30-15:30 Restful Design with XML</Title></Item>"
        b"<Item><Title>15:30-16:00 Coffee Break</Title></Item>"
        b"</Block></Slide></Slides>"
    )
    p = parse_programme(xml, "program.xml")
    assert [t.title for t in p.talks] == [
        "Welcome and Demonstrations",
        "Restful Design with XML",
        "Coffee Break",
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("08-10h", time(8), time(10)),
        ("11h-11h10", time(11), time(11, 10)),
        ("9h-10h", time(9), time(10)),
        ("13:00 to 13:30", time(13), time(13, 30)),
    ],
)
def test_hours_written_with_an_h_are_a_range(text: str, start: time, end: time) -> None:
    clock = parse_clock(text)
    assert clock is not None and (clock.start, clock.end) == (start, end)


def test_numbers_with_a_dash_are_still_no_time() -> None:
    assert parse_clock("10-12") is None
    assert parse_clock("Room 10-12") is None
    assert parse_clock("10hrs") is None


def test_days_of_items_named_by_slugs_with_hours_give_timed_items() -> None:
    text = (
        "- data: 2022-03-14\n"
        "  programacao:\n"
        "    - horario: 08-10h\n"
        "      evento: abertura\n"
        "    - horario: 10-12h\n"
        "      evento: ana_souza\n"
        "- data: 2022-03-15\n"
        "  programacao:\n"
        "    - horario: 14-16h\n"
        "      evento: encerramento\n"
    )
    p = parse_programme(text.encode(), "programa.yml")
    assert [(t.title, t.start) for t in p.talks] == [
        ("abertura", datetime(2022, 3, 14, 8)),
        ("ana_souza", datetime(2022, 3, 14, 10)),
        ("encerramento", datetime(2022, 3, 15, 14)),
    ]
    assert not p.roles and all(not t.speakers for t in p.talks)


def test_a_person_written_as_name_and_handle_is_one_person() -> None:
    data = (
        b'[{"day": "Day 1", "date": "2023-04-20", "tracks": ['
        b'{"hour": "10:05 AM", "title": "Small Steps", "speaker": [["Rosa Lindqvist", "rosal"]]},'
        b'{"hour": "10:40 AM", "title": "Clocks Off", '
        b'"speaker": [["Emeka Obi", "emekao"], ["Ida Berg", "idab"]]},'
        b'{"hour": "11:15 AM", "title": "Coffee Break"}]}]'
    )
    p = parse_programme(data, "agenda.json")
    by_title = {t.title: t for t in p.talks}
    assert _names(by_title["Small Steps"]) == ["Rosa Lindqvist"]
    assert _names(by_title["Clocks Off"]) == ["Emeka Obi", "Ida Berg"]
    assert by_title["Small Steps"].start == datetime(2023, 4, 20, 10, 5)


def test_panels_that_talks_point_at_are_sessions_and_their_titles_name_no_one() -> None:
    data = (
        b'{"panels": ['
        b'{"id": "p1", "day": "2026-03-01", "block_start": "09:00", '
        b'"title": "Quiet Archives: Memory in Small Towns", "chair": "Dr. Lea Hartmann", '
        b'"room": "HS 1"},'
        b'{"id": "p2", "day": "2026-03-01", "block_start": "09:00", '
        b'"title": "Language and War", "chair": "Jan Novak", "room": "HS 2"}],'
        b' "sessions": ['
        b'{"id": "t1", "day": "2026-03-01", "start": "09:00", "panel_id": "p1", '
        b'"speakers": ["Mira Kovac"], "title": "Letters Nobody Sent"},'
        b'{"id": "t2", "day": "2026-03-01", "start": "09:30", "panel_id": "p1", '
        b'"speakers": ["Tom Weiss"], "title": "Town Chronicles"},'
        b'{"id": "t3", "day": "2026-03-01", "start": "09:00", "panel_id": "p2", '
        b'"speakers": ["Olga Petrova"], "title": "Words at the Front"}]}'
    )
    p = parse_programme(data, "program.json")
    assert sorted(t.title for t in p.talks) == [
        "Letters Nobody Sent",
        "Town Chronicles",
        "Words at the Front",
    ]
    assert {s.title for s in p.sessions} == {
        "Quiet Archives: Memory in Small Towns",
        "Language and War",
    }
    people = {sp.name for t in p.talks for sp in t.speakers} | {r.person.name for r in p.roles}
    assert "Quiet Archives" not in people
    assert {"Lea Hartmann", "Jan Novak"} <= {r.person.name for r in p.roles}
    assert {t.title: t.session for t in p.talks}["Town Chronicles"] == "p1"


def test_one_word_keys_ending_in_a_role_word_have_its_role() -> None:
    assert roles_of("papertitle") == {"title"}
    assert roles_of("sessionspeaker") == {"speaker"}
    assert "name" not in roles_of("nickname")


def test_items_without_a_time_take_their_session_s_start() -> None:
    text = (
        "- date: 2024-02-19\n"
        "  activity:\n"
        "    - hour: '9:00'\n"
        "      name: Plenary lectures\n"
        "      subactivities:\n"
        "        - title: Cooling atoms with light\n"
        "          people: {name: Dr. Vera Lang}\n"
        "        - title: Dipolar gases\n"
        "          people: {name: Prof. Omar Haddad}\n"
        "    - hour: '11:00'\n"
        "      name: Workshop on solvers\n"
        "      subactivities:\n"
        "        - title: Opening remarks\n"
        "        - title: Krylov methods today\n"
        "          speaker: Ana Ruiz\n"
        "          time: '11:10'\n"
    )
    p = parse_programme(text.encode(), "programme.yml")
    starts = {t.title: t.start for t in p.talks}
    assert starts["Cooling atoms with light"] == datetime(2024, 2, 19, 9, 0)
    assert starts["Dipolar gases"] == datetime(2024, 2, 19, 9, 0)
    assert starts["Opening remarks"] == datetime(2024, 2, 19, 11, 0)
    assert starts["Krylov methods today"] == datetime(2024, 2, 19, 11, 10)


def test_a_title_under_a_key_nobody_names_is_found_across_sibling_records() -> None:
    data = (
        b'{"days": [{"date": "2021-09-03", "timeslots": ['
        b'{"startTime": "09:30", "endTime": "10:00", "events": [{"shown": "Doors open", '
        b'"lang": "", "level": "", "speakers": []}]},'
        b'{"startTime": "10:00", "endTime": "10:30", "events": ['
        b'{"shown": "Tracing the kernel with eBPF", "lang": "English", "level": "Advanced", '
        b'"room": {"name": "Hall 5"}, "speakers": [{"name": "Kaito Mori", "org": "Acme"}]},'
        b'{"shown": "Rust for firmware", "lang": "English", "level": "Beginner", '
        b'"room": {"name": "Hall 6"}, "speakers": [{"name": "Ines Duarte", "org": "Beta"}]}'
        b"]}]}]}"
    )
    p = parse_programme(data, "timetable.json")
    by_title = {t.title: t for t in p.talks}
    assert set(by_title) >= {"Tracing the kernel with eBPF", "Rust for firmware"}
    assert by_title["Rust for firmware"].start == datetime(2021, 9, 3, 10, 0)
    assert _names(by_title["Tracing the kernel with eBPF"]) == ["Kaito Mori"]
    assert "English" not in by_title and "Advanced" not in by_title


def test_two_people_a_speakers_list_numbers_alike_stay_two() -> None:
    data = (
        b'{"speakers": ['
        b'{"id": 7, "name": "Ana", "surname": "Ruiz", "company": "Lund University"},'
        b'{"id": 7, "name": "Bo", "surname": "Lindgren", "company": "Data Lab"},'
        b'{"id": 8, "name": "Cem", "surname": "Aydin", "company": "Ege University"}],'
        b' "sessions": ['
        b'{"id": 1, "title": "Plotting at scale", "speakers": [7], "start": "2023-05-04T10:00"},'
        b'{"id": 2, "title": "Shell basics", "speakers": [8], "start": "2023-05-04T11:00"}]}'
    )
    p = parse_programme(data, "data.json")
    people = {sp.name for t in p.talks for sp in t.speakers} | {r.person.name for r in p.roles}
    assert {"Ana Ruiz", "Bo Lindgren", "Cem Aydin"} <= people


def test_the_people_of_a_role_in_the_plural_are_no_one() -> None:
    data = (
        b'{"agenda": [{"time": "02:00 PM", "session": "Lightning round", '
        b'"speakers": ["Ana Ruiz", "Bo Lindgren"]},'
        b'{"time": "03:00 PM onwards", "session": "Mentoring clinic", '
        b'"speakers": ["All Speakers"]}]}'
    )
    p = parse_programme(data, "agenda.json")
    people = {sp.name for t in p.talks for sp in t.speakers} | {r.person.name for r in p.roles}
    assert people == {"Ana Ruiz", "Bo Lindgren"}


def test_people_under_a_key_nobody_names_are_found_across_sibling_records() -> None:
    data = (
        b'[{"when": "2024-03-05 10:00", "who": "Ana Ruiz", "what": "Faster Logs with '
        b'Compaction", "where": "Hall A"},'
        b'{"when": "2024-03-05 11:00", "who": "Bo Lindgren", "what": "Query Planning in '
        b'Practice", "where": "Hall B"},'
        b'{"when": "2024-03-05 12:00", "who": "", "what": "Lunch", "where": "Foyer"}]'
    )
    p = parse_programme(data, "agenda.json")
    assert [(t.title, _names(t)) for t in p.talks if t.kind != "break"] == [
        ("Faster Logs with Compaction", ["Ana Ruiz"]),
        ("Query Planning in Practice", ["Bo Lindgren"]),
    ]


def test_a_speaker_in_title_and_the_talk_in_subtitle_are_read_so() -> None:
    text = (
        "- date: 2024-03-05\n  time: '10:00'\n  title: Ana Ruiz\n"
        "  subtitle: Faster Logs with Compaction\n"
        "- date: 2024-03-05\n  time: '11:00'\n  title: Bo Lindgren\n"
        "  subtitle: Query Planning in Practice\n"
    )
    p = parse_programme(text.encode(), "schedule.yml")
    assert [(t.title, _names(t), t.start) for t in p.talks] == [
        ("Faster Logs with Compaction", ["Ana Ruiz"], datetime(2024, 3, 5, 10, 0)),
        ("Query Planning in Practice", ["Bo Lindgren"], datetime(2024, 3, 5, 11, 0)),
    ]


def test_siblings_with_optional_fields_are_read_together() -> None:
    text = (
        "- date: 2024-03-05\n  time: '10:00'\n  title: Ana Ruiz\n"
        "  subtitle: Faster logs with compaction\n"
        "- date: 2024-03-05\n  time: '11:00'\n  title: Bo Lindgren\n"
        "  subtitle: Query planning in practice\n  room: B\n"
        "- date: 2024-03-05\n  time: '12:00'\n  title: Lunch\n"
    )
    p = parse_programme(text.encode(), "schedule.yml")
    assert [(t.title, _names(t)) for t in p.talks] == [
        ("Faster logs with compaction", ["Ana Ruiz"]),
        ("Query planning in practice", ["Bo Lindgren"]),
        ("Lunch", []),
    ]


def test_slash_days_are_read_in_the_order_all_the_records_agree_on() -> None:
    data = (
        b'[{"date": "28/08/2016", "start": "15:00", "name": "Opening plenary"},'
        b'{"date": "01/09/2016", "start": "14:20", "name": "Markets after the crisis"},'
        b'{"date": "02/09/2016", "start": "08:30", "name": "Breakfast club on banks"}]'
    )
    p = parse_programme(data, "program.json")
    assert [t.start for t in p.talks] == [
        datetime(2016, 8, 28, 15, 0),
        datetime(2016, 9, 1, 14, 20),
        datetime(2016, 9, 2, 8, 30),
    ]


def test_a_day_of_untitled_slots_holding_titled_items_gives_talks() -> None:
    text = (
        "- title: Tuesday\n  date: 03/11/2026\n  blocks:\n"
        "  - start: '08:50'\n    activities:\n    - {title: Opening plenary, room: Hall 1}\n"
        "  - start: '10:20'\n    activities:\n    - {title: Technical session 1, room: Hall 1}\n"
        "    - {title: Short course 1, room: Lab 2}\n"
        "- title: Wednesday\n  date: 04/11/2026\n  blocks:\n"
        "  - start: '08:00'\n    activities:\n    - {title: Technical session 5, room: Hall 1}\n"
    )
    p = parse_programme(text.encode(), "program.yml")
    assert [(t.title, t.start) for t in p.talks] == [
        ("Opening plenary", datetime(2026, 11, 3, 8, 50)),
        ("Technical session 1", datetime(2026, 11, 3, 10, 20)),
        ("Short course 1", datetime(2026, 11, 3, 10, 20)),
        ("Technical session 5", datetime(2026, 11, 4, 8, 0)),
    ]


def test_a_session_s_place_is_no_talk_and_a_name_with_a_job_line_is_the_name() -> None:
    text = (
        "- date: 22/02/2024\n  activity:\n"
        "  - hour: '9:00'\n    name: Plenary lectures\n"
        "    location: {name: Physics Department, tag: phys, room: Aula A108}\n"
        "    subactivities:\n"
        "    - title: Open quantum matter\n"
        "      people: {name: 'dr. Alberto Bianchi, CNR researcher'}\n"
        "    - title: Superfluids of light\n"
        "      people: {name: 'Carla Neri, PhD student at UNITN'}\n"
    )
    p = parse_programme(text.encode(), "programme.yml")
    assert [(t.title, _names(t)) for t in p.talks] == [
        ("Open quantum matter", ["Alberto Bianchi"]),
        ("Superfluids of light", ["Carla Neri"]),
    ]
