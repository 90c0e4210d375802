"""Conventions read from real programmes, with fixtures written for these tests.

- ``Name, Job, Company`` in a speaker field: when the sibling events write their speaker
  that way (three comma parts, only the first read as a person), the second and third
  parts of a field so written are never people, even where the job is not recognised.
"""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _people(programme: Programme) -> set[str]:
    return {p.name for t in programme.talks for p in t.speakers} | {
        r.person.name for r in programme.roles
    }


_NAME_JOB_COMPANY = """# Meetup Archive - Lisbon Makers

## Sessions 2024

### Evening talk #4: Caching without tears

- Date: 2024/09/12
- Time: 19:00 - 20:30
- Speaker: Beatriz Lobo Ferreira, Backend Engineer, Farfalla
- https://events.example.org/4

### Evening talk #3: Drawing with shaders

- Date: 2024/08/08
- Time: 19:00 - 20:30
- Speaker: Tiago Antunes Mello, Graphics Developer, Pixelaria
- https://events.example.org/3

### Evening talk #2: Type hints in practice

- Date: 2024/07/11
- Time: 19:00 - 20:30
- Speaker: Ricardo Sousa Viana, Data Engineer, Mundivia
- https://events.example.org/2

### Evening talk #1: Web audio for fun

- Date: 2024/06/13
- Time: 19:00 - 20:30
- Speaker: Helena Quaresma, Mobile Devloper, Trevolo
- https://events.example.org/1
"""


def test_name_job_company_fields_keep_only_the_name_as_a_person() -> None:
    programme = parse_programme(_NAME_JOB_COMPANY.encode(), "archive.md")
    people = _people(programme)
    assert "Helena Quaresma" in people
    assert {"Beatriz Lobo Ferreira", "Tiago Antunes Mello", "Ricardo Sousa Viana"} <= people
    assert not people & {"Mobile Devloper", "Trevolo"}
