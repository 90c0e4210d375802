"""Attached PDFs: exports list them with their talk; check names those it cannot search."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.cli import main
from tests.pdfs import pdf

CALIBRATION = Path("relml-2025/calibration-is-not-enough.md")
SLIDES = "0123456789ab-okafor-slides.pdf"
BROKEN = "ba9876543210-broken.pdf"


def _attach(demo: Path, name: str, data: bytes) -> None:
    (demo / "attachments").mkdir(exist_ok=True)
    (demo / "attachments" / name).write_bytes(data)
    note = demo / CALIBRATION
    link = f"\nSee [{name}](../attachments/{name})\n"
    note.write_text(note.read_text(encoding="utf-8") + link, encoding="utf-8")


def test_the_summary_lists_the_attached_pdf(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _attach(demo, SLIDES, pdf(["one", "two"]))
    assert main(["--notebook", str(demo), "export", "--format", "md"]) == 0
    assert f"Attached: [okafor-slides.pdf](attachments/{SLIDES})" in capsys.readouterr().out


def test_check_names_a_pdf_it_cannot_search(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _attach(demo, BROKEN, b"%PDF-1.4\nnot really\n")
    assert main(["--notebook", str(demo), "check"]) == 0  # a warning, not an error
    err = capsys.readouterr().err
    assert f"attachments/{BROKEN} is not searched: not a readable PDF" in err
    assert str(CALIBRATION) in err


def test_a_word_only_in_an_attached_pdf_is_found_naming_talk_and_page(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _attach(demo, SLIDES, pdf(["intro", "the zanzibarword result", "thanks"]))
    assert main(["--notebook", str(demo), "search", "zanzibarword"]) == 0
    out = capsys.readouterr().out
    assert "relml-2025/calibration-is-not-enough" in out
    assert "okafor-slides.pdf p. 2: the **zanzibarword** result" in out
    # The note's own words still rank the note: its text is not diluted by the slides.
    assert main(["--notebook", str(demo), "search", "abstention", "--json"]) == 0
    assert '"talk": "relml-2025/calibration-is-not-enough"' in capsys.readouterr().out


def test_a_pdf_linked_later_is_found_after_the_edit(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--notebook", str(demo), "reindex"]) == 0
    capsys.readouterr()
    _attach(demo, SLIDES, pdf(["a late okapiword slide"]))
    assert main(["--notebook", str(demo), "search", "okapiword"]) == 0
    assert "okafor-slides.pdf p. 1" in capsys.readouterr().out
