"""The timetable: a day as rooms × time, now marked, arrows walk between talks, Enter opens."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from textual.widgets import Static

from confnotes.notebook.notebook import Notebook
from confnotes.tui.messages import OpenTalk
from confnotes.tui.screens.timetable import TimetableScreen, conference_now
from confnotes.tui.widgets.timetable_grid import TimetableGrid

from .helpers import HostApp, async_test, build_notebook

AT = datetime(2024, 2, 3, 10, 12)


def _current(app: HostApp) -> str:
    block = app.screen.query_one(TimetableGrid).current
    return block.talk.title if block else ""


@async_test
async def test_starts_on_talk_in_progress_and_walks_rooms(demo: Path) -> None:
    nb = build_notebook(demo)
    app = HostApp(lambda: TimetableScreen(nb, "tosc-2024", now=AT), nb)
    async with app.run_test(size=(100, 30)) as pilot:
        # three talks run at 10:12; the starred one in the first room is picked
        assert _current(app) == "Robust trees in production"
        detail = str(app.screen.query_one("#timetable-detail", Static).render())
        assert "09:30–10:15" in detail and "João Pereira (INESC TEC)" in detail
        await pilot.press("right")
        assert _current(app) == "Packaging Python apps"
        await pilot.press("down")
        assert _current(app) == "Terminal UIs that never freeze"
        await pilot.press("down")  # last in the room: stays
        assert _current(app) == "Terminal UIs that never freeze"
        await pilot.press("right")
        assert _current(app) == "Lightning talks"
        await pilot.press("right", "right")
        assert _current(app) == "Lunch"
        await pilot.press("left", "up", "up")
        assert _current(app) == "Lightning talks"
        await pilot.press("enter")
        await pilot.pause()
    assert [m.talk_id for m in app.messages if isinstance(m, OpenTalk)] == [
        "tosc-2024/lightning-talks"
    ]


@async_test
async def test_days_and_now_key(demo: Path) -> None:
    nb = build_notebook(demo)
    app = HostApp(lambda: TimetableScreen(nb, "tosc-2024", now=AT), nb)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await pilot.press("]")
        assert screen.day == date(2024, 2, 4)
        assert _current(app) == "Day two keynote"
        title = str(screen.query_one("#timetable-title", Static).render())
        assert "day 2 of 2" in title and "Europe/Brussels" in title
        assert screen.query_one(TimetableGrid).now is None  # not today: no line
        await pilot.press("]")  # no day 3
        assert screen.day == date(2024, 2, 4)
        await pilot.press("t")
        assert screen.day == date(2024, 2, 3)
        assert screen.query_one(TimetableGrid).now == AT
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, TimetableScreen)


@async_test
async def test_clock_outside_conference_opens_first_day(demo: Path) -> None:
    nb = Notebook.open(demo)
    ticks = iter([datetime(2030, 1, 1, 9, tzinfo=UTC)] * 10)
    app = HostApp(lambda: TimetableScreen(nb, "relml-2025", now=lambda: next(ticks)), nb)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.screen.day == date(2025, 6, 12)
        assert _current(app) == "Opening remarks"
        await pilot.press("t")  # not on today: a notice, nothing moves
        assert app.screen.day == date(2025, 6, 12)


@async_test
async def test_click_highlights_then_opens(demo: Path) -> None:
    nb = build_notebook(demo)
    app = HostApp(lambda: TimetableScreen(nb, "tosc-2024", now=AT), nb)
    async with app.run_test(size=(100, 30)) as pilot:
        grid = app.screen.query_one(TimetableGrid)
        # row of 09:00 is the first under the heading; column 0 starts after the gutter
        await pilot.click(TimetableGrid, offset=(10, 1))
        assert _current(app) == "Welcome to TOSC"
        await pilot.click(TimetableGrid, offset=(10, 1))
        await pilot.pause()
        assert grid.column_width >= 18
    assert [m.talk_id for m in app.messages if isinstance(m, OpenTalk)] == [
        "tosc-2024/welcome-to-tosc"
    ]


def test_conference_clock_conversion(demo: Path) -> None:
    conf = Notebook.open(demo).conference("relml-2025")  # Europe/Lisbon, UTC+1 in June
    aware = datetime(2025, 6, 12, 9, 30, 45, tzinfo=UTC)
    assert conference_now(conf, aware) == datetime(2025, 6, 12, 10, 30)
    assert conference_now(conf, datetime(2025, 6, 12, 9, 30)) == datetime(2025, 6, 12, 9, 30)


class _FakeConferenceClock:
    """Stands for confnotes.schedule.now.Clock pinned with --at."""

    def __init__(self, at: datetime) -> None:
        self.at = at
        self.asked: list[str | None] = []

    def local(self, conf) -> datetime:
        self.asked.append(conf.id if conf else None)
        return self.at


@async_test
async def test_without_conference_picks_the_running_one_and_uses_app_clock(demo: Path) -> None:
    nb = build_notebook(demo)
    clock = _FakeConferenceClock(AT)
    app = HostApp(lambda: TimetableScreen(nb, now=clock), nb)
    async with app.run_test(size=(100, 30)):
        assert app.screen.conference.id == "tosc-2024"
        assert app.screen.query_one(TimetableGrid).now == AT
        assert "tosc-2024" in clock.asked
    later = datetime(2030, 1, 1, 9, tzinfo=UTC)
    assert TimetableScreen(nb, now=later).conference.id == "relml-2025"  # the latest


@async_test
async def test_empty_notebook_shows_empty_grid(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "empty", create=True)
    app = HostApp(lambda: TimetableScreen(nb), nb)
    async with app.run_test(size=(100, 30)) as pilot:
        title = str(app.screen.query_one("#timetable-title", Static).render())
        assert "No conference" in title
        await pilot.press("down", "enter", "]", "t")
    assert app.messages == []


@async_test
async def test_timetable_of_imported_seed_day(tmp_path: Path) -> None:
    from confnotes.importers.sources import import_sources
    from confnotes.schedule.now import slot_of
    from tests.conftest import seed

    nb = Notebook.open(tmp_path / "nb", create=True)
    [report] = import_sources(nb, [str(seed("001"))])
    assert report.error is None
    nb = Notebook.open(tmp_path / "nb")
    conf_id = report.conference_id
    screen = TimetableScreen(nb, conf_id, now=datetime(2030, 1, 1, tzinfo=UTC))
    timed = [t for t in nb.talks_of(conf_id) if slot_of(nb, t) is not None]
    assert len(timed) > 5
    app = HostApp(lambda: screen, nb)
    async with app.run_test(size=(120, 40)) as pilot:
        grid = screen.query_one(TimetableGrid)
        # every talk with a time of its own or of its session is on the grid, none hidden
        assert {b.talk.id for b in grid.grid.blocks} == {t.id for t in timed}
        rows = {(b.column, r) for b in grid.grid.blocks for r in range(b.start_row, b.end_row)}
        assert len(rows) == sum(b.rows for b in grid.grid.blocks)
        await pilot.press("down", "right", "enter")
        await pilot.pause()
    assert len([m for m in app.messages if isinstance(m, OpenTalk)]) == 1
