"""One talk's notes written first, a few headings after them (the notes' index, the pad
they were taken in): the headings' links and linked labels prove no several talks
(readings._notes_first); a post's title ``Name's Keynote`` names the speaker; a category
naming an event with the notes' year names the conference."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

POST = """---
title: "Jonas Eriksen's Keynote"
date: 2023-10-04
categories: [Shelfcon 2023]
tags: [catalogues, reuse]
---

[Jonas Eriksen's keynote](https://example.org/shelfcon/keynotes/)

- Starts with the catalogue card his library kept for forty years
- Metadata outlives the systems that wrote it, and its mistakes too
- Shared records save work only when someone owns fixing them
- Volunteers fixed more headings in a month than staff did in a year
- The best catalogue is the one people can correct themselves
- Ends with a plea to publish every local change upstream, however small

## Back to all the notes

[Our notes](https://pad.example.org/p/shelfcon-all)

## The pad

[Original Pad](https://pad.example.org/p/shelfcon-eriksen)
"""


def test_notes_written_first_stay_one_talk_with_its_speaker() -> None:
    programme = parse_programme(POST.encode(), "eriksen.md")
    assert [t.title for t in programme.talks] == ["Jonas Eriksen's Keynote"]
    (talk,) = programme.talks
    assert [p.name for p in talk.speakers] == ["Jonas Eriksen"]
    assert "Original Pad" in talk.body  # the pad's heading and link stay in the note
    assert programme.name == "Shelfcon 2023"


def test_a_possessive_of_no_person_names_no_speaker() -> None:
    text = POST.replace("Jonas Eriksen's Keynote", "Python's Keynote")
    programme = parse_programme(text.encode(), "python.md")
    assert all(not t.speakers for t in programme.talks)


LIST = """---
title: Fiesta de Datos 2014
date: 2014-09-20
---
Fui solo el sábado.

- "[Grafos en la cocina](http://fiesta.example.org/agenda/ver.php?id=3)": muy buena.
- "[Mapas que mienten](http://fiesta.example.org/agenda/ver.php?id=8)": floja, esperaba más.
- "[Colas sin dolor](http://fiesta.example.org/agenda/ver.php?id=15)": clarísima.
- Después me fui a cenar.
"""


def test_items_led_by_links_to_one_sites_pages_are_its_talks() -> None:
    programme = parse_programme(LIST.encode(), "fiesta.md")
    titles = [t.title for t in programme.talks if t.kind != "other"]
    assert titles == ["Grafos en la cocina", "Mapas que mienten", "Colas sin dolor"]
    assert not any(t.speakers for t in programme.talks)


def test_items_led_by_links_to_many_sites_are_a_reading_list() -> None:
    text = LIST.replace("fiesta.example.org/agenda", "blog.example.net/posts", 1).replace(
        "fiesta.example.org/agenda", "news.example.com/items", 1
    )
    programme = parse_programme(text.encode(), "fiesta.md")
    assert [t.title for t in programme.talks if t.kind != "other"] != [
        "Grafos en la cocina",
        "Mapas que mienten",
        "Colas sin dolor",
    ]
