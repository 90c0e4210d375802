"""The real program in a pseudo-terminal: type, kill -9, and the words are in the file."""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from tests.tui.helpers import CALIBRATION

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def _drain(fd: int, sink: bytearray, stop: threading.Event) -> None:
    """Read the terminal's output so the app never blocks writing to it."""
    while not stop.is_set():
        try:
            data = os.read(fd, 65536)
        except OSError:
            return
        if not data:
            return
        sink.extend(data)


def _start(demo: Path, config: Path) -> tuple[int, int, bytearray, threading.Event]:
    """Run ``confnotes open`` on the keynote in a pseudo-terminal; wait until it is drawn."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real command line, as a user would run it
        os.environ.update(TERM="xterm-256color", CONFNOTES_CONFIG=str(config))
        os.execv(
            sys.executable,
            [sys.executable, "-m", "confnotes", "--notebook", str(demo), "open", CALIBRATION],
        )
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    output = bytearray()
    stop = threading.Event()
    threading.Thread(target=_drain, args=(fd, output, stop), daemon=True).start()
    deadline = time.monotonic() + 20
    while b"Calibration" not in output and time.monotonic() < deadline:
        time.sleep(0.1)
    assert b"Calibration" in output, "the app did not start"
    time.sleep(0.5)
    return pid, fd, output, stop


def _type(fd: int, text: str) -> None:
    for char in text:
        os.write(fd, char.encode())
        time.sleep(0.02)


def test_typed_words_survive_kill_9(demo: Path, tmp_path: Path) -> None:
    pid, fd, _output, stop = _start(demo, tmp_path / "none.toml")
    note = demo / f"{CALIBRATION}.md"
    try:
        _type(fd, "kill-nine-proof ")
        # Autosave fires about a second after typing pauses; give it a little more.
        deadline = time.monotonic() + 10
        while "kill-nine-proof" not in note.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, "autosave did not write the note"
            time.sleep(0.1)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        stop.set()
        os.close(fd)
    text = note.read_text(encoding="utf-8")
    assert text.rstrip().endswith("kill-nine-proof")
    assert text.startswith("---\ntitle: Calibration Is Not Enough")
    assert not list(note.parent.glob(".confnotes-tmp-*"))


def test_closing_the_terminal_saves_at_once(demo: Path, tmp_path: Path) -> None:
    config = tmp_path / "slow.toml"
    config.write_text("autosave_delay = 60\n", encoding="utf-8")  # only the signal can save
    pid, fd, _output, stop = _start(demo, config)
    note = demo / f"{CALIBRATION}.md"
    try:
        _type(fd, "hangup-proof")
        time.sleep(0.3)
        os.kill(pid, signal.SIGHUP)
        deadline = time.monotonic() + 15
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise AssertionError("the app did not exit on SIGHUP")
            time.sleep(0.05)
    finally:
        stop.set()
        os.close(fd)
    assert "hangup-proof" in note.read_text(encoding="utf-8")


def _wait_exit(pid: int, seconds: float) -> int:
    deadline = time.monotonic() + seconds
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError("the app did not exit")
        time.sleep(0.05)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_sigint_and_sigterm_save_first_and_exit_non_zero(
    demo: Path, tmp_path: Path, signum: int
) -> None:
    config = tmp_path / "slow.toml"
    config.write_text("autosave_delay = 60\n", encoding="utf-8")  # only the signal can save
    pid, fd, _output, stop = _start(demo, config)
    note = demo / f"{CALIBRATION}.md"
    try:
        _type(fd, "signal-proof")
        time.sleep(0.3)
        os.kill(pid, signum)
        code = _wait_exit(pid, 15)
    finally:
        stop.set()
        os.close(fd)
    assert code == 128 + signum
    assert "signal-proof" in note.read_text(encoding="utf-8")


def test_f5_with_a_missing_editor_never_hangs(demo: Path, tmp_path: Path) -> None:
    config = tmp_path / "editor.toml"
    config.write_text('editor = "/nonexistent/no-such-editor"\n', encoding="utf-8")
    pid, fd, output, stop = _start(demo, config)
    note = demo / f"{CALIBRATION}.md"
    try:
        _type(fd, "before-f5")
        os.write(fd, b"\x1b[15~")  # F5
        deadline = time.monotonic() + 10
        while b"no-such-editor" not in output and time.monotonic() < deadline:
            time.sleep(0.1)
        assert b"no-such-editor" in output, "no message about the missing editor"
        os.write(fd, b"\x11")  # Ctrl+Q
        code = _wait_exit(pid, 15)
    finally:
        stop.set()
        os.close(fd)
    assert code == 0
    assert "before-f5" in note.read_text(encoding="utf-8")


def test_sigterm_while_the_external_editor_runs_ends_it_and_saves(
    demo: Path, tmp_path: Path
) -> None:
    """An editor that never returns (here: sleep) cannot keep the app from stopping."""
    config = tmp_path / "editor.toml"
    config.write_text('editor = "sleep 600"\n', encoding="utf-8")
    pid, fd, _output, stop = _start(demo, config)
    note = demo / f"{CALIBRATION}.md"
    try:
        _type(fd, "before-editor")
        os.write(fd, b"\x1b[15~")  # F5: saves, then runs "sleep 600 NOTE"
        time.sleep(1.5)
        os.kill(pid, signal.SIGTERM)
        code = _wait_exit(pid, 20)
    finally:
        stop.set()
        os.close(fd)
    assert code == 128 + signal.SIGTERM
    assert "before-editor" in note.read_text(encoding="utf-8")
