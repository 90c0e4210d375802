"""Starting fast: the first screen before the notes are read, and the parse cache behind it."""

from __future__ import annotations

import shutil
import threading
from datetime import datetime
from pathlib import Path

import pytest

from confnotes.notebook.notebook import Notebook
from confnotes.notebook.parse_cache import CACHE_FILE
from tests.tui.helpers import CALIBRATION, app_for, wait_for


def _cache(root: Path) -> Path:
    return root / ".confnotes" / CACHE_FILE


def _listed_titles(app) -> list[str]:  # type: ignore[no-untyped-def]
    browser = app.main.schedule
    return [str(node.label) for node in browser._talk_nodes.values()]


async def _run_once(root: Path) -> None:
    """Open the app on ``root`` and leave, so it writes its parse cache."""
    app = app_for(root, load_in_background=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.loaded and _cache(root).exists())


async def test_first_screen_shows_before_the_notes_are_read_and_fills_in(demo: Path) -> None:
    app = app_for(demo, load_in_background=True)
    assert app.nb.talks == {}  # nothing read before the app starts
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.loaded)
        await pilot.pause()
        assert any("Calibration Is Not Enough" in label for label in _listed_titles(app))
        await wait_for(pilot, lambda: _cache(demo).exists())


async def test_nothing_can_be_typed_into_a_note_before_it_is_read(demo: Path) -> None:
    app = app_for(demo, load_in_background=True)
    release = threading.Event()
    real_load = app.nb.load

    def slow_load() -> None:  # a big notebook on a slow disk
        release.wait(10)
        real_load()

    app.nb.load = slow_load  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.1)
        assert not app.loaded
        assert app.main.editor.text_area.read_only
        assert app.main.open_talk(CALIBRATION) is False
        assert app.check_action("search", ()) is None  # greyed out in the footer, not run
        assert app.main.check_action("now", ()) is None
        await pilot.press("ctrl+n", "f3", "ctrl+p")
        assert app.screen is app.main
        app.main.editor.text_area.focus()
        await pilot.press(*"early")
        release.set()
        await wait_for(pilot, lambda: app.loaded)
        assert app.main.editor.talk_id is None
        assert "early" not in app.main.editor.text
        assert app.check_action("search", ()) is True
    assert "early" not in (demo / f"{CALIBRATION}.md").read_text(encoding="utf-8")


async def test_open_and_now_land_on_the_talk_after_a_background_load(demo: Path) -> None:
    app = app_for(demo, load_in_background=True, start_talk=CALIBRATION)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.main.editor.talk_id == CALIBRATION)
        await pilot.press(*"x1")
        assert app.main.editor.text.endswith("x1")
    app = app_for(demo, load_in_background=True, show_now=True, now=datetime(2025, 6, 12, 9, 30))
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.main.editor.talk_id == CALIBRATION)


async def test_note_edited_by_hand_while_closed_shows_the_edit_despite_the_cache(
    demo: Path,
) -> None:
    await _run_once(demo)
    path = demo / f"{CALIBRATION}.md"
    text = path.read_text(encoding="utf-8")
    edited = text.replace("title: Calibration Is Not Enough", "title: Calibration Edited By Hand")
    assert edited != text
    path.write_text(edited + "\nadded in vim\n", encoding="utf-8")
    app = app_for(demo, load_in_background=True, start_talk=CALIBRATION)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.main.editor.talk_id == CALIBRATION)
        await pilot.pause()
        assert "added in vim" in app.main.editor.text
        assert any("Calibration Edited By Hand" in label for label in _listed_titles(app))
        # Typing and saving works on the edited file: no false conflict.
        await pilot.press(*"mine")
        await wait_for(pilot, lambda: "mine" in path.read_text(encoding="utf-8"))
        # the file is written before the result reaches the UI thread
        await wait_for(pilot, lambda: app.main.editor.state == "clean")
    assert "title: Calibration Edited By Hand" in path.read_text(encoding="utf-8")


async def test_damaged_or_foreign_cache_is_ignored(demo: Path, tmp_path: Path) -> None:
    await _run_once(demo)
    expected = {t.id: t.title for t in Notebook.open(demo, parse_cache=False).talks.values()}
    # A cache copied from elsewhere with titles swapped in: not signed by this user.
    blob = _cache(demo).read_bytes().replace(b"Calibration Is Not Enough", b"Hostile Title")
    _cache(demo).write_bytes(blob)
    app = app_for(demo, load_in_background=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.loaded)
        assert {t.id: t.title for t in app.nb.talks.values()} == expected
    _cache(demo).write_bytes(b"\x00garbage" * 1000)
    app = app_for(demo, load_in_background=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.loaded)
        assert {t.id: t.title for t in app.nb.talks.values()} == expected
        # ... and rebuilt for the next start.
        await wait_for(pilot, lambda: not _cache(demo).read_bytes().startswith(b"\x00"))


