"""One branch for the whole team, whatever each git calls its default branch (DESIGN §1a).

The README's set-up is followed word for word: ``git init --bare``, ``confnotes sync
--init``, ``git clone``, ``confnotes sync --notebook``; every clone must end on one
branch and see everyone's notes, with git's default branch set to ``master`` and to
``main``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from confnotes.cli import main
from tests.sync.teamgit import git, seed

NOTE = "conf/robust-merging.md"


def default_branch(tmp_path: Path, name: str) -> None:
    """git's ``init.defaultBranch`` for every git these tests run (the user's setting)."""
    config = Path(os.environ["GIT_CONFIG_GLOBAL"])
    config.write_text(f"[init]\n\tdefaultBranch = {name}\n", encoding="utf-8")


def cli(*args: str) -> int:
    return main(list(args))


def add_note(root: Path, name: str, words: str) -> None:
    (root / "conf" / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{words}\n", "utf-8")


@pytest.mark.parametrize("default", ["master", "main"])
def test_the_readme_set_up_puts_every_clone_on_one_branch(
    git_env: None, tmp_path: Path, default: str, capsys: pytest.CaptureFixture[str]
) -> None:
    default_branch(tmp_path, default)
    shared = tmp_path / "shared" / "conf-notes.git"
    shared.parent.mkdir()
    git(tmp_path, "init", "--bare", str(shared))  # the README's line, as typed
    first = tmp_path / "first"
    seed(first)
    assert cli("sync", "--notebook", str(first), "--init", str(shared)) == 0
    second = tmp_path / "conf-notes"
    git(tmp_path, "clone", str(shared), str(second))
    assert (second / NOTE).is_file()  # the clone checked the notes out
    assert cli("sync", "--notebook", str(second)) == 0
    add_note(first, "first-only", "Written on the first laptop.")
    add_note(second, "second-only", "Written on the second laptop.")
    for root in (first, second, first):
        assert cli("sync", "--notebook", str(root)) == 0
    out = capsys.readouterr().out
    assert "not all synced" not in out
    for root in (first, second):
        assert (root / "conf" / "first-only.md").is_file()
        assert (root / "conf" / "second-only.md").is_file()
    branches = git(shared, "for-each-ref", "--format=%(refname)", "refs/heads/").split()
    assert branches == [git(shared, "symbolic-ref", "HEAD").strip()]


def test_a_clone_of_a_remote_whose_head_names_no_branch_follows_its_branch(
    git_env: None, tmp_path: Path
) -> None:
    """A bare repository on a server sync cannot look into: its HEAD names ``master``,
    the first clone pushed ``main``. The next clone checks out nothing; its first sync
    takes the remote's one branch instead of pushing a second one."""
    shared = tmp_path / "conf-notes.git"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "master", str(shared))
    first = tmp_path / "first"
    seed(first)
    git(first, "init", "--quiet", "-b", "main")
    git(first, "remote", "add", "origin", str(shared))
    assert cli("sync", "--notebook", str(first)) == 0
    second = tmp_path / "second"
    git(tmp_path, "clone", "--quiet", str(shared), str(second))
    assert not (second / NOTE).exists()
    assert cli("sync", "--notebook", str(second)) == 0
    assert (second / NOTE).is_file()
    assert git(second, "symbolic-ref", "--short", "HEAD").strip() == "main"
    assert git(shared, "for-each-ref", "--format=%(refname)", "refs/heads/").split() == [
        "refs/heads/main"
    ]


def test_a_team_split_over_two_branches_is_told_and_can_join(
    git_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two clones that sync to two branches never see each other's notes: sync says so
    (not "synced"), and the command it gives joins them."""
    shared = tmp_path / "conf-notes.git"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "master", str(shared))
    ada, bob = tmp_path / "ada", tmp_path / "bob"
    seed(ada)
    git(ada, "init", "--quiet", "-b", "main")
    git(ada, "remote", "add", "origin", str(shared))
    assert cli("sync", "--notebook", str(ada)) == 0
    (bob / "conf").mkdir(parents=True)
    git(bob, "init", "--quiet", "-b", "master")
    git(bob, "remote", "add", "origin", str(shared))
    add_note(bob, "bobs", "Bob's notes.")
    (bob / "conf" / "conference.yaml").write_text("name: Team Conf\n", encoding="utf-8")
    git(bob, "add", "-A")
    git(bob, "commit", "--quiet", "-m", "Bob's first notes")
    git(bob, "push", "--quiet", "-u", "origin", "master")  # as an older sync did
    capsys.readouterr()
    assert cli("sync", "--notebook", str(ada)) == 1
    captured = capsys.readouterr()
    assert "synced with" not in captured.out
    assert "origin/master has 1 commit" in captured.out
    assert "git branch --set-upstream-to=origin/master" in captured.err
    git(ada, "branch", "--set-upstream-to=origin/master")
    assert cli("sync", "--notebook", str(ada)) == 0
    assert cli("sync", "--notebook", str(bob)) == 0
    for root in (ada, bob):
        assert (root / "conf" / "bobs.md").is_file() and (root / NOTE).is_file()
