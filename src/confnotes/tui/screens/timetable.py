"""The timetable: one day of a conference as a grid of rooms and time, with "now" marked.

Parallel sessions sit side by side, the current time (by the conference's
own clock) is a red line, starred talks stand out, and the arrow keys walk
from talk to talk. Enter opens the highlighted talk's note
(:class:`~confnotes.tui.messages.OpenTalk`). The clock is injectable, so
tests and ``--at`` can pin it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import ClassVar, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static

from confnotes.model import Conference, Talk
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.clashes import CLASH_MARK, starred_clashes
from confnotes.schedule.day_grid import (
    DayGrid,
    Placements,
    build_day_grid,
    days_of,
    spread_over_session,
)
from confnotes.schedule.now import slot_of
from confnotes.schedule.update_marks import change_of, is_cancelled
from confnotes.tui.messages import OpenTalk
from confnotes.tui.widgets.timetable_grid import TimetableGrid

Clock = Callable[[], datetime]
"""Returns the current time: aware (converted to the conference's zone) or naive (local to it)."""


class ConferenceClock(Protocol):
    """A clock that knows each conference's wall-clock time (``confnotes.schedule.now.Clock``)."""

    def local(self, conf: Conference | None) -> datetime:
        """Naive wall-clock time now in the conference's timezone."""
        ...


def conference_now(conference: Conference, now: datetime) -> datetime:
    """A moment as naive wall-clock time in the conference's timezone.

    An aware datetime is converted; a naive one is taken as the conference's
    own local time already (as ``--at`` gives it).
    """
    if now.tzinfo is None:
        return now.replace(second=0, microsecond=0)
    zone = None
    if conference.timezone:
        try:
            zone = ZoneInfo(conference.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
    local = now.astimezone(zone) if zone else now.astimezone()
    return local.replace(tzinfo=None, second=0, microsecond=0)


def _system_clock() -> datetime:
    return datetime.now(UTC)


def pick_conference(notebook: Notebook, now: datetime | None = None) -> str | None:
    """The conference to show when none is named: one running today, else the latest one."""
    now = now or _system_clock()
    ordered = [c for c in notebook.sorted_conferences() if notebook.talks_of(c.id)]
    for conf in ordered:
        today = conference_now(conf, now).date()
        if any(t.start and t.start.date() == today for t in notebook.talks_of(conf.id)):
            return conf.id
    if ordered:
        return ordered[0].id
    conferences = notebook.sorted_conferences()
    return conferences[0].id if conferences else None


def placements_for(notebook: Notebook, talks: list[Talk]) -> Placements:
    """Where talks without their own time or room go: their session's slot and room.

    Several untimed talks of one session share its slot one after the other.
    """
    placements: Placements = {}
    untimed: dict[tuple[str | None, datetime, datetime, str], list[Talk]] = {}
    for talk in talks:
        if talk.start is not None and talk.room:
            continue
        slot = slot_of(notebook, talk)
        if slot is None:
            continue
        if talk.start is None:
            untimed.setdefault((talk.session, slot.start, slot.end, slot.room), []).append(talk)
        else:
            placements.update(spread_over_session([talk], slot.start, slot.end, slot.room))
    for (_session, start, end, room), members in untimed.items():
        placements.update(spread_over_session(members, start, end, room))
    return placements


class TimetableScreen(Screen[None]):
    """A day of one conference: rooms as columns, time as rows."""

    DEFAULT_CSS = """
    TimetableScreen {
        layout: vertical;
    }
    TimetableScreen #timetable-title {
        height: auto;
        padding: 0 1;
        background: $boost;
    }
    TimetableScreen #timetable-detail {
        height: 2;
        padding: 0 1;
        background: $boost;
    }
    """
    """Title above the grid, details of the highlighted talk below it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="timetable.close", tooltip="Leave the timetable"),
        Binding(
            "left_square_bracket,p",
            "day(-1)",
            "Prev day",
            id="timetable.previous_day",
            tooltip="Show the previous day of the conference",
        ),
        Binding(
            "right_square_bracket,n",
            "day(1)",
            "Next day",
            id="timetable.next_day",
            tooltip="Show the next day of the conference",
        ),
        Binding(
            "t",
            "now",
            "Now",
            id="timetable.now",
            tooltip="Jump to the talk in progress (by the conference's clock)",
        ),
        # The same ids as the main screen's: one remap in the config file moves both.
        Binding(
            "ctrl+d,ctrl+b",
            "star",
            "Star",
            id="star",
            tooltip="Star / unstar the highlighted talk (your schedule)",
        ),
        Binding(
            "f8",
            "attended",
            "Attended",
            id="attended",
            tooltip="Mark the highlighted talk attended / not",
        ),
    ]
    """Keys of the timetable (ids can be remapped in the config file; ``star`` and
    ``attended`` are shared with the main screen, so a remap moves both)."""

    REFRESH_SECONDS = 30.0
    """How often the current-time line moves."""

    def __init__(
        self,
        notebook: Notebook,
        conference_id: str | None = None,
        day: date | None = None,
        *,
        now: datetime | Clock | ConferenceClock | None = None,
        minutes_per_row: int = 10,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        """Create the screen.

        Args:
            notebook: The notebook holding the conference.
            conference_id: Which conference to show (default: one running today, else the
                most recent one).
            day: The day to show first (default: today if the conference runs today, else
                its first day).
            now: A fixed time, a clock function, or a clock with a ``local(conference)``
                method such as the app's ``--at`` clock (default: the system clock).
            minutes_per_row: Minutes one row of the grid stands for.
            name: Textual name of the screen.
            id: Textual id of the screen.
        """
        super().__init__(name=name, id=id)
        self.notebook = notebook
        """The notebook."""
        self._conference_clock: ConferenceClock | None = None
        if now is None:
            self._clock: Clock = _system_clock
        elif isinstance(now, datetime):
            fixed = now
            self._clock = lambda: fixed
        elif hasattr(now, "local"):
            self._conference_clock = now
            self._clock = _system_clock
        else:
            self._clock = now  # type: ignore[assignment]
        if conference_id is None:
            first = self._conference_clock.local(None) if self._conference_clock else None
            conference_id = pick_conference(notebook, first or self._clock())
        self.conference: Conference = (
            notebook.conference(conference_id)
            if conference_id is not None
            else Conference(id="", name="No conference in this notebook yet")
        )
        """The conference shown."""
        self.minutes_per_row = minutes_per_row
        """Minutes per row."""
        self.talks: list[Talk] = notebook.talks_of(self.conference.id) if conference_id else []
        """The conference's talks."""
        self.placements: Placements = placements_for(notebook, self.talks)
        """Session slots lent to talks without their own time or room."""
        self.days: list[date] = days_of(self.talks, self.placements)
        """Days with timed talks."""
        today = self.local_now().date()
        if day is None:
            day = today if today in self.days else (self.days[0] if self.days else today)
        self.day = day
        """The day on screen."""
        self.untimed = sum(1 for t in self.talks if t.start is None and t.id not in self.placements)
        """How many talks have no time (and so no place on the grid)."""

    def local_now(self) -> datetime:
        """The clock's time in the conference's timezone (naive)."""
        if self._conference_clock is not None:
            return self._conference_clock.local(self.conference)
        return conference_now(self.conference, self._clock())

    def _speakers(self) -> dict[str, str]:
        names = {}
        for talk in self.talks:
            if talk.speakers:
                names[talk.id] = ", ".join(p.name for p in self.notebook.speakers_of(talk))
        return names

    def _grid(self) -> DayGrid:
        return build_day_grid(
            self.talks, self.day, self.minutes_per_row, placements=self.placements
        )

    def _now_for_grid(self) -> datetime | None:
        now = self.local_now()
        return now if now.date() == self.day else None

    def compose(self) -> ComposeResult:
        """Title, grid, detail line, footer."""
        yield Static(id="timetable-title")
        yield TimetableGrid(
            self._grid(),
            now=self._now_for_grid(),
            speakers=self._speakers(),
            clashing=starred_clashes(self.notebook, self.conference.id) if self.talks else {},
            id="timetable-grid",
        )
        yield Static(id="timetable-detail")
        yield Footer()

    def on_mount(self) -> None:
        """Put the cursor on the talk in progress (or the next one), start the clock."""
        self._update_title()
        grid = self.query_one(TimetableGrid)
        grid.focus()
        grid.cursor = self._initial_cursor(grid.grid)
        self.set_interval(self.REFRESH_SECONDS, self._tick)

    def _initial_cursor(self, grid: DayGrid) -> int | None:
        if not grid.blocks:
            return None
        now = self._now_for_grid()
        if now is not None:
            running = [
                i for i, b in enumerate(grid.blocks) if b.start and b.end and b.start <= now < b.end
            ]
            if running:
                return min(running, key=lambda i: (not grid.blocks[i].talk.starred, i))
            upcoming = [i for i, b in enumerate(grid.blocks) if b.start and b.start >= now]
            if upcoming:
                return min(upcoming, key=lambda i: (grid.blocks[i].start, i))
        return min(range(len(grid.blocks)), key=lambda i: (grid.blocks[i].start_row, i))

    def _tick(self) -> None:
        self.query_one(TimetableGrid).set_now(self._now_for_grid())

    def _update_title(self) -> None:
        conf = self.conference
        title = Text(conf.name, style="bold")
        if self.days and self.day in self.days:
            position = f"day {self.days.index(self.day) + 1} of {len(self.days)}"
        else:
            position = "no talks this day"
        title.append(f"  {self.day:%a %d %b %Y} · {position}")
        title.append(f" · times in {conf.timezone or 'local time'}", style="dim")
        if self.untimed:
            title.append(f" · {self.untimed} talks without a time are not shown", style="dim")
        self.query_one("#timetable-title", Static).update(title)

    @on(TimetableGrid.Highlighted)
    def _show_detail(self, event: TimetableGrid.Highlighted) -> None:
        detail = self.query_one("#timetable-detail", Static)
        talk = event.talk
        if talk is None:
            detail.update(Text("No talks on this day.", style="dim"))
            return
        text = Text()
        if talk.start:
            end = f"–{talk.end:%H:%M}" if talk.end else ""
            text.append(f"{talk.start:%H:%M}{end}  ")
        elif (slot := slot_of(self.notebook, talk)) is not None:
            session = self.conference.session(talk.session)
            name = f"{session.title}, " if session else ""
            text.append(f"({name}{slot.start:%H:%M}–{slot.end:%H:%M})  ", style="dim")
        text.append(talk.title, style="bold")
        if talk.starred:
            text.append("  ★ starred", style="yellow")
        if talk.attended:
            text.append("  ✓ attended", style="cyan")
        if talk.has_notes:
            text.append("  ✎ noted", style="green")
        if is_cancelled(talk):
            text.append("  ✗ cancelled", style="bold red")
        change = change_of(talk)
        if change is not None:
            text.append(f"  {change.mark} {change.describe()}", style="magenta")
        others = self.query_one(TimetableGrid).clashing.get(talk.id, [])
        if others:
            titles = [self.notebook.talks[o].title for o in others if o in self.notebook.talks]
            text.append(f"  {CLASH_MARK} clashes with {'; '.join(titles)}", style="bold red")
        people = []
        for person in self.notebook.speakers_of(talk):
            where = f" ({person.affiliations[0]})" if person.affiliations else ""
            people.append(person.name + where)
        line2 = " · ".join(x for x in (talk.room, talk.kind, ", ".join(people)) if x)
        text.append("\n" + line2, style="dim")
        detail.update(text)

    @on(TimetableGrid.Picked)
    def _picked(self, event: TimetableGrid.Picked) -> None:
        event.stop()
        self.post_message(OpenTalk(event.talk.id))

    def action_day(self, step: int) -> None:
        """Show the previous or next day that has talks."""
        if not self.days:
            return
        if self.day in self.days:
            index = self.days.index(self.day) + step
        else:
            index = 0 if step > 0 else len(self.days) - 1
        if not 0 <= index < len(self.days):
            self.notify("No more days in this conference.", timeout=2)
            return
        self.day = self.days[index]
        self._show_day()

    def _show_day(self, talk_id: str | None = None) -> None:
        grid_widget = self.query_one(TimetableGrid)
        grid = self._grid()
        grid_widget.set_grid(grid, self._now_for_grid())
        grid_widget.scroll_to(0, 0, animate=False, immediate=True)
        if talk_id is None or not grid_widget.select_talk(talk_id):
            grid_widget.cursor = self._initial_cursor(grid)
        self._update_title()

    def action_now(self) -> None:
        """Go to today's talk in progress (or say that the conference is not on today)."""
        today = self.local_now().date()
        if today not in self.days:
            self.notify(f"{self.conference.name} has no talks on {today:%a %d %b %Y}.", timeout=3)
            return
        self.day = today
        self._show_day()

    def _toggle(self, field: str) -> None:
        block = self.query_one(TimetableGrid).current
        if block is None:
            self.notify("No talk highlighted", timeout=2)
            return
        toggle = getattr(self.app, "toggle_talk_flag", None)
        if toggle is None:
            self.notify("Starring needs the confnotes app", severity="warning")
            return
        toggle(block.talk.id, field)

    def action_star(self) -> None:
        """Star or unstar the highlighted talk (saved by the app, like the editor's key)."""
        self._toggle("starred")

    def action_attended(self) -> None:
        """Mark the highlighted talk attended or not."""
        self._toggle("attended")

    def talk_flag_changed(self, talk_id: str) -> None:
        """A talk's star or attended flag was saved: redraw the grid and the detail line."""
        grid = self.query_one(TimetableGrid)
        if not any(block.talk.id == talk_id for block in grid.grid.blocks):
            return
        fresh = self.notebook.talks.get(talk_id)
        if fresh is not None:
            # The notebook swaps in a new object on a save: show that one.
            self.talks = [fresh if t.id == talk_id else t for t in self.talks]
            for block in grid.grid.blocks:
                if block.talk.id == talk_id:
                    block.talk = fresh
        clashing = starred_clashes(self.notebook, self.conference.id)
        grid.set_grid(grid.grid, grid.now, cursor=grid.cursor, clashing=clashing)
        current = grid.current
        self._show_detail(TimetableGrid.Highlighted(grid, current.talk if current else None))

    def action_close(self) -> None:
        """Leave the timetable."""
        self.dismiss(None)
