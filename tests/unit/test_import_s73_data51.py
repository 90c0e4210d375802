"""Programme data files that name their speakers only in a title (``Title with Name``),
their days only in a talk's own link (``/sessions/2024/03/05/…``), and pauses whose
title a dash splits (``Get Together — Foyer``): what a user sees imported."""

from __future__ import annotations

import json
from datetime import date

from tests.unit.importing import days_by_title, people_of, read, speakers_by_title

_DAYS_YAML = """\
- id: mon
  date: "4 Mar 2025"
  items:
    - time: "09:00 – 09:30"
      title: "Doors open & coffee"
      type: break
    - time: "09:30 – 11:00"
      title: "Mapping Rivers by Hand with Lotte Brandvik"
      type: session
    - time: "11:00 – 11:30"
      title: "Sunset Drinks — Roof Terrace"
      type: break
- id: tue
  date: "5 Mar 2025"
  items:
    - time: "10:00 – 12:00"
      title: "Sound as Data | Listening to Cities with Tomasz Wierzbicki"
      type: session
    - time: "12:00 – 13:00"
      title: "Lunch with friends"
      type: break
    - time: "13:00 – 14:00"
      title: "Streams with Apache Kafka"
      type: session
"""


def test_speakers_after_with_in_titles_of_a_data_file() -> None:
    programme = read(_DAYS_YAML, "schedule.yaml")
    talks = speakers_by_title(programme)
    assert talks["Mapping Rivers by Hand"] == ["Lotte Brandvik"]
    assert talks["Sound as Data | Listening to Cities"] == ["Tomasz Wierzbicki"]


def test_with_a_product_or_in_a_pause_names_no_one() -> None:
    programme = read(_DAYS_YAML, "schedule.yaml")
    people = people_of(programme)
    assert "Apache Kafka" not in people
    assert not any("friends" in p for p in people)
    assert speakers_by_title(programme).get("Streams with Apache Kafka") == []


def test_a_pause_whose_title_a_dash_splits_names_no_speaker() -> None:
    """``Sunset Drinks — Roof Terrace`` typed ``break``: a place after the dash, no talk
    by a person called "Sunset Drinks"."""
    programme = read(_DAYS_YAML, "schedule.yaml")
    assert not any("Drinks" in p or "Terrace" in p for p in people_of(programme))
    assert "Roof Terrace" not in speakers_by_title(programme)


def test_with_in_french_and_german_titles() -> None:
    records = [
        {"heure": "09:00", "titre": "Atelier de cartographie avec Camille Durand"},
        {"heure": "10:30", "titre": "Free Time — Garden Hall", "type": "pause"},
        {"heure": "11:00", "titre": "Datenjournalismus im Alltag mit Jonas Albrecht"},
        {"heure": "14:00", "titre": "Clôture avec Inès Moreau"},
    ]
    talks = speakers_by_title(read(json.dumps(records), "programme.json"))
    assert talks["Atelier de cartographie"] == ["Camille Durand"]
    assert talks["Datenjournalismus im Alltag"] == ["Jonas Albrecht"]
    assert "Garden Hall" not in {p for names in talks.values() for p in names}


def test_one_with_alone_in_its_list_stays_the_title() -> None:
    """A single ``with`` among titles that name no one: a phrase of the title."""
    records = [
        {"time": "09:00", "title": "Opening"},
        {"time": "09:30", "title": "Cooking with Gordon Ramsay recipes"},
        {"time": "10:30", "title": "Working with Maria Lopez"},
        {"time": "11:30", "title": "Closing remarks"},
    ]
    talks = speakers_by_title(read(json.dumps(records), "agenda.json"))
    assert "Working with Maria Lopez" in talks
    assert talks["Working with Maria Lopez"] == []


