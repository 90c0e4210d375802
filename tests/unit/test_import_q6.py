"""Conventions of hand-written programmes: records under a repeated key, ..."""

from __future__ import annotations

from confnotes.importers.entries import leading_clock
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import title_and_speakers

_REPEATED_RECORD_KEY = b"""\
Morning block:
  item1:
    time: 09:30-10:00
    title: "Sorting Lichen Samples with Cheap Cameras"
    speaker: "Dr. Oona Petrakis"
  item2:
    time: 10:00-10:30
    title: "A Field Guide to Tidal Sensors"
    speaker: "Ms. Haruko Lindqvist"
  item2:
    time: 10:30-11:00
    title: "Counting Bees by Their Hum"
    speaker: "Mr. Tobiah Okonkwo"
  item3:
    time: 11:00-11:30
    title: "Moss, draft name"
    title: "Mapping Moss on City Walls"
    speaker: "Dr. Fenna Quist"
"""


def test_a_record_key_written_twice_keeps_both_records() -> None:
    """A copied record whose key was not renumbered (``item2`` twice) is a second talk,
    not an override of the first."""
    p = parse_programme(_REPEATED_RECORD_KEY, "programme.yml")
    titles = [t.title for t in p.talks]
    assert "A Field Guide to Tidal Sensors" in titles
    assert "Counting Bees by Their Hum" in titles
    assert len(titles) == 4
    assert "Mapping Moss on City Walls" in titles  # a repeated plain field still overrides
    assert {s.name for t in p.talks for s in t.speakers} == {
        "Oona Petrakis",
        "Haruko Lindqvist",
        "Tobiah Okonkwo",
        "Fenna Quist",
    }


def test_a_range_left_open_with_an_ellipsis_has_no_title_of_dots() -> None:
    """``22h10 à ...``, ``23:00 - …``: the writer left the range's end open; the dots and
    the word before them are no title."""
    for line in ("22h10 à ...", "23:00 - …", "21:30 to ..."):
        start, end, rest, _ = leading_clock(line)
        assert start is not None and end is None and rest == "", line
    assert leading_clock("10:00 Quiz night ...")[2] == "Quiz night ..."


def test_a_bracket_name_the_title_also_says_is_the_speakers_affiliation() -> None:
    """``Title (Name, Org)`` whose ``Org`` the title names is no second speaker."""
    title, people = title_and_speakers(
        "Harbour Radio Kestrel: ten years on air (Mirela Vostok, Harbour Kestrel)"
    )
    assert title == "Harbour Radio Kestrel: ten years on air"
    assert [(p.name, p.affiliations) for p in people] == [("Mirela Vostok", ["Harbour Kestrel"])]
    _, both = title_and_speakers("Tuning old organs together (Mirela Vostok, Pavel Oduya)")
    assert [p.name for p in both] == ["Mirela Vostok", "Pavel Oduya"]


_BRACKETED_ITEMS = b"""<html><head><title>Harbour day</title></head><body><h1>Programme</h1><ul>
<li>Harbour Radio Kestrel: ten years on air (<span>Mirela Vostok</span>, Harbour Kestrel)</li>
<li>Why ferries run late (<span>Pavel Oduya</span>, Port Office)</li>
<li>Drawing gulls from memory (<span>Ines Halloran</span>)</li>
<li>A history of lighthouse lamps (<span>Tomas Erikkson</span>, Guild of Lamp Makers)</li>
</ul></body></html>"""


def test_a_list_of_bracketed_items_keeps_the_org_named_in_its_title_off_the_people() -> None:
    p = parse_programme(_BRACKETED_ITEMS, "programme.html")
    names = {s.name for t in p.talks for s in t.speakers}
    assert "Mirela Vostok" in names
    assert "Harbour Kestrel" not in names


_ONE_ITEM_NAMES_NO_ONE = b"""<html><head><title>Harbour day</title></head><body>
<h1>Programme</h1><ul>
<li>Why ferries run late (Pavel Oduya, Port Office)</li>
<li>Drawing gulls from memory (Ines Halloran)</li>
<li>A history of lighthouse lamps (Tomas Erikkson, Guild of Lamp Makers)</li>
<li>Knots that never slip (Wanda Szell)</li>
<li>The sea shanty once sung by Nora Quill (a delegate of the Nora Quill shanty prize)</li>
</ul></body></html>"""


def test_an_item_whose_bracket_names_no_one_is_a_talk_without_a_speaker() -> None:
    """Where a list keeps its people in each item's bracket, an item whose bracket names
    nobody is a talk without a named speaker, not cut at a ``by`` inside its title."""
    p = parse_programme(_ONE_ITEM_NAMES_NO_ONE, "programme.html")
    names = {s.name for t in p.talks for s in t.speakers}
    assert "Nora Quill" not in names
    assert {"Pavel Oduya", "Ines Halloran", "Tomas Erikkson", "Wanda Szell"} <= names
    shanty = [t for t in p.talks if "shanty" in t.title]
    assert [t.title for t in shanty] == ["The sea shanty once sung by Nora Quill"]
    assert shanty[0].speakers == []


def test_a_by_line_beside_a_bracket_that_names_no_one_still_names_its_speaker() -> None:
    """``Title by Name (remote)`` among ``Title (Name)`` items: the bracket names no one,
    but the by-line names someone it does not mention, so the speaker stands."""
    data = _ONE_ITEM_NAMES_NO_ONE.replace(
        b"The sea shanty once sung by Nora Quill (a delegate of the Nora Quill shanty prize)",
        b"Reading the tides by Nora Quill (remote)",
    )
    p = parse_programme(data, "programme.html")
    tides = [t for t in p.talks if "tides" in t.title]
    assert [s.name for t in tides for s in t.speakers] == ["Nora Quill"]
