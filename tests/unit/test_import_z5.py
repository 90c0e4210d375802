"""Losses of the fourth blind set made general (issue 33), in fixtures of our own words:
a folder's shared by-line right under a file's lone title makes that file one talk's
notes, so the tools and terms its sub-headings credit are never talks or speakers; a
data file's person record whose name joins two full names is two people; a list keyed by
a kind (``keynotes:``) gives its records that kind; a bracketed kind word ending a title
(``… (Workshop)``) tags the talk; a ``Topic:`` field under a title the front matter
repeats is a line of the notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.importers.registry import parse_programme
from tests.unit.folder_fixtures import read_files, talk_speakers

MEASURING = """# Counting What Matters in Code
** by Wanda Okafor @wokafor**

Some notes on measuring software.

## Kinds of cost

**Needed Cost**: cost the problem itself asks for.

**Added Cost**: cost we bring in ourselves while building.

## Metrics

### Branch Count

Decisions in one routine.

### Path Count

Ways through one routine.

## Tools

### LineTally

by Piotr Zielinski (wrote the first test runner)

Sums up a codebase.

### GraphDepth

By Ingrid Solberg

Finer grained than LineTally.
"""


def test_a_shared_by_line_under_the_lone_title_makes_one_talk(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "notes",
        {
            "measuring.md": MEASURING,
            "caching.md": "# Caches Without Tears\n**By Lucia Ferreira @lferreira**\n\n"
            "## Why\n\n- speed\n",
            "queues.md": "# Queues in Practice\n**By Tariq Aziz**\n\n## How\n\n- backpressure\n",
        },
    )
    assert talk_speakers(read) == {
        "Counting What Matters in Code": ["Wanda Okafor"],
        "Caches Without Tears": ["Lucia Ferreira"],
        "Queues in Practice": ["Tariq Aziz"],
    }
    roles = [r for programme in read.values() for r in programme.roles]
    assert not roles  # the tools' authors are no one's role either


def test_a_days_file_of_several_titled_talks_keeps_its_talks(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "days",
        {
            "monday.md": "# Caches Without Tears\n**By Lucia Ferreira**\n\n- speed\n\n"
            "# Queues in Practice\n**By Tariq Aziz**\n\n- backpressure\n",
            "tuesday.md": "# Logs at Scale\n**By Wanda Okafor**\n\n- sampling\n\n"
            "# Builds Made Quick\n**By Ingrid Solberg**\n\n- caching\n",
        },
    )
    assert talk_speakers(read) == {
        "Caches Without Tears": ["Lucia Ferreira"],
        "Queues in Practice": ["Tariq Aziz"],
        "Logs at Scale": ["Wanda Okafor"],
        "Builds Made Quick": ["Ingrid Solberg"],
    }


PAIRED_SPEAKER = """- name: Shared bikes from open feeds
  room: Hall A
  day: 1
  time: "09:30"
  type: talk
  speakers:
    - name: Nadia Brennan
      speakerid: 11
    - name: Kofi Mensah {joiner} Lotte van Dijk
      speakerid: 12
- name: Open budgets in small towns
  room: Hall A
  day: 1
  time: "10:30"
  type: talk
  speakers:
    - name: Emil Sandberg
      speakerid: 13
"""


@pytest.mark.parametrize("joiner", ["&", "and", "und"])
def test_a_person_record_naming_two_full_names_is_two_people(joiner: str) -> None:
    p = parse_programme(PAIRED_SPEAKER.format(joiner=joiner).encode(), "programme.yml")
    speakers = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert speakers["Shared bikes from open feeds"] == [
        "Nadia Brennan",
        "Kofi Mensah",
        "Lotte van Dijk",
    ]
    assert speakers["Open budgets in small towns"] == ["Emil Sandberg"]


def test_a_firms_ampersand_name_in_a_person_record_stays_whole() -> None:
    text = PAIRED_SPEAKER.replace("Kofi Mensah {joiner} Lotte van Dijk", "Ortega & Lund")
    p = parse_programme(text.encode(), "programme.yml")
    names = [s.name for t in p.talks for s in t.speakers]
    assert "Ortega" not in names and "Lund" not in names


KIND_LISTS = """{key}:
  - id: K1
    date: "12/05/2026 - 09h"
    title: "Clouds that rain on time"
    speaker:
      name: "Marta Quintero"
  - id: K2
    date: "13/05/2026 - 09h"
    title: "Schedulers we have loved"
    speaker:
      name: "Jonas Weber"
