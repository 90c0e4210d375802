"""Mends of stop 58's review (findings 3, 4 and 8): a column of short titles that end on
a full stop is still the titles'; a header line over pipe-parted rows names the columns;
``Speaker Title`` as the only title-like column holds the talks' titles."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "page.md") -> list[tuple[str, list[str]]]:
    programme = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers]) for t in programme.talks]


JOURNAL_CLUB = """# Journal club, spring

| Week | Article | Led by |
|------|---------|--------|
| 1 | Bigtable is a distributed storage system. | Mara Quint |
| 2 | Raft makes consensus understandable. | Teo Brandt |
| 3 | Spanner is globally distributed. | Ilse Baumann |
"""


def test_titles_that_end_on_a_full_stop_are_no_abstracts() -> None:
    # short sentences, one per cell: the articles' titles, not abstracts beside none
    talks = _talks(JOURNAL_CLUB)
    assert ("Bigtable is a distributed storage system.", ["Mara Quint"]) in talks
    assert ("Raft makes consensus understandable.", ["Teo Brandt"]) in talks
    assert ("Spanner is globally distributed.", ["Ilse Baumann"]) in talks
