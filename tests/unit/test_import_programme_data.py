"""Programme data found by content, one person test, files of one event joined, renames.

Fixtures are the labelled corpus's own documents (``tests/data/importers/corpus/pd_*``),
written for these shapes: Sessionize's endpoints, Indico's exports, CfP CSV, YAML.
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from datetime import date, datetime
from pathlib import Path

from confnotes.importers.merge import merge_programme
from confnotes.importers.persons import normalise_person, split_speakers
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import import_sources
from confnotes.importers.title_speakers import title_and_speakers
from confnotes.importers.when import parse_day
from confnotes.notebook.notebook import Notebook

CORPUS = Path(__file__).resolve().parent.parent / "data" / "importers" / "corpus"


def _read(name: str) -> Programme:
    path = CORPUS / name
    return parse_programme(path.read_bytes(), str(path))


def _talk(p: Programme, title: str) -> ProgrammeTalk:
    return next(t for t in p.talks if t.title == title)


def test_sessionize_grid_lists_each_session_once_with_its_room() -> None:
    p = _read("pd_sessionize_grid.json")
    assert [t.title for t in p.talks].count("State of the Web Platform") == 1
    keynote = _talk(p, "State of the Web Platform")
    assert (keynote.kind, keynote.room, keynote.start) == (
        "keynote",
        "Auditorium",
        datetime(2025, 2, 6, 9, 15),
    )


def test_sessionize_speakers_endpoint_gives_talks_and_their_speakers() -> None:
    p = _read("pd_sessionize_speakers.json")
    panel = _talk(p, "Panel: Hiring Juniors")
    assert [s.name for s in panel.speakers] == ["Pavel Dvořák", "Chiara Romano"]


def test_indico_timetable_sessions_hold_talks_and_conveners_chair() -> None:
    p = _read("pd_indico_timetable.json")
    whale = _talk(p, "Whale calls as a noise source")
    assert whale.start == datetime(2024, 9, 10, 10, 40)
    assert whale.session is not None
    assert [s.affiliations for s in whale.speakers] == [["CIIMAR"], ["CIIMAR"]]
    assert p.timezone == "Europe/Lisbon"
    assert [(r.person.name, r.role) for r in p.roles] == [("Rui Salgado", "chair")]


def test_indico_event_names_the_conference_and_reads_last_first_names() -> None:
    p = _read("pd_indico_event.json")
    assert p.name == "Workshop on Detector Readout 2024"
    assert _talk(p, "Low-latency trigger on FPGAs").speakers[0].name == "Elin Lindqvist"


def test_clock_times_take_the_events_date_and_kinds_read_in_many_languages() -> None:
    p = _read("pd_programme.yaml")
    assert p.name == "Northern Lights Data Meetup 2025"
    assert _talk(p, "Doors open").start == datetime(2025, 1, 23, 17, 30)
    ja = _read("pd_json_japanese.json")
    assert _talk(ja, "昼休憩").kind == "break"
    assert _talk(ja, "列指向ストレージ入門").start == datetime(2024, 11, 14, 11, 0)
    it = _read("pd_yaml_italian.yaml")
    assert _talk(it, "Intervento invitato – Solutori iterativi su GPU").kind == "keynote"


def test_semicolon_csv_from_a_cfp_tool() -> None:
    p = _read("pd_cfp_semicolon.csv")
    keynote = _talk(p, "Keynote")
    assert (keynote.kind, [s.name for s in keynote.speakers]) == ("keynote", ["Hélène Garnier"])
    assert keynote.speakers[0].affiliations == ["Université de Lille"]


def test_days_in_many_languages() -> None:
    assert parse_day("miércoles 16 de octubre de 2024") == date(2024, 10, 16)
    assert parse_day("Dienstag, 12. März 2024") == date(2024, 3, 12)
    assert parse_day("2024年11月14日") == date(2024, 11, 14)
    assert parse_day("quarta-feira, 12 de março de 2024") == date(2024, 3, 12)
    assert parse_day("Room 2") is None


def test_the_person_test_on_titles_and_speaker_strings() -> None:
    assert title_and_speakers("Guided glacier walk (By appointment only)")[1] == []
    title, people = title_and_speakers(
        "Cost-aware autoscaling - Wojciech Nowak [Cloud Ops - Platform]"
    )
    assert title == "Cost-aware autoscaling"
    assert [(p.name, p.affiliations) for p in people] == [
        ("Wojciech Nowak", ["Cloud Ops - Platform"])
    ]
    (tagged,) = split_speakers("(SRE) Thandiwe Dlamini, Staff Engineer", single_ok=True)
    assert tagged.name == "Thandiwe Dlamini"
    (one,) = split_speakers("Kateryna Melnyk, Two Sigma Research")
    assert one.affiliations == ["Two Sigma Research"]
    assert [p.name for p in split_speakers("Giulia Marino e Paolo Conti")] == [
        "Giulia Marino",
        "Paolo Conti",
    ]
    nfd = unicodedata.normalize("NFD", "Jürgen Schäfer")
    assert split_speakers(nfd)[0].name == "Jürgen Schäfer"
    assert normalise_person(ProgrammePerson("Team Kartografie")) is None
    assert split_speakers("山田 花子")[0].name == "山田 花子"


def test_files_of_one_event_given_together_are_one_conference(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    files = sorted(str(p) for p in (CORPUS / "pd_join_sessionize").iterdir())
    reports = import_sources(nb, files)
    assert len(reports) == 1 and reports[0].error is None
    talks = [t for t in nb.talks.values() if t.conference == reports[0].conference_id]
    carbon = next(t for t in talks if t.title == "Carbon-aware Scheduling")
    assert sorted(nb.people[p].name for p in carbon.speakers) == ["Greta Lindholm", "Tendai Moyo"]
    assert carbon.room == "Room Oak"


def test_a_single_talks_ics_joins_the_conference_holding_its_code(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    folder = CORPUS / "pd_join_ics"
    (first,) = import_sources(nb, [str(folder / "schedule.json")])
    copy = tmp_path / "talk.ics"
    shutil.copy(folder / "talk.ics", copy)
    (second,) = import_sources(nb, [str(copy)])
    assert second.error is None
    assert second.conference_id == first.conference_id
    assert len(nb.talks) == 1


def test_a_renamed_speaker_shows_the_new_name_and_keeps_the_old_as_alias(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)

    def programme(name: str) -> Programme:
        talk = ProgrammeTalk(
            "Sand and wind",
            start=datetime(2024, 7, 12, 10),
            source_id="T1",
            speakers=[ProgrammePerson(name, source_id="SPK1")],
        )
        return Programme(name="DuneCon 2024", format="pretalx", source_id="dune24", talks=[talk])

    merge_programme(nb, programme("Femke de Vries"))
    merge_programme(nb, programme("Femke van Dijk"))
    (person,) = nb.people.values()
    assert person.name == "Femke van Dijk"
    assert "Femke de Vries" in person.aliases


def test_files_imported_together_update_together(tmp_path: Path) -> None:
    from confnotes.importers.update import update_conference

    folder = tmp_path / "event"
    shutil.copytree(CORPUS / "pd_join_sessionize", folder)
    nb = Notebook.open(tmp_path / "nb", create=True)
    (report,) = import_sources(nb, sorted(str(p) for p in folder.iterdir()))
    speakers = folder / "speakers.json"
    speakers.write_text(
        speakers.read_text(encoding="utf-8").replace('"Tendai Moyo"', '"Tendai Moyo-Banda"'),
        encoding="utf-8",
    )
    update = update_conference(nb, report.conference_id)
    assert update.cancelled == [] and update.added == []
    names = {p.name: p.aliases for p in nb.people.values()}
    assert "Tendai Moyo-Banda" in names and "Tendai Moyo" in names["Tendai Moyo-Banda"]


def test_names_in_any_script_are_names() -> None:
    for name in ("Иван Петров", "Ελένη Παπαδοπούλου", "محمد علي", "अनिल कुमार", "김민준"):
        assert [p.name for p in split_speakers(name)] == [name], name
    assert split_speakers("Облачные вычисления сегодня") == []


def test_two_words_before_a_colon_are_a_speaker_only_when_known() -> None:
    data = b"""[
      {"title": "Faster Logs", "speaker": "Ana Ruiz", "start": "2024-05-01T09:00"},
      {"title": "Ana Ruiz: Compaction Revisited", "start": "2024-05-01T10:00"},
      {"title": "Rust Nation: A Retrospective", "start": "2024-05-01T11:00"}
    ]"""
    p = parse_programme(data, "talks.json")
    assert [(t.title, [s.name for s in t.speakers]) for t in p.talks[1:]] == [
        ("Compaction Revisited", ["Ana Ruiz"]),
        ("Rust Nation: A Retrospective", []),
    ]


def test_sessionize_speakers_keep_their_link_and_session_tags() -> None:
    p = _read("pd_sessionize_all.json")
    keynote = _talk(p, "Opening Keynote: Boring Infrastructure Wins")
    assert keynote.speakers[0].url == "https://seun.example.net"
    assert "Main stage" in keynote.tags
    assert keynote.links[0].url == "https://video.example.org/v/7101"


def test_a_time_range_under_any_key_and_people_by_id_in_a_dict() -> None:
    p = _read("pd2_time_ranges.json")
    assert p.name == "Lisbon Data Evenings #12"
    assert _talk(p, "Geospatial joins in DuckDB").start == datetime(2025, 3, 27, 18, 55)
    q = _read("pd2_epoch_speakers.json")
    solar = _talk(q, "Solar-powered edge servers")
    assert [s.name for s in solar.speakers] == ["Otieno Ochieng", "Wanjiru Kamau"]
    assert solar.start == datetime(2024, 8, 8, 10, 0)  # UTC shown in Africa/Nairobi


def test_times_of_day_in_many_languages() -> None:
    from datetime import time

    from confnotes.importers.when import parse_time

    assert parse_time("午後2時30分") == time(14, 30)
    assert parse_time("14 Uhr") == time(14, 0)
    assert parse_time("2 de la tarde") == time(14, 0)
    assert parse_time("10:40am") == time(10, 40)
    assert parse_time("2024") is None and parse_time("Room 2") is None


def test_ids_that_several_lists_share_are_looked_up_in_the_list_the_key_names() -> None:
    """Sessionize numbers sessions, rooms, speakers and category items each from 1: a
    talk in room 1 is in the room called 1, not beside the session numbered 1."""
    data = {
        "sessions": [
            {
                "id": 1,
                "title": "Alpha talk on caches",
                "startsAt": "2025-06-10T09:00:00",
                "speakers": [2],
                "roomId": 2,
                "categoryItems": [1],
            },
            {
                "id": 2,
                "title": "Beta talk on queues",
                "startsAt": "2025-06-10T10:00:00",
                "speakers": [1],
                "roomId": 1,
                "categoryItems": [2],
            },
        ],
        "speakers": [
            {"id": 1, "firstName": "Ana", "lastName": "Ruiz", "fullName": "Ana Ruiz"},
            {"id": 2, "firstName": "Lee", "lastName": "Park", "fullName": "Lee Park"},
        ],
        "rooms": [{"id": 1, "name": "Hall A"}, {"id": 2, "name": "Room B"}],
        "categories": [
            {
                "id": 9,
                "title": "Format",
                "items": [{"id": 1, "name": "Keynote"}, {"id": 2, "name": "Lightning talk"}],
            }
        ],
    }
    p = parse_programme(json.dumps(data).encode(), "all.json")
    alpha, beta = _talk(p, "Alpha talk on caches"), _talk(p, "Beta talk on queues")
    assert (alpha.room, [s.name for s in alpha.speakers]) == ("Room B", ["Lee Park"])
    assert (beta.room, [s.name for s in beta.speakers]) == ("Hall A", ["Ana Ruiz"])
    assert alpha.kind == "keynote"


def test_sessionize_speakers_take_their_employer_from_their_tagline() -> None:
    """Sessionize has no organisation field: a speaker's ``tagLine`` ("DBA at Fjordline",
    "Principal Engineer, Lagoon Bank") names it; a job alone ("SRE") names none."""
    people = {
        s.name: s.affiliations for t in _read("pd_sessionize_all.json").talks for s in t.speakers
    }
    assert sorted(aff for affs in people.values() for aff in affs) == ["Fjordline", "Lagoon Bank"]
    people = {
        s.name: s.affiliations
        for t in _read("pd_sessionize_speakers.json").talks
        for s in t.speakers
    }
    assert ["Kōwhai Labs"] in people.values()


def test_employer_of_a_job_line_in_several_languages() -> None:
    from confnotes.importers.persons import employer_of

    assert employer_of("Staff Engineer @ Prairie Cloud") == "Prairie Cloud"
    assert employer_of("Entwicklerin bei Acme GmbH") == "Acme GmbH"
    assert employer_of("Développeuse chez Doctolib") == "Doctolib"
    assert employer_of("Designer | Studio Nord") == "Studio Nord"
    assert employer_of("Ingeniera de datos") == ""  # a job, no employer
    assert employer_of("Microsoft MVP") == ""  # an award, not an employer
    assert employer_of("I build things at scale.") == ""  # a bio's sentence
