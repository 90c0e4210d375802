"""A person's notes of a conference where each talk's speaker is written around its
heading in ways a reader misses or misreads (issue 33, helper s52f): a lone ``@handle``
line under the title, a ``Titre : sous-titre`` heading over a paragraph linking the
speaker's profile (a link title after its address), ``Speaker: *Name*, Role, Org``, a
nickname heading with an honorific over a ``title:`` line, a slot heading holding a
「quoted」 title. The documents are written for these tests, in several languages."""

from __future__ import annotations

from confnotes.importers.headings import LINK_RE, read_heading, slot_quoted
from confnotes.importers.persons import honoured_name
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str) -> dict[str, list[str]]:
    p = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


def _people(text: str, name: str) -> set[str]:
    p = parse_programme(text.encode(), name)
    return {s.name for t in p.talks for s in t.speakers}


SIGNED = """\
# Quiet Queues at Scale - Rosa Lindgren
queues hide latency until they do not

## backpressure
say no early

## retries
jitter or regret

# Observability for Small Teams - Idris Mensah
start with logs you read

## dashboards
three, not thirty

# Ergonomic APIs
@kwalczak
names are the interface

## errors
say what to do next

# Writing Runbooks
@aberg & @tnoor
write it during the incident

## ownership
a name on each page

# Coffee and Hallway
- good chats
"""


def test_a_lone_handle_line_under_a_title_signs_the_talk() -> None:
    talks = _talks(SIGNED, "notes.md")
    assert talks["Quiet Queues at Scale"] == ["Rosa Lindgren"]
    assert talks["Ergonomic APIs"] == ["kwalczak"]
    assert talks["Writing Runbooks"] == ["aberg", "tnoor"]
    assert "backpressure" not in talks  # a talk's part, not a talk


FRENCH = """\
---
title: 'Retour sur la journée Craft 2030'
---

## Monolithe modulaire : la voie du milieu

Cette conférence de [Agathe Roussel](https://twitter.com/aroussel "Twitter Agathe Roussel")
montrait comment découper un monolithe en modules sans microservices.

## Property testing : au-delà des exemples

Ensuite [Bastien Colin](https://github.com/bcolin 'GitHub Bastien Colin') nous a parlé de tests
générés à partir de propriétés.

## Déjeuner

Très bon.
"""


def test_a_title_and_its_subtitle_name_no_one_when_the_prose_links_the_speaker() -> None:
    talks = _talks(FRENCH, "craft.md")
    people = _people(FRENCH, "craft.md")
    assert "Monolithe modulaire" not in people and "Property testing" not in people
    assert talks["Monolithe modulaire : la voie du milieu"] == ["Agathe Roussel"]
    assert talks["Property testing : au-delà des exemples"] == ["Bastien Colin"]


def test_a_link_title_after_the_address_is_no_part_of_it() -> None:
    m = LINK_RE.search('par [Ana Ruiz](https://twitter.com/aruiz "Twitter Ana Ruiz") hier')
    assert m is not None and m.group("url") == "https://twitter.com/aruiz"
    assert m.group("label") == "Ana Ruiz"


RECAP = """\
# Codefest Laguna 2030

## Edge functions in practice

Speaker: *Chiara Zanetti*, Platform Engineer, Ventomarino S.p.A.

Notes on cold starts.

## Plants that water themselves

Speaker: *Luca Benedetti*, Tinkerer, Serra Digitale

A weekend project.

## Tokens before components

Speaker: *Nadia Orsini*, Designer, Riga, Squadra e Compasso

A design system story.
"""


def test_an_emphasised_name_is_the_speaker_and_the_words_after_it_are_no_one() -> None:
    talks = _talks(RECAP, "recap.md")
    people = _people(RECAP, "recap.md")
    assert talks["Plants that water themselves"] == ["Luca Benedetti"]
    assert talks["Tokens before components"] == ["Nadia Orsini"]
    assert people == {"Chiara Zanetti", "Luca Benedetti", "Nadia Orsini"}


NICKNAMES = """\
# トーク
## [そらさん](https://kaigi.example/2030/sora.html)
- title: Garbage collection for the rest of us
- 分かりやすかった

## [こはくさん](https://kaigi.example/2030/kohaku.html)
- title: Pattern matching in practice
- デモが良かった

## 会場の話
- 広かった
"""


def test_a_nickname_heading_over_a_title_line_is_the_speaker() -> None:
    talks = _talks(NICKNAMES, "kansou.md")
    assert talks["Garbage collection for the rest of us"] == ["そら"]
    assert talks["Pattern matching in practice"] == ["こはく"]
    assert "会場の話" not in _people(NICKNAMES, "kansou.md")


def test_an_honorific_names_someone_and_its_absence_no_one() -> None:
    assert [p.name for p in honoured_name("みずき さん ( @mizuki )")] == ["みずき"]
    assert honoured_name("懇親会の話") == []


def test_a_slot_heading_holding_a_quoted_title() -> None:
    assert slot_quoted("2コマ目「AB-2 型と付き合う」") == "AB-2 型と付き合う"
    assert slot_quoted("Slot 3 『Build faster』") == "Build faster"
    assert slot_quoted("森 和也「型と付き合う」") == "森 和也「型と付き合う」"  # who, not a slot
    assert read_heading("4コマ目「基調講演 : 型はドキュメント」").kind == "keynote"


SLOTS = """\
# 内容

## 1コマ目「型はドキュメントである」

+ 登壇者 : 森 和也 ( [@kmori](https://twitter.com/kmori) ) さん

型の話。

## 2コマ目「CD-2 ログを読む技術」

+ 登壇者 : ほしの さん ( [@hoshino](https://twitter.com/hoshino) )

ログの話。
"""


def test_slot_headings_give_their_quoted_titles_and_the_speaker_line_its_person() -> None:
    talks = _talks(SLOTS, "report.md")
    assert talks["型はドキュメントである"] == ["森 和也"]
    assert talks["CD-2 ログを読む技術"] == ["ほしの"]


ONCE = """\
# Layout notes
@mjarvi

## grid
two axes

## flex
one axis
"""


def test_one_handle_line_in_a_file_signs_nothing() -> None:
    assert not _people(ONCE, "layout.md")  # the writer's own account, no speaker
