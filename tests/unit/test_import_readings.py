"""Readings of a text document: timetables read by their cells, index pages, the close
call that keeps the whole text, and lines that stay in the note even when understood."""

from __future__ import annotations

from datetime import datetime

import pytest

from confnotes.importers import readings
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.registry import parse_programme


def _talks(p: Programme) -> list[tuple[str, list[str], datetime | None]]:
    return [(t.title, [s.name for s in t.speakers], t.start) for t in p.talks]


def test_a_timetable_column_takes_its_role_from_its_cells_not_its_header() -> None:
    page = (
        "# Workshop on Sparse Models — 9 May 2025\n\n"
        "| Start | End | Activity |\n| --- | --- | --- |\n"
        "| 09:15 | 10:00 | Keynote: Mateo Santos (ETH Zurich) — Pruning at initialisation |\n"
        "| 10:30 | 11:00 | Rina Kobayashi (Kyoto University) — Sparse attention kernels |\n"
    )
    p = parse_programme(page.encode(), "sparse.md")
    assert _talks(p) == [
        ("Pruning at initialisation", ["Mateo Santos"], datetime(2025, 5, 9, 9, 15)),
        ("Sparse attention kernels", ["Rina Kobayashi"], datetime(2025, 5, 9, 10, 30)),
    ]
    assert p.talks[0].kind == "keynote"
    assert p.talks[0].end == datetime(2025, 5, 9, 10, 0)


def test_a_twelve_hour_clock_follows_the_order_of_the_rows() -> None:
    page = (
        "# Robotics Day — March 3, 2025\n\n"
        "- 09:00 Opening\n- 11:45 Sim-to-real transfer — Henrik Aas\n"
        "- 01:30 Tactile sensing at scale — Mei Lin\n"
    )
    p = parse_programme(page.encode(), "robots.md")
    starts = {t.title: t.start for t in p.talks}
    assert starts["Opening"] == datetime(2025, 3, 3, 9, 0)
    assert starts["Tactile sensing at scale"] == datetime(2025, 3, 3, 13, 30)


def test_time_led_blocks_and_a_chair_heading() -> None:
    page = (
        "# Session 3 — 18 November 2025\n\n#### Chair: Lee Park\n\n"
        "**10:30 - 11:00**\n**Learning to rank with weak labels**\nHana Novak, Ivo Petrov\n"
        "*Charles University*\n\n"
        "**11:00 - 11:30**\n**Calibrated recommenders**\nLucas Moreau\n*Criteo*\n"
    )
    p = parse_programme(page.encode(), "session.md")
    assert _talks(p)[0] == (
        "Learning to rank with weak labels",
        ["Hana Novak", "Ivo Petrov"],
        datetime(2025, 11, 18, 10, 30),
    )
    assert p.talks[1].speakers[0].affiliations == ["Criteo"]
    assert [(r.role, r.person.name) for r in p.roles] == [("chair", "Lee Park")]


def test_an_index_page_of_links_is_a_talk_per_link() -> None:
    page = (
        "# PyCon Notes 2025\n\n"
        "- [Typing the untypeable](talks/typing.md) — Greta Holm\n"
        "- [Async generators in depth](talks/async.md) — Bilal Chaudhry\n"
        "- [Packaging in 2025](talks/packaging.md) — Yara Costa\n"
    )
    p = parse_programme(page.encode(), "index.md")
    assert [(t, s) for t, s, _ in _talks(p)] == [
        ("Typing the untypeable", ["Greta Holm"]),
        ("Async generators in depth", ["Bilal Chaudhry"]),
        ("Packaging in 2025", ["Yara Costa"]),
    ]


def test_a_by_line_stays_in_the_note_byte_for_byte() -> None:
    text = "# Incident review workshop\n\nBy Ana Ruiz\n\nWe walked through three outages.\n"
    p = parse_programme(text.encode(), "review.md")
    assert [s.name for s in p.talks[0].speakers] == ["Ana Ruiz"]
    assert "By Ana Ruiz\n" in p.talks[0].body


def test_a_blog_post_layout_does_not_make_a_programme() -> None:
    text = (
        "---\nlayout: post\ntitle: What I learned at my first conference\n---\n"
        "I went to three talks.\n\n## Organizers did a great job\nCoffee was plentiful.\n"
    )
    p = parse_programme(text.encode(), "post.md")
    assert p.roles == []  # "Organizers" is the post's own words, not a list of people
    bodies = "".join(t.body for t in p.talks)
    assert "I went to three talks." in bodies and "Coffee was plentiful." in bodies


