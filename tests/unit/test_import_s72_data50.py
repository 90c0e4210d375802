# ruff: noqa: E501
"""Programme data and front matter as people write them: a spreadsheet whose numbered
session rows name their chair in the speaker column, a keynote repeated under each track
of a day with no date, degrees written before names (``MSE``, ``MSc``) and a name in
mixed case after one, ``Key Note`` as two words, and an event's own date nested in a
post's front matter."""

from __future__ import annotations

from confnotes.importers.textutil import clean_name
from tests.unit.importing import people_of, read, speakers_by_title

CHAIRED_CSV = (
    "day,date,time,kind,title,speaker\n"
    ",,,,Morning Block I,Lena Berg (Lund University)\n"
    "1,2025-05-06,09:00 – 09:50,plenary,Sorting in small memory,Ana Ruiz (Nordlys Labs)\n"
    "1,2025-05-06,09:50 – 10:40,plenary,Graphs that forget,Bo Lindqvist (Quay Labs)\n"
    "1,2025-05-06,10:40 – 11:00,break,Coffee Break,\n"
    ",,,,Morning Block II,Omar Haddad (Kestrel Institute)\n"
    "1,2025-05-06,11:00 – 11:50,plenary,Matchings on the fly,Chen Wei (Riverside College)\n"
    "1,2025-05-06,11:50 – 12:40,plenary,Cuts and flows,Ines Duarte (Harbour University)\n"
)


def test_numbered_session_rows_name_their_chair_not_a_speaker() -> None:
    programme = read(CHAIRED_CSV, "programme.csv")
    talks = speakers_by_title(programme)
    assert {t: s for t, s in talks.items() if s} == {
        "Sorting in small memory": ["Ana Ruiz"],
        "Graphs that forget": ["Bo Lindqvist"],
        "Matchings on the fly": ["Chen Wei"],
        "Cuts and flows": ["Ines Duarte"],
    }
    assert "Morning Block I" not in talks
    chairs = {r.person.name for r in programme.roles if r.role == "chair"}
    assert chairs == {"Lena Berg", "Omar Haddad"}
    assert {s.title for s in programme.sessions} >= {"Morning Block I", "Morning Block II"}
    assert not people_of(programme) & chairs


def test_numbered_session_rows_in_spanish_with_semicolons() -> None:
    text = (
        "día;hora;título;ponente\n"
        ";;Sesión 1;Marta Gil (Universidad de Oviedo)\n"
        "1;09:00-09:40;Redes que aprenden solas;Pablo Ortega (Instituto Faro)\n"
        "1;09:40-10:20;Datos abiertos en la ciudad;Lucía Navarro (Grupo Alba)\n"
        ";;Sesión 2;Jorge Saiz (Universidad de León)\n"
        "1;11:00-11:40;Compiladores para todos;Elena Ruiz (Colectivo Norte)\n"
        "1;11:40-12:20;Mapas y teselas;Tomás Vidal (Laboratorio Sur)\n"
    )
    programme = read(text, "programa.csv")
    talks = {t: s for t, s in speakers_by_title(programme).items() if s}
    assert talks["Redes que aprenden solas"] == ["Pablo Ortega"]
    assert talks["Mapas y teselas"] == ["Tomás Vidal"]
    assert "Sesión 1" not in talks and "Sesión 2" not in talks
    chairs = {r.person.name for r in programme.roles if r.role == "chair"}
    assert chairs == {"Marta Gil", "Jorge Saiz"}


def test_untimed_talks_with_speakers_and_plain_titles_stay_talks() -> None:
    # near miss: two talks whose time is not known yet are talks, not session headings
    text = (
        "time,title,speaker\n"
        ",Reading old code kindly,Ana Ruiz\n"
        "09:00,Sorting in small memory,Bo Lindqvist\n"
        ",Queues without tears,Chen Wei\n"
        "10:00,Graphs that forget,Ines Duarte\n"
        "11:00,Cuts and flows,Omar Haddad\n"
    )
    programme = read(text, "talks.csv")
    talks = speakers_by_title(programme)
    assert talks["Reading old code kindly"] == ["Ana Ruiz"]
    assert talks["Queues without tears"] == ["Chen Wei"]
    assert not [r for r in programme.roles if r.role == "chair"]


def test_a_lone_numbered_row_with_a_person_stays_a_talk() -> None:
    # near miss: one such row is not a pattern of session headings
    text = (
        "time,title,speaker\n"
        ",Keynote 2,Ana Ruiz\n"
        "09:00,Sorting in small memory,Bo Lindqvist\n"
        "10:00,Graphs that forget,Ines Duarte\n"
        "11:00,Cuts and flows,Omar Haddad\n"
    )
    talks = speakers_by_title(read(text, "talks.csv"))
    assert talks["Keynote 2"] == ["Ana Ruiz"]


