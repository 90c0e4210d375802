"""Conventions of real programme pages the importer read badly (stop 57, helper u2).

Every fixture is written for these tests in its own words: each shows one way people
write programmes (a hard-wrapped list, a name linked to its own page, ...), never a
real page's text.
"""

from __future__ import annotations

from confnotes.importers.registry import parse_programme
from tests.unit.importing import speakers_by_title as _speakers

_WRAPPED_LIST = """## 12/5/2025
- 09:30 **Harbour**: Tide tables for the curious (Marta Olsen)
- 10:15 **Quay**: Why lighthouses blink in patterns older than any
  of the keepers who tended them (Jonas
  Lindqvist)
- 11:00 **Harbour**: Knots that hold when the rope is wet and
  the sailor is tired (Priya Raman)
- 11:45 **Quay**: Salt in the gears: keeping winches alive for a
  season at sea (Tomas Berg)
- 12:30 **Harbour**: Charts drawn from memory (Ilse Maartens)
"""


def test_a_hard_wrapped_list_keeps_the_speakers_of_its_one_line_items() -> None:
    # most items wrap over two lines, so their names sit on a continuation line; those
    # lines are the same item, and the names after each title are the page's way
    speakers = _speakers(parse_programme(_WRAPPED_LIST.encode(), "picks.md"))
    assert speakers["Tide tables for the curious"] == ["Marta Olsen"]
    assert speakers["Charts drawn from memory"] == ["Ilse Maartens"]
    assert speakers["Salt in the gears: keeping winches alive for a season at sea"] == [
        "Tomas Berg"
    ]


_LINKED_CELLS = """# Programa

## Dia 14/03/2024

| Hora | Atividade |
| ---- | --------- |
| 8:30 | Recepção |
| 9:00 | [**Keynote**](../talks/#k1) - [Renata Quintela](../people/#rq) |
| 10:00 | Espaço do apoiador |
| 10:10 | [**Mapas de calor com dados abertos**](../talks/#t1) - [Caio Vilela](../people/#cv) |
| 10:50 | Café |
| 11:20 | [**Filas que não travam**](../talks/#t2) - [Beatriz Lemos](../people/#bl) |
| 12:00 | Almoço |
| 13:30 | Keynote |
| 14:30 | Espaço do apoiador |
| 15:10 | Palestras curtas |
| 16:00 | A definir |
| 17:00 | Encerramento |
"""


def test_a_name_linked_to_its_own_page_beside_a_linked_title_is_the_speaker() -> None:
    # few rows name anyone, so naming people in the title's cell is no convention of
    # the page; the names being links of their own sets them apart as fields
    programme = parse_programme(_LINKED_CELLS.encode(), "agenda.md")
    speakers = _speakers(programme)
    assert speakers["Mapas de calor com dados abertos"] == ["Caio Vilela"]
    assert speakers["Filas que não travam"] == ["Beatriz Lemos"]
    keynotes = [[p.name for p in t.speakers] for t in programme.talks if t.title == "Keynote"]
    assert keynotes == [["Renata Quintela"], []]


_TITLES_WITH_A_LINKED_HEAD = """# Schedule

## 3 April 2026

| Time | Session |
| --- | --- |
| 09:00 | Coffee |
| 09:30 | Measuring fog with cheap lasers |
| 10:00 | [Grey Slate](https://example.org/slate): Roofs That Outlive Us |
| 10:30 | Incremental backups for field stations |
| 11:00 | How much memory does a sensor need? |
| 11:30 | Why ferries run late |
"""


def test_a_linked_head_before_a_colon_stays_part_of_the_title() -> None:
    programme = parse_programme(_TITLES_WITH_A_LINKED_HEAD.encode(), "schedule.md")
    assert not any(p.name == "Grey Slate" for t in programme.talks for p in t.speakers)


_PARALLEL_WRAPPED = """## 20/9/2025
- 09:00 **Dock A**: Ropes and pulleys (Hana Kovac)
- 09:45 **Dock A**: Painting hulls without fumes (Oren Tal) / **Dock B**: Sails for
  Python Boats (Lucia Ferro)
- 10:30 **Dock B**: Harbour radio etiquette (Sven Aalto)
"""


def test_parallel_talks_on_one_line_go_on_where_the_last_talk_wraps() -> None:
    # the second talk of the 09:45 line wraps before its speaker's brackets: the
    # next line, though it opens with a capital, finishes that talk
    speakers = _speakers(parse_programme(_PARALLEL_WRAPPED.encode(), "picks.md"))
    assert speakers["Painting hulls without fumes"] == ["Oren Tal"]
    assert speakers["Sails for Python Boats"] == ["Lucia Ferro"]


_CROWD_IN_A_PEOPLE_COLUMN = """## Dia 02/10/2025

| Horário | Sala | Instrutor | Atividade |
| ------- | ---- | --------- | --------- |
| 9:00 - 12:00 | Sala 1 | Helena Prado | Redes neurais sem mistério |
| 9:00 - 12:00 | Sala 2 | Otávio Reis | Testes de carga com Locust |
| 9:00 - 12:00 | Sala 3 | Diversos | Espaço aberto |
| 14:00 - 17:00 | Sala 3 | Varios | Sprint livre |
"""


def test_a_word_for_many_people_in_a_speaker_column_is_no_one() -> None:
    programme = parse_programme(_CROWD_IN_A_PEOPLE_COLUMN.encode(), "agenda.md")
    people = {p.name for t in programme.talks for p in t.speakers}
    assert {"Helena Prado", "Otávio Reis"} <= people
    assert not {"Diversos", "Varios"} & people
