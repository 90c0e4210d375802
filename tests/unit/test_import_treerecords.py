"""Records found by repetition on the document tree, Markdown as HTML: a run led by a
heading or an emphasised line, list items, rows; each field's role decided by its
content across the records (one place with the HTML page reader's records)."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers import pagerecords, treerecords
from confnotes.importers.registry import parse_programme

SPEAKERS = """# Invited speakers

Everything happens in the Lantern Room.

### Rosalind Achterberg

*Delft Institute of Waterways*

#### Talk

Silt budgets for a shrinking delta

#### Abstract

Twenty years of dredging records, read as one ledger.

### Tomasz Wierzbicki

*Gdańsk Maritime University*

#### Talk

Ice loads on small piers

#### Abstract

What a cold winter taught us about cheap piers.

### Nkechi Obi

*Lagos Coastal Lab*

#### Talk

Mapping mangroves from ferry cameras

#### Abstract

A camera on every ferry and a map every week.
"""


def _speakers(programme: object) -> dict[str, list[str]]:
    return {t.title: [s.name for s in t.speakers] for t in programme.talks}  # type: ignore[attr-defined]


def test_a_speakers_page_whose_sub_headings_are_field_labels_gives_each_talk() -> None:
    programme = parse_programme(SPEAKERS.encode(), "speakers.md")
    talks = _speakers(programme)
    assert talks["Silt budgets for a shrinking delta"] == ["Rosalind Achterberg"]
    assert talks["Ice loads on small piers"] == ["Tomasz Wierzbicki"]
    assert talks["Mapping mangroves from ferry cameras"] == ["Nkechi Obi"]
    assert "Talk" not in talks and "Abstract" not in talks  # labels, not talks
    one = next(t for t in programme.talks if t.title == "Ice loads on small piers")
    assert one.speakers[0].affiliations == ["Gdańsk Maritime University"]


LINKS = """<!DOCTYPE html><html><head><title>Lightning talks | Moss Valley JS</title></head>
<body><h1>Moss Valley JS</h1><h2>Lightning talks, 9 April 2027</h2>
<ul>
<li><a href="/l/1">Greta Halvorsen: Signals without a framework</a></li>
<li><a href="/l/2">Yusuf Demir: Bundles we stopped shipping</a></li>
<li><a href="/l/3">Paula Quintero: Accessible charts in an afternoon</a></li>
</ul></body></html>"""


def test_list_items_packing_name_and_title_are_talks_by_those_people() -> None:
    programme = parse_programme(LINKS.encode(), "lightning.html")
    talks = _speakers(programme)
    assert talks["Signals without a framework"] == ["Greta Halvorsen"]
    assert talks["Bundles we stopped shipping"] == ["Yusuf Demir"]
    assert talks["Accessible charts in an afternoon"] == ["Paula Quintero"]
    assert all(t.day == date(2027, 4, 9) for t in programme.talks if t.speakers)


def test_a_title_with_a_colon_alone_is_not_split_into_a_person() -> None:
    cells = ["Graph Neural Networks: a primer", "Ana Ruiz: Faster logs", "Why we test"]
    records = [
        pagerecords.Record(None, n, [pagerecords.Field("/li", text, frozenset())])
        for n, text in enumerate(cells)
    ]
    pagerecords.group(records)
    assert [f.text for f in records[0].fields] == ["Graph Neural Networks: a primer"]


COMMITTEE = """---
title: Comités
---

#### Comité d'organisation
 + Aurélie Dumas (LIMOS, Clermont)
 + Hugo Lambert (LIMOS)

#### Comité de programme
 + Nadia Benali (INRIA Lille)
 + Pieter Claes (KU Leuven)
"""


def test_people_listed_under_role_headings_are_people_with_their_affiliations() -> None:
    programme = treerecords.read(COMMITTEE, "comites.md")
    assert programme is not None
    people = {r.person.name: r for r in programme.roles}
    assert set(people) == {"Aurélie Dumas", "Hugo Lambert", "Nadia Benali", "Pieter Claes"}
    assert people["Pieter Claes"].person.affiliations == ["KU Leuven"]
    assert people["Aurélie Dumas"].role == "organizer"  # what the heading over them says
    assert not [t for t in programme.talks if t.kind != "other"]  # no talk made of a name


SEMINAR = """# Topology seminar

|---|---|---|
| Date | Speaker | Title |
|---|---|---|
| Wed. Jan 14, 2026 | Dr Linnea Falk (Uppsala) | Knots in thickened surfaces |
| Wed. Jan 28, 2026 | Prof. Omar Siddiqui (Karachi) | Braids and billiards |
| Wed. Feb 11, 2026 | tba | tba |
"""


def test_a_table_the_markdown_parser_did_not_see_is_read_by_its_rows() -> None:
    programme = treerecords.read(SEMINAR, "seminar.md")
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    knots = talks["Knots in thickened surfaces"]
    assert [s.name for s in knots.speakers] == ["Linnea Falk"]
    assert knots.day == date(2026, 1, 14) or knots.start == datetime(2026, 1, 14)
    assert [s.name for s in talks["Braids and billiards"].speakers] == ["Omar Siddiqui"]


BOLD = """# 7th Data Meetup in Linz

* Date: 2026-05-20

**Talk 1:
Columnar files, honestly**
by Ada Reisinger, Data Engineer, Donau Data
[[Slides](./a.pdf)]

**Talk 2:
A feature store for two people**
by Viktor Hasler, Freelancer

**Talk 3:
Dashboards nobody opens**
by Mira Eder (Linz Analytics)
"""


def test_bold_led_paragraphs_with_by_lines_are_talks_of_the_meetup_day() -> None:
    programme = treerecords.read(BOLD, "meetup.md")
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    first = talks["Columnar files, honestly"]
    assert [s.name for s in first.speakers] == ["Ada Reisinger"]
    assert first.day == date(2026, 5, 20)
    assert [s.name for s in talks["Dashboards nobody opens"].speakers] == ["Mira Eder"]
    assert "Talk 1:" not in talks


def test_in_a_persons_notes_every_line_is_kept_in_some_note() -> None:
    programme = treerecords.read(SPEAKERS, "speakers.md", notes=True)
    assert programme is not None
    bodies = "\n".join(t.body for t in programme.talks)
    for line in SPEAKERS.splitlines():
        assert line.strip() in bodies


def test_on_a_page_the_words_no_record_owns_are_the_events_description() -> None:
    programme = treerecords.read(SPEAKERS, "speakers.md")
    assert programme is not None
    assert "Everything happens in the Lantern Room." in programme.description
    assert "Silt budgets" not in programme.description  # in its talk's note


def test_prose_with_no_repeated_records_gives_no_records() -> None:
    text = (
        "# Notes from the train\n\nI read three papers on the way.\n\n"
        "The second one was the best, with a clear argument.\n\nMore tomorrow.\n"
    )
    programme = treerecords.read(text, "notes.md")
    assert programme is None or not [t for t in programme.talks if t.speakers]


def test_a_slots_word_in_a_script_without_capitals_is_nobody() -> None:
    text = (
        "# 勉強会 タイムテーブル\n\n| 時間 | 内容 |\n| --- | --- |\n| 13:00 | 開場 |\n"
        "| 13:30 | Rustで作るCLI 山田さん |\n| 14:10 | 型の話 佐藤さん |\n| 15:00 | 撤収 |\n"
    )
    programme = parse_programme(text.encode(), "timetable.md")
    people = {s.name for t in programme.talks for s in t.speakers}
    assert "撤収" not in people and "開場" not in people  # teardown, doors open: no one
