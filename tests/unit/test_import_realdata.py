"""Programme data files written the way real sites and tools write them (issue 33's real
set): calendars whose every event names its speaker as ORGANIZER and shares one UID, a
zone named by a malformed property, frab XML with several people in one ``<person>``,
nicknames beside names, CSV in any dialect, Jekyll/Hugo data joined across files."""

from __future__ import annotations

from datetime import datetime

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.formats import frab, ical
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.title_speakers import title_and_speakers


def _talk(p: Programme, title: str) -> ProgrammeTalk:
    return next(t for t in p.talks if t.title == title)


def _names(talk: ProgrammeTalk) -> list[str]:
    return [s.name for s in talk.speakers]


def _cal(*events: tuple[str, str, str], head: tuple[str, ...] = ()) -> bytes:
    """A camp's own export: every event with the same UID, its speaker as ORGANIZER."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//camp//schedule//EN", *head]
    for cn, start, summary in events:
        lines += [
            "BEGIN:VEVENT",
            "UID:7001",
            f"ORGANIZER;CN={cn}:MAILTO:hello@lakeshorehack.example",
            f"DTSTART:{start}",
            f"SUMMARY:{summary}",
            "LOCATION: Tent B",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


CAMP = _cal(
    ("Lakeshore Hack", "20250614T170000Z", "Opening night"),
    ("Irma Castellano", "20250615T080000Z", "Radio scanners for beginners"),
    ("Bram Ooms", "20250615T080000Z", "Fuzzing – a field guide"),
    ("nadia ferro aka Vortex", "20250615T090000Z", "Lockpicking village tour"),
    ("Pio `wrench` Saltarelli", "20250615T100000Z", "Soldering without tears"),
    ("Ugo Bassi, Lia Conte", "20250615T110000Z", "Mesh networks in the hills"),
    head=("VTIMEZONE: Europe/Rome",),
)


def test_calendar_events_sharing_one_uid_are_all_kept() -> None:
    p = ical.parse(CAMP, "camp.ics")
    assert len(p.talks) == 6
    assert len({t.source_id for t in p.talks}) == 6


def test_a_zone_named_by_a_calendar_property_gives_local_times() -> None:
    p = ical.parse(CAMP, "camp.ics")
    assert p.timezone == "Europe/Rome"
    assert _talk(p, "Radio scanners for beginners").start == datetime(2025, 6, 15, 10, 0)


def test_organisers_that_differ_per_event_are_the_speakers() -> None:
    p = ical.parse(CAMP, "camp.ics")
    assert _names(_talk(p, "Radio scanners for beginners")) == ["Irma Castellano"]
    assert _names(_talk(p, "Mesh networks in the hills")) == ["Ugo Bassi", "Lia Conte"]
    # the organiser field beats a guess from the title's dash
    assert _names(_talk(p, "Fuzzing – a field guide")) == ["Bram Ooms"]
    # a nickname beside the name is not part of it; a lower-case name is still one
    assert _names(_talk(p, "Lockpicking village tour")) == ["nadia ferro"]
    assert _names(_talk(p, "Soldering without tears")) == ["Pio Saltarelli"]
    # the association the mail address names hosts the camp: it is nobody's name
    assert _talk(p, "Opening night").speakers == []


def test_one_organiser_for_every_event_is_the_host_not_a_speaker() -> None:
    one = _cal(
        ("Dora Vance", "20250615T080000Z", "Welcome"),
        ("Dora Vance", "20250615T090000Z", "Compilers for fun"),
    )
    assert all(not t.speakers for t in ical.parse(one, "one.ics").talks)


def test_nicknames_beside_names_become_aliases() -> None:
    (one,) = split_speakers("Renata `glitch` Ferraz", single_ok=True)
    assert (one.name, one.aliases) == ("Renata Ferraz", ["glitch"])
    (two,) = split_speakers("Osvaldo Prieto aka 0xdeadbeef", single_ok=True)
    assert (two.name, two.aliases) == ("Osvaldo Prieto", ["0xdeadbeef"])
    assert [p.name for p in split_speakers("Tim O'Reilly")] == ["Tim O'Reilly"]


def test_a_kind_prefix_then_a_name_and_role_names_the_speaker() -> None:
    title, people = title_and_speakers("Keynote: Wendell Agbaje, OSF Treasurer")
    assert title == "Keynote: Wendell Agbaje, OSF Treasurer"
    assert [p.name for p in people] == ["Wendell Agbaje"]


FRAB_JOINED = b"""<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><title>Rhine Data Day</title><start>2024-03-07</start>
<end>2024-03-07</end></conference>
<day date="2024-03-07" index="1"><room name="Hall">
<event id="5"><title>Linked archives</title><date>2024-03-07T10:00:00Z</date>
<start>10:00</start><duration>00:20</duration>
<person>Prof. Dr. Jana Weber, Dr. Ole Brandt, Timo Kranz</person>
<room>Hall</room></event>
<event id="6"><title>Open data in cities</title><date>2024-03-07T10:30:00Z</date>
<start>10:30</start><duration>00:20</duration><person>Dr.-Ing. Mara Voss</person>
<room>Hall</room></event>
</room></day></schedule>
"""


def test_frab_person_element_holding_several_people_is_split() -> None:
    p = frab.parse(FRAB_JOINED, "day.xml")
    assert _names(_talk(p, "Linked archives")) == ["Jana Weber", "Ole Brandt", "Timo Kranz"]
    assert _names(_talk(p, "Open data in cities")) == ["Mara Voss"]


def _csv(text: str) -> Programme:
    from confnotes.importers.registry import parse_programme

    return parse_programme(text.encode(), "programme.csv")


def test_a_tab_separated_programme_with_a_packed_content_column() -> None:
    p = _csv(
        "day\thour\tcontent\n"
        "4th March 2026\t09:00–09:30\tRegistration\n"
        "4th March 2026\t09:30-10:00\tOpening by the Faculty Dean, Prof. Hilde Aas\n"
        '4th March 2026\t10:00-10:45\tLecture by dr. Omar Haddad, "Tides and the moon: a primer"\n'
        '4th March 2026\t11:00-11:45\tLecture by  Prof. Sunniva Berg, "Glaciers we lost"\n'
        "4th March 2026\t12:00-12:30\tClosing Lecture by Prof. Kari Lunde\n"
    )
    tide = _talk(p, "Tides and the moon: a primer")
    assert (_names(tide), tide.start) == (["Omar Haddad"], datetime(2026, 3, 4, 10, 0))
    assert _names(_talk(p, "Glaciers we lost")) == ["Sunniva Berg"]
    assert _names(_talk(p, "Opening")) == ["Hilde Aas"]
    assert _names(_talk(p, "Closing Lecture")) == ["Kari Lunde"]
    assert _talk(p, "Registration").speakers == []


def test_a_headerless_semicolon_draft_reads_its_columns_by_content() -> None:
    p = _csv(
        "09:00-09:20;Welcome and logistics;;\n"
        "09:20-10:00;Keynote 1;Aiko Tanabe;Chair: tbd\n"
        ";Session 1;;Chair: tbd\n"
        "10:00-10:20;FP 1;tbd;\n"
        "10:20-10:40;Coffee break;;\n"
        "10:40-11:20;Keynote 2;Lucas Ferreira;Chair: Greta Holm\n"
        "11:20-11:40;Opening of the demo track;Yusuf Demir et al.;\n"
    )
    assert _names(_talk(p, "Keynote 1")) == ["Aiko Tanabe"]
    assert _talk(p, "Keynote 2").kind == "keynote"
    assert _names(_talk(p, "Opening of the demo track")) == ["Yusuf Demir"]
    assert _talk(p, "FP 1").speakers == []  # "tbd" holds a place
    assert [(r.person.name, r.role) for r in p.roles] == [("Greta Holm", "chair")]
    assert all("tbd" not in s.name for t in p.talks for s in t.speakers)


def test_lines_that_only_look_like_a_headerless_table_are_not_one() -> None:
    from confnotes.importers.formats import sessions

    bullets = "- 09:00; coffee; hall\n- 09:30; intro; hall\n- 10:00; demo; lab\n"
    loaded = sessions.load(bullets.encode(), "agenda.txt")  # a list in a note, not a table
    assert not any(isinstance(row, dict) for row in loaded)
    unequal = "09:00;coffee;hall\n09:30;intro\n10:00;demo;lab;extra\n"
    with pytest.raises(BadInputError):
        sessions.load(unequal.encode(), "agenda.txt")


def test_a_headerless_meetup_list_without_times_reads_speakers_and_titles() -> None:
    """``number, speaker, "title"`` rows with no header and no time: the column holding
    a person in every row is the speakers, the phrases beside it the titles, and a
    title's quoted comma stays in it."""
    p = _csv(
        '1,Maren Solberg,"Parsing logs with combinators"\n'
        '1,Tadeo Vargas,"Effects, gently"\n'
        '2,Ilse Brandt,"Streams in production"\n'
        '2,Kofi Mensah,"Property tests for the rest of us"\n'
        '3,Noor Haddad,"Type classes, a field guide"\n'
    )
    assert _names(_talk(p, "Effects, gently")) == ["Tadeo Vargas"]
    assert _names(_talk(p, "Type classes, a field guide")) == ["Noor Haddad"]
    assert len(p.talks) == 5


