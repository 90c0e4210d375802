"""Stop 59 (issue 33), the lead's mends: an AsciiDoc agenda table's slots read as the
lines' readers read them (a slot's label and length before its title, who after them),
and a table whose rows are written one a line read by its lines whatever its ``cols``."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

_HEAD = (
    "= Gazetteer Workshop - agenda\n\n"
    "== Day 2\n\n"
    "https://example.org/time?year=2022&month=4&day=5[Day 2 - April 5, 2022 UTC 09:00]\n\n"
    "=== Ways forward\n\n"
    '[cols="a,4a"]\n'
    "|===\n"
)


def _talks(text: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), "agenda.adoc")
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_a_slots_label_and_length_in_a_table_cell_are_no_part_of_its_title() -> None:
    talks = _talks(
        _HEAD + "|Time | Session title\n\n"
        "| 09:00 | Welcome back (10 min)  Mr. Bo Li, Nordlys Mapping Agency\n"
        "| 09:10 | Presentation 4 (20 min) Rivers that cross borders\n"
        "| 09:30 | Presentation 5 (20 min) A shared list of coastline words\n"
        "| 09:50 | Break 1 (10 min)\n"
        "| 10:00 | Speed 4 (10 min) Place names in four scripts\n"
        "| 10:10 | Moving on - open discussion (40 min)  Carla Mendes - Nordlys Mapping Agency\n"
        "| 10:50 | Closing (5 min)\n"
        "|===\n"
    )
    assert "Rivers that cross borders" in talks
    assert "Place names in four scripts" in talks
    assert talks["Welcome back"] == ["Bo Li"]
    assert talks["Moving on - open discussion"] == ["Carla Mendes"]
    assert not any(title.startswith(("Presentation", "Speed")) for title in talks)


def test_rows_one_a_line_with_more_cells_than_cols_says_are_read_by_their_lines() -> None:
    talks = _talks(
        _HEAD + "|Time | Session | Title\n\n"
        "| 09:00 | Welcome (10 min) | Ms Ana Ruiz, chair of the committee\n"
        "| 09:10 | Presentation 1 (20 min) Mapping rivers from orbit\n"
        "| 09:30 | Presentation 2 (20 min) Gazetteers that agree with each other\n"
        "| 09:50 | Break 1 (10 min)\n"
        "| 10:00 | Speed 1 (10 min) Shared words for shared data\n"
        "|===\n\n"
        "== Day 3\n\n"
        "https://example.org/time?year=2022&month=4&day=6[Day 3 - April 6, 2022 UTC 09:00]\n\n"
        '[cols="a,4a"]\n'
        "|===\n"
        "|Time | Session title\n\n"
        "| 09:00 | Presentation 3 (20 min) Coastlines in one table\n"
        "| 09:20 | Closing (5 min)\n"
        "|===\n"
    )
    # both tables read, the one whose lines hold three cells as well as the one of two
    assert "Mapping rivers from orbit" in talks
    assert "Shared words for shared data" in talks
    assert "Coastlines in one table" in talks
