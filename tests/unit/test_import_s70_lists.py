"""Stop 70, helper lists: talks listed one per item or row, the title marked by a link.

Fixtures written for these tests, in our own words (Russian, English, German, French):
reStructuredText items whose links wrap over lines, a post's ``.. key: value``
metadata, a definition list of speakers and their talks, links that close a line as
its resources, and an item naming two talks with their by-lines. Near misses: a list of
documentation links, a definition list of terms."""

from __future__ import annotations

from datetime import date

from confnotes.importers import doctree
from confnotes.importers.programme import Programme
from confnotes.importers.title_speakers import stressed_bylines
from tests.unit.importing import people_of, read, speakers_by_title


def _holds(programme: Programme, expected: dict[str, list[str]]) -> bool:
    """Every expected talk is read, with its speakers."""
    found = speakers_by_title(programme)
    return all(found.get(title) == who for title, who in expected.items())


# ------------------------------------------------ reStructuredText items, wrapped links

_NIKOLA_POST = """.. title: Встреча любителей Rust
.. slug: rust-meetup
.. date: 2021-03-02 10:00:00
.. tags: rust, meetup
.. author: Ольга Смирнова

12 марта в Казани пройдёт встреча `казанского Rust-сообщества
<https://example.org/rust-kazan/>`__. Будут доклады и общение.

Программа:

- `Асинхронность без боли
  <https://example.org/talks/1/>`__ - `Игорь
  Белов, Примерсофт <https://example.org/people/1/>`__
- `Макросы для тех, кто их боится
  <https://example.org/talks/2/>`__ - `Анна Котова, Облако
  <https://example.org/people/2/>`__
- `Профилирование на практике
  <https://example.org/talks/3/>`__ -
  `Денис Орлов, Гидра Лабс <https://example.org/people/3/>`__

Участие бесплатное, но `нужна регистрация
<https://example.org/register/>`__.
"""


def test_a_nikola_posts_wrapped_link_items_are_its_talks() -> None:
    programme = read(_NIKOLA_POST, "rust-meetup.rst")
    assert _holds(
        programme,
        {
            "Асинхронность без боли": ["Игорь Белов"],
            "Макросы для тех, кто их боится": ["Анна Котова"],
            "Профилирование на практике": ["Денис Орлов"],
        },
    )
    # the company after the comma inside the speaker's link is where they work
    assert people_of(programme) == {"Игорь Белов", "Анна Котова", "Денис Орлов"}
    # the post's own date gives the year of "12 марта"
    days = {t.day for t in programme.talks if t.speakers}
    assert days == {date(2021, 3, 12)}


def test_nikola_metadata_comments_make_a_post_restructuredtext() -> None:
    assert doctree.parse(_NIKOLA_POST).syntax == "rst"
    # one such comment, or none, beside a Markdown link, says nothing
    plain = "Just a note about `code` and [a link](https://example.org).\n"
    assert doctree.parse(".. title: x\n\n" + plain).syntax == "markdown"


_FIELD_TALKS = """Workshop 2022
=============

The workshop is held on 14 and 15 June 2022 in Lyon.

Slides
------

* Ana Ruiz: `Meshes that adapt to the flow of water over
  a sandy river bed <slides/ruiz.pdf>`__
* Bo Lindqvist: `Solvers for the shallow water equations
  <slides/lindqvist.pdf>`__
* Carla Mendes: Time stepping for stiff problems without
  tears
* Dario Conti: `Preconditioners, revisited
  <slides/conti.pdf>`__
"""


def test_restructuredtext_items_whose_linked_titles_wrap_keep_them_whole() -> None:
    programme = read(_FIELD_TALKS, "workshop.rst")
    assert _holds(
        programme,
        {
            "Meshes that adapt to the flow of water over a sandy river bed": ["Ana Ruiz"],
            "Solvers for the shallow water equations": ["Bo Lindqvist"],
            "Time stepping for stiff problems without tears": ["Carla Mendes"],
            "Preconditioners, revisited": ["Dario Conti"],
        },
    )


# ------------------------------------------------------ definition lists, trailing links

