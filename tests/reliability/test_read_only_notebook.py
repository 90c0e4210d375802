"""A read-only notebook is searched without writing (issue 29).

``search`` failed on a read-only notebook, or a read-only ``.confnotes/`` holding a
valid index. Now: an index in step answers; a stale one answers and says it could not
be updated; without one, an index is built in a temporary folder for the run. The file
system is made read-only for the notebook's paths in this process (every call that
writes raises ``EROFS``), which also holds when the tests run as root.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from confnotes.cli import main

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def read_only(monkeypatch: pytest.MonkeyPatch, root: Path) -> list[str]:
    """Every write under ``root`` fails with EROFS from now on; returns what was refused."""
    top = os.path.realpath(root)
    refused: list[str] = []

    def inside(path: Any, dir_fd: int | None = None) -> bool:
        if dir_fd is not None:
            return os.path.realpath(f"/proc/self/fd/{dir_fd}").startswith(top)
        if isinstance(path, int):
            return False
        name = os.path.realpath(os.fsdecode(os.fspath(path)))
        return name == top or name.startswith(top + os.sep)

    def refuse(path: Any) -> None:
        refused.append(os.fsdecode(os.fspath(path)) if not isinstance(path, int) else "fd")
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), path)

    def guard(real: Callable[..., Any], paths: int = 1) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            for path in args[:paths]:
                if inside(path, kwargs.get("dir_fd") or kwargs.get("src_dir_fd")):
                    refuse(path)
            return real(*args, **kwargs)

        return call

    real_open, real_os_open = builtins.open, os.open

    def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+") and inside(file):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & WRITE_FLAGS and inside(path, kwargs.get("dir_fd")):
            refuse(path)
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)
    monkeypatch.setattr(os, "open", os_open)
    for name in ("mkdir", "unlink", "remove", "rmdir", "utime", "chmod", "truncate"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))
    for name in ("replace", "rename", "link", "symlink"):
        monkeypatch.setattr(os, name, guard(getattr(os, name), paths=2))
    return refused


def _search(root: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[str, str]:
    assert main(["--notebook", str(root), "search", *words]) == 0
    out = capsys.readouterr()
    return out.out, out.err


def test_an_index_in_step_is_searched_without_writing(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _search(demo, capsys, "calibration")  # the index is built while it can be
    read_only(monkeypatch, demo)
    out, err = _search(demo, capsys, "calibration")
    assert "relml-2025/shifts-in-the-wild" in out
    assert "error" not in err


def test_a_stale_index_answers_and_says_it_could_not_be_updated(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _search(demo, capsys, "calibration")
    note = demo / "relml-2025" / "poster-session.md"
    note.write_text(note.read_text(encoding="utf-8") + "\nlatecomer words\n", encoding="utf-8")
    read_only(monkeypatch, demo)
    out, err = _search(demo, capsys, "calibration")
    assert "relml-2025/shifts-in-the-wild" in out
    assert "could not update the search index" in err


def test_a_read_only_notebook_without_an_index_is_searched(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = read_only(monkeypatch, demo)
    out, err = _search(demo, capsys, "abstention")
    assert "relml-2025/calibration-is-not-enough" in out
    assert "index built for this run only" in err
    assert refused and not (demo / ".confnotes").exists()
    assert main(["--notebook", str(demo), "reindex"]) == 1  # a writer says it cannot
    assert "read-only" in capsys.readouterr().err
