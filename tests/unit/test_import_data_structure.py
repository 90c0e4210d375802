"""Programme data read by its structure (issue 33, real set data3): keys written as one
word, ids that point into another list, names from their own fields, grids of times by
day, a record's own person before its co-authors, handles after a slash. Fixtures are
written for these tests."""

from __future__ import annotations

import json
from datetime import datetime

from confnotes.importers.fields import roles_of
from confnotes.importers.join import parse_together
from confnotes.importers.persons import role_people
from confnotes.importers.records import in_other_language, translation_of
from confnotes.importers.registry import parse_programme


def _names(talk: object) -> list[str]:
    return [p.name for p in talk.speakers]  # type: ignore[attr-defined]


def test_keys_written_as_one_word_are_read_by_their_parts() -> None:
    assert roles_of("starttime") == {"start"}
    assert roles_of("endtime") == {"end"}
    assert roles_of("coauthors") == {"speaker"}
    assert roles_of("discussants") == {"chair"}
    assert "speaker" not in roles_of("presenter_affiliation")


def test_an_airtable_export_gives_times_presenters_and_co_authors() -> None:
    text = (
        "submission_id,title,fullname,coauthors,institution,talk_format,starttime,endtime\n"
        "r1,Maps of the hippocampus,Ines Varga,Tomas Lind; and Ada Okafor,Lund University,"
        "Keynote Event,2021-03-02 14:00:00+00:00,2021-03-02 15:00:00+00:00\n"
        "r2,Sleep and memory,Priya Raman,,Kyoto University,Talk,"
        "2021-03-02 15:00:00+00:00,2021-03-02 15:15:00+00:00\n"
        "r3,Grid cells revisited,Noor Haddad,Ines Varga,ETH Zurich,Talk,"
        "2021-03-03 09:00:00+00:00,2021-03-03 09:15:00+00:00\n"
    )
    p = parse_programme(text.encode(), "agenda.csv")
    first, second, third = p.talks
    assert _names(first) == ["Ines Varga", "Tomas Lind", "Ada Okafor"]
    assert first.start == datetime(2021, 3, 2, 14, 0) and first.kind == "keynote"
    assert _names(second) == ["Priya Raman"]
    assert _names(third) == ["Noor Haddad", "Ines Varga"]


def test_speaker_ids_never_point_into_the_talks_own_list() -> None:
    talks = [
        {"id": i, "start": f"2024-05-29T{9 + i}:00:00", "topic": f"Talk number {i}",
         "speakers": [i + 3], "moderators": []}
        for i in range(5)
    ]  # fmt: skip
    p = parse_programme(json.dumps(talks).encode(), "agenda.json")
    assert [t.title for t in p.talks] == [f"Talk number {i}" for i in range(5)]
    assert all(not t.speakers for t in p.talks) and not p.roles


def test_given_and_family_fields_make_a_name_whatever_its_letters() -> None:
    speakers = (
        "- id: 1\n  name: Yiling\n  surname: Liu\n  company: Curtin University\n"
        "- id: 2\n  name: Ana\n  surname: Ruiz\n  company: Curtin University\n"
    )
    sessions = (
        "- id: 10\n  title: Data pipelines\n  speakers: [1, 2]\n  start: '2021-06-28 09:00'\n"
        "- id: 11\n  title: Make your data FAIR\n  speakers: [2]\n  start: '2021-06-28 11:00'\n"
    )
    p = parse_together([(speakers.encode(), "speakers.yml"), (sessions.encode(), "sessions.yml")])
    first = next(t for t in p.talks if t.title == "Data pipelines")
    assert _names(first) == ["Yiling Liu", "Ana Ruiz"]


