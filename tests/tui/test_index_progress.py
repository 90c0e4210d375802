"""Index progress in the UI: while the app's index worker builds many notes, the schedule
says "indexing 1,200/5,000", the search screen shows a bar and still searches what is
indexed, and both notice when it is done."""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import ProgressBar, Static

from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.search import SearchScreen
from tests.tui.helpers import FakeIndex, app_for, wait_for


class _SlowBuild(FakeIndex):
    """A fake index whose sync stops at 1,200 of 5,000 notes until the test releases it."""

    def __init__(self, notebook: Notebook) -> None:
        super().__init__(notebook)
        self.halfway = threading.Event()
        self.release = threading.Event()

    def sync(self, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        from confnotes.index import SyncReport

        assert progress is not None, "the app must pass a progress callback"
        progress(1, 5000)
        progress(1200, 5000)
        self.halfway.set()
        self.release.wait(20)
        progress(5000, 5000)
        return SyncReport(added=5000, rebuilt=True)


def _text(screen, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(screen.query_one(selector, Static).render())


async def test_schedule_and_search_show_the_index_being_built_and_search_meanwhile(
    demo: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import confnotes.index

    slow: list[_SlowBuild] = []

    def open_slow(nb: Notebook) -> _SlowBuild:
        slow.append(_SlowBuild(nb))
        return slow[0]

    monkeypatch.setattr(confnotes.index, "open_index", open_slow)
    app = app_for(demo, open_index=True)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for(pilot, lambda: bool(slow) and slow[0].halfway.is_set())
            summary = "#schedule-summary"
            await wait_for(pilot, lambda: "indexing 1,200/5,000" in _text(app.main, summary))

            await pilot.press("f3")
            screen = app.screen
            assert isinstance(screen, SearchScreen)
            await pilot.pause()
            label = _text(screen, "#search-building-label")
            assert "building the search index: 1,200/5,000 notes" in label
            bar = screen.query_one("#search-progress", ProgressBar)
            assert bar.display and screen.query_one("#search-building").display
            assert bar.total == 5000 and bar.progress == 1200

            await pilot.press(*"abstention")
            await wait_for(pilot, lambda: screen.last_query == "abstention" and bool(screen.hits))
            assert "results may be incomplete" in _text(screen, "#search-status")

            slow[0].release.set()
            await wait_for(pilot, lambda: not screen.query_one("#search-building").display)
            await wait_for(
                pilot, lambda: "incomplete" not in _text(screen, "#search-status") and screen.hits
            )
            await pilot.press("escape")
            await wait_for(pilot, lambda: "indexing" not in _text(app.main, summary))
            assert "talks" in _text(app.main, summary)
    finally:
        for index in slow:
            index.release.set()


async def test_a_small_sync_shows_no_progress(demo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import confnotes.index

    seen: list[str] = []

    class _Quick(FakeIndex):
        def sync(self, progress=None, cancel=None):  # type: ignore[no-untyped-def]
            from confnotes.index import SyncReport

            progress(3, 12)
            seen.append(app.index_activity())
            return SyncReport(added=12)

    monkeypatch.setattr(confnotes.index, "open_index", lambda nb: _Quick(nb))
    app = app_for(demo, open_index=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, app.index_ready.is_set)
        await pilot.pause(0.3)
        assert seen == [""]
        assert "indexing" not in _text(app.main, "#schedule-summary")


async def test_progress_updates_never_re_lay_the_screen_out(demo: Path) -> None:
    """The progress line changes four times a second while the index builds: it is one
    fixed line, redrawn in place; a layout of the whole screen each time would take
    the moments the user's keys need."""
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        schedule = app.main.schedule
        label = schedule.query_one("#schedule-summary", Static)
        layouts: list[bool] = []
        refresh = label.refresh

        def spying(*regions, repaint=True, layout=False, recompose=False):  # type: ignore[no-untyped-def]
            layouts.append(layout)
            return refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

        label.refresh = spying  # type: ignore[method-assign]
        for done in (100, 1_200, 12_000):
            schedule.set_activity(f"indexing {done:,}/20,000")
            await pilot.pause()
        assert layouts and not any(layouts)
        assert "indexing 12,000/20,000" in str(label.render())
