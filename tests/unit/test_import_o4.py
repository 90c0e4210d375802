"""O4 mechanisms (issue 33): an archive's list item naming two speakers and their two
linked talks joined by the same small word on both sides of the colon; a title's closing
bracket that holds a link is the writer's remark; a ``Full Name (site): Title`` item
among items written so names its speaker even when the title reads like a name."""

from __future__ import annotations

from confnotes.importers.paired_links import paired_talk_lines, without_linked_aside
from confnotes.importers.registry import parse_programme

ARCHIVE = """---
title: Régi előadások
---
Összegyűjtöttük a tavaszi találkozók anyagait.

## 2010. március 11.

* Kiss Ilona ([ilona.hu](u)): [Tesztelés gyorsan](u), [videó](u)
* Tóth Gergely és Varga Emese ([cs](u)): [Sorok és üzenetek](u) és [Cache-ek](u), [videó](u)
* Fehér Márton ([fm.hu](u)): [Webes űrlapok](u), [videó](u)

## 2010. február 18.

* Kiss Ilona ([ilona.hu](u)): [Mérés és naplózás](u), [videó](u)
* Balogh Ferenc ([bf.hu](u)): Bővítmények C-ben (diák nem voltak, de [itt a kód](u)), [videó](u)
* Lakatos Béla ([lb.hu](u)): Julia Sets, [videó](u)
* Fehér Márton ([fm.hu](u)): [Háttérfeladatok](u), [videó](u)
"""


def _talks(text: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), "archive.md")
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_two_speakers_and_two_linked_talks_joined_alike_are_two_talks() -> None:
    talks = _talks(ARCHIVE)
    assert talks["Sorok és üzenetek"] == ["Tóth Gergely"]
    assert talks["Cache-ek"] == ["Varga Emese"]
    assert talks["Tesztelés gyorsan"] == ["Kiss Ilona"]


def test_the_pairing_needs_the_same_word_on_both_sides() -> None:
    same = "Ana Ruiz und Bo Lindt: [Caching](a.pdf) und [Queues](b.pdf), [video](v)"
    assert paired_talk_lines(same) == ["Ana Ruiz: [Caching](a.pdf)", "Bo Lindt: [Queues](b.pdf)"]
    other = "Ana Ruiz und Bo Lindt: [Caching](a.pdf) or [Queues](b.pdf), [video](v)"
    assert paired_talk_lines(other) == []
    one_title = "Ana Ruiz und Bo Lindt: [Caching und Queues](a.pdf), [video](v)"
    assert paired_talk_lines(one_title) == []


def test_a_closing_aside_holding_a_link_is_a_remark() -> None:
    talks = _talks(ARCHIVE)
    assert talks["Bővítmények C-ben"] == ["Balogh Ferenc"]
    md = "Ana: Frames (no slides, but [the code](http://x.example/c))"
    assert without_linked_aside("Frames (no slides, but the code)", md) == "Frames"
    assert without_linked_aside("Frames (part two)", "Ana: Frames (part two)") == (
        "Frames (part two)"
    )


def test_a_sited_name_column_names_the_speaker_of_a_name_like_title() -> None:
    talks = _talks(ARCHIVE)
    assert talks["Julia Sets"] == ["Lakatos Béla"]  # a title shaped like a name
