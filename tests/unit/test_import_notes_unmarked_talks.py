"""A person's notes whose talks the headings do not call talks (stop 54, helper s54a):
lightning-talk notes whose speaker is each section's first bullet, an rST file opening on
an over- and underlined title, and a day's notes whose talk headings sit under a generic
``# Introduction`` heading."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.registry import parse_programme

LIGHTNING_RST = """\
==================
Lightning Talks
==================

Tiny parsers
------------
  * Ingrid Solberg
  * Parser combinators in fifty lines
  * No dependencies
     * Only the standard library
  * Error messages matter

Borrowed time
-------------
  * Tomasz Wilk
  * Clocks drift
  * Use monotonic time
  * Leap seconds are real
  * Test with a fake clock
  * Log in UTC

Why docs rot
------------
  * Nobody owns them
  * Examples that run

Packaging pains
---------------
  * Renata Okafor
  * Wheels everywhere
  * Lock files help
"""


def _talks(text: str, name: str) -> list[tuple[str, list[str], str]]:
    programme = parse_programme(text.encode(), name)
    return [
        (t.title, [s.name for s in t.speakers], t.kind)
        for t in programme.talks
        if t.kind != "other"
    ]


def test_an_rst_file_opening_on_an_overlined_title_is_rst() -> None:
    assert doctree.looks_rst(LIGHTNING_RST)
    # a Markdown file whose title is underlined only stays Markdown
    assert not doctree.looks_rst("Notes\n=====\n\nSome text.\n\nMore\n----\n\n- a\n")


def test_section_titles_over_a_speaker_bullet_and_notes_of_any_length() -> None:
    """The n-th bullet of notes as long as the writer took is no field: each talk is
    its heading, its speaker the first bullet, and the document's title says its kind."""
    assert _talks(LIGHTNING_RST, "lightning.rst") == [
        ("Tiny parsers", ["Ingrid Solberg"], "spotlight"),
        ("Borrowed time", ["Tomasz Wilk"], "spotlight"),
        ("Why docs rot", [], "spotlight"),
        ("Packaging pains", ["Renata Okafor"], "spotlight"),
    ]


INTRO_SESSIONS = """\
# Introduction

I jot everything down during the event and tidy it on the train home.

### **Keynote (Thursday morning)**

Broad strokes about the web.

### **Session - Observability without the bill (Priya Raman, Grafito)**

Sampling strategies.

### **Session - Feature flags at scale**

Flags are debt.

### **Session - Writing a linter in a weekend**

Start from the syntax tree.

# Conclusion

On to Friday.
"""


def test_talk_headings_under_a_generic_introduction_heading() -> None:
    """``# Introduction`` / ``# Conclusion`` are the writer's parts of the file; the
    headings under them that name a kind, a speaker or a ``Session -`` label are talks."""
    assert _talks(INTRO_SESSIONS, "day2.md") == [
        ("Keynote (Thursday morning)", [], "keynote"),
        ("Observability without the bill", ["Priya Raman"], "talk"),
        ("Feature flags at scale", [], "talk"),
        ("Writing a linter in a weekend", [], "talk"),
    ]


def test_a_label_before_each_title_marks_the_parts_as_talks() -> None:
    text = (
        "# Einleitung\n\nMeine Notizen vom zweiten Tag.\n\n"
        "### Vortrag: Rust im Embedded-Bereich (Jana Kowalczyk)\n\nSpeicher ohne Heap.\n\n"
        "### Vortrag: Kubernetes für kleine Teams\n\nZu viel für drei Leute.\n\n"
        "### Vortrag: Datenschutz by Design\n\nDaten sparsam erheben.\n\n"
        "# Fazit\n\nGute Konferenz.\n"
    )
    assert [title for title, _who, _kind in _talks(text, "tag2.md")] == [
        "Rust im Embedded-Bereich",
        "Kubernetes für kleine Teams",
        "Datenschutz by Design",
    ]


def test_one_talk_in_parts_under_introduction_stays_one_note() -> None:
    """The control: sub-headings naming no speaker, kind or label are one talk's parts."""
    text = (
        "# Introduction\n\nNotes from the one workshop I attended.\n\n"
        "### Why generate inputs\n\nExamples miss edge cases.\n\n"
        "### Shrinking\n\nThe failing case gets smaller.\n\n"
        "### Stateful tests\n\nModel the system as a state machine.\n\n"
        "# Conclusion\n\nWorth trying.\n"
    )
    programme = parse_programme(text.encode(), "workshop.md")
    assert len(programme.talks) == 1
    assert not programme.talks[0].speakers
