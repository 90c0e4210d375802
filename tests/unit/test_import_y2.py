"""Y2 mechanisms: readings ranked by how much of a page they read as talks (a day heading
in any language, a table's header row), and the clocks of a timetable."""

from __future__ import annotations

from datetime import date

import pytest

from confnotes.importers.registry import parse_programme

SPANISH_WEEKS = """---
title: Charlas anteriores
---

* 2026
  * [Febrero](anteriores#febrero-2026)
  * [Marzo](anteriores#marzo-2026)

## Febrero 2026

### Jueves, 5 de febrero de 2026, 18h

| Ponente         | Tema                                  | Duración |
| --------------- | ------------------------------------- | -------- |
| Lucía Ferrand   | Sintetizadores hechos en casa         | 30 min   |
| Tomás Eguren    | Motores de física para juegos         | 30 min   |
| Nerea Salvat    | Bases de datos en el navegador        | 20 min   |

### Jueves, 12 de febrero de 2026, 18h

| Ponente         | Tema                                  | Duración |
| --------------- | ------------------------------------- | -------- |
| Tomás Eguren    | Compiladores para principiantes       | 30 min   |
| Irene Baztán    | Accesibilidad en formularios web      | 30 min   |

### Jueves, 19 de febrero de 2026, 18h

**no hubo charla por las fiestas del barrio**

## Marzo 2026

### Jueves, 5 de marzo de 2026, 18h

| Ponente         | Tema                                  | Duración |
| --------------- | ------------------------------------- | -------- |
| Pablo Arrieta   | Mapas libres con datos abiertos       | 30 min   |
| Lucía Ferrand   | Grabar audio con software libre       | 30 min   |
| Ander Loidi     | Pruebas de carga sin sufrir           | 30 min   |

### Jueves, 12 de marzo de 2026, 18h

| Ponente         | Tema                                  | Duración |
| --------------- | ------------------------------------- | -------- |
| Maite Oronoz    | Criptografía para todos               | 30 min   |
| Jon Arregui     | Robots de limpieza caseros            | 30 min   |
"""

GERMAN_WEEKS = """# Vortragsreihe

## März 2027

### Dienstag, 2. März 2027

| Vortragende    | Thema                              | Dauer  |
|----------------|------------------------------------|--------|
| Greta Lindner  | Mikrocontroller im Garten          | 30 min |
| Jonas Pfeifer  | Versionskontrolle für Fotos        | 30 min |
| Hanna Vogt     | Tastaturen selbst bauen            | 20 min |

### Dienstag, 9. März 2027

| Vortragende    | Thema                              | Dauer  |
|----------------|------------------------------------|--------|
| Lars Eckert    | Funknetze auf dem Land             | 30 min |
| Greta Lindner  | Sensoren auslesen mit Python       | 30 min |

### Dienstag, 16. März 2027

| Vortragende    | Thema                              | Dauer  |
|----------------|------------------------------------|--------|
| Mia Hoffmann   | Dokumentation, die gelesen wird    | 30 min |
| Paul Richter   | Backups, die man wirklich testet   | 30 min |
| Lena Brandt    | Kleine Sprachen für große Aufgaben | 30 min |
"""


@pytest.mark.parametrize(
    ("page", "first_day", "talks"),
    [(SPANISH_WEEKS, date(2026, 2, 5), 10), (GERMAN_WEEKS, date(2027, 3, 2), 8)],
    ids=["spanish", "german"],
)
def test_a_page_of_one_table_per_week_reads_each_row_as_a_talk(
    page: str, first_day: date, talks: int
) -> None:
    """The rows' talks, each with its speaker and day, account for more of the page than
    one record per week holding its table: the day headings (in the page's language) and
    the tables' header rows are read by the reading that read their rows."""
    programme = parse_programme(page.encode(), "talks.md")
    read = [t for t in programme.talks if t.speakers]
    assert len(read) == talks
    by_title = {t.title: t for t in read}
    assert len(by_title) == talks  # one talk per row, no week merged into one record
    first = min(read, key=lambda t: t.day or date.max)
    assert first.day == first_day
    assert all(len(t.speakers) == 1 for t in read)


UTC_COLUMN = """# Rust Meetup Online 2027

## Saturday, 13 March 2027

| Time - UTC | Talk                                  | Speaker        |
|------------|---------------------------------------|----------------|
| 04:00      | Welcome from the hosts                | Aiko Tanaka    |
| 05:00      | Lifetimes without tears               | Ravi Menon     |
| 06:00      | Async runtimes compared               | Chloe Martin   |
| 07:30      | Embedded Rust on tiny boards          | Jonas Weber    |
| 09:00      | Closing remarks                       | Aiko Tanaka    |
"""

ZEIT_UTC = """# Nachtschicht-Konferenz 2027

## Freitag, 14. Mai 2027

| Zeit (UTC) | Vortrag                               | Vortragende    |
|------------|---------------------------------------|----------------|
| 05:00      | Frühaufsteher-Begrüßung               | Klara Neumann  |
| 05:30      | Datenbanken verstehen                 | Felix Brandt   |
| 06:15      | Kubernetes im Kleinen                 | Sophie Krüger  |
| 09:00      | Gemeinsames Frühstück                 |                |
| 10:00      | Abschlussrunde                        | Klara Neumann  |
"""

