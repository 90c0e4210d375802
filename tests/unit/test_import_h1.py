"""Conventions of real programme pages read by structure: a slot written as one call of a
template macro with positional arguments (a table's row, each position a column), a
line wrapped in tildes (Franklin.jl's raw HTML, no code fence), a pause written where a
speaker's name stands, a second speaker titled in small letters after a comma."""

from __future__ import annotations

from confnotes.importers import doctree, macro_calls, treerecords
from confnotes.importers.columns import read_column
from confnotes.importers.persons import split_speakers
from confnotes.importers.registry import parse_programme

_MACRO_PAGE = r"""+++
title = "Riverside student symposium"
+++

## Tuesday, March 3rd, 2026
~~~<ol>~~~
\slotline{08:30--09:15}{Atrium}{}{Badge pickup}{}{}
\slotline{09:15--09:40}{Hall B}{Counting moss on north walls}{Ida Marsh}{12}{biology}
\slotline{09:40--10:05}{Hall B}{Why tides forget: a tidal memory model}{Omar Fenwick}{7}{physics}
\slotline{10:05--10:30}{Hall C}{}{Coffee break}{}{}
\slotline{10:30--10:55}{Hall B}{Glass that heals itself
after cracking}{Rosa Quill, dr Teodor Varga}{31}{chemistry}
\slotline{10:55--11:20}{Hall B}{Fast sums over $\{x_{i}\}$ sets}{Lena Brook}{4}{maths}
\slotline{11:20--11:45}{Hall B}{Maps of forgotten rivers}{Piet Oster}{19}{geography}
\slotline{11:45--12:45}{Hall C}{}{Lunch break}{}{}
\slotline{12:45--13:10}{Hall B}{Lichen as an air sensor}{Vera Holm}{22}{biology}
~~~</ol>~~~
"""


def test_call_run_reads_positional_arguments() -> None:
    text = "\\slot{9:00}{Hall}{A {nested} title}{Ana Ruiz}\n\\slot{9:30}{Hall}{Next\none}{Bo Li}\n"
    calls = macro_calls.call_run(text, 0, len(text))
    assert calls is not None
    assert [args for _s, _e, args in calls] == [
        ["9:00", "Hall", "A {nested} title", "Ana Ruiz"],
        ["9:30", "Hall", "Next one", "Bo Li"],
    ]


def test_call_run_refuses_mixed_macros_and_prose() -> None:
    mixed = "\\slot{9:00}{A}{B}\n\\other{9:30}{C}{D}\n"
    assert macro_calls.call_run(mixed, 0, len(mixed)) is None
    prose = "\\slot{9:00}{A}{B} and some words\n\\slot{9:30}{C}{D}\n"
    assert macro_calls.call_run(prose, 0, len(prose)) is None
    alone = "\\emph{one}{two}\n"
    assert macro_calls.call_run(alone, 0, len(alone)) is None


def test_macro_run_is_a_table_and_tildes_open_no_fence() -> None:
    doc = doctree.parse(_MACRO_PAGE)
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert len(tables) == 1
    rows = [r for r in tables[0].children if r.kind == "row"]
    assert len(rows) == 9
    assert [c.text for c in rows[1].children] == [
        "09:15--09:40",
        "Hall B",
        "Counting moss on north walls",
        "Ida Marsh",
        "12",
        "biology",
    ]
    assert not any(n.kind == "code" for n in doc.root.walk())


def test_macro_timetable_reads_talks_speakers_and_times() -> None:
    p = parse_programme(_MACRO_PAGE.encode(), "symposium.md")
    by_title = {t.title: t for t in p.talks}
    moss = by_title["Counting moss on north walls"]
    assert [s.name for s in moss.speakers] == ["Ida Marsh"]
    assert moss.start is not None and moss.start.isoformat() == "2026-03-03T09:15:00"
    glass = by_title["Glass that heals itself after cracking"]
    assert [s.name for s in glass.speakers] == ["Rosa Quill", "Teodor Varga"]
    names = {r.person.name for r in p.roles} | {s.name for t in p.talks for s in t.speakers}
    assert "Hall B" not in names and "Coffee break" not in names


def test_records_reading_names_an_untitled_slot_by_its_own_words() -> None:
    p = treerecords.read(_MACRO_PAGE)
    assert p is not None
    titles = [t.title for t in p.talks]
    # the slot with no title is named by the words in the speaker's place, not by the
    # room beside them
    assert "Badge pickup" in titles
    assert "Atrium" not in titles
    moss = next(t for t in p.talks if t.title == "Counting moss on north walls")
    assert [s.name for s in moss.speakers] == ["Ida Marsh"]


def test_break_names_in_a_column_of_people_do_not_outvote_the_names() -> None:
    cells = ["Check-in", "Ida Marsh", "Coffee break", "Omar Fenwick", "Lunch break"]
    cells += ["Lena Brook", "Piet Oster", "Coffee break", "Vera Holm"]
    alone = [False] * len(cells)
    assert read_column(cells, alone=alone, bare=True).role == "people"


def test_second_person_titled_in_small_letters_is_no_affiliation() -> None:
    people = split_speakers("prof. Rosa Quill, dr Teodor Varga", single_ok=True)
    assert [(p.name, p.affiliations) for p in people] == [
        ("Rosa Quill", []),
        ("Teodor Varga", []),
    ]
    kept = split_speakers("Rosa Quill, Prof. of Botany", single_ok=True)
    assert [p.name for p in kept] == ["Rosa Quill"]


_ADMONITION_PAGE = """Title: Maker evening #4
Date: 2024-02-08

Come along to our fourth maker evening.
Programme:

!!! note ""
    18:00 - Doors open

    18:10 - "Soldering without tears" - Hanna Berg

    19:00 - "Tiny robots from old printers" - Jonas Pike

    19:45 - Pizza and chat

Entry is free.
"""


def test_admonition_body_is_markdown_not_code() -> None:
    doc = doctree.parse(_ADMONITION_PAGE)
    assert not any(n.kind == "code" for n in doc.root.walk())
    words = [n.text for n in doc.root.children if n.kind == "paragraph"]
    assert '18:10 - "Soldering without tears" - Hanna Berg' in words


def test_code_fence_keeps_its_admonition_lines() -> None:
    text = "```\n!!! note\n    kept as code\n```\n"
    doc = doctree.parse(text)
    assert [n.kind for n in doc.root.children if n.kind != "blank"] == ["code"]
