"""A page of speakers' cards (issue 33): each heading is a person (a first name alone
too), and label headings under it (``### Talk Title``) hold their talk's title on the
line below; no page heading needs to say "speakers"."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

PAGE = """## Odile Marchetti
### Talk Title
Mapping eelgrass from a kayak
### Description
How a paddle and a phone camera made a survey.
### Bio
Odile counts seagrass for a living.

## Ravi
### Talk
Tidal turbines and the fish that pass them
### Bio
Ravi builds sensors.

## Henrike Olsen
### Talk Title
Salt marsh carbon, measured
### Description
Cores, scales and patience.

## 12:05-12:15 break
"""


def test_name_headings_over_talk_title_labels_are_talks_by_those_people() -> None:
    programme = parse_programme(PAGE.encode(), "lightning-speakers.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks if t.speakers}
    assert talks == {
        "Mapping eelgrass from a kayak": ["Odile Marchetti"],
        "Tidal turbines and the fish that pass them": ["Ravi"],
        "Salt marsh carbon, measured": ["Henrike Olsen"],
    }
