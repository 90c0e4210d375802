"""Stop 68, helper markup: wiki and template dialects brought into the one document tree,
so the shapes that read Markdown read them: a Hugo shortcode or a Jekyll include that
shows a speaker's card by the person's id (``{{< speaker speaker_id="ana-ruiz" >}}``)
under each talk's heading is that talk's speaker line. Fixtures written for these tests,
in our own words."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.tag_people import name_of_slug, speaker_line


def _read(text: str, name: str) -> Programme:
    return parse_programme(text.encode(), name)


def _speakers(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def _people(programme: Programme) -> set[str]:
    return {p.name for t in programme.talks for p in t.speakers} | {
        r.person.name for r in programme.roles
    }


# -- a speaker's card by id under each talk's heading ------------------------------------

_HUGO_EN = """---
title: "Evening meetup #12"
date: 2031-04-09T18:30:00+01:00
---

## About

A friendly evening of short talks and pizza at the harbour office.

## Talks

### Typing your configuration so nobody can break it
{{< speaker speaker_id="ines-moreau" >}}
We tour settings libraries and end with a validated configuration object that tests can
swap out without touching global state.

### Profiling a slow service without guessing
{{< speaker speaker_id="tomas-keller" >}}
Where the time really goes: sampling profilers, flame graphs and one surprising lock.

### Packaging in one afternoon
{{< speaker speaker_id="wen_li" >}}
From a folder of scripts to a wheel on an index, with the three mistakes everyone makes.

## Sponsors

{{< card link="/sponsors/harbour/" >}}
"""


def test_hugo_speaker_ids_under_headings_are_the_talks_speakers() -> None:
    got = _speakers(_read(_HUGO_EN, "meetup.md"))
    assert got["Typing your configuration so nobody can break it"] == ["Ines Moreau"]
    assert got["Profiling a slow service without guessing"] == ["Tomas Keller"]
    assert got["Packaging in one afternoon"] == ["Wen Li"]


_JEKYLL_DE = """---
layout: event
title: Herbsttreffen
---

# Herbsttreffen der Datenrunde

Am 14. Oktober 2031 ab 19 Uhr im Stadtlabor.

## Vorträge

### Zeitreihen ohne Schmerzen
{% include speaker.html id="jonas-berger" %}

Wie man Messdaten sauber aufbereitet und dabei nichts verliert.

### Karten aus offenen Daten
{% include speaker.html id="lea-hoffmann" %}

Von der Rohdatei zur interaktiven Karte in einer Stunde.
"""


def test_jekyll_include_of_a_speaker_card_in_german() -> None:
    got = _speakers(_read(_JEKYLL_DE, "treffen.md"))
    assert got["Zeitreihen ohne Schmerzen"] == ["Jonas Berger"]
    assert got["Karten aus offenen Daten"] == ["Lea Hoffmann"]


_POSITIONAL_ES = """# Encuentro de primavera

## Charlas

### Pruebas que no mienten
{{< presenter "marta-lopez-garcia" >}}
Cómo escribir pruebas que fallan cuando deben y solo entonces.

### Servicios pequeños, equipos felices
{{< presenter "diego-ramos" >}}
Lo que aprendimos al partir un monolito en cinco piezas.
"""


def test_positional_id_of_a_presenter_tag_in_spanish() -> None:
    got = _speakers(_read(_POSITIONAL_ES, "encuentro.md"))
    assert got["Pruebas que no mienten"] == ["Marta Lopez Garcia"]
    assert got["Servicios pequeños, equipos felices"] == ["Diego Ramos"]


def test_a_name_written_in_full_reads_as_well() -> None:
    text = _HUGO_EN.replace('speaker_id="ines-moreau"', 'speaker="Inès Moreau"').replace(
        'speaker_id="tomas-keller"', 'speaker="Tomás Keller"'
    )
    got = _speakers(_read(text, "meetup.md"))
    assert got["Typing your configuration so nobody can break it"] == ["Inès Moreau"]
    assert got["Profiling a slow service without guessing"] == ["Tomás Keller"]


# -- near misses: no person invented ------------------------------------------------------

_NEAR_MISS = """# Spring evening

## Talks

### Caching done right
{{< speaker speaker_id="jdoe" >}}
Layers of caches and when each one lies to you.

