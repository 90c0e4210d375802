"""Stop 65, mend m2: the reviewer's regressions of the merged importer work, each read as
main read it. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.kinds import self_named_tag
from confnotes.importers.persons import at_labels
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str) -> dict[str, list[tuple[str, list[str]]]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [(p.name, p.affiliations) for p in t.speakers] for t in programme.talks}


# ------------------------------------------- 5: a description names another item's kind

_ITEMS_JSON = """[
  {"title": "Lessons from mentoring", "speaker": "Irma Castell", "start": "2025-06-10T09:00",
   "description": "This session looks back on two years of organising this tutorial track."},
  {"title": "Hands on with Ansible", "speaker": "Oskar Lund", "start": "2025-06-10T10:00",
   "description": "In this workshop everyone writes a playbook."},
  {"title": "Ten review habits", "speaker": "Nadia Berg", "start": "2025-06-10T11:00",
   "description": "We share ten workshop habits that make reviews kinder."}
]"""


def test_a_description_must_call_its_own_item_a_workshop() -> None:
    programme = parse_programme(_ITEMS_JSON.encode(), "items.json")
    tags = {t.title: t.tags for t in programme.talks}
    assert tags["Lessons from mentoring"] == []  # its own item is "this session"
    assert tags["Ten review habits"] == []  # English "ten" is no Czech "this"
    assert "workshop" in tags["Hands on with Ansible"]
    assert self_named_tag("Dieser Vortrag erklärt, warum dieser Workshop ausfiel.") is None
    assert self_named_tag("Cet atelier est pour vous.") == "workshop"


# ------------------------------------------- 6: a plural label names several people

_CARDS_MD = """# Autumn Labs

<div class="lab">
<h3>Shell scripting</h3>

<p><strong>Instructor:</strong> Petra Holm · <strong>Places:</strong> 20</p>

<p>Laptops provided.</p>
</div>

<div class="lab">
<h3>Regex without fear</h3>

<p><strong>Instructors:</strong> Karl Vinter, Maja Esk · <strong>Level:</strong> Intermediate</p>

<p>Bring examples.</p>
</div>
"""

_PLURAL_LABELS_MD = """# Data Week

## Plotting basics

Instructor: Lina Moreau, Grenoble University

Bring data.

## Spreadsheets to Python

Formateurs : Yves Caron, Odile Perrin

En français.

## Versionar dados

**Palestrantes:** Rita Campos, Tiago Nunes

Sala 2.
"""


def test_plural_labels_name_each_co_instructor() -> None:
    cards = _read(_CARDS_MD, "labs.md")
    assert [n for n, _a in cards["Regex without fear"]] == ["Karl Vinter", "Maja Esk"]
    assert all("Maja Esk" not in a for _n, a in cards["Regex without fear"])
    labels = _read(_PLURAL_LABELS_MD, "week.md")
    assert labels["Plotting basics"] == [("Lina Moreau", ["Grenoble University"])]
    assert [n for n, _a in labels["Spreadsheets to Python"]] == ["Yves Caron", "Odile Perrin"]
    assert [n for n, _a in labels["Versionar dados"]] == ["Rita Campos", "Tiago Nunes"]


def test_a_name_before_a_colon_is_no_field_label() -> None:
    assert at_labels("Ivo Brandt · Seats: 12") == ["Ivo Brandt", "Seats: 12"]
    assert at_labels("Ivo Brandt · Lea Ström · Tove Ahl: moderator") == [
        "Ivo Brandt · Lea Ström · Tove Ahl: moderator"
    ]
    panel = _read(
        "# Panels\n\n## Panel: Cities and code\n\n"
        "Panelists: Ivo Brandt · Lea Ström · Tove Ahl: moderator\n\nTalk about towns.\n\n"
        "## Panel: Archives\n\nPanelists: Ada Rune · Sten Lid · Ulf Berg\n\nOld files.\n",
        "panels.md",
    )
    said = [(n, *a) for n, a in panel["Cities and code"]]
    assert any("Tove Ahl" in part for person in said for part in person)  # kept, as main


# ------------------------------------------- 9: a talk's only person marked chair

_CHAIRED_TABLE = """# Infra Day 2025

## Friday, 6 June 2025

| Time  | Talk | Speaker |
|-------|------|---------|
| 09:00 | Capacity planning | Runa Fjell (Chair) |
| 09:45 | Queues in practice | Timo Haak (Session Chair) |
| 10:30 | Panel: Paging less | Sofie Brink (moderator), Aksel Dahl, Greta Moe |
| 11:30 | Lunch | |
"""


def test_a_talk_keeps_its_only_speaker_marked_chair() -> None:
    programme = parse_programme(_CHAIRED_TABLE.encode(), "infra.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks["Capacity planning"] == ["Runa Fjell"]
    assert talks["Queues in practice"] == ["Timo Haak"]
    assert talks["Paging less"] == ["Aksel Dahl", "Greta Moe"]
    assert {r.person.name for r in programme.roles if r.role == "chair"} == {"Sofie Brink"}
