"""Conventions of real programmes traced from blind files p10, p09 and d02 (fixtures in
our own words)."""

from __future__ import annotations

from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.registry import parse_programme


def _talk(p: Programme, title: str) -> ProgrammeTalk:
    return next(t for t in p.talks if t.title == title)


def _names(talk: ProgrammeTalk) -> list[str]:
    return [s.name for s in talk.speakers]


def test_a_csv_row_ending_in_spare_delimiters_joins_no_cell_to_its_neighbour() -> None:
    # every row ends with a comma too many; the rows that name no one keep the width
    p = parse_programme(
        b"Slot,Title,Authors,Type\n"
        b"08:30-08:40,Opening words,,\n"
        b"08:40-09:30,Ferns of the northern coast, Greta Holm,\n"
        b"09:30-10:00,Coffee,,\n"
        b',"Moss as a soil witness", Ida Berg,,\n'
        b',"Counting lichens by drone", Ola Vik and Mia Dahl,,\n'
        b"10:30-11:00,Closing,,\n",
        "program.csv",
    )
    titles = [t.title for t in p.talks]
    assert "Moss as a soil witness" in titles
    assert _names(_talk(p, "Moss as a soil witness")) == ["Ida Berg"]
    assert _names(_talk(p, "Counting lichens by drone")) == ["Ola Vik", "Mia Dahl"]


def test_a_title_tagged_chair_makes_the_rows_people_its_chair_not_a_speaker() -> None:
    p = parse_programme(
        b"Time,Title,Authors,Type\n"
        b"09:00-09:10,Opening words,,\n"
        b"09:10-10:30,Block A (Chair),Greta Holm,\n"
        b",Moss as a soil witness,Ida Berg,Long\n"
        b",Counting lichens by drone,Ola Vik and Mia Dahl,Short\n"
        b"10:30-11:00,Block B [Chair],Per Ek,\n"
        b",Ferns of the northern coast,Kai Lund,Long\n",
        "program.csv",
    )
    speakers = {s.name for t in p.talks for s in t.speakers}
    assert "Greta Holm" not in speakers and "Per Ek" not in speakers
    assert {(r.role, r.person.name) for r in p.roles} >= {
        ("chair", "Greta Holm"),
        ("chair", "Per Ek"),
    }
    assert [s.title for s in p.sessions] == ["Block A", "Block B"]
    assert _names(_talk(p, "Moss as a soil witness")) == ["Ida Berg"]


def test_a_quoted_title_keeps_its_apostrophes_before_the_by_line() -> None:
    from confnotes.importers.headings import read_heading

    talk = read_heading("\"L'atelier d'herbier numérique\", *Ines Morel, Herbiers.org*")
    assert talk.title == "L'atelier d'herbier numérique"
    assert [(p.name, p.affiliations) for p in talk.speakers] == [("Ines Morel", ["Herbiers.org"])]
    single = read_heading("'Seeds' by Ana Ruiz")
    assert (single.title, [p.name for p in single.speakers]) == ("Seeds", ["Ana Ruiz"])


_HOURS_UNDER_ABSTRACTS = """\
Exposés du samedi 3 mars 2029
=============================

"Les mousses de nos toits", *Ines Morel*
----------------------------------------

Un tour des mousses qui poussent en ville, et de ce qu'elles disent de l'air.

Exposé de 10h à 11h.

"L'herbier partagé", *Paul Girard*
----------------------------------

Comment une association garde ses planches en ligne, avec des outils libres.

Exposé de 11h15 à 12h.

"Compter les abeilles", *Lea Roux*
----------------------------------

Un capteur fait maison pour suivre une ruche d'un bout à l'autre de l'année.

Exposé de 14h à 15h30.
"""


def test_a_short_line_of_hours_under_each_talk_is_its_time() -> None:
    p = parse_programme(_HOURS_UNDER_ABSTRACTS.encode(), "exposes.rst")
    starts = {t.title: t.start for t in p.talks if t.speakers}
    assert [(s.hour, s.minute) if s else None for s in starts.values()] == [
        (10, 0),
        (11, 15),
        (14, 0),
    ]
    assert _names(_talk(p, "L'herbier partagé")) == ["Paul Girard"]
