"""Front matter beside a body's programme (issue 33, items 6 and 10): a page whose front
matter lists its speakers as person records (name, affiliation, photo, bio) over a
programme written in its body is read as the body's talks, each speaker joined with the
record of the same name; a seminar post whose speakers the body does not name again
stays one talk."""

from __future__ import annotations

import pytest

from confnotes.importers.registry import parse_programme

_ROSTER = """---
layout: page
title: Harbour Data Workshop 2031
date: 2031-06-12
speakers:
  - name: Odile Brenner
    affiliation: University of Lyon
    photo: /img/brenner.jpg
    bio: Works on streaming statistics.
  - name: Tomasz Wierzba
    affiliation: Gdansk Tech
    url: https://example.org/tw
  - name: Amaka Eze
    affiliation: Lagos Data Lab
---

"""

_TABLE = """## Programme

| Time | Talk | Speaker |
| --- | --- | --- |
| 09:00 | Welcome and opening | |
| 09:15 | Sketching streams with bounded memory | Odile Brenner |
| 10:00 | Coffee break | |
| 10:30 | Ports as sensor networks | Tomasz Wierzba |
| 11:15 | Open data for shipping lanes | Amaka Eze |
"""

_SECTIONS = """## Schedule

### Sketching streams with bounded memory

Odile Brenner

A look at summaries that fit in a few kilobytes.

### Ports as sensor networks

Tomasz Wierzba

### Open data for shipping lanes

Amaka Eze
"""

_LIST = """Programme:

- 09:15 *Sketching streams with bounded memory*, Odile Brenner
- 10:30 *Ports as sensor networks*, Tomasz Wierzba
- 11:15 *Open data for shipping lanes*, Amaka Eze
"""

_TITLES = {
    "Sketching streams with bounded memory": ("Odile Brenner", "University of Lyon"),
    "Ports as sensor networks": ("Tomasz Wierzba", "Gdansk Tech"),
    "Open data for shipping lanes": ("Amaka Eze", "Lagos Data Lab"),
}


@pytest.mark.parametrize("body", [_TABLE, _SECTIONS, _LIST], ids=["table", "sections", "list"])
def test_front_matter_roster_joins_the_body_programme(body: str) -> None:
    programme = parse_programme((_ROSTER + body).encode(), "workshop.md")
    talks = {t.title: t for t in programme.talks}
    for title, (name, affiliation) in _TITLES.items():
        assert title in talks, sorted(talks)
        assert [p.name for p in talks[title].speakers] == [name]
        assert talks[title].speakers[0].affiliations == [affiliation]
    assert programme.name == "Harbour Data Workshop 2031"


def test_roster_link_joins_its_speaker() -> None:
    programme = parse_programme((_ROSTER + _TABLE).encode(), "workshop.md")
    (talk,) = [t for t in programme.talks if t.title == "Ports as sensor networks"]
    assert talk.speakers[0].url == "https://example.org/tw"


_HUGO_ROSTER = """+++
title = "Journées du logiciel libre 2031"
[[speakers]]
name = "Hélène Marchand"
affiliation = "Université de Lille"
[[speakers]]
name = "Yannick Le Goff"
affiliation = "Inria"
+++

## Programme

### 14h00 Cartographier les pistes cyclables

Intervenante : Hélène Marchand

### 15h00 Les budgets municipaux en clair

Intervenant : Yannick Le Goff
"""


def test_toml_roster_joins_a_french_programme() -> None:
    programme = parse_programme(_HUGO_ROSTER.encode(), "journees.md")
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    assert set(talks) >= {"Cartographier les pistes cyclables", "Les budgets municipaux en clair"}
    helene = talks["Cartographier les pistes cyclables"].speakers
    assert [(p.name, p.affiliations) for p in helene] == [
        ("Hélène Marchand", ["Université de Lille"])
    ]


_SEMINAR_POST = """---
title: Counting with sketches
speakers:
  - name: Odile Brenner
    affiliation: University of Lyon
  - name: Tomasz Wierzba
    affiliation: Gdansk Tech
date: 2031-03-02
---

A joint talk on summaries that fit in a few kilobytes, and what they cost.
"""


