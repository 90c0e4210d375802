"""``confnotes sync`` as a user meets it: first use, offline, detached, busy, plain git pull."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.storage import write_lock
from tests.sync.teamgit import Team, git, seed

NOTE = "conf/robust-merging.md"


def append(root: Path, rel: str, line: str) -> None:
    with (root / rel).open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def test_not_a_repository_says_how_to_set_it_up(
    git_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(tmp_path / "nb")
    assert main(["sync", "--notebook", str(tmp_path / "nb")]) == 2
    err = capsys.readouterr().err
    assert "not a git repository" in err and "confnotes sync --init URL" in err
    assert "Traceback" not in err


def test_init_on_an_empty_remote_pushes_and_ignores_derived_data(
    git_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--quiet", "--bare", str(remote))
    nb = tmp_path / "nb"
    seed(nb)
    (nb / ".confnotes").mkdir()
    (nb / ".confnotes" / "cache.json").write_text("{}", encoding="utf-8")
    assert main(["sync", "--notebook", str(nb), "--init", str(remote)]) == 0
    out = capsys.readouterr().out
    assert "set up .gitignore" in out and "synced with origin/main" in out
    pushed = git(remote, "ls-tree", "-r", "--name-only", "main").split()
    assert NOTE in pushed and not any(p.startswith(".confnotes") for p in pushed)
    assert "merge=confnotes" in (nb / ".gitattributes").read_text(encoding="utf-8")
    assert "merge-driver" in git(nb, "config", "merge.confnotes.driver")
    log = git(nb, "log", "-1", "--format=%B")
    assert "1 talk" in log and "'Robust merging'" in log


def test_offline_commits_locally_then_syncs_when_back(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = team.clones
    append(a, NOTE, "Written on the plane.")
    away = team.remote.with_name("away.git")
    team.remote.rename(away)
    assert main(["sync", "--notebook", str(a)]) == 3
    captured = capsys.readouterr()
    assert "could not reach origin" in captured.err and "committed locally" in captured.err
    assert "Written on the plane." in git(a, "show", "HEAD:" + NOTE)
    away.rename(team.remote)
    assert main(["sync", "--notebook", str(a)]) == 0
    team.sync(b, "Bob")
    assert "Written on the plane." in (b / NOTE).read_text(encoding="utf-8")


def test_detached_head_work_lands_on_the_branch(team: Team) -> None:
    a, b = team.clones
    git(a, "checkout", "--quiet", "--detach")
    append(a, NOTE, "Typed while detached.")
    outcome = team.sync(a, "Ada")
    assert outcome.branch == "main" and outcome.pushed
    assert any("detached" in note for note in outcome.notes)
    assert git(a, "symbolic-ref", "--short", "HEAD").strip() == "main"
    team.sync(b, "Bob")
    assert "Typed while detached." in (b / NOTE).read_text(encoding="utf-8")


def test_diverged_branches_merge(team: Team) -> None:
    a, b = team.clones
    append(a, NOTE, "Ada one.")
    team.sync(a, "Ada")
    append(a, NOTE, "Ada two.")
    git(a, "add", "-A")
    git(a, "commit", "-qm", "by hand")
    append(b, "people/ada-lovelace.md", "Bob's line.")
    outcome = team.sync(b, "Bob")
    assert outcome.merged and outcome.pushed
    team.sync(a, "Ada")
    team.sync(b, "Bob")
    assert team.files(a) == team.files(b)
    assert "Ada two." in team.files(b)[NOTE]


def test_waits_for_a_writer_then_says_busy(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = team.clones[0]
    append(a, NOTE, "Not yet committed.")
    monkeypatch.setattr("confnotes.sync.engine.LOCK_WAIT", 0.3)
    held, release = threading.Event(), threading.Event()

    def writer() -> None:
        with write_lock(a / ".confnotes" / "write.lock"):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    held.wait(5)
    try:
        from confnotes.sync import engine

        with pytest.raises(Exception, match="busy"):
            engine.sync(a, lock_wait=0.3)
    finally:
        release.set()
        thread.join()
    assert "Not yet committed." not in git(a, "show", "HEAD:" + NOTE)
    assert main(["sync", "--notebook", str(a)]) == 0


def test_plain_git_pull_uses_the_notes_merge_driver(team: Team) -> None:
    a, b = team.clones
    (a / NOTE).write_text(
        (a / NOTE).read_text(encoding="utf-8").replace("starred: false", "starred: true"),
        encoding="utf-8",
    )
    team.sync(a, "Ada")
    text = (b / NOTE).read_text(encoding="utf-8")
    (b / NOTE).write_text(text.replace("- git\n", "- git\n- pulls\n"), encoding="utf-8")
    git(b, "commit", "-qam", "tag by hand")
    git(b, "pull", "--quiet", "--no-rebase", "--no-edit")
    merged = (b / NOTE).read_text(encoding="utf-8")
    assert "starred: true" in merged and "- pulls" in merged


def test_noted_by_names_who_wrote_the_body(team: Team) -> None:
    a, b = team.clones
    append(a, NOTE, "Ada's notes.")
    team.sync(a, "Ada")
    append(b, NOTE, "Bob's notes.")
    team.sync(b, "Bob")
    team.sync(a, "Ada")
    text = (a / NOTE).read_text(encoding="utf-8")
    assert "noted_by:\n- Ada\n- Bob\n" in text or "noted_by:\n- Bob\n- Ada\n" in text
    assert "Ada's notes.\n" in text and "Bob's notes.\n" in text
    assert team.files(a) == team.files(b)


def test_summary_says_who_wrote_which_notes(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = team.clones
    (a / "conf" / "second.md").write_text(
        "---\ntitle: Second talk\n---\nAda covered this room.\n", encoding="utf-8"
    )
    team.sync(a, "Ada")
    append(b, NOTE, "Bob covered the other room.")
    team.sync(b, "Bob")
    team.sync(a, "Ada")
    assert main(["export", "--notebook", str(a), "--only", "noted", "--format", "md"]) == 0
    out = capsys.readouterr().out
    # The seed note was first committed by Ada, so she is on both.
    assert "Notes by:** Ada (2), Bob (1)." in out
    assert "**Notes** by Ada, Bob" in out and "**Notes** by Ada\n" in out
    assert "Ada covered this room." in out and "Bob covered the other room." in out


def test_only_the_merged_files_are_reindexed_and_found(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = team.clones
    assert main(["reindex", "--notebook", str(a)]) == 0
    append(b, NOTE, "The zebrafish result surprised everyone.")
    team.sync(b, "Bob")
    capsys.readouterr()
    assert main(["sync", "--notebook", str(a)]) == 0
    out = capsys.readouterr().out
    assert "1 file changed by the sync; 1 re-indexed" in out
    assert main(["search", "--notebook", str(a), "zebrafish"]) == 0
    assert "Robust merging" in capsys.readouterr().out


def test_a_repository_without_remote_commits_and_says_how_to_add_one(
    git_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = tmp_path / "nb"
    seed(nb)
    git(nb, "init", "--quiet")
    assert main(["sync", "--notebook", str(nb)]) == 0
    out = capsys.readouterr().out
    assert "committed locally (no remote)" in out and "git remote add origin URL" in out
    assert NOTE in git(nb, "ls-files")
