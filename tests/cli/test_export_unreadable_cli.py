"""A note whose front matter cannot be read is exported as its text, and said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.model import Talk
from confnotes.tui.widgets.talk_header import header_text

BROKEN = "---\ntitle: Broken: yaml: here\nstart: [unclosed\n---\nmy words\n"


def test_the_export_warns_with_file_and_line_and_keeps_the_text_as_written(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (demo / "relml-2025" / "broken.md").write_text(BROKEN, encoding="utf-8")
    assert main(["--notebook", str(demo), "export", "--format", "md"]) == 0
    captured = capsys.readouterr()
    assert "relml-2025/broken.md:2: error: invalid YAML" in captured.err
    assert "exported as text" in captured.err
    assert "#### title: Broken" not in captured.out  # not read as a Markdown heading
    assert "```\n" + BROKEN + "```" in captured.out


def test_the_app_header_says_the_front_matter_cannot_be_read() -> None:
    talk = Talk(id="c/broken", conference="c", title="broken", body=BROKEN)
    talk.extra["_unreadable"] = True
    assert "front matter cannot be read" in str(header_text(talk, None, [], None))
