"""Programme data files as real sites write them (issue 33's second real set, ``data2``):
YAML data whose comment lines look like headings, days named by weekday without a year,
clock ranges that are no days."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.registry import detect_format, parse_programme
from confnotes.importers.when import parse_day, yearless_day


def _talk(p: Programme, title: str) -> ProgrammeTalk:
    return next(t for t in p.talks if t.title == title)


def _names(talk: ProgrammeTalk) -> list[str]:
    return [s.name for s in talk.speakers]


COMMENTED_YAML = """\
# Programme of the spring meeting
# - edit the times below, not the titles
- day: Lundi 7 mars
  sessions:
    - time: 9h-9h30
      title: Accueil
#      chair: someone
    - time: 9h30-10h30
      title: Session A
      chair: Odile Ferrand
      talks:
        - title: Graphes de flots pour les vergers
          authors: <b>Marc Tessier</b> et Lise Aubry
        - title: Un solveur pour les horaires de bus
          authors: Paul Giraud, <b>Anne Morel</b> et Luc Perrin
# - day: Mardi 8 mars
"""


def test_a_yaml_list_of_talk_records_is_data_though_its_comments_look_like_headings() -> None:
    data = COMMENTED_YAML.encode()
    assert detect_format(data, "programme.yml") == "sessions"
    p = parse_programme(data, "programme.yml")
    assert _names(_talk(p, "Un solveur pour les horaires de bus")) == [
        "Paul Giraud",
        "Anne Morel",
        "Luc Perrin",
    ]
    assert all("chair" not in t.title for t in p.talks)


def test_a_day_named_by_weekday_without_a_year_takes_the_year_the_weekday_fits() -> None:
    # 7 March is a Monday in 2022 (and not in 2023-2026)
    assert yearless_day("Lundi 7 mars", 2026) == date(2022, 3, 7)
    assert yearless_day("Donnerstag, 3. April", 2026) == date(2025, 4, 3)
    assert yearless_day("7 mars", 2026) is None  # no weekday: no year is guessed
    assert yearless_day("Lundi 7 mars 2022", 2026) is None  # a year written: parse_day's
    p = parse_programme(COMMENTED_YAML.encode(), "programme.yml")
    assert _talk(p, "Accueil").start is not None
    assert _talk(p, "Accueil").start.date().month == 3  # type: ignore[union-attr]
    assert _talk(p, "Graphes de flots pour les vergers").day == _talk(p, "Accueil").day


def test_a_clock_range_is_never_a_day_counted_from_today() -> None:
    # dateparser alone reads "11h" as "11 hours ago" and "11h-11h10" as 2010-11-11
    assert parse_day("11h-11h10") is None
    assert parse_day("13h30-14h") is None
    assert parse_day("15. Mai 2024") == date(2024, 5, 15)
    p = parse_programme(
        b"- time: 11h-11h30\n  title: Ouverture\n  author: Ana Ruiz\n"
        b"- time: 11h30-12h\n  title: Bilan\n  author: Lea Marin\n"
        b"- time: 14h-15h\n  title: Atelier\n  author: Tom Henry\n",
        "p.yml",
    )
    assert all(t.start is None or t.start < datetime(2000, 1, 1) for t in p.talks)
    assert all(t.start is None for t in p.talks)


def test_a_field_that_holds_people_vouches_for_names_in_the_forms_people_write_theirs() -> None:
    from confnotes.importers.persons import role_people, split_speakers

    assert split_speakers("Minsu In; Hyejin Cho", single_ok=True) == []  # free text: unsure
    assert [p.name for p in role_people("Minsu In; Hyejin Cho")] == ["Minsu In", "Hyejin Cho"]
    assert [p.name for p in role_people("@kobayashi_dev")] == ["kobayashi_dev"]
    assert [p.name for p in role_people("さくらこ")] == ["さくらこ"]
    assert [p.name for p in role_people("Wenjie ZHAO")] == ["Wenjie ZHAO"]
    assert [p.name for p in role_people("petra novak")] == ["petra novak"]
    # a semicolon list is people, one each: "LiWei Zhang" is no affiliation of the one before
    assert [p.name for p in role_people("Ana Ruiz; LiWei Zhang; Bo LI")] == [
        "Ana Ruiz",
        "LiWei Zhang",
        "Bo LI",
    ]
    for nobody in ("Lunch", "TBA", "Main Room", "By appointment only", "ランチ", "基調講演"):
        assert role_people(nobody) == [], nobody
    p = parse_programme(
        b"title,authors,type\n"
        b"Sparse kernels on phones,Minsu In; Hyejin Cho,Oral\n"
        b"Learning to pack boxes,Wenjie ZHAO; petra novak,Poster\n",
        "accepted.csv",
    )
    assert _names(_talk(p, "Sparse kernels on phones")) == ["Minsu In", "Hyejin Cho"]
    q = parse_programme(
        '- title: 型で守るアプリ設計\n  speaker: "@kobayashi_dev"\n  start_time: "10:00"\n'
        '- title: 画像処理のいろは\n  speaker: さくらこ\n  start_time: "11:00"\n'
        '- title: ランチ\n  speaker:\n  start_time: "12:00"\n'.encode(),
        "sessions.yml",
    )
    assert _names(_talk(q, "型で守るアプリ設計")) == ["kobayashi_dev"]
    assert _names(_talk(q, "画像処理のいろは")) == ["さくらこ"]


def test_a_csv_row_naming_only_its_chair_is_a_session_and_titles_lose_their_markup() -> None:
    p = parse_programme(
        b"Time,Title,Authors,Type\n"
        b"09:00-09:10,Welcome,,\n"
        b"09:10-10:40,Session A</b>,(Chair) Greta Holm,\n"
        b",<i>Fuzzing parsers with grammars</i>,Ida Berg and Ola Vik,Full\n"
        b',<i>Shrinking failing inputs</i>,"Kai Lund, Mia Dahl and Per Ek",Short\n'
        b",<i>Awards and goodbye</i>,,\n",
        "program.csv",
    )
    titles = [t.title for t in p.talks]
    assert "Fuzzing parsers with grammars" in titles
    assert _names(_talk(p, "Shrinking failing inputs")) == ["Kai Lund", "Mia Dahl", "Per Ek"]
    assert "Session A" not in titles and [s.title for s in p.sessions] == ["Session A"]
    assert [(r.role, r.person.name) for r in p.roles] == [("chair", "Greta Holm")]
    assert "Awards and goodbye" in titles  # a row of the table of talks, titled only


def test_records_beside_talks_with_the_same_fields_are_items_though_they_name_no_one() -> None:
    data = b"""\
