"""Readings weighed by what they explain: a column its header calls the title, a page's
people-list headings explained by the roles read under them, a line kept as a title."""

from __future__ import annotations

from confnotes.importers import doctree, timetable
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeRole, ProgrammeTalk
from confnotes.importers.readings import fit

LOG = """# Reading group log

| Date | Talk | Speaker | Notes |
|------|------|---------|-------|
| 2024-03-07 | Ropes for editors | Odile Marchal | the piece table came up twice |
| 2024-04-04 | Arenas in practice | Bram Visser | benchmarks were on a laptop |
"""


def test_of_two_text_columns_the_one_its_header_calls_the_title_holds_the_titles() -> None:
    result = timetable.read(doctree.parse(LOG), "log.md", "markdown")
    assert [t.title for t in result.programme.talks] == ["Ropes for editors", "Arenas in practice"]


PAGE = """# Workshop on Tidal Models 2025

## Keynote speakers

- Ruth Okafor (Coastal Lab)

## Organising committee

- Sven Holm (Fjord Institute)
"""


def test_a_people_list_heading_is_explained_by_the_roles_read_under_it() -> None:
    roles = Programme(name="Workshop on Tidal Models 2025", format="markdown")
    roles.roles = [
        ProgrammeRole(ProgrammePerson("Ruth Okafor", ["Coastal Lab"]), "keynote"),
        ProgrammeRole(ProgrammePerson("Sven Holm", ["Fjord Institute"]), "organizer"),
    ]
    talks = Programme(name="Workshop on Tidal Models 2025", format="markdown")
    talks.talks = [
        ProgrammeTalk(title="Keynote speakers", body="- Ruth Okafor (Coastal Lab)\n"),
        ProgrammeTalk(title="Organising committee", body="- Sven Holm (Fjord Institute)\n"),
    ]
    by_roles, evidence = fit(roles, PAGE)
    as_titles, _ = fit(talks, PAGE)
    assert "100% of lines explained" in evidence
    assert by_roles > as_titles


def test_a_heading_made_a_notes_title_is_kept_though_nothing_grounds_it() -> None:
    text = "# Day one\n\n## Hallway track\nMet the maintainers of the parser.\n"
    p = Programme(name="Day one", format="outline")
    p.talks = [ProgrammeTalk(title="Hallway track", body="Met the maintainers of the parser.\n")]
    _score, evidence = fit(p, text)
    assert "100% kept" in evidence
