"""People's notes that name talks in running text or bare lines, not headings (issue 33).

Two conventions, each in several variants: a quoted title beside an @-handle inside a
list's sentences (any script's quotation marks, speaker first or title first), and
plain notes whose parts repeat the same label lines under a bare title line.
"""

from __future__ import annotations

from confnotes.importers.handle_mentions import handle_mentions
from confnotes.importers.label_cycles import titled_parts
from confnotes.importers.programme import Programme
from tests.unit.importing import read as _read


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


HANDLES_EN = """\
---
title: Summer meetup write-up
date: 2031-06-02
---

A short recap of the evening, more to come.

## What I saw

* Tooling first: @ana.ruiz's “Lock files at scale”, then @bo_li's “Async all the way down”
* The one I liked most: “Rust for gardeners” by @mia
* Closing words from the hosts, pizza after.
"""

HANDLES_JA = """\
# 勉強会メモ

- 前半は @田中 の『型システム入門』、続いて @佐藤 の『テストの書き方』
- 後半は「小さなチームの設計」 by @鈴木
- 懇親会も楽しかった
"""

HANDLES_FR = """\
Notes de la soirée

- Deux exposés : «Les index sans douleur» par @claire et «Le cache partout» par @paul
- Ensuite apéro.
"""


def test_handles_beside_quoted_titles_name_talks_in_english() -> None:
    talks = _talks(_read(HANDLES_EN, "meetup.md"))
    assert talks["Lock files at scale"] == ["ana.ruiz"]
    assert talks["Async all the way down"] == ["bo_li"]
    assert talks["Rust for gardeners"] == ["mia"]


def test_handles_beside_cjk_quotes_name_talks() -> None:
    talks = _talks(_read(HANDLES_JA, "memo.md"))
    assert talks["型システム入門"] == ["田中"]
    assert talks["テストの書き方"] == ["佐藤"]
    assert talks["小さなチームの設計"] == ["鈴木"]


def test_title_first_handles_bind_to_the_title_before_them() -> None:
    found = {title: [p.name for p in who] for _at, title, who in handle_mentions(HANDLES_FR)}
    assert found == {"Les index sans douleur": ["claire"], "Le cache partout": ["paul"]}


def test_a_handle_thanked_beside_a_quote_across_a_comma_is_no_speaker() -> None:
    assert handle_mentions("Thanks @ana, “what a day” it was.") == []
    assert handle_mentions("mail me at ana@example.org “Slides”") == []
    text = "- met @ana at the door\n- the “venue” was cold\n"
    assert all(not t.speakers for t in _read(text, "day.md").talks)


LABELLED_ES = """\
Sesiones
Cómo escalar sin servidores
https://example.org/agenda#t1
Opinión
Buen ritmo, demasiado texto en las transparencias.
Ideas
Pagar solo por lo que se usa.
Taller: contenedores para pruebas
https://example.org/agenda#t2
Opinión
Muy práctico aunque corto de tiempo.
Ideas
Montar el directorio de trabajo dentro del contenedor.
El arte de no hacer nada
https://example.org/agenda#t3
Opinión
Divertida.
Ideas
Descansar también es trabajar.
"""

LABELLED_EN = """\
Graph databases in practice

Notes:
Good demo, slow start.
Takeaway:
Model the questions first.

Designing for failure

Notes:
Chaos experiments on Fridays.
Takeaway:
Small blast radius.
"""


def test_repeated_labels_make_the_line_above_them_a_talk() -> None:
    programme = _read(LABELLED_ES, "notas.markdown")
    talks = [t for t in programme.talks if t.kind != "other"]
    assert [t.title for t in talks] == [
        "Cómo escalar sin servidores",
        "Taller: contenedores para pruebas",
        "El arte de no hacer nada",
    ]
    assert talks[0].links and talks[0].links[0].url == "https://example.org/agenda#t1"
    assert "Descansar también es trabajar." in talks[2].body
    assert not any(t.speakers for t in talks)  # no one is named: no one is made up


def test_repeated_labels_with_colons_and_blank_lines() -> None:
    parts = titled_parts(LABELLED_EN)
    lines = LABELLED_EN.split("\n")
    assert parts is not None
    assert [lines[first] for first, _last in parts] == [
        "Graph databases in practice",
        "Designing for failure",
    ]


def test_a_label_used_once_or_under_a_sentence_makes_no_talks() -> None:
    once = "Trip notes\nFeedback\nGreat venue.\nFood was fine.\n"
    assert titled_parts(once) is None
    sentences = "We went early.\nNotes\nCoffee.\nThen we left.\nNotes\nTea.\n"
    assert titled_parts(sentences) is None
