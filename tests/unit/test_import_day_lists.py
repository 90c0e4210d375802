"""A person's notes of several days: a heading per day (``## Day 2 2031/05/14``) over a
list of the talks seen, each item naming the talk and who gave it with where they
work, the notes nested under it (issue 33: the files nobody on the team has seen)."""

from __future__ import annotations

from datetime import date

from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import title_and_speakers
from confnotes.importers.when import find_date

NOTES = """# Lakeside Dev Summit 2031
https://lakeside.example.org/2031
https://video.example.org/watch?v=one

## Day 1 2031/05/13

## Day 2 2031/05/14
- Shipping maps offline (Fjordlab: Linnea Solberg) [slides](https://slides.example.org/maps)
    - tiles are cached per region
    - the demo ran on a plane
- Why our queue got slower (Delta Works: Amara Okafor)
    - lock contention, not the disk

## Day 3 2031/05/15
- Tests that read like stories (Wierzba & Co: Tomasz Wierzba)
    - given/when/then without a framework
"""


def test_day_headings_date_the_talks_listed_under_them_and_name_no_event() -> None:
    programme = parse_programme(NOTES.encode(), "summit.md")
    assert programme.name == "Lakeside Dev Summit 2031"
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    assert set(talks) == {
        "Shipping maps offline",
        "Why our queue got slower",
        "Tests that read like stories",
    }
    maps = talks["Shipping maps offline"]
    assert [p.name for p in maps.speakers] == ["Linnea Solberg"]
    assert maps.speakers[0].affiliations == ["Fjordlab"]
    assert maps.day == date(2031, 5, 14)
    assert talks["Tests that read like stories"].day == date(2031, 5, 15)
    # the slides link closing the item is the talk's, and its notes stay with it
    assert any("slides.example.org" in link.url for link in maps.links)
    assert "tiles are cached per region" in maps.body
    # a day's heading read whole is the talks' day, no talk or session of its own
    assert not any(t.title.startswith("Day 2") for t in programme.talks)
    assert not any(s.title.startswith("Day") for s in programme.sessions)


def test_a_date_written_year_first_with_slashes_or_dots() -> None:
    assert find_date("Day 2 2031/05/14", None) == (date(2031, 5, 14), True)
    assert find_date("2031/5/4 (Sun)", None) == (date(2031, 5, 4), True)
    assert find_date("2031.05.14 Seoul", None) == (date(2031, 5, 14), True)
    # a version number is no date
    assert find_date("release 2031.1.3", None)[0] is None
    assert find_date("2031/13/40", None)[0] is None


def test_a_bracket_naming_the_workplace_before_a_colon_then_the_speaker() -> None:
    title, people = title_and_speakers("Caching at the edge (Nordlys Labs: Ana Ruiz)")
    assert title == "Caching at the edge"
    assert [(p.name, p.affiliations) for p in people] == [("Ana Ruiz", ["Nordlys Labs"])]
    # full-width brackets and colon, a handle nested inside
    title, people = title_and_speakers("チームで書くテスト（株式会社ミナト：山田 太郎（@taro））")
    assert title == "チームで書くテスト"
    assert [(p.name, p.affiliations) for p in people] == [("山田 太郎", ["株式会社ミナト"])]
    # a label before the colon that says the bracket is no speaker's workplace
    for text in (
        "Closing words (Chair: Ana Ruiz)",
        "Deep dive (Part 2: Advanced Topics)",
        "Lunch (Room: Hall A)",
    ):
        assert title_and_speakers(text) == (text, [])


def test_bold_titles_each_over_a_speaker_field_are_the_talks_of_their_track() -> None:
    text = """Title: Harbour Tech Week 2031 notes
Date: 2031-10-21

## Tracks

#### 主题演讲

**Change without outages**

What I took away: small steps, measured.

Another paragraph of my own thoughts on the keynote.

**Culture at scale**

演讲人：Kevin Marsh，Director of Engineering

- squads and tribes
- autonomy with alignment

#### Mobile

**Hybrid apps done right**

演讲人：Lena Vogt

- one codebase, two shells
"""
    programme = parse_programme(text.encode(), "notes.md")
    talks = {t.title: t for t in programme.talks}
    assert {"Change without outages", "Culture at scale", "Hybrid apps done right"} <= set(talks)
    assert [p.name for p in talks["Culture at scale"].speakers] == ["Kevin Marsh"]
    assert [p.name for p in talks["Hybrid apps done right"].speakers] == ["Lena Vogt"]
    assert "autonomy with alignment" in talks["Culture at scale"].body


