"""Every command on a notebook full of hostile files: exit 0, 1 or 2, never a traceback.

Run in subprocesses, so that a crash of the interpreter itself (a segfault
in a C parser) fails the test instead of killing the test run. Commands are
discovered, so ones that land later are swept too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from confnotes.cli import build_parser

from .hostile import snapshot, write_hostile_notebook


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[attr-defined]


ARGS: dict[str, list[list[str]]] = {
    "": [[]],
    "check": [["check"], ["check", "--strict"]],
    "export": [
        ["export"],
        ["export", "--conference", "hostile"],
        ["export", "--conference", "../../etc"],
        ["export", "--only", "noted", "--from", "not-a-date"],
    ],
    "search": [
        ["search", "notes"],
        ["search", "title:("],
        ["search", "\x01\x7f"],  # argv cannot hold NUL; other control bytes it can
        ["search", '"'],
    ],
    "reindex": [["reindex"]],
    "open": [["open", "hostile/utf16-bom"], ["open", "../../etc/passwd"]],
    "now": [["now", "--print"], ["now", "--print", "--at", "garbage"]],
    "import": [["import", "hostile/binary.md"], ["import", "/dev/null"]],
    "people": [["people", "merge", "bomb", "unclosed"], ["people", "split", "nobody"]],
}
"""Argument sets per command (unknown commands get ``[name]`` and ``[name, --help]``)."""


def _run(root: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CONFNOTES_DEBUG"}
    env["CONFNOTES_NOTEBOOK"] = str(root)
    return subprocess.run(
        [sys.executable, "-m", "confnotes", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
        cwd=root.parent,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, bytes]]:
    root = tmp_path_factory.mktemp("sweep") / "notebook"
    return root, write_hostile_notebook(root)


@pytest.mark.parametrize("command", ["", *_commands()])
def test_every_command_survives_a_hostile_notebook(
    hostile: tuple[Path, dict[Path, bytes]], command: str
) -> None:
    root, before = hostile
    for args in ARGS.get(command, [[command], [command, "--help"]]):
        result = _run(root, args)
        shown = f"confnotes {' '.join(args)}\n{result.stderr[-2000:]}"
        assert result.returncode in (0, 1, 2), shown
        assert "Traceback" not in result.stderr, shown
        assert "Traceback" not in result.stdout, shown
        assert "internal error" not in result.stderr, shown
        if result.returncode and command != "check":
            assert "confnotes: error:" in result.stderr, shown
        if command == "check":
            assert ": error: " in result.stderr and "checked " in result.stderr, shown
    after = snapshot(root)
    assert {p: after.get(p) for p in before} == before, "a command rewrote a user's file"
    assert not (root.parent / "notes").exists(), "nothing may be written to the working folder"