KEYNOTE_EACH_TRACK = """\
friday:
  tracks:
    - name: Main Hall
      sessions:
        - {start: "10:00", title: "Caching without regret", speaker: "Ana Ruiz", type: talk}
        - {start: "19:45", title: "Closing keynote: tools and taste", speaker: "Bo Lindqvist", type: keynote}
    - name: Workshops
      sessions:
        - {start: "10:00", title: "Hands on with queues", speaker: "Chen Wei", type: workshop}
        - {start: "19:45", title: "Closing keynote: tools and taste", speaker: "Bo Lindqvist", type: keynote}
saturday:
  tracks:
    - name: Main Hall
      sessions:
        - {start: "10:00", title: "Lightning talks", speaker: "Ines Duarte", type: talk}
        - {start: "11:00", title: "Lightning talks", speaker: "Omar Haddad", type: talk}
"""


def test_a_keynote_written_under_each_track_of_an_undated_day_is_one_talk() -> None:
    programme = read(KEYNOTE_EACH_TRACK, "schedule.yml")
    titles = [t.title for t in programme.talks]
    assert titles.count("Closing keynote: tools and taste") == 1
    # near miss: one title given by two different people is two slots
    assert titles.count("Lightning talks") == 2


def test_a_talk_given_twice_on_dated_days_stays_twice() -> None:
    # near miss: a date tells the two apart
    text = """\
talks:
  - date: 2025-05-06
    start: "10:00"
    title: Hands on with queues
    speaker: Chen Wei
  - date: 2025-05-07
    start: "10:00"
    title: Hands on with queues
    speaker: Chen Wei
  - date: 2025-05-07
    start: "11:00"
    title: Sorting in small memory
    speaker: Ana Ruiz
"""
    programme = read(text, "talks.yml")
    assert [t.title for t in programme.talks].count("Hands on with queues") == 2


def test_degrees_written_before_a_name_are_no_part_of_it() -> None:
    assert clean_name("MSE Bukola Adeyemi") == "Bukola Adeyemi"
    assert clean_name("MSc Ana Ruiz") == "Ana Ruiz"
    assert clean_name("MEng. Jonas Hoff") == "Jonas Hoff"
    # near misses: a word, or a name, that only begins like a degree
    assert clean_name("Mse Ana") == "Mse Ana"
    assert clean_name("MSEK Ana Ruiz") == "MSEK Ana Ruiz"


FRENCH_DAYS = """\
jour_1:
    -
        time: 9:00 - 9:45
        subject: "Key Note: Les réseaux de demain"
        speaker: Pr. Amina Diallo
        room: Amphi A
    -
        time: 10:00 - 10:45
        subject: "Capteurs et données agricoles"
        speaker: MSE Kofi Mensah
        room: Amphi A
    -
        time: 11:00 - 11:45
        subject: "Prévoir les crues avec peu de données"
        speaker: MSc. Nadia Kabongo mwamba
        room: Amphi A
    -
        time: 14:00 - 15:00
        subject: "Atelier pratique"
        speaker: Dr. Joseph Ilunga et Marie Tshala
        room: Labo 2
"""


def test_titles_and_degrees_before_speakers_in_a_french_programme() -> None:
    programme = read(FRENCH_DAYS, "programme.yaml")
    talks = speakers_by_title(programme)
    assert talks["Capteurs et données agricoles"] == ["Kofi Mensah"]
    # a title before the name vouches for it, whatever case its last word is written in
    assert talks["Prévoir les crues avec peu de données"] == ["Nadia Kabongo mwamba"]
    assert talks["Atelier pratique"] == ["Joseph Ilunga", "Marie Tshala"]
    keynote = next(t for t in programme.talks if "réseaux" in t.title)
    assert keynote.kind == "keynote"
    assert keynote.speakers[0].name == "Amina Diallo"


def test_a_phrase_in_a_speaker_field_without_a_title_is_still_no_one() -> None:
    # near miss: no title vouches for "Audience participation"
    text = """\
day_1:
  - time: 9:00 - 9:30
    subject: Opening questions
    speaker: Audience participation
  - time: 9:30 - 10:00
    subject: Capteurs et données
    speaker: Kofi Mensah
  - time: 10:00 - 10:30
    subject: Réseaux de demain
    speaker: Amina Diallo
"""
    talks = speakers_by_title(read(text, "day.yaml"))
    assert talks["Opening questions"] == []


def test_key_note_in_two_words_is_a_keynote_in_english_and_german() -> None:
    text = """\
tag_1:
  - time: 9:00 - 9:45
    title: "Key-Note: Sicherheit im Alltag"
    speaker: Greta Weber
  - time: 10:00 - 10:45
    title: Typen im Alltag
    speaker: Jonas Hoff
  - time: 11:00 - 11:45
    title: Key notes from the hallway
    speaker: Mira Ost
"""
    programme = read(text, "tag.yaml")
    kinds = {t.title: t.kind for t in programme.talks}
    assert kinds["Key-Note: Sicherheit im Alltag"] == "keynote"
    assert kinds["Typen im Alltag"] == "talk"
    # near miss: "key notes" in lower case is a talk's words, not its kind
    assert kinds["Key notes from the hallway"] == "talk"