_DL_PAGE = """<!DOCTYPE html>
<html><head><title>Kotlin Herbsttag</title></head>
<body>
<h1>Kotlin Herbsttag</h1>
<h2>3.10.2019</h2>
<h3>Vorträge</h3>
<dl id="talks">
  <dt><a href="https://example.org/u/ana">Ana Ruiz</a></dt>
  <dd><span>on</span> Coroutines im Alltag <a href="#c">¶</a>
      <a href="https://example.org/v/1">video</a> <a href="https://example.org/s/1">slides</a></dd>
  <dt><a href="https://example.org/u/bo">Bo Lindqvist</a></dt>
  <dd><span>on</span> Typsichere Builder <a href="#b">¶</a>
      <a href="https://example.org/v/2">video</a></dd>
  <dt><a href="https://example.org/u/carla">Carla Mendes</a></dt>
  <dd><span>on</span> On Writing Small Compilers <a href="#w">¶</a>
      <a href="https://example.org/v/3">video</a> <a href="https://example.org/s/3">slides</a></dd>
</dl>
</body></html>
"""


def test_a_definition_list_of_linked_speakers_and_their_talks() -> None:
    programme = read(_DL_PAGE, "herbsttag.html")
    # the "on" joining the name to the topic, and the links closing the line (its
    # permalink, video and slides) are not the title; a title's own "On" stays
    assert _holds(
        programme,
        {
            "Coroutines im Alltag": ["Ana Ruiz"],
            "Typsichere Builder": ["Bo Lindqvist"],
            "On Writing Small Compilers": ["Carla Mendes"],
        },
    )


_GLOSSARY = """<!DOCTYPE html>
<html><head><title>Glossaire</title></head>
<body>
<h1>Glossaire</h1>
<dl>
  <dt>Fermeture</dt><dd>Une fonction qui garde son environnement.</dd>
  <dt>Itérateur</dt><dd>Un objet qui donne les éléments un par un.</dd>
  <dt>Générateur</dt><dd>Une fonction qui produit un itérateur.</dd>
  <dt>Coroutine</dt><dd>Une fonction qui peut se suspendre.</dd>
</dl>
</body></html>
"""


def test_a_definition_list_of_terms_gives_no_talks() -> None:
    programme = read(_GLOSSARY, "glossaire.html")
    assert not people_of(programme)
    assert not [t for t in programme.talks if t.kind == "talk" and t.speakers]


# ------------------------------------------------- one item naming two talks, near misses

_TWO_IN_ONE = """# DevConf 2024

The talks I liked best:

- [Queues without tears](/q) by Ana Ruiz and [Caching at the edge](/c) by Bo Lindqvist, both good.
- [Typed configs](https://example.org/t) by Carla Mendes, with a live demo.
- [Green builds](https://example.org/g) by Dario Conti
"""


def test_an_item_naming_two_linked_talks_with_their_bylines_is_two_talks() -> None:
    programme = read(_TWO_IN_ONE, "devconf.md")
    assert _holds(
        programme,
        {
            "Queues without tears": ["Ana Ruiz"],
            "Caching at the edge": ["Bo Lindqvist"],
            "Typed configs": ["Carla Mendes"],
            "Green builds": ["Dario Conti"],
        },
    )
    # the item's words are in one note, not two
    bodies = [t.body for t in programme.talks if "Queues without tears" in t.body]
    assert len(bodies) == 1


def test_a_byline_ends_at_the_joining_word_before_the_next_title() -> None:
    read_de = stressed_bylines("*Warteschlangen* von Ana Ruiz und *Caches am Rand* von Bo Li.")
    assert [(title, [p.name for p in who]) for title, who in read_de] == [
        ("Warteschlangen", ["Ana Ruiz"]),
        ("Caches am Rand", ["Bo Li"]),
    ]
    read_fr = stressed_bylines("« Files sans larmes » par Ana Ruiz et « Caches » par Bo Li")
    assert [title for title, _who in read_fr] == ["Files sans larmes", "Caches"]


_DOCS_LINKS = """# Project handbook

Where to start:

- [Install guide](https://example.org/install) - how to set up the tools
- [Style guide](https://example.org/style) - how we write code
- [Release notes](https://example.org/releases) - what changed lately
"""


def test_a_list_of_documentation_links_gives_no_talks() -> None:
    programme = read(_DOCS_LINKS, "handbook.md")
    assert not people_of(programme)


def test_a_line_of_words_with_one_closing_link_keeps_its_link() -> None:
    # one link closing a line may be a name: it is no resource of the line
    programme = read(
        "# Meetup 2023\n\n"
        "- Talk: Parsing logs fast by [Ana Ruiz](https://example.org/ana)\n"
        "- Talk: Tracing in production by [Bo Lindqvist](https://example.org/bo)\n"
        "- Talk: Testing the untestable by [Carla Mendes](https://example.org/carla)\n",
        "meetup.md",
    )
    assert {"Ana Ruiz", "Bo Lindqvist", "Carla Mendes"} <= people_of(programme)