def test_a_headerless_list_of_people_and_addresses_is_no_programme_of_talks() -> None:
    from confnotes.importers.formats import sessions

    people = (
        "Maren Solberg,maren@example.org,Bergen\n"
        "Tadeo Vargas,tadeo@example.org,Quito\n"
        "Ilse Brandt,ilse@example.org,Kiel\n"
    )
    assert sessions._csv_rows(people) is None


def _together(**files: str) -> Programme:
    from confnotes.importers.join import parse_together

    return parse_together([(text.encode(), f"_data/{name}") for name, text in files.items()])


ZEP_SCHEDULE = (
    "- \n"
    '  date: "2019-05-18"\n'
    "  tracks: \n"
    '    - {title: "Main",  color: "#000000"}\n'
    '    - {title: "Web", color: "#03a9f4"}\n'
    "  timeslots:\n"
    "    - {\n"
    '    \tstartTime: "09:30",\n'
    '    \tendTime: "10:00",\n'
    "    \tsessionIds: [001]\n"
    "    }\n"
    "    - {\n"
    '        startTime: "10:00",\n'
    '        endTime: "10:45",\n'
    "        sessionIds: [101, 201]\n"
    "    }\n"
)
ZEP_SESSIONS = """-
  id: 001
  title: "Opening"
  subtype: keynote
  speakers: [2]
-
  id: 101
  title: "Progressive images"
  subtype: presentation
  speakers: [3, 2]
-
  id: 201
  title: "Tabs versus spaces, revisited"
  speakers: [4]
"""
ZEP_SPEAKERS = """-
  id: 2
  name: " "
  surname: "김하늘"
  company: "company"
  title: "title"
-
  id: 3
  name: "Maren"
  surname: "Lindqvist"
  title: "Frontend lead"
-
  id: 4
  name: "Tomás"
  surname: "Ibarra"
  title: "Staff engineer"
-
  id: 9
  name: "Ines"
  surname: "Kowalczyk"
  title: "Speaker to be scheduled"
"""


