"""A timetable's title cells are read alike: where most name no one, a title shaped like
a name, or with a capitalised head before a colon, is a title, not a person (real pages:
``Mailbox Types: From Processes to Programming``, ``Generalised Reachability Games
Revisited`` read as people)."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers import doctree, timetable
from confnotes.importers.registry import parse_programme

DATA = Path(__file__).resolve().parents[1] / "data" / "importers" / "corpus33h"


def _programme():
    path = DATA / "h_titles_only_table.md"
    text = path.read_text(encoding="utf-8")
    return timetable.read(doctree.parse(text), str(path), "markdown").programme


def test_titles_shaped_like_names_name_no_one() -> None:
    programme = _programme()
    titles = {t.title for t in programme.talks}
    assert "Quiet Northern Rivers" in titles
    assert "Slate Roofs: A Field Study of Rainwater Reuse" in titles
    assert "Harbour Lights: Tides and Timetables" in titles
    assert not [p.name for t in programme.talks for p in t.speakers]
    assert not programme.roles


def test_name_colon_title_kept_where_the_rows_name_people() -> None:
    text = (
        "## Thursday 9 October 2025\n\n| Time | Talk |\n|---|---|\n"
        "| 09:00 | Ana Ruiz: Faster Log Compaction |\n"
        "| 09:30 | Bo Lindgren: Columnar Caches |\n"
        "| 10:00 | Coffee |\n"
        "| 10:30 | Chidi Okoro: Streaming Joins |\n"
    )
    programme = parse_programme(text.encode(), "day.md")
    by_title = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert by_title["Faster Log Compaction"] == ["Ana Ruiz"]
    assert by_title["Streaming Joins"] == ["Chidi Okoro"]
