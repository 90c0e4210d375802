"""Stop 73, people invented on real files: a visit's guides, a name spelt two ways, and
a notes paragraph after a speaker's line (fixtures in our own words)."""

from __future__ import annotations

import pytest

from confnotes.importers.kinds import names_a_visit
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeTalk,
)
from confnotes.importers.spellings import one_spelling
from tests.unit.importing import people_of, read, speakers_by_title

VISIT_HTML = """<html><head><title>Quantum Winter School 2024</title></head><body>
<h1>Quantum Winter School 2024</h1>
<h2>Monday 14 October 2024</h2>
<table>
<tr><th>Time</th><th>Session</th><th>Who</th></tr>
<tr><td>09:00</td><td>Cold atoms in optical lattices</td><td>Agnese Corradini</td></tr>
<tr><td>11:00</td><td>Trapped ions for beginners</td><td>Matthias Oberleitner</td></tr>
<tr><td>14:00</td><td>Photonics Lab tour</td><td>Livia Bernasconi, Tobia Ferrante</td></tr>
</table></body></html>
"""

VISIT_DE = """# Herbstschule Optik 2024

## Dienstag, 15. Oktober 2024

| Zeit  | Titel                         | Wer                               |
|-------|-------------------------------|-----------------------------------|
| 09:00 | Licht in Glasfasern           | Dr. Heike Ostermann               |
| 10:30 | Laser sicher betreiben        | Prof. Kai Lindemann               |
| 14:00 | Laborführung (Gruppe A)       | Mareike Sonntag, Lennart Vogt     |
| 16:00 | Was uns eine Laborführung über Sicherheit lehrte | Dr. Pia Hartwig |
"""


def _hosts(programme: Programme) -> set[str]:
    return {r.person.name for r in programme.roles if r.role == "host"}


class TestVisitGuides:
    """A guided visit of a place names its guides: they host it, they give no talk."""

    def test_a_lab_tour_row_names_its_guides_as_hosts(self) -> None:
        programme = read(VISIT_HTML, "school.html")
        assert speakers_by_title(programme)["Photonics Lab tour"] == []
        assert _hosts(programme) == {"Livia Bernasconi", "Tobia Ferrante"}
        assert speakers_by_title(programme)["Cold atoms in optical lattices"] == [
            "Agnese Corradini"
        ]

    def test_a_german_lab_visit_with_a_group_in_brackets(self) -> None:
        programme = read(VISIT_DE, "herbstschule.md")
        by_title = speakers_by_title(programme)
        assert by_title["Laborführung (Gruppe A)"] == []
        assert _hosts(programme) == {"Mareike Sonntag", "Lennart Vogt"}
        # a talk about a visit is a talk: its speaker stays
        assert by_title["Was uns eine Laborführung über Sicherheit lehrte"] == ["Pia Hartwig"]

    def test_a_guide_who_also_gives_a_talk_stays_a_speaker(self) -> None:
        text = VISIT_HTML.replace(
            "</table>",
            "<tr><td>16:00</td><td>Superconducting qubits</td><td>Tobia Ferrante</td></tr></table>",
        )
        programme = read(text, "school.html")
        assert "Tobia Ferrante" in speakers_by_title(programme)["Superconducting qubits"]
        assert "Tobia Ferrante" not in _hosts(programme)

    def test_talks_that_only_mention_a_tour_keep_their_speakers(self) -> None:
        text = """# Rust Afternoon 2024

## Saturday, 19 October 2024

| Time  | Title                                   | Speaker          |
|-------|-----------------------------------------|------------------|
| 13:00 | A guided tour of the borrow checker     | Ana Ruiz         |
| 14:00 | What a lab tour taught us about testing | Kofi Mensah      |
| 15:00 | Async without tears                     | Lena Fischer     |
"""
        programme = read(text, "rust.md")
        assert people_of(programme) == {"Ana Ruiz", "Kofi Mensah", "Lena Fischer"}
        assert not programme.roles

    @pytest.mark.parametrize(
        ("title", "visit"),
        [
            ("CNR-University Lab tour", True),
            ("IQOQI Lab tour (Part II)", True),
            ("Campus visit", True),
            ("Werksbesichtigung", True),
            ("Visite des laboratoires (groupe 2)", True),
            ("Visita ai laboratori", True),
            ("研究室見学", True),
            ("Agile Führung", False),  # leadership, no visit
            ("A guided tour of the Rust compiler", False),
            ("What a lab tour taught us", False),
            ("Lab tours and the art of explaining science to everyone", False),
            ("Tour de France data", False),
        ],
    )
    def test_which_titles_name_a_visit(self, title: str, visit: bool) -> None:
        assert names_a_visit(title) is visit


SPELT_PT = """# Encontro de Software Livre 2023

## Sábado, 16 de setembro de 2023

| Hora  | Palestra                  | Palestrante            |
|-------|---------------------------|------------------------|
| 10:00 | Redes mesh na comunidade  | Valdirene Albuquerque  |
| 11:00 | Impressão 3D na escola    | Heitor Magalhães       |
| 14:00 | Roteadores livres         | Valdirnee Albuquerque  |
| 15:00 | Git para iniciantes       | Lúcio Fontoura         |

## Palestrantes

**Valdirene Albuquerque** mantém redes comunitárias no interior.

**Heitor Magalhães** é professor de ciências.
"""


