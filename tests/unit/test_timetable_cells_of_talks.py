"""A grid cell holding several talks, each a bold title over its speaker's line (a
``<br>`` apart), gives a talk per title, none taken for a track's name; and a speaker
alone on a cell's line keeps that role when the row's next cell holds another talk's
title (the person test reads a table row cell by cell)."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

GRID = """<html><body>
<h1>Harbour Systems Day 2031</h1>
<p>Thursday 6 March 2031</p>
<table>
<tr><th>Time</th><th>Hall A</th><th>Hall B</th></tr>
<tr><td>09:00</td>
<td colspan="2">Opening keynote: <b>Tides of latency</b> – Mirela Kostova</td></tr>
<tr><td>10:00</td>
<td><p><b>Queues that forgive</b> – Tomás Iriarte</p>
<p><b>Backpressure for humans</b> – Ines Valdma</p></td>
<td><b>Schema drift in the wild</b> – Okonkwo Adaeze</td></tr>
<tr><td>11:00</td>
<td><b>Observability on a budget</b><br>Petra Lindholm</td><td><b>Rust in the control plane</b>
<br>Hamid Sadeghi<br><b>Lightning: cache stampedes</b><br>Yuki Morimoto</td></tr>
<tr><td>12:00</td><td colspan="2">Lunch</td></tr>
</table>
</body></html>
"""


def _talks() -> dict[str, tuple[str, list[str]]]:
    programme = parse_programme(GRID.encode(), "grid.html")
    return {
        t.title: (t.start.strftime("%H:%M") if t.start else "", [p.name for p in t.speakers])
        for t in programme.talks
    }


def test_a_cell_of_two_titled_talks_gives_both() -> None:
    talks = _talks()
    assert talks["Rust in the control plane"] == ("11:00", ["Hamid Sadeghi"])
    assert talks["Lightning: cache stampedes"] == ("11:00", ["Yuki Morimoto"])


def test_a_speaker_on_a_line_of_their_own_beside_another_cell_is_kept() -> None:
    assert _talks()["Observability on a budget"] == ("11:00", ["Petra Lindholm"])
