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

