"""reStructuredText pages read through the same tree: section titles underlined with
``####`` or ``^^^^`` are headings, a line block's line wrapped over several physical
lines is one line, ``\u0060*Title* <url>\u0060__`` is a linked title, a paragraph's wrapped
lines are one line (a real workshop programme in .rst read at 2.7 % recall)."""

from __future__ import annotations

import itertools

from confnotes.importers import doctree, timetable
from confnotes.importers.headings import read_heading

PAGE = """.. -*- coding:utf-8 -*-

PROGRAMME
#########

:date: 2024-01-05

Second Workshop on Quiet Compilers
----------------------------------

14.03.2024
^^^^^^^^^^

**(9:00 - 10:30) Morning**

9:00–9:10

Opening

9:10–10:00

Invited talk by Rosa Lindqvist: Incremental Parsing for Editors
That Never Stall

10:00

| `*Register Allocation by Graph Colouring in Linear
Time* <pdf/QC01.pdf>`__
|  Tomas Berg, Ines Duarte and Kenji Mori

**(10:30 - 11:00) Posters**

| `*A Small Study of Loop Unrolling in
Embedded Targets* <pdf/QC02.pdf>`__
|  Lena Vogt and Omar Haddad
"""


def test_rst_structures_in_the_tree() -> None:
    doc = doctree.parse(PAGE)
    headings = [n.text for n in doc.root.walk() if n.kind == "heading"]
    assert headings == ["PROGRAMME", "Second Workshop on Quiet Compilers", "14.03.2024"]
    paragraphs = [n.text for n in doc.root.walk() if n.kind == "paragraph"]
    assert (
        "Register Allocation by Graph Colouring in Linear Time\nTomas Berg, Ines Duarte and "
        "Kenji Mori"
    ) in paragraphs
    # every byte of the page still belongs to one node
    leaves = doctree.leaves(doc.root)
    assert leaves[0].start == 0 and leaves[-1].end == len(PAGE)
    assert all(a.end == b.start for a, b in itertools.pairwise(leaves))


def test_rst_programme_read_as_a_timetable() -> None:
    doc = doctree.parse(PAGE)
    programme = timetable.read(doc, "program.rst", "markdown").programme
    by_title = {t.title: t for t in programme.talks}
    linked = by_title["Register Allocation by Graph Colouring in Linear Time"]
    assert [p.name for p in linked.speakers] == ["Tomas Berg", "Ines Duarte", "Kenji Mori"]
    assert linked.start is not None and (linked.start.month, linked.start.day) == (3, 14)
    assert (linked.start.hour, linked.start.minute) == (10, 0)
    invited = by_title["Incremental Parsing for Editors That Never Stall"]
    assert [p.name for p in invited.speakers] == ["Rosa Lindqvist"]
    assert invited.kind == "keynote"
    poster = by_title["A Small Study of Loop Unrolling in Embedded Targets"]
    assert [p.name for p in poster.speakers] == ["Lena Vogt", "Omar Haddad"]


def test_kind_by_name_colon_title() -> None:
    talk = read_heading("Invited talk by Rosa Lindqvist: Incremental Parsing")
    assert (talk.title, [p.name for p in talk.speakers]) == (
        "Incremental Parsing",
        ["Rosa Lindqvist"],
    )
