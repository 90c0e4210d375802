"""People's write-ups of an event read as their writers mean them (stop 64, helper o1): a
sentence that opens on a verb and a capitalised pronoun (German ``Besuchen Sie uns
auf [Mastodon]``) names no speaker. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers.mentions import linked_item_titles
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


LINKED_LIST = """---
layout: post
title: "Notes from Harbour Functional Day 2031"
---

Harbour Functional Day took place on 9 May 2031 and we had a great time.
Slides are on the event's programme page.

The talks we saw:

* [Typed pipelines for the
  impatient](https://hfd.example.org/2031/pipelines.html): how types keep a
  data job honest.
* [Effects without tears](https://hfd.example.org/2031/effects.html):
  a gentle tour of effect handlers.
* [Property tests at the bank](https://hfd.example.org/2031/bank.html): an
  experience report from a payments team.

Useful links for later:

* [Hoogle](https://hoogle.example.com/): search by type.
* [Effect docs](https://docs.example.net/effects): the manual.
* [Our blog](https://blog.example.io/): more posts.
"""


def test_a_list_of_linked_titles_to_one_sites_pages_names_one_talk_per_item() -> None:
    p = parse_programme(LINKED_LIST.encode(), "hfd-notes.md")
    titles = [t.title for t in p.talks if t.kind != "other"]
    assert titles == [
        "Typed pipelines for the impatient",
        "Effects without tears",
        "Property tests at the bank",
    ]
    effects = next(t for t in p.talks if t.title == "Effects without tears")
    assert "a gentle tour of effect handlers." in effects.body
    assert [link.url for link in effects.links] == ["https://hfd.example.org/2031/effects.html"]
    bodies = "\n".join(t.body for t in p.talks)
    for line in LINKED_LIST.splitlines()[5:]:
        assert line in bodies  # every line of the notes ends in some note


def test_links_to_many_sites_or_too_few_items_name_no_talks() -> None:
    references = [
        "* [Hoogle](https://hoogle.example.com/): search by type.",
        "* [Effect docs](https://docs.example.net/effects): the manual.",
        "* [Our blog](https://blog.example.io/): more posts.",
    ]
    assert linked_item_titles(references) == []
    pair = [
        "* [Effects without tears](https://hfd.example.org/effects.html): handlers.",
        "* [Typed pipelines](https://hfd.example.org/pipes.html): types.",
    ]
    assert linked_item_titles(pair) == []
    prose_after = [*pair, "* [Bank tests](https://hfd.example.org/bank.html) were fun to see."]
    assert linked_item_titles(prose_after) == []


KEYWORD_LINKED = """---
title: "My week at Devworld 2031"
date: 2031-06-05
---

I went to Devworld 2031 in Lisbon, 2031/06/02 to 2031/06/03. My notes per session.

# DAY 01

## Keynote

The big announcements of the year, mostly about tooling and the new build system.

## Swift [Charts](https://words.example.jp/keyword/Charts): drawing data in a few lines

Cold versus hot streams, and when to buffer or conflate the values.

## Profiling startup time on low-end phones

Trace the first frame, then cut what runs before it.

## Lunch

Grilled fish in the garden.

# DAY 02

## Glide [Widgets](https://words.example.jp/keyword/Widgets): layouts that adapt to any screen

Automatic migrations and how to test them before a release.

## What's new in accessibility

Better screen reader hints and larger touch targets by default.

## Shipping smaller app bundles

Split by language and by screen density, then measure the download size.
"""


def test_a_keyword_link_inside_a_headings_head_parts_no_speaker_from_its_title() -> None:
    p = parse_programme(KEYWORD_LINKED.encode(), "devworld-2031.md")
    titles = {t.title for t in p.talks}
    assert "Swift Charts: drawing data in a few lines" in titles
    assert "Glide Widgets: layouts that adapt to any screen" in titles
    assert not [s.name for t in p.talks for s in t.speakers]
