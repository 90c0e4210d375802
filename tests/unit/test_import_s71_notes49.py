"""How people write talks and speakers in their notes, read as they mean them.

A day heading over the headings that sort a day's lists (``## Talks``, ``## LT``) dates
every talk of those lists, its month and day written in digits too (``Spring 04-15``,
the year from the title). A folder named for a kind of talk (``keynotes/``) gives its
talks that kind; one folder per talk named for its speaker gives the speaker a file does
not write. A speaker's name shortened on the talk's line is the fuller one the notes
write elsewhere. A sentence naming a quoted title beside its speaker titles the talk
under a topic's heading."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from confnotes.importers.when import padded_month_day

from .folder_fixtures import read_files
from .importing import days_by_title, kinds_by_title, people_of, read, speakers_by_title

RST_DAY = """\
=============
Tidewater 2029
=============

Autumn 10-06
============

Sessions
--------

* `Queues without tears <https://slides.example.org/queues>`_
* `Parsers from scratch <https://slides.example.org/parsers>`_
* `Tracing a cold start <https://slides.example.org/tracing>`_

LT
--

* `A tiny linter <https://slides.example.org/linter>`_
* `My editor setup <https://slides.example.org/editor>`_
"""

MD_DAY = """\
# Rencontres Pixel 2030

## Mardi 14 mai 2030

### Conférences

