"""Mends of stop 64's review (helper m1x): a list of links to one site is a list of talks
only when the line leading it in names talks, and an evening whose title names lightning
talks beside other talks does not make every talk a lightning talk. The documents are
written for these tests."""

from __future__ import annotations

from confnotes.importers.page import kinds_of_a_lightning_event
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.registry import parse_programme
from confnotes.importers.schedule_util import names_talks

BOOKMARKS = """Articles I bookmarked this month, most of them from the Rust blog:

- [Announcing Rust 1.80](https://blog.rust-lang.example/2031/rust-1.80.html): lazy cells.
- [Async closures](https://blog.rust-lang.example/2031/async-closures.html): at last.
- [The 2031 edition](https://blog.rust-lang.example/2031/edition.html): what changes.
- [Cargo scripts](https://blog.rust-lang.example/2031/cargo-script.html)

I want to try cargo scripts for my dotfiles.
"""


def test_a_bookmark_list_of_one_sites_posts_names_no_talks() -> None:
    titles = {t.title for t in parse_programme(BOOKMARKS.encode(), "bookmarks.md").talks}
    linked = {"Announcing Rust 1.80", "Async closures", "The 2031 edition", "Cargo scripts"}
    assert not titles & linked


MEETUP_NOTES = """Notes from the Rust user group, 4 June 2031.

The keynote on borrow checking by Ines Morales was clear. Tomas Berg gave a talk on
embedded async.

Reference pages I should read later:

- [Ownership chapter](https://doc.rust-lang.example/book/ch04-00.html)
- [Pin module](https://doc.rust-lang.example/std/pin/index.html)
- [Async book](https://doc.rust-lang.example/async-book/intro.html)
"""


def test_docs_links_after_notes_naming_talks_are_no_talks() -> None:
    p = parse_programme(MEETUP_NOTES.encode(), "rust-notes.md")
    titles = [t.title for t in p.talks if t.kind != "other"]
    assert not {"Ownership chapter", "Pin module", "Async book"} & set(titles)
    assert len(titles) == 2  # the keynote and the talk the prose names


VORTRAEGE = """Der Tag begann mit einer Begrüßung. Danach gab es viele gute Vorträge:

- [Typen in der Praxis](https://fp-tag.example.de/2031/typen.html): Erfahrungen.
- [Effekte ohne Tränen](https://fp-tag.example.de/2031/effekte.html): Einführung.
- [Tests mit Eigenschaften](https://fp-tag.example.de/2031/tests.html): ein Bericht.
"""


def test_a_lead_in_naming_talks_in_german_keeps_the_linked_talks() -> None:
    p = parse_programme(VORTRAEGE.encode(), "fp-tag.md")
    assert [t.title for t in p.talks if t.kind != "other"] == [
        "Typen in der Praxis",
        "Effekte ohne Tränen",
        "Tests mit Eigenschaften",
    ]


def test_words_for_talks_or_a_programme_name_talks_and_others_do_not() -> None:
    assert names_talks("The sessions we went to:")
    assert names_talks("From the programme:")
    assert names_talks("Die Keynote und die Workshops")
    assert not names_talks("Things worth reading, mostly from the blog:")
    assert not names_talks("Docs I want to read later:")
    assert not names_talks("Functional programming links:")


MIXED_EVENING = """---
layout: post
title: "Evening #9: three talks and lightning talks"
date: 2031-03-02
---

## Talks

- 18:30 Caching at the edge — Rosa Lindqvist
- 19:10 Writing a parser by hand — Omar Haddad

## Lightning talks

- 20:00 My terminal prompt — Yuki Sato
- 20:06 Ten lines of awk — Priya Nair
"""


def test_a_title_naming_talks_beside_lightning_talks_gives_no_talk_that_kind() -> None:
    talks = {t.title: t for t in parse_programme(MIXED_EVENING.encode(), "evening.md").talks}
    assert talks["Caching at the edge"].kind == "talk"
    assert talks["Writing a parser by hand"].kind == "talk"


def _evening(name: str) -> Programme:
    talk = ProgrammeTalk(title="Ten lines of awk", speakers=[ProgrammePerson(name="Priya Nair")])
    return Programme(name=name, format="markdown", talks=[talk])


def test_an_event_named_for_lightning_talks_alone_still_gives_its_talks_that_kind() -> None:
    for name in ("Harbour LT #4", "Lightning Talk Night", "Lightning talk session #2"):
        p = _evening(name)
        kinds_of_a_lightning_event(p)
        assert p.talks[0].kind == "spotlight", name
    p = _evening("Harbour LT #4 and a keynote")
    kinds_of_a_lightning_event(p)
    assert p.talks[0].kind == "talk"


def test_headings_sorting_talks_by_kind_keep_the_events_kind_off() -> None:
    p = _evening("Harbour LT #4")
    kinds_of_a_lightning_event(p, ["Talks", "Lightning talks"])
    assert p.talks[0].kind == "talk"
    p = _evening("Harbour LT #4")
    kinds_of_a_lightning_event(p, ["Lightning talks"])  # one part, of its own kind
    assert p.talks[0].kind == "spotlight"
