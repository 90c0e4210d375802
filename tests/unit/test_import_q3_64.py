"""Losses of stop 64's blind set made general (issue 33), in fixtures of our own words:
talk headings that end, heading after heading, in the language each talk is given in
(``### Title (EN)``) give each talk that language as a tag, and the heading, saying more
than the title, stays in the note as written (every line of a person's notes in a body)."""

from __future__ import annotations

from confnotes.importers.programme import ProgrammeTalk
from confnotes.importers.registry import parse_programme

LANGUAGE_TAILS = """# PyCamp Lisbon 2024 notes

## Monday 3rd June

### Parsing logs without tears (EN)
Rui Costa - @ruic

how he streams logs through small generators, lots of tips.

---

### Tiny web servers (PT)
Marta Lopes - @mlopes

a walk through a server in fifty lines.

---

### Faster imports (EN/PT)
Jonas Berg - @jberg

lazy loading modules and measuring the start time.
"""


def _talks(text: str) -> dict[str, ProgrammeTalk]:
    programme = parse_programme(text.encode(), source="notes.md")
    return {t.title: t for t in programme.talks}


def test_language_tail_is_a_tag_and_the_heading_stays_in_the_note() -> None:
    talks = _talks(LANGUAGE_TAILS)
    tiny = talks["Tiny web servers"]
    assert tiny.tags == ["pt"]
    assert tiny.body.startswith("### Tiny web servers (PT)\n")
    both = talks["Faster imports"]
    assert both.tags == ["en", "pt"]
    assert "### Faster imports (EN/PT)" in both.body
    assert [p.name for p in both.speakers] == ["Jonas Berg"]


def test_one_bracketed_acronym_stays_in_its_title() -> None:
    text = LANGUAGE_TAILS.replace("### Tiny web servers (PT)", "### Tiny web servers (AI)")
    text = text.replace(" (EN)", "").replace(" (EN/PT)", "")
    assert "Tiny web servers (AI)" in _talks(text)
