"""The note editor redraws only the rows a key changed, and every row it keeps is the row
Textual would draw now: after typing, Enter, deleting, selecting, moving the cursor,
scrolling, highlighting turned on or off and focus moving away."""

from __future__ import annotations

import random

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Input

from confnotes.tui.widgets.editor import markdown_highlighting_available
from confnotes.tui.widgets.note_area import NoteArea

from .helpers import async_test

LONG = "a long line that wraps over several rows of the editor, going on about scaling " * 2
NOTE = f"""\
## Key points

- [10:42] calibration drifts after **fine-tuning**; see [the paper](https://example.org)
- {LONG}
- `code` and *emphasis*

```python
print("fenced")
```
"""


class OneArea(App[None]):
    def compose(self) -> ComposeResult:
        yield NoteArea(NOTE, soft_wrap=True, id="area")
        yield Input(id="elsewhere")


def stale_rows(area: NoteArea) -> list[int]:
    """Rows whose kept rendering differs from what Textual draws for them now."""
    return [y for y in range(area.size.height) if area.render_line(y) != area._render_line(y)]


class Terminal:
    """The area's rows as a terminal shows them: a row changes only when the widget is
    marked dirty there (what the compositor repaints)."""

    def __init__(self, area: NoteArea) -> None:
        self.area = area
        self.rows = {y: area._render_line(y) for y in range(area.size.height)}
        self.dirty: set[int] = set()
        set_dirty = area._set_dirty

        def marking(*regions: Region) -> None:
            if not regions:
                self.dirty.update(range(area.size.height))
            for region in regions:
                self.dirty.update(range(region.y, region.y + region.height))
            set_dirty(*regions)

        area._set_dirty = marking  # type: ignore[method-assign]

    def repaint(self) -> None:
        for y in self.dirty:
            if 0 <= y < self.area.size.height:
                self.rows[y] = self.area.render_line(y)
        self.dirty.clear()

    def wrong_rows(self) -> list[int]:
        """Rows the terminal shows differently from what the area holds now."""
        area = self.area
        return [y for y in range(area.size.height) if self.rows[y] != area._render_line(y)]


@async_test
async def test_kept_rows_are_always_what_textual_would_draw() -> None:
    rng = random.Random(7)
    app = OneArea()
    async with app.run_test(size=(60, 16)) as pilot:
        area = app.query_one(NoteArea)
        if markdown_highlighting_available():
            area.language = "markdown"
        area.focus()
        await pilot.pause()
        terminal = Terminal(area)
        keys = ["a", "space", "enter", "backspace", "left", "right", "up", "down", "`", "*"]
        keys += ["shift+right", "shift+down", "end", "home", "ctrl+z", "delete"]
        for step in range(80):
            action = rng.random()
            if action < 0.7:
                await pilot.press(rng.choice(keys))
            elif action < 0.8:
                area.scroll_to(y=rng.randint(0, 6), animate=False)
            elif action < 0.85:
                area.language = None if area.language else area.language
            elif action < 0.9:
                app.query_one("#elsewhere", Input).focus()
            else:
                area.focus()
            await pilot.pause()
            assert stale_rows(area) == [], f"stale rows kept after step {step}"
            terminal.repaint()
            assert terminal.wrong_rows() == [], f"rows not repainted after step {step}"


@async_test
async def test_a_key_draws_again_only_the_rows_of_the_line_it_changed() -> None:
    app = OneArea()
    async with app.run_test(size=(60, 16)) as pilot:
        area = app.query_one(NoteArea)
        area.focus()
        area.move_cursor((2, 5))
        await pilot.pause()
        drawn: list[int] = []
        original = area._render_line

        def counting(y: int):  # type: ignore[no-untyped-def]
            drawn.append(y)
            return original(y)

        area._render_line = counting  # type: ignore[method-assign]
        await pilot.press("x")
        await pilot.pause()
        assert drawn, "the changed line was drawn"
        assert len(set(drawn)) <= 2, f"rows drawn again for one key: {sorted(set(drawn))}"


@async_test
async def test_a_key_repaints_only_the_rows_of_the_line_it_changed() -> None:
    app = OneArea()
    async with app.run_test(size=(60, 16)) as pilot:
        area = app.query_one(NoteArea)
        area.focus()
        area.move_cursor((3, 5))  # in the long line, wrapped over several rows
        await pilot.pause()
        rows = len(area.wrapped_document.get_offsets(3)) + 1
        assert rows > 1
        terminal = Terminal(area)
        await pilot.press("x")
        assert len(terminal.dirty) == rows, sorted(terminal.dirty)
        terminal.repaint()
        assert terminal.wrong_rows() == []
        await pilot.press("enter")  # lines below move down: all of them
        assert len(terminal.dirty) == area.size.height


@async_test
async def test_opening_a_code_fence_repaints_the_lines_it_turns_into_code() -> None:
    assert markdown_highlighting_available()  # tree-sitter is a dependency
    app = OneArea()
    async with app.run_test(size=(60, 16)) as pilot:
        area = app.query_one(NoteArea)
        area.language = "markdown"
        area.load_text("Intro line\n\nline with *emphasis* and `code`\n- a bullet\n")
        area.focus()
        area.move_cursor((1, 0))
        await pilot.pause()
        terminal = Terminal(area)
        for key in ("`", "`", "`"):
            await pilot.press(key)
            terminal.repaint()
            assert terminal.wrong_rows() == [], f"rows not repainted after {key!r}"