### Queues for humans
{{< speaker speaker_id="42" >}}
Backpressure explained with a bakery.

### Our venue
{{< figure src="/img/hall.jpg" title="the-main-hall" >}}
"""


def test_an_id_that_is_no_name_invents_nobody() -> None:
    programme = _read(_NEAR_MISS, "spring.md")
    people = _people(programme)
    assert not people & {"Jdoe", "42", "The Main Hall", "Main Hall"}


def test_speaker_line_rules() -> None:
    assert name_of_slug("ana-ruiz") == "Ana Ruiz"
    assert name_of_slug("bo_lin") == "Bo Lin"
    assert name_of_slug("Ana Ruiz") == "Ana Ruiz"
    assert name_of_slug("jdoe") == ""
    assert name_of_slug("room-101") == ""
    assert name_of_slug("Hall-A") == ""
    assert speaker_line("speaker", {"speaker_id": "ana-ruiz"}) == "Speaker: Ana Ruiz"
    assert speaker_line("speaker.html", {"id": "ana-ruiz"}) == "Speaker: Ana Ruiz"
    assert speaker_line("presenter", {}, '"ana-ruiz"') == "Speaker: Ana Ruiz"
    # a talk's whole record (it holds a title) is read as a record, not as a card
    assert speaker_line("talk", {"title": "Caching", "speaker": "ana-ruiz"}) == ""
    # a card of something else, or of two people at once, names nobody here
    assert speaker_line("figure", {"src": "hall.jpg", "alt": "ana-ruiz"}) == ""
    assert speaker_line("speaker-card", {}, "") == ""


# -- a record's list keeps its columns whatever the description before it takes ----------

_BOLD_RECORDS_EN = """# Open Python Evenings 2031

A series of free Saturday talks at the community hall.

## Schedule

### Day 1: Saturday 3 May

**Programming from zero**

*For people who never wrote a line of code: variables, loops and functions.*

* Speaker: Ana Ruiz
* 10:30 to 12:30
* Slides: [intro.pdf](intro.pdf)

**Testing without tears**

*Why tests pay back, with a live example.*

*In addition, we look at fixtures and at mocking.*

* Speakers: Bo Lin and Carla Diaz
* 13:00 to 15:00

### Day 2: Saturday 10 May

**Web apps in an hour**

*From a form to a database.*

* Speaker: Dana Holt
* 10:30 to 12:30

**Packaging**

*Wheels, indexes and versions.*

*Moreover, how to sign a release.*

* Speaker: Ana Ruiz
* 13:00 to 15:00
"""


def test_a_longer_description_keeps_the_speaker_in_its_column() -> None:
    programme = _read(_BOLD_RECORDS_EN, "evenings.md")
    got = _speakers(programme)
    assert got["Testing without tears"] == ["Bo Lin", "Carla Diaz"]
    assert got["Packaging"] == ["Ana Ruiz"]
    assert got["Web apps in an hour"] == ["Dana Holt"]
    # the first word of a second description paragraph is nobody
    assert not _people(programme) & {"In", "In addition", "Moreover"}


_WIKI_RECORDS_ES = """= Tardes de Python 2031 =
Charlas gratuitas los sábados en el centro cultural.

== Programa ==
=== Día 1: Sábado 7 de Junio ===
'''Bases de datos sin miedo'''

''Una introducción a SQL desde cero, con ejemplos reales.''

 * Disertante: Lucía Fernández

 * 10:30 a 12:30 horas

'''Automatizar la oficina'''

''Scripts para hojas de cálculo y correo.''

''Además, veremos cómo programar tareas.''

 * Disertantes: Pablo Ortiz y Nora Vidal

 * 13 a 15 horas

=== Día 2: Sábado 14 de Junio ===
'''Gráficos con datos abiertos'''

''De un archivo CSV a un gráfico claro.''

 * Disertante: Martín Sosa

 * 10:30 a 12:30 horas

'''Juegos en una tarde'''

''Un taller para hacer un juego pequeño.''

 * Disertante: Lucía Fernández

 * 13 a 15 horas
