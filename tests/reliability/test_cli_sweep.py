"""Every command on a notebook full of hostile files: exit 0, 1 or 2, never a traceback.

Run in subprocesses, so that a crash of the interpreter itself (a segfault
in a C parser) fails the test instead of killing the test run. Commands are
discovered, so ones that land later are swept too.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from confnotes.cli import build_parser

from .hostile import snapshot, write_hostile_notebook


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[attr-defined]


ARGS: dict[str, list[list[str]]] = {
    "": [["--version"], ["--help"]],
    "check": [["check", "--strict"]],
    "export": [
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
    "open": [
        ["open", "--print", "hostile/utf16-bom"],
        ["open", "--print", "../../etc/passwd"],
        ["open", "--print", "bomb"],
    ],
    "now": [["now", "--print"], ["now", "--print", "--at", "garbage"]],
    "import": [["import", "hostile/binary.md"], ["import", "/dev/null"]],
    "people": [["people", "merge", "bomb", "unclosed"], ["people", "split", "nobody"]],
}
"""Argument sets per command (unknown commands get ``[name]`` and ``[name, --help]``).

Invocations that open the terminal UI are not run here (a UI with no terminal waits
for ever); ``test_ui_opens_every_hostile_note`` drives the same notebook through the
app with Textual's Pilot instead."""


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
    arg_sets = ARGS.get(command, [[command], [command, "--help"]])
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda args: _run(root, args), arg_sets))
    for args, result in zip(arg_sets, results, strict=True):
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


def test_ui_opens_every_hostile_note(tmp_path: Path) -> None:
    """The app on the hostile notebook: every note opens in the editor, nothing crashes,
    and nothing is written while the user only looks."""
    root = tmp_path / "notebook"
    before = write_hostile_notebook(root)
    asyncio.run(_look_at_every_note(root))
    after = snapshot(root)
    assert {p: after.get(p) for p in before} == before


async def _look_at_every_note(root: Path) -> None:
    from confnotes.notebook.notebook import Notebook
    from tests.tui.helpers import app_for

    app = app_for(root)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        nb = Notebook.open(root)
        small = [t.id for t in nb.talks.values() if len(t.body) < 200_000]  # big: item 16
        for talk_id in sorted(small):
            app.main.open_talk(talk_id)
            await pilot.pause()
            assert app.main.editor.talk_id == talk_id
        await pilot.press("ctrl+q")
    assert app._exception is None
