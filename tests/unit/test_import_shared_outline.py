"""Every reading of a document reads one outline (kept per text, as the document tree
is): no shape may change it, or the next reading would read another document."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.importers import structure
from confnotes.importers.shapes import understand

CORPUS = Path(__file__).resolve().parent.parent / "data" / "importers" / "corpus33"
DOCS = sorted(p for p in CORPUS.glob("*.md") if not p.name.endswith(".expected.yaml"))


def _state(outline: structure.Outline) -> str:
    return repr((outline.lines, outline.front, outline.front_last, outline.root, outline.plain))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_no_shape_changes_the_outline_it_reads(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    outline = structure.read(text)
    before = _state(outline)
    best = understand(outline, str(path), "outline")
    for shape in [*best.scores, "single"]:
        understand(outline, str(path), "outline", force=shape)
    assert _state(outline) == before
    assert structure.read(text) is outline  # the next reading gets the same outline
