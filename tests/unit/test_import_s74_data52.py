"""Programme data files whose time slots carry a talk's title and nest one item saying
who gives it (``events: [{title: "Ana Ruiz: Nordlys Labs"}]``), and people fields that
write each person as ``Name: Organisation`` a semicolon apart: what a user sees
imported."""

from __future__ import annotations

import json

from confnotes.importers.persons import role_people
from tests.unit.importing import people_of, read, speakers_by_title, starts_by_title

_BYLINE_SLOTS_YAML = """\
- date: "2025-06-03"
  timeslots:
  - startTime: "09:00"
    endTime: "09:30"
    title: "Welcome coffee"
    type: "service"
  - startTime: "09:30"
    endTime: "10:00"
    type: presentation
    title: "Tidal models for small harbours"
    events:
      - title: "Ingrid Solberg: Bergen Marine Institute, Norway"
  - startTime: "10:00"
    endTime: "10:30"
    type: presentation
    title: "Counting seabirds from drones"
    events:
      - title: "Tomasz Wierzbicki: Gdańsk University, Poland"
        speakers: "Abstract: we flew small drones over three colonies for two summers
          and compared the counts with those made by hand from the cliffs."
  - startTime: "10:30"
    endTime: "11:00"
    type: presentation
    title: "Kelp forests and carbon"
    events:
      - title: "Lucía Fernández, Universidad de Vigo, Spain"
  - startTime: "11:00"
    endTime: "11:30"
    type: presentation
    title: "Ship noise below the surface"
    events:
      - title: "Mara, Jonas and Pieter, Harbour Acoustics"
"""


def test_a_slot_holding_one_byline_is_the_talk_by_that_person() -> None:
    programme = read(_BYLINE_SLOTS_YAML, "schedule.yml")
    talks = speakers_by_title(programme)
    assert talks["Tidal models for small harbours"] == ["Ingrid Solberg"]
    assert talks["Counting seabirds from drones"] == ["Tomasz Wierzbicki"]
    assert talks["Kelp forests and carbon"] == ["Lucía Fernández"]
    assert talks["Ship noise below the surface"] == ["Mara", "Jonas", "Pieter"]
    assert not any(":" in title for title in talks)  # no talk titled by a byline


def test_a_byline_slot_keeps_its_time_and_its_speakers_organisation() -> None:
    programme = read(_BYLINE_SLOTS_YAML, "schedule.yml")
    starts = starts_by_title(programme)
    start = starts["Counting seabirds from drones"]
    assert start is not None and (start.day, start.hour, start.minute) == (3, 10, 0)
    talk = next(t for t in programme.talks if t.title == "Tidal models for small harbours")
    assert talk.speakers[0].affiliations == ["Bergen Marine Institute, Norway"]


_LAB_SLOTS_YAML = """\
- date: "2024-02-14"
  timeslots:
  - startTime: "9:00"
    endTime: "9:40"
    title: "Contrôle d'accès dans les nuages"
    type: "presentation"
    events:
      - title: "LIRIS"
        speakers: "Claire Dubois"
  - startTime: "9:50"
    endTime: "10:30"
    title: "Graphes aléatoires et épidémies"
    type: "presentation"
    events:
      - title: "LIRIS"
        speakers: "Hugo Martin"
  - startTime: "10:30"
    endTime: "11:00"
    title: "Pause café"
    type: "service"
  - startTime: "11:00"
    endTime: "11:40"
    title: "Optimisation de tournées de livraison"
    type: "presentation"
    events:
      - title: "LAMSADE / Renault"
        speakers: "Élodie Bernard"
"""


def test_a_lab_named_as_the_one_items_title_is_the_speakers_organisation() -> None:
    """French workshop: the lab fills the item's title, the person its speakers field;
    the slot's title is the talk's."""
    programme = read(_LAB_SLOTS_YAML, "schedule.yml")
    talks = speakers_by_title(programme)
    assert talks["Contrôle d'accès dans les nuages"] == ["Claire Dubois"]
    assert talks["Optimisation de tournées de livraison"] == ["Élodie Bernard"]
    assert "LIRIS" not in talks and "LAMSADE / Renault" not in talks
    talk = next(t for t in programme.talks if t.title == "Graphes aléatoires et épidémies")
    assert talk.speakers[0].affiliations == ["LIRIS"]


