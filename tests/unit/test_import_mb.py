"""Review 57 mends (helper mb): parallel talks whose last part is whole, and full names
taken only from by-lines and lists of names, never from a sentence.

Every fixture is written for these tests in its own words, never a real page's text.
"""

from __future__ import annotations

from confnotes.importers.registry import parse_programme
from tests.unit.importing import speakers_by_title as _speakers

_PARALLEL_THEN_OWN_LINE = """# Riverbank Dev Day — Friday 3 October 2031

09:00 Opening (Lena Moss)
09:30 Caching at the edge (Tariq Basu) / Writing parsers by hand (Nora Feld) / Lightning talks
Debugging flaky tests (Otto Varga)
10:30 Observability on a budget (Ines Moro) / Small teams again (Karl Weiss)
12:00 Closing (Lena Moss)
"""


def test_a_line_of_its_own_after_parallel_talks_is_not_their_wrap() -> None:
    # the last parallel part ("Lightning talks") ends on a word of its own, not on a
    # small connector: the "Title (Name)" line under it is a programme line of its own,
    # and the timetable around it is still read
    speakers = _speakers(parse_programme(_PARALLEL_THEN_OWN_LINE.encode(), "day.md"))
    assert speakers["Debugging flaky tests"] == ["Otto Varga"]
    assert speakers["Opening"] == ["Lena Moss"]
    assert speakers["Closing"] == ["Lena Moss"]
    assert not any("talks Debugging" in title for title in speakers)


_SURNAMES_TABLE = """<html><body><h1>Stream Processing Evening 2031</h1>
<h2>Tuesday, 4 November 2031</h2>
<table>
<tr><th>Time</th><th>Speaker</th><th>Title</th></tr>
<tr><td>18:00</td><td>Haldane – Brightwater Data</td><td>Windows that never close</td></tr>
<tr><td>18:40</td><td>Moreau – Northfield Labs</td><td>Exactly once, mostly</td></tr>
<tr><td>19:20</td><td>Sato – Kestrel University</td><td>Backpressure by example</td></tr>
</table>
"""

_SURNAMES_AND_SENTENCES = (
    _SURNAMES_TABLE
    + """<h2>Afterwards</h2>
<p>Drinks with Meet Haldane (and friends from Brightwater) in the lobby.</p>
<p>Slides collected by Paul Moreau, who also runs the mailing list.</p>
<p>Directions: Sato Pavilion, Kestrel University.</p>
</body></html>
"""
)


def test_a_surname_takes_no_full_name_from_a_sentence() -> None:
    # "by Paul Moreau" and "with Meet Haldane" are sentences that happen to hold the
    # surname, not a by-line or a list of names: the speakers keep their short names
    speakers = _speakers(parse_programme(_SURNAMES_AND_SENTENCES.encode(), "evening.html"))
    names = {name for people in speakers.values() for name in people}
    assert "Paul Moreau" not in names
    assert "Meet Haldane" not in names
    assert not any(name.startswith("with ") for name in names)


_SURNAMES_AND_A_BY_LINE = (
    _SURNAMES_TABLE
    + """<h2>Abstracts</h2>
<h4>Greta Haldane and Yusuf Moreau, Northfield Labs</h4>
<p>What happens to a stream when its windows stay open for a week.</p>
</body></html>
"""
)


def test_a_by_line_still_gives_the_surnames_their_full_names() -> None:
    # a by-line holds only names and joining words: it names the speakers in full
    speakers = _speakers(parse_programme(_SURNAMES_AND_A_BY_LINE.encode(), "evening.html"))
    names = {name for people in speakers.values() for name in people}
    assert {"Greta Haldane", "Yusuf Moreau"} <= names
