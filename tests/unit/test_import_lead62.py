"""The lead's mends of stop 62's merge (fixtures written anew, in our own words)."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, source: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), source)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_a_title_with_a_colon_and_a_by_line_stays_a_talk() -> None:
    """``Title : a long subtitle ! par Name`` lines: the people come from the by-line,
    not the part before the colon, so the line is a talk, not a point and its sentence."""
    text = """\
# Mes notes de la conférence

Les autres comptes rendus, écrits par des collègues :

[Grafana : comment nous avons appris à aimer nos tableaux de bord ! par Ana Ruiz et Bo Lindqvist](https://example.org/a)

[Rust : la mémoire sûre sans ramasse-miettes, enfin expliquée par Chidi Okafor](https://example.org/b)

[Kafka : les flux de données sont partout dans nos systèmes par Dana Weiss](https://example.org/c)
"""
    talks = _talks(text)
    grafana = next(t for t in talks if t.startswith("Grafana"))
    assert talks[grafana] == ["Ana Ruiz", "Bo Lindqvist"]
    assert any(t.startswith("Kafka") for t in talks)
