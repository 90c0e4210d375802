"""Conventions of real notes posts (issue 33, blind files traced by helper a4): a bracket
of names after a title (``Title (Ana Ruiz et Jean Le Goff)``) and a by-line that joins two
full names (``Title par Ana Ruiz et Jean Le Goff``) in notes where most talks name no one.
The fixtures are made up."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme

_NOTES = """---
title: Carnet du salon 2031
date: 2031-05-12
---
# Carnet du salon

# [Mardi 9 mai](https://example.org/jour/mardi)

## [Des files de messages sans surprise](https://example.org/talk/1)

[Video](https://example.org/v/1)

Quelques pièges des files de messages, et comment les voir venir.

## [Mesurer ce qui compte](https://example.org/talk/2)

[Video](https://example.org/v/2)

Des métriques utiles plutôt que nombreuses.

## [Migrer une base sans arrêt](https://example.org/talk/3)

[Video](https://example.org/v/3)

Une migration en trois temps, racontée pas à pas.

## [Le typage pas à pas](https://example.org/talk/x0)

[Video](https://example.org/v/x0)

Une note brève sur le sujet.

## [Des journaux lisibles](https://example.org/talk/x1)

[Video](https://example.org/v/x1)

Une note brève sur le sujet.

## [Penser les API publiques](https://example.org/talk/x2)

[Video](https://example.org/v/x2)

Une note brève sur le sujet.

## [Réduire ses images](https://example.org/talk/x3)

[Video](https://example.org/v/x3)

Une note brève sur le sujet.

## [Tester le réseau](https://example.org/talk/x4)

[Video](https://example.org/v/x4)

Une note brève sur le sujet.

## [Lire un profil mémoire](https://example.org/talk/x5)

[Video](https://example.org/v/x5)

Une note brève sur le sujet.

# Ailleurs

## [Signer ses paquets de bout en bout (Odile FERRAND et Yannick PELLETIER)](https://example.org/talk/4)

[Video](https://example.org/v/4)

Signatures et chaînes de confiance.

## [Tout sur les caches](https://example.org/talk/6)

[Video](https://example.org/v/6)

[Les index expliqués aux curieux par Sonia Vidal et Paul Le Bihan](https://example.org/blog/5)

[Écrire des tests qui durent par Bruno Lacombe](https://example.org/blog/7)
"""


def _read(text: str, name: str = "carnet.md") -> Programme:
    return parse_programme(text.encode(), name)


def _speakers(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_a_bracket_of_names_joined_by_a_conjunction_is_the_talks_by_line() -> None:
    said = _speakers(_read(_NOTES))
    assert said["Signer ses paquets de bout en bout"] == ["Odile FERRAND", "Yannick PELLETIER"]


def test_a_by_line_places_the_full_name_it_joins_to_its_first_speaker() -> None:
    said = _speakers(_read(_NOTES))
    assert said["Les index expliqués aux curieux"] == ["Sonia Vidal", "Paul Le Bihan"]


def test_a_lone_name_in_brackets_is_still_weighed_as_packed() -> None:
    text = _NOTES.replace("(Odile FERRAND et Yannick PELLETIER)", "(Salle Ferrand)")
    said = _speakers(_read(text))
    assert not any("Ferrand" in p for people in said.values() for p in people)


def test_a_range_of_days_in_a_title_takes_its_opening_word_with_it() -> None:
    from confnotes.importers.headings import title_name

    assert title_name("Salon Logiciel 2031 du 4 au 6 juin", 2031) == "Salon Logiciel 2031"
    assert title_name("Harbour Summit 2031 from 3 to 5 May", 2031) == "Harbour Summit 2031"
    assert title_name("Talk from 3 people", 2031) == "Talk from 3 people"
