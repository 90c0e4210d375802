"""A person's long notes of a several-day conference (stop 53, helper s53d): days as
sections named by their weekday alone, dated by the opening's ``from Friday 13th to …``;
talk headings whose emphasised side is the by-line; lists of ``Name: Title`` items wrapped
onto the next line, some by a first name. Fixtures written for these tests, in our own
words."""

from __future__ import annotations

from datetime import date

from confnotes.importers.doctree import looks_rst
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.section_reader import stressed_byline
from confnotes.importers.talk_levels import without_trailing_url
from confnotes.importers.when import weekday_dates


def _talks(programme: Programme) -> dict[str, tuple[list[str], date | None]]:
    return {
        t.title: ([p.name for p in t.speakers], t.day) for t in programme.talks if t.kind != "other"
    }


def test_a_weekday_and_its_number_are_a_day_when_the_calendar_agrees() -> None:
    text = "It ran from Monday 3rd to Wednesday 5th\nof May, in the town hall."
    assert weekday_dates(text, 2027) == [date(2027, 5, 3), date(2027, 5, 5)]
    assert weekday_dates("vom Dienstag, 9. bis Donnerstag, 11. Juni", 2026) == [
        date(2026, 6, 9),
        date(2026, 6, 11),
    ]
    # the weekday said is not that day's in that year: no day; no month named: none
    assert weekday_dates("from Monday 4th May", 2027) == []
    assert weekday_dates("on Monday 3rd we met", 2027) == []
    assert weekday_dates("from Monday 3rd May", None) == []


_DAYS = """# Notes from Lakeside Dev 2027

Lakeside Dev ran from Monday 3rd to Wednesday 5th May, by the lake as ever.

## Monday

### Caching for the impatient | *Rui Costa*

Notes.

### Quiet Hours | *Hanna Lind*

More notes.

## Tuesday

### Small teams, big systems | *Omar Haddad*

Notes.

## Wednesday

### Closing the loop | *Sara Nyberg*

Notes.
"""


def test_weekday_sections_take_their_day_from_the_opening_and_by_lines_their_side() -> None:
    talks = _talks(parse_programme(_DAYS.encode(), "lakeside.md"))
    assert talks["Caching for the impatient"] == (["Rui Costa"], date(2027, 5, 3))
    # a title with a name's shape stays the title: the emphasis marks the by-line
    assert talks["Quiet Hours"] == (["Hanna Lind"], date(2027, 5, 3))
    assert talks["Small teams, big systems"] == (["Omar Haddad"], date(2027, 5, 4))
    assert talks["Closing the loop"] == (["Sara Nyberg"], date(2027, 5, 5))


_UNDATED = _DAYS.replace(
    "Lakeside Dev ran from Monday 3rd to Wednesday 5th May", "Lakeside Dev ran in May"
)


def test_weekday_sections_stay_undated_when_the_opening_says_no_weekday_day() -> None:
    talks = _talks(parse_programme(_UNDATED.encode(), "lakeside.md"))
    assert talks["Caching for the impatient"] == (["Rui Costa"], None)
    assert talks["Closing the loop"] == (["Sara Nyberg"], None)


def test_a_heading_splits_at_its_emphasised_side() -> None:
    assert stressed_byline("*Ana Ruiz* - Title - with a dash") == (
        "lead",
        "Ana Ruiz",
        "Title - with a dash",
    )
    assert stressed_byline("Quiet Hours | *Hanna Lind*") == ("tail", "Hanna Lind", "Quiet Hours")
    assert stressed_byline("A *very* good day") is None
    assert stressed_byline("Title - Ana Ruiz") is None


def test_a_listed_title_ends_before_the_writers_remark() -> None:
    assert without_trailing_url("Why logs lie, https://example.org/x") == "Why logs lie"
    assert without_trailing_url("Is it fast? or just loud?") == "Is it fast? or just loud?"
    assert without_trailing_url("Node.js at the edge") == "Node.js at the edge"
    assert (
        without_trailing_url("Who broke it? Notes from a bad week")
        == "Who broke it? Notes from a bad week"
    )


