"""Real programmes read badly (stop 62, helper i3): a slot's start and end written side by
side, each clock in an element of its own, with no dash between them."""

from __future__ import annotations

from datetime import time

import pytest

from confnotes.importers.entries import leading_clock
from confnotes.importers.registry import parse_programme


@pytest.mark.parametrize(
    ("line", "start", "end", "rest"),
    [
        ("14:30 15:15", time(14, 30), time(15, 15), ""),
        ("9.00 9.40 Opening words", time(9), time(9, 40), "Opening words"),
        ("16:00  17:30", time(16), time(17, 30), ""),
    ],
)
def test_two_bare_clocks_side_by_side_are_a_range(
    line: str, start: time, end: time, rest: str
) -> None:
    assert leading_clock(line)[:3] == (start, end, rest)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("10:00 09:00 Backwards", "09:00 Backwards"),  # an end before its start
        ("08:00 15:00 Two zones", "15:00 Two zones"),  # too far apart for one slot
        ("10:00 11.00 Mixed forms", "11.00 Mixed forms"),  # written unlike the first
        ("10:00 11:00am Later", "11:00am Later"),  # a clock of another form
    ],
)
def test_a_second_clock_that_closes_no_slot_stays_in_the_text(line: str, rest: str) -> None:
    start, end, after, _ampm = leading_clock(line)
    assert (start, end, after) == (time(int(line[:2])), None, rest)


_ITEM = """
<div class="agenda-item">
  <div class="agenda-time"><span class="t">{start}
    <span class="t-end">{end}</span></span></div>
  <div class="agenda-talk">
    <div class="agenda-title">{title}</div>
    <div class="agenda-who"><a href="https://example.org/{slug}">{name}</a>, Acme Labs, Gdańsk</div>
    <div class="agenda-about"><p>{about}</p></div>
  </div>
</div>
"""


def test_a_page_whose_slots_hold_start_and_end_in_nested_spans_keeps_their_titles() -> None:
    items = [
        ("09:30", "10:20", "Why flaky builds are a design smell", "Marta Zielinska", "marta"),
        ("10:40", "11:30", "Caching without tears", "Tomasz Wrona", "tomasz"),
    ]
    body = "".join(
        _ITEM.format(
            start=s,
            end=e,
            title=title,
            name=name,
            slug=slug,
            about="A walk through what went wrong, what we changed, and what it cost us.",
        )
        for s, e, title, name, slug in items
    )
    page = f"<html><body><h1>Frontend evening</h1><section>{body}</section></body></html>"
    programme = parse_programme(page.encode(), "evening.html")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks == {
        "Why flaky builds are a design smell": ["Marta Zielinska"],
        "Caching without tears": ["Tomasz Wrona"],
    }


_GRID_HEAD = """<div class="row">
  <div class="col-2"><strong>Time</strong></div>
  <div class="col-5"><strong>Hall A</strong></div>
  <div class="col-5"><strong>Hall B</strong></div>
</div>
"""
_GRID_ROW = """<div class="row">
  <div class="col-2"><time>{time}</time></div>
  <div class="col-5"><a href="/talks/a{n}">{a}</a></div>
  <div class="col-5"><a href="/talks/b{n}">{b}</a></div>
</div>
"""


def _grid(cells: list[tuple[str, str, str]]) -> bytes:
    body = "".join(_GRID_ROW.format(time=t, n=n, a=a, b=b) for n, (t, a, b) in enumerate(cells))
    return f"## Programme\n\n{_GRID_HEAD}{body}".encode()


_NAMED = [
    (
        "09:00-09:30",
        "Marta Zielinska (Acme Labs), Why flaky builds are a design smell",
        "Tomasz Wrona (Bright Ltd), Caching without tears",
    ),
    (
        "09:30-10:00",
        "Ola Nowicka (Northwind), Tracing a request across nine services",
        "Jan Kowal (Gamma), Small teams and large monoliths",
    ),
]


def test_a_bare_name_before_a_comma_speaks_where_the_page_writes_speakers_first() -> None:
    cells = [
        *_NAMED,
        (
            "10:00-10:30",
            "Piotr Kalinowski, Rolling back without fear",
            "Coffee, tea and biscuits for everyone",
        ),
    ]
    programme = parse_programme(_grid(cells), "grid.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks["Rolling back without fear"] == ["Piotr Kalinowski"]
    assert not any("Coffee" in p.name for t in programme.talks for p in t.speakers)


def test_a_bare_name_before_a_comma_stays_a_title_without_the_pages_convention() -> None:
    cells = [
        ("09:00-09:30", "Why flaky builds are a design smell", "Caching without tears"),
        ("09:30-10:00", "Tracing a request across nine services", "Small teams, large monoliths"),
        ("10:00-10:30", "Piotr Kalinowski, Rolling back without fear", "Closing words"),
    ]
    programme = parse_programme(_grid(cells), "grid.md")
    assert not any(t.speakers for t in programme.talks)


def test_a_bracketed_organisation_after_the_names_comma_is_where_they_work() -> None:
    cells = [*_NAMED, ("10:00-10:30", "Piotr Kalinowski, (Delta Bank) Rolling back", "Closing")]
    programme = parse_programme(_grid(cells), "grid.md")
    (talk,) = [t for t in programme.talks if t.title == "Rolling back"]
    assert [(p.name, p.affiliations) for p in talk.speakers] == [
        ("Piotr Kalinowski", ["Delta Bank"])
    ]
