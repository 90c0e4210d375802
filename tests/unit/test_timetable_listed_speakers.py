"""A generated day grid (a conference system's page per day): each talk a cell spanning
rows, its title paragraph over a subtitle and a ``<ul>`` of its speakers, then labelled
lines (``Type: Workshop``); a menu of every day before the heading naming the page's
weekday (real page: a Pentabarf day grid had kept one speaker of two, read a name-shaped
title as its speaker, and put every talk on the menu's last day)."""

from __future__ import annotations

from confnotes.importers import doctree, timetable


def _cell(title: str, people: list[str], kind: str, subtitle: str = "") -> str:
    items = "".join(f'<li><a href="p/{n}.html">{name}</a></li>' for n, name in enumerate(people))
    return (
        f'<td rowspan="2" class="event"><p class="title"><a href="e.html">{title}</a></p>'
        f'<p class="subtitle"><a href="e.html">{subtitle}</a></p>'
        f'<ul class="speakers">{items}</ul>'
        f'<div class="info"><div>Language: <span>English</span></div>'
        f"<div>Kind of event: <span>{kind}</span></div></div></td>"
    )


PAGE = f"""<!DOCTYPE html>
<html><head><title>Brine 2040: Day Thursday</title></head><body>
<ul class="menu">
<li><a href="d1.html">Tuesday - 2040-03-06</a></li>
<li><a href="d2.html">Wednesday - 2040-03-07</a></li>
<li><a href="d3.html">Thursday - 2040-03-08</a></li>
<li><a href="d4.html">Friday - 2040-03-09</a></li>
</ul>
<h1>Day Thursday</h1>
<table>
<thead><tr><th></th><th>Hall North</th><th>Hall South</th></tr></thead>
<tbody>
<tr><td class="time">14:00</td>
{_cell("Salt Marsh", ["Odile Parmentier"], "Talk", "Counting birds from the dyke")}
{_cell("Build a wave tank", ["Kasper Nyholm", "Rosa Ubeda"], "Workshop")}</tr>
<tr><td class="time">14:30</td></tr>
<tr><td class="time">15:00</td>
<td rowspan="2"><p>Poster corner</p><ul><li>Old maps of the estuary</li>
<li>Reed beds and their birds</li></ul></td><td></td></tr>
<tr><td class="time">15:30</td><td></td></tr>
</tbody></table></body></html>
"""


def _talks():
    programme = timetable.read(doctree.parse(PAGE), "day.html", "html").programme
    return {t.title: t for t in programme.talks}


def test_every_listed_speaker_is_read_and_the_title_stays_a_title() -> None:
    talks = _talks()
    assert [p.name for p in talks["Build a wave tank"].speakers] == ["Kasper Nyholm", "Rosa Ubeda"]
    # a name-shaped title over its speakers' list is the title, never a person
    assert [p.name for p in talks["Salt Marsh"].speakers] == ["Odile Parmentier"]


def test_a_labelled_kind_tags_the_talk() -> None:
    talks = _talks()
    assert "workshop" in talks["Build a wave tank"].tags
    assert "workshop" not in talks["Salt Marsh"].tags


def test_a_list_of_titles_names_no_one() -> None:
    people = {p.name for t in _talks().values() for p in t.speakers}
    assert people == {"Odile Parmentier", "Kasper Nyholm", "Rosa Ubeda"}


def test_the_heading_weekday_picks_its_day_among_the_menus() -> None:
    talks = _talks()
    assert str(talks["Salt Marsh"].start) == "2040-03-08 14:00:00"


NESTED = """### Day 1: 02/06/2033

- 9h -- 10h30: **Sensors**
    - *Ada Brennan, Olu Mensah*, **Counting bees with sound**
    - *Ruth Kallio*. **Soil moisture at scale**
- 11h -- 12h: Energy
  - *Ivo Marek*, **Solar sheds**
  - *Peres, Dana Holm, Erik*, **Wind at the pier**
"""


def _nested():
    return timetable.read(doctree.parse(NESTED), "day.md", "markdown").programme


def test_nested_items_of_stressed_authors_and_titles_are_the_sessions_talks() -> None:
    programme = _nested()
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks["Counting bees with sound"] == ["Ada Brennan", "Olu Mensah"]
    assert talks["Soil moisture at scale"] == ["Ruth Kallio"]
    assert talks["Solar sheds"] == ["Ivo Marek"]
    # the session's line is its name, never a talk by "Sensors"
    assert "Sensors" not in talks and "Talk by Sensors" not in talks
    assert {s.title for s in programme.sessions} >= {"Sensors", "Energy"}


def test_names_written_family_comma_given_name_no_one() -> None:
    talks = {t.title: t for t in _nested().talks}
    assert talks["Wind at the pier"].speakers == []
