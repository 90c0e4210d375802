"""Attached PDFs are read page by page in a bounded child; a bad one is skipped, named."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from confnotes.knowledge import pdf_text
from confnotes.knowledge.pdf_text import read_pdfs
from tests.pdfs import bomb, deep_nesting, pdf


@pytest.fixture(autouse=True)
def _fresh_reader():
    """Each test starts its own reading child (a warm one keeps the bounds it began with)."""
    pdf_text._READER.close()
    yield
    pdf_text._READER.close()


def test_each_page_is_read_and_remembered(tmp_path: Path) -> None:
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf(["first slide", "the zanzibar result", "thanks"]))
    cache = tmp_path / "cache"
    text = read_pdfs([deck], cache)[deck]
    assert [p.strip() for p in text.pages] == ["first slide", "the zanzibar result", "thanks"]
    assert not text.skipped
    assert list(cache.iterdir())  # remembered: the next read does not start a child
    assert read_pdfs([deck], cache)[deck].pages == text.pages


def test_broken_image_only_and_hostile_files_are_skipped_with_a_reason(tmp_path: Path) -> None:
    files = {
        "garbage.pdf": b"%PDF-1.4\nthis is not a pdf at all\n",
        "empty.pdf": pdf([], streams=[b"q 10 0 0 10 0 0 cm Q"]),
        "nested.pdf": deep_nesting(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    found = read_pdfs([tmp_path / name for name in files], None)
    assert "not a readable PDF" in found[tmp_path / "garbage.pdf"].skipped
    assert "no text layer" in found[tmp_path / "empty.pdf"].skipped
    nested = found[tmp_path / "nested.pdf"]
    assert nested.skipped or "nested" in nested.text  # read or skipped, never a crash


def test_a_decompression_bomb_ends_within_its_bounds(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pdf_text, "SECONDS_PER_FILE", 5.0)
    monkeypatch.setattr(pdf_text, "CHILD_MEMORY_BYTES", 400_000_000)
    (tmp_path / "bomb.pdf").write_bytes(bomb(600))
    (tmp_path / "fine.pdf").write_bytes(pdf(["after the bomb"]))
    started = time.monotonic()
    found = read_pdfs([tmp_path / "bomb.pdf", tmp_path / "fine.pdf"], None)
    assert time.monotonic() - started < 30
    assert found[tmp_path / "bomb.pdf"].skipped or not found[tmp_path / "bomb.pdf"].text.strip()
    assert "after the bomb" in found[tmp_path / "fine.pdf"].text  # the next file still read


def test_the_reading_child_is_kept_warm_and_replaced_when_it_dies(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(pdf(["a"]))
    (tmp_path / "b.pdf").write_bytes(pdf(["b"]))
    read_pdfs([tmp_path / "a.pdf"], None)
    child = pdf_text._READER._child
    assert child is not None and child.poll() is None
    read_pdfs([tmp_path / "b.pdf"], None)
    assert pdf_text._READER._child is child  # the same process read the second file
    child.kill()
    child.wait()
    assert read_pdfs([tmp_path / "a.pdf"], None)[tmp_path / "a.pdf"].text.strip() == "a"


def test_a_file_that_passes_its_deadline_is_skipped_and_the_rest_go_on(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(pdf_text, "SECONDS_PER_FILE", 0.0001)
    (tmp_path / "a.pdf").write_bytes(pdf(["a"]))
    found = read_pdfs([tmp_path / "a.pdf"], None)
    assert "longer than" in found[tmp_path / "a.pdf"].skipped
