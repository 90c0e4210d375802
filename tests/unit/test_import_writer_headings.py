"""A person's notes naming the talks in the writer's own headings and lists (issue 33,
stop 53, helper s53b): headings that are one link to a talk's slides over notes, grouped
under the writer's headings; a list of slide links and bare titles under a day written in
digits; linked titles holding a colon, no speaker before it; topic headings under a title
that is the event's name over an opening that says it was an event; a bracketed notes
label before the event's name. The documents are written for these tests."""

from __future__ import annotations

from datetime import date

from confnotes.importers.headings import conference_name
from confnotes.importers.registry import parse_programme
from confnotes.notebook.link_kinds import link_kind


def _talks(text: str, name: str = "post.md") -> list[tuple[str, list[str], date | None]]:
    p = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers], t.day) for t in p.talks if t.kind != "other"]


def test_a_deck_on_a_slide_site_is_slides_its_owners_page_is_not() -> None:
    assert link_kind("https://speakerdeck.com/ana/graphs-for-all") == "slides"
    assert link_kind("https://slides.com/bo/deck-1") == "slides"
    assert link_kind("https://docs.google.com/presentation/d/1x/edit") == "slides"
    assert link_kind("https://speakerdeck.com/ana") == "page"
    assert link_kind("https://docs.google.com/document/d/1x/edit") == "page"


def test_a_bracketed_notes_label_before_the_event_is_no_part_of_its_name() -> None:
    assert conference_name("【イベント参加レポート】RailsDay 2031") == "RailsDay 2031"
    assert conference_name("[Recap] DataWeek 2030") == "DataWeek 2030"
    assert conference_name("[WIP] A talk of mine") == "[WIP] A talk of mine"


DECKS = """\
# [Recap] ToolConf 2031

What I saw over two days, with links to the decks.

## Talks I sat in

### [Queues Without Tears](https://speakerdeck.com/ana/queues-without-tears)

Clear examples, the retry story was the best part.

### [Feature Flags at Scale](https://slides.com/bo/feature-flags)

Too fast for me, but the slides are good.

## 3/14

- [Rust for Build Tools](https://speakerdeck.com/cy/rust-build-tools)
- [Profiling in Production](https://www.youtube.com/watch?v=abcdefghijk)
- Small Teams, Big Migrations
"""


def test_headings_linking_slides_are_talks_and_a_deck_list_under_a_day_its_talks() -> None:
    assert _talks(DECKS) == [
        ("Queues Without Tears", [], None),
        ("Feature Flags at Scale", [], None),
        ("Rust for Build Tools", [], date(2031, 3, 14)),
        ("Profiling in Production", [], date(2031, 3, 14)),
        ("Small Teams, Big Migrations", [], date(2031, 3, 14)),
    ]


def test_every_line_of_a_deck_list_stays_in_a_note() -> None:
    p = parse_programme(DECKS.encode(), "post.md")
    bodies = "\n".join(t.body for t in p.talks)
    for line in DECKS.splitlines()[16:]:
        assert line in bodies, line


READING = """\
# Notes: Effective Queues

## Main idea

Retries need budgets.

## Further reading

- [Budgets for retries](https://speakerdeck.com/ana/retry-budgets)
- [Backpressure explained](https://speakerdeck.com/bo/backpressure)
"""


def test_decks_listed_under_a_part_of_one_talks_notes_stay_its_notes() -> None:
    titles = [t for t, _who, _day in _talks(READING)]
    assert "Budgets for retries" not in titles and "Backpressure explained" not in titles


LINKED = """\
# GraphFest 2031

Two days of talks; my notes on a few.

## Saturday

* [Graph Hashing: Safer Linked Data](https://gf.example.org/e/hash/) explained canonical forms.

* [Tiny Browsers: Rendering on Microcontrollers](https://gf.example.org/e/tiny/) fit it in 64 KB.
"""


def test_a_colon_inside_a_linked_title_parts_no_speaker_from_it() -> None:
    assert _talks(LINKED) == [
        ("Graph Hashing: Safer Linked Data", [], None),
        ("Tiny Browsers: Rendering on Microcontrollers", [], None),
    ]
    assert [r.person.name for r in parse_programme(LINKED.encode(), "post.md").roles] == []


TOPICS = """\
# StreamConf 2030

My first time at this conference; it is about stream processing in practice.

## Exactly Once in Payments
* They keep idempotency keys for a week.

## Late Data in Dashboards
* Watermarks per source, not per topic.

## Takeaways
* Small venue, easy to talk to people.
"""

ONE_TALK = """\
# Postgres 2030

The speaker walked through what changes in the new release.

## Indexes
* Faster builds.

## Replication
* Logical slots survive failover.
"""


def test_topic_headings_under_an_events_name_over_an_event_opening_are_talks() -> None:
    assert [t for t, _who, _day in _talks(TOPICS)] == [
        "Exactly Once in Payments",
        "Late Data in Dashboards",
    ]


def test_a_name_and_a_year_alone_without_an_event_opening_stays_one_talk() -> None:
    assert len(_talks(ONE_TALK)) == 1


def test_a_talk_given_at_a_conference_is_one_talks_notes() -> None:
    """``# Rust 2030`` over "The edition talk at the conference …": the opening names a
    talk before the event, so the file is that talk's notes, its headings its parts."""
    text = """# Rust 2030

The edition talk at the conference, given by the language team.

## What changes
* Closures capture less.

## Migration
* One command per crate.
"""
    assert len(_talks(text)) == 1
