"""Stop 58 (lead): a person's line that repeats a title is kept where it is written."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def test_a_paragraph_repeating_a_bold_title_elsewhere_is_kept() -> None:
    # the shape Hypothesis found: headings of every level, two bold titles, and at the
    # end a plain line saying the first bold title's words again
    text = (
        "---\ntitle: tidy logs\ntags: [x]\n---\n\n### Tidy logs\n\n\n"
        "**Tidy logging**\n\n- tidy logs\n\n**Tidy logs**\n\n\n## Tidy logs\n\n\n"
        "### Tidy logs\n\n\n# Tidy logs\n\ntidy logging\n"
    )
    programme = parse_programme(text.encode(), "notes.md")
    bodies = "\n".join(t.body for t in programme.talks)
    assert "tidy logging" in bodies.splitlines()
    assert "- tidy logs" in bodies
