"""Exports link each timestamped bullet into the talk's recording at that moment."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.cli import main

CALIBRATION = Path("relml-2025/calibration-is-not-enough.md")  # 09:15-10:00 in the demo


def _with_youtube_and_bullet(demo: Path) -> None:
    note = demo / CALIBRATION
    text = note.read_text(encoding="utf-8")
    text = text.replace(
        "https://example.org/relml-2025/video/okafor", "https://www.youtube.com/watch?v=a1B2c3D4e5F"
    )
    note.write_text(text + "\n- [09:27] the moment worth rewatching\n", encoding="utf-8")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_bullet_at_0927_in_a_talk_from_0915_opens_the_video_at_720s(
    demo: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_youtube_and_bullet(demo)
    before = (demo / CALIBRATION).read_bytes()
    assert main(["--notebook", str(demo), "export", "--format", fmt]) == 0
    out = capsys.readouterr().out
    wanted = "https://www.youtube.com/watch?v=a1B2c3D4e5F&t=720"
    assert (wanted if fmt == "md" else wanted.replace("&", "&amp;")) in out
    assert (demo / CALIBRATION).read_bytes() == before  # the note itself is not rewritten


def test_a_player_without_a_known_form_gets_the_media_fragment(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The demo's own video link (example.org) and its "- [09:48]" bullet: 33 minutes in.
    assert main(["--notebook", str(demo), "export", "--format", "md"]) == 0
    assert "https://example.org/relml-2025/video/okafor#t=1980" in capsys.readouterr().out
