"""A timetable laid out as rows of ``<div>`` elements (a column of hours, a column per
hall) is read as a table: each hall's column its own talks, ``Name (Org), Title`` cells
split into the speaker and the title, an empty cell written over a blank line (which
ends Markdown's HTML block) no break in the grid (real page: a Hugo programme whose
rows had been read as one line each, two halls' talks run together)."""

from __future__ import annotations

from confnotes.importers import doctree, timetable
from confnotes.importers.headings import read_heading

PAGE = """+++
title = "schedule"
+++

<div class="row">
  <div class="c"><b>Hour</b></div>
  <div class="c"><b>Hall East</b></div>
  <div class="c"><b>Hall West</b></div>
</div>
<div class="row">
  <div class="c">09:00-09:30</div>
  <div class="c wide">Welcome</div>
</div>
<div class="row">
  <div class="c">09:30-10:00</div>
  <div class="c"><a href="/t/1">Petra Holm (Vindel), Alerts that wake the right person</a></div>
  <div class="c"><a href="/t/2"><em>Omar Haddad (Sandline), Backups you can restore</em></a></div>
  <div class="c">

  </div>
</div>
<div class="row">
  <div class="c">10:00-10:30</div>
  <div class="c"><a href="/t/3">Greta Lind (Koll), Small services, big bills</a></div>
  <div class="c"><a href="/t/4">Tomás Ruiz (Pampa), Queues under pressure</a></div>
</div>
"""


def _talks() -> dict[str, list[str]]:
    programme = timetable.read(doctree.parse(PAGE), "schedule.md", "markdown").programme
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_each_hall_column_is_read_as_its_own_talks() -> None:
    talks = _talks()
    assert talks["Alerts that wake the right person"] == ["Petra Holm"]
    assert talks["Backups you can restore"] == ["Omar Haddad"]  # stressed whole: no field
    assert talks["Small services, big bills"] == ["Greta Lind"]
    assert talks["Queues under pressure"] == ["Tomás Ruiz"]


def test_name_with_organisation_then_comma_then_title() -> None:
    talk = read_heading("Petra Holm (Vindel), Alerts that wake the right person")
    assert talk.title == "Alerts that wake the right person"
    assert [(p.name, p.affiliations) for p in talk.speakers] == [("Petra Holm", ["Vindel"])]
    # a title with a bracket of its own before its comma names no one
    assert not read_heading("Caching (the hard way), and what we learned").speakers


def test_a_name_beside_tbd_is_no_speaker() -> None:
    from confnotes.importers.persons import split_speakers

    assert split_speakers("Kovalenko (Lab) TBD") == []
    assert [p.name for p in split_speakers("Ada Wren, Ben Holt, More TBC")] == [
        "Ada Wren",
        "Ben Holt",
    ]
