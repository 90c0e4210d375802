"""Time-led blocks whose lines end in an HTML line break (``<br/>``): the item's title
line, its speaker's line and the abstract under it are one talk, and every line stays in
that talk's note; a time in bold before the line's colon (``**09:00 - 09:30**: Title``)."""

from __future__ import annotations

from confnotes.importers.entries import leading_clock
from confnotes.importers.registry import parse_programme

_ENGLISH = """\
---
title: Harbour Systems Meeting 2024
---

# Harbour Systems Meeting 2024

The meeting gathers people who build and run harbour software.
Everyone is welcome to speak about unfinished work.

## Programme

### May 6
* 09:00 - 09:10 **Welcome** (10 min) <br/>
  Ana Ruiz @ Tidewater Institute

* 09:10 - 09:50 **Scheduling cranes with constraint solvers** (30 + 10 min)<br/>
   Ana Ruiz @ Tidewater Institute <br/>
   We model crane moves as a constraint problem.
   The solver finds a plan for a full day in seconds.

* 09:50 - 10:30 **Counting containers from the air** (30 + 10 min)<br/>
   Bo Lindqvist @ Northern Port Authority<br/>
   Drones fly over the yard every morning.
   Their pictures give the count of boxes per row.

### May 7
* 10:00 - 10:40 **Berth planning under tides** (30 + 10 min)<br/>
   Chiara Bellini @ Università di Genova<br/>
   Tides change which berths a ship can use.
"""

_GERMAN = """\
## Vorträge am 14.03.2025

- 14:00 – 14:45 **Verteilte Protokolle für Messbojen**<br>
  Jonas Weber, Hochschule Kiel<br>
  Wir zeigen, wie Bojen ihre Daten ohne Mast weitergeben.

- 14:45 – 15:30 **Energiesparende Funkmodule im Watt**<br>
  Greta Sommer, Küstenlabor Husum<br>
  Ein Bericht über zwei Jahre Messungen im Wattenmeer.
"""

_NO_SPEAKERS = """\
### 2 June 2025
* 11:00 - 11:30 **Open discussion** <br/>
  bring your questions about the new release <br/>
  we will collect them on the board.

* 11:30 - 12:00 **Wrap-up** <br/>
  see you next year
"""


def _talks(text: str, name: str) -> dict[str, object]:
    p = parse_programme(text.encode(), name)
    return {t.title: t for t in p.talks}


def test_br_items_keep_their_abstracts_in_english() -> None:
    talks = _talks(_ENGLISH, "harbour.md")
    cranes = talks["Scheduling cranes with constraint solvers"]
    assert [s.name for s in cranes.speakers] == ["Ana Ruiz"]  # type: ignore[attr-defined]
    assert str(cranes.start) == "2024-05-06 09:10:00"  # type: ignore[attr-defined]
    assert "constraint problem" in cranes.body  # type: ignore[attr-defined]
    tides = talks["Berth planning under tides"]
    assert [s.name for s in tides.speakers] == ["Chiara Bellini"]  # type: ignore[attr-defined]
    assert str(tides.start) == "2024-05-07 10:00:00"  # type: ignore[attr-defined]
    assert "which berths" in tides.body  # type: ignore[attr-defined]


def test_br_items_in_german_are_a_timetable_not_one_note() -> None:
    talks = _talks(_GERMAN, "vortraege.md")
    bojen = talks["Verteilte Protokolle für Messbojen"]
    assert [s.name for s in bojen.speakers] == ["Jonas Weber"]  # type: ignore[attr-defined]
    assert str(bojen.start) == "2025-03-14 14:00:00"  # type: ignore[attr-defined]
    assert "ohne Mast" in bojen.body  # type: ignore[attr-defined]
    funk = talks["Energiesparende Funkmodule im Watt"]
    assert [s.name for s in funk.speakers] == ["Greta Sommer"]  # type: ignore[attr-defined]
    assert "Wattenmeer" in funk.body  # type: ignore[attr-defined]


def test_br_lines_that_name_no_one_invent_no_one() -> None:
    p = parse_programme(_NO_SPEAKERS.encode(), "wrap.md")
    assert sorted(t.title for t in p.talks) == ["Open discussion", "Wrap-up"]
    assert all(not t.speakers for t in p.talks)
    talks = {t.title: t for t in p.talks}
    assert "on the board" in talks["Open discussion"].body
    assert "next year" in talks["Wrap-up"].body


def test_a_bold_time_before_the_lines_colon() -> None:
    start, end, rest, _ampm = leading_clock("**09:00 - 09:30**: Welcome by the hosts")
    assert (str(start), str(end), rest) == ("09:00:00", "09:30:00", "Welcome by the hosts")
    start, end, rest, _ampm = leading_clock("__14h00 - 15h30__ : Séance d'affiches")
    assert (str(start), str(end)) == ("14:00:00", "15:30:00")
    assert rest.strip() == "Séance d'affiches"
    # a bullet before a bold time is still a bullet
    assert leading_clock("* 10:15 **Tea**")[0] is not None
    # bold words that are no time: no row
    assert leading_clock("**Note**: 09:00 doors open")[0] is None


def test_bold_time_colon_lines_read_as_titles() -> None:
    text = (
        "## Day 1\n\n*Monday 6 May 2024*\n\n"
        "**09:00 - 09:30**: Welcome<br>\n"
        "**09:30 - 10:30**: Opening lecture on tides<br>\n"
        "**10:30 - 11:00**: Coffee<br>\n"
    )
    titles = sorted(t.title for t in parse_programme(text.encode(), "day1.md").talks)
    assert all("*" not in t and not t.startswith(":") for t in titles)
    assert "Opening lecture on tides" in titles