def test_a_bracket_beside_records_with_a_speaker_field_names_no_one() -> None:
    items = [
        {"time": "10:00h", "title": "Streams in practice", "speaker": "Kofi Mensah"},
        {"time": "11:00h", "title": "Typed templates", "speaker": "Lena Vogt"},
        {"time": "19:40h", "title": "Party (St. Joan)", "class": "agenda-info"},
    ]
    p = parse_programme(json.dumps([{"day": "2025-06-22", "sessions": items}]).encode(), "a.json")
    party = p.talks[-1]
    assert party.title == "Party (St. Joan)" and not party.speakers
    people = {sp.name for t in p.talks for sp in t.speakers}
    assert people == {"Kofi Mensah", "Lena Vogt"}


def test_a_title_with_thousands_of_trailing_brackets_is_read_not_rejected() -> None:
    items = [
        {"time": "10:00h", "title": "Streams in practice", "speaker": "Kofi Mensah"},
        {"time": "19:40h", "title": "Party" + " (ab)" * 3000, "class": "agenda-info"},
        {"time": "20:00h", "title": "Quiz (cd) (ef)", "class": "agenda-info"},
    ]
    p = parse_programme(json.dumps([{"day": "2025-06-22", "sessions": items}]).encode(), "a.json")
    party = next(t for t in p.talks if t.title.startswith("Party"))
    quiz = next(t for t in p.talks if t.title.startswith("Quiz"))
    assert not party.speakers and party.title.startswith("Party (ab) (ab)")
    assert quiz.title == "Quiz (cd) (ef)" and not quiz.speakers


def test_a_machine_name_or_a_panelist_bio_key_names_no_speaker() -> None:
    assert not roles_of("hostname") and not roles_of("panelist_bio")
    assert roles_of("speakername") == {"speaker"} and roles_of("chairname") == {"chair"}
    items = [
        {"start": f"2025-06-22 {10 + i}:00", "title": title, "hostname": host,
         "panelist_bio": "Writes about rivers"}
        for i, (title, host) in enumerate(
            [("Streams in practice", "stream01"), ("Typed templates", "tpl-box"),
             ("Faster logs", "logs.example")]
        )
    ]  # fmt: skip
    p = parse_programme(json.dumps(items).encode(), "talks.json")
    assert len(p.talks) == 3 and not any(t.speakers for t in p.talks) and not p.roles


def test_a_key_ending_in_id_is_no_translation_english_is_read_first() -> None:
    keys = ["title", "title_id", "titleZh", "titleEn", "speaker", "speaker_ja"]
    assert not in_other_language("title_id", keys) and not translation_of("title_id", keys)
    assert in_other_language("titleZh", keys) and not in_other_language("titleEn", keys)
    assert translation_of("speaker_ja", keys)


def test_a_keynote_subtitle_names_its_speaker_a_tutorial_subtitle_its_topic() -> None:
    text = (
        "- title: Keynote Speech 1\n  subtitle: Marta Kowalska\n  date: '2022-09-13 9:00'\n"
        "- title: Tutorial 1\n  subtitle: Inverse Spectral Geometry Methods\n"
        "  date: '2022-09-12 9:00'\n"
        "- title: Oral Session 1\n  subtitle: Humans and Shapes\n  date: '2022-09-13 10:30'\n"
    )
    p = parse_programme(text.encode(), "schedule.yml")
    keynote, tutorial, _oral = p.talks
    assert _names(keynote) == ["Marta Kowalska"]
    assert not tutorial.speakers and not p.roles


def test_a_csv_grid_of_times_by_weekday_gives_one_item_per_cell() -> None:
    text = (
        "Time,Monday 8,Tuesday 9,Wednesday 10\n"
        "9.00-10.15,Intro to Graphs,Visual Methods,Sampling Designs\n"
        "10.15-10.30,Break,Break,Break\n"
        "10.30-11.45,Intro to R,Whole Networks,-\n"
    )
    p = parse_programme(text.encode(), "program.csv")
    titles = [t.title for t in p.talks]
    assert titles[:3] == ["Intro to Graphs", "Visual Methods", "Sampling Designs"]
    assert titles.count("Break") == 1 and "-" not in titles
    assert "Wednesday 10" not in titles and "Intro to R" in titles


