"""Quitting always works, whatever a dialog or a worker is doing (issue 29).

Decide later → quit → reopen → Restore → Ctrl+Q did not quit within 10 s; Ctrl+Q
after Shift+F11 (paper metadata fetched from a slow server) blanked the screen and
the process then ignored Ctrl+C and SIGTERM; an import started from the app while
moving in the schedule crashed it (KeyError on the conference id).
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Button

from confnotes.tui.screens.conflict_dialog import ConflictDialog
from confnotes.tui.screens.recovery_dialog import RecoveryDialog
from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for
from tests.tui.test_pty_kill import _start, _type, _wait_exit

SHIFTS = "relml-2025/shifts-in-the-wild"


async def test_decide_later_quit_reopen_restore_then_ctrl_q_quits(demo: Path) -> None:
    note = demo / f"{SHIFTS}.md"
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0), open_index=True)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        await pilot.press(*"mine typed")
        note.write_text(note.read_text(encoding="utf-8") + "theirs written\n", encoding="utf-8")
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.press("escape")  # decide later
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        if app.is_running:
            await pilot.press("ctrl+q")  # the first one said where the text is
            await pilot.pause()
    assert not app.is_running

    again = app_for(demo, settings=pinned_settings(autosave_delay=1.0), open_index=True)
    async with again.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: isinstance(again.screen, RecoveryDialog))
        again.screen.query_one("#restore", Button).press()
        await wait_for(pilot, lambda: "mine typed" in again.main.editor.text)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not again.is_running, timeout=2.0)
    text = note.read_text(encoding="utf-8")
    assert "mine typed" in text and "theirs written" in text


@pytest.fixture
def silent_server() -> Iterator[str]:
    """An address that takes connections and never answers (a server that hangs)."""
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    server.close()
    for connection in held:
        connection.close()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize("how", ["ctrl+q", "sigterm"])
def test_quit_while_papers_are_fetched_from_a_server_that_hangs(
    demo: Path, tmp_path: Path, silent_server: str, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """Shift+F11, then Ctrl+Q (or SIGTERM): the app quits at once, the note saved; it
    used to wait for the fetch (a blank screen, Ctrl+C and SIGTERM ignored meanwhile)."""
    for name in ("ARXIV_API", "CROSSREF_API", "OPENREVIEW_API", "OPENREVIEW_API1"):
        monkeypatch.setenv(f"CONFNOTES_{name}", silent_server)
    config = tmp_path / "slow.toml"
    config.write_text("autosave_delay = 60\n", encoding="utf-8")
    pid, fd, output, stop = _start(demo, config)
    try:
        _type(fd, "typed before quitting")
        os.write(fd, b"\x1b[23;2~")  # Shift+F11 (xterm, tmux, Windows Terminal)
        deadline = time.monotonic() + 10
        while b"Fetching paper metadata" not in output and time.monotonic() < deadline:
            time.sleep(0.05)
        assert b"Fetching paper metadata" in output
        time.sleep(0.5)
        if how == "ctrl+q":
            os.write(fd, b"\x11")
        else:
            os.kill(pid, signal.SIGTERM)
        code = _wait_exit(pid, 4)
    finally:
        stop.set()
        os.close(fd)
    assert code == (0 if how == "ctrl+q" else 128 + signal.SIGTERM)
    assert "typed before quitting" in (demo / f"{CALIBRATION}.md").read_text(encoding="utf-8")


async def test_an_import_while_moving_in_the_schedule_never_crashes(
    demo: Path, tmp_path: Path
) -> None:
    """The import adds a conference and its talks in its thread while the schedule is
    redrawn under the user's arrow keys (the crash: a KeyError on the conference id)."""
    from confnotes.tui.screens.import_dialog import ImportOptions

    programme = tmp_path / "big.md"
    rows = "".join(
        f"| 2025-07-01 {9 + n // 12:02d}:{n % 12 * 5:02d} | Talk {n} | Ada Quist |\n"
        for n in range(120)
    )
    programme.write_text(
        "# Busy Workshop 2025\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n" + rows,
        encoding="utf-8",
    )
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.schedule.tree_view.focus()
        app._import_chosen(ImportOptions(sources=[str(programme)]))
        for _ in range(60):
            await pilot.press("down")
            await pilot.press("up")
            await pilot.press("down")
        await wait_for(pilot, lambda: app.owner.import_cancel is None, timeout=30)
        for _ in range(20):
            await pilot.press("down")
        await pilot.pause()
        assert app.is_running
        assert any(t.conference == "busy-workshop-2025" for t in app.nb.talks.values())
    assert app.return_code in (None, 0)


async def test_a_branch_opened_just_before_the_schedule_was_redrawn_is_left_alone(
    demo: Path,
) -> None:
    """The root of the import crash: a branch's "expanded" message, posted by the user's
    key, arrives after an import's change re-planned the tree without that branch's
    conference (or day); it named a conference the new plan did not hold."""
    from textual.widgets import Tree

    from tests.tui.helpers import build_notebook

    build_notebook(demo)
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        schedule = app.main.schedule
        tree = schedule.tree_view
        conf = next(node for node in tree.root.children if node.data.id == "relml-2025")
        stale, todo = [], [conf]
        while todo:  # every branch of that conference, opened (as the user's keys would)
            node = todo.pop()
            node.expand()
            await pilot.pause()
            stale.append(node)
            todo.extend(child for child in node.children if child.allow_expand)
        schedule.query_text = "Janson"  # only the other conference's talks match now
        schedule.rebuild()
        await pilot.pause()
        for node in stale:
            tree.post_message(Tree.NodeExpanded(node))
        await pilot.pause()
        assert app.is_running
        assert app.return_code is None


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_quit_while_importing_from_a_server_that_hangs(
    demo: Path, tmp_path: Path, silent_server: str
) -> None:
    """F10 from an address that never answers, then Ctrl+Q: the process ends at once; it
    used to wait for the fetch's own deadline, the screen blank."""
    config = tmp_path / "none.toml"
    pid, fd, output, stop = _start(demo, config)
    try:
        os.write(fd, b"\x1b[21~")  # F10
        deadline = time.monotonic() + 10
        while b"Import" not in output[-4000:] and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        _type(fd, f"{silent_server}/programme.md")
        os.write(fd, b"\x13")  # Ctrl+S: import
        deadline = time.monotonic() + 10
        while b"Importing 1 source" not in output and time.monotonic() < deadline:
            time.sleep(0.05)
        assert b"Importing 1 source" in output
        time.sleep(0.5)
        os.write(fd, b"\x11")  # Ctrl+Q
        code = _wait_exit(pid, 4)
    finally:
        stop.set()
        os.close(fd)
    assert code == 0
