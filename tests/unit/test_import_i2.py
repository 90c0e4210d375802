"""Tables of talk notes: the column a header calls the title, and a pipe table whose
rows open with a bracket (fixtures written for these tests)."""

from __future__ import annotations

from confnotes.importers import doctree, treerecords

_COMMENTED = """# Summer Code Days

Talk Title | Speaker | Notes
--- | --- | ---
Parsing Logs Fast | Ada Whitlow | Clear pace, the live coding went smoothly overall
Tiny Databases | Bruno Kestrel | Lots of diagrams, a bit rushed near the ending
Caching Done Right | Carla Menendez | Useful tips, would happily watch it a second time
Shipping on Fridays | Dmitri Osei | Funny and honest, the questions ran long afterwards
"""


def test_a_header_naming_the_title_column_beats_a_longer_comments_column() -> None:
    programme = treerecords.read(_COMMENTED, "notes.md", True)
    assert programme is not None
    titles = {t.title for t in programme.talks if t.kind != "other"}
    assert titles == {
        "Parsing Logs Fast",
        "Tiny Databases",
        "Caching Done Right",
        "Shipping on Fridays",
    }


_BRACKETED = """Title | Speaker | Seen
--- | --- | ---
Graphs for Everyone | Ada Whitlow | sat near the back, missed the demo
(x + y) * z | Bruno Kestrel | clever algebra tricks for pricing code
Streams | Carla Menendez | slides were hard to read from afar
Tiny Parsers | Dmitri Osei | wrote a parser live in ten minutes
Loud Robots | Emil Varga | the robot arm knocked over a cup
"""


def test_a_pipe_table_row_opening_with_a_bracket_does_not_cut_the_table() -> None:
    tables = [n for n in doctree.parse(_BRACKETED).root.walk() if n.kind == "table"]
    assert len(tables) == 1
    rows = [n for n in tables[0].children if n.kind == "row"]
    assert len(rows) == 6
