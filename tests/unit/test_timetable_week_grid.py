"""A week grid: days are columns, hours are rows, a cell spanning rows (``rowspan``)
holds its column below it; a name in every column at one hour is a place or a label,
not a speaker; a page that names its days but no year keeps each talk's day and month
(real page: a French workshop's planning had read its second hour column as talks and
``Gather Town`` and ``Jeunes Chercheurs`` as people)."""

from __future__ import annotations

from confnotes.importers import doctree, timetable

PAGE = """---
title: Planning
---

<table>
  <tr><th></th><th>Lundi 7 juin</th><th>Mardi 8 juin</th><th></th></tr>
  <tr>
    <td class="hour">09:00</td>
    <td rowspan="2">Conférence invitée<br>Hélène Marchal (LIRIS, Lyon)</td>
    <td rowspan="2"></td>
    <td class="hour">09:00</td>
  </tr>
  <tr></tr>

  <tr>
    <td class="hour">10:00</td>
    <td>Café - Salle Verte</td>
    <td>Café - Salle Verte</td>
    <td class="hour">10:00</td>
  </tr>
  <tr>
    <td class="hour">10:30</td>
    <td>Session A (Doctorants)</td>
    <td>Session B (doctorants)</td>
    <td class="hour">10:30</td>
  </tr>
  <tr>
    <td class="hour">11:30</td>
    <td></td>
    <td>Conférence invitée<br>Paul Girard</td>
    <td class="hour">11:30</td>
  </tr>
</table>
"""


def _programme():
    return timetable.read(doctree.parse(PAGE), "planning.md", "markdown").programme


def test_rowspan_keeps_cells_in_their_columns() -> None:
    programme = _programme()
    titles = [t.title for t in programme.talks]
    assert "09:00" not in titles and "10:30" not in titles  # the last hour column is no talk
    talk = next(t for t in programme.talks if [p.name for p in t.speakers] == ["Paul Girard"])
    assert talk.kind == "keynote"


def test_one_name_in_every_column_at_one_hour_is_no_one() -> None:
    programme = _programme()
    people = {p.name for t in programme.talks for p in t.speakers}
    assert people == {"Hélène Marchal", "Paul Girard"}
    titles = {t.title for t in programme.talks} | {s.title for s in programme.sessions}
    assert "Session A (Doctorants)" in titles
    assert "Café - Salle Verte" in titles


def test_days_without_a_year_keep_day_and_month() -> None:
    programme = _programme()
    by_speaker = {p.name: t for t in programme.talks for p in t.speakers}
    assert by_speaker["Hélène Marchal"].extra["date"] == "--06-07"
    assert by_speaker["Paul Girard"].extra["date"] == "--06-08"
    assert by_speaker["Paul Girard"].start is None  # no year is invented
