"""Stop 67, helper g2: a person's notes listing the talks they liked one item each,
``Title <by-word> Name`` then the writer's remark after a separator (``: muy bueno``,
`` - went well``, a bare link), in any language; and a heading of a weekday and a bare
day number (``Jueves 12``) dating the list under it. Fixtures written for these tests,
in our own words."""

from __future__ import annotations

from datetime import date

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.remark_bylines import remark_byline, remark_bylines


def _read(text: str, name: str) -> Programme:
    return parse_programme(text.encode(), name)


def _speakers(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


_SPANISH_RST = """\
.. title: Semana Fluvial 2031
.. date: 2031-03-20 10:00:00 UTC

Cuento lo que vi en la Semana Fluvial; llegué tarde el primer día.

Martes 11
=========

Llegué a la siesta y fui directo al salón grande.

Mis charlas favoritas del día:

* Sensores baratos para medir caudales de Lucía Ferrer: muy práctica: https://example.org/caudales

* Modelos de crecidas en tiempo real de Tomás Aguirre Blanco: se quedó sin tiempo

* Datos abiertos del río por Marta Ibáñez & Pablo Sanz: https://example.org/datos

Miércoles 12
============

El segundo día fue más corto.

* Mapas de riesgo con software libre por Inés Calvo: la mejor del evento

* Historia de los puertos de Rosa Vidal: divertida y clara
"""


def test_spanish_items_read_title_speaker_and_day() -> None:
    p = _read(_SPANISH_RST, "semana.rst")
    got = _speakers(p)
    assert got["Sensores baratos para medir caudales"] == ["Lucía Ferrer"]
    assert got["Modelos de crecidas en tiempo real"] == ["Tomás Aguirre Blanco"]
    assert got["Datos abiertos del río"] == ["Marta Ibáñez", "Pablo Sanz"]
    assert got["Mapas de riesgo con software libre"] == ["Inés Calvo"]
    assert got["Historia de los puertos"] == ["Rosa Vidal"]
    days = {t.title: t.day for t in p.talks}
    assert days["Sensores baratos para medir caudales"] == date(2031, 3, 11)
    assert days["Mapas de riesgo con software libre"] == date(2031, 3, 12)
    # no day heading became a talk, no remark became a person
    assert not any(
        t.title.startswith(("Martes", "Miércoles")) for t in p.talks if t.kind != "other"
    )
    assert "Se" not in {s.name.split()[0] for t in p.talks for s in t.speakers}
    # the writer's day headings stay in the notes, word for word
    bodies = "\n".join(t.body for t in p.talks)
    assert "Martes 11" in bodies and "Miércoles 12" in bodies


_ENGLISH_MD = """\
# Notes from Tidewater Summit

Mostly a list of tools I want to try.

## Talks I enjoyed

- [Cheap sensors at scale] by [Nora Quist] - the demo failed but the idea is great.
  - follow up on the battery numbers
- [Flood maps for everyone] by [Ivo Brandt] — slides are online

[Cheap sensors at scale]: https://example.org/talks/sensors
[Nora Quist]: https://example.org/people/nora
[Flood maps for everyone]: https://example.org/talks/floods
[Ivo Brandt]: https://example.org/people/ivo
"""


def test_reference_links_with_remark_read_as_talks() -> None:
    got = _speakers(_read(_ENGLISH_MD, "notes.md"))
    assert got.get("Cheap sensors at scale") == ["Nora Quist"]
    assert got.get("Flood maps for everyone") == ["Ivo Brandt"]


def test_other_languages_and_separators() -> None:
    lines = [
        "Rivières et capteurs par Claire Dubois — à revoir absolument",
        "Wasserstände messen von Jonas Albrecht: gute Folien",
        "Ports of the north by Ana Lund; recorded",
    ]
    reads = remark_bylines(lines)
    assert [r[0] if r else None for r in reads] == [
        "Rivières et capteurs",
        "Wasserstände messen",
        "Ports of the north",
    ]
    assert [[p.name for p in r[1]] for r in reads if r] == [
        ["Claire Dubois"],
        ["Jonas Albrecht"],
        ["Ana Lund"],
    ]


def test_near_misses_name_no_one() -> None:
    # "de" joining nouns, a place after the connective, a lower-case remark: no person
    assert remark_byline("Patrones de diseño en Python: muy bueno") is None
    assert remark_bylines(["Una charla de Buenos Aires: lindo lugar", "Comida y café"]) == [
        None,
        None,
    ]
    assert remark_byline("Notes by the river - cold morning") is None
    # a lone item whose connective also joins nouns is not read on its own
    assert remark_bylines(["Historia de Rosa Vidal: interesante", "Comida y café"]) == [None, None]


def test_weekday_number_heading_needs_a_weekday() -> None:
    text = """\
.. title: Meetup Notes 2031
.. date: 2031-03-20 10:00:00 UTC

Python 3
========

* Fast loops in practice by Lea Marsh: good

* Typed data by Omar Haddad: fine
"""
    p = _read(text, "meetup.rst")
    # "Python 3" is no day: the talks keep the post's date, not a third of any month
    assert all(t.day is None or t.day.day != 3 for t in p.talks)