def test_a_handle_after_a_slash_is_the_same_person() -> None:
    (person,) = role_people("Mara Lindqvist/mlq")
    assert person.name == "Mara Lindqvist" and person.aliases == ["mlq"]
    assert [p.name for p in role_people("Ana Ruiz / Bo Li")] == ["Ana Ruiz", "Bo Li"]


def test_frab_keynote_by_its_title_and_a_person_with_a_handle() -> None:
    xml = (
        "<schedule><conference><title>Example Congress</title><start>2014-12-27</start>"
        "</conference><day date='2014-12-27' index='1'><room name='Hall 1'>"
        "<event id='1'><date>2014-12-27T11:30:00+01:00</date><start>11:30</start>"
        "<duration>01:00</duration><room>Hall 1</room><title>EC14 Keynote</title>"
        "<type>lecture</type><persons><person id='5'>Mara Lindqvist/mlq</person></persons>"
        "</event></room></day></schedule>"
    )
    p = parse_programme(xml.encode(), "schedule.xml")
    (talk,) = p.talks
    assert talk.kind == "keynote"
    assert _names(talk) == ["Mara Lindqvist"] and talk.speakers[0].aliases == ["mlq"]


def test_a_row_per_presenter_and_the_record_own_title_field() -> None:
    text = (
        '"panel","date","time","panel_title","chairs","title","presenter","affiliation"\n'
        '"01","24.09.2024","14:00-15:30 Uhr","Crises and Policy","Ute Brandt, Uni Kiel",'
        '"Cycling plans as policy","Ilse Vogel","TU Braunschweig"\n'
        '"01","24.09.2024","14:00-15:30 Uhr","Crises and Policy","Ute Brandt, Uni Kiel",'
        '"Cycling plans as policy","Nils Kramer","TU Braunschweig"\n'
        '"01","24.09.2024","14:00-15:30 Uhr","Crises and Policy","Ute Brandt, Uni Kiel",'
        '"Health policy change","Sooa Meier","Uni Bremen"\n'
    )
    p = parse_programme(text.encode(), "program.csv")
    assert [t.title for t in p.talks] == ["Cycling plans as policy", "Health policy change"]
    cycling = p.talks[0]
    assert _names(cycling) == ["Ilse Vogel", "Nils Kramer"]
    assert cycling.start == datetime(2024, 9, 24, 14, 0)
    assert {r.person.name for r in p.roles} >= {"Ute Brandt"}


def test_a_timed_record_whose_title_no_key_names_is_found_by_content() -> None:
    days = {
        "Day 1": {
            "title": "Scaling with Rust",
            "sessions": [
                {"time": "09:00 – 10:00 AM", "session": "Registration & Welcome",
                 "context": "Participants arrive, settle in, and meet the first attendees.",
                 "speakers": []},
                {"time": "10:00 – 11:00 AM", "session": "The Story of Rust",
                 "context": "Overview of the language's history and evolution.",
                 "speakers": ["Enow Tabi"]},
            ],
        }
    }  # fmt: skip
    p = parse_programme(json.dumps(days).encode(), "agenda.json")
    story = next(t for t in p.talks if t.title == "The Story of Rust")
    assert _names(story) == ["Enow Tabi"]
    assert "Registration & Welcome" in [t.title for t in p.talks] + [s.title for s in p.sessions]


def test_a_site_data_folder_event_schedule_and_speakers_files() -> None:
    event = {"name": "AgentDay Lisbon 2026", "date": "Friday, 15 May 2026", "venue": "Hub"}
    schedule = {
        "date": "2026-05-15",
        "items": [
            {"time": "09:30", "title": "Agents that plan", "speaker": "Rosa Lima"},
            {"time": "10:30", "title": "Tools for agents", "speaker": "Ivo Sousa, Ana Reis"},
            {"time": "12:30", "title": "Lunch", "type": "break"},
        ],
    }
    speakers = [
        {"name": "Rosa Lima", "title": "The ultimate use of power is to empower others"},
        {"name": "Ivo Sousa", "title": "Chief Technology Officer, Blue Ltd"},
        {"name": "Ana Reis", "title": "Developer Advocate @ Cloudy"},
    ]
    p = parse_together(
        [(json.dumps(d).encode(), f"data/{n}.json")
         for n, d in (("event", event), ("schedule", schedule), ("speakers", speakers))]
    )  # fmt: skip
    assert p.name == "AgentDay Lisbon 2026"
    titles = [t.title for t in p.talks]
    assert "Agents that plan" in titles and "Chief Technology Officer, Blue Ltd" not in titles
    assert "AgentDay Lisbon 2026" not in titles
    plan = p.talks[titles.index("Agents that plan")]
    assert plan.start == datetime(2026, 5, 15, 9, 30) and _names(plan) == ["Rosa Lima"]


