"""People's notes whose headings and by-lines name speakers by the document's own
convention: ``## Title - handle`` heading after heading, a note file's by-line in its own
language, and a post's title that holds the talk's heading among its other parts."""

from __future__ import annotations

from tests.unit.importing import people_of, read, speakers_by_title

JAPANESE_HANDLES = """---
title: "夜の勉強会 #3 メモ"
date: 2031-04-09
---

勉強会に行ってきたのでメモ。

## 型で守るフロントエンド - kuro

スライド: [型で守る](https://slides.example/kuro/types)

- 型があると安心
- 境界で検証する

## 小さなキャッシュの話 - Haruka Sato

- メモリに置くだけでも速い

## 監視ダッシュボード再入門 - tanuki_dev

- アラートは少なく
- 見る人を決める
"""

GERMAN_HANDLES = """# Notizen vom Treffen

## Typen in Python - jule

- mypy im Alltag
- strikte Optionen

## Rust für Einsteiger - tobi_k

- Ownership
- Borrowing

## Datenbanken testen - Anna Schmidt

- Container für jeden Test
"""

SPANISH_SLASHES = """# Apuntes de la noche

## Pruebas con Hypothesis / lucía

- propiedades
- estrategias

## Observabilidad sin dolor / marta_g

- métricas y trazas
"""


def test_handles_after_the_column_dash_are_speakers_in_japanese_notes() -> None:
    got = speakers_by_title(read(JAPANESE_HANDLES, "benkyokai.md"))
    assert got["型で守るフロントエンド"] == ["kuro"]
    assert got["小さなキャッシュの話"] == ["Haruka Sato"]
    assert got["監視ダッシュボード再入門"] == ["tanuki_dev"]


def test_single_names_and_handles_in_a_german_column() -> None:
    got = speakers_by_title(read(GERMAN_HANDLES, "treffen.md"))
    assert got["Typen in Python"] == ["jule"]
    assert got["Rust für Einsteiger"] == ["tobi_k"]
    assert got["Datenbanken testen"] == ["Anna Schmidt"]


def test_a_slash_column_gives_its_tails_as_speakers() -> None:
    got = speakers_by_title(read(SPANISH_SLASHES, "apuntes.md"))
    assert got["Pruebas con Hypothesis"] == ["lucía"]
    assert got["Observabilidad sin dolor"] == ["marta_g"]


def test_topic_tails_give_no_speakers() -> None:
    text = """# Notes from the workshop

## Setup - part 1

We installed the tools and checked the versions of everything.

## Setup - part 2

The second half went over the configuration files.

## Results - summary

Everything worked in the end, more or less.
"""
    programme = read(text, "workshop.md")
    assert people_of(programme) == set()
    assert "Results - summary" in speakers_by_title(programme)


def test_a_lone_dashed_heading_among_plain_ones_stays_a_title() -> None:
    text = """# My notes of the day

## Opening words

Some words of welcome were said.

## Intro - Ana

A short introduction to the theme of the day.

## Closing

Thanks to the volunteers.
"""
    got = speakers_by_title(read(text, "day.md"))
    assert got.get("Intro - Ana") == []
    assert people_of(read(text, "day.md")) == set()


def test_company_tails_are_no_speakers() -> None:
    text = """# Meetup notes

## Search at scale - Google

How they shard the index.

## Serving models - Acme Labs

Batching requests.

## Build systems - Bazel Inc

Remote caching.
"""
    assert people_of(read(text, "meetup.md")) == set()


def test_day_tails_and_bracketed_cuts_are_no_speakers() -> None:
    text = """# Harbour Days 2031

## Opening - Friday, 3.10.

## Fast Queues - Lena Dahl

- backpressure

## Quiet Pipelines - Bo Lindqvist

- retries
"""
    got = speakers_by_title(read(text, "harbour.md"))
    assert "Friday, 3.10." not in people_of(read(text, "harbour.md"))
    assert got["Fast Queues"] == ["Lena Dahl"]