def test_named_link_targets_beside_underlined_titles_say_restructuredtext() -> None:
    text = (
        "Title\n=====\n\nSee `the site`_ and `the talks`_.\n\n"
        ".. _the site: https://a.example\n.. _the talks: https://b.example\n"
    )
    assert looks_rst(text)
    assert not looks_rst("Title\n=====\n\nSee [the site](https://a.example).\n")


_LIGHTNING = """# Riverside Py 2027 notes

## Lightning talks

The hosts kept time with a gong.

- Nadia Petrova: a compiler in a weekend. She ran out of time
  but it parsed.
- Karl Jensen: Why your logs lie to you, https://example.org/logs
- Olu Adeyemi: Counting gulls with a camera and a
  small model
- Freya: knitting patterns as code
- Lars and Mette: Report on the northern meetups
"""


def test_a_colon_column_of_names_reads_first_names_and_wrapped_titles() -> None:
    talks = _talks(parse_programme(_LIGHTNING.encode(), "riverside.md"))
    assert talks.get("a compiler in a weekend. She ran out of time but it parsed.") == (
        ["Nadia Petrova"],
        None,
    )
    assert talks.get("Why your logs lie to you") == (["Karl Jensen"], None)
    assert talks.get("Counting gulls with a camera and a small model") == (["Olu Adeyemi"], None)
    assert talks.get("knitting patterns as code") == (["Freya"], None)
    assert talks.get("Report on the northern meetups") == (["Lars", "Mette"], None)


def test_emphasised_titles_are_titles_when_the_other_side_names_the_people() -> None:
    """Emphasis sets the by-line apart only when the emphasised sides are people: ``*Deep
    Tides* - Ana Ruiz`` stresses its titles, and even a name-shaped title stays one."""
    text = """# Tide Days notes

## *Deep Tides* - Ana Ruiz

notes

## *Fast Logs* - Bo Li

notes

## *Green Charts* - Kim Lee

notes
"""
    talks = _talks(parse_programme(text.encode(), "notes.md"))
    assert talks["Green Charts"][0] == ["Kim Lee"]
    assert talks["Deep Tides"][0] == ["Ana Ruiz"]


def test_a_colon_column_reads_no_note_label_as_a_first_name() -> None:
    """``Verdict:`` and ``Tip:`` among ``Full Name: Title`` items are the writer's labels
    when the notes also write those words in lower case (``my verdict``, ``a tip``): a
    common word of the document's language is no one's first name."""
    text = _LIGHTNING.replace(
        "The hosts kept time with a gong.",
        "The hosts kept time with a gong. My verdict and a tip are at the end.",
    )
    text += "- Rita Gomes: Maps of the harbour\n- Ivo Marek: Testing the tides\n"
    text += "- Verdict: the best morning of the week\n- Tip: sit near the front\n"
    programme = parse_programme(text.encode(), "riverside.md")
    assert any("- Tip: sit near the front" in t.body for t in programme.talks)
    talks = _talks(programme)
    speakers = {name for who, _day in talks.values() for name in who}
    assert "Verdict" not in speakers and "Tip" not in speakers
    assert {"Karl Jensen", "Freya", "Lars", "Mette"} <= speakers


def test_a_wrapped_line_that_starts_a_sentence_is_the_writers_remark() -> None:
    """An item's title goes on over its wrapped line only when the line broke inside it
    (the next words in lower case, no sentence ended): ``Great talk, loved the demo`` is
    what the writer thought, and its ``demo`` makes the talk no demo."""
    from confnotes.importers.talk_levels import wrapped_title

    assert wrapped_title("Deep Tides in Shallow Water", "Great talk, loved the demo.") == (
        "Deep Tides in Shallow Water"
    )
    assert wrapped_title("Counting gulls with a", "small model") == (
        "Counting gulls with a small model"
    )
    assert wrapped_title("Is it fast?", "maybe not") == "Is it fast?"
