"""A person's recap of a conference whose talks are list items (issue 33, stop 52, helper
s52a): each item opens with the talk's title (an inline link, a reference link ``[Title]``)
and a by-phrase in the post's language (``, de Name``, ``, di Name``), wrapped onto the
item's next line or followed by the writer's remark after a colon; lists of bare session
titles, most linked to their slides, under a ``Sessions`` or ``LT`` heading
(reStructuredText too, its title over- and underlined); a reading list under a heading
the writer wrote sentences under is that heading's notes, its authors no speakers. The
documents are written for these tests."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.headings import conference_name
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import stressed_bylines


def _talks(text: str, name: str = "post.md") -> list[tuple[str, list[str], str]]:
    p = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers], t.kind) for t in p.talks if t.kind != "other"]


def test_a_reference_links_title_then_de_and_its_speaker_before_a_remark() -> None:
    line = "[Bases de datos sin miedo], de [Ana Ruiz]: muy clara, me gustó"
    assert [(t, [p.name for p in ps]) for t, ps in stressed_bylines(line)] == [
        ("Bases de datos sin miedo", ["Ana Ruiz"])
    ]


def test_de_is_a_by_word_only_after_the_comma_closing_the_title() -> None:
    assert stressed_bylines("[Un paseo] de Madrid Río: bonito") == []


WRAPPED = """\
Algumas palavras minhas sobre o dia, antes das palestras.

- [Filas com Postgres](https://conf.example.org/t#1),
de [Iara Mendes](https://social.example.org/@iara): exemplos ao vivo, muito bom
- [Contratos na prática](https://conf.example.org/t#2), de
[Otávio Brandt](https://social.example.org/@ot) e
[Luana Sayuri](https://social.example.org/@lu): dupla afinada
"""


def test_a_by_phrase_wrapped_onto_the_items_next_line_names_the_speakers() -> None:
    assert _talks(WRAPPED) == [
        ("Filas com Postgres", ["Iara Mendes"], "talk"),
        ("Contratos na prática", ["Otávio Brandt", "Luana Sayuri"], "talk"),
    ]


REFERENCED = """\
# Crónica de Jornadas Sur 2031

## Las charlas

- [Monolitos longevos], de [Rocío Albar]: buen ritmo.

<!-- una foto -->

- [Colas y reintentos], de [Nuño Carrasco]: divertida.

[Monolitos longevos]: https://sur.example.org/a1
[Colas y reintentos]: https://sur.example.org/a2
[Rocío Albar]: https://social.example.org/@rocio
[Nuño Carrasco]: https://social.example.org/@nuno
"""


def test_reference_links_between_comments_are_talks_and_the_event_is_named() -> None:
    p = parse_programme(REFERENCED.encode(), "post.md")
    assert p.name == "Jornadas Sur 2031"
    assert _talks(REFERENCED) == [
        ("Monolitos longevos", ["Rocío Albar"], "talk"),
        ("Colas y reintentos", ["Nuño Carrasco"], "talk"),
    ]


RST = """\
================
PyDay Ost 2031
================

Frühjahr
========

Vorträge
--------

* `Packaging ohne Tränen <https://slides.example.org/p>`_
* Asyncio, ehrlich erklärt
* `Typing im Großen <https://talks.example.net/typing>`_

LT
--

* `Ein Bot für den Chat <https://slides.example.org/bot>`_
* Warum ich Makefiles mag
* `Editor in fünf Minuten <https://example.com/lt-editor>`_
"""


def test_an_over_and_underlined_rst_title_is_a_level_of_its_own() -> None:
    # "====" over and under the title, "====" under a part: two levels (docutils' rule)
    doc = doctree.parse(RST)
    heads = [(n.text, n.level) for n in doc.root.children if n.kind == "heading"]
    assert heads[:3] == [("PyDay Ost 2031", 1), ("Frühjahr", 2), ("Vorträge", 3)]


def test_bare_session_titles_under_talks_and_lt_headings_are_talks() -> None:
    p = parse_programme(RST.encode(), "notes.rst")
    assert p.name == "PyDay Ost 2031"
    assert _talks(RST, "notes.rst") == [
        ("Packaging ohne Tränen", [], "talk"),
        ("Asyncio, ehrlich erklärt", [], "talk"),
        ("Typing im Großen", [], "talk"),
        ("Ein Bot für den Chat", [], "spotlight"),
        ("Warum ich Makefiles mag", [], "spotlight"),
        ("Editor in fünf Minuten", [], "spotlight"),
    ]


READING = """\
# Appunti dal Lagoon Summit 2031

- [Cache oneste](https://lagoon.example.org/s/4), di [Ottavia Brenna](https://x.org/o): chiara
- [Rust per pythonisti](https://lagoon.example.org/s/9), di [Gianni Pezzoli](https://x.org/g): bella

## Da leggere

Durante le pause mi sono segnato alcuni libri citati dai relatori, per l'estate. Eccoli:

- "Il mestiere del refactoring", Albina Corsetti
- "Sistemi che reggono", Dario Velluti
"""


def test_a_reading_list_under_the_writers_sentences_names_no_speaker() -> None:
    p = parse_programme(READING.encode(), "post.md")
    people = sorted({s.name for t in p.talks for s in t.speakers})
    assert people == ["Gianni Pezzoli", "Ottavia Brenna"]
    assert [t for t, _, _ in _talks(READING)] == ["Cache oneste", "Rust per pythonisti"]


def test_impressions_in_a_posts_title_leave_the_events_name() -> None:
    assert conference_name("Minhas impressões sobre DevFest Rio 2031") == "DevFest Rio 2031"
    assert conference_name("Mis impresiones sobre Codemotion 2031") == "Codemotion 2031"
