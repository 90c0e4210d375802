"""Programme data whose fields are told by what they hold, not by their keys (issue 33,
point 5): a column that names people in some rows and topics in others, a panel's
people in one name field, a timetable's ids that no file given explains."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.join import parse_together
from confnotes.importers.registry import parse_programme


def _talks(programme):  # type: ignore[no-untyped-def]
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_a_column_of_names_in_some_rows_and_topics_in_others_is_read_row_by_row() -> None:
    data = (
        b"begin,finish,what,title,more\n"
        b"9:00,9:15,Welcome,,\n"
        b"9:15,10:00,Invited:,Halvard Brekke,Why every archive needs a budget line\n"
        b"10:00,10:45,Invited:,Noor Rahimi,Fixity checks at petabyte scale\n"
        b"11:00,12:00,Panel:,Shared storage for small labs,"
        b'"Halvard Brekke, Ilse Vermeer and Kofi Mensah"\n'
        b"12:00,12:45,Invited:,Mei-Ling Osei,Provenance records people actually fill in\n"
    )
    talks = _talks(parse_programme(data, "programme.csv"))
    assert talks["Why every archive needs a budget line"] == ["Halvard Brekke"]
    assert talks["Fixity checks at petabyte scale"] == ["Noor Rahimi"]
    assert talks["Shared storage for small labs"] == [
        "Halvard Brekke",
        "Ilse Vermeer",
        "Kofi Mensah",
    ]
    # the column vouches for a name the person test does not take alone: no talk is
    # titled with it, the title is the talk's own
    assert "Provenance records people actually fill in" in talks
    assert not any(t in talks for t in ("Halvard Brekke", "Noor Rahimi", "Mei-Ling Osei"))


def test_a_plain_title_and_speaker_table_is_read_as_before() -> None:
    data = (
        b"start,title,speaker\n"
        b"9:00,Why every archive needs a budget line,Halvard Brekke\n"
        b"10:00,Fixity checks at petabyte scale,Noor Rahimi\n"
        b"11:00,Provenance records people fill in,Ilse Vermeer\n"
    )
    talks = _talks(parse_programme(data, "programme.csv"))
    assert talks == {
        "Why every archive needs a budget line": ["Halvard Brekke"],
        "Fixity checks at petabyte scale": ["Noor Rahimi"],
        "Provenance records people fill in": ["Ilse Vermeer"],
    }


def test_rows_whose_two_columns_both_hold_names_are_not_swapped() -> None:
    data = (
        b"start,title,note\n"
        b"9:00,Halvard Brekke,Noor Rahimi\n"
        b"10:00,Ilse Vermeer,Kofi Mensah\n"
        b"11:00,Storage for small labs,Lunch after\n"
    )
    talks = _talks(parse_programme(data, "programme.csv"))
    assert "Halvard Brekke" in talks  # nothing moved: the pair says nothing


def test_a_panel_naming_its_panellists_in_one_name_field_keeps_them_all() -> None:
    data = b"""{"Sunday": {"14:00": {"Room 1": {
        "name": "Keren Ashkenazi, Duc Anh Tran, Maribel Orozco",
        "bio": "Three maintainers.", "title": "Maintainers talk back", "type": "panel"},
      "Room 2": {"name": "Oskar Lindfors", "bio": "Builds compilers.",
        "title": "Tiny compilers for tiny boards", "type": "talk"}}}}"""
    talks = _talks(parse_programme(data, "schedule.json"))
    assert talks["Maintainers talk back"] == ["Keren Ashkenazi", "Duc Anh Tran", "Maribel Orozco"]
    assert talks["Tiny compilers for tiny boards"] == ["Oskar Lindfors"]


def test_a_slot_pointing_at_a_talk_no_file_holds_is_no_talk_of_its_own() -> None:
    agenda = b"""- from: "09:00"
  title: Welcome
- from: "09:10"
  session: guadalupe
- from: "09:50"
  session: tobiah
- from: "10:50"
  session: wenjing
- from: "11:30"
  session: margarethe
"""
    sessions = b"""- handle: tobiah
  speaker: Tobiah Okonkwo
  title: Reading old tape formats
- handle: wenjing
  speaker: Wenjing Liu
  title: Checksums all the way down
- handle: margarethe
  speaker: Margarethe Vogl
  title: Migration plans that outlive their authors