- id: 1
  title: "Invited: Rosa Lind"
  place: "Hall B"
  speakers: 7
- id: 2
  title: "Contributed | Counting spores in soil"
  ref_id: 31
  place: "Hall B"
- id: 3
  title: "Contributed | Mapping moss by drone"
  ref_id: 12
  place: "Hall B"
- id: 4
  title: "Invited: Jon Ek"
  place: "Hall B"
  speakers: 8
- id: 900
  title: "Session 1 - Soils"
"""
    p = parse_programme(data, "sessions.yml")
    titles = [t.title for t in p.talks]
    assert any("Counting spores in soil" in t for t in titles)
    assert any("Mapping moss by drone" in t for t in titles)
    assert not any("Session 1" in t for t in titles)  # no field of the talks' own


def test_a_list_item_a_space_off_its_siblings_column_is_read_at_theirs() -> None:
    from confnotes.importers.formats.sessions import load

    text = (
        '- date: "2024-05-02"\n  slots:\n'
        '    - {\n    \tstart: "10:00",\n      title: "Opening"\n    }\n'
        '   - {\n      start: "11:00",\n      title: "Soil and water"\n    }\n'
    )
    doc = load(text.encode(), "schedule.yml")
    assert [s["title"] for s in doc[0]["slots"]] == ["Opening", "Soil and water"]


def test_a_title_like_field_that_holds_a_kind_of_talk_gives_the_kind_not_the_title() -> None:
    p = parse_programme(
        '- title: Exposé invité\n  titre: "Graphes et horaires : trente ans après"\n'
        "  author: Lucie Marchand\n  time: 10h-11h\n"
        "- title: Des arbres et des flots\n  author: Hugo Bernard\n  time: 11h-11h30\n"
        "- title: Pause\n  time: 11h30-12h\n".encode(),
        "programme.yml",
    )
    talk = _talk(p, "Graphes et horaires : trente ans après")
    assert talk.kind == "keynote" and _names(talk) == ["Lucie Marchand"]
    q = parse_programme(
        "- title: 型で守るアプリ設計\n  speaker: 佐藤 花子\n  topic: 基調講演\n"
        "- title: 画像処理のいろは\n  speaker: 田中 一郎\n  topic: 開発ツール\n"
        "- title: ランチ\n  topic:\n".encode(),
        "sessions.yml",
    )
    assert _talk(q, "型で守るアプリ設計").kind == "keynote"
    assert _talk(q, "画像処理のいろは").kind == "talk"


def test_a_slot_titled_by_its_speakers_role_takes_its_short_description_as_title() -> None:
    p = parse_programme(
        b'- title: "Keynote Speaker: Rosa Lind"\n'
        b'  description: "Soil carbon under changing rain"\n  time: "09:00"\n'
        b'- title: "Invited Speaker: Jon Ek"\n'
        b'  description: "Why moss grows where it grows. A long story told in full."\n'
        b'  time: "10:00"\n'
        b'- title: "Welcome"\n  time: "08:50"\n  speakers: [Rosa Lind]\n',
        "sessions.yml",
    )
    talk = _talk(p, "Soil carbon under changing rain")
    assert _names(talk) == ["Rosa Lind"] and talk.kind == "keynote"
    assert _names(_talk(p, "Invited Speaker: Jon Ek")) == ["Jon Ek"]  # an abstract: no title


def test_frab_events_without_a_type_are_breaks_by_their_track_or_short_title() -> None:
    from confnotes.importers.formats import frab

    def event(n: int, title: str, track: str) -> str:
        return (
            f'<event id="{n}"><title>{title}</title><date>2024-05-22T10:00:00Z</date>'
            f"<start>{9 + n}:00</start><duration>00:20</duration><person></person>"
            f"<track>{track}</track><room>Hall</room></event>"
        )

    xml = (
        '<?xml version="1.0"?><schedule><conference><title>Linked Data Day</title>'
        "<start>2024-05-22</start><end>2024-05-22</end></conference>"
        '<day date="2024-05-22" index="1"><room name="Hall">'
        + event(1, "Graph stores today", "Main")
        + event(2, "Kaffee und Poster", "Pause")
        + event(3, "Lunch Break", "Main")
        + "</room></day></schedule>"
    )
    p = frab.parse(xml.encode(), "schedule.xml")
    assert [t.title for t in p.talks] == ["Graph stores today"]
    assert {s.title for s in p.sessions if s.kind == "break"} == {
        "Kaffee und Poster",
        "Lunch Break",
    }


def test_a_speaker_line_vouches_for_a_lone_name_and_takes_it_off_the_summary() -> None:
    from confnotes.importers.formats import ical

    cal = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:ics.py\r\n"
        "BEGIN:VEVENT\r\nUID:a1\r\nDTSTART:20240918T080000Z\r\nDURATION:PT30M\r\n"
        "SUMMARY:Packaging made calm - Oskar\r\n"
        "DESCRIPTION:Packaging made calm - Oskar\\nSpeaker: Oskar\\nTrack: 1\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:a2\r\nDTSTART:20240918T090000Z\r\nDURATION:PT30M\r\n"
        "SUMMARY:Typing the untyped - Rhea Vos\r\n"
        "DESCRIPTION:Typing the untyped - Rhea Vos\\nSpeaker: Rhea Vos\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    p = ical.parse(cal.encode(), "schedule.ics")
    assert _names(_talk(p, "Packaging made calm")) == ["Oskar"]
    assert _names(_talk(p, "Typing the untyped")) == ["Rhea Vos"]


def test_a_row_titled_with_a_chair_segment_beside_talks_is_a_session_with_its_chair() -> None:
    from confnotes.importers.records import labelled_segments

    assert labelled_segments("Session 3 - Soils | Chair: Ana Ruiz") == (
        "Session 3 - Soils",
        {"chair": ["Ana Ruiz"]},
    )
    assert labelled_segments("Rust | Go: a comparison")[1] == {}  # no role's label
    p = parse_programme(
        b'- id: 1\n  title: "Soil carbon"\n  place: online\n  speakers: [Rosa Lind]\n'
        b'- id: 2\n  title: "Moss maps"\n  place: online\n  speakers: [Jon Ek]\n'
        b'- id: 3\n  title: "Fungi at night"\n  place: online\n  speakers: [Eva Berg]\n'
        b'- id: 9\n  title: "Session 1 - Soils | Chair: Tove Nyberg"\n',
        "sessions.yml",
    )
    assert [(r.role, r.person.name) for r in p.roles] == [("chair", "Tove Nyberg")]
    assert "Session 1 - Soils" in [s.title for s in p.sessions]
    assert all("Chair" not in t.title for t in p.talks)


def test_a_talk_whose_own_id_matches_another_talks_key_is_not_a_session_of_it() -> None:
    # pretalx nested by day, minute and room id: an answer's option {"id": 1} is no
    # pointer to the talk in room "1"
    def sub(code: str, title: str, name: str, start: str) -> dict[str, object]:
        return {
            "code": code,
            "title": title,
            "speakers": [{"code": code + "S", "name": name}],
            "slot": {"room_id": 1, "room": {"en": "Main"}, "start": start},
            "answers": [{"id": 4, "answer": "All", "submission": code, "options": [{"id": 1}]}],
        }

    import json

    doc = {
        "schedule": {
            "2024-11-02": {
                "540": {"1": sub("AAA", "Welcome", "Lea Roy", "2024-11-02T09:00:00+01:00")},
                "570": {
                    "1": sub("BBB", "Typing at scale", "Max Doyle", "2024-11-02T09:30:00+01:00")
                },
            }
        }
    }
    p = parse_programme(json.dumps(doc).encode(), "schedule.json")
    assert {t.title: t.start for t in p.talks} == {
        "Welcome": datetime(2024, 11, 2, 9, 0),
        "Typing at scale": datetime(2024, 11, 2, 9, 30),
    }
    assert not p.sessions


def test_a_placeholder_speaker_keeps_the_title_whole_and_kind_flags_give_kinds() -> None:
    p = parse_programme(
        '[{"time": "13:00 – 13:25", "title": "Data Sharing: What Does It Take?",'
        ' "speakers": "TBD"},'
        ' {"time": "13:25 – 13:50", "title": "Scaling labels", "speakers": "Eva Lind"},'
        ' {"time": "13:50 – 14:10", "title": "Morning tea"}]'.encode(),
        "program.json",
    )
    assert "Data Sharing: What Does It Take?" in [t.title for t in p.talks]
    assert all(not t.speakers for t in p.talks if t.title.startswith("Data"))
    q = parse_programme(
        b"- speaker_id: [ana-ruiz]\n  title: Growing old with PHP\n  keynote: true\n"
        b"- speaker_id: [bo-li]\n  title: Pragmatic tests\n  tutorial: true\n"
        b"- speaker_id: [cy-ng]\n  title: Queues\n",
        "talks.yml",
    )
    assert _talk(q, "Growing old with PHP").kind == "keynote"
    assert "tutorial" in _talk(q, "Pragmatic tests").tags