def test_a_people_field_keeps_the_title_whole() -> None:
    records = [
        {"time": "09:00", "title": "Pairing with Ana Ruiz", "speakers": ["Bo Li"]},
        {"time": "10:00", "title": "Tea with Eva Novak", "speakers": ["Carl Berg"]},
        {"time": "11:00", "title": "Notes", "speakers": ["Dana Cole"]},
    ]
    talks = speakers_by_title(read(json.dumps(records), "talks.json"))
    assert talks["Pairing with Ana Ruiz"] == ["Bo Li"]
    assert talks["Tea with Eva Novak"] == ["Carl Berg"]


_LINKED_YAML = """\
- id: "A-1"
  title: "Roadmaps that survive contact"
  venue: "HALL"
  page_url: "/talks/2024/10/08/A-1/"
  speakers: ["Kenji Morimoto"]
- id: "A-2"
  title: "プロダクトの価値を測る"
  venue: "ROOM1"
  page_url: "/talks/2024/10/08/A-2/"
  speakers: ["佐々木 花子"]
- id: "B-1"
  title: "Shipping less, learning more"
  venue: "HALL"
  page_url: "/talks/2024/10/09/B-1/"
  speakers: ["Priya Raman"]
"""


def test_the_day_a_talks_own_link_names() -> None:
    days = days_by_title(read(_LINKED_YAML, "sessions.yml"))
    assert days["Roadmaps that survive contact"] == date(2024, 10, 8)
    assert days["プロダクトの価値を測る"] == date(2024, 10, 8)
    assert days["Shipping less, learning more"] == date(2024, 10, 9)


def test_a_day_written_as_one_folder_in_a_json_link() -> None:
    records = [
        {"titulo": "Datos abiertos", "ponente": "Lucía Gómez", "url": "https://x.org/2023-05-17/a"},
        {"titulo": "Mapas vivos", "ponente": "Pablo Ruiz", "url": "https://x.org/2023-05-18/b"},
        {"titulo": "Cierre", "ponente": "Marta Díaz", "url": "https://x.org/2023-05-18/c"},
    ]
    days = days_by_title(read(json.dumps(records), "charlas.json"))
    assert days["Datos abiertos"] == date(2023, 5, 17)
    assert days["Mapas vivos"] == date(2023, 5, 18)


def test_links_dated_over_months_name_no_talk_day() -> None:
    """A blog's posts about the talks, written weeks apart: the day each was written."""
    records = [
        {"title": "Rust at scale", "speaker": "Ana Ruiz", "link": "/blog/2024/01/10/rust/"},
        {"title": "Go in prod", "speaker": "Bo Li", "link": "/blog/2024/03/22/go/"},
        {"title": "Zig for fun", "speaker": "Eva Novak", "link": "/blog/2024/06/02/zig/"},
    ]
    days = days_by_title(read(json.dumps(records), "talks.json"))
    assert set(days.values()) == {None}


def test_a_date_field_wins_over_the_link() -> None:
    records = [
        {"title": "Rust at scale", "speaker": "Ana Ruiz", "date": "2024-09-01",
         "url": "/2024/09/03/a"},
        {"title": "Go in prod", "speaker": "Bo Li", "date": "2024-09-02",
         "url": "/2024/09/03/b"},
        {"title": "Zig for fun", "speaker": "Eva Novak", "date": "2024-09-02",
         "url": "/2024/09/03/c"},
    ]  # fmt: skip
    days = days_by_title(read(json.dumps(records), "talks.json"))
    assert days["Rust at scale"] == date(2024, 9, 1)


_KINDS_YAML = """\
- date: "2 Jun 2025"
  items:
    - time: "09:00 – 12:00"
      title: "Paper Prototypes"
      type: session
      details: "Hands-on workshop where everyone folds, cuts and tests a first mock-up."
    - time: "13:00 – 14:00"
      title: "Why Maps Lie"
      type: session
      details: "After the workshop this morning, a look at projections and their politics."
    - time: "14:00 – 15:00"
      title: "Opening the Vault"
      type: keynote
      details: "Workshop notes become a keynote: what a year of archives taught us."
    - time: "15:00 – 16:00"
      title: "Small Tools"
      type: session
      details: "Workshops are everywhere; this session asks what they leave behind."
"""


