"""Programme pages written as template tags (a bang-pipe markup, Hugo shortcodes), slot
headings over their one linked talk, and words beside a slot that name no one: a room,
a building, a company giving a sponsor's talk."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import doctree
from confnotes.importers.fields import place_aside
from confnotes.importers.kinds import kind_of
from confnotes.importers.registry import parse_programme

_BANG = """<!event|title=Journées Forth 2026

<!day|start=9 juin 2026

<!segment|start=14:00
<!talk|subject=Un noyau en trois pages&length=20&author=Lucie Marchand and Omar Benali!>
<!break|subject=Pause café&length=15!>
<!talk|subject=Forth sur microcontrôleur&length=40&author=Denis Carpentier!>
!>
!>
!>
"""

_HUGO = """## Tuesday, 7 July 2026

{{< slot start="16:00" >}}
{{< talk title="Parsing logs at scale" speaker="Ruth Okafor" duration="25" >}}
{{< talk title="Rust for data teams" speaker="Ilya Petrov" duration="35" >}}
"""

_SLOTS = """# 5月20日（火）
## 10:00 - 11:00 基調講演（3F 大ホール）
- [海洋ロボットの未来（石田 健一 先生）](keynote/#k1)
## 11:10 - 12:00 特別企画（3F 大ホール）
## 13:00 - 14:00 招待講演（301会議室）
- [地図と言語（小林 あや さん）](invited/#i1)
## 14:10 - 15:00 一般発表（3F 大ホール）
"""

_SPONSORS = """## Freitag (6. März 2026)

| Zeit  | Programm                       |
| :---- | :----------------------------- |
| 10:00 | Vortrag von Contoso            |
| 11:00 | Vortrag von Stadtwerke Nordhafen |
| 14:00 | Vortrag von Fabrikam           |
| 15:00 | Vortrag von Tailspin           |
"""


def _talks(text: str, name: str) -> list[tuple[str, list[str], datetime | None]]:
    programme = parse_programme(text.encode(), name)
    return [
        (t.title, [p.name for p in t.speakers], t.start)
        for t in programme.talks
        if t.kind != "other"
    ]


def test_bang_pipe_and_hugo_tags_are_records_with_their_arguments() -> None:
    doc = doctree.parse('<!talk|subject=A&length=30&author=B C!>\n\n{{< talk title="T" >}}\n')
    records = [n.attrs for n in doc.root.walk() if n.kind == "record"]
    assert records == [
        {"tag": "talk", "subject": "A", "length": "30", "author": "B C"},
        {"tag": "talk", "title": "T"},
    ]
    opened = doctree.parse("<!day|start=9 juin 2026\n\n!>\n")
    assert [n.attrs.get("opened") for n in opened.root.walk() if n.kind == "record"] == ["1"]


def test_a_tag_giving_only_its_length_starts_when_the_one_before_ends() -> None:
    programme = parse_programme(_BANG.encode(), "agenda.md")
    assert programme.name == "Journées Forth 2026"
    talks = [t for t in programme.talks if t.kind != "other"]  # the tags' lines kept aside
    assert [(t.title, [p.name for p in t.speakers], t.start) for t in talks] == [
        (
            "Un noyau en trois pages",
            ["Lucie Marchand", "Omar Benali"],
            datetime(2026, 6, 9, 14, 0),
        ),
        ("Forth sur microcontrôleur", ["Denis Carpentier"], datetime(2026, 6, 9, 14, 35)),
    ]
    assert [s.title for s in programme.sessions] == ["Pause café"]


def test_hugo_shortcodes_are_talks_placed_by_their_slot() -> None:
    assert _talks(_HUGO, "programme.md") == [
        ("Parsing logs at scale", ["Ruth Okafor"], datetime(2026, 7, 7, 16, 0)),
        ("Rust for data teams", ["Ilya Petrov"], datetime(2026, 7, 7, 16, 25)),
    ]


def test_a_slot_heading_over_one_linked_talk_is_that_talk() -> None:
    talks = {title: who for title, who, _start in _talks(_SLOTS, "timetable.md")}
    assert talks["海洋ロボットの未来"] == ["石田 健一"]
    assert talks["地図と言語"] == ["小林 あや"]
    assert not any(who for title, who in talks.items() if "特別企画" in title)
    assert not any("特別企画" in title for title, who in talks.items() if who)


def test_a_venue_in_brackets_is_a_place_not_an_affiliation() -> None:
    assert place_aside("3F 大ホール") == "3F 大ホール"
    assert place_aside("OS-2，4F 中会議室B") == "OS-2，4F 中会議室B"
    assert place_aside("Aula Magna, Old Building, 3 Castle Street") != ""
    assert place_aside("Pietro Sala") == ""  # a room's word as a surname
    assert place_aside("Stuart Hall") == ""
    assert place_aside("University of Leeds") == ""
    assert place_aside("Siemens") == ""


def test_sponsors_talks_by_their_companies_name_no_one() -> None:
    talks = _talks(_SPONSORS, "ablauf.md")
    assert [who for _title, who, _start in talks] == [[], [], [], []]
    assert "Vortrag von Stadtwerke Nordhafen" in [title for title, _who, _start in talks]


def test_a_break_in_polish_or_dutch_is_a_break() -> None:
    assert kind_of("Przerwa kawowa") == "break"
    assert kind_of("Koffiepauze") == "break"
    assert kind_of("Перерыв") == "break"
