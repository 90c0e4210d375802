"""Stop 66, c2: time-led lines that keep their presenters in brackets (issue 33, items 3
and 4): ``Title (Name)``, ``Label N (Name): *Title*``, ``Topic (Given, Given): subtitle``
and a bracket of full names inside the line, read as the document's convention whatever
the separators, the container (paragraph lines, list items) or the language."""

from __future__ import annotations

from confnotes.importers.bracket_people import bracket_parts, given_names
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "schedule.md") -> Programme:
    return parse_programme(text.encode(), name)


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


RIVERS = """# Summer school on river modelling

## Day 1 – Foundations

*Monday 4 September 2023*

- 09:00 – 09:30: Opening words
- 09:30 – 10:30: Why rivers meander (Lena Vogt)
- 10:30 – 11:00: Coffee break
- 11:00 – 12:00: Lecture 1 (Tomas Berg): *Sediment transport in steep channels*
- 12:00 – 13:00: Lunch
- 13:00 – 14:00: Hands-on session (Lena, Tomas): setting up the first model
- 14:00 – 15:00: Field data (Mira): what the gauges tell us

## Day 2 – Floods

*Tuesday 5 September 2023*

- 09:00 – 10:00: Lecture 2 (Karim Haddad): *Flood frequency in a warmer climate*
- 10:00 – 10:30: Coffee break
- 10:30 – 12:00: Exercises (calibration and validation)
- 13:00 – 14:00: Discussion round (Mira)
"""

ATELIER = """# Atelier

```{note} Horaires indicatifs
:class: info

Le programme peut encore bouger.
```

## Jour 1 - Introduction

*Jeudi 12 octobre 2023*

9h00 to 9h30 : Accueil des participants<br>
9h30 to 10h30 : Présentation générale (Claire Dubois)<br>
10h30 to 11h00 : Pause café<br>
11h00 to 12h00 : Exposé 1 (Julien Morel) : *Les glaciers des Alpes depuis 1850*<br>

12h00 to 13h30 : Déjeuner

13h30 to 15h00 : Travaux pratiques (Claire, Julien) : premiers pas avec le modèle<br>
15h00 to 16h00 : Retour d'expérience (Inès)<br>

## Jour 2 - Applications

*Vendredi 13 octobre 2023*

9h00 to 10h00 : Exposé 2 (Paul Girard) : *Hydrologie des bassins versants*<br>
10h00 to 12h00 : Travaux pratiques (étalonnage du modèle)<br>
"""

TALLER = """# Taller de datos abiertos

*Sábado 9 de marzo de 2024*

**10:00 - 10:45**: Bienvenida y presentación del taller (Lucía Fernández)<br>
**10:45 - 11:30**: Charla 1 (Diego Martín): *Portales de datos municipales*<br>
**11:30 - 12:00**: Café<br>
**12:00 - 13:00**: Práctica guiada (Lucía, Diego): limpieza de tablas<br>
**13:00 - 13:30**: Cierre (Marta)<br>
"""

MIDLINE = """# Schedule

## Day 1

*Friday 2 February 2024*

**09:00 - 10:00**: Setting the scene (Hana Kowalska)<br>
**10:00 - 11:00**: Talk 1 (Ravi Menon): *Measuring snow from orbit*<br>

**11:00 - 12:00**: Coffee and posters

**12:00 - 13:00**: Open data. Short talk (Hana Kowalska, Ravi Menon) and a round table.<br>
**13:00 - 14:00**: Talk 2 (Ines Albu): *Avalanche forecasting with few stations*<br>
"""

NEAR_MISS = """# Workshop

*Saturday 11 May 2024*

**09:00 - 10:00**: Registration (Main Hall)<br>
**10:00 - 11:00**: Practicals (Advanced)<br>
**11:00 - 11:30**: Coffee (Foyer)<br>
**11:30 - 12:30**: Session (Livestream)<br>
**12:30 - 13:30**: Lunch<br>
"""


def test_list_items_with_en_dashes_read_brackets_as_presenters() -> None:
    programme = _read(RIVERS)
    talks = _talks(programme)
    assert talks["Why rivers meander"] == ["Lena Vogt"]
    assert talks["Sediment transport in steep channels"] == ["Tomas Berg"]
    # the bracket's given names are the speakers the page named in full above (stop 74)
    assert talks["Hands-on session: setting up the first model"] == ["Lena Vogt", "Tomas Berg"]
    assert talks["Field data: what the gauges tell us"] == ["Mira"]
    assert talks["Discussion round"] == ["Mira"]
    assert talks["Exercises (calibration and validation)"] == []
    starts = {t.title: t.start for t in programme.talks}
    assert str(starts["Flood frequency in a warmer climate"]) == "2023-09-05 09:00:00"


def test_french_lines_with_h_clock_and_spaced_colon() -> None:
    talks = _talks(_read(ATELIER))
    assert talks["Présentation générale"] == ["Claire Dubois"]
    assert talks["Les glaciers des Alpes depuis 1850"] == ["Julien Morel"]
    assert talks["Travaux pratiques: premiers pas avec le modèle"] == [
        "Claire Dubois",
        "Julien Morel",
    ]
    assert talks["Retour d'expérience"] == ["Inès"]
    assert talks["Travaux pratiques (étalonnage du modèle)"] == []  # no one named


def test_small_spanish_page_without_headings() -> None:
    programme = _read(TALLER)
    talks = _talks(programme)
    assert talks["Portales de datos municipales"] == ["Diego Martín"]
    assert talks["Práctica guiada: limpieza de tablas"] == ["Lucía Fernández", "Diego Martín"]
    assert talks["Cierre"] == ["Marta"]
    assert str(programme.talks[0].start) == "2024-03-09 10:00:00"


def test_a_bracket_of_full_names_inside_the_line() -> None:
    talks = _talks(_read(MIDLINE))
    title = "Open data. Short talk and a round table."
    assert talks[title] == ["Hana Kowalska", "Ravi Menon"]
    assert talks["Avalanche forecasting with few stations"] == ["Ines Albu"]
    assert talks["Setting the scene"] == ["Hana Kowalska"]


def test_brackets_of_places_and_levels_name_no_one() -> None:
    programme = _read(NEAR_MISS)
    assert all(not t.speakers for t in programme.talks)
    assert not programme.roles


def test_given_names_alone_need_the_documents_convention() -> None:
    # one bracket of given names in a page that names no one in full: no people
    text = (
        "# Day\n\n*Monday 3 June 2024*\n\n"
        "**09:00 - 10:00**: Intro (Anna)<br>\n**10:00 - 11:00**: Work<br>\n"
    )
    assert all(not t.speakers for t in _read(text).talks)


def test_bracket_parts_and_given_names() -> None:
    parts = bracket_parts("Lecture 3 (Ana Ruiz): Tides in harbours")
    assert ("Ana Ruiz", "Tides in harbours", "talk", True) in [
        (w, t, "talk", g) for w, t, _k, g in parts
    ]
    assert [p.name for p in given_names("Ana, Bo y Carla")] == ["Ana", "Bo", "Carla"]
    assert given_names("OGGM-Edu") == []
    assert given_names("temperature index model") == []
    assert given_names("Coffee") == []
