"""The README's two commands, in order, after a newcomer types in the demo.

The first command copies the demo out of the package and opens the copy; what is
typed there must change no file git tracks, and the test suite (the second command)
must still start from the pristine demo.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from confnotes.commands.demo_copy import default_demo_folder, demo_source
from tests.conftest import DEMO, REPO
from tests.tui.helpers import CALIBRATION, app_for, wait_for


def _readme_blocks() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.*?)\n```", readme, re.S)


def _first_command_args() -> list[str]:
    """The arguments the README's first command gives ``confnotes``."""
    first = _readme_blocks()[0]
    assert "\n" not in first, "the first command stays a single line"
    last = first.split("&&")[-1].strip()
    words = shlex.split(last)
    assert words[0] == ".venv/bin/confnotes"
    return words[1:]


def _git_status() -> str:
    if shutil.which("git") is None:
        if os.environ.get("CI"):
            pytest.fail("git is needed by this test and is missing")
        pytest.skip("git is not installed")
    done = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("not a git checkout (an sdist)")
    return done.stdout


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".confnotes" not in p.parts and "__pycache__" not in p.parts
    }


def test_the_first_command_is_one_line_that_opens_a_copy_of_the_demo() -> None:
    args = _first_command_args()
    assert args[0] == "demo"
    assert "--notebook" not in args, "the demo never opens files of the repository"


async def test_typing_in_the_readme_demo_leaves_the_repository_clean(tmp_path: Path) -> None:
    before = _git_status()
    pristine = _tree_digest(demo_source())
    # The first command, as typed, without a terminal: it makes the copy and says where.
    done = subprocess.run(
        [sys.executable, "-m", "confnotes", *_first_command_args()],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    copy = default_demo_folder()
    assert str(copy) in done.stdout
    assert copy.is_relative_to(tmp_path), "the copy goes to the user data folder"
    assert "Calibration Is Not Enough" in done.stdout

    # The newcomer types a note in the app, which saves it.
    app = app_for(copy)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.press(*"my first note")
        await pilot.press("ctrl+s")
        note = copy / f"{CALIBRATION}.md"
        await wait_for(pilot, lambda: "my first note" in note.read_text(encoding="utf-8"))

    assert _git_status() == before, "typing in the demo changed the repository"
    # The second command (the tests) starts from the untouched demo.
    assert _tree_digest(demo_source()) == pristine
    assert DEMO.resolve() == demo_source().resolve()
    assert "my first note" not in (DEMO / f"{CALIBRATION}.md").read_text(encoding="utf-8")

    # Running the first command again reopens the same copy, notes kept.
    again = subprocess.run(
        [sys.executable, "-m", "confnotes", *_first_command_args()],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert "my first note" in (copy / f"{CALIBRATION}.md").read_text(encoding="utf-8")


def test_demo_refuses_a_folder_that_holds_something_else(tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.tex").write_text("mine", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "confnotes", "demo", str(busy)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2
    assert "not a copy of the demo" in done.stderr
    assert sorted(os.listdir(busy)) == ["thesis.tex"]
