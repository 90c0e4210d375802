"""Readers whose work once grew with the square of the document: counted, not timed.

Each test reads a document and the same document twice as long, counts a unit of work
(sections walked, fields read, characters cleaned, indexes built), and asserts the count
no more than about doubles. A reader that asks, for every part, a question about the
whole document again fails here long before anyone notices a slow import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from confnotes.importers import doctree, pagerecords, person_evidence, structure, when
from confnotes.importers.registry import parse_programme

GROWTH = 2.6
"""Most a count may grow when the document doubles (2 is linear; a square would be 4)."""


def _notes(sections: int) -> str:
    words = ("Alpha", "Bravo", "Cedar", "Delta", "Ember", "Fjord", "Garnet", "Harbor")
    out = ["# Conference notes\n"]
    for i in range(sections):
        title = f"{words[i % 8]} {words[(i // 8) % 8].lower()} pipelines"
        out.append(f"\n## {title}\n")
        for part in ("Motivation", "Design", "Pitfalls", "Questions", "Takeaways"):
            out.append(f"\n### {part}\n\nWhat I noted on {title.lower()}.\n")
    return "".join(out)


def _grid(cards: int) -> str:
    out = ['<html><body><div class="grid">']
    for i in range(cards):
        out.append(
            f'<div class="time">{9 + i % 8:02d}:00</div><div class="card">'
            f'<h3 class="title">Talk {i} on widgets</h3><p class="speaker">Ana Ruiz</p></div>'
        )
    return "\n".join([*out, "</div></body></html>"])


def _nested(depth: int) -> str:
    return "<html><body>" + "\n".join(f"<div>w{i} " for i in range(depth)) + "</div>" * depth


def _counted(
    monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, weigh: Callable[..., int]
) -> list[int]:
    """Wrap ``owner.name`` to add ``weigh(*args)`` to a counter on each call."""
    counter = [0]
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        counter[0] += weigh(*args, **kwargs)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return counter


def _growth(run: Callable[[int], None], counter: list[int], size: int) -> float:
    counter[0] = 0
    run(size)
    small = counter[0]
    counter[0] = 0
    run(2 * size)
    assert small > 0, "the counted work did not happen at all"
    return counter[0] / small


def test_notes_sections_are_walked_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every section visited by any walk of the outline: the talk level test once asked
    # for the whole outline's heading lines again for every section it looked at
    counter = _counted(monkeypatch, structure.Section, "walk", lambda *a, **k: 1)
    when._dateparser_day.cache_clear()

    def run(n: int) -> None:
        structure.read.cache_clear()
        programme = parse_programme(_notes(n).encode(), "notes.md")
        assert len(programme.talks) >= n

    assert _growth(run, counter, 80) <= GROWTH


def test_a_grid_of_cards_reads_each_cells_fields_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each card looked for its time cell among every sibling before it, reading them all
    counter = _counted(monkeypatch, pagerecords, "_fields", lambda *a, **k: 1)

    def run(n: int) -> None:
        programme = pagerecords.read(_grid(n))
        assert programme is not None and len(programme.talks) == n
        assert all(t.clock is not None for t in programme.talks)

    assert _growth(run, counter, 60) <= GROWTH


def test_nested_elements_have_their_text_taken_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every element's whole text was cleaned (and, for a split time, taken) before its
    # size was looked at: on nested elements that is the square of the page
    counter = _counted(monkeypatch, pagerecords, "_clean", lambda text: len(text))

    def run(n: int) -> None:
        pagerecords.read(_nested(n))

    assert _growth(run, counter, 300) <= GROWTH


def test_the_searchable_text_is_built_once_for_all_readings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # weigh_people built the document's searchable text and word index anew for every
    # reading it weighed
    counter = _counted(monkeypatch, person_evidence, "_plain", lambda text: int(len(text) > 2_000))
    text = "\n".join(f"{9 + i % 8:02d}:00 Talk number {i} on widgets - Ana Ruiz" for i in range(80))
    parse_programme(f"# Widgetconf 2024\n\n{text}\n".encode(), "programme.md")
    assert counter[0] == 1


def test_a_time_written_in_an_east_asian_script_is_read_once_per_text() -> None:
    when._dateparser_time.cache_clear()
    for _ in range(30):
        assert when.parse_time("下午2:30") is not None
    assert when._dateparser_time.cache_info().misses == 1


def test_a_long_pipe_table_is_looked_at_for_an_org_table_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every row of a pipe table once started another scan of the rows below it, in
    # search of an Org table's rules
    counter = [0]
    scan = doctree._pipe_run_end

    def rows_scanned(lines: list[str], top: int) -> int:
        end = scan(lines, top)
        counter[0] += end - top
        return end

    monkeypatch.setattr(doctree, "_pipe_run_end", rows_scanned)

    def run(n: int) -> None:
        rows = "\n".join(
            f"| {9 + i % 8:02d}:00 | Talk {i} on widgets | Ana Ruiz |" for i in range(n)
        )
        doctree.parse_markdown(  # a "+" written: pipe rows may start an Org table
            f"# Widgetconf + friends\n\n| Time | Title | Speaker |\n|---|---|---|\n{rows}\n"
        )

    assert _growth(run, counter, 400) <= GROWTH


def _speakers_page(n: int) -> str:
    out = ["# Speakers\n"]
    for i in range(n):
        out.append(
            f"\n### Ana Ruiz{chr(65 + i % 26)}\n\n*Harbour Lab {i}*\n\n"
            f"#### Talk\n\nTides number {i}\n"
            f"\n#### Abstract\n\nWhy tides matter, part {i}.\n\n- one point\n- another point\n"
            "  - a nested point\n  - and one more\n  - and the last\n"
        )
    return "".join(out)


def test_the_trees_records_read_each_block_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every parent's children tried as records, every heading level as a run's lead: each
    # block's fields must still be read a bounded number of times, not once per record
    from confnotes.importers import treerecords

    counter = _counted(monkeypatch, treerecords, "_leaf_fields", lambda *a, **k: 1)

    def run(n: int) -> None:
        doctree.parse.cache_clear()
        treerecords.read(_speakers_page(n), "speakers.md")

    assert _growth(run, counter, 40) <= GROWTH
