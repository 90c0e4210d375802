"""Talks of a person's post in raw HTML lists and bracketed by-lines (issue 33, helper
s48b): a ``<ul>`` inside a Markdown post is a list like a Markdown one; ``Title, Name y
Name`` names two speakers; ``Title (Name | Company)`` names a speaker and where they work.
The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers.headings import read_heading
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import title_and_speakers


def _talks(text: str, name: str) -> dict[str, list[str]]:
    p = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


HTML_LIST_POST = """\
---
title: "Lakeside Go 2018"
date: 2018-05-02T10:00:00Z
---

<p>Fin de semana en Annecy con el grupo local: estas fueron las charlas que vi.</p>
<ul>
<li>Interfaces peque&ntilde;as, Lucía Fernández</li>
<li>Concurrencia sin miedo, Tomás Ibarra</li>
<li>Perfiles de memoria en producci&oacute;n, Elena Sáez y Marcos Ruiz Prado</li>
<li>Generics un a&ntilde;o despu&eacute;s, Óscar Llorente</li>
</ul>
<p>Hasta el a&ntilde;o que viene.</p>
"""


def test_the_items_of_an_html_list_in_a_markdown_post_are_its_talks() -> None:
    talks = _talks(HTML_LIST_POST, "lakeside.md")
    assert talks["Interfaces pequeñas"] == ["Lucía Fernández"]
    assert talks["Concurrencia sin miedo"] == ["Tomás Ibarra"]
    assert talks["Generics un año después"] == ["Óscar Llorente"]


def test_two_full_names_joined_after_the_comma_are_both_speakers() -> None:
    talks = _talks(HTML_LIST_POST, "lakeside.md")
    assert talks["Perfiles de memoria en producción"] == ["Elena Sáez", "Marcos Ruiz Prado"]


def test_a_bracket_naming_a_speaker_then_a_company_splits_them() -> None:
    for read in (
        title_and_speakers("Edge caching (Mara Olsen | Fastpath)"),
        title_and_speakers("Edge caching (Mara Olsen - Fastpath)", heading=False),
    ):
        title, people = read
        assert title == "Edge caching"
        assert [(p.name, p.affiliations) for p in people] == [("Mara Olsen", ["Fastpath"])]
    talk = read_heading("Edge caching (이지은 | 카카오)")
    assert talk.title == "Edge caching"
    assert [(p.name, p.affiliations) for p in talk.speakers] == [("이지은", ["카카오"])]


def test_a_bracket_of_two_words_that_are_no_person_names_no_one() -> None:
    for text in (
        "Edge caching (Part 2 | Advanced)",
        "Edge caching (React | Vue)",
        "Edge caching (Slides | Video)",
        "Edge caching (Mara Olsen - Chair)",
        "Lunch (Hall A | Level 2)",
    ):
        assert title_and_speakers(text) == (text, []), text
        assert not read_heading(text).speakers, text
