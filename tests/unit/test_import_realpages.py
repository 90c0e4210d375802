"""Conventions met on real programme pages nobody here wrote (issue 33, the
``realpages`` set): a workshop page whose day is on another page, a seminar's titles in
``<details><summary>`` cells, columns pasted with tabs, authors a semicolon apart with
footnote marks and ``Given, Family`` names. The fixtures imitate them with made-up
names and titles."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date

DATA = Path(__file__).resolve().parent.parent / "data" / "importers" / "realpages"


def _import(name: str) -> Programme:
    path = DATA / name
    return parse_programme(path.read_bytes(), str(path))


def _talks(programme: Programme) -> list[tuple[str, list[str]]]:
    return [(t.title, [s.name for s in t.speakers]) for t in programme.talks]


def test_a_page_without_its_day_is_read_as_a_timetable_and_keeps_its_times() -> None:
    programme = _import("undated_slots.md")
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Talk by Tobias Lindqvist"].speakers] == ["Tobias Lindqvist"]
    assert [s.name for s in talks["Talk by Hamid Rezaei"].speakers] == ["Hamid Rezaei"]
    assert talks["Talk by Hamid Rezaei"].start is None  # no day on the page: no date made up
    assert talks["Talk by Hamid Rezaei"].clock == time(14, 30)  # 2:30 PM, as the page says
    # a cell in the speakers' column that names no one is its row's title
    assert [s.name for s in talks["Welcome"].speakers] == ["Oriane Castel"]
    assert "Discussion round" in talks


def test_a_summary_in_a_cell_is_the_title_and_its_abstract_stays_apart() -> None:
    programme = _import("summary_cells.md")
    by_title = {t.title: t for t in programme.talks}
    assert set(by_title) == {
        "Heights on modular curves",
        "Counting number fields with prescribed ramification",
    }
    assert [s.name for s in by_title["Heights on modular curves"].speakers] == ["Inès Marchetti"]
    # "When: Tuesdays 4-5pm": the series' hours, said once, start its Tuesday talks
    assert by_title["Heights on modular curves"].start == datetime(2025, 2, 4, 16, 0)


def test_tabs_part_a_time_lines_columns() -> None:
    assert _talks(_import("tab_columns.md"))[1:] == [
        ("Fixed points without tears", ["Helga Brandt"]),
        ("Coinduction for the working programmer", ["Rohan Mehta"]),
        ("Guarded recursion in practice", ["Lucía Ferrer", "Tomasz Wrona"]),
        ("A tour of effect handlers", ["Aiko Tanabe"]),
    ]


def test_authors_a_semicolon_apart_with_footnote_marks() -> None:
    talks = dict(_talks(_import("semicolon_authors.md")))
    assert talks["Drone photogrammetry for hillfort surveys"] == [
        "Marta Kowalczyk",
        "Jonas Vilkas",
        "Petra Novakova",
    ]
    assert talks["Open tools for field records"] == ["Aurelio Bianchi", "Sofia Greco"]


def test_footnote_marks_and_name_lists() -> None:
    assert [p.name for p in split_speakers("Lena Hoff<sup>2</sup>")] == ["Lena Hoff"]
    assert [p.name for p in split_speakers("Lena Hoff², Omar Said*")] == ["Lena Hoff", "Omar Said"]
    # "and" joins people, never a name to an affiliation: this is a title
    assert split_speakers("Graded Monads and Semantics for Probabilistic Programs") == []
    # "Name, Lab; Name, Lab" stays people with their labs
    assert [(p.name, p.affiliations) for p in split_speakers("Ana Ruiz, MIT; Bo Li, ETH")] == [
        ("Ana Ruiz", ["MIT"]),
        ("Bo Li", ["ETH"]),
    ]


def test_pipe_rows_without_a_delimiter_line_are_a_table() -> None:
    talks = _talks(_import("pipe_rows.md"))
    assert ("Talk by Ingrid Solberg", ["Ingrid Solberg"]) in talks
    assert ("Talk by Tariq Haddad, Wen Jiahui", ["Tariq Haddad", "Wen Jiahui"]) in talks


def test_a_headings_attribute_list_is_no_part_of_its_title() -> None:
    assert _talks(_import("heading_anchors.md"))[-3:] == [
        ("Univalent categories of modules", ["Selin Aydın"]),
        ("Cubical methods for synthetic homotopy theory", ["Jonah Whitcombe"]),
        ("TBA", ["Priya Raman"]),
    ]


def test_time_led_paragraphs_and_the_talks_listed_under_a_session() -> None:
    programme = _import("time_colon_paragraphs.md")
    talks = dict(_talks(programme))
    # a numbered label stays whole: five invited talks are not one title
    assert talks["Invited Talk 1"] == ["Marisol Quintero"]
    assert talks["Invited Talk 2"] == ["Einar Solheim"]
    # a session's list of titles over their authors: its talks
    assert talks["Label noise in crowd-sourced toxicity data"] == [
        "Farah Nadeem",
        "Luis Cabrera",
        "Ute Brenner",
    ]
    assert talks["Counter-speech that works: a field study"] == ["Ikenna Obi", "Sára Horváth"]
    # a list of titles alone under the poster session: its posters, no one named; a kind
    # of session is no person
    poster = next(
        t for t in programme.talks if t.title == "Measuring sarcasm drift in forum threads"
    )
    assert (poster.kind, poster.speakers) == ("poster", [])
    assert talks["Moderation at the scale of billions"] == []
    people = {s.name for t in programme.talks for s in t.speakers}
    assert "Panel Discussion" not in people


def test_time_led_items_nested_under_a_row_are_rows() -> None:
    programme = _import("nested_time_items.md")
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Talk by Noor Al-Sayed"].speakers] == ["Noor Al-Sayed"]
    assert [s.name for s in talks["Surrogates for edge turbulence"].speakers] == ["Karl Lindgren"]
    assert talks["Surrogates for edge turbulence"].start == datetime(2025, 9, 9, 14, 20)
    # names a slash apart are two people
    assert [s.name for s in talks["Talk by Maya Chen, Diego Ortiz"].speakers] == [
        "Maya Chen",
        "Diego Ortiz",
    ]


def test_a_restructuredtext_raw_html_table_is_read_as_the_page() -> None:
    programme = _import("raw_html_table.rst")
    talks = {t.title: t for t in programme.talks}
    keynote = talks["Teaching with notebooks"]
    assert [s.name for s in keynote.speakers] == ["Ottilie Brandt"]
    assert keynote.start == datetime(2024, 11, 8, 9, 0)
    assert keynote.kind == "keynote"  # the kind under the title
    other = talks["A year of type hints in a large code base"]
    assert [s.name for s in other.speakers] == ["Kenji Arai"]
    people = {s.name for t in programme.talks for s in t.speakers}
    assert people == {"Ottilie Brandt", "Kenji Arai"}  # "Social Event / Apéro" is no one


def test_a_numeric_date_whose_day_and_month_are_equal_is_read() -> None:
    assert find_date("Day 1: 03/03/2026") == (date(2026, 3, 3), True)
    assert find_date("Day 1: 03/04/2026") == (None, False)  # ambiguous: not read


def test_a_pages_front_matter_title_names_it_when_no_heading_does() -> None:
    assert _import("summary_cells.md").name == "Spring 2025 Number theory seminar"
    # a title that only names the page ("Programme") names no event
    assert _import("heading_anchors.md").name != "Programme"


def test_a_table_with_a_column_per_track() -> None:
    programme = _import("two_tracks.md")
    talks = {(t.title, t.room): t for t in programme.talks}
    assert ("Rolling Upgrades at Night", "Admins Track") in talks
    assert ("Queues Without Fear", "Makers Track") in talks
    keynote = talks[("Keynote from Dalia Mansour", "Makers Track")]
    assert [s.name for s in keynote.speakers] == ["Dalia Mansour"]
    assert keynote.kind == "keynote"
    # a title in capitals among titles ("Secrets Rotation") is no person's slot
    assert ("Secrets Rotation", "Admins Track") in talks
    people = {s.name for t in programme.talks for s in t.speakers}
    assert people == {"Dalia Mansour"}


def test_a_bio_sentence_about_someone_already_named_names_no_one_new() -> None:
    path = DATA / "speaker_bios.md"
    programme = parse_programme(path.read_bytes(), str(path), format="markdown")
    people = {r.person.name for r in programme.roles}
    assert people == {"Marguerite Olsen", "Tadeo Rivas"}  # not "Prof. Olsen"


def test_organised_by_in_prose_names_a_host_not_a_speaker() -> None:
    programme = _import("organised_by.md")
    speakers = {s.name for t in programme.talks for s in t.speakers}
    assert speakers == {"Malik Osei"}


def test_et_al_after_a_list_of_authors_names_no_one_and_keeps_the_others() -> None:
    assert [p.name for p in split_speakers("Dara Quinn; Omar Said; Lena Hoff et al.")] == [
        "Dara Quinn",
        "Omar Said",
        "Lena Hoff",
    ]


def test_authors_in_a_block_under_a_cells_title_are_its_speakers() -> None:
    """``<a>Title</a><div>(A, B, C)</div>`` in one cell: the block's bracketed line is an
    aside of the title, as ``Title (A, B, C)`` on one line would be (the cell's blocks
    kept apart lost every author of such a page)."""
    page = (
        "<html><head><title>Shape Retrieval Workshop 2024</title></head><body>"
        "<h2>Programme</h2><table>"
        "<tr><th colspan='3'>Monday, June 3rd, 2024</th></tr>"
        "<tr><td>09:00</td><td>Opening</td><td>(Chairs)</td></tr>"
        "<tr><td>09:10</td><td>Full Paper<div>(video)</div></td>"
        "<td><a href='https://doi.org/10.1/x1'>Sketches to meshes at scale</a>"
        "<div class='font-italic'>(Irina Volkova, Tomasz Nowak, Leila Haddad)</div></td></tr>"
        "<tr><td>09:30</td><td>Full Paper<div>(video)</div></td>"
        "<td><a href='https://doi.org/10.1/x2'>Point clouds across seasons</a>"
        "<div class='font-italic'>(Marta Ruiz, Kenji Oda)</div></td></tr>"
        "<tr><td>09:50</td><td>Break</td><td></td></tr>"
        "</table></body></html>"
    )
    programme = parse_programme(page.encode(), "workshop.html")
    talks = dict(_talks(programme))
    assert talks["Sketches to meshes at scale"] == ["Irina Volkova", "Tomasz Nowak", "Leila Haddad"]
    assert talks["Point clouds across seasons"] == ["Marta Ruiz", "Kenji Oda"]
