"""Mends of stop 58's review (helper n1): a bracket naming more than a kind is a note on
the slot; an iCal ``Speakers:`` line adds people only; a notes post's own day (a ticket
bought, a flight) dates no talk. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

BRACKET_NOTES_CSV = """\
time,title,speaker
13:00,Migrating our billing stack (Keynote practice),Noor Haddad
14:00,What the panel taught us (Panel notes),Ilse Brandt
15:00,Scaling search (Keynote),Pavel Horak
16:00,Open questions (Panel discussion),Mei Tanaka
"""


def test_a_bracket_naming_more_than_a_kind_does_not_set_the_kind() -> None:
    p = parse_programme(BRACKET_NOTES_CSV.encode(), "slots.csv")
    kinds = {t.title: t.kind for t in p.talks}
    assert kinds["Migrating our billing stack (Keynote practice)"] == "talk"
    assert kinds["What the panel taught us (Panel notes)"] == "talk"
    # a bracket that says the kind alone still does
    assert kinds["Scaling search (Keynote)"] == "keynote"
    assert kinds["Open questions (Panel discussion)"] == "panel"


def _event(uid: int, hour: int, summary: str, description: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}@n1\r\nDTSTART:20310304T{hour:02d}0000Z\r\n"
        f"DTEND:20310304T{hour:02d}4500Z\r\nSUMMARY:{summary}\r\n"
        f"DESCRIPTION:{description}\r\nEND:VEVENT\r\n"
    )


SPEAKERS_LINE_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//n1//EN\r\n"
    + _event(
        1, 9, "Graph databases - Lena Vogt", "Speakers: Lena Vogt\\, Omar Said (host)\\, Stage Crew"
    )
    + _event(2, 10, "Edge caching - Mira Patel", "Speakers: Mira Patel\\, Jonas Berg\\, Sofia Lind")
    + "END:VCALENDAR\r\n"
)


def test_a_speakers_line_adds_only_people_who_speak() -> None:
    p = parse_programme(SPEAKERS_LINE_ICS.encode(), "days.ics")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert talks["Graph databases"] == ["Lena Vogt"]
    # the line still adds a second and third speaker the summary's tail left out
    assert talks["Edge caching"] == ["Mira Patel", "Jonas Berg", "Sofia Lind"]


WISHLIST_POST = """---
title: "My picks for Rust Nordic"
pubDate: 2031-09-20
---

My train to Oslo was booked back on 12 August 2031 and I am counting the days. These are \
the sessions I will not miss:

- Borrowing without tears – Signe Aaland
- Async runtimes compared – Kasper Holm
- Embedded Rust on a budget – Elin Strand
"""


def test_a_notes_posts_own_earlier_day_dates_no_talk() -> None:
    for text in (WISHLIST_POST, WISHLIST_POST.split("---\n", 2)[2]):
        p = parse_programme(text.encode(), "picks.md")
        assert not any(t.day or t.start for t in p.talks)
        assert p.start is None
