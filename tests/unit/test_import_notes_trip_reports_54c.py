"""A person's trip report of many talks (stop 54, helper s54c): list items naming the
speakers after ``with`` in the writer's language (``avec``, ``mit``, ``con``) beside
siblings' ``by``-lines. Prose naming who filled a slot (``Next up was Name``) was read
too, and taken back in the review: such sentences name a topic's author or a product as
often (``a talk about the book by Martin Fowler``). Fixtures written for these tests, in our own
words."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.talk_levels import prose_speakers
from confnotes.importers.title_speakers import stressed_bylines, with_byline


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_WITH_LIST = """# Jornadas Nube 2032: lo que vi

## Día 1

- [Serverless sin miedo](https://ejemplo.es/n/1) con Lucía Barrios y Andrés Olmedo
- Bases de datos en el borde por Nerea Goikoetxea
- Pipelines de datos con Apache Beam

## Día 2

- [Coste y carbono](https://ejemplo.es/n/2) por Ramiro Quintana
- Seguridad de contenedores con Itziar Larrañaga y Ramiro Quintana
- Observabilidad barata con Nerea Goikoetxea
"""


def test_list_items_name_speakers_after_with_beside_siblings_by_lines() -> None:
    talks = _talks(parse_programme(_WITH_LIST.encode(), "jornadas.md"))
    assert talks.get("Serverless sin miedo") == ["Lucía Barrios", "Andrés Olmedo"]
    assert talks.get("Seguridad de contenedores") == ["Itziar Larrañaga", "Ramiro Quintana"]
    assert talks.get("Observabilidad barata") == ["Nerea Goikoetxea"]  # named above
    assert talks.get("Coste y carbono") == ["Ramiro Quintana"]
    # a product after "con" names no one
    assert all("Apache Beam" not in who for who in talks.values())


def test_with_after_a_stressed_title_is_a_by_line_only_in_a_list_of_talks() -> None:
    line = "[Graphs for everyone](https://example.org/t/3) with Tove Lindahl"
    assert stressed_bylines(line, with_ok=True) == [
        ("Graphs for everyone", stressed_bylines(line, with_ok=True)[0][1])
    ]
    assert [p.name for p in stressed_bylines(line, with_ok=True)[0][1]] == ["Tove Lindahl"]
    assert stressed_bylines(line) == []  # in prose, "with" is a companion


def test_with_byline_takes_only_people() -> None:
    read = with_byline("Écrire une DSL en Kotlin avec Loïc Daniel")
    assert read is not None and read[0] == "Écrire une DSL en Kotlin"
    assert [p.name for p in read[1]] == ["Loïc Daniel"]
    assert with_byline("Streams mit Apache Kafka") is None
    assert with_byline("Coding with Live Coding") is None
    assert with_byline("Testing with friends") is None


def test_prose_slots_name_no_title_or_meal() -> None:
    for sentence in (
        "The first talk was Rust in Production, a case study.",
        "Next up was Lunch with friends.",
        "Then came Docker Compose.",
        "A talk on ideas popularised by Kent Beck.",
        "We ate fish by the water. No talks, just people.",
        # the review's: a sentence about a slot names its topic's author or a product as
        # often as its speaker, so prose slots name no one (taken back in the review)
        "A talk about the book by Martin Fowler.",
        "I went to a talk on a library written by Ana Ruiz.",
        "A keynote about the legacy left by Grace Hopper.",
        "The last talk was Terraform Cloud, sadly.",
        "The keynote was Eloquent Ruby, a book reading.",
    ):
        assert prose_speakers(sentence) == [], sentence
