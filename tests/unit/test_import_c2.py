"""Conventions read from real programmes, with fixtures written for these tests.

- ``Name, Job, Company`` in a speaker field: when the sibling events write their speaker
  that way (three comma parts, only the first read as a person), the second and third
  parts of a field so written are never people, even where the job is not recognised.
- ``17:00-18:00: Harbour Cruise (pier 2nd floor)``: a time-led line that is a name-shaped
  phrase alone, among time-led lines that never name anyone (sessions, breaks, their
  papers and authors listed under them), is the slot's name, not a speaker.
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


_SLOT_ROWS = """<html><body><h1>Workshop on Tidal Models 2025</h1>
<table>
<tr><td class="s"><b>Monday 3 March 2025</b></td></tr>
<tr><td class="s">&nbsp;9:10-10:30:&nbsp; Estuaries and Deltas (Chair: Oskar Lindqvist)</td></tr>
<tr><td><ul>
<li><a href=p1>Sediment Budgets of Small Estuaries</a><br><em>Marta Kowal and Ilse Brandt</em></li>
<li><a href=p2>A Lattice Model of Delta Growth</a><br><em>Piet de Groot</em></li>
</ul></td></tr>
<tr><td class="s">&nbsp;10:30-11:00:&nbsp; Coffee Break</td></tr>
<tr><td class="s">&nbsp;11:00-12:20:&nbsp; Storm Surges &nbsp; (Chair: Ilse Brandt)</td></tr>
<tr><td><ul>
<li><a href=p3>Forecasting Surges from Gauges</a><br><em>Tomas Hruby and Lukas Wendt</em></li>
<li><a href=p4>Wave Setup on Gentle Beaches</a><br><em>Nadia Rahimi</em></li>
</ul></td></tr>
<tr><td class="s">&nbsp;12:20-13:30:&nbsp; Lunch</td></tr>
<tr><td class="s">&nbsp;17:00-18:30:&nbsp; Harbour Cruise  &nbsp; (pier, 2nd floor)</td></tr>
</table></body></html>
"""


def test_a_name_shaped_slot_alone_among_unnamed_slot_lines_is_the_slots_name() -> None:
    programme = parse_programme(_SLOT_ROWS.encode(), "workshop.html")
    people = _people(programme)
    assert {"Marta Kowal", "Piet de Groot", "Nadia Rahimi"} <= people
    assert "Harbour Cruise" not in people
    assert "Harbour Cruise" in {t.title for t in programme.talks}
