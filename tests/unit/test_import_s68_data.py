"""Stop 68, helper data: programme data files (JSON, YAML, CSV) read by content, whatever
their keys' language and their values' encoding: a slot named by ``nome``/``nombre``
beside a time is a talk, not a person; ``2025-03-04:09.45`` is 09:45; a start key whose
numbers count seconds into a video is no clock; a kind written as an identifier
(``sponsor-lt``) or in a description column of short labels; people fields joined by a
conjunction or followed by "from Org" in several languages, a name beside its romanised
spelling or handle, a company and its people in brackets; titles that carry their
speakers after "by" in most of a list. Fixtures written for these tests, in our own
words."""

from __future__ import annotations

import json

from confnotes.importers.persons import role_people
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.schedule_util import parse_iso_datetime


def _read(text: str, name: str) -> Programme:
    return parse_programme(text.encode(), name)


def _speakers(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def _named(programme: Programme) -> set[str]:
    return {p.name for t in programme.talks for p in t.speakers}


def _people(text: str) -> list[str]:
    return [p.name for p in role_people(text)]


# -- a slot named by "nome"/"nombre" beside a time is a talk -----------------------------

_SLOTS_PT = """- nome: Abertura do evento
  horario : "09:00 - 09:20"
  avatar: logo.png
  palestrante :

- nome: Filas sem dor com Redis
  horario : "09:20 - 10:00"
  avatar: carla-mendes.jpg
  resumo : Como usamos filas em produção.
  palestrante : Carla Mendes

- nome: Observabilidade para quem começa
  horario : "10:15 - 11:00"
  avatar: rui-teles.jpg
  palestrante : Rui Teles

- nome: Almoço
  horario : "12:00 - 13:00"
  avatar: logo.png
  palestrante :
"""

_SLOTS_ES = json.dumps(
    [
        {"nombre": "Datos abiertos en el municipio", "hora": "16:00", "avatar": "a.png",
         "ponente": "Lucía Ferrer"},
        {"nombre": "Pruebas que sí ayudan", "hora": "16:40", "avatar": "b.png",
         "ponente": "Mateo Robles"},
        {"nombre": "Cierre", "hora": "17:20", "avatar": "c.png", "ponente": ""},
    ],
    ensure_ascii=False,
)  # fmt: skip


def test_named_slots_with_a_time_are_talks_in_yaml_with_spaced_keys() -> None:
    programme = _read(_SLOTS_PT, "agenda.yml")
    said = _speakers(programme)
    assert said["Filas sem dor com Redis"] == ["Carla Mendes"]
    assert said["Observabilidade para quem começa"] == ["Rui Teles"]
    assert _named(programme) == {"Carla Mendes", "Rui Teles"}


def test_named_slots_with_a_time_are_talks_in_spanish_json() -> None:
    said = _speakers(_read(_SLOTS_ES, "agenda.json"))
    assert said["Datos abiertos en el municipio"] == ["Lucía Ferrer"]
    assert said["Pruebas que sí ayudan"] == ["Mateo Robles"]


def test_a_people_list_with_avatars_and_no_time_stays_people() -> None:
    people = json.dumps(
        [
            {"nome": "Carla Mendes", "avatar": "c.jpg", "bio": "Engenheira de dados."},
            {"nome": "Rui Teles", "avatar": "r.jpg", "bio": "Faz observabilidade."},
            {"nome": "Inês Prado", "avatar": "i.jpg", "bio": "Escreve testes."},
        ],
        ensure_ascii=False,
    )
    programme = _read(people, "palestrantes.json")
    assert not programme.talks


# -- dates and times: an hour's minutes after a dot; a count of seconds is no clock --------


def test_an_hour_and_minutes_after_a_dot_are_the_clock() -> None:
    assert parse_iso_datetime("2025-03-04:09.45").strftime("%H:%M") == "09:45"  # type: ignore[union-attr]
    assert parse_iso_datetime("2025-03-04T14h30").strftime("%H:%M") == "14:30"  # type: ignore[union-attr]
    assert parse_iso_datetime("2025-03-04T14:30:05.5").second == 5  # type: ignore[union-attr]


def test_dotted_times_in_a_nested_schedule() -> None:
    doc = {
        "programme": {
            "days": [
                {
                    "rooms": [
                        {
                            "room": "Fjellet",
                            "sessions": [
                                {"start": "2025-03-04:09.45", "end": "2025-03-04:10.30",
                                 "title": "Drift uten drama", "speaker": "Ingrid Lunde"},
                                {"start": "2025-03-04:10.45", "end": "2025-03-04:11.15",
                                 "title": "Små team, store systemer", "speaker": "Ola Berge"},
                            ],
                        }
                    ]
                }
            ]
        }
    }  # fmt: skip
    programme = _read(json.dumps(doc, ensure_ascii=False), "schedule.json")
    starts = {t.title: t.start.strftime("%H:%M") for t in programme.talks if t.start}
    assert starts == {"Drift uten drama": "09:45", "Små team, store systemer": "10:45"}


def test_seconds_into_a_video_are_no_start() -> None:
    doc = [
        {"title": "Welcome words", "speaker": "Noor Haddad", "videoStartsAt": 600},
        {"title": "Streams in practice", "speaker": "Emil Varga", "videoStartsAt": 2400},
        {"title": "Typed configs", "speaker": "Ada Kowal", "videoStartsAt": 5100},
    ]
    programme = _read(json.dumps(doc), "videos.json")
    assert len(programme.talks) == 3
    assert all(t.start is None and t.clock is None for t in programme.talks)


def test_yaml_clock_stays_a_clock() -> None:
    text = (
        "- title: Morning talk\n  start: 09:30\n  speaker: Noor Haddad\n"
        "- title: Second talk\n  start: 10:15\n  speaker: Emil Varga\n"
        "- title: Third talk\n  start: 11:00\n  speaker: Ada Kowal\n"
    )
    programme = _read(text, "talks.yml")
    clocks = {t.title: (t.start or t.clock).strftime("%H:%M") for t in programme.talks}  # type: ignore[union-attr]
    assert clocks["Morning talk"] == "09:30"


# -- kinds: identifiers and a description column of labels ------------------------------


def test_kind_identifiers_are_read_as_words() -> None:
    doc = [
        {"title": "Fast builds by Rin Aoki", "id": "f", "category": "lt", "time": "10:00"},
        {
            "title": "Our hiring story by Kenji Mori",
            "id": "h",
            "category": "sponsor-lt",
            "time": "10:10",
        },
        {
            "title": "The web in ten years by Emi Sato",
            "id": "w",
            "category": "keynote",
            "time": "11:00",
        },
        {
            "title": "Bundlers compared by Yuto Abe",
            "id": "b",
            "category": "regular-talk",
            "time": "12:00",
        },
    ]
    talks = _read(json.dumps(doc), "agenda.json").talks
    kinds = {t.title: t.kind for t in talks}
    assert kinds["Fast builds"] == "spotlight"
    assert kinds["Our hiring story"] == "spotlight"
    assert kinds["The web in ten years"] == "keynote"
    assert kinds["Bundlers compared"] == "talk"
    assert all(len(t.tags) <= 1 for t in talks)  # one tag, not "lt" and "LT"


def test_a_description_column_of_short_labels_says_the_kind() -> None:
    text = (
        "start,end,title,desc,room\n"
        "10:00,10:10,Welcome,all,Hall\n"
        "10:10,11:00,Invited address,Keynote,Hall\n"
        "11:00,11:30,Round one,LT,Room A\n"
        "11:00,11:30,Round one,LT,Room B\n"
        "11:30,11:45,Break,all,\n"
        "11:45,12:15,Round two,LT,Room A\n"
    )
    kinds = [(t.title, t.kind) for t in _read(text, "plan.csv").talks]
    assert ("Invited address", "keynote") in kinds
    assert ("Round one", "spotlight") in kinds
    assert ("Round two", "spotlight") in kinds


def test_a_description_column_of_sentences_says_no_kind() -> None:
    text = (
        "start,title,desc\n"
        "10:00,Lightning fast queues,We show how keynote speakers handle LT sessions.\n"
        "11:00,Plain talk,A calm hour about databases and their indexes.\n"
        "12:00,Another talk,Why caches fail and what to do about it.\n"
    )
    kinds = {t.title: t.kind for t in _read(text, "plan.csv").talks}
    assert kinds["Plain talk"] == "talk"
    assert kinds["Another talk"] == "talk"


# -- people fields -----------------------------------------------------------------------


def test_people_joined_then_where_they_come_from() -> None:
    people = role_people("Sigrid Aas og Petter Hovland fra Nordlys Data")
    assert [(p.name, p.affiliations) for p in people] == [
        ("Sigrid Aas", ["Nordlys Data"]),
        ("Petter Hovland", ["Nordlys Data"]),
    ]
    assert _people("Karin Ek och Johan Lind från Skärgård AB") == ["Karin Ek", "Johan Lind"]
    assert _people("Dana Whitfield from Harbour Labs") == ["Dana Whitfield"]


def test_from_after_a_phrase_names_nobody() -> None:
    assert _people("Greetings from Lisbon") == []
    assert _people("Hello from Dana Whitfield") == []


def test_full_name_and_a_given_name_are_two_speakers() -> None:
    assert _people("Marta Quiroga y Andrés") == ["Marta Quiroga", "Andrés"]
    assert _people("Paul Meunier et Chloé") == ["Paul Meunier", "Chloé"]
    assert _people("Marta Quiroga y Asociados") != ["Marta Quiroga", "Asociados"]


def test_a_team_is_nobody() -> None:
    assert _people("Equipo Organizador Tech Sur") == []
    assert _people("Équipe Accueil Lyon") == []


def test_a_name_and_its_romanised_spelling_or_handle_are_one_person() -> None:
    one = role_people("佐野 陽介 (Yosuke Sano)")
    assert [(p.name, p.aliases) for p in one] == [("佐野 陽介", ["Yosuke Sano"])]
    assert _people("藤井 恵 / megfujii") == ["藤井 恵"]
    assert _people("ちかこ/Chikako") == ["ちかこ"]
    assert _people("Dana Whitfield / @danaw") == ["Dana Whitfield"]
    assert _people("Dana Whitfield / Bo Lindqvist") == ["Dana Whitfield", "Bo Lindqvist"]


def test_a_company_and_its_people_in_brackets() -> None:
    led = role_people("ミライ（Haruto Ishii）")
    assert [(p.name, p.affiliations) for p in led] == [("Haruto Ishii", ["ミライ"])]
    assert _people("Acmeware (Dana Whitfield / @danaw)") == ["Dana Whitfield"]
    assert _people("Acmeware（高木 亮、森田 舞）") == ["高木 亮", "森田 舞"]
    # a person and their company stays so
    assert [(p.name, p.affiliations) for p in role_people("Dana Whitfield (Acmeware)")] == [
        ("Dana Whitfield", ["Acmeware"])
    ]


# -- titles that carry their speakers after "by" ------------------------------------------


def test_a_list_of_titles_by_their_speakers() -> None:
    doc = [
        {"title": "Welcome by Ren Takahashi", "track": "a", "at": "09:00"},
        {"title": "型で守るフロントエンドby 山本 千尋", "track": "a", "at": "09:30"},
        {"title": "Audio in the browser by Mika", "track": "a", "at": "10:30"},
        {"title": "Edge caches by ゆうた/yuta_dev", "track": "b", "at": "09:30"},
        {"title": "Hiring at scale by Kumo（Aya Fujimoto）", "track": "b", "at": "10:30"},
        {"title": "Models in the browser by 岡田 修 / Osamu Okada", "track": "b", "at": "11:30"},
        {"title": "Closing remarks", "track": "b", "at": "17:00"},
    ]
    said = _speakers(_read(json.dumps(doc, ensure_ascii=False), "agenda.json"))
    assert said["Welcome"] == ["Ren Takahashi"]
    assert said["型で守るフロントエンド"] == ["山本 千尋"]
    assert said["Audio in the browser"] == ["Mika"]
    assert said["Edge caches"] == ["ゆうた"]
    assert said["Hiring at scale"] == ["Aya Fujimoto"]
    assert said["Models in the browser"] == ["岡田 修"]  # one person, spelt twice


def test_a_french_list_of_titles_par_their_speakers() -> None:
    text = (
        "- titre: Ouverture par Claire Dubois\n  heure: '9h00'\n  salle: A\n"
        "- titre: Les files sans peine par Hugo\n  heure: '9h30'\n  salle: A\n"
        "- titre: Tester le réseau par Inès Marchal\n  heure: '10h15'\n  salle: B\n"
    )
    said = _speakers(_read(text, "programme.yml"))
    assert said["Ouverture"] == ["Claire Dubois"]
    assert said["Les files sans peine"] == ["Hugo"]


def test_one_by_in_a_list_is_no_by_line_column() -> None:
    doc = [
        {"title": "Stand by Me", "start": "2031-05-02T10:00", "track": "a"},
        {"title": "Queues in depth", "start": "2031-05-02T11:00", "track": "a"},
        {"title": "Caching stories", "start": "2031-05-02T12:00", "track": "a"},
        {"title": "Closing", "start": "2031-05-02T13:00", "track": "a"},
    ]
    programme = _read(json.dumps(doc), "agenda.json")
    assert "Stand by Me" in _speakers(programme)
    assert not _named(programme)
