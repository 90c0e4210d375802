"""Blog posts about a conference, as people write them (issue 33): the talks under a
heading that says talks follow (``## As palestras do …``, ``## De charla en charla``),
each talk's speaker named only by a link to their profile in the first sentence (by
name or by handle); an organiser's page whose timed list of talks a post reader and a
timetable reader both find, only the second with the speakers; a day heading written
``Nov.22``."""

from __future__ import annotations

from datetime import date

from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.readings import Reading, rank_by_findings
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date


def _talks(text: str, name: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_PT_POST = """---
title: "Encontro Front 2031"
date: 2031-05-04
---

Fui ao encontro no sábado passado.

## As palestras do Encontro Front

Minhas impressões sobre cada uma.

### Mapas interativos sem dor

A palestra da [Joana Prado](https://github.com/joanaprado) mostrou camadas e marcadores.

### Componentes acessíveis

O [Rui Teixeira](https://twitter.com/ruiteix) falou com muita calma sobre foco e leitores.

### CSS que anima

Quem apresentou foi a [Lia Campos](https://www.linkedin.com/in/liacampos), com um jogo.
"""


def test_talks_under_a_heading_saying_talks_take_the_person_their_opening_links() -> None:
    talks = _talks(_PT_POST, "encontro.md")
    assert talks["Mapas interativos sem dor"] == ["Joana Prado"]
    assert talks["Componentes acessíveis"] == ["Rui Teixeira"]
    assert talks["CSS que anima"] == ["Lia Campos"]


_ES_POST = """---
title: "Jornadas 2031"
---

## La organización

Salas pequeñas, mucha gente.

## De charla en charla

Asistí a muchas charlas.

### Bases de datos que nunca caen

Fui a la de [@dbfan](https://twitter.com/dbfan). Muy amena.

### Arquitectura que fluye

La de [@fluye](https://twitter.com/fluye) fue la mejor del día.

### Pruebas en el navegador

Con [@navega](https://twitter.com/navega) vimos CasperJS.

## Los pasillos

Regalos en los stands.
"""


def test_handles_linked_to_their_profiles_name_the_speakers() -> None:
    talks = _talks(_ES_POST, "jornadas.md")
    assert talks["Bases de datos que nunca caen"] == ["dbfan"]
    assert talks["Pruebas en el navegador"] == ["navega"]


def test_a_link_to_a_repository_or_two_people_names_no_one() -> None:
    text = _PT_POST.replace(
        "A palestra da [Joana Prado](https://github.com/joanaprado) mostrou",
        "Vejam [o código](https://github.com/joanaprado/mapas) e a conversa de "
        "[Ana Lima](https://twitter.com/analima) com [Bia Reis](https://twitter.com/biareis):",
    )
    assert _talks(text, "encontro.md")["Mapas interativos sem dor"] == []


def test_a_heading_naming_its_speaker_keeps_the_handle_out() -> None:
    text = _ES_POST.replace("### Arquitectura que fluye", "### Arquitectura que fluye - Marta Gil")
    people = {p for names in _talks(text, "jornadas.md").values() for p in names}
    assert "fluye" not in people


def test_a_day_written_with_a_dot_after_the_month() -> None:
    assert find_date("Nov.22", 2031)[0] == date(2031, 11, 22)
    assert find_date("Mar. 3", 2031)[0] == date(2031, 3, 3)
    assert find_date("v.2 release", 2031)[0] is None


_PROGRAMME = """---
layout: default
title: The 9th Workshop on Proof Tools (WPT 2031)
---

# The 9th Workshop on Proof Tools (WPT 2031)

A small yearly meeting of people who build and use provers.

## Program

### Nov.21
* 13:00 - 13:10 **Opening** (10min) <br/>
  Kaori Mori @ Hill University

* 13:10 - 13:55 **Quantum circuits in a proof assistant** (30 + 15 min) <br/>
   Kaori Mori @ Hill University <br/>
   We formalise tensors.

* 13:55 - 14:40 **Insurance mathematics, formally** (30 + 15 min) <br/>
   Daichi Ono @ Harbour Life <br/>
   Premiums and reserves.

### Nov.22
* 09:00 - 09:45 **Typing OCaml by translation** (30 + 15 min) <br/>
   Pierre Lune @ Rivers Institute <br/>
   A translation into the prover.

* 09:45 - 10:30 **Categorial grammar, checked** (30 + 15 min) <br/>
   Emi Sato @ Lake University <br/>
   Grammars as proofs.

* 10:30 - 10:40 **Closing** (10min) <br/>
"""


def test_a_timed_list_is_read_with_its_speakers_and_its_second_day() -> None:
    programme = parse_programme(_PROGRAMME.encode(), "index.md")
    talks = {t.title.split(" (")[0]: t for t in programme.talks if t.kind != "other"}
    assert [p.name for p in talks["Insurance mathematics, formally"].speakers] == ["Daichi Ono"]
    typing = talks["Typing OCaml by translation"]
    assert typing.start is not None and typing.start.date() == date(2031, 11, 22)
    assert typing.start.hour == 9  # a morning of the next day, not 21:00


def _reading(shape: str, score: float, talks: list[tuple[str, str]]) -> Reading:
    programme = Programme(
        name="WPT 2031",
        format="markdown",
        talks=[
            ProgrammeTalk(title=t, speakers=[ProgrammePerson(name=who)] if who else [])
            for t, who in talks
        ],
    )
    return Reading(shape, programme, score=score, kept=0.2, sound=1.0)


def test_the_reading_that_finds_the_same_talks_with_their_speakers_ranks_first() -> None:
    titles = ["Quantum circuits", "Insurance, formally", "Typing OCaml", "Grammar, checked"]
    post = _reading("post", 0.38, [(t, "") for t in titles])
    people = ["Kaori Mori", "Daichi Ono", "Pierre Lune", "Emi Sato"]
    timetable = _reading("timetable", 0.26, list(zip(titles, people, strict=True)))
    rank_by_findings([post, timetable])
    assert timetable.score > post.score
    other = _reading("timetable", 0.26, [("Something else", "Kaori Mori"), ("More", "Emi Sato")])
    rank_by_findings([post, other])
    assert other.score < post.score  # other talks: the score decides


def test_a_phrase_about_talks_in_a_script_without_spaces_is_no_heading_of_talks() -> None:
    text = (
        "# 研讨会笔记\n\n## 一、背景\n\n介绍。\n\n## 七、五个演讲的对比与总结\n\n"
        "### 共同点\n\n安全。\n\n### 不同点\n\n方法。\n\n### 我的看法\n\n值得关注。\n"
    )
    programme = parse_programme(text.encode(), "notes.md")
    assert not {"共同点", "不同点"} & {t.title for t in programme.talks if t.kind != "other"}


def test_a_long_katakana_word_for_talks_is_a_heading_of_talks() -> None:
    from confnotes.importers.talk_levels import says_talks

    assert says_talks("ライトニングトーク")
    assert not says_talks("七、五个演讲的对比与总结")