MEETUP_POST = """\
---
title: "Déboguer sans douleur"
date: "2024-02-10"
category: "meetup"
event:
    date: "2024-02-21 18:30"
    location:
        name: "Salle B"
---
## {{ page.title }}

Une soirée pour parler de débogage.

## Au programme

- 18:30 — Accueil
- 18:45 — Présentation et questions
- 20:30 — Fin

L'événement aura lieu le {{ page.event.date | date: "%d/%m/%Y" }}.
"""


def test_the_event_date_nested_in_front_matter_dates_the_evening_not_the_post_date() -> None:
    programme = read(MEETUP_POST, "2024-02-10-deboguer.md")
    starts = {t.title: t.start for t in programme.talks if t.start}
    assert starts["Présentation et questions"].isoformat() == "2024-02-21T18:45:00"


ENGLISH_POST = """\
---
title: "Testing the untestable"
date: "2024-03-01"
category: "meetup"
event:
    start: "2024-03-14 19:00"
    location:
        name: "Room 4"
---
## {{ page.title }}

An evening about tests nobody dared to write.

## The programme

- 19:00 — Doors open
- 19:20 — Talk and questions
- 21:00 — Official end

See you on {{ page.event.start | date: "%d/%m/%Y" }}.
"""


def test_an_english_post_with_a_nested_event_start() -> None:
    programme = read(ENGLISH_POST, "2024-03-01-testing.md")
    starts = {t.title: t.start for t in programme.talks if t.start}
    assert starts["Talk and questions"].isoformat() == "2024-03-14T19:20:00"


def test_a_post_without_an_event_record_keeps_its_date() -> None:
    # near miss: a nested record that dates nothing leaves the post's date the day
    text = ENGLISH_POST.replace("event:", "venue:").replace('start: "2024-03-14 19:00"', "floor: 2")
    programme = read(text, "2024-03-01-testing.md")
    starts = {t.title: t.start for t in programme.talks if t.start}
    assert starts["Talk and questions"].isoformat() == "2024-03-01T19:20:00"


def test_times_written_with_a_dot_are_clocks_in_yaml() -> None:
    text = """\
samstag:
  - start: 9.45
    title: Typen im Alltag
    speaker: Jonas Hoff
  - start: 10.30
    end: 11.15
    title: Kleine Dienste, große Wirkung
    speaker: Greta Weber
"""
    programme = read(text, "programm.yml")
    clocks = {t.title: t.clock for t in programme.talks}
    assert str(clocks["Typen im Alltag"]) == "09:45:00"
    assert str(clocks["Kleine Dienste, große Wirkung"]) == "10:30:00"


def test_a_number_no_clock_writes_is_no_time() -> None:
    # near miss: 9.75 is no time of day a programme writes
    text = """\
monday:
  - start: 9.75
    title: Typen im Alltag
    speaker: Jonas Hoff
  - start: "10:30"
    title: Queues without tears
    speaker: Chen Wei
"""
    programme = read(text, "schedule.yml")
    clocks = {t.title: t.clock for t in programme.talks}
    assert clocks["Typen im Alltag"] is None
    assert str(clocks["Queues without tears"]) == "10:30:00"


def test_a_chair_tag_holding_the_chairs_affiliation_comes_off_the_title() -> None:
    text = (
        "time,title,speaker\n"
        '12:10,Lunch Panel - I (Chair: Ana Ruiz (Nordlys Labs)),"Bo Lindqvist (Quay Labs), Chen Wei (Riverside College)"\n'
        "13:00,Sorting in small memory,Ines Duarte (Harbour University)\n"
        "14:00,Podium (Moderation: Greta Weber (Universität Kiel)),Jonas Hoff (Hafenlabor)\n"
    )
    programme = read(text, "day.csv")
    talks = speakers_by_title(programme)
    assert talks["Lunch Panel - I"] == ["Bo Lindqvist", "Chen Wei"]
    assert talks["Podium"] == ["Jonas Hoff"]
    chairs = {r.person.name for r in programme.roles if r.role == "chair"}
    assert chairs == {"Ana Ruiz", "Greta Weber"}


def test_a_title_ending_in_nested_brackets_naming_no_chair_keeps_them() -> None:
    # near miss: a bracket that names no chair is the title's own words
    text = (
        "time,title,speaker\n"
        "12:10,Graphs (and their (many) cuts),Bo Lindqvist\n"
        "13:00,Sorting in small memory,Ines Duarte\n"
        "14:00,Queues without tears,Chen Wei\n"
    )
    talks = speakers_by_title(read(text, "day.csv"))
    assert talks["Graphs (and their (many) cuts)"] == ["Bo Lindqvist"]
