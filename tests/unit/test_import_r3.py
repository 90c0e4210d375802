"""Session 61 (r3): conventions of real notes and pages the importer read badly."""

from __future__ import annotations

from confnotes.importers import structure
from confnotes.importers.doctree import hashtag_line
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


TAGGED_NOTES = """# Harbour Summit 2031

## What I heard (Streaming joins at scale)

- the speaker showed how late events are buffered
- watermarks decide when a window closes

# stream processing # Kafka # watermarks # exactly once

# state stores # backpressure # Flink
"""


def test_a_line_of_spaced_hashtags_is_a_line_of_tags_not_a_heading() -> None:
    assert hashtag_line("# stream processing # Kafka # watermarks")
    assert not hashtag_line("# Pricing C# # services")  # two tags only: a heading
    assert not hashtag_line("# A title with a hash # in it")
    outline = structure.read(TAGGED_NOTES)
    titles = [s.title for s in outline.sections()]
    assert titles == ["Harbour Summit 2031", "What I heard (Streaming joins at scale)"]
    programme = parse_programme(TAGGED_NOTES.encode(), "day.md")
    assert programme.name.startswith("Harbour Summit")
    assert all("Kafka" not in t.title for t in programme.talks)


POST_OF_TWO_TALKS = """---
layout: post
title: "Lakeside Rust Meetup"
date: 2031-04-02
---

## Ownership without tears — Ana Ruiz

She walked through borrowing with a shopping-list example and answered questions.

## Async all the way — Li Wei

He compared executors and showed where blocking calls hide.
"""


def test_a_post_read_by_its_body_keeps_the_name_its_front_matter_gives() -> None:
    programme = parse_programme(POST_OF_TWO_TALKS.encode(), "a1.md")
    assert programme.name == "Lakeside Rust Meetup"
    assert len(programme.talks) == 2
    # a page's word ("Zeitplan") names no event: the file's name stays
    paged = POST_OF_TWO_TALKS.replace("Lakeside Rust Meetup", "Zeitplan")
    assert parse_programme(paged.encode(), "a1.md").name == "a1"
    # a file named with a year the title lacks says more than the title
    dated = parse_programme(POST_OF_TWO_TALKS.encode(), "lakeside-rust-2031.md")
    assert "2031" in dated.name


def test_japanese_impressions_words_are_a_notes_label_not_the_events_name() -> None:
    from confnotes.importers.headings import conference_name

    assert conference_name("Harbour Summit 2031 参加所感") == "Harbour Summit 2031"


def test_a_quoted_link_title_then_an_escaped_dash_names_its_speaker() -> None:
    from confnotes.importers.title_speakers import stressed_bylines

    line = '" [Ferry Timetables](https://ex.org/t/4)" \\- [Marta Quiroga](https://ex.org/9): good'
    read = [(t, [p.name for p in who]) for t, who in stressed_bylines(line, with_ok=True)]
    assert read == [("Ferry Timetables", ["Marta Quiroga"])]
    # unquoted, two capitalised words beside a name say nothing about which is which
    assert stressed_bylines("**Ferry Timetables** - Marta Quiroga", with_ok=True) == []


KIND_LED_ITEMS = """---
title: Riverbank Tech Day 2031
---
Talks I sat in on:

- " [Maps without servers](https://ex.org/s1)", de [Tomás Ibarra](https://ex.org/p1): clear.

- Keynote - " [Why small tools last](https://ex.org/s2)", de [Greta Lind](https://ex.org/p2): wow.

- " [Printing with plants](https://ex.org/s3)", de [Olu Bankole](https://ex.org/p3): slow.
"""


def test_a_kind_label_before_a_quoted_title_and_its_by_line_is_the_talks_kind() -> None:
    from confnotes.importers.talk_levels import list_talks

    talks = {b.head: [p.name for p in b.people] for b in list_talks(structure.read(KIND_LED_ITEMS))}
    assert talks["Why small tools last"] == ["Greta Lind"]
