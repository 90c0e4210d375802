"""Conventions of real programme pages in Markdown, reStructuredText and Org (issue 33,
the ``mdpages`` set): tables drawn with characters (grid tables, simple tables of dash
runs), a seminar list's two-digit years, a day line between two tables. The fixtures
imitate them with made-up names and titles."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers import doctree, timetable
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date

GRID = """\
Day 1 - March 3, 2031

+----------------+----------------------------------+------------------+
| Time           | Talk                             | Speaker          |
+----------------+----------------------------------+------------------+
| 09:00 - 10:00  | Keynote: Quiet Harbours          | Ilse Varga       |
+----------------+----------------------------------+------------------+
| 10:00 - 10:30  | Coffee                           |                  |
+----------------+----------------------------------+------------------+
| 10:30 - 11:30  | Tides and Timekeeping:           | Tomas Brandl     |
|                | a Short History                  |                  |
+----------------+----------------------------------+------------------+
| 12:15 - 01:00  | Lunch                            |                  |
+----------------+----------------------------------+------------------+
| 01:00 - 02:00  | Buoys for Cold Waters            | Greta Solheim    |
+----------------+----------------------------------+------------------+

Day 2 - March 4, 2031

+----------------+----------------------------------+------------------+
| Time           | Talk                             | Speaker          |
+----------------+----------------------------------+------------------+
| 09:00 - 10:00  | Calibrating Gauges at Sea        | Rana Haddad      |
+----------------+----------------------------------+------------------+
| 10:00 - 11:00  | Salt, Silt and Sensors           | Sven Kowalski    |
+----------------+----------------------------------+------------------+
"""

SIMPLE = """\
# Spring 2031

