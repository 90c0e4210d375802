"""The ranking of readings where the detected format's markers overturned what the
document's lines show, and where a sentence's noun passed for a talk's title. Fixtures
are written for the test."""

from __future__ import annotations

from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.readings import INCUMBENT, Reading, _read_better
from confnotes.importers.registry import parse_programme, text_readings

SEMINAR = """---
title: "Seminar on Soil Microbes and Crop Rotation — 3 juni 2026, Wageningen"
date: 2026-05-02
description: "Een middag over bodemleven en vruchtwisseling met sprekers uit Utrecht."
---

Op **3 juni 2026** houdt de Stichting Akkerkennis een seminar over bodemleven. We zitten \
in zaal B2 van het Forumgebouw, van 13:00 tot 17:00.

Aanmelden kan via het [formulier](https://example.org/aanmelden).

## Programma

**3 June 2026, 13:00–17:00**

| Spreker | Onderwerp |
|---------|-----------|
| — | Doors open, tea |
| Femke Brouwer | Opening words |
| Ruben Achterberg | Fungal Networks Under Winter Wheat |
| Lotte Vandamme | Nitrogen Fixers After a Clover Year |
| — | Tea break |
| Pieter Kuijpers | Keynote |
| Ingrid Hovenkamp | Measuring Earthworm Density with Ground Radar |
| Anouk Sterkenburg | Selling Soil Carbon Credits |
| Marit Oosterhuis | Cover Crops on Sandy Soil |
| Joost Verbeek | Closing remarks |

## Samenvattingen

### Fungal Networks Under Winter Wheat
*Ruben Achterberg, Utrecht University*

We followed the hyphae of three fungal species through a season of wheat and found that \
the networks survive ploughing better than expected, though they thin out near the headland.

### Nitrogen Fixers After a Clover Year
*Lotte Vandamme, Ghent University*

A clover year leaves a legacy in the soil. We counted root nodules and sampled bacteria \
in the following two crops and report how long the benefit lasts.

### Measuring Earthworm Density with Ground Radar
*Ingrid Hovenkamp, Wageningen Research*

Digging soil pits is slow. This talk shows a radar survey calibrated against hand \
counts, and where it fails on heavy clay after rain.
"""


def test_a_table_of_every_talk_beats_the_headings_of_some_abstracts() -> None:
    """The outline's reading (a talk per abstract's heading) carries the format's
    markers; the page's records read every row of the table, explain more of the lines
    and keep more of them: the markers do not overturn that."""
    readings = text_readings(SEMINAR.encode(), "seminar.md")
    assert readings[0].shape == "records"
    sections = next(r for r in readings if r.shape == "sections")
    assert not sections.incumbent
    assert "another reading explains and keeps more of it" in sections.evidence
    talks = parse_programme(SEMINAR.encode(), "seminar.md").talks
    by_title = {t.title: [p.name for p in t.speakers] for t in talks}
    assert by_title["Keynote"] == ["Pieter Kuijpers"]
    assert by_title["Cover Crops on Sandy Soil"] == ["Marit Oosterhuis"]


def _schedule_reading(shape: str, score: float, explained: float, kept: float) -> Reading:
    programme = Programme(name="Loamconf", format="markdown")
    for title, name in [("Worm Castings", "Saskia Dijkhuis"), ("Mulch Trials", "Tobias Renard")]:
        programme.talks.append(ProgrammeTalk(title=title, speakers=[ProgrammePerson(name)]))
    return Reading(
        shape, programme, score=score, explained=explained, kept=kept, held=kept, sound=1.0
    )


def test_two_readings_of_the_same_talks_and_people_keep_the_formats_tie_break() -> None:
    """A page's schedule read by the format's reader and by the timetable reader: the
    same talks, the same people; the one that explains a few more lines finds nobody
    the other missed, and the format's markers still decide."""
    page = _schedule_reading("page", 0.36 + INCUMBENT, 0.34, 0.34)
    page.incumbent = True
    rows = _schedule_reading("timetable", 0.41, 0.37, 0.47)
    assert not _read_better(page, [page, rows])
    rows.programme.talks[1].speakers.append(ProgrammePerson("Ilse Vermeulen"))
    assert _read_better(page, [page, rows])


def test_names_in_sentences_do_not_overturn_the_formats_reading() -> None:
    """A write-up's prose reading naming one more "person" (a place linked in a sentence,
    ``the [Old Harbour Hall](…)``) does not take the markers from its headings' reading."""
    page = _schedule_reading("sections", 0.36 + INCUMBENT, 0.34, 0.34)
    page.incumbent = True
    prose = _schedule_reading("prose", 0.41, 0.37, 0.47)
    prose.programme.talks[1].speakers.append(ProgrammePerson("Old Harbour Hall"))
    assert not _read_better(page, [page, prose])