async def test_notebook_without_a_writable_derived_folder_still_opens(demo: Path) -> None:
    """Root-proof stand-in for a read-only notebook: ``.confnotes`` cannot be created."""
    shutil.rmtree(demo / ".confnotes", ignore_errors=True)
    (demo / ".confnotes").write_text("in the way", encoding="utf-8")
    app = app_for(demo, load_in_background=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.loaded)
        await pilot.pause(0.2)
        assert any("Calibration Is Not Enough" in label for label in _listed_titles(app))
    assert (demo / ".confnotes").read_text(encoding="utf-8") == "in the way"


class _RebuildingIndex:
    """An index whose first sync has to rebuild, and says why."""

    def sync(self, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        from confnotes.index import SyncReport

        if progress is not None:
            progress(0, 900)
            progress(900, 900)
        return SyncReport(
            added=900, rebuilt=True, messages=["the index was unreadable; rebuilt it"]
        )

    def warm(self) -> None:
        pass

    def close(self) -> None:
        pass


async def test_index_messages_reach_the_user(demo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import confnotes.index

    monkeypatch.setattr(confnotes.index, "open_index", lambda nb: _RebuildingIndex())
    app = app_for(demo, open_index=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, app.index_ready.is_set)
        await pilot.pause()
        shown = " | ".join(n.message for n in app._notifications)
    assert "Indexing 900 notes" in shown
    assert "the index was unreadable; rebuilt it" in shown
    assert "Search index rebuilt" in shown


def test_full_talk_id_opens_without_reading_the_notebook_first(demo: Path) -> None:
    from confnotes.commands.open import talk_id_from_path

    assert talk_id_from_path(demo, CALIBRATION) == CALIBRATION
    assert talk_id_from_path(demo, f"{CALIBRATION}.md") == CALIBRATION
    # Anything else is resolved the slow, exact way (after reading the notes).
    person = next((demo / "people").glob("*.md")).stem
    for text in (
        "calibration",  # a title word
        CALIBRATION.split("/")[1],  # a bare file name
        f"people/{person}",  # a person page, not a talk
        "relml-2025/../relml-2025/calibration-is-not-enough",
        "/etc/passwd",
        "relml-2025/no-such-talk",
        ".confnotes/recovery",
    ):
        assert talk_id_from_path(demo, text) is None, text


async def test_a_failed_background_load_still_lets_the_user_work(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error while reading the notebook is shown, and the keys work again:
    the notes that were read can be opened, searched and typed into."""
    real_load = Notebook.load
    calls = []

    def failing_load(self: Notebook) -> None:
        calls.append(1)
        real_load(self)
        if len(calls) == 1:
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(Notebook, "load", failing_load)
    app = app_for(demo, load_in_background=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.loaded)
        await pilot.pause()
        shown = [n.message for n in app._notifications]
        assert any("disk on fire" in m and "showing what was read" in m for m in shown), shown
        assert app.check_action("search", ()) is True
        assert app.main.check_action("now", ()) is True
        assert any("Calibration Is Not Enough" in label for label in _listed_titles(app))
        assert app.main.open_talk(CALIBRATION)
        app.main.editor.text_area.focus()
        app.main.editor.text_area.move_cursor(app.main.editor.text_area.document.end)
        await pilot.press(*"kept")
        await wait_for(pilot, lambda: app.main.editor.state == "clean", timeout=10)
    assert (demo / f"{CALIBRATION}.md").read_text(encoding="utf-8").rstrip().endswith("kept")


async def test_first_start_without_a_summary_says_how_many_notes_are_read(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("confnotes.tui.app.LOAD_PROGRESS_NOTES", 1)
    full = Notebook.open(demo)
    total = len(full.talks) + len(full.people)
    app = app_for(demo, load_in_background=True)
    release = threading.Event()
    real_read = Notebook._load_talk
    reads = 0

    def slow_read(nb: Notebook, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal reads
        reads += 1
        if reads == 2:  # a large notebook on a slow disk, one note read so far
            release.wait(10)
        return real_read(nb, *args, **kwargs)

    monkeypatch.setattr(Notebook, "_load_talk", slow_read)
    async with app.run_test(size=(120, 36)) as pilot:
        status = app.main.schedule.query_one("#schedule-summary")
        await wait_for(pilot, lambda: "notes read" in str(status.render()))
        assert f"1/{total} notes read" in str(status.render())
        release.set()
        await wait_for(pilot, lambda: app.loaded)
        await pilot.pause()
        assert "notes read" not in str(status.render())
        assert any("Calibration Is Not Enough" in label for label in _listed_titles(app))


def _two_conferences(demo: Path) -> str:
    """The demo notebook with an older copy of its conference; returns the older one's id."""
    old = demo / "relml-2019"
    shutil.copytree(demo / "relml-2025", old)
    conf = old / "conference.yaml"
    text = conf.read_text(encoding="utf-8").replace("2025-06-12", "2019-06-12")
    conf.write_text(text.replace("Machine Learning 2025", "Machine Learning 2019"), "utf-8")
    return "relml-2019"


async def test_large_notebook_shows_its_newest_conference_while_the_rest_is_read(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = _two_conferences(demo)
    Notebook.open(demo, summary=True).save_parse_cache()  # as an import leaves it
    monkeypatch.setattr("confnotes.notebook.notebook.PREVIEW_NOTES", 1)  # "large"
    app = app_for(demo, load_in_background=True)
    release = threading.Event()
    real_load = app.nb.load

    def slow_load() -> None:  # the other conferences of a big notebook take a while
        release.wait(10)
        real_load()

    app.nb.load = slow_load  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        browser = app.main.schedule
        await wait_for(pilot, lambda: bool(browser._talk_nodes))
        assert not app.loaded
        labels = [str(node.label) for node in browser._branch_nodes.values()]
        assert any("2025" in label for label in labels)
        assert not any("2019" in label for label in labels)  # listed once read
        assert "reading the other conferences" in str(
            browser.query_one("#schedule-summary").render()
        )
        assert any("Calibration Is Not Enough" in label for label in _listed_titles(app))
        # A talk chosen now opens once the notes are read (nothing can be typed before).
        browser.post_message(browser.TalkChosen(CALIBRATION))
        await pilot.pause()
        assert app.main.editor.talk_id is None
        release.set()
        await wait_for(pilot, lambda: app.loaded)
        await wait_for(pilot, lambda: app.main.editor.talk_id == CALIBRATION)
        labels = [str(node.label) for node in browser._branch_nodes.values()]
        assert any("2019" in label for label in labels)
        assert browser.nb is app.nb
        assert "reading the other" not in str(browser.query_one("#schedule-summary").render())
        assert any(t.startswith(f"{older}/") for t in app.nb.talks)


async def test_note_changed_since_the_summary_shows_its_new_title_in_the_preview(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Notebook.open(demo, summary=True).save_parse_cache()
    note = demo / f"{CALIBRATION}.md"
    note.write_text(
        note.read_text(encoding="utf-8").replace("Calibration Is Not Enough", "Retitled by hand"),
        encoding="utf-8",
    )
    monkeypatch.setattr("confnotes.notebook.notebook.PREVIEW_NOTES", 1)
    app = app_for(demo, load_in_background=True)
    release = threading.Event()
    real_load = app.nb.load

    def slow_load() -> None:
        release.wait(10)
        real_load()

    app.nb.load = slow_load  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: bool(app.main.schedule._talk_nodes))
        titles = _listed_titles(app)
        assert any("Retitled by hand" in t for t in titles)
        assert not any("Calibration Is Not Enough" in t for t in titles)
        release.set()
        await wait_for(pilot, lambda: app.loaded)


async def test_first_start_without_a_summary_shows_the_newest_conference_first(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = _two_conferences(demo)
    assert not (demo / ".confnotes").exists()
    monkeypatch.setattr("confnotes.notebook.notebook.PREVIEW_NOTES", 1)
    app = app_for(demo, load_in_background=True)
    release = threading.Event()
    real_load = app.nb.load

    def slow_load() -> None:  # every note of a big notebook is parsed: a while
        release.wait(10)
        real_load()

    app.nb.load = slow_load  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        browser = app.main.schedule
        await wait_for(pilot, lambda: bool(browser._talk_nodes))
        assert not app.loaded
        assert any("Calibration Is Not Enough" in label for label in _listed_titles(app))
        assert not any(c.startswith(older) for c in browser.nb.conferences)
        release.set()
        await wait_for(pilot, lambda: app.loaded)
        assert any(t.startswith(f"{older}/") for t in app.nb.talks)
        await wait_for(pilot, lambda: (demo / ".confnotes" / "summary.json").exists())
