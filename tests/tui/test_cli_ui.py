"""``confnotes``, ``confnotes open`` and ``confnotes now`` start the app where they should."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook
from confnotes.tui.app import ConfnotesApp
from confnotes.tui.screens.now_dialog import NowDialog
from tests.tui.helpers import CALIBRATION


@pytest.fixture
def headless(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace ``App.run`` with a headless Pilot run that records what the app shows."""
    seen: dict[str, Any] = {}

    def run(self: ConfnotesApp, *args: Any, **kwargs: Any) -> None:
        async def go() -> None:
            async with self.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                for _ in range(2000):  # the notes are read in a worker (slow on a busy machine)
                    if self.loaded:
                        break
                    await asyncio.sleep(0.01)
                await pilot.pause()
                seen["talk"] = self.main.editor.talk_id
                seen["focused"] = self.focused
                seen["screen"] = self.screen

        asyncio.run(go())

    monkeypatch.setattr(ConfnotesApp, "run", run)
    monkeypatch.setattr("confnotes.commands.ui.interactive", lambda: True)
    return seen


def test_open_by_fuzzy_title_starts_the_editor_on_that_talk(
    demo: Path, headless: dict[str, Any]
) -> None:
    assert main(["--notebook", str(demo), "open", "calibraton not enuogh"]) == 0
    assert headless["talk"] == CALIBRATION
    assert headless["focused"].id == "note-body"


def test_open_by_id(demo: Path, headless: dict[str, Any]) -> None:
    assert main(["--notebook", str(demo), "open", CALIBRATION]) == 0
    assert headless["talk"] == CALIBRATION


def test_open_ambiguous_lists_the_candidates(
    demo: Path, headless: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    nb = Notebook.open(demo)
    nb.save_talk(nb.new_talk("relml-2025", "Calibration Is Not All You Need"))
    assert main(["--notebook", str(demo), "open", "calibration"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("confnotes: error:")
    assert CALIBRATION in err and "relml-2025/calibration-is-not-all-you-need" in err
    assert "talk" not in headless


def test_open_unknown_talk_is_an_error(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--notebook", str(demo), "open", "zzzz qqqq"]) == 2
    assert "no talk matches" in capsys.readouterr().err


def test_now_print_at_a_fixed_time(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--notebook", str(demo), "now", "--at", "2025-06-12 09:30", "--print"]) == 0
    out = capsys.readouterr().out
    assert "On now:" in out and CALIBRATION in out and "Tejo" in out


def test_now_print_between_talks_shows_the_next(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--notebook", str(demo), "now", "--at", "2025-06-12 12:45", "--print"]) == 0
    out = capsys.readouterr().out
    assert "Nothing on now. Next:" in out and "panel-who-is-accountable" in out


def test_now_bad_time_is_a_usage_error(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--notebook", str(demo), "now", "--at", "tomorrow"]) == 2
    assert "--at takes a time" in capsys.readouterr().err


def test_now_opens_the_app_on_the_talk_in_progress(demo: Path, headless: dict[str, Any]) -> None:
    assert main(["--notebook", str(demo), "now", "--at", "2025-06-12 09:30"]) == 0
    assert headless["talk"] == CALIBRATION


def test_now_asks_between_parallel_rooms(parallel: Path, headless: dict[str, Any]) -> None:
    assert main(["--notebook", str(parallel), "now", "--at", "2024-05-02 10:05"]) == 0
    assert isinstance(headless["screen"], NowDialog)


def test_bare_confnotes_opens_the_app(demo: Path, headless: dict[str, Any]) -> None:
    assert main(["--notebook", str(demo)]) == 0
    assert headless["talk"] is None


def test_bad_config_file_is_reported_before_the_app_starts(
    demo: Path,
    headless: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("autosave_delay = 1\n[keys\n", encoding="utf-8")
    monkeypatch.setenv("CONFNOTES_CONFIG", str(config))
    assert main(["--notebook", str(demo)]) == 2
    err = capsys.readouterr().err
    assert f"{config}:2:" in err and "not valid TOML" in err
    assert "talk" not in headless


def test_without_a_terminal_the_commands_print_instead(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # pytest captures stdout, so this is not a terminal: nothing may wait for keys.
    assert main(["--notebook", str(demo)]) == 0
    assert "relml-2025: Workshop on Reliable Machine Learning 2025" in capsys.readouterr().out
    assert main(["--notebook", str(demo), "open", "calibration"]) == 0
    assert capsys.readouterr().out.startswith(f"{CALIBRATION}\t")
    assert main(["--notebook", str(demo), "now", "--at", "2025-06-12 09:30"]) == 0
    assert "On now:" in capsys.readouterr().out
