"""A person's folder of notes of one conference (issue 33, stop 53): one
reStructuredText file per talk whose field list under its title (docutils' bibliographic
fields) says the day and the speakers, date-stamped files whose numbered headings hold
the talks (``## 2 - Talks`` over ``### 2.1 - Title``), and files titled by a first heading
``Title (Speaker)`` over parts underlined alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from confnotes.importers.doctree import looks_rst
from confnotes.importers.structure import directives
from tests.unit.folder_fixtures import read_files, talk_speakers

_RST_TALK = """\
=========================
Knots for Data Engineers
=========================

:Date:
    2031-09-03

:Speakers:
    Lea Moreau, Sven Aalto

:Slides:
    http://example.org/knots.pdf

Bowline
=======

+ holds, never slips

Grand Harbour
-------------

+ the venue's own knot
"""


def test_an_rst_title_over_a_field_list_is_front_matter() -> None:
    lines = _RST_TALK.split("\n")
    assert looks_rst(_RST_TALK)
    front = directives(lines)
    assert front["title"] == "Knots for Data Engineers"
    assert front["date"] == "2031-09-03"
    assert front["speakers"] == "Lea Moreau, Sven Aalto"
    assert directives(["Title", "=====", "", "Just a paragraph."]) == {}


def test_rst_talk_files_give_speakers_and_days(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "notes",
        {
            "talks/knots.rst": _RST_TALK,
            "talks/sails.rst": "Sails as Buffers\n================\n\n"
            ":Date: 2031-09-04\n:Speaker: Ilse Brandt\n\nLuff\n----\n\n+ slack\n",
        },
    )
    assert talk_speakers(read) == {
        "Knots for Data Engineers": ["Lea Moreau", "Sven Aalto"],
        "Sails as Buffers": ["Ilse Brandt"],
    }
    days = {t.title: t.day for p in read.values() for t in p.talks}
    assert days["Knots for Data Engineers"] == dt.date(2031, 9, 3)
    people = {s.name for p in read.values() for t in p.talks for s in t.speakers}
    assert "Grand Harbour" not in people


def test_numbered_parts_of_date_stamped_files(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "days",
        {
            "20310903_summit_1.md": "# 20310903_summit_1\n\n## 1 - Keynotes\n\n"
            "### 1.1 - State of the summit\n\nwelcome\n\n### 1.2 - Queues everywhere\n\n"
            "- age alerts\n",
            "20310903_summit_2.md": "# 20310903_summit_2\n\n## 2 - Talks\n\n"
            "### 2.1 - Ships and databases\n\n#### Context\n\nlinks drop\n\n"
            "#### Lessons\n\n1. replicate in port\n",
            "20310904_summit_3.md": "# 20310904_summit_3\n\n## 3. Labs\n\n"
            "### 3.1. Tracing by hand\n\n#### Setup\n\nDocker\n",
        },
    )
    talks = {t.title: t for p in read.values() for t in p.talks if t.kind != "other"}
    assert {"Ships and databases", "Tracing by hand"} <= {
        k.split(" - ")[-1].split(". ", 1)[-1] for k in talks
    }
    ship = next(t for k, t in talks.items() if k.endswith("Ships and databases"))
    assert ship.day == dt.date(2031, 9, 3)
    assert not any("Talks" in k or "Labs" in k for k in talks)
    assert sum(1 for k in talks if "Queues everywhere" in k or "State of the summit" in k) == 2


def test_a_first_heading_naming_its_speaker_over_parts(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "loop",
        {
            "01.md": "Keynote (Aiko Tanaka)\n=====================\n\nopening words\n\n"
            "History\n=======\n\n* cards\n\nHabits:\n=======\n\n1. measure\n",
            "02.md": "Forms on the Server (Malik Osei)\n================================\n\n"
            "why\n\nTemplates (a short detour)\n==========================\n\n* CGI\n",
            "03.md": "Sealed Types (Rui Costa)\n========================\n\nexhaustive\n",
            "04.md": "Build Days -- Faster Every Week\n===============================\n\n"
            "caches\n\nRemote Runners\n==============\n\n* more cores\n",
        },
    )
    talks = {t.title: t for p in read.values() for t in p.talks if t.kind != "other"}
    assert {k: [p.name for p in t.speakers] for k, t in talks.items()} == {
        "Keynote": ["Aiko Tanaka"],
        "Forms on the Server": ["Malik Osei"],
        "Sealed Types": ["Rui Costa"],
        "Build Days -- Faster Every Week": [],
    }
    assert talks["Keynote"].kind == "keynote"