def test_a_header_of_key_lines_opening_a_post_is_its_front_matter() -> None:
    from confnotes.importers.structure import directives

    header = ["Title: Harbour Tech Week 2031 notes", "Date: 2031-10-21", "Tags: notes", "", "text"]
    assert directives(header) == {
        "title": "Harbour Tech Week 2031 notes",
        "date": "2031-10-21",
        "tags": "notes",
    }
    # a talk's own fields opening a note are its lines, no header
    assert directives(["Speaker: Ana Ruiz", "Room: 5", "", "text"]) == {}


def test_a_time_heading_over_a_bold_title_and_a_name_line() -> None:
    text = """# Harbour Dev Day notes

## Sessions

### 10:00 ~ 10:40

**Halving the cloud bill**<BR>
Ana Ruiz | Platform team lead

- what: a cache layer redesigned
- takeaway: measure first

### 10:50 ~ 11:30

**Faster mobile builds**<BR>
Bo Lindqvist | Mobile engineer

- what: build caches and parallel steps
""".replace("<BR>", "  ")  # a hard line break: two spaces at the line's end
    programme = parse_programme(text.encode(), "devday.md")
    talks = {t.title: t for t in programme.talks}
    bill = talks["Halving the cloud bill"]
    assert [(p.name, p.affiliations) for p in bill.speakers] == [
        ("Ana Ruiz", ["Platform team lead"])
    ]
    assert [p.name for p in talks["Faster mobile builds"].speakers] == ["Bo Lindqvist"]
    assert "measure first" in bill.body


def test_words_in_hangul_parted_by_a_space_are_a_name_only_after_a_family_name() -> None:
    from confnotes.importers.persons import is_person_name

    assert is_person_name("김 민수") and is_person_name("남궁 민")
    assert not is_person_name("주요 내용", single_ok=True)  # "main points": a label
    assert not is_person_name("느낀 점", single_ok=True)  # "what I felt"
    for phrase in ("Atelier Montage Vidéo", "Conférence Blender", "Azure Jupyter Notebooks"):
        assert not is_person_name(phrase, single_ok=True)


def test_a_players_embed_over_the_speaker_field_is_the_talks_recording() -> None:
    text = """---
title: Harbour Python 2031, my notes
---

## Favourite talks

### Archiving everything

{{< youtube Ab3_cD4-eF5 >}}

**Speaker**: [Nora Quist](https://example.org/nora) from Tidewater Labs

Why web archives matter, and the tools people use.

### Async by hand

{% vimeo 123456789 %}

**Speaker**: Omar Haddad

Building a tiny event loop to understand the real one.
"""
    programme = parse_programme(text.encode(), "harbour.md")
    talks = {t.title: t for t in programme.talks}
    archive = talks["Archiving everything"]
    assert [(p.name, p.affiliations) for p in archive.speakers] == [
        ("Nora Quist", ["Tidewater Labs"])
    ]
    assert "https://www.youtube.com/watch?v=Ab3_cD4-eF5" in {x.url for x in archive.links}
    async_talk = talks["Async by hand"]
    assert [p.name for p in async_talk.speakers] == ["Omar Haddad"]
    assert "https://vimeo.com/123456789" in {x.url for x in async_talk.links}


def test_a_kind_and_name_heading_over_a_title_field_in_japanese() -> None:
    text = """=================
 Harbour Py 2031
=================

キーノート: Nora Quist
======================
* タイトル: Tides of data
* スライド: https://slides.example.org/tides
* 面白かった

7月10日
=======

Async by hand
=============
* メモ

キーノート: Bo Lindqvist
========================
* タイトル: Buffers for editors
* メモ
"""
    programme = parse_programme(text.encode(), "memo.rst")
    talks = {t.title: t for t in programme.talks}
    tides = talks["Tides of data"]
    assert tides.kind == "keynote"
    assert [p.name for p in tides.speakers] == ["Nora Quist"]
    assert [p.name for p in talks["Buffers for editors"].speakers] == ["Bo Lindqvist"]
