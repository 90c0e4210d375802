"""Agendas of day columns (``Weekday (dd/mm)`` heads without a year, a time over each
slot's one or two lines) and programme exports whose titles write ``Kind: Title:
Subtitle``: the slot's lines and the title's words are read as the rows beside them are,
never as a person (real files: an evening meal and a panel's title head read as people,
a day's head read as the title of the slot above it)."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers import doctree, timetable
from confnotes.importers.persons import is_person_name
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import title_and_speakers

DATA = Path(__file__).resolve().parents[1] / "data" / "importers" / "corpus52e"


def _timetable(name: str):
    path = DATA / name
    text = path.read_text(encoding="utf-8")
    return timetable.read(doctree.parse(text), str(path), "markdown").programme


def test_day_head_ends_the_slot_above_and_a_lone_line_is_its_title() -> None:
    programme = _timetable("e02_jornadas_agenda.md")
    titles = [t.title for t in programme.talks]
    assert "Velada Musical" in titles
    assert not any("(16/06)" in t for t in titles)
    assert not [p.name for t in programme.talks for p in t.speakers]


def test_one_word_line_where_the_rows_write_rooms_is_a_room() -> None:
    programme = _timetable("e03_giornate_programma.md")
    assert not [p.name for t in programme.talks for p in t.speakers]
    assert not programme.roles


def test_meal_named_kind_first_is_no_one() -> None:
    for phrase in ("Pranzo di Benvenuto", "Almoço de Encerramento", "Jantar de Gala"):
        assert not is_person_name(phrase), phrase
    assert is_person_name("Maria de Souza")


def test_kind_led_title_with_a_second_colon_names_no_one_where_titles_do_not() -> None:
    title = "Panel: Quiet Signals Apart: Rural Networks"
    assert title_and_speakers(title, heading=False) == (title, [])
    assert title_and_speakers("Keynote: Ana Ruiz", heading=False)[1]


def test_export_of_kind_titles_invents_no_one() -> None:
    path = DATA / "e01_library_meeting.csv"
    programme = parse_programme(path.read_bytes(), str(path))
    titles = {t.title for t in programme.talks}
    assert "Panel: Quiet Signals Apart: Rural Networks and Shared Collections" in titles
    assert not [p.name for t in programme.talks for p in t.speakers]
