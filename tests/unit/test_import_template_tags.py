"""Template tags of a site's page (issue 33): ``{% include … %}`` written over several
lines is one record, and a tag naming a person and what they speak on is a talk, while
one naming a person and their job stays a person."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

PAGE = """---
title: Tide Data Workshop
layout: single
---

Venue: Harbour Hall, room 3

### Invited talks

{% include speaker.html
   name="Ingrid Vaage"
   photo="/img/ingrid.jpg"
   title="Reading a century of tide gauges"
%}

{% include speaker.html
   name="Tomás Ferreira"
   photo="/img/tomas.jpg"
   title="Sea level from satellites, and what it misses"
%}

### Organisers

{% include person.html name="Lena Brandt" title="Associate Professor" %}
"""


def test_include_tags_over_several_lines_naming_a_person_and_a_title_are_talks() -> None:
    programme = parse_programme(PAGE.encode(), "tide-workshop.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks if t.speakers}
    assert talks == {
        "Reading a century of tide gauges": ["Ingrid Vaage"],
        "Sea level from satellites, and what it misses": ["Tomás Ferreira"],
    }
    # a job in the title field: the organiser is a person, no talk of hers
    assert "Associate Professor" not in [t.title for t in programme.talks]
    assert "Lena Brandt" in [r.person.name for r in programme.roles]
