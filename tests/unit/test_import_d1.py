"""Mends of stop 63's HTML grid readings (issue 33), in fixtures of our own words: a
rooms × times grid whose spanning cell holds an ``<h2>`` stays a grid, a talk's Q&A under
a rule is no talk of its own, and a session given twice in one cell stays two talks."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

_HEADED_GRID = """<html><head><title>Tidewater Days</title></head><body>
<h1>Tidewater Days — 4 May 2025</h1>
<table>
<tr><th>Time</th><th>North room</th><th>South room</th></tr>
<tr><td>09:30</td><td colspan="2"><h2>Welcome address</h2><p>Ingrid Solvang</p></td></tr>
<tr><td>10:30</td><td><h3>Salt marsh sensors</h3><p>Tomas Vidal</p></td>
<td><h3>Mapping eelgrass</h3><p>Leila Haddad</p></td></tr>
<tr><td>11:30</td><td><h3>Tide gauges on a budget</h3><p>Oskar Brandt</p></td>
<td><h3>Oyster reef surveys</h3><p>Mei Tanaka</p></td></tr>
<tr><td>12:30</td><td colspan="2"><h2>Lunch</h2></td></tr>
</table></body></html>
"""


def _talks(text: str, source: str = "page.html") -> dict[str, object]:
    return {t.title: t for t in parse_programme(text.encode(), source).talks}


def test_a_grid_with_a_heading_in_a_spanning_cell_keeps_its_talks_and_rooms() -> None:
    talks = _talks(_HEADED_GRID)
    for title, room in (
        ("Salt marsh sensors", "North room"),
        ("Mapping eelgrass", "South room"),
        ("Tide gauges on a budget", "North room"),
        ("Oyster reef surveys", "South room"),
    ):
        assert title in talks, title
        assert talks[title].room == room, title  # type: ignore[attr-defined]
    assert [p.name for p in talks["Mapping eelgrass"].speakers] == ["Leila Haddad"]  # type: ignore[attr-defined]


_CLOCK_COLUMN_GRID = """<html><body><h1>Harbour Forum — 9 May 2025</h1>
<table>
<tr><td>09:00</td><td colspan="2"><h2>Opening words</h2><p>Ruth Okeke</p></td></tr>
<tr><td>10:00</td><td><h3>Ferry timetables</h3><p>Pavel Novak</p></td>
<td><h3>Quay lighting</h3><p>Sara Lindqvist</p></td></tr>
<tr><td>11:00</td><td><h3>Dredging costs</h3><p>Amir Farouk</p></td>
<td><h3>Cargo by bicycle</h3><p>Hana Kowalska</p></td></tr>
</table></body></html>
"""


def test_a_first_column_of_clock_times_keeps_a_table_a_grid() -> None:
    talks = _talks(_CLOCK_COLUMN_GRID)
    assert "Quay lighting" in talks
    assert "Cargo by bicycle" in talks
    assert [p.name for p in talks["Cargo by bicycle"].speakers] == ["Hana Kowalska"]  # type: ignore[attr-defined]


_RULED_QA = """<html><body>
<h1>Build Week — 12 June 2025</h1>
<div class="container">
 <div class="row">
  <div class="col-md-2">Time</div>
  <div class="col-md-5">Hall 1</div>
  <div class="col-md-5">Hall 2</div>
 </div>
 <div class="row">
  <div class="col-md-2">09:00</div>
  <div class="col-md-10">Opening: Ten years of builds — Lina Park</div>
 </div>
 <div class="row">
  <div class="col-md-2">10:00</div>
  <div class="col-md-5">Reproducible images — Omar Said<hr>Open questions from the floor</div>
  <div class="col-md-5">Cache warming — Julia Berg</div>
 </div>
 <div class="row">
  <div class="col-md-2">11:00</div>
  <div class="col-md-5">Flaky tests — Nils Ek</div>
  <div class="col-md-5">Release trains — Ada Moss</div>
 </div>
</div>
</body></html>
"""


def test_a_ruled_part_naming_no_one_is_the_talk_above_s_own_words() -> None:
    talks = _talks(_RULED_QA)
    assert "Open questions from the floor" not in talks
    assert [p.name for p in talks["Reproducible images"].speakers] == ["Omar Said"]  # type: ignore[attr-defined]
    assert "Cache warming" in talks


_REPEATED_SESSION = """<html><body><h1>Workshop day — 8 June 2025</h1>
<table><tr><th>Time</th><th>Lab</th></tr>
<tr><td>09:00-10:30</td><td>Soldering basics — Greta Holm<br>
Soldering basics — Yusuf Demir (second run, 15:00)</td></tr>
<tr><td>10:30-11:00</td><td>Coffee</td></tr>
</table></body></html>
"""


def test_a_title_twice_with_its_own_time_is_two_sessions() -> None:
    programme = parse_programme(_REPEATED_SESSION.encode(), "page.html")
    given = [[p.name for p in t.speakers] for t in programme.talks if t.title == "Soldering basics"]
    assert sorted(given) == [["Greta Holm"], ["Yusuf Demir"]]
