"""A timetable cell that holds a session: its name, its chair and a list of talks, each a
title over its authors' line, gives a talk per item in that session (real pages: every
talk of a symposium's sessions had been one title holding the whole cell). A ``<table>``
in Markdown cut by blank lines between its rows is one table; a cell that names the kind
of talk above its speaker takes its title from the line after the speaker."""

from __future__ import annotations

from confnotes.importers import doctree, timetable
from confnotes.importers.registry import parse_programme

PAGE = """---
layout: default
title: Programme
---

# Programme

**Thursday, March 12, 2026**

<table class="program">
  <tr>
    <td>9:00am &ndash; 10:00am</td>
    <td>
      <h4>Invited Talk</h4>
      <i>Dr. Maren Holt, Institute of Lake Studies</i><br>
      <b>Reading Sediment Cores at Scale</b><br/>
      <a href="#invited">Details</a>
    </td>
  </tr>

  <tr>
    <td>10:30am &ndash; 11:45am</td>
    <td>
      <h4>Session: Rivers &amp; Deltas</h4>
      (Session Chair: Tobias Wren)
      <ul>
        <li>
          Braided Channels Under Changing Load
          <br><i>Ilse Brandt, Kofi Mensah, Paula Reyes</i>
        </li>
        <li>
          Delta Growth From Satellite Series
          <br><i>Jonas Lind, Amara Osei</i>
        </li>
        <li>
          Quiet Northern Rivers
          <br><i>Sofia Marchetti</i>
        </li>
      </ul>
    </td>
  </tr>
</table>

# Invited talk

**Reading Sediment Cores at Scale**<br/>
_Dr. Maren Holt, Institute of Lake Studies_

Cores tell the story of a lake; this talk shows how to read thousands of them.
"""


def _timetable() -> timetable.Timetable:
    return timetable.read(doctree.parse(PAGE), "programme.md", "markdown")


def test_session_cell_gives_a_talk_per_item_in_its_session() -> None:
    programme = _timetable().programme
    by_title = {t.title: t for t in programme.talks}
    assert [p.name for p in by_title["Braided Channels Under Changing Load"].speakers] == [
        "Ilse Brandt",
        "Kofi Mensah",
        "Paula Reyes",
    ]
    assert [p.name for p in by_title["Delta Growth From Satellite Series"].speakers] == [
        "Jonas Lind",
        "Amara Osei",
    ]
    # a title shaped like a name stays a title: the items alternate title and authors
    assert [p.name for p in by_title["Quiet Northern Rivers"].speakers] == ["Sofia Marchetti"]
    session = {s.key: s for s in programme.sessions}[by_title["Quiet Northern Rivers"].session]
    assert session.title.startswith("Rivers")
    assert ("Tobias Wren", "chair") in {(r.person.name, r.role) for r in programme.roles}


def test_kind_label_over_speaker_takes_the_title_below() -> None:
    programme = _timetable().programme
    talk = next(t for t in programme.talks if t.kind == "keynote")
    assert talk.title == "Reading Sediment Cores at Scale"
    assert [p.name for p in talk.speakers] == ["Maren Holt"]
    # the section below that opens with its title is the talk's text
    assert "thousands of them" in talk.body


def test_table_cut_by_blank_lines_is_one_table() -> None:
    doc = doctree.parse(PAGE)
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert len(tables) == 1


def test_whole_import_reads_the_cells() -> None:
    programme = parse_programme(PAGE.encode(), "programme.md")
    titles = {t.title for t in programme.talks}
    assert "Delta Growth From Satellite Series" in titles
    assert "Braided Channels Under Changing Load" in titles
