"""Losses of the fourth blind set made general (issue 33), in fixtures of our own words:
a folder's shared by-line right under a file's lone title makes that file one talk's
notes, so the tools and terms its sub-headings credit are never talks or speakers; a
data file's person record whose name joins two full names is two people."""

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