LATER_AFTERNOON_ROW = """# Journées du logiciel libre 2027

## Samedi 5 juin 2027

| Heure | Intervention                          | Intervenant·e   |
|-------|---------------------------------------|-----------------|
| 06:30 | Accueil des lève-tôt                  | Camille Roux    |
| 08:00 | Réseaux maillés de quartier           | Hugo Lefèvre    |
| 10:00 | Traduire un logiciel libre            | Inès Moreau     |
| 14:00 | Conserver ses photos sans nuage       | Louis Garnier   |
"""


@pytest.mark.parametrize(
    ("page", "title", "hour"),
    [
        (UTC_COLUMN, "Lifetimes without tears", 5),
        (ZEIT_UTC, "Datenbanken verstehen", 5),
        (LATER_AFTERNOON_ROW, "Accueil des lève-tôt", 6),
    ],
    ids=["utc-header", "zeit-utc", "afternoon-row-later"],
)
def test_an_early_time_on_a_24_hour_clock_stays_in_the_morning(
    page: str, title: str, hour: int
) -> None:
    """A column headed by universal time, or a schedule that writes an afternoon time
    later on, keeps a 24-hour clock from its first row: ``05:00`` is five in the morning,
    not seventeen."""
    programme = parse_programme(page.encode(), "schedule.md")
    talk = next(t for t in programme.talks if t.title == title)
    assert talk.start is not None
    assert talk.start.hour == hour
    assert all(t.start is None or t.start.hour <= 14 for t in programme.talks)


TWELVE_HOUR_WITH_DEADLINE = """# Workshop on Quiet Computing 2027

Submissions close on April 2, 2027 at 23:59 AoE.

## Program (June 9, 2027)

- 9:00 Opening remarks
- 10:00 Keynote: Fans that nobody hears — Marta Quiroga
- 11:30 Passive cooling at scale — Daniel Osei
- 1:30 Measuring noise in data centres — Yuki Harada
- 3:00 Closing
"""


def test_a_deadline_named_in_passing_is_no_24_hour_evidence() -> None:
    """A sentence's ``23:59`` (a deadline) says nothing of the schedule's clock: a
    12-hour schedule's ``1:30`` after ``11:30`` is still the afternoon."""
    programme = parse_programme(TWELVE_HOUR_WITH_DEADLINE.encode(), "workshop.md")
    talk = next(t for t in programme.talks if "noise" in t.title)
    assert talk.start is not None
    assert talk.start.hour == 13


ADOC_LINKED_DAYS = """= Mapping Vocabularies Workshop - Draft agenda

Titles may still change.

== Day 1

https://example.org/t?d=21&h=14[September 21, 2027 UTC 14:00 (times in your zone)]

[cols="a,4a"]
|===
|Time - UTC | Session

| 14:00 | Opening words by the chairs
| 14:20 | Thesauri that grow together
| 15:00 | Naming rivers across borders
|===

== Day 2

https://example.org/t?d=23&h=6[Day 2 - September 23, 2027 UTC 06:00 (times in your zone)]

[cols="a,4a"]
|===
|Time - UTC | Session

| 06:00 | Recap of the first day
| 06:30 | Glossaries that stay current
| 07:10 | Shared terms for soil data
|===
"""

MARKDOWN_LINKED_DAYS = """# Jornadas de vocabularios 2027

## Primer día

[Día 1 - 4 de octubre de 2027 (horario en tu zona)](https://example.org/hora?d=4)

- 16:00 Bienvenida
- 16:30 Tesauros multilingües
- 17:15 Términos para datos de suelos

## Segundo día

[Día 2 - 6 de octubre de 2027 (horario en tu zona)](https://example.org/hora?d=6)

- 16:00 Repaso del primer día
- 16:30 Glosarios vivos
- 17:15 Nombres de ríos sin fronteras
"""


@pytest.mark.parametrize(
    ("page", "source", "title", "day"),
    [
        (ADOC_LINKED_DAYS, "agenda.adoc", "Glossaries that stay current", date(2027, 9, 23)),
        (MARKDOWN_LINKED_DAYS, "jornadas.md", "Glosarios vivos", date(2027, 10, 6)),
    ],
    ids=["asciidoc", "markdown-spanish"],
)
def test_a_day_written_as_a_links_text_dates_its_section(
    page: str, source: str, title: str, day: date
) -> None:
    """A day heading's date written as a link's text (to a page of the times in other
    zones), an aside after it, dates the talks of its section, not the first day's."""
    programme = parse_programme(page.encode(), source)
    talk = next(t for t in programme.talks if t.title == title)
    assert talk.start is not None
    assert talk.start.date() == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Day 2 - 6 October 2027", date(2027, 10, 6)),
        ("Día 1 - 4 de octubre de 2027", date(2027, 10, 4)),
        ("Tag 3: 8. Oktober 2027", date(2027, 10, 8)),
        ("El día 4 de octubre de 2027", date(2027, 10, 4)),
    ],
)
def test_a_days_count_before_its_date_is_no_range(line: str, day: date) -> None:
    """``Day 2 - 6 October``: the count labels the date, it does not open a range from the
    second; a day named with its own word (``el día 4``) keeps its number."""
    from confnotes.importers.when import find_date

    assert find_date(line, 2027)[0] == day
