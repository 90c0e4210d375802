"""Review 60's findings 4 and 5 made general, in fixtures of our own words: a firm's
word after a founder's name and a conjunction is no second speaker; a lone given name
joined to a co-speaker in a heading's by-line stays a speaker where the page names its
other speakers on lines of their own; a ``Speaker was NAME from ORG`` sentence's
affiliation ends where its clause does."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "page.md") -> Programme:
    return parse_programme(text.encode(), name)


def _speakers(p: Programme) -> dict[str, list[str]]:
    return {t.title: [s.name for s in t.speakers] for t in p.talks}


FIRM_PAGE = """# Encuentro de urbanismo 2025

## 12 de mayo de 2025

### 10:00 Plazas para caminar, por Julia Mendoza y Asociados
### 11:00 Árboles en la avenida, por Tomás Rivas y Hermanos
### 12:00 Agua en el barrio, par Claire Morel et Fils
"""


def test_a_firms_word_after_a_founders_name_is_no_second_speaker() -> None:
    names = {n for ns in _speakers(_read(FIRM_PAGE)).values() for n in ns}
    assert not names & {"Asociados", "Hermanos", "Fils"}


def test_the_by_line_reader_leaves_a_firm_alone() -> None:
    from confnotes.importers.persons import name_and_given

    assert name_and_given("Julia Mendoza y Asociados") == []
    assert name_and_given("Meyer Braun und Söhne") == []
    assert [p.name for p in name_and_given("Julia Mendoza y Ramiro")] == [
        "Julia Mendoza",
        "Ramiro",
    ]


OWN_LINES_PAGE = """# Jornadas de agroecología 2025

## Programa, 9 de abril

### 09:00 Semillas criollas
Rosa Llanos

### 10:00 Suelos vivos
Tomás Quiroga

### 11:00 Cooperativas de riego, por Elena Sastre y Ramiro
"""


def test_a_given_name_joined_to_a_placed_co_speaker_stays_beside_them() -> None:
    speakers = _speakers(_read(OWN_LINES_PAGE))
    assert speakers["Cooperativas de riego"] == ["Elena Sastre", "Ramiro"]


SENTENCE_PAGE = """# Notes: RustFest Lisboa 2025

## Lifetimes without tears
Speaker was Inês Valente from Ferrobyte, and the slides are online.

## Async in embedded
Speaker was Ola Brekke from Nordic Silicon and the demo crashed twice.
"""


def test_a_speakers_sentence_ends_the_affiliation_where_its_clause_does() -> None:
    p = _read(SENTENCE_PAGE)
    orgs = {s.name: s.affiliations for t in p.talks for s in t.speakers}
    assert orgs.get("Inês Valente") in (None, ["Ferrobyte"])
    assert orgs.get("Ola Brekke") in (None, ["Nordic Silicon"])


def test_the_sentence_reader_cuts_the_organisation_at_the_clause() -> None:
    from confnotes.importers.section_reader import sentence_speakers

    def read(line: str) -> list[tuple[str, list[str]]]:
        return [(s.name, s.affiliations) for s in sentence_speakers(line)]

    assert read("Speaker was Inês Valente from Ferrobyte, and the slides are online.") == [
        ("Inês Valente", ["Ferrobyte"])
    ]
    assert read("Speaker was Inês Valente from Smith and Wesson Labs.") == [
        ("Inês Valente", ["Smith and Wesson Labs"])
    ]
