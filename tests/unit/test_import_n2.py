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


STANDUP = """Standup, Tuesday

Who | Area | Status
Mara Quint | infra | done
Teo Brandt | docs | blocked
Ilse Baumann | api | review

- the release moves to Friday
- Teo pairs with Ilse on the docs
"""


def test_pipe_parted_lines_of_people_and_one_words_are_notes_not_talks() -> None:
    # no clock, no column of titles' length: a meeting's table, read as its notes
    programme = parse_programme(STANDUP.encode(), "standup.md")
    assert not any(s.name == "Mara Quint" for t in programme.talks for s in t.speakers)
    assert not any(t.title in ("infra", "Area") for t in programme.talks)
    assert "the release moves to Friday" in " ".join(t.body for t in programme.talks)


SHORT_TALKS = """# Evening of short talks

Title | Presenter | Organisation
Shipping wheels for every platform | Mara Quint | Quarkware
Bisecting a flaky test suite | Teo Brandt | Lindenhof
Maps without a tile server | Ilse Baumann | Nordkart
"""


def test_a_line_of_field_names_over_pipe_parted_rows_is_no_talk() -> None:
    programme = parse_programme(SHORT_TALKS.encode(), "short.md")
    titles = {t.title: [(s.name, s.affiliations) for s in t.speakers] for t in programme.talks}
    assert "Title" not in titles
    assert titles.get("Shipping wheels for every platform") == [("Mara Quint", ["Quarkware"])]
    assert titles.get("Bisecting a flaky test suite") == [("Teo Brandt", ["Lindenhof"])]
    assert titles.get("Maps without a tile server") == [("Ilse Baumann", ["Nordkart"])]


SPEAKER_TITLE_ONLY = """Start,Speaker,Speaker Title
14:00,Mara Quint,Shipping wheels for every platform
14:40,Teo Brandt,Bisecting a flaky test suite
15:20,Ilse Baumann,Maps without a tile server
"""


def test_speaker_title_as_the_only_title_like_column_holds_the_talks_titles() -> None:
    # no other column names the title: "Speaker Title" is the talks', not a job
    talks = _talks(SPEAKER_TITLE_ONLY, "afternoon.csv")
    assert ("Shipping wheels for every platform", ["Mara Quint"]) in talks
    assert ("Bisecting a flaky test suite", ["Teo Brandt"]) in talks
    assert ("Maps without a tile server", ["Ilse Baumann"]) in talks