def _talk(title: str, *names: str) -> ProgrammeTalk:
    return ProgrammeTalk(title=title, speakers=[ProgrammePerson(n) for n in names])


class TestOneSpelling:
    """A name the document spells two ways, one letter apart, is one person."""

    def test_a_slip_in_one_row_takes_the_spelling_written_most(self) -> None:
        programme = read(SPELT_PT, "encontro.md")
        assert speakers_by_title(programme)["Roteadores livres"] == ["Valdirene Albuquerque"]
        assert "Valdirnee Albuquerque" not in people_of(programme)
        slipped = programme.talks[[t.title for t in programme.talks].index("Roteadores livres")]
        assert slipped.speakers[0].aliases == ["Valdirnee Albuquerque"]

    def test_on_a_tie_the_timetable_spelling_wins_over_a_role(self) -> None:
        panelist = ProgrammePerson("Henrik Sjöbreg")
        programme = Programme(
            name="Compilers Workshop",
            format="test",
            talks=[_talk("The future of IRs", "Gareth Whitmore", "Henrik Sjöberg")],
            roles=[ProgrammeRole(panelist, "panelist")],
        )
        text = (
            "| 11:00 | The future of IRs | Gareth Whitmore, Henrik Sjöberg |\n### Henrik Sjöbreg\n"
        )
        one_spelling(programme, text)
        assert panelist.name == "Henrik Sjöberg"

    def test_a_tie_between_two_speakers_leaves_both(self) -> None:
        programme = Programme(
            name="x",
            format="test",
            talks=[_talk("One", "Kirsten Dahl"), _talk("Two", "Kristen Dahl")],
        )
        one_spelling(programme, "Kirsten Dahl\nKristen Dahl\n")
        assert people_of(programme) == {"Kirsten Dahl", "Kristen Dahl"}

    def test_names_that_differ_otherwise_are_two_people(self) -> None:
        rows = [
            ("Tides and moons", "Daniel Moreau"),
            ("Moons and tides", "Daniela Moreau"),  # a letter at the end: another name
            ("Caching at the edge", "Jan Novak"),
            ("Edge caching, revisited", "Jan Nowak"),  # a letter changed, not slipped
            ("Small data", "Ana Berg"),
            ("Smaller data", "Anna Berg"),  # too short a word to tell
            ("Christmas lights", "Christian Holm"),
            ("Christmas trees", "Christina Holm"),  # the swap takes the last letter
            ("Ferries", "Marta Lindholm"),
            ("Harbours", "Marta Lindholm Sørensen"),  # more words: not a slip
        ]
        table = "\n".join(f"| {9 + i}:00 | {t} | {n} |" for i, (t, n) in enumerate(rows))
        text = (
            "# Sibling Talks 2024\n\n## Friday, 8 March 2024\n\n"
            "| Time | Title | Speaker |\n|---|---|---|\n" + table + "\n"
        )
        programme = read(text, "siblings.md")
        assert people_of(programme) == {n for _t, n in rows}


NOTES_EN = """Harbour ML Day 2019

March 9, 2019

# WHY TOKENISERS STILL MATTER

## Ilse Vandermeer

Subword units

1. byte pairs
1. unigram models

data: two small corpora

# Learning to Rank Ferry Routes

Tomasz Wierzbicki, Port Authority

- timetables as graphs
- reranking with click data

Pairwise losses

Listwise losses

Graph RANK


# Counting Birds with Cameras

Oona Lindqvist, Nordic Bird Lab

camera traps at dawn

# Cheap Sensors at Scale

Rafael Quintero, Meteo Coop

sensor drift over winter
"""

NOTES_DE = """Hafentag Daten 2021

12. Juni 2021

# WARUM DATENQUALITÄT ZÄHLT

## Henrike Albers

Messfehler

1. Ausreißer
1. fehlende Werte

# Wellen vorhersagen mit kleinen Netzen

Jörg Brandstätter, Hafenamt Kiel

- Pegelstände als Zeitreihe
- Modelle für die Nordsee

Faltungsnetze

Rekurrente Netze

Tiefe KARTEN


# Möwen zählen mit Kameras

Svea Nordmann, Vogelwarte Nord

Kamerafallen im Morgengrauen

# Sensoren im Watt

Ricarda Feldmann, Küstenlabor

Drift im Winter
"""


class TestNotesAfterTheSpeakerLine:
    """In a person's notes, the lines after a talk's speaker line are notes: a name-shaped
    one at the end (``Graph RANK``) is a topic, no second speaker."""

    @pytest.mark.parametrize(
        ("text", "title", "speaker"),
        [
            (NOTES_EN, "Learning to Rank Ferry Routes", "Tomasz Wierzbicki"),
            (NOTES_DE, "Wellen vorhersagen mit kleinen Netzen", "Jörg Brandstätter"),
        ],
    )
    def test_only_the_speaker_line_names_the_speaker(
        self, text: str, title: str, speaker: str
    ) -> None:
        programme = read(text, "notes.md")
        assert speakers_by_title(programme)[title] == [speaker]

    def test_the_other_talks_keep_their_speakers(self) -> None:
        by_title = speakers_by_title(read(NOTES_EN, "notes.md"))
        assert by_title["Counting Birds with Cameras"] == ["Oona Lindqvist"]
        assert by_title["Cheap Sensors at Scale"] == ["Rafael Quintero"]
