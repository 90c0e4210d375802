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
