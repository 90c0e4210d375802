"""A person's notes naming the talks they saw by structures other than a talk's heading
(stop 49, helper s49a): a time range heading over the talk's name set apart on the line
below it (a lone link to the slides, a one-line quote)."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def test_time_range_headings_over_a_linked_or_quoted_title() -> None:
    text = """---
title: "Harbour Dev Day, my afternoon"
date: 2025-05-14
---

I went to the afternoon tracks this year; here is what I saw.

## 13:30 ~ 14:15
> OPENING KEYNOTE

Big picture first: where the platform goes next year.

## 14:30 ~ 15:10
[Shipping maps offline (a field report)](https://example.org/slides/[12]+maps(v2).pdf)

## 15:20 ~ 16:00
[Typed configs for everyone](https://example.org/slides/13.pdf)

Good demo, slow start.
"""
    programme = parse_programme(text.encode(), "devday-afternoon.md")
    by_title = {t.title: t for t in programme.talks}
    assert "Shipping maps offline (a field report)" in by_title
    typed = by_title["Typed configs for everyone"]
    assert typed.start is not None and typed.start.strftime("%H:%M") == "15:20"
    assert "Good demo, slow start." in typed.body
    assert "OPENING KEYNOTE" in by_title
    assert not any(t.speakers for t in programme.talks)  # nobody is named: nobody made up


def test_numbered_talk_label_items_name_speaker_and_linked_title() -> None:
    from confnotes.importers.title_speakers import talk_mentions

    items = [
        "* 1. Vortrag: [Backups ohne Reue von Karla Weidemann](https://example.org/t/1) Solide.",
        "* 2. Vortrag: Von R. Kessler [Mailserver härten](https://example.org/t/2): gut erklärt.",
        "* 3. Vortrag: T. Brandstätter: [Shell-Skripte testen](https://example.org/t/3): gut.",
        "* 4. Talk: _by Ines Okafor_ [Routing in small towns](https://example.org/t/4): fun.",
        "* Danach Pause: [Kaffee und Kuchen](https://example.org/cafe) im Foyer.",
    ]
    found = [
        (title, [p.name for p in who])
        for item in items
        for _at, title, who in talk_mentions(item, sentences=False)
    ]
    assert found == [
        ("Backups ohne Reue", ["Karla Weidemann"]),
        ("Mailserver härten", ["R. Kessler"]),
        ("Shell-Skripte testen", ["T. Brandstätter"]),
        ("Routing in small towns", ["Ines Okafor"]),
    ]


def test_a_talk_by_a_person_then_its_linked_title_in_a_sentence() -> None:
    from confnotes.importers.title_speakers import talk_mentions

    prose = (
        "Etwas sperrig klingt der Vortrag von Margit Albrecht zunächst, in "
        "[Recht auf Reparatur](https://example.org/v/9) geht es um Ersatzteile. "
        "The keynote by Tomasz Wilk, on [Quiet infrastructure](https://example.org/v/3), "
        "closed the day. The session Data Lakes: [Cold storage](https://example.org/v/4) "
        "was full."
    )
    found = [(t, [p.name for p in who]) for _at, t, who in talk_mentions(prose, sentences=True)]
    assert found == [
        ("Recht auf Reparatur", ["Margit Albrecht"]),
        ("Quiet infrastructure", ["Tomasz Wilk"]),
    ]


def test_a_bold_name_dash_italic_title_that_looks_like_a_name_is_no_person() -> None:
    from confnotes.importers.title_speakers import stressed_bylines

    # "Green Field Migrations" passes the person test alone: beside a bold name, which
    # side is the person is for the list's other items to say, never this line alone
    line = "**Lucía Ferrand** - _Green Field Migrations_: [video](https://v.example.org/3)"
    assert stressed_bylines(line) == []
    said = stressed_bylines("**Quiet Hours** - Ana Castellanos")
    assert [(t, [p.name for p in who]) for t, who in said] == [("Quiet Hours", ["Ana Castellanos"])]
