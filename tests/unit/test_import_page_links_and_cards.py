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


POST_HEADINGS = """---
title: 'Three days at Harbourconf'
---

Some words about the trip, the venue and the party.

## Day 1 (workshops)

The workshop was fun.

## Days 2 and 3 (conference)

### Sessions

#### The ones I want to watch again

##### [A librarian's guide to robust libraries](https://harbour.example.org/timetable/946618/)

https://www.youtube.com/watch?v=aaaaaaaaaaa

##### [Beyond exceptions: safety-critical apps](https://harbour.example.org/timetable/939376/)

https://www.youtube.com/watch?v=bbbbbbbbbbb

##### [Cache me if you can](https://harbour.example.org/timetable/946751/)

https://www.youtube.com/watch?v=ccccccccccc

## The booths

Stickers everywhere.
"""


def test_headings_that_link_one_sites_talk_pages_are_the_talks() -> None:
    programme = parse_programme(POST_HEADINGS.encode(), "harbour.md")
    talks = [t for t in programme.talks if t.kind == "talk"]
    assert [t.title for t in talks] == [
        "A librarian's guide to robust libraries",
        "Beyond exceptions: safety-critical apps",
        "Cache me if you can",
    ]
    assert {link.kind for link in talks[0].links} == {"page", "video"}


POST_TALK_LIST = """---
title: Impressions of the congress
---

## Around it

The hall was full and the tea was cold.

## Vorträge

The ones I liked best, with the recording and the schedule entry:

 * [Sound of the network](https://m.example/v/6264) [(schedule)](https://e.example/e/6264) von Marta Kühn, die zeigt, wie es klingt.

 * [Finding the bottleneck](https://m.example/v/6121.html) [(schedule)](https://e.example/e/6121.html) von Jonas Becker: sehr gut vorbereitet.

 * [Boot loaders, broken](https://m.example/v/6128.html) [(schedule)](https://e.example/e/6128.html) von Ilse Hartmann und Paul Roth: spannend.
"""  # noqa: E501


def test_a_list_under_a_heading_saying_talks_is_read_as_talks_past_schedule_links() -> None:
    programme = parse_programme(POST_TALK_LIST.encode(), "congress.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind == "talk"}
    assert talks == {
        "Sound of the network": ["Marta Kühn"],
        "Finding the bottleneck": ["Jonas Becker"],
        "Boot loaders, broken": ["Ilse Hartmann", "Paul Roth"],
    }
    marta = next(t for t in programme.talks if t.title == "Sound of the network").speakers[0]
    assert marta.affiliations == []  # "die zeigt, …" is a clause about her, not a place


NOTES_UNDER_A_SCHEDULE_LINK = """# Harbourconf 2031
- [https://2031.harbour.example.org/session/schedule](https://2031.harbour.example.org/session/schedule)

2031-08-11 to 13, the big hall

### Our language's early days
- [https://2031.harbour.example.org/session/47](https://2031.harbour.example.org/session/47)
- the first meeting in 2000
- codecs and decorators

### A second interpreter
![stage](https://img.example.org/stage.jpeg)
- [https://2031.harbour.example.org/session/48](https://2031.harbour.example.org/session/48)
- there are more than ten implementations

### Handling messy data
![slide](https://img.example.org/slide.jpeg)
- [https://2031.harbour.example.org/session/29](https://2031.harbour.example.org/session/29)
- dataframes and parquet
"""


def test_headings_linking_pages_beside_the_titles_page_are_talks_not_parts() -> None:
    programme = parse_programme(NOTES_UNDER_A_SCHEDULE_LINK.encode(), "harbour.md")
    talks = [t for t in programme.talks if t.kind == "talk"]
    assert [t.title for t in talks] == [
        "Our language's early days",
        "A second interpreter",
        "Handling messy data",
    ]
    # the picture over the link does not hide it: each talk has its page
    assert all(any("/session/" in link.url for link in t.links) for t in talks)
    assert "there are more than ten implementations" in talks[1].body


PLAIN_OUTLINE = """Realtime insights - from @hostname

\tengine released today

\tfirst strategy

\t\tbuilt-in instrumentation



Changing my talk with one proxy module - from @opsperson

\tslides are online

\t\ta module that logs every request
"""


def test_a_plain_text_outline_margin_lines_head_their_indented_notes() -> None:
    programme = parse_programme(PLAIN_OUTLINE.encode(), "day1.txt")
    titles = [t.title for t in programme.talks]
    assert len(titles) == 2
    assert titles[0].startswith("Realtime insights")
    assert titles[1].startswith("Changing my talk with one proxy module")
    assert "built-in instrumentation" in programme.talks[0].body
    assert "a module that logs every request" in programme.talks[1].body
