"""Review 59 mends: a data file's link to a page by its path (a slot's ``writeup`` or
``slides``) pulls no page into the data; a recap post's nested ``event:`` speakers or a
Hugo post's ``params: authors`` do not pre-empt the body's programme."""

from __future__ import annotations

from confnotes.importers.join import read_all

GRID = b"""- time: "14:00"
  title: Compilers for the curious
  speaker: Lena Vogt
  report: _blog/2030-05-02-afternoon.md
- time: "15:00"
  title: Tracing without tears
  speaker: Omar Haddad
  handout: handouts/tracing.html
"""
AFTERNOON = b"""---
title: "What we heard on Friday afternoon"
date: 2030-05-02
---

## Lightning round

- 16:30 Type hints at scale - Mira Olsen
- 16:45 Packaging in anger - Theo Brandt
"""
HANDOUT = b"""<html><head><title>Tracing without tears</title></head>
<body><h1>Tracing without tears</h1><p>Notes for the session.</p></body></html>
"""


def test_a_page_linked_from_data_by_a_non_person_field_is_read_alone() -> None:
    read = read_all(
        [
            (GRID, "_data/grid.yml"),
            (AFTERNOON, "_blog/2030-05-02-afternoon.md"),
            (HANDOUT, "handouts/tracing.html"),
        ]
    )
    by_source = {source: programme for programme, source in read}
    grid = {t.title: [p.name for p in t.speakers] for t in by_source["_data/grid.yml"].talks}
    assert grid == {
        "Compilers for the curious": ["Lena Vogt"],
        "Tracing without tears": ["Omar Haddad"],
    }
    post = by_source["_blog/2030-05-02-afternoon.md"]
    talks = {t.title: [p.name for p in t.speakers] for t in post.talks}
    assert talks["Type hints at scale"] == ["Mira Olsen"]
    assert talks["Packaging in anger"] == ["Theo Brandt"]
    assert "handouts/tracing.html" in by_source


def test_an_html_page_without_front_matter_named_by_a_speaker_field_is_read_alone() -> None:
    grid = b"""- time: "09:30"
  title: Welcome and housekeeping
  speaker: _people/host.html
- time: "10:00"
  title: Tracing without tears
  speaker: Omar Haddad
"""
    read = read_all([(grid, "_data/grid.yml"), (HANDOUT, "_people/host.html")])
    assert {source for _p, source in read} == {"_data/grid.yml", "_people/host.html"}


RECAP = """---
title: "Harbour.js #7 wrap-up"
date: 2030-06-11
event:
  name: Harbour.js 7
  location: Dockside loft
  speakers:
    - Ines Moreau
    - Karl Lund
---

## On stage

- 19:00 Signals in the browser - Ines Moreau
- 19:40 Bundlers compared - Karl Lund
"""
RELEASE_NOTE = """---
title: "Version 9 has shipped"
date: 2030-06-11
params:
  authors:
    - Ines Moreau
  math: false
---

Version 9 is here. What changed, below.

## Smaller builds

Karl Lund trimmed the output.
"""


def test_a_recap_posts_nested_event_speakers_leave_its_body_programme_alone() -> None:
    from confnotes.importers.registry import parse_programme

    programme = parse_programme(RECAP.encode(), "2030-06-11-wrap-up.md")
    talks = {t.title: ([p.name for p in t.speakers], t.start) for t in programme.talks}
    assert talks["Signals in the browser"][0] == ["Ines Moreau"]
    assert talks["Bundlers compared"][0] == ["Karl Lund"]
    assert talks["Bundlers compared"][1] is not None
    assert talks["Bundlers compared"][1].hour == 19


def test_a_hugo_posts_params_authors_are_no_speakers() -> None:
    from confnotes.importers.registry import parse_programme

    programme = parse_programme(RELEASE_NOTE.encode(), "version-9.md")
    assert all(not t.speakers for t in programme.talks)
