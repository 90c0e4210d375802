"""A run of sibling elements read as a column of talks (:mod:`confnotes.importers.runs`):
the person's side decided by the run, grounded by times, a programme heading or most
members naming a person; a person's reading list and a page's people lists are no talks."""

from __future__ import annotations

from datetime import date, datetime, time

from confnotes.importers import runs
from confnotes.importers.formats import markdown
from confnotes.importers.registry import parse_programme


def _talks(text: str) -> list[tuple[str, list[str]]]:
    programme = markdown.parse(text.encode(), "page.md")
    return [(t.title, [s.name for s in t.speakers]) for t in programme.talks]


def test_name_then_emphasised_title_items_are_talks() -> None:
    text = (
        "# Quayconf\n\n## Confirmed speakers\n\n"
        "* Henrik Dahl, *Parsing invoices without tears*\n"
        "* Amara Okafor, *What a vending machine taught me about state*\n"
        "* Tobias Reuter, *Ten years of one cron job*\n"
    )
    assert _talks(text) == [
        ("Parsing invoices without tears", ["Henrik Dahl"]),
        ("What a vending machine taught me about state", ["Amara Okafor"]),
        ("Ten years of one cron job", ["Tobias Reuter"]),
    ]


def test_the_run_says_which_side_of_a_colon_is_the_person() -> None:
    """``Name: Title`` alone reads as a label and what it introduces; in a run whose
    members name people before their colons, each is a speaker and a title."""
    text = (
        "# Coupling days\n\n### Thursday, 9 March 2023\n\n"
        "* 09:30 - 10:15 Keynote: Beatriz Moura: Interfaces that move while you solve\n"
        "* 10:15 - 10:45 Pavel Novak: What changed in version three\n"
        "* 10:45 - 11:15 Coffee\n"
        "* 11:15 - 11:45 Chiara Fontana: Coupling heat and flow in a kiln\n"
    )
    programme = markdown.parse(text.encode(), "page.md")
    talks = {t.title: t for t in programme.talks}
    assert set(talks) == {
        "Interfaces that move while you solve",
        "What changed in version three",
        "Coupling heat and flow in a kiln",
    }
    assert talks["Interfaces that move while you solve"].kind == "keynote"
    assert talks["What changed in version three"].start == datetime(2023, 3, 9, 10, 15)
    assert [s.name for s in talks["Coupling heat and flow in a kiln"].speakers] == [
        "Chiara Fontana"
    ]
    assert [s.title for s in programme.sessions] == ["Coffee"]


def test_nested_items_under_each_meetup_are_one_run() -> None:
    text = (
        "* [Ninth meetup](https://example.org/m/9)\n"
        "  * Oskar Lind on [Streaming joins that do not lie](https://example.org/s/1)\n"
        "  * Farah Haddad on Notebooks in production, honestly\n"
        "* [Seventh meetup](https://example.org/m/7)\n"
        "  * Jonas Keller on [Forecasting bakery demand](https://example.org/s/3)\n"
    )
    assert _talks(text) == [
        ("Streaming joins that do not lie", ["Oskar Lind"]),
        ("Notebooks in production, honestly", ["Farah Haddad"]),
        ("Forecasting bakery demand", ["Jonas Keller"]),
    ]


def test_a_member_led_by_its_day_gives_the_day() -> None:
    found = runs.read_run(
        [
            "**12 March 2024**: Counting seabirds with cheap cameras (Lotte Brenner)",
            "**19 March 2024**: *no seminar, reading week*",
            "**2 April 2024**: Mapping noise along the quay (Ingrid Solberg)",
        ]
    )
    assert found is not None
    (first, day1), (none, day2), (third, day3) = found
    assert first is not None and first.title == "Counting seabirds with cheap cameras"
    assert [p.name for p in first.speakers] == ["Lotte Brenner"]
    assert none is None
    assert (day1, day2, day3) == (date(2024, 3, 12), date(2024, 3, 19), date(2024, 4, 2))
    assert third is not None and third.start is None


def test_names_over_a_bold_title_line() -> None:
    found = runs.read_run(
        [
            "13:10 - 13:40 R. Almeida, K. Oduya and P. Strand: __Checkpointing long jobs__",
            "13:40 - 14:10 Invited talk by Dr. Hanna Berg: __Ten clusters, one image__",
            "14:40 - 15:00 Closing",
        ]
    )
    assert found is not None
    (a, _), (b, _), (closing, _) = found
    assert a is not None and [p.name for p in a.speakers] == ["R. Almeida", "K. Oduya", "P. Strand"]
    assert b is not None and (b.title, b.kind) == ("Ten clusters, one image", "keynote")
    assert [p.name for p in b.speakers] == ["Hanna Berg"]
    assert closing is not None and closing.start == time(14, 40) and not closing.speakers


def test_a_reading_list_in_a_persons_notes_is_no_talks() -> None:
    books = [
        "*The Goal* by Eliyahu Goldratt",
        "*Thinking in Systems* by Donella Meadows",
        "*The Principles of Product Development Flow* by Donald Reinertsen",
    ]
    token = runs.NOTES_LIKELY.set(True)
    try:
        assert runs.read_run(books) is None
    finally:
        runs.NOTES_LIKELY.reset(token)
    assert runs.read_run(books) is not None  # on a page, a list of talks by their speakers


