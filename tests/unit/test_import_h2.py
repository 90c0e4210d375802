"""Conventions of real programmes (blind36, h2): a data folder whose day record holds a
count beside its timetable of ids; a page rendered by a component framework, its body
wrapped in custom elements."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import doctree, timetable
from confnotes.importers.formats import sessions


def _talks(text: str) -> list[tuple[str, datetime | None, list[str]]]:
    result = timetable.read(doctree.parse(text), "page", "html")
    return [(t.title, t.start, [s.name for s in t.speakers]) for t in result.programme.talks]


def test_a_count_beside_a_days_timetable_is_no_reference_to_a_talk() -> None:
    # the day's ``trackCount: 1`` equals a talk's id: a quantity, not a pointer, so the
    # day's slots (ids by time) still give each talk its time
    schedule = (
        '- date: "2025-03-14"\n  trackCount: 1\n  slots:\n'
        '    - {start: "09:30", end: "10:15", sessionIds: [1, 2]}\n'
        '    - {start: "10:30", end: "11:15", sessionIds: [3]}\n'
    )
    talks = (
        "- id: 1\n  title: Mapas sin conexion en el campo\n  speakers: [1]\n"
        "- id: 2\n  title: Pruebas de carga con Locust\n  speakers: [2]\n"
        "- id: 3\n  title: Lectura de sensores de riego\n  speakers: [1]\n"
    )
    people = (
        "- id: 1\n  name: Rocio\n  surname: Paredes\n  company: Agro Lab\n"
        "- id: 2\n  name: Tomas\n  surname: Quispe\n  company: Andes Soft\n"
    )
    programme = sessions.parse_many(
        [(schedule.encode(), "schedule.yml"), (talks.encode(), "sessions.yml"),
         (people.encode(), "speakers.yml")]
    )  # fmt: skip
    got = sorted((t.title, t.start, [s.name for s in t.speakers]) for t in programme.talks)
    assert got == [
        ("Lectura de sensores de riego", datetime(2025, 3, 14, 10, 30), ["Rocio Paredes"]),
        ("Mapas sin conexion en el campo", datetime(2025, 3, 14, 9, 30), ["Rocio Paredes"]),
        ("Pruebas de carga con Locust", datetime(2025, 3, 14, 9, 30), ["Tomas Quispe"]),
    ]


CUSTOM_ELEMENTS_PAGE = """<!DOCTYPE html><html><head><title>Rencontres Réseau 2024</title></head>
<body><app-root><site-header><header><h1>Rencontres Réseau 2024</h1></header></site-header>
<page-body><article><h3>Jour 1 : 14/03/2024</h3>
<ul>
<li>9h -- 9h45 : <strong>Keynote</strong> - Odile Marchetti - <em>Ifremer</em></li>
<li>10h -- 11h : <strong>Stockage</strong><ul>
<li><em>Hugo Ferrand</em>, <strong>Caches partagés pour données marines</strong></li>
<li><em>Yasmine Kaddour</em>, <strong>Compression de traces réseau</strong></li>
</ul></li>
</ul></article></page-body></app-root></body></html>"""


def test_custom_elements_wrapping_a_page_are_containers_not_one_line() -> None:
    # an Angular render wraps the whole body in components (``<app-root>``): their
    # lists are the page's lists, so a session's nested papers are its talks
    got = _talks(CUSTOM_ELEMENTS_PAGE)
    assert ("Caches partagés pour données marines", datetime(2024, 3, 14, 10, 0),
            ["Hugo Ferrand"]) in got  # fmt: skip
    assert ("Compression de traces réseau", datetime(2024, 3, 14, 10, 0),
            ["Yasmine Kaddour"]) in got  # fmt: skip


CAPITAL_FAMILIES_PAGE = """<h3>Jour 2 : 15/03/2024</h3>
<ul>
<li>14h -- 15h : <strong>Réseaux</strong><ul>
<li><em>MOREAU Lucie GARNIER Thibault</em>, <strong>Routage tolérant aux pannes</strong></li>
<li><em>Inès BARRAULT Karim OUAZZANI</em>, <strong>Mesures passives de latence</strong></li>
<li><em>Ophélie Dantec</em>, <strong>Files d'attente programmables</strong></li>
</ul></li>
</ul>"""


def test_family_names_in_capitals_part_a_run_of_names_without_commas() -> None:
    # French by-lines write each family name in capitals and may omit the commas: the
    # alternation of capitalised and all-capital words parts the people, in either order
    got = {title: who for title, _start, who in _talks(CAPITAL_FAMILIES_PAGE)}
    assert got["Routage tolérant aux pannes"] == ["MOREAU Lucie", "GARNIER Thibault"]
    assert got["Mesures passives de latence"] == ["Inès BARRAULT", "Karim OUAZZANI"]
    assert got["Files d'attente programmables"] == ["Ophélie Dantec"]


def test_capitals_that_are_organisations_part_no_names() -> None:
    from confnotes.importers.persons import names_by_capitalised_surnames

    assert names_by_capitalised_surnames("Lucie Moreau INRIA Karim Ouazzani CNRS") is None
    assert names_by_capitalised_surnames("Lucie Moreau Karim Ouazzani") is None
    assert names_by_capitalised_surnames("MOREAU Lucie") is None  # one person: nothing to part
