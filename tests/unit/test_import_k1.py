"""Losses of the blind set's hand-written HTML and Markdown programmes made general (issue
33), in fixtures of our own words: a timetable cell whose title has its authors' list on a
line under it is a title cell, however long the list."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme

POOL = [
    "Ana Ruiz",
    "Bruno Lindqvist",
    "Chiara Moretti",
    "Dmitri Volkov",
    "Eun-Ji Park",
    "Farid Haddad",
    "Greta Sorensen",
    "Hugo Dumas",
    "Ines Carvalho",
    "Jonas Weber",
    "Kaito Mori",
    "Lena Kowalski",
    "Marco Bellini",
    "Nadia Petrova",
    "Oscar Lindgren",
    "Priya Raman",
    "Quentin Marchand",
    "Rosa Delgado",
    "Stefan Novak",
    "Tamara Horvat",
    "Ugo Ferri",
    "Vera Smirnova",
]


def _day_table(day: str, rows: list[tuple[str, str, str, int]]) -> str:
    """One day's table: time, the slot's kind with a note in italics under it, the linked
    title with its authors' list (``count`` of them) in italics under it."""
    body = "".join(
        f'<tr><td>{at}</td><td>{kind}<div class="font-italic">(streamed)</div></td>'
        f'<td><a href="https://example.org/{n}">{title}</a>'
        f'<div class="font-italic">({", ".join(POOL[n : n + count])})</div></td></tr>\n'
        for n, (at, kind, title, count) in enumerate(rows)
    )
    return (
        f'<table><thead><tr><th colspan="3">{day}</th></tr></thead><tbody>{body}</tbody></table>\n'
    )


def _workshop(rows: list[tuple[str, str, str, int]]) -> Programme:
    """A workshop page of one day's table of ``rows``, imported."""
    page = (
        "<!DOCTYPE html><html><head><title>Shape Workshop 2022</title></head><body>"
        "<h2>Programme</h2>" + _day_table("Monday, June 13th, 2022", rows) + "</body></html>"
    )
    return parse_programme(page.encode(), "shape.html")


def test_a_long_authors_list_under_each_title_keeps_the_column_a_title_column() -> None:
    rows = [
        ("10:00", "Challenge Paper", "Matching Scanned Pottery Shards", 16),
        ("10:20", "Challenge Short Paper", "Sorting Leaf Outlines by Species", 18),
        ("10:40", "Challenge Paper", "Retrieving Furniture from Rough Sketches", 17),
        ("11:00", "Full Paper", "Segmenting Point Clouds of Old Bridges", 15),
        ("11:20", "Short Paper", "Hashing Meshes for Fast Lookup", 14),
    ]
    programme = _workshop(rows)
    titles = [t.title for t in programme.talks]
    assert "Sorting Leaf Outlines by Species" in titles
    assert "Challenge Paper (streamed)" not in titles
    talk = next(t for t in programme.talks if t.title.startswith("Matching Scanned"))
    assert [p.name for p in talk.speakers][:2] == ["Ana Ruiz", "Bruno Lindqvist"]
    assert len(talk.speakers) == 16


def test_a_column_of_slot_types_beside_the_titles_gives_each_talk_its_kind() -> None:
    rows = [
        ("09:00", "Keynote", "Why Shapes Still Matter", 1),
        ("10:00", "Full Paper", "Matching Scanned Pottery Shards", 3),
        ("10:20", "Full Paper", "Sorting Leaf Outlines by Species", 2),
        ("10:40", "Short Paper", "Hashing Meshes for Fast Lookup", 2),
        ("11:00", "Keynote", "Forty Years of Curves", 1),
    ]
    programme = _workshop(rows)
    kinds = {t.title: t.kind for t in programme.talks}
    assert kinds["Why Shapes Still Matter"] == "keynote"
    assert kinds["Forty Years of Curves"] == "keynote"
    assert kinds["Matching Scanned Pottery Shards"] == "talk"


def test_a_bracketed_aside_in_the_title_cell_leaves_the_slot_its_type_as_title() -> None:
    rows = [
        ("09:00", "Opening", "(Organisers)", 0),
        ("09:10", "Full Paper", "Matching Scanned Pottery Shards", 3),
        ("09:30", "Full Paper", "Sorting Leaf Outlines by Species", 2),
        ("09:50", "Full Paper", "Hashing Meshes for Fast Lookup", 2),
        ("10:10", "Closing", "", 0),
    ]
    page = (
        "<!DOCTYPE html><html><head><title>Shape Workshop 2022</title></head><body>"
        "<h2>Programme</h2>" + _day_table("Monday, June 13th, 2022", rows) + "</body></html>"
    )
    page = page.replace('<a href="https://example.org/0">(Organisers)</a>', "(Organisers)")
    page = page.replace('<a href="https://example.org/4"></a>', "")
    page = page.replace('<div class="font-italic">()</div>', "")
    programme = parse_programme(page.encode(), "shape.html")
    titles = [t.title for t in programme.talks] + [s.title for s in programme.sessions]
    assert "Opening" in titles
    assert "Closing" in titles
    assert not any("Organisers" in t or "streamed" in t for t in titles)
