"""Stop 65, helper b2: talk headings in a person's notes with the speaker said beside
them. Fixtures written for these tests, in our own words.

- a record led by its heading, then a by-line, then the writer's notes: the notes' first
  lines (sentences, an image's caption) are no column of titles, nor anyone's affiliation;
- ``## Title - @handle``: a social handle after the title's dash is its speaker, in a
  heading of notes as in a programme's line, whatever the title's language.
"""

from __future__ import annotations

from confnotes.importers import treerecords
from confnotes.importers.headings import read_heading
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import title_and_speakers


def _talks(text: str, name: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


def _records(text: str) -> dict[str, list[str]]:
    programme = treerecords.read(text, notes=True)
    assert programme is not None
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


# ------------------------------------- a heading, its by-line, then the writer's notes

_NOTES_EN = """---
title: My week at Harbour Dev Days
---

I finally went to Harbour Dev Days this spring. Here is what stayed with me.

## The sessions

### Shipping small releases every day

_By Marta Kowalczyk_

![A slide with a release train](train.png)

Marta opened with a story about a release that went wrong. She showed how her team cuts each change.

Her advice was simple: ship less, more often.

### Caching without tears

_By Tomasz Nowicki_

I had wanted to hear this one for a while. Tomasz compared three caching layers and how they fail.

The demo crashed twice, which made the point better than the slides.

### A gentle tour of property testing

_By Ingrid Solberg_

![Shrinking a failing case](shrink.png)

Ingrid generated thousands of inputs live. It was the clearest explanation I have heard.

### Writing docs people read

_By Paulo Ferreira_

Paulo argued that docs are a product. He showed before and after pages from his project.

## Closing thoughts

A great event, I will be back next year.
"""

_NOTES_FR = """# Mon retour sur les Journées du Code

Quelques notes prises pendant les deux jours.

### Comprendre les compilateurs

_Par Hélène Marchand_

Hélène a commencé par un exemple très simple. Puis un petit interpréteur en direct.

### Accessibilité des formulaires

_Par Julien Lefèvre_

![Un formulaire annoté](form.png)

Julien a montré des erreurs courantes. Chaque exemple venait d'un vrai site.

### Observer ses services en production

_Par Camille Rousseau_

Je ne connaissais pas ce sujet. Camille a présenté les traces distribuées.
"""

_NOTES_HTML = """<html><head><title>Notes from Riverside Conf</title></head><body>
<h1>Notes from Riverside Conf</h1>
<p>The talks I saw on day one.</p>
<h3>Designing for slow networks</h3>
<p><em>By Amara Okafor</em></p>
<p>Amara started with a map of average speeds. Then what breaks first.</p>
<p>Useful and very concrete.</p>
<h3>Rust for web services</h3>
<p><em>By Lukas Brandt</em></p>
<p><img src="crab.png" alt="A crab mascot"> Lukas Brandt</p>
<p>Lukas rewrote one service in Rust. His memory graph was striking.</p>
<h3>Testing the untestable</h3>
<p><em>By Sofia Marin</em></p>
<p>Sofia had a lot of humour. Test at the edges, she said.</p>
</body></html>
"""


def test_the_heading_names_the_record_not_the_first_line_of_notes() -> None:
    assert _records(_NOTES_EN) == {
        "Shipping small releases every day": ["Marta Kowalczyk"],
        "Caching without tears": ["Tomasz Nowicki"],
        "A gentle tour of property testing": ["Ingrid Solberg"],
        "Writing docs people read": ["Paulo Ferreira"],
    }


def test_notes_sentences_are_nobodys_affiliation() -> None:
    programme = treerecords.read(_NOTES_EN, notes=True)
    assert programme is not None
    assert all(not p.affiliations for t in programme.talks for p in t.speakers)


def test_french_and_html_notes_read_the_same_way() -> None:
    assert _records(_NOTES_FR) == {
        "Comprendre les compilateurs": ["Hélène Marchand"],
        "Accessibilité des formulaires": ["Julien Lefèvre"],
        "Observer ses services en production": ["Camille Rousseau"],
    }
    assert _talks(_NOTES_HTML, "notes.html") == {
        "Designing for slow networks": ["Amara Okafor"],
        "Rust for web services": ["Lukas Brandt"],
        "Testing the untestable": ["Sofia Marin"],
    }


def test_the_whole_import_keeps_the_headings_as_titles() -> None:
    assert _talks(_NOTES_EN, "week.md") == _records(_NOTES_EN)


# ----------------------------------------------------------- "## Title - @handle"

_HANDLES_EN = """# Frontend Week 2019 - Lisbon (Day 1)

## Service workers in practice - @nadia_dev
Things I noted
- offline first
- cache strategies

#### Pitfalls
- stale content
- debugging is hard

#### Tools
- workbox

## State machines for UI - @pjonsson

#### Why
- fewer impossible states

#### Libraries
- xstate

## Animating with the web API - @kemi
- keyframes
- timing functions
"""

_HANDLES_DE = """# Notizen vom Datentag

## Zeitreihen mit Python – @greta_l & @hmeyer
- pandas
- resampling

### Fallstricke
- Zeitzonen

## Grafiken, die jeder versteht – @o_schulz
- weniger Farben

### Beispiele
- Balken statt Kuchen

<!-- ## Ein Vortrag, den ich verpasst habe – @niemand -->
"""


def test_a_handle_after_the_dash_is_the_speaker() -> None:
    assert _talks(_HANDLES_EN, "day-1.md") == {
        "Service workers in practice": ["nadia_dev"],
        "State machines for UI": ["pjonsson"],
        "Animating with the web API": ["kemi"],
    }


def test_handles_in_german_headings_with_an_en_dash_and_two_speakers() -> None:
    talks = _talks(_HANDLES_DE, "datentag.md")
    assert talks == {
        "Zeitreihen mit Python": ["greta_l", "hmeyer"],
        "Grafiken, die jeder versteht": ["o_schulz"],
    }  # the heading inside an HTML comment is no talk


def test_the_line_readers_agree() -> None:
    read = read_heading("Ein Vortrag über Typen | @mara")
    assert (read.title, [p.name for p in read.speakers]) == ("Ein Vortrag über Typen", ["mara"])
    title, people = title_and_speakers("Physics of sound - @lena_k")
    assert (title, [p.name for p in people]) == ("Physics of sound", ["lena_k"])


def test_a_tail_with_other_words_than_handles_names_no_one() -> None:
    for text in (
        "Chat bots - @mentions in group chats",
        "Tagging in notes - #hashtags",
        "Mail filters - user@example.org",
        "@home - working remotely",
    ):
        read = read_heading(text)
        assert read.speakers == [], text
        assert title_and_speakers(text)[1] == [], text