def test_zeppelin_data_joins_timeslots_sessions_and_speakers() -> None:
    p = _together(
        **{"schedule.yml": ZEP_SCHEDULE, "sessions.yml": ZEP_SESSIONS, "speakers.yml": ZEP_SPEAKERS}
    )
    opening = _talk(p, "Opening")
    assert (opening.start, opening.kind) == (datetime(2019, 5, 18, 9, 30), "keynote")
    assert _names(opening) == ["김하늘"]  # a blank name, the whole name as surname
    assert _names(_talk(p, "Progressive images")) == ["Maren Lindqvist", "김하늘"]
    assert _talk(p, "Tabs versus spaces, revisited").start == datetime(2019, 5, 18, 10, 0)
    # a speaker's job title is no talk; a speaker without a session is still one
    assert {t.title for t in p.talks} == {
        "Opening",
        "Progressive images",
        "Tabs versus spaces, revisited",
    }
    assert [(r.person.name, r.role) for r in p.roles] == [("Ines Kowalczyk", "speaker")]


HB_SCHEDULE = """[{
  "date": "2018-10-06", "tracks": [{"title": "Hall A"}, {"title": "Hall B"}],
  "timeslots": [
    {"startTime": "09:00", "endTime": "09:30", "sessions": [[50]]},
    {"startTime": "09:30", "endTime": "10:15", "sessions": [[51], [52]]}
  ]}]
"""
HB_SESSIONS = """{
  "50": {"id": 50, "title": "Welcome", "description": ""},
  "51": {"id": 51, "title": "Keynote", "description": ""},
  "52": {"id": 52, "title": "Shaders for web developers", "speakers": [5], "tags": ["Web"]}
}
"""
HB_SPEAKERS = """{
  "5": {"id": 5, "name": "Priya Natarajan", "title": "Graphics engineer", "company": "Lumen",
        "bio": "Draws triangles."}
}
"""