FRENCH_NOTE = """---
title: Claire Martin - Rivage Conf 2031 - Des files d'attente sans peine (notes)
---

# Des files d'attente sans peine

Sujets : Architecture, messages

10h00 - 11h00

Par [Julien Moreau](https://example.org/jmoreau) (Exemplia). Merci !

Très bonne introduction aux files.

## Pourquoi des files ?

Pour découpler les services.
"""


def test_a_note_file_is_titled_by_its_heading_not_its_post_title() -> None:
    programme = read(FRENCH_NOTE, "files.md")
    assert speakers_by_title(programme) == {"Des files d'attente sans peine": ["Julien Moreau"]}
    assert programme.name == "Rivage Conf 2031"


def test_a_post_title_that_splits_into_title_and_speaker_keeps_its_speaker() -> None:
    text = """---
title: Ana Ruiz - Grids that bend
---

# Grids that bend

Lots of demos of layouts.
"""
    assert speakers_by_title(read(text, "grids.md")) == {"Grids that bend": ["Ana Ruiz"]}


def test_a_heading_inside_a_part_of_the_post_title_changes_nothing() -> None:
    text = """---
title: Building a Search Engine in Rust
---

# Search Engine

By Ana Ruiz

Inverted indexes and more.
"""
    got = speakers_by_title(read(text, "search.md"))
    assert list(got) == ["Building a Search Engine in Rust"]


def _one_talk_note(byline: str) -> str:
    return f"""# Zeitreihen im Griff

{byline}

Eine gute Einführung in Zeitreihen und ihre Speicher.
"""


def test_by_lines_in_several_languages_name_the_speaker() -> None:
    for byline, who in [
        ("Von Katrin Vogel", "Katrin Vogel"),
        ("Por Lucía Romero (Ejemplo SA)", "Lucía Romero"),
        ("Di Marco Bianchi", "Marco Bianchi"),
        ("by Priya Raman. Great talk!", "Priya Raman"),
    ]:
        programme = read(_one_talk_note(byline), "zeitreihen.md")
        assert people_of(programme) == {who}, byline


def test_a_bracket_column_gives_handles_and_given_names() -> None:
    text = """# 勉強会メモ

## 型で守るフロントエンド（kuro）

- 型があると安心

## 監視ダッシュボード再入門（tanuki_dev）

- アラートは少なく

## Typen in Python (jule)

- mypy im Alltag
"""
    got = speakers_by_title(read(text, "memo.md"))
    assert got["型で守るフロントエンド"] == ["kuro"]
    assert got["監視ダッシュボード再入門"] == ["tanuki_dev"]
    assert got["Typen in Python"] == ["jule"]


def test_language_and_acronym_brackets_are_no_speakers() -> None:
    text = """# Meetup notes

## Typed configuration (EN)

- validation at the edges

## Kleine Werkzeuge (DE)

- argparse

## Serving models (ML)

- batching
"""
    assert people_of(read(text, "meetup.md")) == set()


def test_a_speaker_field_and_a_linked_name_with_its_organisation() -> None:
    japanese = """# 小さく始める監視

講演者: 山田 花子

監視は小さく始めるのがよい、という話。
"""
    assert people_of(read(japanese, "kanshi.md")) == {"山田 花子"}
    linked = """# Quiet Pipelines

[Bo Lindqvist](https://example.org/bo) (Harbour Labs)

Retries and backoff, shown with care.
"""
    assert people_of(read(linked, "pipes.md")) == {"Bo Lindqvist"}


def test_a_bracketed_phrase_beside_one_named_heading_is_no_speaker() -> None:
    text = """# Streams in Practice (Ana Ruiz)

why streams

## Buffers (a quick aside)

- sizes
"""
    got = speakers_by_title(read(text, "streams.md"))
    assert "a quick aside" not in people_of(read(text, "streams.md"))
    assert got.get("Buffers (a quick aside)", []) == []