Date     Speaker                                       Title
-------  --------------------------------------------  ----------------------------------------
5/30/31  [Ana Ruiz](https://example.org/a) (Lagos)     [Curves of Genus Two](/s/ruiz.html)
5/23/31  [Bo Lindqvist](https://example.org/b) (Turku) [Lattices Revisited](/s/lindqvist.html)
5/9/31   [Chen Wei](https://example.org/c) (Fudan)     [Counting Tropical Curves](/s/chen.html)
"""


def _talks(text: str, name: str = "page.md") -> dict[str, tuple[list[str], datetime | date | None]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: ([s.name for s in t.speakers], t.start or t.day) for t in programme.talks}


def test_a_grid_tables_cells_are_its_columns_and_a_wrapped_cell_is_one_title() -> None:
    doc = doctree.parse_markdown(GRID)
    tables = [n for n in doc.root.children if n.kind == "table"]
    assert len(tables) == 2
    rows = [[c.text for c in row.children] for row in tables[0].children]
    assert rows[0] == ["Time", "Talk", "Speaker"]
    assert rows[3] == ["10:30 - 11:30", "Tides and Timekeeping: a Short History", "Tomas Brandl"]
    at = 0
    for leaf in doctree.leaves(doc.root):  # every character in exactly one leaf
        assert leaf.start == at
        at = leaf.end
    assert at == len(GRID)


def test_a_grid_timetable_gives_talks_and_the_day_line_between_tables_its_day() -> None:
    talks = _talks(GRID, "schedule.rst")
    assert talks["Tides and Timekeeping: a Short History"] == (
        ["Tomas Brandl"],
        datetime(2031, 3, 3, 10, 30),
    )
    # a 12-hour clock after noon, in the order of the rows
    assert talks["Buoys for Cold Waters"] == (["Greta Solheim"], datetime(2031, 3, 3, 13, 0))
    # "Day 2 - March 4, 2031" between the tables: the next table's day, its clock anew
    assert talks["Calibrating Gauges at Sea"] == (["Rana Haddad"], datetime(2031, 3, 4, 9, 0))


SPANNED = """\
Past evenings of the Harbour Coders

+------------+----------------------+---------------------------------------+
| Date       | Speaker              | Talk                                  |
+============+======================+=======================================+
| 14/05/2031 | Ilse Varga           | Packaging without Tears               |
|            +----------------------+---------------------------------------+
|            | Tomas Brandl         | Sensors on a Small Board              |
|            +----------------------+---------------------------------------+
|            | Greta Solheim        | Reading Tide Tables with Python       |
+------------+----------------------+---------------------------------------+
| 16/04/2031 | Rana Haddad y        | Counting Fish: a Long Title Wrapped   |
|            | Sven Kowalski        | over Two Lines                        |
+------------+----------------------+---------------------------------------+
| 19/03/2031 | Open evening                                                 |
+------------+----------------------+---------------------------------------+
"""


def test_a_grid_rule_across_some_columns_ends_their_cells_a_spanning_cell_in_each_row() -> None:
    doc = doctree.parse_markdown(SPANNED)
    (table,) = [n for n in doc.root.children if n.kind == "table"]
    rows = [[c.text for c in row.children] for row in table.children]
    assert rows[1] == ["14/05/2031", "Ilse Varga", "Packaging without Tears"]
    assert rows[2] == ["14/05/2031", "Tomas Brandl", "Sensors on a Small Board"]
    assert rows[4][1] == "Rana Haddad y Sven Kowalski"
    at = 0
    for leaf in doctree.leaves(doc.root):  # every character still in exactly one leaf
        assert leaf.start == at
        at = leaf.end
    assert at == len(SPANNED)
    talks = _talks(SPANNED, "talks.rst")
    # two speakers a rule apart are two talks of the one evening, not one glued person
    assert talks["Sensors on a Small Board"] == (["Tomas Brandl"], date(2031, 5, 14))
    assert talks["Reading Tide Tables with Python"] == (["Greta Solheim"], date(2031, 5, 14))
    assert talks["Counting Fish: a Long Title Wrapped over Two Lines"][0] == [
        "Rana Haddad",
        "Sven Kowalski",
    ]


def test_a_simple_table_of_dash_runs_is_a_seminar_list_with_its_days() -> None:
    talks = _talks(SIMPLE)
    assert talks["Curves of Genus Two"] == (["Ana Ruiz"], date(2031, 5, 30))
    # 5/9/31 is May 9: the page's other dates put the month first
    assert talks["Counting Tropical Curves"] == (["Chen Wei"], date(2031, 5, 9))


def test_two_digit_years_with_slashes_are_dates_but_dotted_versions_are_not() -> None:
    assert find_date("5/30/23")[0] == date(2023, 5, 30)
    assert find_date("11/15/99")[0] == date(1999, 11, 15)
    assert find_date("Python 3.10.12")[0] is None


MEETING = """\
# The 7th Harbour Provers Meeting (HPM 2031)

## Programme
### March 3rd (Mon.)
* 13:00 - 13:30 **Typed Stores in Small Steps** (30 min)⏎
  北川 直人 @ 海辺大学⏎
  We sketch a typed store and its equations.

* 13:30 - 14:15 **Proof Logging for Everyone** (30 + 15 min)⏎
  Greta Solheim @ Northwind Institute of Science and Technology (NIST)⏎
  A log format any checker can read.

* 14:15 - 14:25 **Break** (10 min)

* 14:25 - 15:00 **Counting Graphs by Hand** (35 min)⏎
  田中 花子 / Hanako Tanaka @ 港工業大学，Rana Haddad @ Lighthouse Lab⏎
""".replace("⏎", "  ")  # two spaces: Markdown's hard line break


def test_a_slots_length_is_no_part_of_its_title_and_at_signs_part_names_from_labs() -> None:
    programme = parse_programme(MEETING.encode(), "README.md")
    talks = {t.title: t for t in programme.talks}
    assert "Typed Stores in Small Steps" in talks  # "(30 min)" is the slot's length
    assert [s.name for s in talks["Typed Stores in Small Steps"].speakers] == ["北川 直人"]
    greta = talks["Proof Logging for Everyone"].speakers[0]
    # "Name @ Institute of Science and Technology": one person, the rest her institute
    assert (greta.name, greta.affiliations) == (
        "Greta Solheim",
        ["Northwind Institute of Science and Technology (NIST)"],
    )
    both = talks["Counting Graphs by Hand"].speakers
    # a name written in two scripts is one person; a full-width comma parts two people
    assert [(s.name, s.aliases) for s in both] == [
        ("田中 花子", ["Hanako Tanaka"]),
        ("Rana Haddad", []),
    ]
    assert talks["Counting Graphs by Hand"].start == datetime(2031, 3, 3, 14, 25)


POST = """\
---
layout: post
title: Third Harbour Meetup on 12 May
---

## When?

On **Tuesday, 12 May 2031 at 19:00**.

## What?

 - **19:00 - 19:15** Welcome
 - **19:15 - 19:45** *Rust on Tiny Boards* (von Mathias) <br>
 - **19:50 - 20:20** *Lunch at the Lighthouse* (by the pool) <br>
"""


def test_a_posts_by_line_in_brackets_names_its_speaker_and_its_title_names_the_event() -> None:
    programme = parse_programme(POST.encode(), "2031-05-01-meetup.md")
    assert programme.name == "Third Harbour Meetup on 12 May"  # not "When?"
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Rust on Tiny Boards"].speakers] == ["Mathias"]
    assert talks["Rust on Tiny Boards"].start == datetime(2031, 5, 12, 19, 15)
    # "by the pool" names no one: no person is made of it
    assert all(p.name != "the pool" for t in programme.talks for p in t.speakers)


ORG = """\
#+TITLE: Program

* Harbour Systems 1
** [#A] <<12>> Quiet Buoys in Loud Seas :AI:
Ana Ruiz and Bo Lindqvist
** <<7>> Salt Sensors at Scale :CPS:
Chen Wei
** <<9>> Harbour Cranes that Listen :CPS:
Tomas Brandl and Ilse Varga
* Posters
** <<31>> A Gauge for Every Pier :CPS:
Rana Haddad, Sven Kowalski and Ilse Varga
** <<33>> Tides in a Teacup :AI:
Greta Solheim
** <<35>> Kelp Forests from Above :AI:
Noor Haddadi
"""


def test_org_targets_are_no_words_of_a_title_and_a_posters_heading_gives_its_talks_the_kind() -> (
    None
):
    programme = parse_programme(ORG.encode(), "program.org")
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Quiet Buoys in Loud Seas"].speakers] == [
        "Ana Ruiz",
        "Bo Lindqvist",
    ]
    assert talks["Salt Sensors at Scale"].kind == "talk"
    assert talks["A Gauge for Every Pier"].kind == "poster"  # under "* Posters"
    assert talks["Tides in a Teacup"].kind == "poster"


HEADINGS = """\
# Harbour Timing Workshop 2031

### Date: March 3, 2031

## Opening Remarks and Keynote
### 9:00-10:30
#### Opening Remarks: Ilse Varga

#### Keynote: Clocks That Agree

## Session 1: Buoys
### 11:00-12:30
#### Session Chair: Tomas Brandl
#### [Quiet Buoys in Loud Seas](https://example.org/1)
***Ana Ruiz, Bo Lindqvist***

Abstract: buoys.

#### [Salt Sensors at Scale](https://example.org/2)
***Chen Wei, Rana Haddad***

Abstract: salt.

## Session 2: Gauges
### 13:30-15:00
#### Session Chair: Greta Solheim
#### [A Gauge for Every Pier](https://example.org/3)
***Sven Kowalski***

Abstract: piers.

#### [Tides in a Teacup](https://example.org/4)
***Noor Haddadi, Pavel Drozd***

Abstract: teacups.
"""


def test_a_chair_heading_names_a_chair_and_a_labelled_heading_names_who_gives_the_item() -> None:
    programme = parse_programme(HEADINGS.encode(), "program.md")
    titles = [t.title for t in programme.talks]
    assert not any("Chair" in t for t in titles)  # "Session Chair: Name" is no talk
    chairs = {r.person.name for r in programme.roles if r.role == "chair"}
    assert {"Tomas Brandl", "Greta Solheim"} <= chairs
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Opening Remarks"].speakers] == ["Ilse Varga"]
    assert [s.name for s in talks["Quiet Buoys in Loud Seas"].speakers] == [
        "Ana Ruiz",
        "Bo Lindqvist",
    ]


def test_a_heading_in_two_scripts_is_one_label_not_a_name_and_a_title() -> None:
    from confnotes.importers.headings import read_heading

    for text in ("開催日程 / Date", "会場 / Venue", "計算の形式化 / Formalising Computation"):
        talk = read_heading(text)
        assert (talk.title, talk.speakers) == (text, [])
    # one script: a speaker and a title, as before
    assert [p.name for p in read_heading("Ana Ruiz / Tides").speakers] == ["Ana Ruiz"]


POSTERS = """\
## Schedule

09:00 - 09:30: Invited Talk 1: Ilse Varga (Harbour Lab)

09:30 - 10:30: Poster Session

- *Quiet Buoys in Loud Seas*<br>

- *Salt Sensors at Scale*<br>

10:30 - 11:00: Lightning Talks

- *Tides in a Teacup*<br>
Greta Solheim and Noor Haddadi

- *A Gauge for Every Pier*<br>
Sven Kowalski
"""


def test_a_list_of_titles_under_a_poster_session_is_its_posters() -> None:
    programme = parse_programme(POSTERS.encode(), "programme.md")
    talks = {t.title: t for t in programme.talks}
    assert talks["Quiet Buoys in Loud Seas"].kind == "poster"  # by its session, no authors
    assert talks["Salt Sensors at Scale"].speakers == []
    assert [s.name for s in talks["Tides in a Teacup"].speakers] == [
        "Greta Solheim",
        "Noor Haddadi",
    ]


def test_asciidoc_titles_and_sections_are_headings() -> None:
    text = """\
= Harbour Meetup #12
:revdate: 2031-03-03

== Agenda

* 19:00 _Quiet Buoys in Loud Seas_ by Ana Ruiz
* 19:40 _Salt Sensors at Scale_ by Bo Lindqvist
"""
    programme = parse_programme(text.encode(), "meetup.adoc")
    assert programme.name == "Harbour Meetup #12"
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Salt Sensors at Scale"].speakers] == ["Bo Lindqvist"]


def test_a_line_of_fields_under_each_heading_gives_the_records_people_and_day() -> None:
    text = """\
# Tides Seminar, Spring 2031

## Quiet Buoys in Loud Seas
*Ana Ruiz, Harbour Lab* — March 3, 2031

Abstract text about buoys.

## Salt Sensors at Scale
*Bo Lindqvist, Turku Institute* — March 10, 2031

Abstract about salt.
"""
    programme = parse_programme(text.encode(), "seminar.md")
    talks = {t.title: t for t in programme.talks}
    bo = talks["Salt Sensors at Scale"]
    assert [(s.name, s.affiliations) for s in bo.speakers] == [
        ("Bo Lindqvist", ["Turku Institute"])
    ]
    assert bo.day == date(2031, 3, 10)


def test_an_org_table_outside_an_org_file_with_a_session_row_naming_its_chair() -> None:
    text = """\

|-------+-------+---------------------------------------------------------------|
| start |   end | activity                                                      |
|-------+-------+---------------------------------------------------------------|
| 09:00 | 09:50 | *Invited Talk*: Quiet Buoys (Ana Ruiz, Harbour Lab, Spain)    |
|-------+-------+---------------------------------------------------------------|
| 10:00 | 11:00 | *Session 1*: chair Bo Lindqvist                               |
| 10:00 | 10:25 | Salt Sensors at Scale (Chen Wei and Rana Haddad)              |
| 10:25 | 10:50 | Tides in a Teacup (Greta Solheim)                             |
|-------+-------+---------------------------------------------------------------|
"""
    programme = parse_programme(text.encode(), "program.org")
    talks = {t.title: t for t in programme.talks}
    ana = talks["Quiet Buoys"].speakers[0]
    assert (ana.name, ana.affiliations) == ("Ana Ruiz", ["Harbour Lab, Spain"])
    assert [s.name for s in talks["Salt Sensors at Scale"].speakers] == ["Chen Wei", "Rana Haddad"]
    assert {r.person.name for r in programme.roles if r.role == "chair"} == {"Bo Lindqvist"}
    assert not any("chair" in t for t in talks)


RECORDS = """\
---
layout: page
title: "Programme"
---

### Invited talks
- Ana Ruiz, *Quiet Buoys in Loud Seas*
- Bo Lindqvist and Chen Wei, *Salt Sensors at Scale*
- Lena Hartmann, *Schema Drift Without Tears*
- Omar Saleh, *Weighting Small Samples*

### Memorial Lecture

- Greta Solheim, tba

### Contributed talks

- Rana Haddad, Sven Kowalski and Ilse Varga, *A Gauge for Every Pier*
- Noor Haddadi, *Tides in a Teacup*
- Pavel Drozd, *Kelp Forests from Above*
- Ines Carvalho and Tomas Brandl, *Harbour Cranes that Listen*
- Marit Olsen, *Fog Horns and Their Echoes*
- Kofi Mensah, *Moorings under Strain*
"""


def test_list_items_that_repeat_a_stressed_title_beside_its_people_are_talks() -> None:
    programme = parse_programme(RECORDS.encode(), "programme.md")
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Salt Sensors at Scale"].speakers] == ["Bo Lindqvist", "Chen Wei"]
    assert talks["Quiet Buoys in Loud Seas"].kind == "keynote"  # under "Invited talks"
    assert [s.name for s in talks["A Gauge for Every Pier"].speakers] == [
        "Rana Haddad",
        "Sven Kowalski",
        "Ilse Varga",
    ]
    # a talk to come: "Greta Solheim, tba" under its heading (titled "tba" or by the heading)
    assert any(
        t in ("tba", "Memorial Lecture")
        and [s.name for s in talks[t].speakers] == ["Greta Solheim"]
        for t in talks
    )
    assert "Kelp Forests from Above" in talks  # "from" is no label of a field


def test_a_stressed_aside_in_brackets_is_a_room_and_a_linked_line_quoting_its_title() -> None:
    text = """\
#### Monday, March 3, 2031

**9:30-9:45**: Welcome *(Hall B)*

**9:45-10:30**: [Opening keynote: "Quiet Buoys," Ana Ruiz, Harbour Lab](/keynote) *(Hall B)*

**15:30-16:15**: [Closing session: “Salt at Scale,” Bo Lindqvist, Turku (FI)](/end) *(Hall B)*
"""
    programme = parse_programme(text.encode(), "program.md")
    assert all(p.name != "Hall B" for t in programme.talks for p in t.speakers)
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Salt at Scale"].speakers] == ["Bo Lindqvist"]
    assert talks["Salt at Scale"].start == datetime(2031, 3, 3, 15, 30)


def test_a_stressed_title_glued_to_the_name_after_it_are_two_fields() -> None:
    doc = doctree.parse_markdown("| 09:00 | [**Quiet Buoys at Sea**Ana Ruiz](/a) |\n|---|---|\n")
    cells = [n for n in doc.root.walk() if n.kind == "cell"]
    assert cells[1].text.split("\n") == ["Quiet Buoys at Sea", "Ana Ruiz"]
    doc = doctree.parse_markdown("**Co**operative and **H**ello")
    assert doc.root.children[0].text == "Cooperative and Hello"
    text = """\
| Time          | Track 1                              | Track 2                           |
| ------------- | ------------------------------------ | --------------------------------- |
| 09:00 - 09:30 | Welcome                              | -                                 |
| 09:30 - 10:15 | [**Quiet Buoys at Sea**Ana Ruiz](/a) | [**Salt at Scale**Bo Lindqvist](/b) |
| 10:15 - 11:00 | [**Tides and Time**Rana Haddad](/r)  | [**Cold Gauges**Sven Kowalski](/s) |
"""
    programme = parse_programme(text.encode(), "agenda.md")
    talks = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert talks["Salt at Scale"] == ["Bo Lindqvist"]
    assert talks["Tides and Time"] == ["Rana Haddad"]
    assert "-" not in talks  # no talk in track 2 during the welcome


def test_an_html_tables_last_cell_ends_with_its_table_and_a_tables_day_restarts_the_clock() -> None:
    text = """<h2>Wednesday, 11 March 2015</h2>
<table><tr><th>Time</th><th>Event</th></tr>
<tr><td>16:00 - 17:00</td><td>Posters and coffee</td></tr>
<tr><td>18:00 - open end</td><td>Reception</td></tr></table>
<h2>Donnerstag, 12.03.2015</h2>
<table><tr><th>Time</th><th>Event</th></tr>
<tr><td>09:00 - 10:00</td><td>Salt at Scale</td></tr>
<tr><td>10:00 - 11:00</td><td>Quiet Buoys</td></tr></table>
<table><tr><th colspan="2">Day 3 March 13, 2015</th></tr>
<tr><td>08:30 - 09:00</td><td>Registration</td></tr>
<tr><td>09:00 - 10:00</td><td>Tides and Time</td></tr></table>
"""
    doc = doctree.parse(text)
    cells = [n for n in doc.root.walk() if n.kind == "cell"]
    assert timetable._cell_text(cells[5], doc) == "Reception"  # not the next day's heading
    programme = parse_programme(text.encode(), "programme.html")
    talks = {t.title: t for t in programme.talks}
    assert talks["Reception"].speakers == []
    assert talks["Registration"].start == datetime(2015, 3, 13, 8, 30)


def test_rows_under_a_time_spanning_rows_are_more_lines_of_its_slot() -> None:
    text = """<h1>Symposium 2031</h1><p>Friday 4 April 2031</p><table>
<tr><td class="date" rowspan="3">9:30am</td><td class="title">Session 1</td></tr>
<tr><td class="speaker">Keynote speaker: Ana Ruiz (Harbour Lab)</td></tr>
<tr><td class="abstract">Title: <b>Quiet Buoys in Loud Seas</b></td></tr>
<tr><td class="date" rowspan="3">11:00am</td><td class="title">Session 2</td></tr>
<tr><td class="speaker">Keynote speaker: Bo Lindqvist (Turku)</td></tr>
<tr><td class="abstract">Title: <b>Salt at Scale</b></td></tr>
</table>
"""
    from confnotes.importers.page import PageBuilder

    doc = doctree.parse(text)
    table = next(n for n in doc.root.walk() if n.kind == "table")
    rows = timetable.table_rows(doc, table, PageBuilder("html", "symposium.html"))
    assert [(r.entry.title, [p.name for p in r.entry.speakers]) for r in rows] == [
        ("Quiet Buoys in Loud Seas", ["Ana Ruiz"]),
        ("Salt at Scale", ["Bo Lindqvist"]),
    ]


def test_sub_headings_naming_a_records_fields_are_no_talks() -> None:
    text = """# Gophers Meetup 10

## テキスト審査 (Eureka)
### 登壇者
後藤さん

### 概要
- 業者対策の話
- ワードフィルタ

## interfaceとの付き合い方
### 登壇者

### 概要
- 自由なjson構造をパースしたい
"""
    programme = parse_programme(text.encode(), "golang.md")
    titles = [t.title for t in programme.talks]
    assert "登壇者" not in titles and "概要" not in titles


def test_an_initial_after_a_time_is_part_of_a_name() -> None:
    text = """# Session 10D 16:00-18:00

 - 16:00-16:25 M. Andrew Moss and Imanol Carollo\tFrames and frame relations
 - 16:25-16:50 Achim Jung and M. Andrew Moss\tExtending Duality to Relations
 - 16:50-17:15 Tatsuji Kawai\tApplications of entailments
"""
    programme = parse_programme(text.encode(), "programme.md")
    names = {p.name for t in programme.talks for p in t.speakers}
    assert "M. Andrew Moss" in names and "Andrew Moss" not in names


def test_a_week_grid_of_weekday_columns_takes_its_days_from_the_pages_date_range() -> None:
    text = """This is the summer school programme for September 11–15, 2034.

<table>
  <thead><tr><th></th><th>Monday</th><th>Tuesday</th><th>Wednesday</th></tr></thead>
  <tbody>
    <tr><td> 9:30–10:30 </td><td> Registration </td>
        <td rowspan="2"> Tour of the harbour </td>
        <td rowspan="2"> <em> Workshop </em> Ana Ruiz </td></tr>
    <tr><td> 11:15–12:15 </td><td> <strong>Keynote I</strong> <br> Bo Lindqvist </td></tr>
    <tr><td> 15:15–16:15 </td><td> <em> Title TBA </em> <br> Rana Haddad </td>
        <td> Lunch </td><td> Panel discussion on tides </td></tr>
  </tbody>
</table>
"""
    programme = parse_programme(text.encode(), "program.md")
    talks = {(t.title, tuple(p.name for p in t.speakers)): t for t in programme.talks}
    assert talks[("Workshop", ("Ana Ruiz",))].start == datetime(2034, 9, 13, 9, 30)
    assert talks[("Keynote I", ("Bo Lindqvist",))].start == datetime(2034, 9, 11, 11, 15)
    assert talks[("Title TBA", ("Rana Haddad",))].start == datetime(2034, 9, 11, 15, 15)
    assert find_date("July 3 – 7, 2024")[0] == date(2024, 7, 3)  # a range: its first day
    assert find_date("11-15 September 2023")[0] == date(2023, 9, 11)
