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


_DECK = """
Glacier Data Afternoon
=====================================
date: 12.10.2019
author: Mira Oksanen, mira.oksanen@example.org
transition: fade

Agenda
=====================================

```
13:00 Welcome
```

- 13:10 Drilling ice cores by hand. *Tuomas Lehto*
- 13:30 Radar soundings from a small plane. *Kaisa Virtanen*
- 13:50 Melt models on a laptop. *Mira Oksanen*

```
14:10 Coffee
```

- 14:30 Sharing sensor logs openly. *Elias Nyberg*

Why ice cores
=====================================
## Layers as a calendar
- each winter leaves a dust band
- counting bands dates the core

## What we measure
- trapped air bubbles
- isotope ratios of the ice

Radar basics
=====================================
## Pulses and echoes
- the bed reflects strongly
- internal layers reflect weakly

## Flying low
- a small plane is cheap to run
- weather decides every flight

Models
=====================================
## Degree days
A simple sum of warm days predicts most of the summer melt.

## Energy balance
The full model needs radiation, wind and humidity at the surface.

## Calibration
Stake readings from the field season tune both models every autumn.

Open data
=====================================
## Formats
Plain text tables outlive every binary format we tried.

## Licences
A permissive licence lets other groups reuse the logs quickly.
"""


def test_a_slide_decks_agenda_slide_gives_the_days_talks() -> None:
    """A deck of slides is one talk's notes by its shape, yet its agenda slide of rows
    each with a time and a speaker is the event's timetable: its talks are read, on the
    deck's own date, and every slide stays in a note."""
    from confnotes.importers.registry import parse_programme

    programme = parse_programme(_DECK.encode(), "glacier.md")
    timed = {t.title.rstrip("."): t for t in programme.talks if t.start and t.speakers}
    assert set(timed) == {
        "Drilling ice cores by hand",
        "Radar soundings from a small plane",
        "Melt models on a laptop",
        "Sharing sensor logs openly",
    }
    assert timed["Melt models on a laptop"].start == datetime(2019, 10, 12, 13, 50)
    assert [s.name for s in timed["Sharing sensor logs openly"].speakers] == ["Elias Nyberg"]
    bodies = "\n".join(t.body for t in programme.talks)
    assert "weather decides every flight" in bodies


_CARDS = """<h2>Keynotes</h2>
<div class="card">
  <h3>🧭 <a href="https://example.org/ana">Ana Ruiz | Harbour Labs</a></h3>
  <p class="topic">🎙️ Maps that draw themselves from ship logs</p>
  <blockquote class="about">Ana leads the open charts team and sails every weekend.</blockquote>
</div>
<div class="card">
  <h3>🧭 <a href="https://example.org/tomas">Tomas Berg | Nordic Grid Ltd</a></h3>
  <p class="topic">🎙️ Keeping the lights on with forecasts</p>
  <blockquote class="about">Tomas plans power lines and writes about weather data.</blockquote>
</div>
<div class="card">
  <h3>🧭 <a href="https://example.org/lea">Lea Hofmann | Tramways Inc.</a></h3>
  <p class="topic">🎙️ Timetables people can trust</p>
  <blockquote class="about">Lea runs the data desk of a tram company.</blockquote>
</div>
"""


def test_a_cards_icons_leading_its_fields_are_no_words_of_name_or_title() -> None:
    """``🧭 Name | Org`` over ``🎙️ Title``: each card's icons mark its fields for the
    eye; without them the fields are a speaker with an organisation and a title."""
    programme = pagerecords.read(_CARDS, "cards.html")
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert set(talks) == {
        "Maps that draw themselves from ship logs",
        "Keeping the lights on with forecasts",
        "Timetables people can trust",
    }
    tomas = talks["Keeping the lights on with forecasts"].speakers
    assert [(p.name, p.affiliations) for p in tomas] == [("Tomas Berg", ["Nordic Grid Ltd"])]
