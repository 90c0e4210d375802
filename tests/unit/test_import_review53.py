"""Mends from the review of stop 53's second round: a bar-separated heading is a by-line
only with a by-line's own marks; a repeated-fields list needs full names; ``de`` after
one word is no by-line; the fields' placeholder in the writer's own text is no crash.
Fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.headings import read_heading
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import talk_mentions


def test_a_bar_separated_heading_without_a_bylines_marks_names_no_one() -> None:
    for heading in (
        "Day Two | Ana Ruiz | Scaling Search",
        "Sala Azul | 10h | Arquitetura limpa na prática",
        "**Rust Async** | Kubernetes | good takeaways",
    ):
        assert read_heading(heading).speakers == [], heading
    read = read_heading("Ana Ruiz | @anaruiz | Acme | Deep Tides")
    assert (read.title, [p.name for p in read.speakers]) == ("Deep Tides", ["Ana Ruiz"])


def test_de_after_one_word_names_a_thing_not_a_speaker() -> None:
    line = "Ayer fui a la charla **Historia de Buenos Aires** y me gustó mucho."
    assert talk_mentions(line) == []
    line = "Gostei da palestra **Cache sem medo de Rafael Moreira** ontem."
    assert [(t, [p.name for p in w]) for _at, t, w in talk_mentions(line)] == [
        ("Cache sem medo", ["Rafael Moreira"])
    ]


_PLACES = """# Trips

What we saw on the road, city by city, with the talk I liked best in each.

- [Rust Async](https://a.example/1). Berlin. 2022
- [Tidy Queues](https://a.example/2). Lisbon. 2023
- [Slow Charts](https://a.example/3). Madrid. 2024
"""


def test_a_place_in_a_repeated_fields_list_is_no_speaker() -> None:
    programme = parse_programme(_PLACES.encode(), "trips.md")
    speakers = {p.name for t in programme.talks for p in t.speakers}
    assert not speakers & {"Berlin", "Lisbon", "Madrid"}


def test_the_fields_placeholder_in_the_writers_text_is_read_without_a_crash() -> None:
    text = (
        ("Words of the writer. " * 220)
        + "\n\n"
        + "\n".join("- \x009\x00. Ana Ruiz. 2022" for _ in range(3))
    )
    programme = parse_programme(text.encode(), "odd.md")
    assert programme.talks or programme.name