def test_a_description_opening_with_its_kind_tags_the_talk() -> None:
    talks = {t.title: t for t in read(_KINDS_YAML, "days.yaml").talks}
    assert "workshop" in talks["Paper Prototypes"].tags
    assert talks["Paper Prototypes"].kind == "talk"


def test_a_description_only_mentioning_a_kind_leaves_it() -> None:
    talks = {t.title: t for t in read(_KINDS_YAML, "days.yaml").talks}
    assert "workshop" not in talks["Why Maps Lie"].tags
    assert "workshop" not in talks["Small Tools"].tags
    assert talks["Opening the Vault"].kind == "keynote"


def test_an_opening_kind_in_spanish_and_french_descriptions() -> None:
    records = [
        {"hora": "10:00", "titulo": "Datos con R", "ponente": "Lucía Gómez",
         "descripcion": "Taller práctico: traed vuestro portátil."},
        {"hora": "12:00", "titulo": "Cartes sensibles", "ponente": "Inès Moreau",
         "descripcion": "Un atelier pour dessiner la ville à la main."},
        {"hora": "14:00", "titulo": "Cierre", "ponente": "Marta Díaz",
         "descripcion": "Resumen del día."},
    ]  # fmt: skip
    talks = {t.title: t for t in read(json.dumps(records), "agenda.json").talks}
    assert "workshop" in talks["Datos con R"].tags
    assert "workshop" in talks["Cartes sensibles"].tags
    assert "workshop" not in talks["Cierre"].tags


_UNTITLED_YAML = """\
- id: "R-1"
  title: "Growing a product team"
  speakers: ["Hiroshi Tanabe"]
- id: "R-2"
  title: "顧客の声を設計に活かす"
  speakers: ["松本 由紀"]
- id: "R-3"
  title: ""
  speakers: ["小林 健二"]
- id: "R-4"
  title: ""
  speakers: ["TBD"]
- id: "R-5"
  title: "Roadmaps in the open"
  speakers: ["Ingrid Solberg"]
"""


def test_the_speaker_of_an_untitled_session_is_the_events_person() -> None:
    programme = read(_UNTITLED_YAML, "sessions.yml")
    names = {r.person.name for r in programme.roles}
    assert "小林 健二" in names
    assert "TBD" not in names
    assert "" not in speakers_by_title(programme)


def _evenings(titles: list[str]) -> str:
    records = [
        {"title": title, "date": f"2024-0{n + 1}-10T19:00",
         "talks": [{"title": f"Talk {n}", "speakers": [{"name": "Ana Ruiz"}]}]}
        for n, title in enumerate(titles)
    ]  # fmt: skip
    return json.dumps(records)


def test_a_series_named_by_its_numbered_evenings() -> None:
    titles = ["7. Meetup KölnJS", "6. Meetup KölnJS", "5. Meetup KölnJS"]
    assert read(_evenings(titles), "archive.json").name == "KölnJS"
    titles = [
        "Seminar #3 – Datos Abiertos",
        "Seminar #2 – Datos Abiertos",
        "Seminar #1 – Datos Abiertos",
    ]
    assert read(_evenings(titles), "archivo.json").name == "Datos Abiertos"


def test_numbered_parts_of_one_event_name_no_series() -> None:
    titles = ["Session 3", "Session 2", "Session 1"]
    assert read(_evenings(titles), "archive.json").name != ""
    assert read(_evenings(titles), "archive.json").name != "Session"


def test_with_in_an_untimed_list_of_workshops() -> None:
    text = """\
workshops:
  - title: "Linocut Posters with Maren Holt"
    room: "Studio 2"
  - title: "Soldering for Beginners with Kofi Mensah"
    room: "Lab"
  - title: "Zines with Friends"
    room: "Library"
"""
    talks = speakers_by_title(read(text, "workshops.yaml"))
    assert talks["Linocut Posters"] == ["Maren Holt"]
    assert talks["Soldering for Beginners"] == ["Kofi Mensah"]
    assert talks.get("Zines with Friends") == []