def test_a_speakers_file_of_people_without_ids_gives_the_events_people() -> None:
    schedule = [{"time": "09:30", "title": "Palestra", "description": "A definir"},
                {"time": "10:30", "title": "Abertura", "description": "Boas-vindas"}]  # fmt: skip
    speakers = [
        {"nome": "Lia Prado", "cargo": "Engenheira", "empresa": "Nuvem SA"},
        {"nome": "Rui Tavares", "cargo": "CTO", "empresa": "Dados Lda"},
        {"nome": "Em breve!", "placeholder": True},
    ]
    p = parse_together(
        [(json.dumps(schedule).encode(), "schedule.json"),
         (json.dumps(speakers).encode(), "speakers.json")]
    )  # fmt: skip
    assert {r.person.name for r in p.roles} == {"Lia Prado", "Rui Tavares"}


def test_days_titled_in_words_by_lines_numbered_labels_and_english_titles() -> None:
    agenda = (
        "- title: Thursday / 26 October\n"
        "  sessions:\n"
        "    - events:\n"
        "        - title: 'Keynote Talk 1: <strong>Borges and Machines</strong>'\n"
        "          subtitle: by Lena Falk (Meta AI)\n"
        "          time: 12:30 - 13:30\n"
        "        - title: Conference Party\n"
        "          subtitle: Bolek Pub & Restaurant, al. Niepodleglosci 211\n"
        "          time: 18:00 - 24:00\n"
    )
    p = parse_programme(agenda.encode(), "agenda.yml")
    keynote, party = p.talks
    assert _names(keynote) == ["Lena Falk"] and keynote.kind == "keynote"
    assert keynote.start is not None and (keynote.start.month, keynote.start.day) == (10, 26)
    assert keynote.start.weekday() == 3 and keynote.start.hour == 12
    assert not party.speakers and not p.roles
    agenda_json = [
        {"time": "14:35", "topic": "Topic 1", "titleZh": "從創新網絡到全球合作",
         "titleEn": "From Networks to Collaboration", "speakerId": "ana"},
        {"time": "15:05", "type": "panel", "titleZh": "小組討論", "titleEn": "Panel Discussion",
         "moderatorId": "ana", "panelistIds": ["bo", "cy"]},
    ]  # fmt: skip
    people = [{"id": i, "name": n, "organization": "Lab"}
              for i, n in (("ana", "Ana Ruiz"), ("bo", "Bo Lind"), ("cy", "Cy Park"))]  # fmt: skip
    p = parse_together(
        [(json.dumps(agenda_json).encode(), "agenda.json"),
         (json.dumps(people).encode(), "speakers.json")]
    )  # fmt: skip
    first, panel = p.talks
    assert first.title == "From Networks to Collaboration" and _names(first) == ["Ana Ruiz"]
    assert panel.title == "Panel Discussion" and _names(panel) == ["Bo Lind", "Cy Park"]


def test_times_past_midnight_and_afternoon_words_join_the_day() -> None:
    from confnotes.importers.when import parse_time

    assert str(parse_time("下午2:30")) == "14:30:00" and str(parse_time("上午9:30")) == "09:30:00"
    text = (
        "name,start_day,start_at,place\n"
        "A late film,2021-11-26,24:00,hall\n"
        "Ramen,2021-11-26,25:30,hall\n"
        "Early one,2021-11-26,12:00,hall\n"
    )
    late, ramen, early = parse_programme(text.encode(), "program.csv").talks
    assert late.start == datetime(2021, 11, 27, 0, 0)
    assert ramen.start == datetime(2021, 11, 27, 1, 30)
    assert early.start == datetime(2021, 11, 26, 12, 0)


