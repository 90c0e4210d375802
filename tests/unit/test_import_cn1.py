"""The event's name by its year (:mod:`confnotes.importers.event_name`): found where a
reader named no event, cut out of a writer's words, completed with its year."""

from __future__ import annotations

import pytest

from confnotes.importers.event_name import repeated_cut, year_name
from confnotes.importers.registry import parse_programme


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("My itinerary @ Gadgetfest 2031", "Gadgetfest 2031"),
        ("Zonkcon 2029 recap", "Zonkcon 2029"),
        ("Sketches from Harbour Lights Summit 2030 (day two)", "Harbour Lights Summit 2030"),
        ("Ich und die Otterkonf 2031", "Otterkonf 2031"),
        ("Quokkaconf2030 に行った", "Quokkaconf 2030"),
        ("PELI-2029: 2nd Workshop on Pelicans", "PELI-2029"),
        ("Rencontres Amicales du Code Ouvert 2031", "Rencontres Amicales du Code Ouvert 2031"),
        ("湖畔エンジニア祭 2031 タイムテーブル", "湖畔エンジニア祭 2031"),
        ("Visited the Brightconf March 2030", ""),  # a month's year: a date
        ("posted 2030-05-04 by someone", ""),
        ("no year here at all", ""),
    ],
)
def test_year_name_is_the_capitalised_run_ending_at_the_year(line: str, name: str) -> None:
    assert year_name(line) == name


def test_repeated_cut_drops_an_ordinary_leading_word_the_text_says_in_lower_case() -> None:
    others = "mon avis sur la zorbafest: la zorbafest était belle"
    assert repeated_cut("Mon Zorbafest 2031", others) == "Zorbafest 2031"


def test_repeated_cut_keeps_a_brand_and_a_word_never_written_in_lower_case() -> None:
    assert repeated_cut("ABC Treffen 2031", "das treffen war gut") == "ABC Treffen 2031"
    assert repeated_cut("Front of Lakes 2031", "lakes are nice") == "Front of Lakes 2031"


NOTES_POST = """\
---
title: "My rambling about Pinecone Days 2031"
layout: post
---
Last week I went to pinecone days in my town, my first time there.

## Growing small trees with care

Speaker: Odile Marchetti

She showed how bonsai pots drain.

## Moss as a garden floor

Speaker: Tarek Lindqvist

He kept moss alive through a dry summer.
"""


def test_a_post_title_wrapping_the_event_gives_the_event_only() -> None:
    programme = parse_programme(NOTES_POST.encode(), "x7.md")
    assert programme.name == "Pinecone Days 2031"


PAGE_WITHOUT_NAME = """\
# Programme

Welcome to Lanternfest 2030, two days of lights and code.

## Saturday 14 September 2030

| Time  | Talk                         | Speaker          |
|-------|------------------------------|------------------|
| 10:00 | Candles on the command line  | Ines Okonkwo     |
| 11:00 | Glass lamps and shell pipes  | Ruben Castellano |
| 12:00 | A lighthouse written in Go   | Yuki Brandt      |
"""


def test_a_page_named_only_programme_takes_the_year_named_event_of_its_lines() -> None:
    programme = parse_programme(PAGE_WITHOUT_NAME.encode(), "q3.md")
    assert programme.name == "Lanternfest 2030"


HEADING_WITHOUT_YEAR = """\
# Os encontros do Festa Pixel

Festa Pixel 2029 aconteceu em maio.

## 09:00 Pintando com shaders

Por Clarice Monteiro

## 10:00 Animação em SVG puro

Por Davi Albuquerque
"""


def test_a_heading_wrapping_the_event_takes_the_name_its_lines_say_with_a_year() -> None:
    programme = parse_programme(HEADING_WITHOUT_YEAR.encode(), "k2.md")
    assert programme.name == "Festa Pixel 2029"


def test_a_name_already_found_with_its_year_stands() -> None:
    text = "# Lanternfest 2030\n\n## 10:00 Candles\n\nIda Moreau\n\n## 11:00 Lamps\n\nJon Ek\n"
    assert parse_programme(text.encode(), "z1.md").name == "Lanternfest 2030"


def test_a_name_whose_year_is_followed_by_the_event_kind_stands() -> None:
    text = (
        "# WXYZ 2031 workshop\n\n## 09:00 Sparse sketches\n\nNoor Haddad\n\n"
        "## 10:00 Dense sketches\n\nPiet Vos\n"
    )
    assert parse_programme(text.encode(), "w4.md").name == "WXYZ 2031 workshop"


@pytest.mark.parametrize(
    "name", ["Spring 2031 Topology seminar", "Gullconf 2031 programme", "WXYZ 2031 workshop"]
)
def test_a_year_followed_by_a_kind_or_a_page_word_keeps_the_name(name: str) -> None:
    from confnotes.importers.event_name import _kind_follows

    assert _kind_follows(name)


@pytest.mark.parametrize("name", ["Gullconf 2031 (2031/4/2)", "Gullconf 2031 🎉"])
def test_a_date_or_a_sign_after_the_year_is_no_part_of_the_name(name: str) -> None:
    from confnotes.importers.event_name import _kind_follows

    assert not _kind_follows(name)


def test_a_sentence_before_a_year_in_a_script_without_capitals_names_no_event() -> None:
    """Without capitals, only repetition marks a name: a clause said once before a year
    (``这是一篇我参加 2018``) is no event's name; a name the notes say again is."""
    said_once = "这是一篇我参加 2018 年大会的笔记\n\n## 第一个演讲\n\n内容\n"
    assert parse_programme(said_once.encode(), "n04.md").name == "n04"
    said_twice = (
        "湖畔エンジニア祭 2031 タイムテーブル\n\n湖畔エンジニア祭 の記録です。\n\n## 講演\n\n内容\n"
    )
    assert parse_programme(said_twice.encode(), "n04.md").name == "湖畔エンジニア祭 2031"


def test_the_writers_words_a_year_name_leaves_out_stay_with_the_conference() -> None:
    """``My picks, Fjordconf 2031`` names *Fjordconf 2031*; ``My picks`` is the writer's
    line, kept as the conference's description, never dropped."""
    text = "# My picks, Fjordconf 2031\n\n## Cheap logs\n\nBy Ana Ruiz. Notes.\n"
    programme = parse_programme(text.encode(), "picks.md")
    assert programme.name == "Fjordconf 2031"
    assert "My picks" in programme.description


def test_a_wrapped_name_in_a_script_without_capitals_stays_whole() -> None:
    """Without capitals nothing marks where a name starts: ``데이터 엔지니어링 밋업 2031
    후기`` is not cut to its last word before the year."""
    text = "# 데이터 엔지니어링 밋업 2031 후기\n\n## 첫 발표\n\n메모\n"
    assert parse_programme(text.encode(), "n07.md").name != "밋업 2031"