"""


def test_moinmoin_bold_titles_over_labelled_bullets_in_spanish() -> None:
    programme = _read(_WIKI_RECORDS_ES, "tardes.rst")
    got = _speakers(programme)
    assert got["Automatizar la oficina"] == ["Pablo Ortiz", "Nora Vidal"]
    assert got["Juegos en una tarde"] == ["Lucía Fernández"]
    assert "Además" not in _people(programme)
    starts = {t.title: t.start.strftime("%m-%d %H:%M") for t in programme.talks if t.start}
    assert starts["Automatizar la oficina"] == "06-07 13:00"
    assert starts["Gráficos con datos abiertos"] == "06-14 10:30"


# -- a span of whole hours closed by an hour's word ---------------------------------------


def test_hour_spans_without_minutes() -> None:
    from datetime import time

    from confnotes.importers.when import clock_range

    assert clock_range("13 a 15 horas")[:2] == (time(13), time(15))
    assert clock_range("14-16 Uhr")[:2] == (time(14), time(16))
    assert clock_range("10:30 a 15 h, con una pausa")[:2] == (time(10, 30), time(15))
    assert clock_range("from 9 to 11 h")[:2] == (time(9), time(11))
    # lengths and days are no clocks
    assert clock_range("de 2 a 3 horas")[0] is None
    assert clock_range("2 to 3 hours of practice")[0] is None
    assert clock_range("del 13 al 15 de mayo")[0] is None


# -- a time-led line closed by links to its materials; a link around the whole line ------

_MOIN_DAY_EN = """== Saturday, Mar 3, 2031 ==
 * 9:00-9:50 -- [http://example.org/talks/opening.pdf Ana Ruiz (Lab A): Opening the season]
 * 10:00-10:50 -- Bo Lin (Univ B): Sparse things [http://e.org/r/02.mp3 Audio]
 * 11:00-12:00 -- Lunch
 * 12:00-12:50 -- Carla Diaz (Acme): Graphs [attachment:g.pdf slides] [http://e.org/3.ogg Audio]
 * 13:00-13:50 -- [http://e.org/d.pdf Dan Holt (D Inst): Fast sums] [http://e.org/r/04.mp3 Audio]
 * 14:00-14:50 -- Eva Stone (E Lab): Counting trees
"""


def _timetable(text: str) -> Programme:
    """The timetable's reading of time-led lines (a list as small as these fixtures is
    read first by the page reader, which does not cut material links yet)."""
    from confnotes.importers import doctree, timetable

    return timetable.read(doctree.parse(text), "days.md", "markdown").programme


def test_moin_items_drop_trailing_material_links_and_split_linked_rows() -> None:
    programme = _timetable(_MOIN_DAY_EN)
    got = _speakers(programme)
    assert got["Opening the season"] == ["Ana Ruiz"]
    assert got["Sparse things"] == ["Bo Lin"]
    assert got["Graphs"] == ["Carla Diaz"]
    assert got["Fast sums"] == ["Dan Holt"]
    talk = next(t for t in programme.talks if t.title == "Sparse things")
    assert [link.label for link in talk.links] == ["Audio"]


_MOIN_DAY_DE = """= Datenrunde 2031 =
== Samstag, 7. Juni 2031 ==
 * 09:00-09:45 -- Lena Vogt (Kiel): Messreihen [https://e.org/v.mp4 Film] [https://e.org/a.ogg Ton]
 * 10:00-10:45 -- [https://example.org/p/wolf Jonas Wolf (TH Bonn): Karten aus Daten]
 * 11:00-11:45 -- Mia Roth (Stadtlabor): Offene Haushalte [https://e.org/r.mp3 Mitschnitt]
 * 12:00-13:00 -- Mittagessen
"""


def test_timetable_lines_in_german_with_recordings() -> None:
    got = _speakers(_timetable(_MOIN_DAY_DE))
    assert got["Messreihen"] == ["Lena Vogt"]
    assert got["Karten aus Daten"] == ["Jonas Wolf"]
    assert got["Offene Haushalte"] == ["Mia Roth"]


def test_a_title_that_is_a_link_to_a_sound_file_stays() -> None:
    # the link holds the title's own words (more than one), not a material's label
    text = _MOIN_DAY_EN.replace("Counting trees", "[http://e.org/r/trees.mp3 Counting trees]")
    got = _speakers(_timetable(text))
    assert got["Counting trees"] == ["Eva Stone"]
