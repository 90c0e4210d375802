"""A person's notes naming each talk by a by-line written in one of a few ways (stop 53,
helper s53h): a heading of fields parted by bars, the speaker first (``Name | @handle |
Org | "Title"``); a stressed stretch of prose after a talk's word that holds its own
by-line (``a palestra **Title de Name**``, ``la charla **Title de Name**``) under the
writer's own topic headings. The documents are written for these tests."""

from __future__ import annotations

import pytest

from confnotes.importers.headings import person_first_fields, read_heading
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import talk_mentions


@pytest.mark.parametrize(
    ("heading", "title", "who"),
    [
        ('Ines Duarte | @inesd | Lumen | "Quiet Queues"', "Quiet Queues", "Ines Duarte"),
        ('Ines Duarte | "Quiet Queues"', "Quiet Queues", "Ines Duarte"),
        ("Ines Duarte | @inesd | lumen.dev | Observability", "Observability", "Ines Duarte"),
        ('Ines Duarte | Formerly Lumen | "Who Owns It?"', "Who Owns It?", "Ines Duarte"),
        ("Ines Duarte | Lumen | « Files d'attente »", "Files d'attente", "Ines Duarte"),
    ],
)
def test_a_headings_bar_fields_name_the_speaker_first_and_the_title(
    heading: str, title: str, who: str
) -> None:
    read = read_heading(heading)
    assert (read.title, [p.name for p in read.speakers]) == (title, [who])


@pytest.mark.parametrize(
    "heading",
    [
        "Quiet Queues | Ines Duarte",  # title first: the older reading's, not this one's
        "Ines Duarte | Lumen",  # two fields, none quoted: an organisation, no title
        "Ines Duarte | @inesd | lumen.dev",  # a web address is no title
        "Ines Duarte | Lumen | 2031",  # a year is no title
        "Ines Duarte | Lumen | Notes",  # a notes label is no title
        'Roadmap | Lumen | "Quiet Queues"',  # no one first
    ],
)
def test_fields_that_hold_no_speaker_and_title_are_left_alone(heading: str) -> None:
    assert person_first_fields(heading) is None


NOTES = """\
# harbourconf-2031-notes

## Ines Duarte | @inesd | Lumen | "Quiet Queues"

### Takeaways

- Back-pressure is a feature.

## Pavel Hruby | Formerly Dockside | "Who Owns the Runbook?"

### Look into

- Greta Lind: "Operating Without Heroes"
- Pager Monthly: "Sleep Debt"
- Pavel Hruby: "The Runbook Manifesto"
"""


def test_bar_headings_are_talks_and_a_talks_reading_list_names_no_one() -> None:
    p = parse_programme(NOTES.encode(), "harbourconf-2031-notes.md")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks if t.speakers}
    assert talks == {
        "Quiet Queues": ["Ines Duarte"],
        "Who Owns the Runbook?": ["Pavel Hruby"],
    }
    bodies = "\n".join(t.body for t in p.talks)
    assert '- Greta Lind: "Operating Without Heroes"' in bodies  # kept, as a note's line


def test_a_stressed_title_holds_its_by_line_after_an_of_word() -> None:
    line = (
        "Gostei da palestra **Cache sem medo de Rafael Moreira** e da palestra "
        "**Quem paga a nuvem? da Beatriz Farias**; e na charla **Tipos sin dolor de "
        "Lucía Herrero** aprendi muito. Frase: **o melhor do evento é o café**."
    )
    found = [(title, [p.name for p in who]) for _at, title, who in talk_mentions(line)]
    assert found == [
        ("Cache sem medo", ["Rafael Moreira"]),
        ("Quem paga a nuvem?", ["Beatriz Farias"]),
        ("Tipos sin dolor", ["Lucía Herrero"]),
    ]


POST = """\
---
layout: post
title:  "SulDev 2031"
date:   2031-06-14 09:10:00
---

Fui ao SulDev 2031 na semana passada.

### O evento

Muita gente e muito café.

### Palestras

As minhas favoritas foram a palestra **Filas sem mistério de Rafael Moreira** sobre
mensageria e a palestra **Testes que contam histórias da Beatriz Farias** sobre testes.

### Networking

Conversei com muita gente.
"""


def test_talks_named_in_prose_beat_the_writers_topic_headings() -> None:
    p = parse_programme(POST.encode(), "suldev.md")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks if t.speakers}
    assert talks == {
        "Filas sem mistério": ["Rafael Moreira"],
        "Testes que contam histórias": ["Beatriz Farias"],
    }
    bodies = "\n".join(t.body for t in p.talks)
    for line in POST.splitlines()[6:]:
        assert line in bodies
