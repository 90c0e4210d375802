"""Conventions of real notes files (blind33, helper w3): a raw HTML list of the talks a
person saw inside a Markdown post (``<li><strong><a>Title</a></strong>, by <a>Name</a>:
a remark``), read as the same list written in Markdown."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in programme.talks}


HTML_LIST_POST = """---
layout: post
title: "Lo que vi en Jornadas Norte 2019"
date: 2019-05-02 10:00
---

Pasé dos días en las jornadas y quiero dejar aquí unas notas breves de lo que más me gustó,
sin ánimo de criticar a nadie que se sube a un escenario a contar lo suyo.

<ol>
  <li><strong><a href="https://example.org/t/1">Pruebas que no mienten</a></strong>, de <a href="https://example.org/u/ines">Inés Latorre</a>: muy clara y con buenos ejemplos de código.</li>
  <li><strong><a href="https://example.org/t/2">Colas sin dolor</a></strong>, de <a href="https://example.org/u/tomas">Tomás Berrocal</a>: algo corta, pero con demos que funcionaron.</li>
  <li><strong><a href="https://example.org/t/3">Diseño de APIs amables</a></strong>, de <a href="https://example.org/u/olga">Olga Serrat</a> y <a href="https://example.org/u/pau">Pau Ribas</a>: la mejor de las dos jornadas.</li>
</ol>
"""  # noqa: E501


def test_a_raw_html_list_of_talks_in_markdown_is_read_like_a_markdown_list() -> None:
    talks = _talks(HTML_LIST_POST)
    # before: the items' words lost their stress and links, so no talk was seen in them
    assert talks["Pruebas que no mienten"] == ["Inés Latorre"]
    assert talks["Colas sin dolor"] == ["Tomás Berrocal"]
    assert talks["Diseño de APIs amables"] == ["Olga Serrat", "Pau Ribas"]


DAYS_BESIDE_TITLE = """# Harbour Dev 2019

Two days by the sea, my notes from the talks I got into.

## What is Harbour Dev?
### A small event run by volunteers

* talks
* food

# Day 1 - 2019-06-03
## Opening words
* the hosts on how it started
* ten years of meetups

## Caching at the edge
* invalidation is still the hard part
* measure before you cache

## Typed configuration
* schemas for everything
* errors early

# Day 2 - 2019-06-04
## Search ranking from scratch
* start from counting
* then learn weights

## Shipping mobile apps weekly
* release trains
* feature flags

# Thoughts
Good food, too many stairs.
"""


def test_date_headings_holding_sub_headings_group_the_talks_beside_a_title() -> None:
    programme = parse_programme(DAYS_BESIDE_TITLE.encode(), "notes.md")
    days = {t.title: str(t.start.date() if t.start else t.day) for t in programme.talks}
    # before: the four top headings were read as four talks, the days' talks as their parts
    assert days["Caching at the edge"] == "2019-06-03"
    assert days["Typed configuration"] == "2019-06-03"
    assert days["Search ranking from scratch"] == "2019-06-04"
    assert days["Shipping mobile apps weekly"] == "2019-06-04"
    assert "Day 1 - 2019-06-03" not in days


SIGNED_SUB_HEADINGS = """---
title: Report from Riverside Go Day 2022
---

## Talks

### "Errors as values"

* Speaker: Marta Quill

Clear examples, a good start.

### "Profiling in production"

* Speaker: Dev Anand

Flame graphs everywhere.

### Short slots

#### Short slot

* Speaker: Lena Vogt

Five minutes on generics.

#### Short slot

* Speaker: Oskar Brandt

A tool for release notes.

#### Short slot

* Speaker: Ines Carvalho

Her first talk, very calm.
"""


def test_sub_headings_each_opened_by_their_speaker_are_talks_of_a_session() -> None:
    programme = parse_programme(SIGNED_SUB_HEADINGS.encode(), "notes.md")
    by = [[s.name for s in t.speakers] for t in programme.talks if t.speakers]
    # before: "### Short slots" was one talk, its first slot's speaker its only one
    assert ["Lena Vogt"] in by
    assert ["Oskar Brandt"] in by
    assert ["Ines Carvalho"] in by


ORDINAL_DAYS = """---
title: "Two days at Lakeside JS 2021"
---

I went to Lakeside JS this September and wrote down who spoke and what I kept.

### Tuesday 14th

#### Streams without tears
**Speaker:** *Ada Kowalski*

Back-pressure explained with buckets of water.

#### Bundlers compared
**Speaker:** *Rui Matos*

Numbers, then more numbers.

### Wensday 15th

#### Testing the untestable
**Speaker:** *Noor Haddad*

Fakes beat mocks, mostly.
"""


def test_day_headings_naming_only_an_ordinal_day_date_their_talks() -> None:
    programme = parse_programme(ORDINAL_DAYS.encode(), "notes.md")
    days = {t.title: str(t.start.date() if t.start else t.day) for t in programme.talks}
    # before: no talk had a day (the headings name no month and no year)
    assert days["Streams without tears"] == "2021-09-14"  # a Tuesday in the month named
    assert days["Bundlers compared"] == "2021-09-14"
    assert days["Testing the untestable"] == "2021-09-15"  # the 15th after the 14th
