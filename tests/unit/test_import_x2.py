"""Stop 59 (x2): mends of review 59's findings 3 and 4 (fixtures written for these tests)."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

_ORG_ROAM_NOTES = """#+TITLE: Notes from the regional Python day

* Type hints in old code
  :PROPERTIES:
  :ID:       9c1d-44ab-80e2
  :CREATED:  [2025-05-09 Fri 10:15]
  :END:
  Speaker: Lena Hartmann
  Started from a 40k-line codebase, added hints module by module.

* Packaging without pain
  :PROPERTIES:
  :CUSTOM_ID: packaging
  :CATEGORY: pydata
  :ID:       71fe-03cd
  :END:
  Speaker: Duc Nguyen
  - Lock files per environment.
  - Wheels built in CI only.
"""


def test_org_id_drawers_leave_each_heading_its_own_talk() -> None:
    programme = parse_programme(_ORG_ROAM_NOTES.encode(), "notes.org")
    talks = {t.title: t for t in programme.talks}
    assert "Type hints in old code" in talks
    packaging = talks["Packaging without pain"]
    assert [p.name for p in packaging.speakers] == ["Duc Nguyen"]
    titled = [t for t in programme.talks if t.title == "Notes from the regional Python day"]
    assert all(not t.speakers for t in titled)


_ADOC_MEETUP = """= Rust Night Autumn 2025
:date: 2025-10-16

== Agenda

[cols="1,3,2"]
|===
|Time |Session |Presenter

|18:30
|Doors and pizza
|Mia Jensen

|19:00
|Borrowing without fear
|Karl Ostrowski
|===

== Helpers

|===
|Shift |Volunteer |Phone

|Setup
|Nora Blum
|0151 222

|Clean-up
|Piet Hals
|0151 333
|===
"""


def test_asciidoc_implicit_header_row_names_columns_and_is_no_talk() -> None:
    programme = parse_programme(_ADOC_MEETUP.encode(), "meetup.adoc")
    header_words = {"Time", "Session", "Presenter", "Shift", "Volunteer", "Phone"}
    for talk in programme.talks:
        assert talk.title not in header_words
        assert not header_words & {p.name for p in talk.speakers}
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Borrowing without fear"].speakers] == ["Karl Ostrowski"]


def test_asciidoc_header_option_marks_a_row_written_on_one_line_with_the_rest() -> None:
    text = _ADOC_MEETUP.replace(
        "|===\n|Shift |Volunteer |Phone\n\n", "[%header]\n|===\n" + "|Shift |Volunteer |Phone\n"
    )
    programme = parse_programme(text.encode(), "meetup.adoc")
    assert "[%header]" in text
    for talk in programme.talks:
        assert talk.title != "Phone"
        assert "Volunteer" not in {p.name for p in talk.speakers}
