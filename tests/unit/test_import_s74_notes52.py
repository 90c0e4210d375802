"""A person's notes of a whole conference written in one file, one top heading per talk
(readings.one_talk_unless_proven, talk_levels.titles_over_parts): several level-1
headings with no title over them, each over its own notes and some over parts of their
own, are the talks; a file named for an event and its year is notes of that event. One
talk's notes (a speaker line above its parts, parts named "Overview" or "Questions", a
file named by its title) stay one talk. A line break tag written for a blank line over a
heading (doctree._closing_tag_lines) does not hide the heading."""

from __future__ import annotations

from confnotes.importers import doctree
from tests.unit.importing import read, speakers_by_title

HARBOUR_DAY = """[rate the talks](https://example.org/event/harbour-dev-days)

# Tides of Legacy Code

- rewrite nothing on a Friday
    - keep the old path running beside the new one

## Strangler pattern
    -route one screen at a time

## Feature flags
    -off by default

# Keyboard Shortcuts for Everyone

Most editors hide the best ones.

# Gardening with Sensors

## Soil
- moisture every ten minutes

## Light
- cheap lux meters drift

### Calibration
- compare against a phone app

# Kindness in Code Review

- ask, do not tell
- praise the tests
"""


def _talks(programme):  # type: ignore[no-untyped-def]
    return [t.title for t in programme.talks if t.kind != "other"]


def test_top_headings_each_over_their_own_notes_are_talks() -> None:
    programme = read(HARBOUR_DAY, "notes.md")
    assert _talks(programme) == [
        "Tides of Legacy Code",
        "Keyboard Shortcuts for Everyone",
        "Gardening with Sensors",
        "Kindness in Code Review",
    ]
    bodies = {t.title: t.body for t in programme.talks}
    # the sub-headings stay parts of their talk's note, never talks of their own
    assert "Strangler pattern" in bodies["Tides of Legacy Code"]
    assert "Calibration" in bodies["Gardening with Sensors"]
    assert not [p for t in programme.talks for p in t.speakers]


TAGUNG = """Formulare, die jeder ausfüllen kann
===================================

Viele Felder haben kein Label.

Prüfwerkzeuge
-------------

* axe im Browser

Kaffee und Caching
==================

Der Cache vergisst alles um Mitternacht.

Messungen
---------

* zwei Sekunden weniger

Rückblick auf zehn Jahre Open Data
==================================

* die Portale sind leer geblieben
"""


def test_setext_titles_in_german_notes_are_talks_too() -> None:
    programme = read(TAGUNG, "mitschrift.md")
    assert _talks(programme) == [
        "Formulare, die jeder ausfüllen kann",
        "Kaffee und Caching",
        "Rückblick auf zehn Jahre Open Data",
    ]


def test_a_speaker_line_above_the_parts_keeps_one_talk() -> None:
    # the opening names who gave it: the headings under it are that talk's parts
    text = "Speakers: Ilse Marchetti (Tide Labs), Kofi Baptiste\n\n" + HARBOUR_DAY.split("\n", 2)[2]
    programme = read(text, "Tides of Legacy Code.md")
    assert len(_talks(programme)) == 1
    assert {p.name for t in programme.talks for p in t.speakers} >= {"Ilse Marchetti"}


def test_parts_named_overview_or_questions_keep_one_talk() -> None:
    text = (
        "# Overview\n\n- the bus factor of one library\n\n"
        "# Maintainers\n\n## Funding\n- one grant, two years\n\n## Burnout\n- say no early\n\n"
        "# Questions\n\n## From the room\n- who pays for the CI?\n"
    )
    programme = read(text, "Who maintains the maintainers.md")
    assert _talks(programme) == ["Who maintains the maintainers"]


def test_two_top_headings_alone_prove_nothing() -> None:
    text = (
        "# Pocket radios\n\n## Crystal sets\n- no battery\n\n"
        "# Bees and maths\n\n## Hexagons\n- wax\n"
    )
    programme = read(text, "radio-evening.md")
    assert len(_talks(programme)) == 1


def test_a_file_named_for_an_event_and_its_year_holds_several_talks() -> None:
    text = (
        "Pocket radios\n-------------\n\n* crystal sets\n\n"
        "Bees and maths\n--------------\n\n* hexagons\n"
    )
    assert _talks(read(text, "makerfest2024.md")) == ["Pocket radios", "Bees and maths"]
    assert _talks(read(text, "journées-php-2023.md")) == ["Pocket radios", "Bees and maths"]
    # a file named by its title, or by a day, keeps the rule it had
    assert len(_talks(read(text, "radio-evening.md"))) == 1


POLSKI_WPIS = """Dwa dni prelekcji, trzy ścieżki, kawa bez limitu.

<br/>
## Dzień pierwszy
### Prosty kod na co dzień - Marta Kowalczyk
Dużo przykładów z życia.

### Testy, które nie kłamią - Piotr Zieliński
Krótko i konkretnie.

<BR>
## Dzień drugi
### Mapy w przeglądarce - Anna Wiśniewska
Świetne demo.
"""


def test_a_line_break_tag_over_a_heading_does_not_swallow_it() -> None:
    # "<br/>" written for a blank line right over "## Day": the heading and the talk
    # under it are read, as the blog's own renderer showed them
    programme = read(POLSKI_WPIS, "wpis.md")
    programme.talks = [t for t in programme.talks if t.kind != "other"]
    assert speakers_by_title(programme) == {
        "Prosty kod na co dzień": ["Marta Kowalczyk"],
        "Testy, które nie kłamią": ["Piotr Zieliński"],
        "Mapy w przeglądarce": ["Anna Wiśniewska"],
    }
    assert {s.title for s in programme.sessions} >= {"Dzień pierwszy", "Dzień drugi"}


def test_a_line_break_in_english_notes_and_html_stays_html() -> None:
    text = "Notes from the meetup.\n\n<br>\n# Tiny Robots - Lena Vogt\n- servo jitter\n"
    assert speakers_by_title(read(text, "meetup.md")).get("Tiny Robots") == ["Lena Vogt"]
    # a line break over more markup is HTML, read as HTML
    doc = doctree.parse_markdown("<br/>\n<p>## not a heading</p>\n")
    assert not [n for n in doc.root.walk() if n.kind == "heading"]
