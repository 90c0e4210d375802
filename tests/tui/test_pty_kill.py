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


def test_typed_words_survive_kill_9(demo: Path, tmp_path: Path) -> None:
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real command line, as a user would run it
        os.environ.update(TERM="xterm-256color", CONFNOTES_CONFIG=str(tmp_path / "none.toml"))
        os.execv(
            sys.executable,
            [sys.executable, "-m", "confnotes", "--notebook", str(demo), "open", CALIBRATION],
        )
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    output = bytearray()
    stop = threading.Event()
    reader = threading.Thread(target=_drain, args=(fd, output, stop), daemon=True)
    reader.start()
    note = demo / f"{CALIBRATION}.md"
    try:
        deadline = time.monotonic() + 20
        while b"Calibration" not in output and time.monotonic() < deadline:
            time.sleep(0.1)
        assert b"Calibration" in output, "the app did not start"
        time.sleep(0.5)
        for char in "kill-nine-proof ":
            os.write(fd, char.encode())
            time.sleep(0.02)
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
