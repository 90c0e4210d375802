"""People's write-ups of an event read as their writers mean them (stop 64, helper o1): a
sentence that opens on a verb and a capitalised pronoun (German ``Besuchen Sie uns
auf [Mastodon]``) names no speaker. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import talk_mentions

RECAP = """---
layout: post
title: "Rückblick auf den Kieler Datentag 2031"
---

Der Kieler Datentag fand am 14.3.2031 zum dritten Mal statt, und wir waren
begeistert. Alle Folien liegen im [Archiv](https://example.org/archiv).
Besuchen Sie uns auch auf [Mastodon](https://example.org/@datentag) und
[Matrix](https://example.org/matrix), um nichts zu verpassen.

Den Auftakt machte die [Keynote von Greta Lindqvist](https://example.org/keynote)
über offene Verwaltungsdaten. Danach erklärte Jonas Brandt in
[Geodaten im Alltag](https://example.org/geo) seine Karten. Später
sprach Mira Okafor in [Ladesäulen zählen](https://example.org/laden).

Wir freuen uns auf das nächste Jahr und alle neuen Gesichter: besuchen Sie uns bald wieder.
"""


def test_a_sentence_opening_on_a_verb_and_a_capitalised_pronoun_names_no_one() -> None:
    lower = frozenset({"besuchen", "und", "auf", "uns", "auch"})
    said = talk_mentions(
        "Besuchen Sie uns auch auf [Mastodon](https://example.org/m).", lower, sentences=True
    )
    assert said == []


def test_a_sentences_subject_still_gives_the_title_after_a_few_small_words() -> None:
    lower = frozenset({"sprach", "in", "auf"})
    line = "Jonas Brandt sprach in [Geodaten heute](https://x.org/g)."
    said = talk_mentions(line, lower, sentences=True)
    assert [(t, [p.name for p in who]) for _, t, who in said] == [
        ("Geodaten heute", ["Jonas Brandt"])
    ]


def test_a_recap_invents_no_person_from_a_call_to_follow_it() -> None:
    p = parse_programme(RECAP.encode(), "datentag.md")
    people = {s.name for t in p.talks for s in t.speakers}
    assert "Besuchen Sie" not in people
    assert "Alle Folien" not in people
    assert "Jonas Brandt" in people
