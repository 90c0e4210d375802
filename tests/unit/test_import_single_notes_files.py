"""People's single notes files: the facts of their talks where people put them, and every
line of a person's text kept when a page's reading would leave it out."""

from __future__ import annotations

from datetime import time

from confnotes.importers.headings import read_heading
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.registry import parse_programme
from confnotes.importers.talk_levels import named_twice
from confnotes.importers.unkept import person_text
from confnotes.importers.when import leading_weekday


def _talks(text: str, name: str = "notes.md") -> list[ProgrammeTalk]:
    return [t for t in parse_programme(text.encode(), name).talks if t.kind != "other"]


def test_a_weekday_before_a_heading_time_is_no_part_of_the_title() -> None:
    talk = read_heading("Samstag 09:30 Queues that never lose a message - Ilse Brandt", 2024)
    assert talk.title == "Queues that never lose a message"
    assert [p.name for p in talk.speakers] == ["Ilse Brandt"]
    assert talk.start == time(9, 30)
    assert leading_weekday("Sunday 11:00 Title")[0] == 6
    assert leading_weekday("Sundial repair for beginners")[0] is None


def test_a_day_of_notes_by_weekday_and_24_hour_clock_keeps_its_mornings() -> None:
    text = (
        "# Notes from Harbour Dev Days, 12 October 2024\n\n"
        "## Saturday 16:30 Tracing the untraceable - Ana Ruiz\n\nShe used eBPF.\n\n"
        "## Sunday 09:15 Small models at the edge - Bo Lindqvist\n\nQuantised to int8.\n"
    )
    talks = {t.title: t for t in _talks(text)}
    morning = talks["Small models at the edge"]
    assert morning.start is not None and morning.start.time() == time(9, 15)


def test_a_talk_named_in_the_contents_and_under_its_heading_is_one_talk() -> None:
    text = (
        "# Notes from Harbour Dev Days 2024\n\n"
        "- [Saturday 09:30 Queues that never lose a message - Ilse Brandt](#q)\n"
        "- [Saturday 14:15 Schema changes without fear - Tomasz Wrona](#s)\n\n"
        "## Saturday 09:30 Queues that never lose a message - Ilse Brandt\n\n"
        "Acknowledge after the write, never before.\n\n"
        "## Saturday 14:15 Schema changes without fear - Tomasz Wrona\n\n"
        "Expand, migrate, contract.\n"
    )
    titles = [t.title for t in _talks(text)]
    assert titles.count("Queues that never lose a message") == 1
    assert titles.count("Schema changes without fear") == 1


def test_named_twice_keeps_both_texts_and_keeps_repeats_on_other_days_apart() -> None:
    ana = [ProgrammePerson(name="Ana Ruiz")]
    first = ProgrammeTalk(title="Forms that forgive", speakers=ana, body="from the list\n")
    again = ProgrammeTalk(title="Forms that forgive", speakers=ana, body="my notes\n")
    merged = named_twice([first, again])
    assert len(merged) == 1 and "from the list" in merged[0].body and "my notes" in merged[0].body
    lunch = [ProgrammeTalk(title="Lunch"), ProgrammeTalk(title="Lunch")]
    assert len(named_twice(lunch)) == 2  # no one named: not the same talk told twice


def test_a_speakers_key_with_its_optional_ending_names_the_speaker() -> None:
    text = (
        "# Caching is a product decision\n\n"
        "**Speaker(s):** Marisol Quintero\n\n"
        "**Summary:** The talk argues that how stale a page may be is a question for the "
        "people who own the product.\n\n"
        "## What I took away\n\n- write the staleness budget next to the flag\n"
    )
    talks = _talks(text, "caching.md")
    assert [t.title for t in talks] == ["Caching is a product decision"]
    assert [p.name for p in talks[0].speakers] == ["Marisol Quintero"]


def test_a_kind_and_a_name_make_a_talk_of_that_kind_by_that_person() -> None:
    for heading in ("Keynote Speaker - Henrike Solvang", "Keynote - Henrike Solvang"):
        talk = read_heading(heading, 2025)
        assert (talk.title, talk.kind) == ("Keynote", "keynote")
        assert [p.name for p in talk.speakers] == ["Henrike Solvang"]
    assert not read_heading("Keynote Speaker - Python Steering Council", 2025).speakers