- [Des polices lisibles](https://exemple.org/polices)
- [Le cache sans douleur](https://exemple.org/cache)

### Lightning talks

- [Un petit outil](https://exemple.org/outil)
- [Mon terminal](https://exemple.org/terminal)
"""


def test_a_day_heading_over_topic_headings_dates_the_talks_of_their_lists() -> None:
    programme = read(RST_DAY, "tidewater.rst")
    days = days_by_title(programme, others=False)
    assert set(days) >= {"Queues without tears", "Tracing a cold start", "A tiny linter"}
    assert set(days.values()) == {date(2029, 10, 6)}
    assert kinds_by_title(programme, others=False)["My editor setup"] == "spotlight"  # under "LT"


def test_a_french_day_heading_dates_the_lists_under_its_sections() -> None:
    days = days_by_title(read(MD_DAY, "pixel.md"), others=False)
    assert days["Des polices lisibles"] == date(2030, 5, 14)
    assert days["Mon terminal"] == date(2030, 5, 14)


def test_a_heading_over_the_lists_that_names_no_day_dates_nothing() -> None:
    text = MD_DAY.replace("## Mardi 14 mai 2030", "## Ce que j'ai vu")
    assert set(days_by_title(read(text, "pixel.md"), others=False).values()) == {None}


def test_a_range_of_days_over_the_lists_dates_none_of_them() -> None:
    text = MD_DAY.replace("## Mardi 14 mai 2030", "## 14-15 mai 2030")
    assert set(days_by_title(read(text, "pixel.md"), others=False).values()) <= {None}


def test_a_month_and_day_in_two_digits_each_is_read_only_alone_on_a_heading() -> None:
    assert padded_month_day("Spring 04-15", 2031) == date(2031, 4, 15)
    assert padded_month_day("04/15", 2031) == date(2031, 4, 15)
    assert padded_month_day("4-15", 2031) is None  # not zero-padded: anything
    assert padded_month_day("10-12 Uhr", 2031) is None  # an hour's range
    assert padded_month_day("Room 13-15", 2031) is None  # no month 13
    assert padded_month_day("Spring 04-15", None) is None  # no year to put it on


_NOTE = (
    "\n\n## Why it matters\n\n- the moon pulls\n- ports plan by it"
    "\n\n## How it works\n\n- high and low water\n"
)


def test_a_folder_named_for_keynotes_makes_its_talks_keynotes(tmp_path: Path) -> None:
    read_ = read_files(
        tmp_path / "notes",
        {
            "keynotes/ana-ruiz/README.md": "# Ships in Bottles\n\n> Ana Ruiz" + _NOTE,
            "keynotes/kofi-mensah/README.md": "# Quiet Queues\n\n> Kofi Mensah" + _NOTE,
            "keynotes/lena-vasquez/README.md": "# Tide Tables" + _NOTE,
            "talks/bo-li/README.md": "# Small Parsers\n\n> Bo Li" + _NOTE,
        },
    )
    kinds = {k: v for p in read_.values() for k, v in kinds_by_title(p, others=False).items()}
    assert kinds["Ships in Bottles"] == "keynote"
    assert kinds["Tide Tables"] == "keynote"
    assert kinds["Small Parsers"] == "talk"  # "talks/" names no other kind
    speakers = {t.title: [s.name for s in t.speakers] for p in read_.values() for t in p.talks}
    # the one file naming no one: its folder's name, as its siblings' agree
    assert speakers["Tide Tables"] == ["Lena Vasquez"]
    assert speakers["Ships in Bottles"] == ["Ana Ruiz"]


def test_a_folder_of_lightning_talks_in_spanish_names_their_kind(tmp_path: Path) -> None:
    read_ = read_files(
        tmp_path / "jornadas",
        {
            "charlas-relámpago/uno.md": "# Un linter diminuto\n\nPor Marta Gil." + _NOTE,
            "charlas-relámpago/dos.md": "# Mi terminal\n\nPor Luis Paz." + _NOTE,
        },
    )
    kinds = {k: v for p in read_.values() for k, v in kinds_by_title(p, others=False).items()}
    assert set(kinds.values()) == {"spotlight"}


def test_folders_whose_names_no_file_agrees_with_give_no_speaker(tmp_path: Path) -> None:
    read_ = read_files(
        tmp_path / "notes",
        {
            "day-one/rust-ideas/README.md": "# Ownership in Practice\n\n> Ana Ruiz" + _NOTE,
            "day-one/maria-lopez/README.md": "# Queues for Everyone" + _NOTE,
            "day-two/kofi-mensah/README.md": "# Tide Tables\n\n> Bo Li" + _NOTE,
        },
    )
    speakers = {t.title: [s.name for s in t.speakers] for p in read_.values() for t in p.talks}
    assert speakers["Queues for Everyone"] == []  # no sibling's folder spells its speaker


_TRIP_DE = """\
# Herbsttage 2030

Ein paar Vorträge, die mir gefielen.

**„Schriften, die man lesen kann“ von Ana Ruiz**

[_Ana Lucía Ruiz_](https://example.org/speakers/ana) sprach über Lesbarkeit.

**„Caches ohne Kummer“ von Kofi Mensah**

Kofi Mensah zeigte viele Beispiele.

### Typografie

Der Vortrag „Zeilenabstand für alle“ von [_Lena Vasquez_](https://example.org/lena) war
großartig und sehr lebendig.
"""

_NAMES_DE = """\
# Herbsttage 2030

Ein paar Vorträge, die mir gefielen.

### Die Vorträge

Dieses Jahr gab es einige gute Vorträge.

**„Schriften, die man lesen kann“ von Ana Ruiz**

[_Ana Lucía Ruiz_](https://example.org/speakers/ana) sprach über Lesbarkeit und Kontrast.

**„Caches ohne Kummer“ von Kofi Mensah**

Kofi Mensah zeigte viele Beispiele aus dem Alltag.

**„Warteschlangen am Rand“ von Bo Li**

Bo Li erklärte, wie man Last verteilt.
"""

_NAMES_EN = """\
# Harbour Notes 2031

The talks I liked most.

**"Queues at the Edge" by Bo Li**

[Bo Chen Li](https://example.org/bo) showed how to spread load across regions.

**"Small Parsers" by Ana Ruiz**

Ana Ruiz built a parser live on stage.

**"Tide Tables" by Kofi Mensah**

Kofi Mensah told the story of a scheduling bug.
"""

_TRIP_EN = """\
# Harbour Notes 2031

## Highlights of the afternoon

The talk "Queues at the Edge" by [Bo Li](https://example.org/bo) was the best of the day.

## Ownership in Practice

_Ana Ruiz_ walked us through borrowing rules with many examples.
"""


def test_a_speaker_shortened_on_the_talks_line_takes_the_fuller_name_written() -> None:
    programme = read(_NAMES_DE, "herbst.md")
    speakers = speakers_by_title(programme)
    assert speakers["Schriften, die man lesen kann"] == ["Ana Lucía Ruiz"]
    assert speakers["Caches ohne Kummer"] == ["Kofi Mensah"]  # written once, whole
    assert "Ana Ruiz" not in people_of(programme)
    english = speakers_by_title(read(_NAMES_EN, "harbour.md"))
    assert english["Queues at the Edge"] == ["Bo Chen Li"]
    assert english["Small Parsers"] == ["Ana Ruiz"]


def test_a_quoted_title_beside_its_speaker_titles_the_talk_under_a_topic_heading() -> None:
    speakers = speakers_by_title(read(_TRIP_DE, "herbst.md"))
    assert speakers["Zeilenabstand für alle"] == ["Lena Vasquez"]
    assert "Typografie" not in speakers


def test_an_english_topic_heading_over_a_quoted_talk_gives_way_to_its_title() -> None:
    speakers = speakers_by_title(read(_TRIP_EN, "harbour.md"))
    assert speakers["Queues at the Edge"] == ["Bo Li"]
    assert "Highlights of the afternoon" not in speakers


def test_a_heading_that_is_the_talks_title_keeps_it() -> None:
    speakers = speakers_by_title(read(_TRIP_EN, "harbour.md"))
    assert speakers.get("Ownership in Practice") == ["Ana Ruiz"]


def test_two_fuller_forms_of_one_name_leave_it_as_written() -> None:
    text = _NAMES_EN.replace("Kofi Mensah told", "Kofi A. Mensah and Kofi B. Mensah told")
    assert speakers_by_title(read(text, "harbour.md"))["Tide Tables"] == ["Kofi Mensah"]


_PANEL_EN = """\
# Keeping Ports Tidy by Marta Keskinen
https://video.example.org/watch/1

## Why it matters
Ports silt up when nobody plans for it.

# Tide Tables for Everyone by Jonas Ek
https://video.example.org/watch/2

## Reading a table
High and low water, heights in metres.

# Panel Discussion
https://video.example.org/watch/3

## How do you start?
Marta talks about surveying the harbour first.

Jonas adds that the tables are free to download.
"""

_PANEL_ES = """\
# Puertos limpios, por Lucía Ferrer
https://video.example.org/ver/1

## Por qué importa
Los puertos se llenan de arena.

# Mareas para todos, por Pablo Ortega
https://video.example.org/ver/2

## Leer una tabla
Pleamar y bajamar.

# Mesa redonda
https://video.example.org/ver/3

## ¿Cómo empezar?
Lucía cuenta cómo midieron el puerto.

Pablo añade que las tablas son gratuitas.
"""


def test_a_panels_notes_naming_speakers_by_given_name_name_its_panellists() -> None:
    english = speakers_by_title(read(_PANEL_EN, "panel.md"))
    assert english["Panel Discussion"] == ["Marta Keskinen", "Jonas Ek"]
    spanish = speakers_by_title(read(_PANEL_ES, "mesa.md"))
    assert spanish["Mesa redonda"] == ["Lucía Ferrer", "Pablo Ortega"]


def test_a_panel_naming_one_speaker_by_given_name_names_no_panellists() -> None:
    text = _PANEL_EN.replace("Jonas adds that", "Someone adds that")
    assert speakers_by_title(read(text, "panel.md"))["Panel Discussion"] == []


def test_a_talk_that_is_no_panel_takes_no_one_from_given_names() -> None:
    text = _PANEL_EN.replace("# Panel Discussion", "# Closing words")
    assert speakers_by_title(read(text, "panel.md")).get("Closing words", []) == []


def test_a_stressed_title_under_the_writers_own_heading_leaves_the_heading_its_title() -> None:
    text = (
        "# Notes de voyage 2031\n\n## Jardins connectés\n\n"
        "Ensuite, _Arroser depuis le nuage_ par [Ana Ruiz](https://exemple.org/ana), très vivant.\n"
    )
    speakers = speakers_by_title(read(text, "voyage.md"))
    assert "Arroser depuis le nuage" not in speakers
