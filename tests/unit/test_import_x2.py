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
