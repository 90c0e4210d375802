"""Stop 59 (w4): conventions of real seminar pages, folders and lists, each read by a
general mechanism (fixtures written for these tests)."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.registry import parse_programme

_ORG_SERIES = """#+TITLE: Reading group on numerical methods

* Spring term

** Krylov solvers in practice
   :PROPERTIES:
   :SPEAKER: Marta Olmedo
   :SCHEDULED: <2025-02-04 Tue 16:00>
   :ROOM: Seminar room B
   :END:

   We read two chapters and try the examples together.

** Stiff equations without tears
   :PROPERTIES:
   :SPEAKER: Tomas Verhagen
   :SCHEDULED: <2025-02-18 Tue 16:00>
   :ROOM: Seminar room B
   :END:

   A gentle walk through implicit schemes.

** Sparse matrices on a laptop
   :PROPERTIES:
   :SPEAKER: Ines Carvalho
   :SCHEDULED: <2025-03-04 Tue 16:00>
   :ROOM: Seminar room B
   :END:

   How far a small machine can go.
"""


def test_org_property_drawers_give_each_session_its_time_and_room() -> None:
    programme = parse_programme(_ORG_SERIES.encode(), "series.org")
    talks = {t.title: t for t in programme.talks}
    krylov = talks["Krylov solvers in practice"]
    assert [p.name for p in krylov.speakers] == ["Marta Olmedo"]
    assert krylov.start == datetime(2025, 2, 4, 16, 0)
    assert krylov.room == "Seminar room B"
    assert talks["Sparse matrices on a laptop"].start == datetime(2025, 3, 4, 16, 0)


_LIGHTNING_LIST = """# Meetup, March 2024

Our speakers for the lightning evening:

* [Oona Lindgren](https://example.org/oona): Queues without tears
* [Marek Dvorak](https://example.org/marek): 99 problems and a cache
* [Rosa Maria Quintero](https://example.org/rosa): Patient Refactoring
* [Tobi Adeyemi](https://example.org/tobi): Why my tests are slow
* [Kai Brenner](https://example.org/kai): Shipping on Fridays
"""


def test_a_linked_name_then_a_title_shaped_like_a_name_is_read_as_its_siblings_are() -> None:
    # "[Name of three words](url): Two Capitalised Words": alone, either side could be the
    # person; the list's other items put the person first, so this one is read that way
    programme = parse_programme(_LIGHTNING_LIST.encode(), "march.md")
    said = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert said.get("Patient Refactoring") == ["Rosa Maria Quintero"]
    assert said.get("Queues without tears") == ["Oona Lindgren"]
    names = {p.name for t in programme.talks for p in t.speakers}
    assert "Patient Refactoring" not in names
