"""A sync asks git little: the app syncs every few seconds while the user types, and each
git command is a process taking the CPU the keys are drawn with. What it reports (what
came in, the conflicts left to resolve) stays what a full look at the notebook says."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from confnotes.sync.engine import CONFLICTS_FILE
from tests.sync.teamgit import Team, git

NOTE = "conf/robust-merging.md"


def append(root: Path, rel: str, line: str) -> None:
    with (root / rel).open("a", encoding="utf-8") as handle:
        handle.write(f"{line}\n")


def edit(root: Path, old: str, new: str) -> None:
    path = root / NOTE
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def git_calls(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[], Any]], int]:
    """``count(action)``: how many git processes ``action`` ran."""
    calls: list[list[str]] = []
    original = subprocess.run

    def spy(cmd: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(cmd, list) and "git" in cmd[:4]:
            calls.append(cmd)
        return original(cmd, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", spy)

    def count(action: Callable[[], Any]) -> int:
        calls.clear()
        action()
        return len(calls)

    return count


def test_a_sync_runs_few_git_commands(
    team: Team, git_calls: Callable[[Callable[[], Any]], int]
) -> None:
    a, b = team.clones
    team.sync(a)
    assert git_calls(lambda: team.sync(a)) <= 6  # nothing new on either side
    append(b, NOTE, "Bob's line.")
    team.sync(b, "Bob")
    assert git_calls(lambda: team.sync(a)) <= 11  # a teammate's notes come in (checked first)
    append(b, NOTE, "Bob's second line.")
    team.sync(b, "Bob")
    append(a, "people/ada-lovelace.md", "Ada's line.")
    assert git_calls(lambda: team.sync(a)) <= 16  # theirs in, ours out: a merge
    files = team.files(a)
    assert "Bob's second line." in files[NOTE]
    assert "Ada's line." in files["people/ada-lovelace.md"]
    team.sync(b, "Bob")
    assert team.files(b) == files


def test_conflicts_are_reported_until_resolved_however_the_notebook_changes(team: Team) -> None:
    a, b = team.clones
    edit(a, "Middle line two.", "Middle line two (Ada's take).")
    edit(b, "Middle line two.", "Middle line two (Bob's take).")
    team.sync(a, "Ada")
    assert team.sync(b, "Bob").conflicts == [NOTE]
    assert team.sync(b, "Bob").conflicts == [NOTE]  # nothing changed: still there
    append(b, "people/ada-lovelace.md", "Another line.")  # another file changed
    assert team.sync(b, "Bob").conflicts == [NOTE]
    (b / ".confnotes" / CONFLICTS_FILE).unlink()  # derived data: may go at any time
    assert team.sync(b, "Bob").conflicts == [NOTE]
    # Resolved in an editor and committed by hand, then a teammate's conflict comes in.
    text = (b / NOTE).read_text(encoding="utf-8")
    start, end = text.index("<<<<<<<"), text.index(">>>>>>>")
    resolved = text[:start] + "Middle line two, agreed.\n" + text[text.index("\n", end) + 1 :]
    (b / NOTE).write_text(resolved, encoding="utf-8")
    git(b, "commit", "-qam", "resolved by hand")
    assert team.sync(b, "Bob").conflicts == []
    team.sync(a, "Ada")
    assert team.sync(a, "Ada").conflicts == []
    (a / "conf" / "conference.yaml").write_text(
        (a / "conf" / "conference.yaml").read_text(encoding="utf-8") + "<<<<<<< mine\n",
        encoding="utf-8",
    )  # markers written by another tool: committed, and seen
    assert team.sync(a, "Ada").conflicts == ["conf/conference.yaml"]