def test_a_title_with_a_version_number_is_no_slot_label() -> None:
    # "Topic 3" counts the slots beside a title; "Python 3" and "Web 2" are titles
    records = [
        {"start": "2024-05-01T09:00", "title": "Python 3", "topic": "Porting old code",
         "speaker": "Ana Ruiz"},
        {"start": "2024-05-01T10:00", "title": "Web 2", "topic": "Links that last",
         "speaker": "Bo Lindqvist"},
        {"start": "2024-05-01T11:00", "title": "Topic 3", "topic": "Quiet tests",
         "speaker": "Cy Moreau"},
    ]  # fmt: skip
    p = parse_programme(json.dumps(records).encode(), "talks.json")
    assert [t.title for t in p.talks] == ["Python 3", "Web 2", "Quiet tests"]


GLACIER_DAYS = """\
days:
  - name: Day 1, 3 March
    events:
      - time: 9:00 to 9:20
        title: Opening words
      - time: 9:20 to 10:00
        title: Ana Ruiz (Universidad de Sevilla)
        subtitle: Why do glaciers slide? A field guide
      - time: 10:00 to 10:40
        title: Bo Lindqvist (KTH Royal Institute)
        subtitle: Ice sheets: a primer on sea level
      - time: 10:40 to 11:00
        title: Break
      - time: 11:00 to 11:40
        title: Chen Wei (Peking University)
        subtitle: Measuring basal melt from space
      - time: 11:40 to 12:20
        title: Moraine Group 2 & Q&A
        subtitle: Open questions on calving
      - time: 12:20 to 13:00
        title: Dalia Haddad (Cairo University)
        subtitle: Debris-covered glaciers
"""


def test_names_in_the_title_key_and_titles_in_another_with_a_colon_in_a_value() -> None:
    """Hand-written Jekyll data: ``title: Name (Org)`` beside ``subtitle: Talk title``,
    one value holding a colon unquoted (YAML refuses it: the file must not be lost for
    it), and a slot naming no one among them (``Group 2 & Q&A`` over its topic), which
    stays as written without undoing the column's reading."""
    p = parse_programme(GLACIER_DAYS.encode(), "program.yml")
    talks = {t.title: _names(t) for t in p.talks}
    assert talks["Why do glaciers slide? A field guide"] == ["Ana Ruiz"]
    assert talks["Ice sheets: a primer on sea level"] == ["Bo Lindqvist"]
    assert talks["Measuring basal melt from space"] == ["Chen Wei"]
    assert talks["Debris-covered glaciers"] == ["Dalia Haddad"]
    assert talks["Moraine Group 2 & Q&A"] == []


def test_a_column_of_days_with_their_clock_is_the_start_whatever_its_key() -> None:
    """A form's export where the slot's time is in its timestamp column (``Horodateur``,
    French for timestamp): no key says start, the values do (a day and a clock in nearly
    every row)."""
    text = (
        "Horodateur,Lieu,Prénom Nom,Titre de la session\n"
        "18/05/2026 09:00:00,Salle 1,Ana Ruiz,Les tests qui comptent\n"
        "18/05/2026 09:55:00,Salle 1,Bo Lin,Architecture hexagonale en pratique\n"
        "18/05/2026 09:55:00,Salle 2,Chloé Martin,Le produit avant le code\n"
        "18/05/2026 11:10:00,Salle 1,David Roy,Observabilité pour tous\n"
    )
    p = parse_programme(text.encode(), "creneaux.csv")
    assert [(t.title, t.start) for t in p.talks][:2] == [
        ("Les tests qui comptent", datetime(2026, 5, 18, 9, 0)),
        ("Architecture hexagonale en pratique", datetime(2026, 5, 18, 9, 55)),
    ]
