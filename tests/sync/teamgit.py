"""A team notebook in temp folders: a bare remote and clones, real git, no network."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from confnotes.sync import SyncOutcome, sync

CONFERENCE = """\
name: Team Conf
start: 2025-06-12
end: 2025-06-12
timezone: Europe/Berlin
"""

TALK = """\
---
title: Robust merging
speakers:
- ada-lovelace
starred: false
tags:
- git
---
Intro line one.
Middle line two.
Closing line three.
"""

PERSON = """\
---
name: Ada Lovelace
aliases:
- A. Lovelace
---
Met her at the poster session.
"""


def require_git() -> None:
    """Skip without git, but fail on CI (a missing tool must not pass silently)."""
    if shutil.which("git") is None:
        if os.environ.get("CI"):
            pytest.fail("git is not installed on CI; these tests need it")
        pytest.skip("git is not installed")


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout


def seed(root: Path) -> None:
    (root / "conf").mkdir(parents=True, exist_ok=True)
    (root / "people").mkdir(exist_ok=True)
    (root / "conf" / "conference.yaml").write_text(CONFERENCE, encoding="utf-8")
    (root / "conf" / "robust-merging.md").write_text(TALK, encoding="utf-8")
    (root / "people" / "ada-lovelace.md").write_text(PERSON, encoding="utf-8")


class Team:
    """A bare remote and clones of one notebook."""

    def __init__(self, base: Path, clones: int):
        self.base = base
        self.remote = base / "remote.git"
        git(base, "init", "--quiet", "--bare", "-b", "main", str(self.remote))
        first = base / "clone0"
        first.mkdir()
        seed(first)
        self.sync(first, init=str(self.remote))
        self.clones = [first]
        for n in range(1, clones):
            path = base / f"clone{n}"
            git(base, "clone", "--quiet", str(self.remote), str(path))
            self.sync(path)
            self.clones.append(path)

    def sync(self, root: Path, user: str = "Ada", init: str | None = None) -> SyncOutcome:
        os.environ["GIT_AUTHOR_NAME"] = os.environ["GIT_COMMITTER_NAME"] = user
        return sync(root, init_remote=init)

    def files(self, root: Path) -> dict[str, str]:
        """Every tracked file's text (what a teammate would see)."""
        listed = git(root, "ls-files").split()
        return {p: (root / p).read_text(encoding="utf-8") for p in listed}


@pytest.fixture
def git_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """git identity and config from the environment only (CI has no global config)."""
    isolate_git(monkeypatch, tmp_path)


def isolate_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """See :func:`git_env` (callable from fixtures of other test folders)."""
    require_git()
    config = tmp_path / "gitconfig"
    config.write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for var, value in (
        ("GIT_AUTHOR_NAME", "Ada"),
        ("GIT_AUTHOR_EMAIL", "ada@example.org"),
        ("GIT_COMMITTER_NAME", "Ada"),
        ("GIT_COMMITTER_EMAIL", "ada@example.org"),
    ):
        monkeypatch.setenv(var, value)


@pytest.fixture
def team(git_env: None, tmp_path: Path) -> Team:
    return Team(tmp_path, 2)


@pytest.fixture
def team3(git_env: None, tmp_path: Path) -> Team:
    return Team(tmp_path, 3)
