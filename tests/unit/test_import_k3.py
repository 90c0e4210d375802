"""Losses of blind35's notes and meetup pages made general (issue 33), in fixtures of our
own words: a front matter whose opening fence names its language (``---json``) is read
as front matter; an event page's start key (``dtstart``) gives its day, and its title
names the event even without a year; an edition's number (``#7``) stays in the event's
name; a list whose items are a name and a quoted title (``kiriko「Title」``), item after
item, is a list of talks by those names (handles too); an event named for lightning
talks gives its talks that kind."""

from __future__ import annotations

from datetime import date

from confnotes.importers.headings import title_name
from confnotes.importers.registry import parse_programme
from confnotes.importers.structure import with_plain_front_fence

LT_NIGHT = """---json
{
  "layout": "event",
  "title": "Hilltop LT #0x07",
  "dtstart": "2031-03-08T18:00+09:00",
  "dtend": "2031-03-08T21:00+09:00"
}
---

丘の上で開く LT 会の第 7 回です。好きな話を 5 分でどうぞ。

## 発表テーマ
### 10分枠
* kiriko「[小さなパーサを書く](https://example.org/a)」
* tomo_dev「庭の水やりを自動化した話」
* 森ハル「ターミナルの色を考える」

### 5分枠
* nabe「Rust で作るシェル」
* Aya Mori「古いノートPCの再生」
* pico88「自作キーボードの配線」

### 飛び入り枠
* ゆず「当日思いついた話」
"""


def _talks(text: str, source: str = "lt.md") -> dict[str, list[str]]:
    p = parse_programme(text.encode(), source)
    return {t.title: [s.name for s in t.speakers] for t in p.talks}


def test_named_fence_becomes_plain() -> None:
    data = b'---json\n{"title": "X"}\n---\nbody\n'
    assert with_plain_front_fence(data) == b'---\n{"title": "X"}\n---\nbody\n'
    assert with_plain_front_fence(b"---\ntitle: X\n---\n") == b"---\ntitle: X\n---\n"
    assert with_plain_front_fence(b"---jsonish\n") == b"---jsonish\n"


def test_signed_quote_items_are_talks_by_their_handles() -> None:
    talks = _talks(LT_NIGHT)
    assert talks["小さなパーサを書く"] == ["kiriko"]
    assert talks["庭の水やりを自動化した話"] == ["tomo_dev"]
    assert talks["自作キーボードの配線"] == ["pico88"]
    assert talks["古いノートPCの再生"] == ["Aya Mori"]


def test_lone_signed_item_reads_like_its_siblings() -> None:
    assert _talks(LT_NIGHT)["当日思いついた話"] == ["ゆず"]


def test_event_page_front_names_the_event_and_its_day() -> None:
    p = parse_programme(LT_NIGHT.encode(), "lt.md")
    assert p.name == "Hilltop LT #0x07"
    assert {t.day for t in p.talks if t.speakers} == {date(2031, 3, 8)}


def test_lightning_event_gives_its_talks_their_kind() -> None:
    p = parse_programme(LT_NIGHT.encode(), "lt.md")
    assert {t.kind for t in p.talks if t.speakers} == {"spotlight"}


def test_edition_number_stays_in_the_name_a_hashtag_does_not() -> None:
    assert title_name("Harbour Meetup #12", None) == "Harbour Meetup #12"
    assert title_name("Harbour Meetup 2031 #harbourjs", None) == "Harbour Meetup 2031"


RELEASES = """# Release notes digest

Some changes I liked this month.

## Highlights
* Ruby 3.4「新しいパーサ」
* Ruby 3.4「速くなった起動」
* Ruby 3.4「警告の整理」
"""


def test_one_name_again_and_again_is_no_list_of_speakers() -> None:
    p = parse_programme(RELEASES.encode(), "digest.md")
    assert not [s for t in p.talks for s in t.speakers]


KEY_NOTES = """# [Riverconf 2031](https://example.org/)

| | |
|---|---|
| Place | Lakeside hall |
| Date | March 2031 |

## Sessions I watched

| Session | Length |
|---|---|
| [Opening](#opening) | 40:00 |
| [Faster queues](#faster-queues) | 50:00 |

## Opening
> "Everything is a queue."

### Keynotes
- Garbage Collector
- Message Broker

## Faster queues

### Keynotes
- Event Loop
- Thread Pool
"""


def test_a_role_heading_repeated_under_each_talk_lists_no_one() -> None:
    # "### Keynotes" under every talk of a person's notes: their key notes, no speakers
    p = parse_programme(KEY_NOTES.encode(), "notes.md", format="markdown")
    assert not [r.person.name for r in p.roles]
