"""Two ways a programme page tells its talks apart from its overview.

A table without times whose rows are a title beside an abstract that its speakers sign
on the last line (``- Name``, ``— A、B``) is a catalogue of talks, a talk a row, the
signers its speakers (real page: a vendor's event post in Japanese, HTML inside Markdown,
1 fact of 24). An overview row titled by its kind alone (``Invited Talk 2``) and, further
down, a card at the same start with its own title and speaker are one talk, not two
(real page: a workshop's programme, overview table over detail cards)."""

from __future__ import annotations

from confnotes.importers import doctree, timetable

CATALOGUE = """---
title: "Harbour Tech Day 2024"
---

<p><strong>Sessions</strong></p>
<table>
<tr><td><p><strong>Session</strong></p></td>
<td><p><strong>Summary</strong></p></td></tr>
<tr><td><p><strong>Opening address</strong></p></td>
<td><p>Where the port's data platform goes next year.<br />
- Ingrid Solberg、Kenji Watanabe</p></td></tr>
<tr><td><p><strong>Tide tables as an API</strong></p></td>
<td><p>How the tables are served.</p>
<p>What changed since spring.<br />- Kenji Watanabe</p></td></tr>
<tr><td><p><strong>Crane telemetry in practice</strong></p></td>
<td><p>Sensors, gaps and fixes from three terminals.<br />— Amara Okonkwo</p></td></tr>
<tr><td><p><strong>Container yard maps</strong></p></td>
<td><p>A walk through the new yard map service.</p></td></tr>
</table>
"""

PROSE_TABLE = """<table>
<tr><td>Parking</td><td>Behind the hall.<br />- Level 2 only</td></tr>
<tr><td>Lunch</td><td>Served upstairs.<br />- Bring your badge</td></tr>
<tr><td>Wifi</td><td>Ask at the desk.<br />- Harbour Hall Ltd</td></tr>
</table>
"""

CARDS = """---
title: Programme
---

<table>
<tr><td>GMT</td><td>Local</td><td></td></tr>
<tr><td>09:00</td><td>10:00</td><td>Opening</td></tr>
<tr><td>09:10</td><td>10:10</td><td>Invited Talk 1</td></tr>
<tr><td>09:40</td><td>10:40</td><td>Invited Talk 2</td></tr>
<tr><td>10:10</td><td>11:10</td><td>Close</td></tr>
</table>

<h1>Invited talks</h1>
<table>
<tr><td>09:10-09:40</td><td><b>Measuring Wave Energy Cheaply</b><br />
<span class="author">Lucia Ferreira</span> <i>(Porto)</i></td></tr>
<tr><td>09:40-10:10</td><td><b>Listening to Ship Engines</b><br />
<span class="author">Tomasz Wiśniewski</span> <i>(Gdańsk)</i></td></tr>
</table>
"""


def _talks(page: str) -> dict[str, list[str]]:
    programme = timetable.read(doctree.parse(page), "page.md", "markdown").programme
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_signed_abstracts_name_each_rows_speakers() -> None:
    talks = _talks(CATALOGUE)
    assert talks["Opening address"] == ["Ingrid Solberg", "Kenji Watanabe"]
    assert talks["Tide tables as an API"] == ["Kenji Watanabe"]
    assert talks["Crane telemetry in practice"] == ["Amara Okonkwo"]
    assert talks["Container yard maps"] == []  # a row nobody signed: still its talk
    assert "Session" not in talks  # the columns' names, no talk


def test_a_table_of_notes_signed_by_no_one_is_no_catalogue() -> None:
    people = {p for who in _talks(PROSE_TABLE).values() for p in who}
    assert not people & {"Level 2 only", "Bring your badge", "Harbour Hall Ltd"}


def test_an_overview_label_and_its_card_are_one_talk() -> None:
    talks = _talks(CARDS)
    assert talks["Measuring Wave Energy Cheaply"] == ["Lucia Ferreira"]
    assert talks["Listening to Ship Engines"] == ["Tomasz Wiśniewski"]
    assert "Invited Talk 1" not in talks
    assert "Invited Talk 2" not in talks