def test_a_close_call_keeps_the_whole_text_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def two(title: str, shape: str, score: float) -> readings.Reading:
        talk = ProgrammeTalk(title=title, speakers=[ProgrammePerson("Ana Ruiz")])
        return readings.Reading(shape, Programme("x", "outline", talks=[talk]), score)

    text = "# Logs\n\nwords\n"
    safe = readings.Reading(
        "one-note", Programme("x", "outline", talks=[ProgrammeTalk("all", body=text)]), 0.3
    )
    offered = [two("Logs", "timetable", 0.61), two("Metrics", "sections", 0.60), safe]
    monkeypatch.setattr(readings, "candidates", lambda *a, **k: offered)
    p = parse_programme(text.encode(), "doc.md")
    assert [t.title for t in p.talks] == ["all"]
    assert p.warnings[0].startswith("two readings fit about equally (timetable 0.61, sections")
    assert "--as timetable or --as sections" in p.warnings[0]


def test_a_name_after_a_time_is_not_am_or_pm() -> None:
    page = (
        "# Workshop — 5 December 2025\n\n| Time | Talk |\n| --- | --- |\n"
        "| 09:00 | Amelia Brooks — Agents that ask before acting |\n"
        "| 09:45 | Hiroshi Endo — Tool use under uncertainty |\n"
    )
    p = parse_programme(page.encode(), "agents.md")
    assert _talks(p)[0] == (
        "Agents that ask before acting",
        ["Amelia Brooks"],
        datetime(2025, 12, 5, 9, 0),
    )


def test_a_seminar_post_with_the_speaker_in_its_title() -> None:
    post = (
        '---\ntitle: "Anouk Jansen (Leiden University)"\n'
        'seminar: "Counting points on curves, quickly"\ndate: 2025-01-10\n'
        'time_start: "15:00"\n---\nWe survey recent algorithms.\n'
    )
    p = parse_programme(post.encode(), "seminar.md")
    assert _talks(p) == [
        ("Counting points on curves, quickly", ["Anouk Jansen"], datetime(2025, 1, 10, 15, 0))
    ]
    assert p.talks[0].body == "We survey recent algorithms.\n"


def test_a_speakers_page_reads_as_people_not_as_talks_named_after_them() -> None:
    page = (
        "# Speakers\n\n## Keynote speakers\n\n### Dr. Amara Osei\nUniversity of Ghana. Works on"
        " soil microbes.\n\n### Prof. Henrik Lund\nAarhus University. Works on wind farms.\n"
    )
    programme = parse_programme(page.encode(), "speakers.md")
    assert programme.reading == "speakers"
    assert not any("Osei" in t.title or "Lund" in t.title for t in programme.talks)
    assert {r.person.name for r in programme.roles} == {"Amara Osei", "Henrik Lund"}


def test_a_title_the_reading_made_up_grounds_a_talk_half() -> None:
    made = ProgrammeTalk(title="Talk by Ana Ruiz", speakers=[ProgrammePerson(name="Ana Ruiz")])
    read = ProgrammeTalk(title="Walks by the sea", speakers=[ProgrammePerson(name="Bo Li")])
    assert readings._made_up_title(made)  # the reading found who, not what
    assert not readings._made_up_title(read)


def test_a_page_named_by_its_page_word_and_its_organisers_named_by_the_brand() -> None:
    text = """---
title: HARBOURNOG3 - AGENDA
---
### Tag 1 - 23.11.2031

<table>
<tr><th>Start</th><th>Ende</th><th>Titel</th><th>Autor</th></tr>
<tr><td>13:00</td><td>13:30</td><td>Begrüßung</td><td>HARBOURNOG Orga</td></tr>
<tr><td>13:30</td><td>14:00</td><td>Routing at the quay</td><td>Jana Weiss</td></tr>
<tr><td>14:00</td><td>14:30</td><td>Peering for beginners</td><td>Tom Berg</td></tr>
<tr><td>14:30</td><td>15:00</td><td>Closing Talk</td><td>HARBOURNOG Orga</td></tr>
</table>
"""
    programme = parse_programme(text.encode(), "agenda.md")
    assert programme.name == "HARBOURNOG3"  # not "HARBOURNOG3 - AGENDA"
    people = {s.name for t in programme.talks for s in t.speakers}
    assert people == {"Jana Weiss", "Tom Berg"}  # "HARBOURNOG Orga" is the organisers


def test_a_page_without_talks_is_one_note_and_its_page_word_no_talk() -> None:
    text = """<!DOCTYPE html><html><head><title>Conference Program</title></head><body>
<h1>Conference Program</h1><p>The programme will be published here in due course.</p>
<p>Registration opens in spring.</p></body></html>"""
    programme = parse_programme(text.encode(), "program.html")
    assert [t.kind for t in programme.talks] == ["other"]  # the page's words, no talk


def test_a_page_without_talks_named_as_its_event_is_one_note_of_the_event() -> None:
    text = """<!DOCTYPE html><html><head><title>Quayside Workshop at HARB 2031</title></head>
<body><h1>Quayside Workshop at HARB 2031</h1><p>The schedule will follow.</p>
<h1>Call for papers</h1><p>Send four pages by May.</p></body></html>"""
    programme = parse_programme(text.encode(), "schedule.html")
    assert [t.kind for t in programme.talks if t.title == programme.name] == ["other"]
