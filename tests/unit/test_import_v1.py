"""Conventions of real programme pages (blind32, p01, p14, p15): a meetup page's text
pasted whole into a plain code fence (its welcome words above a timed ``AGENDA:``, each
talk's abstract under its line)."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "page.md") -> list[tuple[str, list[str]]]:
    programme = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers]) for t in programme.talks]


PASTED_MEETUP = """# Harbour Cloud Circle - May

```
About this event

Summer is nearly here! We meet again at our usual place by the river.
Our host for the evening covers pizza and drinks, and brings a talk of its own.

Schedule:
17:30 - Doors open, snacks

18:00 - Dana Whitlock (Cloud Guild): What changed in managed queues this spring
A tour of the new features, with a few demos that may or may not work.

18:45 - Omar Lindqvist & Ilse Baumann (Riverside Labs): Cutting our build bill in half
How we measured where the minutes went, and what we changed first.

19:30 - Open floor, more snacks
```
"""


def test_a_pasted_event_page_in_a_plain_fence_reads_its_timed_agenda() -> None:
    # the welcome words above the first time are the page's preamble: the timed lines
    # under them are still the rows (most lines from the first time on are timed)
    programme = parse_programme(PASTED_MEETUP.encode(), "readme.md")
    talks = [(t.title, [s.name for s in t.speakers]) for t in programme.talks]
    assert ("What changed in managed queues this spring", ["Dana Whitlock"]) in talks
    assert ("Cutting our build bill in half", ["Omar Lindqvist", "Ilse Baumann"]) in talks
    assert programme.name.startswith("Harbour Cloud Circle")
    assert not any(t.title.startswith("Harbour") for t in programme.talks)