def test_a_reading_that_leaves_out_a_persons_prose_reads_a_persons_text() -> None:
    prose = "\n".join(
        f"- I thought the point about item {n} was the best part of the whole afternoon."
        for n in range(6)
    )
    text = f"# Summit\n\n## Keynote\n\n- Dagny Aasen\n\n{prose}\n"
    page = Programme(
        format="markdown", name="Summit", talks=[ProgrammeTalk(title="Keynote", kind="keynote")]
    )
    assert person_text(page, text)
    menu = "\n".join(f"- [Item {n}](/item/{n})" for n in range(6))
    assert not person_text(page, f"# Summit\n\n{menu}\n")


def test_a_persons_notes_read_as_a_page_keep_every_line() -> None:
    text = (
        "# [Lakeside Data Summit 2023](https://lakeside.example.org/)\n\n"
        "## Keynote\n\n- Dagny Aasen\n\n### Keynotes\n"
        "- The organisers showed which storage formats the attendees use, and parquet won.\n"
        "- They promised the recordings would stay online for two weeks, which was true.\n\n"
        "### Keynotes\n- A gentle start to the day, more statistics than opinions for me.\n\n"
        "### Impression\n- I would have liked a few more opinions from the stage today.\n"
    )
    bodies = "\n".join(t.body for t in parse_programme(text.encode(), "summit.md").talks)
    assert "parquet won" in bodies
    assert "A gentle start to the day" in bodies
    assert "a few more opinions" in bodies


def test_a_person_on_a_topic_is_a_talk_by_them() -> None:
    talk = read_heading("Marit Olsen on [tail latency](https://example.org/tail). Great slides.")
    assert (talk.title, [p.name for p in talk.speakers]) == ("tail latency", ["Marit Olsen"])
    assert not read_heading("Thoughts on tail latency").speakers
    assert not read_heading("Notes on the keynote").speakers


def test_a_themes_label_names_no_one() -> None:
    assert not read_heading("Poster Session: Tidal Archives", 2031).speakers


NIKOLA_POST = """\
.. title: Thoughts on FooConf 2031
.. slug: fooconf-2031-thoughts
.. date: 2031-08-21 18:00
.. tags: fooconf, python, conferences

FooConf was online this year. I watched most of the talks from my kitchen table.

Ana Ruiz
--------

I had never thought of lock files as a social contract.
"""


def test_a_restructuredtext_posts_comments_are_its_front_matter() -> None:
    """A Nikola post's ``.. title:`` and ``.. date:`` comments (Pelican's ``:date:``
    fields alike) say what YAML front matter says elsewhere: the event's name and day."""
    from confnotes.importers import structure

    assert structure.read(NIKOLA_POST).front["title"] == "Thoughts on FooConf 2031"
    nikola_md = "<!--\n.. title: A day at FooConf\n.. date: 2031-08-21\n-->\n\nText.\n"
    assert structure.read(nikola_md).front == {"title": "A day at FooConf", "date": "2031-08-21"}
    assert structure.read(":title: A day at FooConf\n:date: 2031-08-21\n\nText.\n").front == {
        "title": "A day at FooConf",
        "date": "2031-08-21",
    }
    p = parse_programme(NIKOLA_POST.encode(), "fooconf-2031-thoughts.rst")
    assert p.start is not None and p.start.isoformat() == "2031-08-21"


def test_a_link_or_a_sentence_under_a_name_is_no_affiliation() -> None:
    from confnotes.importers.person_evidence import drop_named_things

    p = Programme(name="FooConf", format="text")
    person = ProgrammePerson(
        "Jane Lusby",
        ["https://video.example.org/watch?v=a1", "I had never thought of errors that way.", "Lab"],
    )
    p.talks.append(ProgrammeTalk(title="Errors", speakers=[person]))
    drop_named_things(p)
    assert person.affiliations == ["Lab"]


def test_a_dated_day_heading_with_the_writers_words_stays_in_a_note() -> None:
    """``## Mardi 14 mai : enfin !`` over the day's talks gives them their day, and its
    words (the writer's) stay in a note; a heading that is only a date is only the day."""
    from confnotes.importers.section_reader import _more_than_a_date

    text = (
        "# FooConf 2031\n\n## Lundi 13 mai\n\n### Rust sans douleur\n\nTrès clair.\n\n"
        "### Les files d'attente\n\nDense.\n\n## Mardi 14 mai : enfin !\n\n"
        "### Tester en production\n\nGénial.\n\n### Le cache partout\n\nBien.\n"
    )
    p = parse_programme(text.encode(), "fooconf-2031.md")
    assert "## Mardi 14 mai : enfin !" in "\n".join(t.body for t in p.talks)
    assert _more_than_a_date("Mardi 14 mai : enfin !")
    assert not _more_than_a_date("Thursday 11th May")
