"""The pieces of reading notes: talk headings, dates, and the section tree."""

from __future__ import annotations

from datetime import date, time

import pytest

from confnotes.importers import structure
from confnotes.importers.headings import read_heading, title_name
from confnotes.importers.when import find_date


@pytest.mark.parametrize(
    ("heading", "title", "speakers", "start", "kind"),
    [
        (
            '"Why benchmarks saturate" by Tomás Ibarra',
            "Why benchmarks saturate",
            ["Tomás Ibarra"],
            None,
            "talk",
        ),
        (
            "Shipping safely - Priya Raman - Datadog",
            "Shipping safely",
            ["Priya Raman"],
            None,
            "talk",
        ),
        ("Invited talk: Learning to see", "Learning to see", [], None, "keynote"),
        (
            "Keynote: Marco Rossi - Why robots fall",
            "Why robots fall",
            ["Marco Rossi"],
            None,
            "keynote",
        ),
        ("Miriam Adebayo: Data rights", "Data rights", ["Miriam Adebayo"], None, "talk"),
        ("C. Badge hacking", "Badge hacking", [], None, "talk"),
        (
            "10:30 – 11:00 Opening keynote (Niko Matsakis)",
            "Opening keynote",
            ["Niko Matsakis"],
            time(10, 30),
            "talk",
        ),
        ("Rust in the kernel (10:30)", "Rust in the kernel", [], time(10, 30), "talk"),
        (
            "⏰ 09:30 · Go iterators · Elena Popescu",
            "Go iterators",
            ["Elena Popescu"],
            time(9, 30),
            "talk",
        ),
        ("Transformers: a survey", "Transformers: a survey", [], None, "talk"),
        ("Meetup 12", "Meetup 12", [], None, "talk"),
    ],
)
def test_talk_headings(
    heading: str, title: str, speakers: list[str], start: time | None, kind: str
) -> None:
    talk = read_heading(heading)
    assert talk.title == title
    assert [p.name for p in talk.speakers] == speakers
    assert talk.start == start
    assert talk.kind == kind


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("July 29, 2023 (HST)", None, date(2023, 7, 29)),
        ("15<sup>th</sup> December 2024", None, date(2024, 12, 15)),
        ("Wednesday, 19 April", 2023, date(2023, 4, 19)),
        ("Wednesday, 19 April", None, None),
        ("5. März 2024", None, date(2024, 3, 5)),
        ("Giovedì 23 maggio", 2024, date(2024, 5, 23)),
        ("27.12.2024", None, date(2024, 12, 27)),
        ("3/4/2024", None, None),
        ("version 1.2.2024", None, date(2024, 2, 1)),
        ("Day 2", 2024, None),
        ("set 3 goals", 2024, None),
    ],
)
def test_dates(text: str, year: int | None, expected: date | None) -> None:
    assert find_date(text, year)[0] == expected


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("ICLR 2025 – Thursday, April 24", "ICLR 2025"),
        ("Notes from StrangeLoop 2023", "StrangeLoop 2023"),
        ("CHI 2025 trip report", "CHI 2025"),
        ("Notes — Lambda World 2024", "Lambda World 2024"),
        ("ML Ops Day 2024-11-06", "ML Ops"),
        ("Monday 2 June 2025", ""),
    ],
)
def test_conference_names_from_titles(title: str, name: str) -> None:
    assert title_name(title, 2024) == name


def test_every_line_is_in_exactly_one_place_of_the_tree() -> None:
    text = (
        "---\ntitle: x\n---\nintro line\n\n# Title\n\n[ref]: https://example.org\n"
        "para\n\n## Sub\n- item\n  - nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSetext\n---\n"
    )
    outline = structure.read(text)
    owned: list[int] = list(range(outline.front_last + 1))
    for section in outline.root.walk():
        if section.line >= 0:
            owned += range(section.line, section.heading_last + 1)
        for block in section.blocks:
            owned += range(block.first, block.last + 1)
    words = [n for n, line in enumerate(outline.lines) if line.strip()]
    assert sorted(set(owned)) == sorted(owned)  # no line twice
    assert set(words) <= set(owned)  # every line with words somewhere
    assert [s.title for s in outline.sections()] == ["Title", "Sub", "Setext"]


def test_a_notes_front_matter_gives_the_talk_its_links() -> None:
    from confnotes.importers.registry import parse_programme

    text = (
        "---\ntitle: Sparse autoencoders\npaper: https://arxiv.org/abs/2406.04093\n"
        "video: https://www.youtube.com/watch?v=abc\ntags: [interp]\n---\n\n- monosemantic\n"
    )
    (talk,) = parse_programme(text.encode(), "n.md").talks
    assert [(link.kind, link.url) for link in talk.links] == [
        ("paper", "https://arxiv.org/abs/2406.04093"),
        ("video", "https://www.youtube.com/watch?v=abc"),
    ]
    assert talk.body == "- monosemantic\n"


def test_a_posts_author_after_the_events_year_is_no_part_of_its_name() -> None:
    from confnotes.importers.headings import conference_name

    assert conference_name("Retour sur Harbourconf 2031 par Lina Berg") == "Harbourconf 2031"
    assert conference_name("Notes from Quayconf 2031 by Otto Vahl") == "Quayconf 2031"
    assert conference_name("Reflections 2031 by the lake") == "Reflections 2031 by the lake"
