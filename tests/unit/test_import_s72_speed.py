"""Stop 72, the tree's speed: whether a lone picture's line needs a repair is known from
the one scan of line openings, not from two searches of the whole text; the tree is the
same."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.importers import doctree


def _kinds(text: str) -> list[tuple[str, str]]:
    nodes = doctree.parse_markdown(text).root.children
    return [(n.kind, n.text) for n in nodes if n.kind != "blank"]


def test_a_photo_over_a_speakers_heading_leaves_the_heading_a_heading() -> None:
    text = '<img src="faces/lena.jpg" alt="Lena Vogt" />\n#### Lena Vogt\n\n'
    text += "Sie spricht über Compiler.\n"
    assert _kinds(text)[:2] == [("paragraph", "Lena Vogt"), ("heading", "Lena Vogt")]


def test_an_upper_case_photo_tag_indented_by_a_tab_is_repaired_as_before() -> None:
    text = ' \t<IMG SRC="kao.png" ALT="Sato">\n### 佐藤 花子\n\n発表の要旨。\n'
    forced = doctree._markdown_source(text, _forced(text))
    assert doctree._markdown_source(text, doctree._line_openings(text)) == forced


def test_a_photo_inside_an_admonition_is_still_found() -> None:
    # the picture opens a line only once the admonition's body is unwrapped
    text = '!!! note "Oradores"\n    <img src="ana.jpg" alt="Ana">\n    #### Ana Souza\n\nFim.\n'
    opened = doctree._line_openings(text)
    assert not opened.image
    assert doctree._markdown_source(text, opened) == doctree._markdown_source(text, _forced(text))


def test_a_picture_inside_a_sentence_changes_nothing() -> None:
    # near miss: a tag within words is no lone picture, and the paragraph stays whole
    text = 'Slides with a chart <img src="p99.png"> and notes.\n\n## Next talk\n'
    assert not doctree._line_openings(text).image
    assert _kinds(text) == [
        ("paragraph", "Slides with a chart  and notes."),
        ("heading", "Next talk"),
    ]


def test_notes_with_no_picture_are_parsed_as_written() -> None:
    text = "# Jour 1\n\n- cache et latence\n- index\n\nDu texte.\n"
    parsed, syntax, tables = doctree._markdown_source(text, doctree._line_openings(text))
    assert parsed is text and syntax == "markdown" and tables == []


def _forced(text: str) -> doctree._LineOpenings:
    """The openings with the picture flag set: the repairs' check as it was (the text
    searched for the tag whatever its lines open with)."""
    return dataclasses.replace(doctree._line_openings(text), image=True)


_LINES = st.sampled_from(
    ['<img src="a.jpg">', "<IMG src=b.png alt='B'>", "  <img alt=x>", "\t<img src=c.jpg>",
     "    <img src=d.jpg>", "<Img src=e.jpg>", "<imgs>", "x <img src=f.jpg>", "#### Ana Ruiz",
     "## 9:00 Talk", "!!! note", "??? tip", "    <img src=g.jpg>", "~~~ raw ~~~", "~~~", "",
     "- item", "> quote <img src=h.jpg>", "Texto en español", "| a | b |", "</div>"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=14).map("\n".join))
def test_the_source_is_what_the_whole_text_search_gave(text: str) -> None:
    openings = doctree._line_openings(text)
    assert doctree._markdown_source(text, openings) == doctree._markdown_source(text, _forced(text))
