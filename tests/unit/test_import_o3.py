"""Conventions of real programmes the importer had read badly (session 64, helper o3)."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import pagerecords

_GRID = """<h2>Open Source Saturday</h2>
<table>
<tr><th>Who:</th><td>Anyone curious about free software, newcomers welcome</td></tr>
<tr><th>When:</th><td>14 May 2011, 9:00 to 17:00</td></tr>
<tr><th>Where:</th><td>Town library, first floor (entrance from the park)</td></tr>
</table>
<table>
<tr><th>Time</th><th colspan="2">Talks</th></tr>
<tr><td>09:00</td><td colspan="2">Doors open and coffee</td></tr>
<tr><th></th><th>Hall 1</th><th>Hall 2</th></tr>
<tr><td>09:30</td><td><b>Packaging for beginners</b>, <i>Nora Lindqvist</i></td>
<td><b>Tuning a mail server</b>, <i>Piet van Dalen</i></td></tr>
<tr><td>11:00</td><td><b>Scripting the desktop</b>, <i>Ines Albrecht</i></td>
<td><b>Firewalls made plain</b>, <i>Tomas Berg</i></td></tr>
<tr><td>14:00</td><td><b>Office suites compared</b>, <i>Nora Lindqvist</i></td>
<td><b>Backups that work</b>, <i>Piet van Dalen</i></td></tr>
<tr><td>15:00</td><td><b>Graphics without pain</b>, <i>Ines Albrecht</i></td>
<td><b>Kernel modules explained</b>, <i>Tomas Berg</i></td></tr>
<tr><td>16:00</td><td><b>Sound on the desktop</b>, <i>Lea Hofmann</i></td>
<td><b>Thin clients at school</b>, <i>Jan Brouwer</i></td></tr>
</table>
"""


def test_a_grid_row_time_cell_times_every_track_cell_after_it() -> None:
    """A grid's time cell is a ``<td>`` like its talk cells: it times the row's talks."""
    programme = pagerecords.read(_GRID, "grid.html")
    assert programme is not None
    clocks = {t.title: t.clock for t in programme.talks if t.speakers}
    assert {title: c.strftime("%H:%M") for title, c in clocks.items() if c} == {
        "Packaging for beginners": "09:30",
        "Tuning a mail server": "09:30",
        "Scripting the desktop": "11:00",
        "Firewalls made plain": "11:00",
        "Office suites compared": "14:00",
        "Backups that work": "14:00",
        "Graphics without pain": "15:00",
        "Kernel modules explained": "15:00",
        "Sound on the desktop": "16:00",
        "Thin clients at school": "16:00",
    }
    firewalls = next(t for t in programme.talks if t.title == "Firewalls made plain")
    assert firewalls.start == datetime(2011, 5, 14, 11, 0)
