"""Conventions of people's notes in other languages met in real blog posts (stop 57,
helper u3): a copied timetable whose items carry each slot's length, in any unit a
programme writes (``(20 min)``, ``(20분)``, ``(30分钟)``). Fixtures written for these
tests, in our own words."""

from __future__ import annotations

from confnotes.importers.entries import DURATION_RE
from confnotes.importers.owner_links import owns
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_SLOTS = """---
title: 'Notes from Harbourconf 2031'
date: '2031-05-02'
---

I followed the stream again this year; the ones I heard are in bold.

First day

- **Teaching a chatbot to read dashboards (20분)**
- **Glue code with serverless triggers (20분)**
- Gardening with cheap sensors (15분)

Second day

- Charts for people who fear charts (30분)
- Rust for the curious (20분)
- **Generating API clients from specs (20분)**

A few closing thoughts about why I keep coming back.
"""


def test_items_each_ending_in_a_slot_length_are_the_talks_of_a_copied_timetable() -> None:
    talks = _talks(parse_programme(_SLOTS.encode(), "harbourconf.md"))
    assert set(talks) >= {
        "Teaching a chatbot to read dashboards",
        "Glue code with serverless triggers",
        "Gardening with cheap sensors",
        "Charts for people who fear charts",
        "Generating API clients from specs",
    }
    assert all(not who for who in talks.values())


def test_a_list_with_one_slot_length_is_no_timetable() -> None:
    text = _SLOTS.replace(" (20분)", "").replace(" (30분)", "")
    assert "Gardening with cheap sensors" not in _talks(parse_programme(text.encode(), "h.md"))


def test_a_slot_length_in_korean_or_chinese_minutes_is_no_word_of_the_title() -> None:
    for text in ("Title (20분)", "Title（30分钟）", "Title (45 min)"):
        assert DURATION_RE.sub("", text) == "Title"


_DECKS = """---
title: Notes from Lakeside Dev Day 2030
date: 2030-03-02
---

Some thoughts on the talks I went to.

## Logs that explain themselves

<div><strong><a href="//decks.example.org/marta-kowal/logs-that-explain" title="Logs">Logs
that explain themselves</a></strong> from <strong><a href="https://decks.example.org/marta-kowal">Marta
Kowalczyk</a></strong></div>

- structured fields beat free text
- sampling needs care

## Shipping on Fridays

<div><a href="https://decks.example.org/lakeside-team/fridays">Shipping on Fridays</a>
from <a href="https://decks.example.org/lakeside-team">Lakeside Platform Team</a></div>

- small batches, quick rollbacks

## Cheap tricks for fast tests

[Cheap tricks](https://decks.example.org/omar-haddad/cheap-tricks) by
[Omar Haddad](https://other.example.net/omar-haddad)

- run the slow ones at night
"""


def test_a_deck_link_then_its_owner_page_names_the_talks_speaker() -> None:
    talks = _talks(parse_programme(_DECKS.encode(), "lakeside.md"))
    assert talks["Logs that explain themselves"] == ["Marta Kowalczyk"]
    # a team's page owns the deck, but a team is no person
    assert talks["Shipping on Fridays"] == []
    # a profile on another site is no owner's page of the deck
    assert talks["Cheap tricks for fast tests"] == []


def test_an_owner_page_is_a_leading_part_of_the_documents_address_on_its_host() -> None:
    assert owns("https://decks.example.org/ana", "//www.decks.example.org/ana/deck-1")
    assert not owns("https://decks.example.org/", "https://decks.example.org/ana/deck-1")
    assert not owns("https://decks.example.org/an", "https://decks.example.org/ana/deck-1")
    assert not owns("https://other.example/ana", "https://decks.example.org/ana/deck-1")


_WRAP_UP = """---
title: {name} 2029 参加メモ
---

## 分散トレースの始め方

- サンプリングの話が面白かった

## 小さなチームの監視

- アラートは少なく

## {wrap}

- 来年も行きたい
"""


def test_a_closing_heading_of_notes_in_japanese_or_chinese_is_no_talk() -> None:
    for wrap in ("全体的に", "写在最后"):
        text = _WRAP_UP.format(name="Kawabe Tech", wrap=wrap)
        talks = _talks(parse_programme(text.encode(), "kawabe.md"))
        assert "分散トレースの始め方" in talks
        assert wrap not in talks
