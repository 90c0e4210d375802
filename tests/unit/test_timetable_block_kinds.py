"""The items of a slot that names a block of short presentations (``Lightning talks``,
``Demos``, ``Poster session``) are of the slot's kind, whatever words their titles hold
(``… Social Networks`` is no social event); a title a morning poster listed and an
afternoon block presents again is a talk of that block with its own authors, not a
detail of the poster, and the items after it stay in the afternoon's block (real page:
a workshop's Jekyll schedule, the lightning talks read as plain talks)."""

from __future__ import annotations

from confnotes.importers import doctree, timetable

PAGE = """## Programme

09:00 - 09:10: Welcome

10:00 - 11:00: Poster Session

- *Tidal Models of Small Harbours*<br>

- *Counting Gulls with Cheap Cameras*<br>

13:00 - 13:30: Invited Talk: Marta Lindqvist (Coastal Lab)

14:00 - 15:00: Lightning Talks by online presenters

- *Rumours on Coastal Social Networks*<br>
Ines Carvalho, Tomas Berg and Yuki Tanaka

- *Counting Gulls with Cheap Cameras*<br>
Odile Marchand and Pavel Novak

- *Sea Level Dashboards for Town Councils*<br>
Hamid Rezaei

15:00 - 15:45: Live Demos

- *A Buoy That Texts Its Readings*<br>
Lena Vogel and Sam Okafor

- *Mapping Dunes from Kites*<br>
Rita Szabo
"""


def _talks() -> dict[str, tuple[str, list[str], str]]:
    programme = timetable.read(doctree.parse(PAGE), "schedule.md", "markdown").programme
    return {
        t.title: (
            t.kind,
            [p.name for p in t.speakers],
            t.start.strftime("%H:%M") if t.start else "",
        )
        for t in programme.talks
        if t.speakers
    }


def test_items_of_a_lightning_block_are_lightning_talks() -> None:
    talks = _talks()
    assert talks["Rumours on Coastal Social Networks"][0] == "spotlight"
    assert talks["Sea Level Dashboards for Town Councils"][0] == "spotlight"


def test_items_of_a_demo_block_are_demos() -> None:
    talks = _talks()
    assert talks["A Buoy That Texts Its Readings"][0] == "demo"
    assert talks["Mapping Dunes from Kites"][1] == ["Rita Szabo"]


def test_a_title_listed_again_in_a_later_block_is_that_blocks_talk() -> None:
    talks = _talks()
    kind, who, _start = talks["Counting Gulls with Cheap Cameras"]
    assert who == ["Odile Marchand", "Pavel Novak"]
    assert kind == "spotlight"
    # the item after it stays in the afternoon's block, not the morning's posters
    assert talks["Sea Level Dashboards for Town Councils"][1] == ["Hamid Rezaei"]
    assert talks["Sea Level Dashboards for Town Councils"][0] != "poster"
