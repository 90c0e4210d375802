"""Stop 65, mend m1: the new readings of stop 65 narrowed to the evidence they need.
Lists signed after a colon are talks only under a heading or a line that says they are
(an award's, a committee's or a glossary's list is not); the untimed lines under a
timetable's slot are its talks only when they all are and the slot is no panel; the head
before every note's colon names the folder's event only when it is a name, and the note
gains no line its writer did not write. Fixtures written for these tests, in our own
words."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.programme import Programme
from tests.unit.importing import people_of as _people
from tests.unit.importing import read as _read

from .folder_fixtures import read_files


def _one_note(programme: Programme, heading: str, lines: list[str]) -> None:
    """Main's reading of a list that is no programme: one note under its heading, every
    line of the list in it, no one made a speaker."""
    assert not _people(programme)
    assert [t.title for t in programme.talks if t.kind != "other"] == [heading]
    body = "\n".join(t.body for t in programme.talks)
    assert all(line in body for line in lines)


# -------------------------------------------- 1. a list of prizes and their winners

_PRIZES = [
    "- Best Student Essay: Kofi Mensah",
    "- Outstanding Reviewer: Lena Vasquez",
    "- Test of Time Prize: Tariq Haddad",
]


def test_a_list_of_prizes_signed_after_a_colon_is_no_programme() -> None:
    text = "# SoCC 2031 Prizes\n\n" + "\n".join(_PRIZES) + "\n"
    _one_note(_read(text, "prizes.md"), "SoCC 2031 Prizes", _PRIZES)


# ----------------------------------------- 2. who does what on the organising team

_TEAM = [
    "- Badge printing: Kofi Mensah",
    "- Travel grants: Lena Vasquez",
    "- Live captioning: Tariq Haddad",
    "- Childcare room: Ingrid Dahl",
]


def test_an_organising_teams_duties_signed_after_a_colon_are_no_talks() -> None:
    text = "# Helpers on the day\n\n" + "\n".join(_TEAM) + "\n"
    _one_note(_read(text, "helpers.md"), "Helpers on the day", _TEAM)


# --------------------------------------------- 3. famous people and what they are known for

_KNOWN = [
    "- Creator of Python: Guido Rossum",
    "- Author of TeX: Donald Knuth",
    "- Coined the word bug: Grace Hopper",
    "- Designer of Smalltalk: Alan Kay",
]


def test_a_list_of_who_is_known_for_what_is_no_programme() -> None:
    text = "# Names people dropped all week\n\n" + "\n".join(_KNOWN) + "\n"
    _one_note(_read(text, "names.md"), "Names people dropped all week", _KNOWN)


def test_a_list_signed_after_a_colon_under_the_events_heading_stays_talks() -> None:
    text = "# GopherDay 2031\n\n" + "\n".join(
        [
            "- Generics two years later: Kofi Mensah",
            "- Profiling a slow service: Lena Vasquez",
            "- Fuzzing the standard library: Tariq Haddad",
        ]
    )
    speakers = {t.title: [p.name for p in t.speakers] for t in _read(text, "go.md").talks}
    assert speakers["Profiling a slow service"] == ["Lena Vasquez"]
    assert speakers["Fuzzing the standard library"] == ["Tariq Haddad"]


# ------------------------------------ 4. a panel's people and a tour's particulars by slot

_DAY = """<html><body>
<h1>Mill Open Day 2031</h1>
<p>Saturday, 14 June 2031 at the old mill.</p>
<div class="plan">
10:00 Panel discussion: Who owns the river?<br>
Chair – Kofi Mensah<br>
Panellists – Lena Vasquez, Tariq Haddad<br>
11:30 Tea break<br>
12:00 Walk around the mill race<br>
Meeting point – East Gate<br>
Length – about ninety minutes<br>
14:00 Closing words<br>
</div>
</body></html>
"""


def test_a_panels_people_and_a_tours_particulars_are_no_slot_talks() -> None:
    programme = _read(_DAY, "mill.html")
    talks = {t.title: t for t in programme.talks}
    assert talks["Who owns the river?"].kind == "panel"
    assert talks["Walk around the mill race"].speakers == []
    assert not {"Chair", "Panellists", "Meeting point", "Length"} & set(talks)
    assert "East Gate" not in _people(programme)


# ------------------------------------------ 7./8. a kind of note before every note's colon


def test_a_kind_of_note_before_the_colon_names_no_event(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "listening",
        {
            "Podcast: Shipping on Fridays.md": "# Podcast: Shipping on Fridays\n\n"
            "With Kofi Mensah\n\n- small batches\n",
            "Podcast: Boring technology.md": "# Podcast: Boring technology\n\n"
            "With Lena Vasquez\n\n- innovation tokens\n",
        },
    )
    assert {p.name for p in read.values()} != {"Podcast"}
    titles = {t.title for p in read.values() for t in p.talks}
    assert titles == {"Podcast: Shipping on Fridays", "Podcast: Boring technology"}


def test_a_kind_of_gathering_before_the_colon_names_no_event(tmp_path: Path) -> None:
    files = {
        "Trip: Lisbon office.md": "# Trip: Lisbon office\n\n- new desks\n",
        "Trip: Oslo customer visit.md": "# Trip: Oslo customer visit\n\nMet Kofi Mensah.\n",
        "Trip: Turin warehouse.md": "# Trip: Turin warehouse\n\n- cold\n",
    }
    read = read_files(tmp_path / "travel", files)
    assert {p.name for p in read.values()} != {"Trip"}
    for source, programme in read.items():
        for talk in programme.talks:
            assert talk.title.startswith("Trip:")
            written = files[source].splitlines()
            assert all(line in written for line in talk.body.splitlines())


def test_an_events_head_cut_from_the_titles_adds_no_line_of_its_own(tmp_path: Path) -> None:
    files = {
        "a.md": "# Harbour Days: Tidal data\nBy Kofi Mensah\n\nBuoys.\n",
        "b.md": "# Harbour Days: Quiet ports\nBy Lena Vasquez\n\nNoise.\n",
    }
    read = read_files(tmp_path / "harbour", files)
    assert {p.name for p in read.values()} == {"Harbour Days"}
    for source, programme in read.items():
        written = files[source].splitlines()
        for talk in programme.talks:
            assert all(line in written for line in talk.body.splitlines() if line)
            assert "Harbour Days:" in talk.body  # the heading as written, '#' and all
