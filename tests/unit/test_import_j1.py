"""Mends of stop 62's g2 mechanisms after review (fixtures written anew, in our own words):
a host beside a break is still a host, a page of quotations is no programme, and a day's
part read with the document's title above it adds no note of that title."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "notes.md"):  # type: ignore[no-untyped-def]
    return parse_programme(text.encode(), name)


HOST_ON_A_BREAK = """# Harbour Meetup

| Time  | Title              | Speaker       |
|-------|--------------------|---------------|
| 17:30 | Doors open         | Mira Haddad   |
| 17:45 | Sourdough and SQL  | Mira Haddad   |
| 18:15 | Tea break          | Mira Haddad   |
| 18:30 | Kites over Kotlin  | Tomas Lind    |
| 19:00 | Goodbye            | Oona Park     |
"""


def test_a_host_written_beside_a_break_keeps_her_talks() -> None:
    programme = _read(HOST_ON_A_BREAK, "harbour.md")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Doors open"].speakers] == ["Mira Haddad"]
    assert [p.name for p in talks["Sourdough and SQL"].speakers] == ["Mira Haddad"]
    assert talks["Sourdough and SQL"].kind == "talk"


def test_a_name_beside_a_break_is_kept_where_an_attendee_word_is_not() -> None:
    from confnotes.importers.person_evidence import drop_break_placeholders
    from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk

    def slot(title: str, who: str, kind: str = "talk") -> ProgrammeTalk:
        return ProgrammeTalk(title=title, kind=kind, speakers=[ProgrammePerson(name=who)])

    programme = Programme(
        name="Tarde",
        format="markdown",
        talks=[
            slot("Apertura", "Lucía Ferrer"),
            slot("Café y charla", "Todos"),
            slot("Coffee break", "Lucía Ferrer"),
            slot("Premios", "Todos"),
            slot("Coffee break", "Todos"),
        ],
    )
    drop_break_placeholders(programme)
    assert [[p.name for p in t.speakers] for t in programme.talks] == [
        ["Lucía Ferrer"],
        [],
        ["Lucía Ferrer"],
        [],
        [],
    ]
    assert programme.talks[4].kind == "break"


def test_a_keynote_whose_title_ends_in_break_keeps_its_speaker_and_kind() -> None:
    from confnotes.importers.person_evidence import drop_break_placeholders
    from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk

    def slot(title: str, who: str, kind: str) -> ProgrammeTalk:
        return ProgrammeTalk(title=title, kind=kind, speakers=[ProgrammePerson(name=who)])

    programme = Programme(
        name="Day 3",
        format="markdown",
        talks=[
            slot("When Queues Break", "Pavel Norquist", "keynote"),
            slot("Cache Stories", "Yuki Tanabe", "talk"),
            slot("Farewell", "Pavel Norquist", "keynote"),
        ],
    )
    drop_break_placeholders(programme)
    assert [[p.name for p in t.speakers] for t in programme.talks] == [
        ["Pavel Norquist"],
        ["Yuki Tanabe"],
        ["Pavel Norquist"],
    ]
    assert programme.talks[0].kind == "keynote"


SAYINGS = """# Sayings I keep coming back to

## Patience

> Slow is smooth, and smooth is fast.

A carpenter told me this.

## Tools

> Sharpen the saw before the forest, not in it.

My grandfather.

## Writing

> Write the letter you would want to receive.

An old teacher.
"""


def test_a_page_of_quotations_under_one_title_is_no_programme() -> None:
    programme = _read(SAYINGS, "sayings.md")
    titles = [t.title for t in programme.talks if t.kind != "other"]
    assert titles == ["Sayings I keep coming back to"]


ABSTRACTS_UNDER_A_TITLE = """# My picks

## Faster Builds with Caches

> In this talk we show how a shared cache cut our build times in half.

## Fonts on Small Screens

> This talk walks through hinting, and why it still matters on watches.

## Quiet Alerts

> A talk about paging fewer people at night without missing outages.
"""


def test_quoted_abstracts_that_say_talk_under_one_title_are_talks() -> None:
    programme = _read(ABSTRACTS_UNDER_A_TITLE, "picks.md")
    titles = [t.title for t in programme.talks if t.kind != "other"]
    assert titles == ["Faster Builds with Caches", "Fonts on Small Screens", "Quiet Alerts"]


DAYS_WITH_HOURS = """# Riverside notes

## 9 June 2031, Monday, 18:00 - 20:00

### Keynote by Ilse Marsh

A few thoughts.

## 10 June 2031

### 09:30 Parsers — Kofi Mensah

### 10:30 Linkers — Sara Lund
"""


def test_a_day_headings_hours_add_no_note_of_the_documents_title() -> None:
    programme = _read(DAYS_WITH_HOURS, "riverside.md")
    assert "Riverside notes" not in [t.title for t in programme.talks]
    keynote = next(t for t in programme.talks if t.title == "Keynote")
    assert str(keynote.start) == "2031-06-09 18:00:00"
    assert [p.name for p in keynote.speakers] == ["Ilse Marsh"]
