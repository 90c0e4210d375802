"""The app's sync runs git below the app's priority: git's work never takes the core the
app draws keys with. The command line's own sync runs git as usual."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from confnotes.sync.git import BACKGROUND_NICENESS, Git
from tests.sync.teamgit import require_git

REPORT = f"!'{sys.executable}' -c 'import os; print(os.nice(0))'"
"""A git alias: a command git runs as its child, which inherits git's niceness."""


def niceness_of_git(root: Path, background: bool) -> int:
    out = Git(root, background=background).run(
        "-c", f"alias.niceness={REPORT}", "niceness", check=False
    )
    assert out.returncode == 0, out.stderr
    return int(out.stdout.split()[0])


def test_the_apps_sync_runs_git_at_a_lower_priority(tmp_path: Path) -> None:
    require_git()
    if shutil.which("nice") is None:
        if os.environ.get("CI"):
            pytest.fail("nice (coreutils) is needed here")
        pytest.skip("no nice on this machine: git runs at the app's priority")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    mine = os.nice(0)
    assert niceness_of_git(tmp_path, background=False) == mine
    assert niceness_of_git(tmp_path, background=True) == min(19, mine + BACKGROUND_NICENESS)