talks:
  - id: T1
    date: "12/05/2026 - 11h"
    title: "Caching at the edge"
    speaker:
      name: "Priya Raman"
"""


@pytest.mark.parametrize(
    ("key", "kind", "tag"),
    [("keynotes", "keynote", ""), ("workshops", "talk", "workshop"), ("panels", "panel", "")],
)
def test_a_list_keyed_by_a_kind_gives_its_records_that_kind(key: str, kind: str, tag: str) -> None:
    p = parse_programme(KIND_LISTS.format(key=key).encode(), "program.yml")
    talks = {t.title: t for t in p.talks}
    for title in ("Clouds that rain on time", "Schedulers we have loved"):
        assert talks[title].kind == kind
        assert not tag or tag in talks[title].tags
    assert talks["Caching at the edge"].kind == "talk"  # a list of talks says no kind
    assert not talks["Caching at the edge"].tags


def test_a_records_own_type_outranks_its_lists_key() -> None:
    text = KIND_LISTS.format(key="keynotes").replace(
        '    title: "Schedulers we have loved"\n',
        '    title: "Schedulers we have loved"\n    type: panel\n',
    )
    talks = {t.title: t for t in parse_programme(text.encode(), "program.yml").talks}
    assert talks["Schedulers we have loved"].kind == "panel"
    assert talks["Clouds that rain on time"].kind == "keynote"


BRACKETED_KIND = """id,name,day,start,end,title
1,Oskar Lind,Monday,09:00,10:00,Reading noisy microscope images
2,Ada Mwangi,Monday,10:30,12:00,Drawing cells for papers {tail}
3,Ada Mwangi,Monday,13:00,14:30,Drawing cells for papers {tail}
4,Rui Costa,Monday,15:00,16:00,Counting proteins (part 2)
"""


@pytest.mark.parametrize(("tail", "tag"), [("(Workshop)", "workshop"), ("[Tutorial]", "tutorial")])
def test_a_bracketed_kind_word_ending_a_title_tags_the_talk(tail: str, tag: str) -> None:
    p = parse_programme(BRACKETED_KIND.format(tail=tail).encode(), "program.csv")
    tags = [(t.title, t.tags) for t in p.talks]
    assert [tag in v for k, v in tags if k.startswith("Drawing cells")] == [True, True]
    assert [v for k, v in tags if k.startswith(("Reading", "Counting"))] == [[], []]


FRONT_TITLED = """---
title: "{title}"
---

# {title}

> Hedda Larsen／Lighthouse Labs security lead

> 2026-03-12 10:00 - 10:40 @ Room 2

> {label}{topic}

## What she showed

- a keyboard app phoning home
"""


@pytest.mark.parametrize(
    ("title", "label", "topic"),
    [
        ("Your keyboard is listening", "Topic: ", "update servers taken over, supply chains"),
        ("鍵盤正在偷聽你", "主題：", "更新伺服器遭接管、供應鏈攻擊"),
    ],
)
def test_a_topic_field_under_a_front_matter_title_is_notes(
    title: str, label: str, topic: str
) -> None:
    p = parse_programme(FRONT_TITLED.format(title=title, label=label, topic=topic).encode(), "a.md")
    talks = [t for t in p.talks if t.kind != "other"]
    assert [t.title for t in talks] == [title]
    assert topic in talks[0].body  # the topic stays a line of the notes


def test_a_title_field_under_a_bare_template_heading_still_names_the_talk() -> None:
    text = "# Talk\n\nTopic: Sandboxes for plugins\n\nSpeaker: Hedda Larsen\n\n- notes\n"
    p = parse_programme(text.encode(), "a.md")
    assert [t.title for t in p.talks if t.kind != "other"] == ["Sandboxes for plugins"]
