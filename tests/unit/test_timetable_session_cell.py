"""A day table's session cell (HTML inside a Markdown page): the session's name in bold,
its kind and room and its chair in italics on lines of their own, then one
``Title | Authors`` line per talk (real page: a congress's Jekyll programme had kept each
session as one talk and none of its papers or authors)."""

from __future__ import annotations

from confnotes.importers import doctree, timetable

PAGE = """---
layout: page
title: Programme
---

<table>
  <thead><tr><th colspan="2">Tuesday 9 March 2038</th></tr></thead>
  <tbody>
    <tr>
      <td>10:00</td>
      <td><b>Coasts and harbours</b><br><i>Paper session / Room 4<br>Chair: Nadia Okafor</i><br><br>
      Lighthouses of the northern cape: a survey | Piet Hoekstra<br><br>
      Harbour dues and the salt trade | Irene Valdés y Marco Lindgren<br><br>
      Tide tables before the telegraph | Sunniva Aas</td>
    </tr>
    <tr>
      <td>11:30</td>
      <td><strong>Lunch</strong></td>
    </tr>
  </tbody>
</table>
"""


def test_a_session_cell_lists_its_talks_under_its_kind_room_and_chair() -> None:
    doc = doctree.parse(PAGE)
    p = timetable.read(doc, "p.md", "markdown").programme
    talks = {t.title: t for t in p.talks}
    assert [s.name for s in talks["Lighthouses of the northern cape: a survey"].speakers] == [
        "Piet Hoekstra"
    ]
    assert [s.name for s in talks["Harbour dues and the salt trade"].speakers] == [
        "Irene Valdés",
        "Marco Lindgren",
    ]
    assert [s.name for s in talks["Tide tables before the telegraph"].speakers] == ["Sunniva Aas"]
    assert all(t.start is not None and t.start.hour == 10 for t in p.talks if t.speakers)
    assert "Paper session / Room 4" not in talks
    assert "Nadia Okafor" not in {s.name for t in p.talks for s in t.speakers}
    assert "Nadia Okafor" in {r.person.name for r in p.roles}


DAY_LIST = """### Day 1: 08/03/2033

- 9h -- 9h45: **Keynote** - Agathe Morvan - *Harbour Institute*
- 10h -- 10h45: **Keynote** - Paul Kerjean - *Orange*
- 11h -- 11h45: **Keynote** - Nora Lévêque - *Routing without tears in small towns*
"""


def test_a_stressed_keynote_slot_names_its_speaker_and_where_she_works() -> None:
    doc = doctree.parse(DAY_LIST)
    p = timetable.read(doc, "d.md", "markdown").programme
    by_speaker = {t.speakers[0].name: t for t in p.talks if t.speakers}
    assert by_speaker["Agathe Morvan"].title == "Keynote"
    assert by_speaker["Agathe Morvan"].speakers[0].affiliations == ["Harbour Institute"]
    assert by_speaker["Paul Kerjean"].title == "Keynote"
    assert by_speaker["Paul Kerjean"].speakers[0].affiliations == ["Orange"]
    # a long stressed stretch after the name is the keynote's title
    assert by_speaker["Nora Lévêque"].title == "Routing without tears in small towns"
    assert all(t.kind == "keynote" for t in p.talks)


def test_a_lecture_line_under_its_title_makes_no_person_of_the_lecture_or_the_hall() -> None:
    page = PAGE.replace(
        "<td><strong>Lunch</strong></td>",
        "<td><b>Salt and empire</b><br><i>Conferencia de Piet Hoekstra / Aula Magna</i></td>",
    )
    p = timetable.read(doctree.parse(page), "p.md", "markdown").programme
    named = {s.name for t in p.talks for s in t.speakers}
    assert "Aula Magna" not in named
    assert not any(n.startswith("Conferencia") for n in named)
