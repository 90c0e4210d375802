"""A talk's title and its speakers held in one element of a Markdown page's HTML, told
apart by emphasis (a bold or linked title, names in the rest of the line, or a title then
an italic name), a speaker after a dash with where they work, a kind set off by a dash
before a quoted title, and a banner line that opens with the day."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.columns import emphasis_split, people_in
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "page.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in programme.talks}


BOLD_ITEMS = """---
title: Accepted demos
---

# Lantern Systems Workshop — demos

<ol>
<li><strong>A pocket spectrometer from spare parts</strong>: Mina Okonkwo, Dario Lenz</li>
<li><strong>Mapping river noise with cheap microphones</strong>: Siri Haugland</li>
<li><strong>Soldering less, testing more</strong>: Emeka Obi, Rosa Cano <a href="/x">[pdf]</a></li>
<li><strong>An orchard's weather, one tree at a time</strong>: Henrik Aalto</li>
</ol>
"""


def test_a_bold_title_and_the_names_after_it_are_one_talk_each() -> None:
    talks = _talks(BOLD_ITEMS)
    assert talks["A pocket spectrometer from spare parts"] == ["Mina Okonkwo", "Dario Lenz"]
    assert talks["Soldering less, testing more"] == ["Emeka Obi", "Rosa Cano"]
    assert talks["An orchard's weather, one tree at a time"] == ["Henrik Aalto"]
    assert not any("Okonkwo" in title for title in talks)  # names never glued to a title


LINKED_TERMS = """### Schedule, Monday 2 June 2031

<dl>
<dt>14:00</dt><dd><b>Storage</b></dd>
<dt>14:00</dt><dd><a href="#a">Log-structured merges</a> <i>(Petra Nyström, Uppsala)</i></dd>
<dt>14:30</dt><dd><a href="#b">Compaction debt</a> <i>(Aurelio Bassi, Politecnico Torino)</i></dd>
<dt>15:00</dt><dd><b>Break</b></dd>
<dt>15:30</dt><dd><a href="#c">Indexes that forget</a> <i>(Yusuf Demir, Ankara)</i></dd>
</dl>
"""


def test_a_linked_title_and_an_italic_name_in_brackets_are_title_and_speaker() -> None:
    talks = _talks(LINKED_TERMS)
    assert talks["Compaction debt"] == ["Aurelio Bassi"]
    assert talks["Indexes that forget"] == ["Yusuf Demir"]


CARDS = """<p class="banner">Wednesday, 9 April 2031 &middot; Room 3, Old Mill, Bradford</p>

<div class="slot"><div class="at">10:00 – 10:30</div><div class="card">
<h4>Keynote 1 — "Bridges that listen"</h4>
<p><strong>Speaker:</strong> Margit Halvorsen - Norwegian University of Science</p></div></div>
<div class="slot"><div class="at">10:30 – 11:00</div><div class="card">
<h4>Keynote 2 — "Concrete that heals itself"</h4>
<p><strong>Speaker:</strong> Kwame Asante - Institute of Materials Accra</p></div></div>
<div class="slot"><div class="at">11:00 – 11:30</div><div class="card">
<h4>Coffee</h4></div></div>
"""


def test_cards_read_the_quoted_title_the_speaker_before_a_dash_and_the_banner_day() -> None:
    programme = parse_programme(CARDS.encode(), "schedule.md")
    talks = {t.title: t for t in programme.talks}
    bridges = talks["Bridges that listen"]
    assert [s.name for s in bridges.speakers] == ["Margit Halvorsen"]
    assert bridges.speakers[0].affiliations == ["Norwegian University of Science"]
    assert bridges.kind == "keynote"
    assert bridges.start == datetime(2031, 4, 9, 10, 0)


ITALIC_NAMES = """# Journal club

<table>
<tr><th>Date</th><th>Paper</th></tr>
<tr><td>4 February 2031</td><td>Sparse attention for long scores <em>Ottilie Brandt</em></td></tr>
<tr><td>11 February 2031</td><td>Counting birds by their song <em>Rafael Quiroga</em></td></tr>
<tr><td>18 February 2031</td><td>No meeting (holiday)</td></tr>
<tr><td>25 February 2031</td><td>Faster sampling, fewer steps <em>Leontine Maas</em></td></tr>
</table>
"""


def test_a_title_then_an_italic_name_in_a_cell_is_the_title_and_its_speaker() -> None:
    talks = _talks(ITALIC_NAMES)
    assert talks["Sparse attention for long scores"] == ["Ottilie Brandt"]
    assert talks["Faster sampling, fewer steps"] == ["Leontine Maas"]


def test_emphasis_alone_never_makes_a_person() -> None:
    # a session's bold name and its chair: no speaker
    assert emphasis_split([("Session 3: Tools", True), ("chair: Ana Ruiz", False)]) is None
    # a kind before its speaker is no title
    assert emphasis_split([("Invited talk", True), (": Ana Ruiz (Lab)", False)]) is None
    # a bold word inside a sentence names no one
    assert emphasis_split([("Note", True), (": the room changed to B", False)]) is None
    assert emphasis_split([("Graphs", True), (" for everyone", False)]) is None


def test_a_name_before_a_dash_keeps_where_they_work_apart() -> None:
    (person,) = people_in("Ana Ruiz - Example University")
    assert (person.name, person.affiliations) == ("Ana Ruiz", ["Example University"])
    assert people_in("Keynote - Ana Ruiz") == []  # a kind before the dash: no one's place
    assert people_in("Deep Learning - A Primer") == []