def test_seminar_post_with_two_speaker_records_stays_one_talk() -> None:
    programme = parse_programme(_SEMINAR_POST.encode(), "seminar.md")
    talks = [t for t in programme.talks if t.kind != "other"]
    assert [t.title for t in talks] == ["Counting with sketches"]
    assert [p.name for p in talks[0].speakers] == ["Odile Brenner", "Tomasz Wierzba"]


# A person's notes of a conference in Chinese: a bold line per talk, then the speaker's
# field, with a full-width colon or written as a sentence ("the speaker is NAME from ORG").
_CHINESE_NOTES = """Title: 开发者大会2031见闻
Date: 2031-10-21

## 技术

#### 移动

**混合应用的启动优化**

演讲人是来自飞鸟科技的周明远(mingy)

讲了离线包和预加载，印象不错。

------

**小程序的渲染管线**

演讲人是来自蓝海 FrontTeam 的孙丽华

很实用。

------

**跨端组件库的取舍**

演讲人：何志强

讲得不错。

#### 大数据

**推荐系统的冷启动问题**

演讲人：MediaX 数据CTO 李建国

讲得比较浅。

------

**实时日志流水线的设计**

演讲人：eData 王晓东

记了一些要点。
"""


def test_chinese_notes_read_each_bold_talk_and_its_speaker_field() -> None:
    programme = parse_programme(_CHINESE_NOTES.encode(), "notes.md")
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    expected = {
        "混合应用的启动优化": ("周明远", ["飞鸟科技"]),
        "小程序的渲染管线": ("孙丽华", ["蓝海 FrontTeam"]),
        "跨端组件库的取舍": ("何志强", []),
        "推荐系统的冷启动问题": ("李建国", ["MediaX 数据CTO"]),
        "实时日志流水线的设计": ("王晓东", ["eData"]),
    }
    for title, (name, affiliations) in expected.items():
        assert title in talks, sorted(talks)
        assert [(p.name, p.affiliations) for p in talks[title].speakers] == [(name, affiliations)]


_SENTENCE_FIELDS = """## Lightning talks

**Cheap sensors, honest data**

Speaker was Ruth Okafor from Leeds Data Lab.

Good pacing, clear slides.

**Rivers by the hour**

Speaker: Daniel Ashworth

Short and to the point.

**Library loans as a pulse**

Speaker is Priya Natarajan

Lovely charts.
"""


def test_english_speaker_sentence_names_the_speaker_and_where_they_work() -> None:
    programme = parse_programme(_SENTENCE_FIELDS.encode(), "notes.md")
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    assert [(p.name, p.affiliations) for p in talks["Cheap sensors, honest data"].speakers] == [
        ("Ruth Okafor", ["Leeds Data Lab"])
    ]
    assert [p.name for p in talks["Library loans as a pulse"].speakers] == ["Priya Natarajan"]


def test_a_speaker_sentence_that_names_no_one_is_no_speaker() -> None:
    from confnotes.importers.section_reader import sentence_speakers

    assert sentence_speakers("Speaker was great, and the room was full") == []
    assert [p.name for p in sentence_speakers("演讲人是来自飞鸟科技的周明远")] == ["周明远"]


def test_a_chinese_speaker_sentence_without_a_name_gives_no_speaker() -> None:
    text = _CHINESE_NOTES.replace("演讲人：何志强", "演讲人是谁我忘了")
    programme = parse_programme(text.encode(), "notes.md")
    (talk,) = [t for t in programme.talks if t.title == "跨端组件库的取舍"]
    assert talk.speakers == []


def test_seminar_post_whose_abstract_names_its_speakers_stays_one_talk() -> None:
    text = _SEMINAR_POST.replace(
        "A joint talk",
        "Odile Brenner and Tomasz Wierzba give a joint talk, drawn from the years they"
        " spent building the counters of a city's tram network, on",
    )
    programme = parse_programme(text.encode(), "seminar.md")
    talks = [t for t in programme.talks if t.kind != "other"]
    assert [t.title for t in talks] == ["Counting with sketches"]
