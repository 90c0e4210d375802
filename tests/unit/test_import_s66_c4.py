"""Stop 66, helper c4: a write-up whose days are said in prose (``On Saturday, …``
opening a talk's notes, the event's days named once at the top), and co-speakers
written as linked names joined into one subject (``[Ana](…) and [Bo](…) showed …``).
Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import date

from confnotes.importers.programme import Programme
from confnotes.importers.prose_days import day_cue, forward_cues
from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers


def _days(programme: Programme) -> dict[str, date | None]:
    return {t.title: t.day for t in programme.talks if t.kind == "talk"}


# ------------------------------------------------------------- days said in prose

_ENGLISH = """# Notes from Harbour Dev Days 2031

I spent 14 and 15 March in Leeds at Harbour Dev Days. Here is what I heard.

## Queues without tears

Priya Natarajan walked us through the failure modes of message queues.

Lots of diagrams, good pacing.

## Profiling in production

Tom Becker showed how they sample stacks on every host.

## Schemas that age well

On Saturday, Marta Kowalczyk explained how to evolve a schema without breaking readers.

## Closing the loop on alerts

Jon Amari talked about alert fatigue and how to measure it.
"""

_GERMAN = """# Datentage 2031: meine Notizen

Vom 20. bis 21. Juni war ich bei den Datentagen in Köln.

## Spaltenspeicher verstehen

Lena Vogt erklärt, wie Spaltenspeicher Daten komprimieren.

## Streams in der Praxis

Am zweiten Tag zeigte Paul Richter seine Pipeline für Sensordaten.

## Grafen für alle

Jana Koch spricht über Graphdatenbanken.
"""

_FRENCH_THREE_DAYS = """# Mes notes du Salon Données 2031

Le salon s'est tenu du 7 au 9 mai 2031 à Lyon.

## Ouverture

Claire Martin présente les nouveautés de l'année.

## Le stockage froid

Le jeudi, Hugo Bernard parlera de l'archivage longue durée.

## Tests de charge

Élodie Petit présente ses outils.

## Bilan

Le vendredi, Louis Moreau présente le bilan des équipes.
"""

_HTML = """<html><body>
<h1>Notes: Cloud Native Weekend 2031</h1>
<p>The event ran on 12 and 13 April 2031.</p>
<h2>Operators explained</h2>
<p>Ana Ruiz presented the operator pattern with a live demo.</p>
<h2>Cost dashboards</h2>
<p>The second day started with Bo Lindqvist, who showed his cost dashboards.</p>
<h2>Platform teams</h2>
<p>Chen Wei talked about platform teams.</p>
</body></html>
"""


def test_a_weekday_opening_a_talks_notes_dates_it_and_the_talks_after() -> None:
    days = _days(_read(_ENGLISH, "harbour.md"))
    assert days["Queues without tears"] == date(2031, 3, 14)
    assert days["Profiling in production"] == date(2031, 3, 14)
    assert days["Schemas that age well"] == date(2031, 3, 15)
    assert days["Closing the loop on alerts"] == date(2031, 3, 15)


def test_a_counted_day_in_german_prose_dates_the_talks() -> None:
    days = _days(_read(_GERMAN, "datentage.md"))
    assert days["Spaltenspeicher verstehen"] == date(2031, 6, 20)
    assert days["Grafen für alle"] == date(2031, 6, 21)


def test_french_weekdays_over_a_three_day_event() -> None:
    days = _days(_read(_FRENCH_THREE_DAYS, "salon.md"))
    # the first cue names the second day: the talks before it are the first day's
    assert days["Ouverture"] == date(2031, 5, 7)
    assert days["Le stockage froid"] == date(2031, 5, 8)
    assert days["Tests de charge"] == date(2031, 5, 8)
    assert days["Bilan"] == date(2031, 5, 9)


def test_an_html_write_up_dated_by_an_ordinal_day() -> None:
    days = _days(_read(_HTML, "cnw.html"))
    assert days["Operators explained"] == date(2031, 4, 12)
    assert days["Cost dashboards"] == date(2031, 4, 13)
    assert days["Platform teams"] == date(2031, 4, 13)


_NEAR_MISS = """# Notes from Harbour Dev Days 2031

I spent 14 and 15 March in Leeds at Harbour Dev Days.

## Queues without tears

Priya Natarajan walked us through the failure modes of message queues.

## Profiling in production

We had met on Saturday to prepare, and Tom Becker showed how they sample stacks.

## Schemas that age well

On Monday, before the event, Marta Kowalczyk had sent us her slides.
"""


def test_a_weekday_inside_a_sentence_or_off_the_event_dates_nothing() -> None:
    days = _days(_read(_NEAR_MISS, "harbour.md"))
    assert days["Profiling in production"] is None
    assert days["Schemas that age well"] is None


def test_day_cue_reads_only_the_opening_words_and_the_events_days() -> None:
    fri, sat = date(2031, 3, 14), date(2031, 3, 15)
    assert day_cue("Ya el sábado, Ana nos contó", fri, sat) == sat
    assert day_cue("Am Samstag sprach Bo", fri, sat) == sat
    assert day_cue("On the second day we heard", fri, sat) == sat
    assert day_cue("We all met on Saturday", fri, sat) is None
    assert day_cue("On Sunday I flew home", fri, sat) is None
    assert day_cue("We sat down with Ana", fri, sat) is None
    assert forward_cues([(10, sat), (20, fri)]) == {10: sat}


# ------------------------------------------------ linked co-speakers in one subject

_CO_LINKED = """# Notes: Frontend Summit 2031

## Testing the untestable

[Ana Ruiz](https://x.com/anaruiz) and [Bo Lindqvist](https://x.com/bolin) showed their test runner.

## Un framework propio

[Carmen Ortega](https://x.com/cortega) y [Diego Navarro](https://x.com/dnavarro) nos lo contaron.

## Reviewing designs

[Eva Sol](https://x.com/evasol) asked [Finn Berg](https://x.com/finnberg) about reviews.
"""


def test_linked_names_joined_by_and_are_co_speakers() -> None:
    who = _speakers(_read(_CO_LINKED, "summit.md"))
    assert who["Testing the untestable"] == ["Ana Ruiz", "Bo Lindqvist"]
    assert who["Un framework propio"] == ["Carmen Ortega", "Diego Navarro"]


def test_two_linked_names_not_joined_name_no_one() -> None:
    who = _speakers(_read(_CO_LINKED, "summit.md"))
    assert who["Reviewing designs"] == []
