"""Losses of earlier blind sets made general (issue 33), in fixtures of our own words: a
roundtable named in an East Asian script or in Russian is a panel in a data file's
records; a title's by-line joins two speakers with the conjunction of its language."""

from __future__ import annotations

import pytest

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "page.md") -> Programme:
    return parse_programme(text.encode(), name)


def _kinds(p: Programme) -> dict[str, str]:
    return {t.title: t.kind for t in p.talks}


ROUNDTABLE_FRONT = """+++
title = "年会"
date = 2024-05-16

[[agenda.item]]
    time = "09:00 - 09:30"
    desc = "{first}"
    speaker = "林晓"
[[agenda.item]]
    time = "09:30 - 10:00"
    desc = "存储引擎的十年"
    speaker = "周岚"
[[agenda.item]]
    time = "10:00 - 10:40"
    desc = "{panel}"
    speaker = "社区伙伴代表"
+++
"""


@pytest.mark.parametrize(
    "panel",
    [
        "开源生态圆桌论坛",
        "圆桌讨论：数据库的下一个十年",
        "圓桌對談：雲端的未來",
        "개발자 좌담회",
        "パネルディスカッション：次の十年",
        "Круглый стол: базы данных",
    ],
)
def test_a_roundtable_in_a_data_files_records_is_a_panel(panel: str) -> None:
    p = _read(ROUNDTABLE_FRONT.format(first="开场致辞", panel=panel))
    kinds = _kinds(p)
    assert kinds[panel] == "panel"
    assert kinds["存储引擎的十年"] == "talk"  # a talk beside it keeps its kind


BYLINE_PAGE = """# Jornada de software libre 2025

### Redes comunitarias en el campo, {by} Lucía Ferrand
- **10h** Una red de antenas que une tres escuelas rurales.

### Impresión 3D para la escuela, {by} Marta Quiroga
- **11h** Piezas de repuesto hechas en el aula.

### Sensores caseros para el huerto, {by} {pair}
- **12h** Medir la humedad del suelo con una placa barata.
"""


@pytest.mark.parametrize(
    ("by", "pair", "expected"),
    [
        ("por", "Ignacio Benítez y Ramiro", ["Ignacio Benítez", "Ramiro"]),
        ("por", "Ignacio Benítez e Ramiro", ["Ignacio Benítez", "Ramiro"]),
        ("par", "Ignacio Benítez et Ramiro", ["Ignacio Benítez", "Ramiro"]),
        ("von", "Ignacio Benítez und Ramiro", ["Ignacio Benítez", "Ramiro"]),
        ("by", "Ignacio Benítez and Ramiro", ["Ignacio Benítez", "Ramiro"]),
        ("av", "Ignacio Benítez og Ramiro", ["Ignacio Benítez", "Ramiro"]),
    ],
)
def test_a_by_lines_conjunction_joins_a_full_name_and_a_given_name(
    by: str, pair: str, expected: list[str]
) -> None:
    p = _read(BYLINE_PAGE.format(by=by, pair=pair))
    speakers = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert speakers["Sensores caseros para el huerto"] == expected
    assert pair not in {s.name for t in p.talks for s in t.speakers}


def test_a_common_noun_after_the_conjunction_is_nobody() -> None:
    text = BYLINE_PAGE.format(by="por", pair="Ignacio Benítez y Amigos")
    text += "\nGracias a todos los amigos que vinieron.\n"
    p = _read(text)
    names = {s.name for t in p.talks for s in t.speakers}
    assert "Amigos" not in names
    assert "Ignacio Benítez y Amigos" not in names


def test_the_reader_of_a_by_line_pair() -> None:
    from confnotes.importers.persons import name_and_given, vouched_by

    def names(text: str) -> list[str]:
        return [p.name for p in name_and_given(text)]

    with vouched_by("una charla con los amigos"):
        assert names("Ignacio Benítez y Ramiro") == ["Ignacio Benítez", "Ramiro"]
        assert names("Ignacio Benítez y Amigos") == []  # "amigos" is written small
        assert names("Ignacio y Ramiro") == []  # no full name beside the lone one
        assert names("Ignacio Benítez, Sol y Ramiro") == []  # a longer list: not this reader
        assert names("Ignacio Benítez y RAMIRO") == []
        assert names("Ignacio Benítez (Fab Lab) y Ramiro") == []


def test_a_lone_word_is_a_sound_speaker_only_where_the_document_joins_it_to_a_name() -> None:
    from confnotes.importers.programme import ProgrammePerson, ProgrammeTalk
    from confnotes.importers.readings import _beside_a_full_name

    def lone_ones(text: str, names: list[str]) -> list[str]:
        talk = ProgrammeTalk(title="Fake rows", speakers=[ProgrammePerson(n) for n in names])
        p = Programme(name="x", format="markdown", talks=[talk])
        kept = _beside_a_full_name(p, text)
        return [s.name for s in talk.speakers if id(s) in kept]

    assert lone_ones("by Olek Nowak and Ramiro", ["Olek Nowak", "Ramiro"]) == ["Ramiro"]
    assert lone_ones("por Olek Nowak y Ramiro", ["Olek Nowak", "Ramiro"]) == ["Ramiro"]
    affiliation = "Olek Nowak, Gdańsk University of Science and Technology"
    assert lone_ones(affiliation, ["Olek Nowak", "Technology"]) == []