def test_hoverboard_timeslots_of_id_lists_schedule_every_listed_session() -> None:
    p = _together(
        **{"schedule.json": HB_SCHEDULE, "sessions.json": HB_SESSIONS, "speakers.json": HB_SPEAKERS}
    )
    assert _talk(p, "Welcome").start == datetime(2018, 10, 6, 9, 0)
    assert _talk(p, "Keynote").kind == "keynote"
    shaders = _talk(p, "Shaders for web developers")
    assert (_names(shaders), shaders.start) == (["Priya Natarajan"], datetime(2018, 10, 6, 9, 30))
    assert "Graphics engineer" not in {t.title for t in p.talks}


def test_tags_and_subtypes_say_a_talks_kind() -> None:
    p = _together(
        **{
            "talks.yml": "list:\n  - title: Brains need breaks\n    speaker_id: [ana-ruiz]\n"
            "    tags: [wellness, keynote]\n  - title: Vanilla forever\n    speaker_id: [bo-li]\n"
            "    tags: [vanilla]\n",
            "speakers.yml": "list:\n  - id: ana-ruiz\n    first_name: Ana\n    last_name: Ruiz\n"
            "  - id: bo-li\n    first_name: Bo\n    last_name: Li\n",
        }
    )
    assert _talk(p, "Brains need breaks").kind == "keynote"
    assert _talk(p, "Vanilla forever").kind == "talk"
    assert _names(_talk(p, "Vanilla forever")) == ["Bo Li"]


def test_jekyll_dates_written_loosely_and_a_subtitle_that_names_the_speaker() -> None:
    from confnotes.importers.registry import parse_programme

    text = (
        "2025:\n"
        ' - title: "Invited Talk 1"\n'
        "   subtitle: Runa Halvorsen\n"
        '   date: "2025-3-4 9:00 +0000"\n'
        '   type: "Keynote"\n'
        ' - title: "Oral Session 1"\n'
        "   subtitle: Meshes & Point Clouds\n"
        '   date: "2025-03-04 10:30:00 +0000"\n'
        '   type: "Oral"\n'
    )
    p = parse_programme(text.encode(), "schedule.yml")
    invited = _talk(p, "Invited Talk 1")
    assert (_names(invited), invited.start) == (["Runa Halvorsen"], datetime(2025, 3, 4, 9, 0))
    oral = _talk(p, "Oral Session 1")  # a topic is no person
    assert (oral.speakers, oral.start) == ([], datetime(2025, 3, 4, 10, 30))


def test_packed_cells_in_german_and_placeholders_written_nn() -> None:
    p = _csv(
        "Datum\tZeit\tProgrammpunkt\n"
        "9. Mai 2025\t10:00–10:20\tBegrüßung durch den Rektor, Prof. Dr. Anton Reiter\n"
        "9. Mai 2025\t10:20–11:00\tVortrag von Dr. Mirja Holt, „Moore und Klima“\n"
        "9. Mai 2025\t11:30–12:00\tDiskussion mit N.N.\n"
    )
    moor = _talk(p, "Moore und Klima")
    assert (_names(moor), moor.start) == (["Mirja Holt"], datetime(2025, 5, 9, 10, 20))
    assert _names(_talk(p, "Begrüßung")) == ["Anton Reiter"]
    assert all(s.name != "N.N." for t in p.talks for s in t.speakers)


def test_a_decision_column_says_oral_or_poster() -> None:
    p = _csv(
        "paper_id,decision,title,authors\n"
        "3,Accept (Oral),Fast Kernels for Sparse Audio,Ida Berg; Kofi Mensah\n"
        "4,Accept (Poster),Birds in Drone Video,Lea Vogt\n"
    )
    assert _talk(p, "Fast Kernels for Sparse Audio").kind == "oral"
    assert _talk(p, "Birds in Drone Video").kind == "poster"
    assert _names(_talk(p, "Fast Kernels for Sparse Audio")) == ["Ida Berg", "Kofi Mensah"]


def test_a_village_as_organiser_is_no_person() -> None:
    cal = _cal(
        ("Ada Brook", "20250615T080000Z", "Radio basics"),
        ("Kids Village", "20250615T090000Z", "Build a badge"),
    )
    p = ical.parse(cal, "camp.ics")
    assert _talk(p, "Build a badge").speakers == []
    assert _names(_talk(p, "Radio basics")) == ["Ada Brook"]


