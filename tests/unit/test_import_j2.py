"""Mends of stop 62's readings of macro runs and of break cells in a column of names."""

from __future__ import annotations

from confnotes.importers import doctree, macro_calls
from confnotes.importers.columns import read_column
from confnotes.importers.registry import parse_programme

_LAB_PAGE = r"""+++
title = "Tidal lab"
+++

# People

\person{Mira Solvang}{Research engineer}{2018}{mira.png}
\person{Tomas Eriksen}{PhD candidate}{2022}{tomas.png}
\person{Jun Takeda}{Group leader}{2009}{jun.png}

# Papers

\paper{2024}{Silt under slack water}{Mira Solvang and Jun Takeda}{EGU}
\paper{2021}{Counting ripples by sonar}{Tomas Eriksen}{OCEANS}
"""


def test_a_run_of_calls_without_a_clock_is_no_table_of_slots() -> None:
    doc = doctree.parse(_LAB_PAGE)
    assert not any(n.kind == "table" for n in doc.root.walk())
    p = parse_programme(_LAB_PAGE.encode(), "lab.md")
    titles = {t.title for t in p.talks}
    assert not titles & {"Research engineer", "PhD candidate", "Group leader"}
    assert not titles & {"Silt under slack water", "Counting ripples by sonar"}


def test_a_run_of_calls_is_timed_by_clocks_or_by_a_date_beside_a_room() -> None:
    clocked = "\\s{10:00--10:30}{Opening}{Mira Solvang}\n\\s{10:30}{Sonar}{Jun Takeda}\n"
    calls = macro_calls.call_run(clocked, 0, len(clocked))
    assert calls is not None and macro_calls.timed(calls)
    dated = "\\s{12 May 2025}{Room 2}{Silt}{Mira Solvang}\n\\s{13 May 2025}{Room 3}{Sonar}{Jun}\n"
    calls = macro_calls.call_run(dated, 0, len(dated))
    assert calls is not None and macro_calls.timed(calls)
    # a date alone, without a room, is a list of publications or news, not slots
    news = "\\n{12 May 2025}{Silt}{Mira Solvang}\n\\n{13 May 2025}{Sonar}{Jun Takeda}\n"
    calls = macro_calls.call_run(news, 0, len(news))
    assert calls is not None and not macro_calls.timed(calls)


def test_pauses_as_many_as_the_names_leave_a_column_of_texts() -> None:
    # two names among three pauses: the pauses are not left out of the count
    cells = ["Doors open and tea", "Mira Solvang", "Tomas Eriksen", "15 min break", "Lunch"]
    assert read_column(cells).role == "text"
    # a few pauses among many names are left out: still a column of names
    many = ["Mira Solvang", "Coffee break", "Tomas Eriksen", "Jun Takeda", "Lunch break"]
    many += ["Ines Paulsen", "Arvid Holm"]
    assert read_column(many, alone=[False] * len(many), bare=True).role == "people"
