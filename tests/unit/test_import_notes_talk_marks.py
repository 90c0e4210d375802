"""A person's single notes file of a conference whose talks are marked by something other
than a heading (a list item's bold title, a stressed title in a sentence, a speaker named
in a sentence): fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_DATED_LIST = """---
title: Quarry Testing Day videos are up
---
The recordings worth your time.

1. **Mutation testing for the impatient &#8211; Sigrun Dahl**<br />
  She ran the whole thing live.
  * Video: <a href="https://example.org/v/a">https://example.org/v/a</a>

2. **Fuzzing file parsers &#8211; Leon Marsh**<br />Short and sharp.
  * Video: <a href="https://example.org/v/c">https://example.org/v/c</a>

More soon.
"""


def test_notes_dated_by_the_file_name_alone_do_not_outvote_the_talks_own_by_lines() -> None:
    # the file's day dates every note of the person's own text ("More soon.", the
    # links a level below); those notes are no programme items, so the items whose
    # lines write "Title – Name" keep their speakers
    programme = parse_programme(_DATED_LIST.encode(), "2027-09-30-quarry-testing.markdown")
    talks = _talks(programme)
    assert talks.get("Mutation testing for the impatient") == ["Sigrun Dahl"]
    assert talks.get("Fuzzing file parsers") == ["Leon Marsh"]
