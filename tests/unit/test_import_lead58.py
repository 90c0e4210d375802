"""Stop 58 (lead): a person's line that repeats a title is kept where it is written."""

from __future__ import annotations

import pytest

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


_MEETUP_POST = """HEADER

On Saturday we meet for an afternoon of talks about Python.

## Talk 1: A World of Python

A talk about Python and the data it reads.

LABEL: [Ana Ruiz aka Aninha](https://example.org/ana). Loves coffee, maps and
long walks by the river.

## Talk 2: The Web with Python

About the web, from the standard library to frameworks.

LABEL: [Bruno Lima](https://example.org/bruno). Programmer and teacher.
"""


@pytest.mark.parametrize("label", ["Speaker", "Palestrante", "Referent", "Ponente", "Orateur"])
def test_a_speaker_label_after_the_abstract_names_the_speaker_in_any_language(
    label: str,
) -> None:
    header = "---\ntitle: July meetup\ndate: 2017-07-20 14:38\nauthor: Carla Mendes\n---"
    text = _MEETUP_POST.replace("HEADER", header).replace("LABEL", label)
    programme = parse_programme(text.encode(), "post.md")
    said = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert said.get("A World of Python") == ["Ana Ruiz"]
    assert said.get("The Web with Python") == ["Bruno Lima"]


def test_a_pelican_header_closed_by_a_rule_is_no_talk() -> None:
    # Pelican's (Python-Markdown's) metadata may end on "---" as YAML's does; CommonMark
    # reads it as one setext heading, which is no talk's title
    header = "Title: July meetup\nDate: 2017-07-20 14:38\nTags: Python, Meetups\n---"
    text = _MEETUP_POST.replace("HEADER", header).replace("LABEL", "Palestrante")
    programme = parse_programme(text.encode(), "post.md")
    titles = [t.title for t in programme.talks]
    assert not [t for t in titles if "Date" in t or "Tags" in t], titles
    assert "A World of Python" in titles


def test_an_author_credited_in_a_later_paragraph_is_no_speaker() -> None:
    text = (
        "# Harbour Conf notes\n\n## Queues are hard\n\nA tour of retries and backoff.\n\n"
        "Author: Mira Kovac, whose book the speaker kept quoting. Must read it.\n\n"
        "## Logs at scale\n\nSampling, then more sampling.\n\n"
        "Palestrante: Bruno Lima, who runs the platform team.\n"
    )
    programme = parse_programme(text.encode(), "notes.md")
    said = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert said.get("Queues are hard") == []
    assert said.get("Logs at scale") == ["Bruno Lima"]


def test_a_file_of_entries_each_under_a_header_keeps_every_entry() -> None:
    # the first header is no front matter when the same header opens the next entry
    text = (
        "Date: 10 May 2024\nTitle: Ana Ruiz on outages\n---\n\nThe keynote was great.\n\n"
        "Date: 11 May 2024\nTitle: Bo Lindqvist on monoliths\n---\n\nAlso great.\n"
    )
    programme = parse_programme(text.encode(), "log.md")
    titles = " ".join(t.title for t in programme.talks)
    assert "outages" in titles and "monoliths" in titles
