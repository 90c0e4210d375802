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
