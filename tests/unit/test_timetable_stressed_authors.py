"""A time-led list whose items are ``**time**`` / ``**_Title_**`` / an authors' line whose
names are in italics, each followed by its affiliation: the italic names are the speakers
and the words after each its affiliation (a real programme lost every author of its
time-led list: 33 % recall)."""

from __future__ import annotations

from confnotes.importers import doctree, timetable

PAGE = """# Programme
## 4 December 2025

- **09:20**
**_Reading Old Maps with Open Tools: A Field Report_**
_Ada Ferreira_ - Universidade do Minho; _Tomás Vidal_ CSIC – Instituto de Historia.
- **09:35**
**_Harbour Ledgers as Networks_**
_Ines Kovač_ - University of Zadar.
- **09:50**
_Coffee break_
"""


def test_italic_names_with_affiliations_are_the_speakers() -> None:
    programme = timetable.read(doctree.parse(PAGE), "programme.md", "markdown").programme
    by_title = {t.title: t.speakers for t in programme.talks}
    maps = by_title["Reading Old Maps with Open Tools: A Field Report"]
    assert [(p.name, p.affiliations) for p in maps] == [
        ("Ada Ferreira", ["Universidade do Minho"]),
        ("Tomás Vidal", ["CSIC – Instituto de Historia"]),
    ]
    ledgers = by_title["Harbour Ledgers as Networks"]
    assert [(p.name, p.affiliations) for p in ledgers] == [
        ("Ines Kovač", ["University of Zadar"]),
    ]


def test_stressed_kind_label_before_the_title() -> None:
    page = (
        "## 4 December 2025\n\n"
        "- **14:00** - **Palestra 1** Mapas antigos e ferramentas abertas\n"
        "- **16:00** - **Mesa Redonda 2** O futuro dos arquivos digitais\n"
    )
    programme = timetable.read(doctree.parse(page), "p.md", "markdown").programme
    kinds = {t.title: t.kind for t in programme.talks}
    assert kinds["Mapas antigos e ferramentas abertas"] == "talk"
    assert kinds["O futuro dos arquivos digitais"] == "panel"
