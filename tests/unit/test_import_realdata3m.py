"""Programme data files as real sites write them (issue 33, real set ``data3m``): a
workshop's programme kept in a file its site calls ``speakers``, people named by given
and family name fields, speakers lists that name their talk by title, group phrases in
a speaker field."""

from __future__ import annotations

import json

from confnotes.importers.join import parse_together
from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.registry import detect_format, parse_programme


def _talk(p: Programme, title: str) -> ProgrammeTalk:
    return next(t for t in p.talks if t.title == title)


def _names(talk: ProgrammeTalk) -> list[str]:
    return [s.name for s in talk.speakers]


def _people(p: Programme) -> set[str]:
    return {s.name for t in p.talks for s in t.speakers} | {r.person.name for r in p.roles}


WORKSHOP_ROWS = [
    {"n": 1, "given": "", "family": "", "slot": "8:30-9:00am", "title": "Coffee"},
    {"n": 2, "slot": "Chair<br>9:00-10:30am", "given": "Orla", "family": "Brennan", "org": "X"},
    {"n": 3, "given": "Tomasz", "family": "Wilk", "slot": "", "title": "Sparse Kernels at Scale"},
    {"n": 4, "given": "Ines", "family": "Halvorsen", "slot": "", "title": "Priors From Old Data"},
    {"n": 5, "given": "", "family": "", "slot": "10:30-11:00am", "title": "Break"},
    {"n": 6, "slot": "Moderator<br>11:00-12:00", "given": "Rafael", "family": "Quintero"},
    {"n": 7, "given": "Mei", "family": "Okafor", "slot": "", "title": "Streaming Quantiles"},
]


def test_a_timetable_kept_as_speakers_json_is_read_as_talks_with_their_people() -> None:
    data = json.dumps(WORKSHOP_ROWS).encode()
    p = parse_programme(data, "speakers.json")  # the site's name for its programme
    assert _names(_talk(p, "Sparse Kernels at Scale")) == ["Tomasz Wilk"]
    assert _names(_talk(p, "Streaming Quantiles")) == ["Mei Okafor"]
    chairs = {r.person.name for r in p.roles if r.role == "chair"}
    assert chairs == {"Orla Brennan", "Rafael Quintero"}  # rows naming a chair: no talks
    assert all(t.title not in ("X", "Orla Brennan") for t in p.talks)


def test_given_and_family_names_of_a_talks_speakers_field_make_no_talks() -> None:
    data = json.dumps(
        {
            "agenda": [
                {
                    "id": 7,
                    "name": "Tidal Energy Forecasts",
                    "start": "2025-05-02T10:00",
                    "speakers": [{"given": "Lea", "family": "Sommer", "title": "Engineer"}],
                }
            ]
        }
    ).encode()
    p = parse_programme(data, "agenda.json")
    assert [t.title for t in p.talks] == ["Tidal Energy Forecasts"]  # "Engineer" is a job
    assert _names(p.talks[0]) == ["Lea Sommer"]


SLOTS_YML = """\
morning:
  - slot: '9:30 AM — 10:00 AM'
    title: Doors and coffee
  - slot: '10:00 AM — 10:40 AM'
    title: "Parsers You Can Read"
  - slot: '10:45 AM — 11:25 AM'
    title: "Caching the Uncacheable."
"""

PEOPLE_YML = """\
people:
  - name: Halima Oduya
    handle: "@halima"
    talk: "Parsers you can read"
    bio: Writes compilers for fun.
  - name: Bjorn Castell
    job: Staff engineer
    title: Principal Engineer
    session:
      title: "Caching the Uncacheable"
      abstract: Why the last ten percent matters.
  - name: Priya Ramaswamy
    talk: "Fuzzing Spreadsheets"
"""


def test_a_speakers_list_names_its_talks_by_title_across_the_files_given() -> None:
    p = parse_together([(SLOTS_YML.encode(), "slots.yml"), (PEOPLE_YML.encode(), "people.yml")])
    assert _names(_talk(p, "Parsers You Can Read")) == ["Halima Oduya"]
    assert _names(_talk(p, "Caching the Uncacheable.")) == ["Bjorn Castell"]
    # a talk the timetable does not list yet is still the speaker's talk
    assert _names(_talk(p, "Fuzzing Spreadsheets")) == ["Priya Ramaswamy"]
    assert all(t.title != "Principal Engineer" for t in p.talks)  # a job, not a talk


def test_a_group_phrase_or_a_division_in_a_speaker_field_is_no_person() -> None:
    rows = [
        {"start": "2025-10-03 09:00", "speaker": "Hackday organisers", "title": "Welcome"},
        {"start": "2025-10-03 09:30", "speaker": "Nadia Ferreira", "title": "Open FPGA Flows"},
        {"start": "2025-10-03 10:00", "speaker": "Floor discussion", "title": "Your Questions"},
        {"start": "2025-10-03 10:30", "speaker": "Platform Tools Division", "title": "Roadmap"},
        {"start": "2025-10-03 11:00", "speaker": "Jan de Wit", "title": "Timing Closure"},
    ]
    data = json.dumps(rows).encode()
    assert detect_format(data, "schedule.json") == "sessions"
    p = parse_programme(data, "schedule.json")
    assert _people(p) == {"Nadia Ferreira", "Jan de Wit"}
    assert _names(_talk(p, "Welcome")) == []


