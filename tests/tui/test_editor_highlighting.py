"""Markdown highlighting in the note editor: on for ordinary notes, off (and said so) for
huge ones, and a plain editor that still works when tree-sitter is not installed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from confnotes.notebook.notebook import Notebook
from confnotes.tui.widgets.editor import markdown_highlighting_available
from tests.tui.helpers import CALIBRATION, app_for, wait_for

needs_tree_sitter = pytest.mark.skipif(
    not markdown_highlighting_available(), reason="tree-sitter-markdown is not installed"
)


def set_body(root: Path, talk_id: str, body: str) -> None:
    nb = Notebook.open(root)
    talk = nb.talks[talk_id]
    talk.body = body
    nb.save_talk(talk)


def line_colours(app, row: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The foreground colours drawn on one row of the note body."""
    area = app.main.editor.text_area
    strip = area.render_line(row - area.scroll_offset.y)
    return {str(seg.style.color) for seg in strip if seg.text.strip() and seg.style}


@needs_tree_sitter
async def test_a_heading_is_drawn_in_another_colour_than_body_text(demo: Path) -> None:
    set_body(demo, CALIBRATION, "# Takeaways\n\nplain words here\n")
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        editor = app.main.editor
        assert editor.highlighting
        assert line_colours(app, 0) != line_colours(app, 2)
        assert "plain text" not in str(editor.query_one("#editor-status").render())


@needs_tree_sitter
async def test_a_huge_note_is_plain_and_the_status_line_says_why(demo: Path) -> None:
    set_body(demo, CALIBRATION, "# Big\n\n" + "- words and more words\n" * 2000)
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.editor.highlight_limit = 10_000
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        editor = app.main.editor
        assert not editor.highlighting
        status = str(editor.query_one("#editor-status").render())
        assert "no highlighting for notes over 10 KB" in status
        await pilot.press(*"typed")
        assert editor.text.endswith("typed")  # still an editor, plain


@needs_tree_sitter
async def test_typing_a_note_past_the_limit_turns_highlighting_off_keeping_the_cursor(
    demo: Path,
) -> None:
    set_body(demo, CALIBRATION, "# Short\n" + "x" * 90 + "\n")
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        editor = app.main.editor
        editor.highlight_limit = 100
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        assert editor.highlighting
        await pilot.press(*"abcdef")
        await pilot.pause()
        assert not editor.highlighting
        await pilot.press(*"gh")
        assert editor.text.endswith("\nabcdefgh")  # the cursor stayed where typing was
        assert "no highlighting" in str(editor.query_one("#editor-status").render())
        await wait_for(pilot, lambda: editor.state == "clean")


def test_without_tree_sitter_the_editor_is_plain_and_still_saves(demo: Path) -> None:
    """Run the app in a fresh interpreter where ``import tree_sitter`` fails."""
    script = textwrap.dedent(
        f"""
        import asyncio, sys
        sys.modules["tree_sitter"] = None  # any import of it now raises ImportError
        from tests.tui.helpers import app_for, wait_for

        async def main():
            app = app_for({str(demo)!r})
            async with app.run_test(size=(100, 30)) as pilot:
                app.main.open_talk({CALIBRATION!r})
                await pilot.pause()
                editor = app.main.editor
                assert not editor.markdown_available and not editor.highlighting
                await pilot.press(*"plain1")
                await wait_for(pilot, lambda: editor.state == "clean")
            print("OK")

        asyncio.run(main())
        """
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip().endswith("OK"), result.stderr[-2000:]
    assert "plain1" in (demo / f"{CALIBRATION}.md").read_text(encoding="utf-8")
