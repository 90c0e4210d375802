"""Talks a person's notes name only in sentences (issue 33: "talks told only in prose"):
``Ana Ruiz’s talk “Title”``, ``_Bo Li_ gave “Title”``, several in one paragraph, in any
markup. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme, text_readings
from confnotes.importers.title_speakers import talk_mentions

STORY = """\
= LakeConf 2031, a write-up
Ada Writer
v1.0, 2031-06-12

The venue was an old boat shed, and then the rain started.

The first morning had _Ana Ruiz_ with her talk "Lock files are a social contract", and
_Bo Li_ who gave "Async all the way down", then _Mia Chen_'s keynote on "Hiring juniors".

After lunch, _Oskar Lund_ presented "Error messages as documentation", which I loved.

Dinner was by the lake.
"""


def test_talks_named_in_sentences_are_talks_with_their_speakers() -> None:
    p = parse_programme(STORY.encode(), "lakeconf-2031.adoc")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks if t.speakers}
    assert talks == {
        "Lock files are a social contract": ["Ana Ruiz"],
        "Async all the way down": ["Bo Li"],
        "Hiring juniors": ["Mia Chen"],
        "Error messages as documentation": ["Oskar Lund"],
    }
    bodies = "\n".join(t.body for t in p.talks)
    for line in STORY.splitlines()[3:]:
        assert line in bodies  # every line of the person's notes, as written


def test_a_quotation_or_a_book_is_no_talk() -> None:
    lower = frozenset({"then", "said"})
    assert talk_mentions('As Ana said, "never trust the network".', lower) == []
    assert talk_mentions('I read "Designing Data-Intensive Applications" on the plane.') == []
    found = talk_mentions("Then Bo Li gave a keynote, *Async all the way down*, at last.", lower)
    assert [(t, [p.name for p in w]) for _at, t, w in found] == [
        ("Async all the way down", ["Bo Li"])
    ]


def test_one_talk_cited_in_another_talks_notes_makes_no_reading() -> None:
    text = (
        "# Notes on the opening keynote\n\nGreat energy. She cited Bo Li's talk "
        '"Async all the way down" from last year.\n'
    )
    assert "prose" not in {r.shape for r in text_readings(text.encode(), "keynote.md")}


RUECKBLICK = """\
---
title: "Hafentage 2031 – Rückblick"
---

Die Konferenz begann mit der Keynote ["Leuchttürme ohne
Wärter"](https://example.org/2031/berg.html) von Lina Berg, die erklärte, wie
Automatisierung an der Küste entstand.

Danach erklärten Otto Vahl und Ödön Szabó in ["Fähren und ihre
Fahrpläne"](https://example.org/2031/vahl.html), wie man Umläufe plant, und Ida Lund
sprach über ["Knoten für Segler"](https://example.org/2031/lund.html).

Das Abendessen war am Hafen.
"""


def test_titles_wrapped_in_sentences_with_their_speaker_before_or_after() -> None:
    """A write-up in German: the speaker after the title (``[Title](…) von Name``), or
    the sentence's subject a few small words before it (``Name sprach über [Title]``),
    two people joined by ``und``; a title wrapped over two lines is one."""
    p = parse_programme(RUECKBLICK.encode(), "rueckblick.md")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks if t.speakers}
    assert talks == {
        "Leuchttürme ohne Wärter": ["Lina Berg"],
        "Fähren und ihre Fahrpläne": ["Otto Vahl", "Ödön Szabó"],
        "Knoten für Segler": ["Ida Lund"],
    }
    assert not any(s.affiliations for t in p.talks for s in t.speakers)  # "die erklärte…"


def test_a_reading_list_after_a_talk_is_no_talk_of_the_prose() -> None:
    text = (
        "# Slow harbours — Lina Berg\n\nMy notes from her keynote.\n\n"
        "## Books she named\n\n"
        "- *Tides* by Otto Vahl\n- *Knots* by Ida Lund\n- *Ferries* by Rui Matos\n"
    )
    p = parse_programme(text.encode(), "slow-harbours.md")
    assert [t.title for t in p.talks if t.speakers] == ["Slow harbours"]


CRONICA = """\
---
title: Portoconf 2031
---

Este ano assisti a várias palestras. Gostei bastante da
[Marés e portos pequenos](https://example.org/p/mares), do
[Rui Matos](https://example.org/@rui), pra mim a melhor do evento. Assisti também a do
[Ida Lund](https://example.org/@ida), [Nós para velejadores](https://example.org/p/nos),
onde ela mostrou tudo ao vivo.

Depois vi a [Olaria](https://example.org/olaria) [sobre fornos](https://example.org/p/fornos),
e a do [Otto Vahl](https://example.org/@otto) [sobre balsas](https://example.org/p/balsas).

A palestra de que mais gostei foi a do Lina Berg, sobre
[Faróis sem faroleiro](https://example.org/p/farois).
"""


def test_a_person_linked_beside_a_talk_link_gives_it() -> None:
    """A name's link right after or before a talk's link (``[Title](…), do [Name](…)``,
    ``do [Name](…) [Title](…)``) and ``Name, sobre [Title]``: the sentence's talks; an
    organisation's link beside a title is no one."""
    p = parse_programme(CRONICA.encode(), "portoconf.md")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks if t.speakers}
    assert talks == {
        "Marés e portos pequenos": ["Rui Matos"],
        "Nós para velejadores": ["Ida Lund"],
        "sobre balsas": ["Otto Vahl"],
        "Faróis sem faroleiro": ["Lina Berg"],
    }
