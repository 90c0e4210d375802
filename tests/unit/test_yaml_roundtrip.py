"""Front matter written back as the user wrote it, and one atomic write per save."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import confnotes.notebook.notebook
from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.frontmatter import load_yaml
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.yaml_roundtrip import update_front_matter

HAND_WRITTEN = """---
# notes from the front row
title: "Measuring Shift"   # the official title
kind: oral
room: 'Tejo'
code: !!str 0123
tags: [speech, shift]
speakers:
- tomasz-wrobel
my_rating: 4  # out of 5
---
The body.
"""


@pytest.fixture
def note(tmp_path: Path) -> Path:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "conference.yaml").write_text("name: Conf\n", encoding="utf-8")
    path = conf / "talk.md"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    return path


def test_a_star_keeps_comments_order_quoting_and_tags(note: Path) -> None:
    nb = Notebook.open(note.parent.parent)
    talk = nb.talks["conf/talk"]
    talk.starred = True
    nb.save_talk(talk)
    text = note.read_text(encoding="utf-8")
    assert text.replace("starred: true\n", "") == HAND_WRITTEN
    assert "starred: true" in text
    assert Notebook.open(note.parent.parent).talks["conf/talk"].starred


def test_a_picked_up_link_and_the_body_are_one_write(
    note: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nb = Notebook.open(note.parent.parent)
    writes: list[Path] = []
    real = confnotes.notebook.notebook.atomic_write

    def counting(path: Path, data: bytes) -> None:
        writes.append(path)
        real(path, data)

    monkeypatch.setattr(confnotes.notebook.notebook, "atomic_write", counting)
    saver = NoteSaver(nb)
    result = saver.save("conf/talk", "The body.\nSlides: https://example.org/slides.pdf\n")
    assert result.status == "saved" and result.picked
    assert writes == [note]
    text = note.read_text(encoding="utf-8")
    assert "https://example.org/slides.pdf" in text.split("---\n")[1]  # in the front matter
    assert "# notes from the front row" in text and "my_rating: 4  # out of 5" in text


scalars = st.one_of(
    st.booleans(),
    st.integers(-1000, 1000),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20),
)
values = st.one_of(scalars, st.lists(scalars, max_size=4))
keys = st.text("abcdefghij_", min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(keys, values, min_size=1, max_size=6), st.dictionaries(keys, values))
def test_the_result_always_reads_back_as_the_new_data(old: dict, changes: dict) -> None:
    from confnotes.notebook.frontmatter import dump_front_matter

    raw = "# a comment\n" + dump_front_matter(old)
    parsed = load_yaml(raw)
    new = {**parsed, **changes}
    text = update_front_matter(raw, parsed, new)
    if text is not None:
        assert load_yaml(text) == new
