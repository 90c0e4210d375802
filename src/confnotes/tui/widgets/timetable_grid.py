"""The timetable grid: a day drawn with rooms as columns and time as rows.

A Line API widget (``ScrollView``): only the visible rows are drawn, the room
headings stay on top and the time gutter stays on the left while scrolling.
The arrow keys move a cursor from talk to talk (up/down within a room,
left/right to what runs in parallel next door); Enter posts
:class:`TimetableGrid.Picked`.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import ClassVar

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from confnotes.model import Talk
from confnotes.schedule.clashes import CLASH_MARK
from confnotes.schedule.day_grid import Block, DayGrid
from confnotes.schedule.update_marks import change_of, is_cancelled

GUTTER = 7
"""Width of the time column on the left (``▶10:42``)."""

MIN_COLUMN = 18
"""Narrowest a room column gets before the grid scrolls sideways."""


class TimetableGrid(ScrollView, can_focus=True):
    """Draws a :class:`~confnotes.schedule.day_grid.DayGrid`; moves a cursor between its talks."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timetable--header",
        "timetable--gutter",
        "timetable--hour",
        "timetable--empty",
        "timetable--talk",
        "timetable--alt",
        "timetable--break",
        "timetable--starred",
        "timetable--clash",
        "timetable--cancelled",
        "timetable--cursor",
        "timetable--now",
    }
    """Styles of the parts of the grid (set in ``DEFAULT_CSS``, overridable in ``.tcss``)."""

    DEFAULT_CSS = """
    TimetableGrid {
        height: 1fr;
        background: $surface;
    }
    TimetableGrid > .timetable--header {
        background: $panel;
        color: $text;
        text-style: bold;
    }
    TimetableGrid > .timetable--gutter {
        color: $text-muted;
    }
    TimetableGrid > .timetable--hour {
        color: $text-disabled;
    }
    TimetableGrid > .timetable--empty {
        color: $text-disabled;
    }
    TimetableGrid > .timetable--talk {
        background: $primary 30%;
        color: $text;
    }
    TimetableGrid > .timetable--alt {
        background: $primary 18%;
        color: $text;
    }
    TimetableGrid > .timetable--break {
        background: $panel;
        color: $text-muted;
    }
    TimetableGrid > .timetable--starred {
        background: $warning 25%;
        color: $text-warning;
    }
    TimetableGrid > .timetable--clash {
        background: $error 30%;
        color: $text-error;
    }
    TimetableGrid > .timetable--cancelled {
        background: $panel;
        color: $text-disabled;
        text-style: strike;
    }
    TimetableGrid > .timetable--cursor {
        background: $foreground 85%;
        color: $background;
        text-style: bold;
    }
    TimetableGrid > .timetable--now {
        color: $error;
        text-style: bold;
    }
    """
    """Default look: blocks tinted, starred ones warm, the cursor in the accent colour."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "up",
            "cursor('up')",
            "Earlier",
            show=False,
            id="timetable.up",
            tooltip="The talk before in this room",
        ),
        Binding(
            "down",
            "cursor('down')",
            "Later",
            show=False,
            id="timetable.down",
            tooltip="The talk after in this room",
        ),
        Binding(
            "left",
            "cursor('left')",
            "Room left",
            show=False,
            id="timetable.left",
            tooltip="What runs at the same time in the room to the left",
        ),
        Binding(
            "right",
            "cursor('right')",
            "Room right",
            show=False,
            id="timetable.right",
            tooltip="What runs at the same time in the room to the right",
        ),
        Binding("enter", "pick", "Open", id="timetable.open", tooltip="Open this talk's note"),
    ]
    """Cursor keys (ids can be remapped in the config file)."""

    class Picked(Message):
        """The user chose a talk (Enter, or a click on the highlighted block)."""

        def __init__(self, grid: TimetableGrid, talk: Talk) -> None:
            super().__init__()
            self.grid = grid
            """The grid the talk was picked on."""
            self.talk = talk
            """The talk picked."""

        @property
        def control(self) -> TimetableGrid:
            """The grid (so handlers can use ``@on(TimetableGrid.Picked, selector)``)."""
            return self.grid

    class Highlighted(Message):
        """The cursor moved to another talk."""

        def __init__(self, grid: TimetableGrid, talk: Talk | None) -> None:
            super().__init__()
            self.grid = grid
            """The grid whose cursor moved."""
            self.talk = talk
            """The talk now under the cursor."""

        @property
        def control(self) -> TimetableGrid:
            """The grid."""
            return self.grid

    cursor: reactive[int | None] = reactive(None, always_update=True)
    """Index into ``grid.blocks`` of the highlighted talk."""

    def __init__(
        self,
        grid: DayGrid,
        *,
        now: datetime | None = None,
        speakers: dict[str, str] | None = None,
        clashing: dict[str, list[str]] | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """Create the widget.

        Args:
            grid: The day to draw.
            now: The conference-local time to mark, or None when it is not this day.
            speakers: Speaker names by talk id, shown under titles when blocks are tall.
            clashing: Starred talks that overlap other starred talks (marked ⚠, in red).
            name: Textual name.
            id: Textual id.
            classes: CSS classes.
        """
        super().__init__(name=name, id=id, classes=classes)
        self.grid = grid
        """The day drawn."""
        self.now = now
        """Conference-local time marked with a line (None: not shown)."""
        self.speakers = speakers or {}
        """Speaker names by talk id."""
        self.clashing = clashing or {}
        """Starred talks that clash with others → the others' ids."""
        self.column_width = MIN_COLUMN
        """Width of one column, recomputed to fill the widget."""
        self._cells: dict[tuple[int, int], tuple[Block, int, int]] = {}
        self._lines_cache: dict[int, list[str]] = {}
        self._styles: dict[str, Style] = {}
        self._index_cells()

    # ------------------------------------------------------------------ data

    def set_grid(
        self,
        grid: DayGrid,
        now: datetime | None,
        cursor: int | None = None,
        speakers: dict[str, str] | None = None,
        clashing: dict[str, list[str]] | None = None,
    ) -> None:
        """Show another day (or the same day with a new clock, or new stars)."""
        self.grid = grid
        if speakers is not None:
            self.speakers = speakers
        if clashing is not None:
            self.clashing = clashing
        self.now = now
        self._index_cells()
        self._update_size()
        self.cursor = cursor if cursor is None or 0 <= cursor < len(grid.blocks) else None
        self.refresh()

    def set_now(self, now: datetime | None) -> None:
        """Move the current-time mark."""
        self.now = now
        self.refresh()

    def _index_cells(self) -> None:
        self._lines_cache.clear()
        self._cells = {}
        for index, block in enumerate(self.grid.blocks):
            for offset, row in enumerate(range(block.start_row, block.end_row)):
                self._cells[(block.column, row)] = (block, offset, index)

    @property
    def current(self) -> Block | None:
        """The highlighted block."""
        if self.cursor is None or not 0 <= self.cursor < len(self.grid.blocks):
            return None
        return self.grid.blocks[self.cursor]

    def select_talk(self, talk_id: str) -> bool:
        """Put the cursor on a talk; False when it is not on this day."""
        for index, block in enumerate(self.grid.blocks):
            if block.talk.id == talk_id:
                self.cursor = index
                return True
        return False

    # ------------------------------------------------------------------ sizing

    def on_resize(self, event: events.Resize) -> None:
        """Fit the columns to the new width."""
        self._update_size()

    def on_mount(self) -> None:
        """Size the virtual canvas."""
        self._update_size()

    def notify_style_update(self) -> None:
        """Theme or CSS changed: forget the cached styles."""
        self._styles = {}
        super().notify_style_update()

    def _update_size(self) -> None:
        columns = max(1, len(self.grid.columns))
        available = max(0, self.scrollable_content_region.width - GUTTER)
        width = max(MIN_COLUMN, available // columns)
        if width != self.column_width:
            self._lines_cache.clear()
        self.column_width = width
        self.virtual_size = Size(GUTTER + self.column_width * columns, self.grid.rows + 1)

    # ------------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        """Row ``y`` of the widget: the fixed heading row, or a time row of the grid."""
        width = self.scrollable_content_region.width
        scroll_x, scroll_y = self.scroll_offset
        if y == 0:
            gutter, body = self._header_line()
        else:
            row = scroll_y + y - 1
            if row >= self.grid.rows:
                return Strip.blank(width, self._base_style())
            gutter, body = self._row_line(row)
        body_width = max(0, width - GUTTER)
        base = self._base_style()
        body = body.crop_extend(scroll_x, scroll_x + body_width, base)
        return Strip.join([gutter, body]).crop_extend(0, width, base)

    def _base_style(self) -> Style:
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def _style(self, name: str, bold: bool = False) -> Style:
        key = f"{name}!" if bold else name
        style = self._styles.get(key)
        if style is None:
            style = self.get_component_rich_style(f"timetable--{name}")
            if bold:
                style = style + Style(bold=True)
            self._styles[key] = style
        return style

    def _header_line(self) -> tuple[Strip, Strip]:
        header = self._style("header")
        gutter = Strip([Segment(" " * GUTTER, header)], GUTTER)
        segments = [
            Segment(set_cell_size(" " + column.heading, self.column_width), header)
            for column in self.grid.columns
        ]
        return gutter, Strip(segments, self.column_width * len(self.grid.columns))

    def _row_line(self, row: int) -> tuple[Strip, Strip]:
        grid = self.grid
        now_row = grid.row_of(self.now) if self.now is not None else None
        at = grid.time_of(row)
        on_hour = at.minute == 0
        if row == now_row and self.now is not None:
            label = f"▶{self.now:%H:%M}"
            gutter_style = self._style("now")
        elif on_hour or (at.minute == 30 and grid.minutes_per_row <= 15):
            label = f" {at:%H:%M}"
            gutter_style = self._style("gutter")
        else:
            label = ""
            gutter_style = self._style("gutter")
        gutter = Strip([Segment(set_cell_size(label, GUTTER), gutter_style)], GUTTER)
        segments: list[Segment] = []
        for column in range(len(grid.columns)):
            cell = self._cells.get((column, row))
            if cell is None:
                segments.append(self._empty_cell(row == now_row, on_hour))
            else:
                segments.append(self._block_cell(*cell, now=row == now_row))
        return gutter, Strip(segments, self.column_width * len(grid.columns))

    def _empty_cell(self, is_now: bool, on_hour: bool) -> Segment:
        width = self.column_width
        if is_now:
            return Segment("─" * width, self._style("now"))
        if on_hour:
            return Segment("┈" * (width - 1) + " ", self._style("hour"))
        return Segment(" " * width, self._style("empty"))

    def _block_lines(self, block: Block) -> list[str]:
        talk = block.talk
        inner = self.column_width - 2
        change = change_of(talk)
        marks = (
            ("★" if talk.starred else "")
            + ("✓" if talk.attended else "")
            + ("✎" if talk.has_notes else "")
            + (CLASH_MARK if talk.id in self.clashing else "")
            + (change.mark if change else "")
        )
        start = f"{talk.start:%H:%M}" if talk.start else ""
        head = f"{start} {marks + ' ' if marks else ''}{talk.title}"
        if block.rows == 1:
            return [head]
        lines = textwrap.wrap(head, inner, max_lines=max(1, block.rows - 1), placeholder="…")
        people = self.speakers.get(talk.id)
        if people:
            lines.append(people)
        return lines or [head]

    def _block_cell(self, block: Block, offset: int, index: int, now: bool) -> Segment:
        talk = block.talk
        if index == self.cursor:
            name = "cursor"
        elif is_cancelled(talk):
            name = "cancelled"
        elif talk.id in self.clashing:
            name = "clash"
        elif talk.starred:
            name = "starred"
        elif talk.kind in ("break", "social"):
            name = "break"
        else:
            name = "talk" if block.start_row % 2 == 0 else "alt"
        style = self._style(name, bold=offset == 0)
        lines = self._lines_cache.get(index)
        if lines is None:
            lines = self._lines_cache[index] = self._block_lines(block)
        text = lines[offset] if offset < len(lines) else ""
        edge = "▶" if now and offset == 0 else ("┃" if now else "▏")
        return Segment(set_cell_size(edge + text, self.column_width - 1) + " ", style)

    # ------------------------------------------------------------------ cursor

    def watch_cursor(self, old: int | None, new: int | None) -> None:
        """Redraw, bring the talk into view and tell the screen."""
        self.refresh()
        block = self.current
        if block is not None:
            self._scroll_to_block(block)
        self.post_message(self.Highlighted(self, block.talk if block else None))

    def _scroll_to_block(self, block: Block) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        width = max(1, self.scrollable_content_region.width - GUTTER)
        scroll_x, scroll_y = self.scroll_offset
        top, bottom = block.start_row, min(block.end_row, block.start_row + height)
        if top < scroll_y:
            scroll_y = top
        elif bottom > scroll_y + height:
            scroll_y = bottom - height
        left = block.column * self.column_width
        if left < scroll_x:
            scroll_x = left
        elif left + self.column_width > scroll_x + width:
            scroll_x = left + self.column_width - width
        self.scroll_to(scroll_x, scroll_y, animate=False, immediate=True)

    def action_cursor(self, direction: str) -> None:
        """Move to the neighbouring talk in a direction."""
        blocks = self.grid.blocks
        if not blocks:
            return
        current = self.current
        if current is None:
            self.cursor = 0
            return
        if direction in ("up", "down"):
            column = self.grid.blocks_in(current.column)
            at = column.index(current)
            step = -1 if direction == "up" else 1
            if 0 <= at + step < len(column):
                self.cursor = blocks.index(column[at + step])
            return
        step = -1 if direction == "left" else 1
        column_index = current.column + step
        while 0 <= column_index < len(self.grid.columns):
            candidates = self.grid.blocks_in(column_index)
            if candidates:
                self.cursor = blocks.index(_nearest(candidates, current))
                return
            column_index += step

    def action_pick(self) -> None:
        """Open the highlighted talk."""
        block = self.current
        if block is not None:
            self.post_message(self.Picked(self, block.talk))

    def on_click(self, event: events.Click) -> None:
        """A click highlights a talk; a click on the highlighted one opens it."""
        if event.y == 0 or event.x < GUTTER:
            return
        scroll_x, scroll_y = self.scroll_offset
        column = (event.x - GUTTER + scroll_x) // self.column_width
        row = event.y - 1 + scroll_y
        cell = self._cells.get((column, row))
        if cell is None:
            return
        index = cell[2]
        if index == self.cursor:
            self.action_pick()
        else:
            self.cursor = index


def _nearest(candidates: list[Block], to: Block) -> Block:
    """The block overlapping ``to`` the most, else the one starting closest to it."""

    def overlap(block: Block) -> int:
        return min(block.end_row, to.end_row) - max(block.start_row, to.start_row)

    return max(candidates, key=lambda b: (overlap(b), -abs(b.start_row - to.start_row)))
