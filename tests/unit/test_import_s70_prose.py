"""Talks named in running sentences (:mod:`confnotes.importers.sentence_talks`): a post or
a write-up that names each talk inside a sentence, a person and a marked title side by
side, in any language; and what must not change (quoted books, stressed words, names
alone, structured programmes). The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers import sentence_talks
from confnotes.importers.registry import text_readings
from tests.unit.importing import people_of, read, speakers_by_title

SERATA = """\
---
layout: post
title: "Serata lampo"
date: 2031-03-12 19:00:00 +0100
speaker: "Giulia Neri, Marco Bellini e Sara Conti"
---
Questa volta tre soci porteranno un intervento breve ciascuno.

[Giulia Neri](#relatore1) ci parlerà di *Cache distribuite*, senza troppa teoria

> Un giro veloce fra invalidazione e coerenza.

[Marco Bellini](#relatore2) ci parlerà di *Test di contratto*

Per finire [Sara Conti](#relatore3) ci racconterà *Il codice che lascio agli altri*

Ci vediamo alle 19 nella solita sala.

<a id="relatore1"></a>Giulia Neri
"""


def test_an_italian_post_names_its_talks_in_sentences_built_alike() -> None:
    p = read(SERATA, "2031-03-12-serata-lampo.md")
    talks = {t: s for t, s in speakers_by_title(p).items() if s}
    assert talks == {
        "Cache distribuite": ["Giulia Neri"],
        "Test di contratto": ["Marco Bellini"],
        "Il codice che lascio agli altri": ["Sara Conti"],
    }
    assert people_of(p) == {"Giulia Neri", "Marco Bellini", "Sara Conti"}
    bodies = "\n".join(t.body for t in p.talks)
    body = SERATA.split("---\n", 2)[2]
    for line in body.splitlines():
        assert line in bodies  # every line stays in the notes


REVIEW = """\
# Three days at Harbourconf

I went to fewer talks than I planned, but the ones I saw were good. The one by Ana
Ruiz on [Lock files in practice](https://harbour.example/2031/session/lock-files) was
the best, and [Tracing without tears](https://harbour.example/2031/session/tracing)
by Bo Li came close. On the last day [Queues on a budget](https://harbour.example/2031/session/queues)
by Mia Chen showed numbers I had never seen.

The coffee was terrible.
"""


def test_an_english_review_links_its_talks_with_their_speakers_beside() -> None:
    p = read(REVIEW, "harbourconf.md")
    talks = {t: s for t, s in speakers_by_title(p).items() if s}
    assert talks == {
        "Lock files in practice": ["Ana Ruiz"],
        "Tracing without tears": ["Bo Li"],
        "Queues on a budget": ["Mia Chen"],
    }
    assert "The coffee was terrible." in "\n".join(t.body for t in p.talks)


ABEND = """\
# Treffen im Mai

Nach der Begrüßung spricht [Jonas Berg](#jonas) über *Verteilte Caches ohne Reue*.
Danach zeigt [Lena Vogt](#lena) uns *Schemas, die mitwachsen*.

Getränke gibt es vor Ort.
"""


def test_a_german_page_names_its_talks_person_first() -> None:
    found = {t.title: [p.name for p in t.speakers] for t in sentence_talks.find(ABEND)}
    assert found == {
        "Verteilte Caches ohne Reue": ["Jonas Berg"],
        "Schemas, die mitwachsen": ["Lena Vogt"],
    }


BERICHT = """\
# 会议笔记

# 内存模型
介绍了一个分析内存顺序的工具: "Memory Models Made Simple".
作者是"Lena Vogt", 她维护这个工具很多年了.

# 追踪
第二天下午的议题: "Tracing Without Tears".
作者是"Omar Haddad", 现场演示很精彩.
"""


def test_a_chinese_report_gives_a_quoted_title_its_author_by_the_role_word() -> None:
    found = {t.title: [p.name for p in t.speakers] for t in sentence_talks.find(BERICHT)}
    assert found == {
        "Memory Models Made Simple": ["Lena Vogt"],
        "Tracing Without Tears": ["Omar Haddad"],
    }


CRONICA = """\
# Crónica del meetup

La noche empezó con *Índices sin miedo* por [Lucía Gómez](#lucia), muy práctica, y
después vino *Colas en Postgres* por [Pablo Ortega](#pablo), con muchas preguntas.

Cerramos con pizza.
"""


def test_a_spanish_chronicle_names_its_talks_title_first() -> None:
    # read as its sentences (``--as prose``): a line reader of by-lines also offers one
    p = read(CRONICA, "cronica.md", shape="prose")
    talks = {t: s for t, s in speakers_by_title(p).items() if s}
    assert talks == {
        "Índices sin miedo": ["Lucía Gómez"],
        "Colas en Postgres": ["Pablo Ortega"],
    }


def test_a_lone_sentence_needs_a_role_word() -> None:
    lone = "# Notes\n\nAt the bar Ana Ruiz recommended *Working Effectively*, a classic.\n"
    assert sentence_talks.find(lone) == []
    by = "# Notes\n\nThe best talk was *Working Effectively with Logs* by Ana Ruiz.\n"
    assert [(t.title, t.speakers[0].name) for t in sentence_talks.find(by)] == [
        ("Working Effectively with Logs", "Ana Ruiz")
    ]


QUOTES = """\
# Thoughts after the conference

As "Clean Code" says, names matter more than comments. Ana Ruiz tweeted "ship it
already" during the closing, and everybody laughed.

This is *really* hard to get right, and Bo Li agreed over lunch.

Mia Chen and Oskar Lund talked about caching in the hallway.
"""


def test_quoted_books_stressed_words_and_names_alone_name_no_talk() -> None:
    assert sentence_talks.find(QUOTES) == []
    shapes = {r.shape for r in text_readings(QUOTES.encode(), "thoughts.md")}
    assert "prose" not in shapes
    titles = set(speakers_by_title(read(QUOTES, "thoughts.md")))
    assert not titles & {"Clean Code", "ship it already", "really"}


PROGRAMME = """\
# Harbourconf 2031

## Lock files in practice
Speaker: Ana Ruiz

The one talk about *lock files* you need.

## Tracing without tears
Speaker: Bo Li

Bo Li on *spans* and why they matter.
"""


def test_a_structured_programme_is_read_as_before() -> None:
    p = read(PROGRAMME, "programme.md")
    talks = {t: s for t, s in speakers_by_title(p).items() if s}
    assert talks == {"Lock files in practice": ["Ana Ruiz"], "Tracing without tears": ["Bo Li"]}
