"""Conventions of people's own notes of a conference (blind set n01-n07): a column of
``Title - Name`` headings or items where one hand wrote a comma instead of the dash, and
a job after the speaker's comma that is what they do, never a second person."""

from __future__ import annotations

from datetime import date

from confnotes.importers.persons import split_speakers
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "notes.md") -> list[tuple[str, list[str]]]:
    programme = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers]) for t in programme.talks]


COMMA_AMONG_DASHES = """---
layout: post
title: Mis notas de la conferencia de pruebas
---

Estuve en la conferencia y tomé apuntes.

## Sorting socks with queues - Marta Llorente
Una charla sobre colas. Muy buena.

## Why brakes make cars faster - Tobias Renner
Frenos y velocidad.

## The silent build server, Odile Varga
Servidores que no hablan.

## Gardening for programmers - Ines Corvo
Plantas y código.
"""


def test_a_comma_among_title_dash_name_headings_parts_title_and_speaker() -> None:
    talks = _talks(COMMA_AMONG_DASHES)
    assert ("The silent build server", ["Odile Varga"]) in talks
    assert ("Sorting socks with queues", ["Marta Llorente"]) in talks


def test_a_comma_in_a_title_among_dash_headings_names_no_one() -> None:
    text = COMMA_AMONG_DASHES.replace(
        "The silent build server, Odile Varga", "Queues, stacks and other piles"
    )
    talks = _talks(text)
    assert ("Queues, stacks and other piles", []) in talks


JOB_AFTER_NAME = """---
layout: post
title: Encontro Dev 2019
date: 2019-05-10
---

Fui ao encontro e gostei muito.

### Palestras

As que eu mais gostei:

* Abertura: Filas sem dor, [Rita Moura](https://example.org/rita), Principal Engineer Navalis
* Testes que contam histórias - Pedro Salgado, Engenheiro Sénior Cortiça Labs
* Dados em movimento - Beatriz Falcão, Cientista de Dados Marés
* Segurança para quem tem pressa - Joana Quintela, Consultora Vigia
"""


def test_a_job_after_the_speakers_comma_is_no_person() -> None:
    programme = parse_programme(JOB_AFTER_NAME.encode(), "encontro.md")
    people = {s.name: s.affiliations for t in programme.talks for s in t.speakers}
    assert "Principal Engineer Navalis" not in people
    assert people["Rita Moura"] == ["Principal Engineer Navalis"]
    titles = [t.title for t in programme.talks if t.speakers]
    assert "Abertura: Filas sem dor" in titles


def test_roles_enumerated_after_a_name_and_its_comma_are_one_persons() -> None:
    people = split_speakers("林海峰，自由撰稿人、讲师")
    assert [(p.name, p.affiliations) for p in people] == [("林海峰", ["自由撰稿人", "讲师"])]
    # "、" alone still lists people, and bracketed affiliations part them as before
    assert [p.name for p in split_speakers("周敏、韩磊")] == ["周敏", "韩磊"]
    bracketed = split_speakers("周敏（复旦大学）、韩磊（南京大学）")
    assert [p.name for p in bracketed] == ["周敏", "韩磊"]


HELD_DAYS = """---
title: "Harbour Dev Summit 2030 に行ってきた"
date: 2030-09-20
---

## はじめに

2030/09/14-16 に開催された Harbour Dev Summit 2030 に行ってきた。

# DAY 01

## Tides of the message bus

とても良かった。

# DAY 02

## Lighthouses for observability

面白かった。
"""


def test_a_range_of_days_in_the_opening_prose_is_what_day_headings_count_from() -> None:
    programme = parse_programme(HELD_DAYS.encode(), "harbour.md")
    days = {t.title: t.day for t in programme.talks}
    assert days["Tides of the message bus"] == date(2030, 9, 14)
    assert days["Lighthouses for observability"] == date(2030, 9, 15)
    assert (programme.start, programme.end) == (date(2030, 9, 14), date(2030, 9, 16))