"""
    programme = parse_together([(agenda, "agenda.yml"), (sessions, "sessions.yml")])
    talks = _talks(programme)
    assert talks["Reading old tape formats"] == ["Tobiah Okonkwo"]
    assert talks["Checksums all the way down"] == ["Wenjing Liu"]
    assert not {"guadalupe", "tobiah", "wenjing", "margarethe"} & set(talks)


def test_starts_written_as_unix_times_are_read_in_utc() -> None:
    data = b"""[
      {"begins": 1746264600, "ends": 1746267300, "title": "Tiny compilers for tiny boards",
       "speakers": ["Oskar Lindfors"]},
      {"begins": "1746268800000", "title": "Rendering text is harder than you think",
       "speakers": ["Zainab Haddad"]},
      {"begins": 45, "title": "Maintainers talk back", "speakers": ["Keren Ashkenazi"]}
    ]"""
    programme = parse_programme(data, "export.json")
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Tiny compilers for tiny boards"] == datetime(2025, 5, 3, 9, 30)
    assert starts["Rendering text is harder than you think"] == datetime(2025, 5, 3, 10, 40)
    assert starts["Maintainers talk back"] != datetime(1970, 1, 1, 0, 0, 45)  # minutes, no epoch


def test_a_grid_keyed_by_day_clock_and_room_gives_each_talk_its_time_and_room() -> None:
    data = b"""{"2025-05-03": {
      "09:30": {"Hall A": {"title": "Tiny compilers for tiny boards", "speaker": "Oskar Lindfors"},
                "Hall B": {"title": "Rendering text is harder than you think",
                           "speaker": "Zainab Haddad"}},
      "1:45pm": {"Hall A": {"title": "Maintainers talk back", "speaker": "Keren Ashkenazi"},
                 "Hall B": null},
      "12:00": {"Hall A": "Lunch", "Hall B": "Lunch"}}}"""
    talks = {t.title: (t.start, t.room) for t in parse_programme(data, "grid.json").talks}
    assert talks["Tiny compilers for tiny boards"] == (datetime(2025, 5, 3, 9, 30), "Hall A")
    assert talks["Rendering text is harder than you think"] == (
        datetime(2025, 5, 3, 9, 30),
        "Hall B",
    )
    assert talks["Maintainers talk back"] == (datetime(2025, 5, 3, 13, 45), "Hall A")


def test_a_room_named_by_the_id_of_a_rooms_list_is_its_name() -> None:
    data = b"""{"event": {"name": "Harbour Dev Day", "start_date": "2025-05-03"},
     "sessions": [
       {"time": "9:30", "title": "Tiny compilers for tiny boards", "speaker": "Oskar Lindfors",
        "room": "r1"},
       {"time": "10:40am", "title": "Rendering text is harder than you think",
        "speaker": "Zainab Haddad", "room": "r2"}],
     "rooms": [{"id": "r1", "name": "Hall A"}, {"id": "r2", "name": "Hall B"}]}"""
    programme = parse_programme(data, "event.json")
    talks = {t.title: (t.start, t.room) for t in programme.talks}
    assert talks["Tiny compilers for tiny boards"] == (datetime(2025, 5, 3, 9, 30), "Hall A")
    assert talks["Rendering text is harder than you think"] == (
        datetime(2025, 5, 3, 10, 40),
        "Hall B",
    )


def test_a_room_code_is_read_from_a_rooms_list_whatever_its_fields_are_called() -> None:
    data = b"""meetup:
  name: Fjord Data Meetup
  date: 2025-11-13
rooms:
  - key: k1
    label: Kantine
  - key: k2
    label: Loft
agenda:
  - at: "18:30"
    title: Streaming joins without tears
    speaker: Astrid Holm
    room: k1
  - at: "19:10"
    title: Keeping a data catalogue honest
    speaker: Jonas Berge
    room: k2
"""
    rooms = {t.title: t.room for t in parse_programme(data, "meetup.yml").talks}
    assert rooms == {
        "Streaming joins without tears": "Kantine",
        "Keeping a data catalogue honest": "Loft",
    }


def test_a_column_of_names_with_their_organisations_is_the_speakers() -> None:
    data = b"""[
 {"when": "2025-05-03 09:30", "what": "Tiny compilers for tiny boards",
  "who": "Oskar Lindfors (Nordlys Labs)"},
 {"when": "2025-05-03 10:40", "what": "Rendering text is harder than you think",
  "who": "Zainab Haddad, Glyphworks"},
 {"when": "2025-05-03 11:30", "what": "Coffee", "who": ""}
]"""
    talks = {
        t.title: [(p.name, p.affiliations) for p in t.speakers]
        for t in parse_programme(data, "day.txt").talks
    }
    assert talks["Tiny compilers for tiny boards"] == [("Oskar Lindfors", ["Nordlys Labs"])]
    assert talks["Rendering text is harder than you think"] == [("Zainab Haddad", ["Glyphworks"])]


def test_a_two_column_timetable_is_data_and_a_sentence_with_a_comma_is_not() -> None:
    data = (
        "Uhrzeit;Programmpunkt\n"
        "2025-06-06 09:15;Jannik Vollmer - Wetterdaten aus dem Schulgarten\n"
        "2025-06-06 10:45;Kaffeepause\n"
        '2025-06-06 11:00;"""Bodenproben ohne Labor"" von Marlene Kühn"\n'
        "2025-06-06 11:15;Lernen mit Sensoren – Aylin Demir & Gregor Falk\n"
    ).encode()
    talks = {
        t.title: (t.start, [p.name for p in t.speakers])
        for t in parse_programme(data, "plan.csv").talks
    }
    assert talks["Wetterdaten aus dem Schulgarten"] == (
        datetime(2025, 6, 6, 9, 15),
        ["Jannik Vollmer"],
    )
    assert talks["Lernen mit Sensoren"][1] == ["Aylin Demir", "Gregor Falk"]
    assert talks["Bodenproben ohne Labor"][1] == ["Marlene Kühn"]  # no quotes kept
    note = b"Hello there, friends\nThis is my note about the day\nWe met at noon, then left\n"
    assert parse_programme(note, "note.txt").format != "sessions"


