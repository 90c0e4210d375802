"""A person's single notes file of a conference whose talks are marked by something other
than a heading (a list item's bold title, a stressed title in a sentence, a speaker named
in a sentence): fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_DATED_LIST = """---
title: Quarry Testing Day videos are up
---
The recordings worth your time.

1. **Mutation testing for the impatient &#8211; Sigrun Dahl**<br />
  She ran the whole thing live.
  * Video: <a href="https://example.org/v/a">https://example.org/v/a</a>

2. **Fuzzing file parsers &#8211; Leon Marsh**<br />Short and sharp.
  * Video: <a href="https://example.org/v/c">https://example.org/v/c</a>

More soon.
"""


def test_notes_dated_by_the_file_name_alone_do_not_outvote_the_talks_own_by_lines() -> None:
    # the file's day dates every note of the person's own text ("More soon.", the
    # links a level below); those notes are no programme items, so the items whose
    # lines write "Title – Name" keep their speakers
    programme = parse_programme(_DATED_LIST.encode(), "2027-09-30-quarry-testing.markdown")
    talks = _talks(programme)
    assert talks.get("Mutation testing for the impatient") == ["Sigrun Dahl"]
    assert talks.get("Fuzzing file parsers") == ["Leon Marsh"]


_BOLD_ITEMS = """---
title: "Harbour DevDay, the sessions I caught"
---

Drove down this morning. The sessions I caught:

- **Flaky tests are a smell** ([Greta Lindqvist](https://example.org/greta)) - {remark}
- **Postgres as a queue** ([Ines Okafor](https://example.org/ines)) - SKIP LOCKED does it. {remark}
- **What the on-call rota taught us** ([Dev Raman](https://example.org/dev)) - honest and funny.

I missed the accessibility clinic.
""".replace(
    "{remark}",
    "A remark long enough to push the item's line past three hundred characters: she showed"
    " a dashboard of the slowest suites, which I must copy for our own team one day soon, and"
    " the questions ran long.",
)


def test_a_list_items_bold_title_and_the_speaker_in_brackets_after_it_make_a_talk() -> None:
    # each item a talk however long the remark after the by-line; the remark stays notes
    programme = parse_programme(_BOLD_ITEMS.encode(), "harbour-devday.md")
    talks = _talks(programme)
    assert talks.get("Flaky tests are a smell") == ["Greta Lindqvist"]
    assert talks.get("Postgres as a queue") == ["Ines Okafor"]
    assert talks.get("What the on-call rota taught us") == ["Dev Raman"]
    body = next(t.body for t in programme.talks if t.title == "Postgres as a queue")
    assert "SKIP LOCKED" in body


_TITLES_IN_SENTENCES = """---
title: 'Northwind Java Days, day 2'
---

## Greenhouse hacking

Next up was _Watering plants from the cloud_ by [Pieter de Wit](https://example.org/p) from
[Tulpen](https://example.org). He automated his greenhouse.

## Queries at scale

I went to _Can one database do it all?_ done by [Jonas Weber](https://example.org/j) and
[Keiko Sato](https://example.org/k) of [Datastack](https://example.org). Too much detail.

## Wiring a wind farm

Odile Marchand, from Ventus, opened the day by showing their turbine telemetry.

## Cheap sensors, honest data

The best talk of the summit was given by Rafael Quintero, an engineer at Agrimesh.
"""


def test_a_stressed_title_with_its_by_line_or_a_sentence_in_the_past_names_the_speakers() -> None:
    programme = parse_programme(_TITLES_IN_SENTENCES.encode(), "northwind-day-2.md")
    talks = _talks(programme)
    assert talks.get("Greenhouse hacking") == ["Pieter de Wit"]
    assert talks.get("Queries at scale") == ["Jonas Weber", "Keiko Sato"]
    assert talks.get("Wiring a wind farm") == ["Odile Marchand"]
    assert talks.get("Cheap sensors, honest data") == ["Rafael Quintero"]
    people = {p.name for t in programme.talks for p in t.speakers}
    assert not people & {"Tulpen", "Datastack", "Ventus", "Agrimesh"}


def test_stressed_bylines_read_the_by_line_after_the_title_never_a_name_over_a_bracket() -> None:
    from confnotes.importers.title_speakers import stressed_bylines

    def read(line: str) -> list[tuple[str, list[str]]]:
        return [(t, [p.name for p in who]) for t, who in stressed_bylines(line)]

    assert read("Then I went to *Embedded Rust on a budget* (Lars Eriksen), lots of demos.") == [
        ("Embedded Rust on a budget", ["Lars Eriksen"])
    ]
    assert read("**Zero-copy parsing in practice** — *Oliver Grant*") == [
        ("Zero-copy parsing in practice", ["Oliver Grant"])
    ]
    assert read("*The Future of Tests* by James A. Whittaker is worth a look, but later") == [
        ("The Future of Tests", ["James A. Whittaker"])
    ]
    assert read("**Ana Ruiz** (Bo Li)") == []
    assert read("We used *Kubernetes* (a lot) and *Helm* by default.") == []


_BOLD_LEADS_UNDER_DAYS = """---
title: "My takeaways from RustFest Zürich 2032"
date: 2032-06-20
---
Here are the talks I liked most.

### Day one

**"Async without the pain" by Hana Novak**

Hana walked through the new executor API.

**Zero-copy parsing in practice** — *Oliver Grant*

Really dense talk.

### Day two

Then I went to *Embedded Rust on a budget* (Lars Eriksen), lots of demos.
"""


def test_bold_lines_under_a_day_heading_are_talks_the_heading_only_their_part() -> None:
    programme = parse_programme(_BOLD_LEADS_UNDER_DAYS.encode(), "rustfest-takeaways.md")
    talks = _talks(programme)
    assert talks.get("Async without the pain") == ["Hana Novak"]
    assert talks.get("Zero-copy parsing in practice") == ["Oliver Grant"]
    assert "Day one" not in talks


_LINKED_ITEMS_UNDER_DAYS = """---
title: "Lakeside Elixir 2030 notes"
---

What I saw:

## Day 1:
1. [Supervisors all the way down](https://lakeside.example.org/program#s-101)
2. [Testing the untestable](https://lakeside.example.org/program#s-102) Calm speaker.
3. [A year of LiveView in production](https://lakeside.example.org/program#s-103) War stories.

## Day 2:
1. [Telemetry for the rest of us](https://lakeside.example.org/program#s-201) Short but useful.
2. [Distributed by accident](https://lakeside.example.org/program#s-202)
"""


def test_items_led_by_a_link_under_a_day_heading_are_that_days_talks() -> None:
    programme = parse_programme(_LINKED_ITEMS_UNDER_DAYS.encode(), "lakeside-notes.md")
    talks = _talks(programme)
    for title in (
        "Supervisors all the way down",
        "Testing the untestable",
        "Distributed by accident",
    ):
        assert title in talks
    body = next(t.body for t in programme.talks if t.title == "Testing the untestable")
    assert "Calm speaker." in body
