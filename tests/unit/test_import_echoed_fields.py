"""Speakers a programme line or a calendar names by structure alone: names before a quoted
title (``Ana Ruiz y Bo Chen "Faster Logs"``), as meetup posts write their plan."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import names_then_quoted, title_and_speakers

PLAN = """---
title: "Meetup 21: spring edition"
date: 2023-04-02
---

We finally have the plan for our next meeting at the library.

## The plan

* 09:30 Coffee and welcome
* 10:00 [Irene Kowalczyk](https://ex.org/i) y [Tomás Ferreyra](https://ex.org/t) "Cache less"
* 10:45 [Mirela Dobre](https://example.org/mirela) "Ten years of one monolith"
* 11:30 Lunch
"""


def test_names_before_a_quoted_title_are_its_speakers() -> None:
    title, people = title_and_speakers('Irene Kowalczyk y Tomás Ferreyra "Cache less"')
    assert title == "Cache less"
    assert [p.name for p in people] == ["Irene Kowalczyk", "Tomás Ferreyra"]
    title, people = title_and_speakers("Ana Ruiz and Bo Chen “Logs at scale”")
    assert (title, [p.name for p in people]) == ("Logs at scale", ["Ana Ruiz", "Bo Chen"])


def test_words_before_quotes_that_are_no_names_name_no_one() -> None:
    assert names_then_quoted('Keynote "Faster logs"') is None
    assert names_then_quoted('Opening remarks "Welcome"') is None
    assert names_then_quoted('He said "hello there"') is None
    assert names_then_quoted('"Only a title"') is None
    assert title_and_speakers('Opening remarks "Welcome"')[1] == []


def test_a_posts_plan_of_names_then_quoted_titles_gives_its_talks() -> None:
    talks = {t.title: t for t in parse_programme(PLAN.encode(), "plan.md").talks}
    assert [p.name for p in talks["Cache less"].speakers] == [
        "Irene Kowalczyk",
        "Tomás Ferreyra",
    ]
    assert [p.name for p in talks["Ten years of one monolith"].speakers] == ["Mirela Dobre"]


OBJECT_FRONT = """---
{
    "date": "14.03.2024",
    "kind": "meetup",
    "timeline": [
        {
            "time": "18:00 — 18:30",
            "name": "Doors open, pizza",
        },
        {
            "time": "18:30 — 19:10",
            "header": "Ilse Brandvold – Fjordline, staff engineer",
            "name": "Signals in practice",
        },
        {
            "time": "19:10 — 19:50",
            "header": "Kwame Asante - Tessellate, platform lead",
            "name": "Hydration without regret",
        },
    ],
}
---
"""


def test_an_object_front_matter_with_trailing_commas_is_read() -> None:
    from confnotes.importers.structure import split_front

    kind, front, _last = split_front(OBJECT_FRONT.split("\n"))
    assert (kind, front["date"], len(front["timeline"])) == ("yaml", "14.03.2024", 3)
    assert split_front(["---", "{ not: [closed", "---"]) == ("", {}, -1)


def test_a_field_of_names_before_a_dash_and_their_employer_names_the_speakers() -> None:
    talks = {t.title: t for t in parse_programme(OBJECT_FRONT.encode(), "meetup.md").talks}
    signals = talks["Signals in practice"]
    assert [(p.name, p.affiliations) for p in signals.speakers] == [
        ("Ilse Brandvold", ["Fjordline, staff engineer"])
    ]
    assert [p.name for p in talks["Hydration without regret"].speakers] == ["Kwame Asante"]
    assert str(signals.start) == "2024-03-14 18:30:00"
    assert not talks["Doors open, pizza"].speakers


def test_a_round_table_is_a_panel() -> None:
    from confnotes.importers.entries import kind_of
    from confnotes.importers.schedule_util import talk_kind

    assert kind_of("Community round table") == "panel"
    assert kind_of("Roundtable on funding") == "panel"
    assert talk_kind("Round Table")[0] == "panel"
