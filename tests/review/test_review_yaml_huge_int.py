"""REVIEW reproduction: a note with an integer of 5,000 digits crashed every load.

``int()`` refuses more than 4,300 digits with a ValueError, which escaped
``load_yaml``: ``confnotes check`` ended in "internal error", and the UI's
background load stopped with the whole notebook unreadable (keys greyed forever).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.errors import FrontMatterError
from confnotes.frontmatter import parse_document
from confnotes.notebook import Notebook


def test_huge_integer_is_a_front_matter_error() -> None:
    with pytest.raises(FrontMatterError):
        parse_document("---\nseats: " + "9" * 5000 + "\n---\nbody\n")


def test_notebook_with_huge_integer_still_loads(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "conference.yaml").write_text("name: C\n", "utf-8")
    (tmp_path / "c" / "bad.md").write_text("---\nseats: " + "9" * 5000 + "\n---\nx\n", "utf-8")
    (tmp_path / "c" / "good.md").write_text("---\ntitle: Good\n---\nnotes\n", "utf-8")
    nb = Notebook.open(tmp_path)
    assert nb.talks["c/good"].title == "Good"
    assert "c/bad" in nb.talks  # kept visible as text, never rewritten
    assert any("too long" in p.message for p in nb.problems)