def test_a_slot_title_with_a_note_in_brackets_still_says_its_kind() -> None:
    csv = (
        b"order,speaker,where_from,title,slot\n"
        b"1,Hosts,,Opening (10 min),09:00 - 09:10\n"
        b"2,Maren Ekdahl,Oslo Met,Plenary 1 (35 + 10 Q&A),09:10 - 09:55\n"
        b"3,Tariq Bellamy,Qatar Labs,Keynote 2 (20 + 5 Q&A),10:00 - 10:25\n"
        b"4,Panelists,,Round table (40),10:30 - 11:10\n"
        b"5,Panelists,,Panel discussion (45),11:10 - 11:55\n"
    )
    p = parse_programme(csv, "schedule.csv")
    assert _talk(p, "Plenary 1 (35 + 10 Q&A)").kind == "keynote"
    assert _talk(p, "Keynote 2 (20 + 5 Q&A)").kind == "keynote"
    assert _talk(p, "Panel discussion (45)").kind == "panel"
    assert _people(p) == {"Maren Ekdahl", "Tariq Bellamy"}  # "Hosts", "Panelists": roles


def test_a_name_in_cjk_script_with_a_handle_after_a_slash_is_one_person() -> None:
    rows = [
        {"time": "13:00", "title": "受付", "name": ""},
        {"time": "13:30", "title": "型安全なフォーム設計", "name": "森下 遥/haruka_m"},
        {"time": "14:00", "title": "小さなチームのCI", "name": "岩崎 大地"},
        {"time": "14:30", "title": "社内アプリの運用記録", "name": "藤原悠真/yuma"},
    ]
    p = parse_programme(json.dumps(rows, ensure_ascii=False).encode(), "sessions.json")
    assert _names(_talk(p, "社内アプリの運用記録")) == ["藤原悠真"]
    assert "yuma" not in _people(p)


def test_a_chair_field_of_several_lines_names_the_people_on_them_only() -> None:
    data = json.dumps(
        [
            {
                "title": "Session 2: Imaging",
                "chair": "Oona Virtanen\nSponsored by the Northern Imaging Network.",
                "events": [
                    {
                        "title": "Atlases on Demand",
                        "date": "2025-08-21",
                        "start": "11:00",
                        "authors": ["Kaito Ueda"],
                    },
                    {
                        "title": "Noise Models for Cheap Scanners",
                        "date": "2025-08-21",
                        "start": "11:30",
                        "authors": ["Beatriz Pinto"],
                    },
                ],
            }
        ]
    ).encode()
    p = parse_programme(data, "schedule.json")
    chairs = {r.person.name for r in p.roles if r.role == "chair"}
    assert chairs == {"Oona Virtanen"}


def test_days_written_without_a_year_take_the_year_the_file_name_gives() -> None:
    days = [
        {
            "date": "14th June",
            "sessions": [
                {
                    "time": "10:00 AM – 11:00 AM",
                    "title": "Reading Old Maps",
                    "speaker": "Ada Moreau",
                },
                {"time": "11:30 AM – 12:00 PM", "title": "Print Runs", "speaker": "Olu Bankole"},
            ],
        }
    ]
    data = json.dumps(days).encode()
    p = parse_programme(data, "bookfair-2024_programme.json")
    assert _talk(p, "Reading Old Maps").start is not None
    assert _talk(p, "Reading Old Maps").start.isoformat() == "2024-06-14T10:00:00"
    # no year in the name: the day is not guessed
    undated = parse_programme(data, "programme.json")
    assert _talk(undated, "Reading Old Maps").start is None


def test_a_description_column_that_holds_only_names_holds_the_speakers() -> None:
    yml = (
        "morning:\n"
        "  - slot: '9:00 AM — 9:45 AM'\n"
        "    title: Doors and breakfast\n"
        "    description: Get your badge at the north entrance\n"
        "  - slot: '9:45 AM — 10:15 AM'\n"
        "    title: Garbage Collectors Explained With Bicycles\n"
        "    description: Ilse Marchetti\n"
        "  - slot: '10:20 AM — 10:50 AM'\n"
        "    title: What Queues Taught Me\n"
        "    description: Kwame Asante-Boateng\n"
        "  - slot: '11:00 AM — 11:30 AM'\n"
        "    title: Ten Years of One Monolith\n"
        "    description: Rosalind Achterberg\n"
        "  - slot: '11:35 AM — 12:05 PM'\n"
        "    title: Shipping on Fridays\n"
        "    description: Tavita Leaupepe\n"
        "  - slot: '12:10 PM — 12:40 PM'\n"
        "    title: Property Tests for Payroll\n"
        "    description: Joaquim Ferraz\n"
    )
    p = parse_programme(yml.encode(), "schedule.yml")
    assert _names(_talk(p, "What Queues Taught Me")) == ["Kwame Asante-Boateng"]
    assert _names(_talk(p, "Doors and breakfast")) == []