def test_talks_inside_a_timed_slot_take_its_time_and_yaml_clock_numbers_read_as_clocks() -> None:
    from confnotes.importers.registry import parse_programme

    text = (
        "# - start: 10:00\n#   title: a commented-out template\n"
        "schedule:\n"
        "- date: 2025-10-18\n"
        "  events:\n"
        "  - end: '10:15'\n"
        "    meetings:\n"
        "    - speaker: Mira Sandoval\n"
        "      company: Python Software Foundation\n"
        "      title: Packaging in 2025\n"
        "      venue: 主会场\n"
        "    start: 09:30\n"
        "  - end: '11:00'\n"
        "    meetings:\n"
        "    - speaker: ''\n"
        "      title: 神秘嘉宾\n"
        "      venue: 主会场\n"
        "    start: '10:15'\n"
    )
    p = parse_programme(text.encode(), "schedule.yaml")
    packaging = _talk(p, "Packaging in 2025")
    assert (_names(packaging), packaging.start) == (
        ["Mira Sandoval"],
        datetime(2025, 10, 18, 9, 30),
    )
    assert _talk(p, "神秘嘉宾").start == datetime(2025, 10, 18, 10, 15)


def test_a_presenter_flag_names_the_speaker_and_co_authors_are_people_too() -> None:
    from confnotes.importers.registry import parse_programme

    text = (
        "okafor:\n  title: Sheaves for engineers\n  invited: true\n  authors:\n"
        "    - name: Chidi Okafor\n      presenter: true\n"
        "lindgren:\n  title: Lenses, concretely\n  authors:\n"
        "    - name: Astrid Lindgren\n      presenter: true\n    - name: Pau Soler\n"
    )
    p = parse_programme(text.encode(), "talks.yaml")
    assert {t.title for t in p.talks} == {"Sheaves for engineers", "Lenses, concretely"}
    # the flag says who presents (stop 69): the co-author is named in another role
    assert _names(_talk(p, "Lenses, concretely")) == ["Astrid Lindgren"]
    assert "Pau Soler" in {r.person.name for r in p.roles}


def test_a_programme_points_at_talks_by_a_field_that_is_a_key_of_their_list() -> None:
    p = _together(
        **{
            "program.yml": '- timeStart: "09:00"\n  talk: ingrid\n'
            '- timeStart: "09:45"\n  talk: omar\n'
            '- timeStart: "10:30"\n  title: Break\n'
            '- timeStart: "10:45"\n  talk: wen\n',
            "talks.yml": "- name: Ingrid Aune\n  image: ingrid\n"
            "  title: Threat models for tiny teams\n"
            "- name: Omar Said\n  image: omar\n  title: Phishing kits, dissected\n"
            "- name: Wen Jie\n  image: wen\n  title: Rootkits on routers\n"
            "- name: Ada Nyberg\n  image:\n  title: Logs you can trust\n",
        }
    )
    titles = {t.title for t in p.talks}
    assert {"ingrid", "omar", "wen"}.isdisjoint(titles)
    assert _names(_talk(p, "Phishing kits, dissected")) == ["Omar Said"]
    assert "Logs you can trust" in titles  # not scheduled, still a talk of the event


def test_a_quoted_title_may_hold_brackets() -> None:
    title, people = title_and_speakers('Lecture by Prof. Jo Kim, "Tides (and the moon!)"')
    assert (title, [p.name for p in people]) == ("Tides (and the moon!)", ["Jo Kim"])


def test_a_yaml_data_file_opening_with_the_document_marker_is_data_not_front_matter() -> None:
    """``---`` on the first line of a ``.yml`` that no later line closes is YAML's own
    start-of-document marker: the import read it as front matter never closed and failed."""
    from confnotes.importers.registry import parse_programme

    text = (
        "---\n"
        "talks:\n"
        "- time: '10:00-10:45'\n"
        "  room: Hall B\n"
        "  title: 'Reading logs: a field guide'\n"
        "  speakers: Ines Varga & Tomas Lind\n"
        "- time: '11:00-11:45'\n"
        "  room: Hall B\n"
        "  title: Threat models for small teams\n"
        "  speakers: Odile Marchand\n"
    )
    p = parse_programme(text.encode(), "agenda.yml")
    assert _names(_talk(p, "Reading logs: a field guide")) == ["Ines Varga", "Tomas Lind"]
    assert _names(_talk(p, "Threat models for small teams")) == ["Odile Marchand"]
