"""Conventions of real programmes that none of the other fixtures use (corpus33b): saved
Indico and Hugo pages, labelled speaker lines in any language, day headings in
Portuguese or Japanese, East Asian punctuation in names, a bold title among names."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers import doctree, timetable
from confnotes.importers.formats import sessions
from confnotes.importers.persons import split_speakers
from confnotes.importers.when import line_date


def _talks(text: str) -> list[tuple[str, datetime | None, list[str]]]:
    result = timetable.read(doctree.parse(text), "page", "markdown")
    return [(t.title, t.start, [s.name for s in t.speakers]) for t in result.programme.talks]


INDICO = """<!DOCTYPE html><html><head><title>Detector Day</title></head><body>
<h1>Detector Day 2025</h1>
<div>Thursday 15 May 2025, 09:00 → 17:00 Europe/Zurich</div>
<ul>
<li><span class="time">09:00 → 09:40</span><div class="title">Timing layers</div>
<div>Speaker: <span>Ilaria Fontana</span> (INFN Torino)</div></li>
<li><span class="time">09:40 → 10:20</span><div class="title">Fast links</div>
<div>Referenten: Jonas Aebersold (PSI), Wiebke Harms (DESY)</div>
<div>Convener: Pierre Lacombe</div></li>
</ul></body></html>"""


def test_an_html_item_is_read_whole_and_its_labelled_lines_name_speakers_and_chairs() -> None:
    result = timetable.read(doctree.parse(INDICO), "page", "html")
    talks = [(t.title, t.start, [s.name for s in t.speakers]) for t in result.programme.talks]
    assert talks == [
        ("Timing layers", datetime(2025, 5, 15, 9, 0), ["Ilaria Fontana"]),
        ("Fast links", datetime(2025, 5, 15, 9, 40), ["Jonas Aebersold", "Wiebke Harms"]),
    ]  # the day's hours on the date line are no talk
    assert [(r.role, r.person.name) for r in result.programme.roles] == [
        ("chair", "Pierre Lacombe")
    ]


def test_day_headings_in_other_languages_and_scripts() -> None:
    assert line_date("Quarta-feira, 8 de outubro de 2025") == date(2025, 10, 8)
    assert line_date("2025年9月4日（木）") == date(2025, 9, 4)
    assert line_date("11月20日（星期四）", 2025) == date(2025, 11, 20)
    assert line_date("Session 1: Mapping", 2025) is None


def test_a_portuguese_timetable_under_its_day_heading() -> None:
    text = (
        "# Encontro 2025\n\n## Quarta-feira, 8 de outubro de 2025\n\n"
        "| Horário | Atividade | Palestrante |\n|---|---|---|\n"
        "| 08:30 | Credenciamento | |\n"
        "| 10:00 | Tipagem gradual em projetos legados | Rafael Cavalcanti |\n"
    )
    assert (
        "Tipagem gradual em projetos legados",
        datetime(2025, 10, 8, 10),
        ["Rafael Cavalcanti"],
    ) in _talks(text)
    assert all(t[0] != "Talk by Credenciamento" for t in _talks(text))


def test_names_with_east_asian_punctuation_and_a_shared_affiliation() -> None:
    people = split_speakers("陈志远，浙江大学")
    assert [(p.name, p.affiliations) for p in people] == [("陈志远", ["浙江大学"])]
    people = split_speakers("Chiara Longo e Federico Rinaldi, FBK Trento")
    assert [(p.name, p.affiliations) for p in people] == [
        ("Chiara Longo", ["FBK Trento"]),
        ("Federico Rinaldi", ["FBK Trento"]),
    ]


def test_a_bold_title_among_names_and_a_date_line_with_a_place() -> None:
    text = (
        "# Convegno\n\n**Venerdì 14 novembre 2025**, Aula Magna, Università di Pisa\n\n"
        "- ore 9.30 — *Relazione invitata*: **Modelli linguistici per i dialetti**, "
        "Giulia Bernardi (CNR-ILC)\n"
        "- ore 10.30 — **Annotazione semantica di testi giuridici**, Marco Esposito\n"
    )
    assert _talks(text) == [
        ("Modelli linguistici per i dialetti", datetime(2025, 11, 14, 9, 30), ["Giulia Bernardi"]),
        (
            "Annotazione semantica di testi giuridici",
            datetime(2025, 11, 14, 10, 30),
            ["Marco Esposito"],
        ),
    ]


def test_a_grid_of_rooms_and_cells_with_a_title_over_its_speaker() -> None:
    text = (
        "<!DOCTYPE html><html><body><h2>Day 1 — 2025-07-18</h2><table>"
        "<tr><th></th><th>Hall Aurora</th><th>Tent</th></tr>"
        "<tr><td>11:00</td><td><em>Mesh networks</em><br>Halvard Nygaard</td>"
        "<td><em>Soldering basics</em><br>Kirsi Mäkelä</td></tr></table></body></html>"
    )
    result = timetable.read(doctree.parse(text), "page", "html")
    got = [(t.title, t.room, [s.name for s in t.speakers]) for t in result.programme.talks]
    assert got == [
        ("Mesh networks", "Hall Aurora", ["Halvard Nygaard"]),
        ("Soldering basics", "Tent", ["Kirsi Mäkelä"]),
    ]


def test_a_day_written_with_dots_before_a_clock_in_programme_data() -> None:
    data = "Titel;Referent;Beginn\nBarrierefreie PDFs;Miriam Schäfer;12.06.2025 14:00\n"
    programme = sessions.parse(data.encode(), "talks.csv")
    assert [t.start for t in programme.talks] == [datetime(2025, 6, 12, 14, 0)]


def test_a_schedule_slot_points_at_a_talk_record_in_another_file() -> None:
    schedule = (
        "event: Open Hardware Day\ndays:\n  - date: 2025-10-07\n    slots:\n"
        '      - time: "9:30am"\n        talk: t-risc\n        room: Sala 2\n'
        '      - time: "12:30pm"\n        break: Lunch\n'
    )
    talks = "- id: t-risc\n  title: A RISC-V core you can audit\n  speakers: [sp-1]\n"
    people = "sp-1:\n  name: Nadia Abubakar\n  company: Antmicro\n"
    programme = sessions.parse_many(
        [(schedule.encode(), "schedule.yaml"), (talks.encode(), "talks.yaml"),
         (people.encode(), "speakers.yaml")]
    )  # fmt: skip
    got = [(t.title, t.start, t.room, [s.name for s in t.speakers]) for t in programme.talks]
    assert got == [
        (
            "A RISC-V core you can audit",
            datetime(2025, 10, 7, 9, 30),
            "Sala 2",
            ["Nadia Abubakar"],
        )
    ]  # the talk record on its own is not a second, timeless talk


def test_sessions_that_list_papers_by_id_give_them_their_times_and_chairs() -> None:
    data = """{"meta": {"conference": "Acoustics Workshop 2025"},
      "authors": [{"author_id": 501, "first_name": "Ingrid", "last_name": "Solheim"},
                  {"author_id": 502, "first_name": "Paolo", "last_name": "Ricci"}],
      "papers": [{"paper_id": 71, "title": "Room impulse responses", "author_ids": [501]},
                 {"paper_id": 72, "title": "Spatial audio metrics", "author_ids": [502]}],
      "sessions": [{"session_id": "S1", "session_title": "Room Acoustics",
        "date": "2025-07-09", "start": "09:00", "room": "Aula B", "chair_id": 502,
        "slots": [{"paper_id": 71, "start": "09:30"}]},
        {"session_id": "S2", "session_title": "Perception", "date": "2025-07-09",
         "start": "11:00", "slots": [{"paper_id": 72, "start": "11:00"}]}]}"""
    programme = sessions.parse(data.encode(), "export.json")
    assert programme.name == "Acoustics Workshop 2025"
    assert [(t.title, t.start, t.room) for t in programme.talks] == [
        ("Room impulse responses", datetime(2025, 7, 9, 9, 30), "Aula B"),
        ("Spatial audio metrics", datetime(2025, 7, 9, 11, 0), ""),
    ]
    assert [(r.role, r.person.name) for r in programme.roles] == [("chair", "Paolo Ricci")]


def test_a_call_for_papers_form_export_names_its_speakers() -> None:
    data = (
        "Timestamp,Your full name,Affiliation,Talk title\n"
        "2025/03/02 10:14:55 AM GMT+1,Joanna Pietrzak,University of Gdańsk,Teaching Git\n"
    )
    programme = sessions.parse(data.encode(), "form.csv")
    talk = programme.talks[0]
    assert (talk.title, talk.start) == ("Teaching Git", None)
    assert [(p.name, p.affiliations) for p in talk.speakers] == [
        ("Joanna Pietrzak", ["University of Gdańsk"])
    ]


def test_a_moderation_line_names_a_chair_and_a_title_cell_beside_people_keeps_its_colon() -> None:
    text = (
        "# Netzwerktreffen 2025\n\n**Donnerstag, 6. November 2025**, Bibliothek\n\n"
        "Moderation: Dr. Ulrike Stein\n\n"
        "| Uhrzeit | Thema | Referent |\n|---|---|---|\n"
        "| 14.00 Uhr | Offene Peer-Reviews: Erfahrungen | Mira Albrecht und Jan Kühn |\n"
    )
    result = timetable.read(doctree.parse(text), "page", "markdown")
    talk = result.programme.talks[0]
    assert (talk.title, talk.start) == (
        "Offene Peer-Reviews: Erfahrungen",
        datetime(2025, 11, 6, 14, 0),
    )
    assert [s.name for s in talk.speakers] == ["Mira Albrecht", "Jan Kühn"]
    assert [(r.role, r.person.name) for r in result.programme.roles] == [("chair", "Ulrike Stein")]


def test_a_title_in_guillemets_with_a_labelled_speaker_and_a_french_hour() -> None:
    text = (
        "# Programa\n\n## Lunes, 3 de noviembre de 2025\n\n"
        "- 16:00 h. «Julia para ingenieros». Ponente: Pablo Herrero (Universidad de Zaragoza)\n"
        "- **Jeudi 6 novembre 2025, 14h** — Antoine Mercier (IRIF) : *Requêtes conjonctives*\n"
    )
    assert _talks(text) == [
        ("Julia para ingenieros", datetime(2025, 11, 3, 16, 0), ["Pablo Herrero"]),
        ("Requêtes conjonctives", datetime(2025, 11, 6, 14, 0), ["Antoine Mercier"]),
    ]


def test_honorifics_of_other_languages_and_labels_are_not_names() -> None:
    assert [p.name for p in split_speakers("Prof.ssa Lucia Marchetti (Università di Bologna)")] == [
        "Lucia Marchetti"
    ]
    assert [p.name for p in split_speakers("Dott. Paolo Conti")] == ["Paolo Conti"]
    assert split_speakers("日期") == []
    assert split_speakers("Datum") == []


def test_speakers_nested_under_an_agenda_item_and_titles_in_chinese_quotes() -> None:
    text = (
        "# Call\n\n**Date:** Wednesday 10 December 2025\n\n"
        "- **15:10** *Testing numerical code*\n  - Speaker: Grete Kask (University of Tartu)\n"
        "- **15:40** 《前端可观测性》 —— 郑凯、孙悦（某云服务商）\n"
    )
    assert _talks(text) == [
        ("Testing numerical code", datetime(2025, 12, 10, 15, 10), ["Grete Kask"]),
        ("前端可观测性", datetime(2025, 12, 10, 15, 40), ["郑凯", "孙悦"]),
    ]
