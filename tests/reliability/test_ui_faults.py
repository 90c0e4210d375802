"""UI faults 2 and 9, through the app with Textual's Pilot.

2. Continuous typing must reach the disk at least every ~2 s, so a kill -9 loses
   at most the last two seconds: the file on disk is the evidence a kill leaves.
9. A save that fails keeps the text in the editor and in a recovery copy that is
   offered on the next start.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for


def _note(root: Path) -> str:
    return (root / f"{CALIBRATION}.md").read_text(encoding="utf-8")


def test_continuous_typing_reaches_disk_within_two_seconds(demo: Path) -> None:
    """A debounce that restarts on every key never saved a user who types without pausing."""

    async def scenario() -> list[tuple[float, str]]:
        app = app_for(demo, settings=pinned_settings(autosave_delay=1.0))
        late: list[tuple[float, str]] = []
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(CALIBRATION)
            await pilot.pause()
            typed: list[tuple[float, str]] = []
            started = time.monotonic()
            i = 0
            while time.monotonic() - started < 5.0:
                word = f" w{i}"
                await pilot.press(*word)
                typed.append((time.monotonic(), word))
                i += 1
                await asyncio.sleep(0.25)  # a steady typist: never a 1 s pause
                on_disk = _note(demo)
                now = time.monotonic()
                for when, w in typed:
                    if now - when > 2.5 and w not in on_disk:
                        late.append((now - when, w))
            await pilot.press("ctrl+q")
        return late

    late = asyncio.run(scenario())
    assert not late, f"typed but still not on disk after {late[0][0]:.1f}s: {late[:3]}"


def test_failed_save_keeps_text_and_offers_recovery_next_start(demo: Path) -> None:
    """The note's folder turns into a file (root-proof stand-in for read-only/deleted)."""
    note = demo / f"{CALIBRATION}.md"
    folder = note.parent

    async def type_while_broken() -> str:
        app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(CALIBRATION)
            await pilot.pause()
            original = folder.rename(folder.with_name("moved-away"))
            folder.write_text("a file where the notebook's folder was")
            await pilot.press(*" typed while the disk was gone")
            await wait_for(pilot, lambda: app.main.editor.state == "failed", timeout=8)
            assert "typed while the disk was gone" in app.main.editor.text
            folder.unlink()
            original.rename(folder)
            app.exit()
        return app.main.editor.text if app.is_running else ""

    asyncio.run(type_while_broken())
    assert "typed while the disk was gone" not in note.read_text(encoding="utf-8")

    async def restart() -> bool:
        app = app_for(demo)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.pause()
            from confnotes.tui.screens.recovery_dialog import RecoveryDialog

            offered = isinstance(app.screen, RecoveryDialog)
            await pilot.press("escape")
        return offered

    assert asyncio.run(restart()), "the recovery copy must be offered on the next start"


def test_notebook_deleted_while_running_keeps_text(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault 4: the whole notebook folder disappears (unmounted stick, rm -r) mid-typing."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    gone = demo.with_name("gone")

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(CALIBRATION)
            await pilot.pause()
            demo.rename(gone)
            await pilot.press(*" written into the void")
            await wait_for(pilot, lambda: app.main.editor.state == "failed", timeout=8)
            assert "written into the void" in app.main.editor.text
            copies = app.recovery.pending(include_this_run=True)
            assert any("written into the void" in c.text for c in copies)
            app.exit()

    asyncio.run(scenario())
    assert not demo.exists(), "the notebook must not be re-created by a save"
    assert list(cwd.iterdir()) == [], "nothing may be written to the working folder"


def test_import_dialog_names_a_broken_url_instead_of_crashing(tmp_path: Path) -> None:
    # urlsplit raises ValueError on a broken IPv6 host: the dialog's check crashed the app.
    from confnotes.tui.screens.import_dialog import check_source

    assert "no such file" in (check_source("http://[x", tmp_path) or "")
    assert check_source("https://example.org/schedule.xml", tmp_path) is None