def test_a_run_under_a_talk_heading_is_its_notes() -> None:
    text = (
        "# Notes\n\n## Slow software - Dana Whitlock\n\n"
        "- *The Goal* by Eliyahu Goldratt\n"
        "- *Thinking in Systems* by Donella Meadows\n"
        "- *Flow* by Donald Reinertsen\n"
    )
    assert all(title != "The Goal" for title, _who in _talks(text))


def test_people_lists_and_phrases_stay_what_they_are() -> None:
    organisers = [
        "Frank Weller, Karlsruhe Institute of Technology (KIT)",
        "Carla Mendes, University of Porto",
        "Ivo Stanev, Sofia University",
    ]
    assert runs.read_run(organisers) is None
    assert runs.read_run(organisers, strict=True) is None
    glossary = [
        "Status Messages - announce a change without moving focus; I forget this one",
        "Focus Traps - a dialog keeps focus inside until it closes.",
        "Skip Links - the first link jumps past the navigation to the content.",
    ]
    assert runs.read_run(glossary) is None


def test_a_notes_file_of_talks_seen_keeps_its_reading_list_out() -> None:
    """Through the ranking: a person's notes of a keynote with the books it named stay one
    talk."""
    text = (
        "# Slow software — Dana Whitlock\n\n"
        "My notes from the closing keynote. She argued that latency is organisational.\n\n"
        "- queues form where two teams meet\n"
        "- a fast deploy means nothing if review takes a week\n\n"
        "## Books she recommended\n\n"
        "- *The Goal* by Eliyahu Goldratt\n"
        "- *Thinking in Systems* by Donella Meadows\n"
        "- *The Principles of Product Development Flow* by Donald Reinertsen\n"
    )
    programme = parse_programme(text.encode(), "slow-software.md")
    assert [t.title for t in programme.talks if t.speakers] == ["Slow software"]


def test_list_items_led_by_their_day_are_titled_without_it() -> None:
    """Whichever reading wins, ``**12 March 2024**: Title (Name)`` is the talk's day, its
    title and its speaker, never a title that begins with the day."""
    text = (
        "## Harbour Data Seminar, spring term 2024\n\nWe meet on Tuesdays.\n\n## Schedule\n\n"
        "- **12 March 2024**: Counting seabirds with cheap cameras (Lotte Brenner)\n"
        "- **19 March 2024**: *no seminar, reading week*\n"
        "- **2 April 2024**: Mapping noise along the quay (Ingrid Solberg)\n"
    )
    programme = parse_programme(text.encode(), "seminar.md")
    talks = {t.title: t for t in programme.talks if t.speakers}
    assert set(talks) == {"Counting seabirds with cheap cameras", "Mapping noise along the quay"}
    counting = talks["Counting seabirds with cheap cameras"]
    assert (counting.start or counting.day) is not None
    assert date(2024, 3, 12) in (counting.day, counting.start and counting.start.date())


def test_paragraphs_side_by_side_are_a_run_like_list_items() -> None:
    """A seminar page writes its sessions a paragraph each, a day and its hours in bold
    (``**2021-02-05 (10h-12h)**. Name : « Title »``): read as the same lines in a list."""
    text = (
        "# Reading group\n\n## Sessions\n\n"
        "**2021-02-05 (10h-12h)**. [Oona Varga](https://example.org/oona) :"
        "  « Tides in small harbours »\n\n"
        "**2021-02-12 (10h-12h)**. Piet Claes : « Salt marsh sounds » (with the lab)\n\n"
        "**2021-02-19**. [Rui Matos](https://example.org/rui) : « Counting gulls »\n"
    )
    programme = markdown.parse(text.encode(), "page.md")
    talks = {t.title: t for t in programme.talks}
    assert set(talks) == {"Tides in small harbours", "Salt marsh sounds", "Counting gulls"}
    assert talks["Tides in small harbours"].start == datetime(2021, 2, 5, 10, 0)
    assert [s.name for s in talks["Salt marsh sounds"].speakers] == ["Piet Claes"]
    assert talks["Counting gulls"].start is None
    assert talks["Counting gulls"].day == date(2021, 2, 19)


def test_a_day_and_its_clock_lead_a_member() -> None:
    (first, day), *_ = runs.read_run(
        [
            "**2022-05-03 14:00** Lina Berg: Sorting mail by hand",
            "**2022-05-10 14:00** Otto Vahl: Ferries and their timetables",
        ]
    ) or [(None, None)]
    assert first is not None and first.title == "Sorting mail by hand"
    assert (day, first.start) == (date(2022, 5, 3), time(14, 0))


def test_prose_paragraphs_side_by_side_are_no_talks() -> None:
    text = (
        "# Trip report\n\n"
        "We took the early train and got there by nine.\n\n"
        "The venue was a converted warehouse near the river.\n\n"
        "Lunch was soup and bread, and the coffee was strong.\n"
    )
    assert _talks(text) == []


def test_a_remark_after_a_leading_link_is_an_aside() -> None:
    found = runs.read_run(
        [
            "[Lina Berg — Sorting mail by hand](https://example.org/1) - slow but calm",
            "[Otto Vahl — Ferries and their timetables](https://example.org/2) - fun",
            "[Ada Sund — Knots for sailors](https://example.org/3): bring rope",
        ]
    )
    assert found is not None
    assert [(e.title, [p.name for p in e.speakers]) for e, _day in found if e] == [
        ("Sorting mail by hand", ["Lina Berg"]),
        ("Ferries and their timetables", ["Otto Vahl"]),
        ("Knots for sailors", ["Ada Sund"]),
    ]