_SESSIONS_OF_ONE_JSON = json.dumps(
    [
        {
            "date": "2023-09-20",
            "timeslots": [
                {
                    "startTime": "08:45",
                    "title": "Eröffnungsvortrag",
                    "events": [
                        {
                            "title": "Autonome Züge auf alten Strecken",
                            "speakers": "Katrin Vogel (Deutsche Bahn)",
                        }
                    ],
                },
                {
                    "startTime": "10:30",
                    "title": "Sitzung Verkehr",
                    "events": [
                        {"title": "Fahrpläne aus Sensordaten", "speakers": "Jonas Keller"},
                        {"title": "Sichere Weichensteuerung", "speakers": "Lea Hoffmann"},
                    ],
                },
                {
                    "startTime": "13:00",
                    "title": "Hauptvortrag",
                    "events": [
                        {"title": "Schiene und Klima bis 2040", "speakers": "Martin Schulz"}
                    ],
                },
            ],
        }
    ],
    ensure_ascii=False,
)


def test_a_session_of_one_talk_with_a_title_of_its_own_stays_a_session() -> None:
    """Near miss (German): a slot over one item that is a talk (a title, and its speaker
    in a field of its own) is a session holding that talk, not a talk by nobody."""
    programme = read(_SESSIONS_OF_ONE_JSON, "schedule.json")
    talks = speakers_by_title(programme)
    assert talks["Autonome Züge auf alten Strecken"] == ["Katrin Vogel"]
    assert talks["Schiene und Klima bis 2040"] == ["Martin Schulz"]
    assert talks["Fahrpläne aus Sensordaten"] == ["Jonas Keller"]
    assert "Eröffnungsvortrag" not in talks and "Hauptvortrag" not in talks


_COLON_PLACED_YAML = """\
- date: "2022-11-08"
  timeslots:
  - startTime: "10:30"
    endTime: "12:00"
    title: "MOBILE"
    type: "presentation"
    events:
      - title: "Faster caches for phones in the wild"
        speakers: "Ana Ruiz:Nordlys Labs, Oslo; Bo Lindqvist: Delta University"
      - title: "Energy budgets of background sync"
        speakers: "Cem Kaya:Harbour Institute;Dana Smith:Harbour Institute;"
      - title: "Offline-first maps"
        speakers: "Eva Novak:Prague Tech"
  - startTime: "12:00"
    endTime: "13:00"
    title: "Lunch"
    type: "service"
  - startTime: "13:00"
    endTime: "14:00"
    title: "PANEL"
    type: "presentation"
    events:
      - title: "Who owns the edge?"
        speakers: "Moderator: Farida Haddad"
"""


def test_people_written_name_colon_organisation_a_semicolon_apart() -> None:
    programme = read(_COLON_PLACED_YAML, "schedule.yml")
    talks = speakers_by_title(programme)
    assert talks["Faster caches for phones in the wild"] == ["Ana Ruiz", "Bo Lindqvist"]
    assert talks["Energy budgets of background sync"] == ["Cem Kaya", "Dana Smith"]
    assert talks["Offline-first maps"] == ["Eva Novak"]
    talk = next(t for t in programme.talks if t.title == "Faster caches for phones in the wild")
    assert [p.affiliations for p in talk.speakers] == [["Nordlys Labs, Oslo"], ["Delta University"]]


def test_a_role_label_before_a_colon_is_no_person_and_no_organisation() -> None:
    """Near miss: ``Moderator: Farida Haddad`` names the person after the label."""
    programme = read(_COLON_PLACED_YAML, "schedule.yml")
    people = people_of(programme) | {r.person.name for r in programme.roles}
    assert "Moderator" not in people
    assert not any(p.affiliations == ["Farida Haddad"] for t in programme.talks for p in t.speakers)


def test_a_label_over_a_remark_is_no_person_placed_alone() -> None:
    """A notes line ``Two words: a remark`` is a label over the remark: one ``Name: Place``
    with no second person beside it is read so only when it still looks like one."""
    assert role_people("Tolérance aux pannes: on duplique tout") == []
    assert role_people("Schnelle Builds: wir cachen alles, immer.") == []
    assert [p.name for p in role_people("Ana Ruiz: Nordlys Labs")] == ["Ana Ruiz"]
