"""Review 63's mends, in fixtures of our own words: a title's chair tag that names
someone says who chairs, not that the row's people chair; a chair's aside after a talk
that names its speaker or its kind leaves it that talk; a long slot that is an activity
(a hackathon, an open space, a dinner cruise) is no course."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

_CSV = (
    b"date,start,end,title,speaker,room\n"
    b"2026-03-09,09:00,09:30,Morning block (Chair),Ines Falk,Aula\n"
    b"2026-03-09,09:30,10:00,Bees and their dances (Chair: Omar Sayed),Lotte Brink,Aula\n"
    b"2026-03-09,10:00,10:30,Weaving looms [Chairs],Ruth Amsel,Aula\n"
)


def test_a_chair_tag_naming_someone_keeps_the_row_a_talk() -> None:
    p = parse_programme(_CSV, "day.csv")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert talks["Bees and their dances"] == ["Lotte Brink"]
    roles = {(r.role, r.person.name) for r in p.roles}
    assert ("chair", "Omar Sayed") in roles
    assert ("chair", "Lotte Brink") not in roles


def test_a_bare_chair_tag_still_makes_the_rows_people_chairs() -> None:
    p = parse_programme(_CSV, "day.csv")
    roles = {(r.role, r.person.name) for r in p.roles}
    assert {("chair", "Ines Falk"), ("chair", "Ruth Amsel")} <= roles
    speakers = {s.name for t in p.talks for s in t.speakers}
    assert not speakers & {"Ines Falk", "Ruth Amsel"}


_LIST = """# Workshop on Tidal Flats, 8 April 2026

- 09:00-09:15: Opening (Chair: Hugo Lind)
- 09:15-10:00: Keynote: Mud that moves (Chair: Sara Quist)
- 10:00-10:30: Counting worms at low tide — Pia Norden (Chair: Sara Quist)
- 10:30-11:00: Coffee break
- 11:00-11:30: Sediment cores by drone — Jonas Weil (Chair: Sara Quist)
- 11:30-12:00: Salt marsh grasses — Edda Holm
- 12:00-12:30: Oyster reefs, then and now — Marek Zell (Chair: Hugo Lind)
"""


def test_a_chair_aside_after_a_by_line_leaves_the_talk_and_its_speaker() -> None:
    # the timetable's reading (the page reader's own reading of asides is another matter)
    p = parse_programme(_LIST.encode(), "day.md", shape="timetable")
    talks = {t.title: t for t in p.talks}
    assert [s.name for s in talks["Counting worms at low tide"].speakers] == ["Pia Norden"]
    assert [s.name for s in talks["Oyster reefs, then and now"].speakers] == ["Marek Zell"]
    assert not talks["Oyster reefs, then and now"].speakers[0].affiliations
    assert talks["Opening"].speakers == []  # an aside after no by-line: a session's name
    assert not any("Chair" in t.title for t in p.talks)
    assert ("chair", "Sara Quist") in {(r.role, r.person.name) for r in p.roles}


_FEW = """# Workshop on Tidal Flats, 8 April 2026

- 09:00-09:15: Opening (Chair: Hugo Lind)
- 09:15-10:00: Keynote: Mud that moves (Chair: Sara Quist)
- 10:00-10:30: Counting worms at low tide — Pia Norden (Chair: Sara Quist)
- 10:30-11:00: Coffee break
- 11:00-12:30: Session 2: Birds (Chair: Hugo Lind)
"""


def test_a_chair_aside_after_a_kind_label_keeps_the_kind() -> None:
    p = parse_programme(_FEW.encode(), "day.md")
    kinds = {t.title: t.kind for t in p.talks}
    assert kinds["Mud that moves"] == "keynote"
    assert not any("Tidal Flats" in t.title for t in p.talks)  # no talk from the heading
    assert ("chair", "Sara Quist") in {(r.role, r.person.name) for r in p.roles}


_LONG = """# Makers Day, 20 May 2026

| Time | Title | Speaker |
|------|-------|---------|
| 09:00-12:00 | Hackathon start and building | Nadia Roth |
| 12:00-13:00 | Lunch | |
| 13:00-16:30 | Soldering for beginners | Kai Brandt |
| 13:00-17:00 | Open Space, hosted by Lea Fink | |
| 17:00-20:30 | Harbour dinner cruise | Tom Ebert |
"""


def test_a_long_activity_is_no_course_and_a_long_course_still_is() -> None:
    p = parse_programme(_LONG.encode(), "day.md")
    tags = {t.title: t.tags for t in p.talks}
    assert "workshop" in tags["Soldering for beginners"]
    for title, its_tags in tags.items():
        if title != "Soldering for beginners":
            assert "workshop" not in its_tags, title
