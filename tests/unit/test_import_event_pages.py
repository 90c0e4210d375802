"""Event pages and nested programme data (stop 55, helper s55b): a clock's unit word
after it, a stray closing tag over Markdown, a day said once in a post's opening prose,
ranks and trades before names, and the blocks of the day beside slots holding talks."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from confnotes.importers import doctree
from confnotes.importers.entries import leading_clock
from confnotes.importers.registry import parse_programme
from confnotes.importers.textutil import clean_name


@pytest.mark.parametrize(
    ("line", "start", "end", "rest"),
    [
        ("09:00 a 10:00 hs. Mapas libres", time(9), time(10), "Mapas libres"),
        ("13:00 hs: Apertura", time(13), None, "Apertura"),
        ("10:00 horas Oficina de Git", time(10), None, "Oficina de Git"),
        ("19:00 hrs - Doors open", time(19), None, "Doors open"),
        ("9:00 hod. Zahájení", time(9), None, "Zahájení"),
        ("10:00 Uhr Begrüßung", time(10), None, "Begrüßung"),
    ],
)
def test_a_clocks_unit_word_is_no_word_of_the_title(
    line: str, start: time, end: time | None, rest: str
) -> None:
    got = leading_clock(line)
    assert (got[0], got[1], got[2]) == (start, end, rest)


def test_a_capitalised_title_after_a_clock_keeps_its_first_word() -> None:
    assert leading_clock("10:00 HR at scale")[2] == "HR at scale"
    assert leading_clock("10:00 Hours of code")[2] == "Hours of code"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Tec. Rocío Ledesma", "Rocío Ledesma"),
        ("Profesor Gustavo Ibarra", "Gustavo Ibarra"),
        ("Professora Helena Duarte", "Helena Duarte"),
        ("Docente Ana Paz", "Ana Paz"),
        ("Analista Bruno Tavares", "Bruno Tavares"),
        ("Programadora Lívia Prado", "Lívia Prado"),
        ("Arq. Sofía Ruiz", "Sofía Ruiz"),
    ],
)
def test_ranks_and_trades_before_a_name_are_no_part_of_it(written: str, name: str) -> None:
    assert clean_name(written) == name


def test_a_stray_closing_tag_does_not_swallow_the_markdown_under_it() -> None:
    text = "## Talks\n\n* one\n</div>\n## Workshops\n* two\n* three\n"
    doc = doctree.parse_markdown(text)
    headings = [n.text for n in doc.root.walk() if n.kind == "heading"]
    assert headings == ["Talks", "Workshops"]


def test_a_closing_tag_over_html_stays_html() -> None:
    text = "<div>\n<p>a</p>\n</div>\n<span>b</span>\n"
    doc = doctree.parse_markdown(text)
    assert not [n for n in doc.root.walk() if n.kind == "heading"]


_PAGE = """Title: Open Maps Day
Date: 2029-09-20 18:30

The day will take place on 14 October at the town library. Doors open at 10:00.

## Talks
* 10:00 hs. **Mapping bike lanes - Ana Ruiz**
* 11:00 hs. **Tiles without a server - Bo Lindqvist**
"""


def test_a_day_said_once_in_the_opening_prose_is_the_talks_day() -> None:
    p = parse_programme(_PAGE.encode(), "page.md")
    assert [(t.title, t.start) for t in p.talks if t.speakers] == [
        ("Mapping bike lanes", datetime(2029, 10, 14, 10, 0)),
        ("Tiles without a server", datetime(2029, 10, 14, 11, 0)),
    ]


def test_a_day_before_the_post_or_two_days_leave_the_posts_day() -> None:
    recalled = _PAGE.replace("will take place on 14 October", "took place on 3 September")
    p = parse_programme(recalled.encode(), "page.md")
    assert {t.start.date() for t in p.talks if t.start} == {date(2029, 9, 20)}
    two = _PAGE.replace("on 14 October", "on 14 October and 21 October (second\nday: 21 October)")
    two = two.replace("Doors open", "On 15 October doors open")
    p = parse_programme(two.encode(), "page.md")
    assert {t.start.date() for t in p.talks if t.start} == {date(2029, 9, 20)}


_TOUR = """
days:
  - day: Monday
    date: "09/03/2032"
    slots:
      - time: "9:00"
        name: Morning lectures
        items:
          - title: Trapped ions
            speaker: {name: "prof. Ines Haberl"}
          - title: Superconducting qubits
            speaker: {name: "dr. Matteo Rinaldi"}
          - title: TBA
            speaker: {name: "TBA (group Novak)"}
      - time: "12:30"
        name: Dinner at the inn
      - time: "14:00"
        name: Cleanroom visit
      - time: "16:00"
        name: Photonics workshop
      - time: "20:00"
        name: Light and matter - a public talk
  - day: Tuesday
    date: "10/03/2032"
    slots:
      - time: "9:00"
        name: Morning lectures
        items:
          - title: TBA
            speaker: {name: "Prof. Katja Novak"}
          - title: TBA
            speaker: {name: "Prof. Ruben Oliveira"}
      - time: "12:00"
        name: Closing ceremony
"""


def test_slots_without_items_beside_slots_of_talks_are_blocks_of_the_day() -> None:
    p = parse_programme(_TOUR.encode(), "tour.yml")
    titles = sorted(t.title for t in p.talks)
    assert titles == sorted(
        [
            "Trapped ions",
            "Superconducting qubits",
            "TBA",
            "TBA",
            "Photonics workshop",
            "Light and matter - a public talk",
            "Closing ceremony",
        ]
    )
    blocks = {s.title for s in p.sessions}
    assert {"Dinner at the inn", "Cleanroom visit"} <= blocks
    assert "Closing ceremony" not in blocks  # a closing: an item of kind other, as elsewhere
    tba = sorted(clean_name(s.name) for t in p.talks if t.title == "TBA" for s in t.speakers)
    assert tba == ["Katja Novak", "Ruben Oliveira"]  # two unknown titles, two talks


def test_a_flat_list_of_records_keeps_its_talks_without_speakers() -> None:
    flat = """
talks:
  - time: "9:00"
    name: Opening of the day
  - time: "10:00"
    name: Rust in production
  - time: "11:00"
    name: Cleanroom visit
"""
    p = parse_programme(flat.encode(), "talks.yml")
    assert "Rust in production" in {t.title for t in p.talks}
    assert "Cleanroom visit" in {t.title for t in p.talks}
