"""Stop 61 (e2): a people section's table of names and job titles stays people; a
heading naming only a kind of talk gives it to the talks of the table under it."""

from __future__ import annotations

from confnotes.importers.formats import markdown
from confnotes.importers.registry import parse_programme

_JOBS = """# Northwind Summit 2032

## {heading}

| {who} | {what} |
|------|-------|
| Lena Holm | {a} |
| Piet Vos | {b} |
| Mara Quist | {c} |
"""


def _read(heading: str, who: str, what: str, a: str, b: str, c: str) -> tuple[dict, dict]:
    text = _JOBS.format(heading=heading, who=who, what=what, a=a, b=b, c=c)
    programme = markdown.parse(text.encode(), "summit.md")
    talks = {t.title: t for t in programme.talks}
    roles = {r.person.name: r.role for r in programme.roles}
    return talks, roles


def test_a_committee_table_of_names_and_job_titles_lists_people() -> None:
    # "Title" there is the job a member holds, not a talk they give
    talks, roles = _read(
        "Steering committee",
        "Name",
        "Title",
        "Associate Professor",
        "Lead Engineer",
        "Data Scientist",
    )
    assert not talks
    assert roles == {"Lena Holm": "organizer", "Piet Vos": "organizer", "Mara Quist": "organizer"}


def test_a_speakers_table_of_jobs_and_employers_lists_people() -> None:
    talks, roles = _read(
        "Meet the speakers",
        "Speaker",
        "Title",
        "VP Engineering, Globex",
        "Professor of Chemistry",
        "Principal Engineer",
    )
    assert not talks
    assert set(roles) == {"Lena Holm", "Piet Vos", "Mara Quist"}


def test_a_speakers_table_whose_header_names_the_talks_lists_talks() -> None:
    # a talk's own header word is enough under any heading of people
    talks, _roles = _read(
        "Meet the speakers", "Speaker", "Talk", "Rivers of logs", "Quiet queues", "Cache me later"
    )
    assert set(talks) == {"Rivers of logs", "Quiet queues", "Cache me later"}
    assert [p.name for p in talks["Quiet queues"].speakers] == ["Piet Vos"]


def test_a_panels_heading_over_a_bare_title_column_of_jobs_lists_people() -> None:
    # even where the heading names panels, a column of jobs is no column of talks
    talks, roles = _read(
        "Panels",
        "Name",
        "Title",
        "Chief Technology Officer",
        "Senior Engineer",
        "Research Scientist",
    )
    assert not talks
    assert set(roles) == {"Lena Holm", "Piet Vos", "Mara Quist"}


def test_a_keynotes_heading_over_a_bare_title_column_of_talks_lists_keynotes() -> None:
    talks, _roles = _read(
        "Keynotes", "Speaker", "Title", "The long now of data", "Small is fast", "After the cloud"
    )
    assert {t.kind for t in talks.values()} == {"keynote"}
    assert [p.name for p in talks["Small is fast"].speakers] == ["Piet Vos"]


_GROUPS = """# Fjord Dev Days 2032

## Keynotes

| Time | Talk | Speaker |
| --- | --- | --- |
| 09:00 | Mapping the fjords | Lena Holm |
| 09:45 | Salt and silicon | Piet Vos |

## {group}

| Time | Talk | Speaker |
| --- | --- | --- |
| 15:00 | Five minutes of regex | Mara Quist |
| 15:05 | Tiny tests | Jon Aas |

## Afternoon

| Time | Talk | Speaker |
| --- | --- | --- |
| 16:00 | Long reads on storage | Ida Berg |
| 16:45 | Shipping on Fridays | Ola Dahl |
"""


def test_a_heading_naming_only_a_kind_gives_it_to_the_table_under_it() -> None:
    for group, kind in (("Lightning talks", "spotlight"), ("闪电演讲", "spotlight")):
        text = _GROUPS.format(group=group)
        kinds = {t.title: t.kind for t in parse_programme(text.encode(), "days.md").talks}
        assert kinds["Mapping the fjords"] == "keynote", group
        assert kinds["Five minutes of regex"] == kind, group
        assert kinds["Tiny tests"] == kind, group
        # the next heading of the same level ends the group
        assert kinds["Long reads on storage"] == "talk", group
