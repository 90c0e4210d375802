"""Review 63's findings 2 and 9 (helper d2): a titled family name before a comma takes the
word after it as a given name only on evidence, and a bracket of things named alike after
a title is no by-line. The fixtures are made up."""

from __future__ import annotations

from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "programme.md") -> Programme:
    return parse_programme(text.encode(), name)


def _people(programme: Programme) -> dict[str, list[tuple[str, list[str]]]]:
    return {t.title: [(p.name, p.affiliations) for p in t.speakers] for t in programme.talks}


_COLLOQUIUM = """# Harbour colloquium, winter 2031

| Date | Title | Speaker |
|---|---|---|
| 2031-01-06 | Lattice proofs | Prof. Okafor, Lagos |
| 2031-01-13 | Sparse solvers | Dr. Varga, Szeged |
| 2031-01-20 | Queue theory | Prof. Brandt, Leipzig |
"""


def test_one_word_after_a_titled_family_name_is_where_the_person_works() -> None:
    said = _people(_read(_COLLOQUIUM))
    names = [n for people in said.values() for n, _ in people]
    assert not any(n in names for n in ("Lagos Okafor", "Szeged Varga", "Leipzig Brandt"))
    assert said["Lattice proofs"][0][1] == ["Lagos"]
    assert said["Queue theory"][0][1] == ["Leipzig"]


def test_one_word_after_the_comma_alone_is_no_given_name() -> None:
    for cell in ("Prof. Okafor, Lagos", "Dr. Varga, Fischer"):
        assert all(
            p.name.split()[0] not in ("Lagos", "Fischer") for p in split_speakers(cell, True)
        )


def test_one_word_with_an_affiliation_bracket_is_a_given_name() -> None:
    people = split_speakers("Prof. Okafor, Chidi (Lagoon University)", single_ok=True)
    assert [(p.name, p.affiliations) for p in people] == [("Chidi Okafor", ["Lagoon University"])]


def test_a_column_of_two_word_given_names_makes_the_lone_word_a_given_name() -> None:
    text = """# Tide seminars 2031

| Date | Title | Speaker |
|---|---|---|
| 2031-02-03 | Reef acoustics | Prof. Seo, Min Jun |
| 2031-02-10 | Kelp forests | Prof. Han, Ye Jin |
| 2031-02-17 | Storm surges | Prof. Ryu, Taewon |
"""
    said = _people(_read(text))
    assert said["Storm surges"] == [("Taewon Ryu", [])]
    assert said["Reef acoustics"] == [("Min Jun Seo", [])]


_PARTS = """# Cloud night, 9 April 2031

- 18:30 Welcome (Lina Maurer)
- 18:45 Service meshes (Part One and Part Two)
- 19:15 Batch engines (Apache Spark and Apache Storm)
- 19:45 Wrap-up
"""


def test_a_bracket_of_parts_is_no_pair_of_speakers() -> None:
    said = _people(_read(_PARTS))
    names = {n for people in said.values() for n, _ in people}
    assert not names & {"Part One", "Part Two", "Apache Spark", "Apache Storm"}


def test_a_list_of_bracketed_things_keeps_them_in_its_titles() -> None:
    text = """# Cloud night, 23 April 2031

- 18:30 Service meshes (Part One and Part Two)
- 19:00 Batch engines (Apache Spark and Apache Storm)
- 19:30 Team shapes (Staff Engineer and Engineering Manager)
"""
    said = _people(_read(text))
    assert not any(said.values())
    assert "Service meshes (Part One and Part Two)" in said
    assert "Batch engines (Apache Spark and Apache Storm)" in said


def test_a_bracket_of_two_people_stays_their_by_line() -> None:
    text = _PARTS.replace("(Part One and Part Two)", "(Lina Maurer and Tomas Berg)")
    said = _people(_read(text))
    assert [n for n, _ in said["Service meshes"]] == ["Lina Maurer", "Tomas Berg"]
