"""Talks a meetup page starts with bold lines (issue 33): the bold title may be wrapped
over two lines of the source, and the section holding the talks may sit under the
event's own heading, its date and venue above it."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

PAGE = """# 7th Harbour Robotics Evening

* When: 2024-03-14
* Where: Old Customs House

## Programme

Two talks this time, then drinks.

**Talk 1:
Soft grippers for fragile cargo**
by Marit Solberg (Fjord Labs), Tomasz Wrona (Baltic Automation)
[[Slides](./slides/grippers.pdf)]

Why the cargo of small harbours breaks, and how a soft hand helps.

**Talk 2:
Charting currents with cheap buoys**
by Aiyana Redcloud (Coastal Data Collective)

A year of readings from twelve buoys and what they got wrong.
"""


def test_wrapped_bold_titles_in_a_section_start_talks_with_their_by_lines() -> None:
    programme = parse_programme(PAGE.encode(), "robotics-evening.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}
    assert talks == {
        "Soft grippers for fragile cargo": ["Marit Solberg", "Tomasz Wrona"],
        "Charting currents with cheap buoys": ["Aiyana Redcloud"],
    }
    assert programme.name == "7th Harbour Robotics Evening"
    # the date above the part holding the talks is their day
    assert {str(t.day) for t in programme.talks if t.kind != "other"} == {"2024-03-14"}


def test_every_line_of_the_page_stays_in_a_note() -> None:
    programme = parse_programme(PAGE.encode(), "robotics-evening.md")
    bodies = "\n".join(t.body for t in programme.talks)
    for line in ("Two talks this time", "soft hand helps", "what they got wrong", "When:"):
        assert line in bodies
