"""A list of accepted papers after the timetable (``Authors, *Title*``) gives the
timetable's talks their authors by title; a paper the timetable does not hold is no talk,
and a cell that looked like a name is a title once the page lists authors apart (real
page: a symposium's timetable of titles alone, 15.9 % recall)."""

from __future__ import annotations

from confnotes.importers import doctree, timetable

PAGE = """## Tuesday 9 September 2025

|Time | Activity |
|:---:|:---:|
|*09.00-10.00*| [Patient Harbour Models](invited#patient-harbour-models) |
|*10:00-10:30*| *break* |
|**10.30-11.00**| Lazy Evaluation of Tidal Tables |
|**11.00-11.30**| Quiet Northern Rivers |

### Accepted papers
- Ana Ruiz, Bo Lindgren, and Chidi Okoro, *Lazy Evaluation of Tidal Tables*
- Dana Whitfield, *Quiet Northern Rivers*
- Emil Sørensen and Farah Haddad, *A Paper Not on the Programme*
"""


def test_papers_list_gives_timetable_titles_their_authors() -> None:
    programme = timetable.read(doctree.parse(PAGE), "program.md", "markdown").programme
    by_title = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert by_title["Lazy Evaluation of Tidal Tables"] == ["Ana Ruiz", "Bo Lindgren", "Chidi Okoro"]
    assert by_title["Quiet Northern Rivers"] == ["Dana Whitfield"]
    assert "A Paper Not on the Programme" not in by_title  # no talk invented
    assert by_title["Patient Harbour Models"] == []  # a title, not a person
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "Patient Harbour Models" not in people