def test_a_grid_cell_naming_a_keynote_speaker_without_a_title_is_their_keynote() -> None:
    data = b"""{"2025-05-03": {"9:00": {
      "Hall A": {"name": "Sunniva Dahl", "bio": "Repairs weather stations.", "title": "",
                 "type": "keynote"},
      "Hall B": null},
      "10:00": {"Hall A": {"name": "Ngozi Eze", "bio": "Builds antennas.",
                           "title": "A field guide to LoRa antennas", "type": "talk"},
                "Hall B": null}}}"""
    talks = {
        t.title: (t.start, [p.name for p in t.speakers], t.kind)
        for t in parse_programme(data, "grid.json").talks
    }
    assert talks["Keynote"] == (datetime(2025, 5, 3, 9, 0), ["Sunniva Dahl"], "keynote")
    assert talks["A field guide to LoRa antennas"][1] == ["Ngozi Eze"]


def test_a_time_slot_whose_other_keys_are_rooms_puts_each_talk_in_its_room() -> None:
    data = (
        "day: 2026-03-19\n"
        "slots:\n"
        "- time: 10:00–10:40\n"
        "  harbour:\n"
        "    title: Fuzzing parsers nobody maintains\n"
        "    speakers: Ilona Varga\n"
        "  lighthouse:\n"
        "    title: 'Secrets in CI: an honest inventory'\n"
        "    speakers: Jomo Kariuki\n"
        "- time: 11:00–11:40\n"
        "  harbour:\n"
        "    title: Red teaming the coffee machine\n"
        "    speakers: Ilona Varga\n"
    ).encode()
    programme = parse_programme(data, "agenda.yml")
    talks = {t.title: t for t in programme.talks}
    secrets = talks["Secrets in CI: an honest inventory"]
    assert secrets.room == "Lighthouse"
    assert [p.name for p in secrets.speakers] == ["Jomo Kariuki"]
    assert secrets.start == datetime(2026, 3, 19, 10, 0)
    assert talks["Red teaming the coffee machine"].room == "Harbour"
    assert not any(t.title.lower() in ("harbour", "lighthouse") for t in programme.talks)


def test_programme_data_that_names_no_event_is_named_after_its_file() -> None:
    data = (
        b'[{"title": "Knitting with lasers", "speaker": "Oona Lindqvist",'
        b' "start": "2025-02-01T10:00"}]'
    )
    programme = parse_programme(data, "/tmp/makerfest_2025.json")
    assert programme.name == "makerfest 2025"
    assert programme.name_from == "file name"


def test_a_speakers_list_whose_title_column_holds_jobs_gives_people_not_talks() -> None:
    data = (
        b"- name: Amaia Etxeberria\n  title: Principal Engineer\n  company: Basque Grid\n"
        b"  bio: Amaia builds distribution network models.\n"
        b"- name: Kwame Boateng\n  title: Head of Data\n  company: Accra Mobility\n"
        b"  bio: Kwame leads the data team.\n"
        b"- name: Sun-hee Park\n  title: Research Scientist\n  company: Hanbit Labs\n"
        b"  bio: Sun-hee works on forecasting.\n"
    )
    programme = parse_programme(data, "people.yml")
    assert not programme.talks
    people = {r.person.name: r.person.affiliations for r in programme.roles}
    assert people == {
        "Amaia Etxeberria": ["Basque Grid"],
        "Kwame Boateng": ["Accra Mobility"],
        "Sun-hee Park": ["Hanbit Labs"],
    }


