"""Three shapes of real pages read by their structure (issue 33): a post listing the
talks seen as links to the conference site's talk pages, a card's room line under its
speaker, and a page too large to weigh every reading whose own format finds no talk."""

from __future__ import annotations

import pytest

from confnotes.importers import readings
from confnotes.importers.registry import parse_programme

POST = """---
title: "Two days at Harbourconf"
date: "2031-03-24T23:00:00+09:00"
---

The first day was online, the second on site. These are the sessions I heard:

- [Caching at a distance](https://talks.example.org/harbour-2031/proposal/0a1b)
- [Win the testing trophy / a second title](https://talks.example.org/harbour-2031/proposal/2c3d)
- [Reading the parser's source](https://talks.example.org/harbour-2031/proposal/4e5f)
- [Stopping processes safely](https://talks.example.org/harbour-2031/proposal/6a7b)

Tomorrow I give a lightning talk, come and listen.
"""


def test_a_list_of_links_to_one_sites_talk_pages_is_the_talks_seen() -> None:
    programme = parse_programme(POST.encode(), "harbour.md")
    titles = [t.title for t in programme.talks]
    assert titles[:4] == [
        "Caching at a distance",
        "Win the testing trophy / a second title",
        "Reading the parser's source",
        "Stopping processes safely",
    ]
    talk = programme.talks[0]
    assert any("proposal/0a1b" in link.url for link in talk.links)


READING_LIST = """---
title: "What I read after the conference"
---

Some reading for the flight home:

- [A post on queues](https://blog.example.org/posts/queues)
- [The compaction paper](https://papers.example.net/2031/compaction.pdf)
- [Someone's thread](https://social.example.com/@ana/12345)
"""


def test_links_to_pages_of_several_sites_stay_a_reading_list() -> None:
    programme = parse_programme(READING_LIST.encode(), "reading.md")
    assert "A post on queues" not in [t.title for t in programme.talks]


def _cards(n: int) -> str:
    names = ["Ada Lovelace", "Bruno Costa", "Chiara Bianchi", "Dmitri Orlov", "Elena Ruiz"]
    cells = [
        f'<div class="time">{9 + i:02d}:00</div>'
        f'<div class="card"><h3>Widgets in practice, part {i}</h3>'
        f'<p class="speaker">{names[i % 5]}</p><p class="room">Room {i % 3}</p></div>'
        for i in range(n)
    ]
    return (
        "<html><head><title>Schedule - Widgetconf 2031</title></head><body>"
        '<div class="grid">' + "\n".join(cells) + "</div></body></html>"
    )


def test_a_cards_room_line_is_its_room_not_its_speakers_affiliation() -> None:
    programme = parse_programme(_cards(5).encode(), "schedule.html")
    talk = next(t for t in programme.talks if t.title == "Widgets in practice, part 1")
    assert [p.name for p in talk.speakers] == ["Bruno Costa"]
    assert talk.speakers[0].affiliations == []
    assert talk.room == "Room 1"


def test_a_large_page_whose_own_format_finds_no_talk_is_read_by_its_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _cards(8)
    monkeypatch.setattr(readings, "DEEP_LIMIT", len(page) // 2)  # "large" without 300 KB
    programme = parse_programme(page.encode(), "schedule.html")
    titles = {t.title for t in programme.talks}
    assert {f"Widgets in practice, part {i}" for i in range(8)} <= titles
