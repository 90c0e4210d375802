"""Stop 54's general mends by the lead: evidence of a person outranks a heading's guess."""

from __future__ import annotations

import pytest

from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "talk.md") -> list[tuple[str, list[str]]]:
    programme = parse_programme(text.encode(), name)
    return [(t.title, [p.name for p in t.speakers]) for t in programme.talks]


@pytest.mark.parametrize(
    ("by_line", "speaker"),
    [
        ("> Professor Charles Okafor", "Charles Okafor"),
        ("Dr. Ana Ruiz", "Ana Ruiz"),
        ("Prof. Dr. Lena Vogt", "Lena Vogt"),
    ],
)
def test_a_titled_name_under_a_two_word_colon_heading_is_its_speaker(
    by_line: str, speaker: str
) -> None:
    """``Expecto Patronum: …`` has a name's shape before its colon; the line under it that
    names someone with an honorific says who speaks, so the heading is a title, whole."""
    text = (
        f"# Silver Lining: Caching Stories from the Field\n\n{by_line}\n\n"
        "What I took away.\n\n- warm the cache early\n- measure twice\n"
    )
    assert _talks(text) == [("Silver Lining: Caching Stories from the Field", [speaker])]


def test_a_plain_phrase_under_a_name_colon_heading_leaves_its_speaker() -> None:
    text = (
        "# Sarah Okafor: The Future of Web Animation\n\nMemory Barriers\n\nNotes.\n\n- one\n- two\n"
    )
    assert _talks(text) == [("The Future of Web Animation", ["Sarah Okafor"])]