def test_talks_among_which_one_title_names_a_job_stay_talks() -> None:
    data = (
        b"- name: Amaia Etxeberria\n  title: Becoming a Staff Engineer\n  company: Basque Grid\n"
        b"- name: Kwame Boateng\n  title: Data contracts that stick\n  company: Accra Mobility\n"
        b"- name: Sun-hee Park\n  title: Forecasting with tiny models\n  company: Hanbit Labs\n"
    )
    programme = parse_programme(data, "talks.yml")
    assert {t.title for t in programme.talks} == {
        "Becoming a Staff Engineer",
        "Data contracts that stick",
        "Forecasting with tiny models",
    }


def test_a_speakers_key_gives_speakers_and_a_keynotes_key_keynote_speakers() -> None:
    data = (
        b"keynotes:\n"
        b"  - name: Ingrid Solberg\n    affiliation: Bergen Marine Lab\n"
        b"speakers:\n"
        b"  - name: Tomasz Wrobel\n    affiliation: Gdansk Tech\n"
        b"  - name: Lucia Ferraz\n    affiliation: Porto Data Coop\n"
    )
    programme = parse_programme(data, "people.yml")
    roles = {r.person.name: r.role for r in programme.roles}
    assert roles == {
        "Ingrid Solberg": "keynote",
        "Tomasz Wrobel": "speaker",
        "Lucia Ferraz": "speaker",
    }


SLOT_GRID = b"""first_day: "14.09.2033"
day_starts: "09:00"
step_length: "00:20"
entries:
  - begin_step: 0
    length_step: 3
    day: 0
    label: "Opening"
  - begin_step: 3
    length_step: 3
    day: 0
    label: "Talk"
    words: "Pruning old apple trees in late winter"
    speaker:
      name: "Orla Fenwick"
  - begin_step: 6
    length_step: 2
    day: 0
    label: "Talk"
    words: "Grafting rootstock for small gardens"
    speaker:
      name: "Hamid Sorensen"
  - begin_step: 1
    length_step: 3
    day: 1
    label: "Talk"
    words: "Cider from windfalls"
    speaker:
      name: "Bettina Kowalczyk"
  - begin_step: 4
    length_step: 3
    day: 1
    label: "Keynote"
    words: "Orchards as commons"
    speaker:
      name: "Lucien Abara"
"""


def test_records_placed_on_a_grid_by_counted_steps_and_titled_by_their_unnamed_text() -> None:
    programme = parse_programme(SLOT_GRID, "meetup.yml")
    talks = {t.title: t for t in programme.talks}
    # "label" repeats (Talk, Talk, Talk): each record's title is the words that differ
    assert "Talk" not in talks
    pruning = talks["Pruning old apple trees in late winter"]
    assert [s.name for s in pruning.speakers] == ["Orla Fenwick"]
    # step 3 of 20 minutes after 09:00 on the first day; 3 steps long
    assert pruning.start == datetime(2033, 9, 14, 10, 0)
    assert pruning.end == datetime(2033, 9, 14, 11, 0)
    # day 1 is the day after the first; a count is never read as a clock (no 00:04)
    assert talks["Cider from windfalls"].start == datetime(2033, 9, 15, 9, 20)
    assert talks["Orchards as commons"].start == datetime(2033, 9, 15, 10, 20)


def test_titles_and_people_marked_up_in_html_are_read_as_their_words() -> None:
    data = (
        b'[{"when": "09:00-09:20", "session": "<b>Paper 1</b>: <br>Tidal gauges on a '
        b'<br>shoestring budget", '
        b'"speaker": "Dr Linnea Solberg, <br>Fjordlab, Norway<br>(remote)"},'
        b' {"when": "09:20-09:40", "session": "<b>Paper 2</b>: <br>Ice cores without freezers",'
        b' "speaker": "Ms Amara Okafor<br>Delta Institute"},'
        b' {"when": "09:40-10:00", "session": "<b>KEYNOTE</b>: <br>Forty years of buoys",'
        b' "speaker": "Prof Tomasz Wierzba, <br>Gdynia Maritime, Poland"}]'
    )
    programme = parse_programme(data, "program.json")
    talks = {t.title: t for t in programme.talks}
    tidal = talks["Paper 1: Tidal gauges on a shoestring budget"]
    assert [p.name for p in tidal.speakers] == ["Linnea Solberg"]
    # the place after the name's comma is where she works, the markup gone
    assert tidal.speakers[0].affiliations == ["Fjordlab, Norway (remote)"]
    assert [p.name for p in talks["Paper 2: Ice cores without freezers"].speakers] == [
        "Amara Okafor"
    ]
    keynote = talks["KEYNOTE: Forty years of buoys"]
    assert keynote.kind == "keynote" and keynote.clock is not None  # no date: its clock
    assert keynote.clock.strftime("%H:%M") == "09:40"
