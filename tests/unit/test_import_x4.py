"""An event's fact sheet written as a table (``| **Wann** | … |``, ``| **Cost** | … |``):
the table form of ``Label: value`` lines, no table of talks; its labels are no speakers,
its date the event's day. A table of bold speakers beside their titles stays one."""

from __future__ import annotations

from datetime import date

from confnotes.importers import doctree
from confnotes.importers.registry import parse_programme
from confnotes.importers.timetable import fact_sheet

GERMAN_SHEET = """# Kieler Python-Abend

| **Wann** | Donnerstag, 6. März 2031, 18:30 - 21:00 |
| **Wo** | Werkhalle 3 |
| **Cost** | 8 € |

## Ablauf

| Titel | Beginn | Referent |
|:---|:---:|:---|
| Begrüßung | 18:30 | |
| Typen prüfen mit mypy | 18:40 | Jonas Vogt |
| Daten lesen mit Polars | 19:20 | Mira Hansen |
| Ausklang | 20:30 | |
"""

ENGLISH_SHEET = """# Harbour Rust meetup

|  |  |
|---|---|
| **When** | Tuesday 11 November 2031 |
| **Where** | The Old Ropeworks, upstairs |
| **Cost:** | $5 at the door |

## Programme

| Time | Talk | Speaker |
|---|---|---|
| 19:00 | Borrowing without tears | Priya Nair |
| 19:40 | Async in embedded boards | Tomás Ferreira |
"""

SPEAKER_TABLE = """# Build tooling afternoon

## Talks

|  |  |
|---|---|
| **Ana Ruiz** | Faster builds with remote caches |
| **Piet de Wit** | Hermetic toolchains in practice |
| **Lena Okafor** | Flaky tests and how to bury them |
"""


def _names(text: str, source: str) -> tuple[list[str], list[str]]:
    p = parse_programme(text.encode(), source)
    titles = [t.title for t in p.talks]
    people = [s.name for t in p.talks for s in t.speakers]
    return titles, people


def test_german_fact_sheet_is_no_talks_and_its_labels_no_speakers() -> None:
    p = parse_programme(GERMAN_SHEET.encode(), "kiel.md")
    titles = [t.title for t in p.talks]
    people = {s.name for t in p.talks for s in t.speakers}
    assert "Werkhalle 3" not in titles
    assert not any("€" in t or "März" in t for t in titles)
    assert not people & {"Wann", "Wo", "Cost"}
    assert {"Typen prüfen mit mypy", "Daten lesen mit Polars"} <= set(titles)
    assert {"Jonas Vogt", "Mira Hansen"} <= people
    # the date label's value dates the event, as a "Wann: …" line would
    assert p.start == date(2031, 3, 6)
    assert all(
        t.start is not None and t.start.date() == date(2031, 3, 6) for t in p.talks if t.start
    )


def test_english_fact_sheet_under_an_empty_header_is_no_talks() -> None:
    p = parse_programme(ENGLISH_SHEET.encode(), "harbour.md")
    titles = [t.title for t in p.talks]
    people = {s.name for t in p.talks for s in t.speakers}
    assert titles == ["Borrowing without tears", "Async in embedded boards"]
    assert people == {"Priya Nair", "Tomás Ferreira"}
    assert p.start == date(2031, 11, 11)


def test_bold_speakers_beside_titles_stay_a_table_of_talks() -> None:
    titles, people = _names(SPEAKER_TABLE, "build.md")
    assert "Faster builds with remote caches" in titles
    assert {"Ana Ruiz", "Piet de Wit", "Lena Okafor"} <= set(people)


def _table(text: str) -> doctree.Node:
    return next(n for n in doctree.parse(text).root.walk() if n.kind == "table")


def test_fact_sheet_reads_structure_not_names() -> None:
    assert fact_sheet(_table(GERMAN_SHEET)) == [
        ("Wann", "Donnerstag, 6. März 2031, 18:30 - 21:00"),
        ("Wo", "Werkhalle 3"),
        ("Cost", "8 €"),
    ]
    assert fact_sheet(_table(SPEAKER_TABLE)) == []
    # bold titles beside their times: a timetable, however bold
    assert fact_sheet(_table("| **Opening** | 09:00 |\n| **Keynote** | 09:15 |\n")) == []
    # labels not wholly bold: no fact sheet
    assert fact_sheet(_table("| Wann | 6. März 2031 |\n| **Wo** | Halle |\n")) == []
