"""Faults a team meets (issue 29): every file kept, nothing outside the notebook touched,
YAML still YAML, a refused push or a stale lock told for what it is."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml

from confnotes.cli import main
from confnotes.notebook.merge3 import has_conflict_markers
from confnotes.notebook.notebook import Notebook
from tests.sync.teamgit import Team, git

NOTE = "conf/robust-merging.md"


def intruder(team: Team) -> Path:
    """A teammate's plain git clone (not confnotes): it commits whatever it likes."""
    path = team.base / "intruder"
    git(team.base, "clone", "--quiet", str(team.remote), str(path))
    return path


def push(root: Path, message: str) -> None:
    git(root, "add", "-A", "-f")
    git(root, "commit", "--quiet", "-m", message)
    git(root, "push", "--quiet", "origin", "HEAD")


def test_an_attachment_changed_on_both_sides_is_kept_twice(team: Team) -> None:
    a, b = team.clones
    (a / "conf" / "slides.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00base")
    (a / "conf" / "data.csv").write_text("talk,room\nx,101\n", encoding="utf-8")
    team.sync(a, "Ada")
    team.sync(b, "Bob")
    (a / "conf" / "slides.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00ada")
    (b / "conf" / "slides.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00bob")
    (a / "conf" / "data.csv").write_text("talk,room\nx,102\n", encoding="utf-8")
    (b / "conf" / "data.csv").write_text("talk,room\nx,103\n", encoding="utf-8")
    team.sync(a, "Ada")
    outcome = team.sync(b, "Bob")
    team.sync(a, "Ada")
    for root in (a, b):
        assert (root / "conf" / "slides.png").read_bytes().endswith(b"bob")
        assert (root / "conf" / "slides.theirs.png").read_bytes().endswith(b"ada")
        assert (root / "conf" / "data.csv").read_text(encoding="utf-8").endswith("x,103\n")
        assert (root / "conf" / "data.theirs.csv").read_text(encoding="utf-8").endswith("102\n")
    assert sorted(outcome.conflicts_aside) == ["conf/data.theirs.csv", "conf/slides.theirs.png"]
    assert "2 files kept twice" in outcome.status_line()
    listed = git(a, "ls-files").split()
    assert listed == git(b, "ls-files").split()
    assert all((a / p).read_bytes() == (b / p).read_bytes() for p in listed)


@pytest.mark.parametrize("shape", ["file", "symlink"])
def test_a_tracked_confnotes_never_replaces_the_local_one(team: Team, shape: str) -> None:
    a, _b = team.clones
    keep = a / ".confnotes" / "recovery" / "robust-merging-20250612T101500-1.md"
    keep.parent.mkdir(parents=True)
    keep.write_text("words only here\n", encoding="utf-8")
    outside = team.base / "outside"
    outside.mkdir()
    other = intruder(team)
    if shape == "file":
        (other / ".confnotes").write_text("not a folder\n", encoding="utf-8")
    else:
        (other / ".confnotes").symlink_to(outside)
    (other / "conf" / "new-talk.md").write_text("---\ntitle: New\n---\nNew words.\n", "utf-8")
    push(other, "track .confnotes")
    outcome = team.sync(a, "Ada")
    assert keep.read_text(encoding="utf-8") == "words only here\n"
    assert (a / ".confnotes").is_dir() and not (a / ".confnotes").is_symlink()
    assert (a / "conf" / "new-talk.md").is_file()  # the rest of the commit came in
    assert any(".confnotes" in note and "skipped" in note for note in outcome.notes)
    assert list(outside.iterdir()) == []
    assert ".confnotes" not in git(team.remote, "ls-tree", "--name-only", "main").split()
    assert main(["search", "--notebook", str(a), "words"]) == 0
    team.sync(a, "Ada")  # and again: nothing more to say
    assert (a / ".confnotes").is_dir()


def test_a_symlink_out_of_the_notebook_is_not_brought_in(team: Team) -> None:
    a, _b = team.clones
    secret = team.base / "id_rsa"
    secret.write_text("PRIVATE KEY\n", encoding="utf-8")
    other = intruder(team)
    (other / "conf" / "stolen.md").symlink_to(secret)
    (other / "conf" / "key.png").symlink_to(Path("..") / ".." / "id_rsa")
    (other / "conf" / "fine.md").write_text("---\ntitle: Fine\n---\nFine words.\n", "utf-8")
    push(other, "links")
    outcome = team.sync(a, "Ada")
    for name in ("stolen.md", "key.png"):
        path = a / "conf" / name
        assert not path.exists() and not path.is_symlink()
        assert any(
            f"conf/{name}" in note and "outside the notebook" in note for note in outcome.notes
        )
    assert (a / "conf" / "fine.md").is_file()
    assert secret.read_text(encoding="utf-8") == "PRIVATE KEY\n"


def test_conference_yaml_changed_on_both_sides_stays_yaml(team: Team) -> None:
    a, b = team.clones
    conf = "conf/conference.yaml"
    text = (a / conf).read_text(encoding="utf-8")
    (a / conf).write_text(
        text.replace("Europe/Berlin", "Europe/Paris") + "sessions:\n- id: orals\n  title: Orals\n",
        encoding="utf-8",
    )
    (b / conf).write_text(
        text.replace("Europe/Berlin", "Europe/London").replace("Team Conf", "Team Conf 2025")
        + "venue: Hall B\n",
        encoding="utf-8",
    )
    team.sync(a, "Ada")
    outcome = team.sync(b, "Bob")
    assert conf in outcome.conflicts
    team.sync(a, "Ada")
    for root in (a, b):
        merged = (root / conf).read_text(encoding="utf-8")
        data = yaml.safe_load(merged)
        assert data["name"] == "Team Conf 2025" and data["venue"] == "Hall B"
        assert data["sessions"] == [{"id": "orals", "title": "Orals"}]
        assert data["timezone"] == "Europe/London"  # Bob's, merged on Bob's side
        assert "Europe/Paris" in merged  # Ada's value, in the commented conflict block
        nb = Notebook.open(root)
        (conference,) = nb.conferences.values()
        assert conference.name == "Team Conf 2025" and conference.timezone == "Europe/London"
    assert team.files(a) == team.files(b)


@pytest.mark.parametrize("first", ["merger", "editor"])
def test_a_person_merged_on_one_clone_and_edited_on_another_stays_one(
    team: Team, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    a, b = team.clones
    (a / "people" / "a-lovelace.md").write_text(
        "---\nname: A. Lovelace\naliases: []\n---\nFirst line about her.\n", encoding="utf-8"
    )
    talk = (a / NOTE).read_text(encoding="utf-8")
    (a / NOTE).write_text(talk.replace("- ada-lovelace", "- a-lovelace"), encoding="utf-8")
    team.sync(a, "Ada")
    team.sync(b, "Bob")
    assert main(["people", "merge", "ada-lovelace", "a-lovelace", "--notebook", str(a)]) == 0
    page = b / "people" / "a-lovelace.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("aliases: []", "aliases:\n- Augusta Ada")
        + "Bob's line about her.\n",
        encoding="utf-8",
    )
    order = [(a, "Ada"), (b, "Bob")] if first == "merger" else [(b, "Bob"), (a, "Ada")]
    for root, user in [*order, order[0]]:
        team.sync(root, user)
    capsys.readouterr()
    for root in (a, b):
        assert not (root / "people" / "a-lovelace.md").exists()
        nb = Notebook.open(root)
        assert sorted(nb.people) == ["ada-lovelace"]
        ada = nb.people["ada-lovelace"]
        assert "Bob's line about her." in ada.body and "First line about her." in ada.body
        assert "Augusta Ada" in ada.aliases
        assert nb.talks[NOTE.removesuffix(".md")].speakers == ["ada-lovelace"]
    assert team.files(a) == team.files(b)


def test_two_people_typing_at_the_end_of_a_note_both_keep_their_lines(team: Team) -> None:
    """The app saves a note without a final newline: both appends are kept, no markers."""
    a, b = team.clones
    body = (a / NOTE).read_text(encoding="utf-8").rstrip("\n")
    (a / NOTE).write_text(body, encoding="utf-8")
    team.sync(a, "Ada")
    team.sync(b, "Bob")
    (a / NOTE).write_text(body + "\nAda typed this.", encoding="utf-8")
    (b / NOTE).write_text(body + "\nBob typed this.", encoding="utf-8")
    team.sync(a, "Ada")
    outcome = team.sync(b, "Bob")
    team.sync(a, "Ada")
    assert outcome.conflicts == []
    for root in (a, b):
        text = (root / NOTE).read_text(encoding="utf-8")
        assert not has_conflict_markers(text)
        assert text.count("Closing line three.") == 1
        tail = text.split("Closing line three.\n", 1)[1]
        assert sorted(tail.split("\n")) == ["Ada typed this.", "Bob typed this."]
    assert team.files(a) == team.files(b)


def test_a_push_refused_by_the_server_shows_its_reason(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _b = team.clones
    hook = team.remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'notes are frozen until the keynote ends' >&2\nexit 1\n")
    hook.chmod(0o755)
    (a / NOTE).write_text((a / NOTE).read_text(encoding="utf-8") + "More.\n", "utf-8")
    assert main(["sync", "--notebook", str(a)]) == 1  # refused, not offline (3)
    err = capsys.readouterr().err
    assert "refused the push" in err and "notes are frozen until the keynote ends" in err


def test_a_stale_git_lock_is_cleared_and_named(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = team.clones
    (b / NOTE).write_text((b / NOTE).read_text(encoding="utf-8") + "Bob's.\n", "utf-8")
    team.sync(b, "Bob")
    lock = a / ".git" / "refs" / "remotes" / "origin" / "main.lock"
    lock.write_text("", encoding="utf-8")
    assert main(["sync", "--notebook", str(a)]) == 1  # just made: a git may be running
    assert str(lock) in capsys.readouterr().err
    old = time.time() - 3600
    os.utime(lock, (old, old))  # left by a git killed an hour ago
    index_lock = a / ".git" / "index.lock"
    index_lock.write_text("", encoding="utf-8")
    os.utime(index_lock, (old, old))
    assert main(["sync", "--notebook", str(a)]) == 0
    out = capsys.readouterr().out
    assert f"removed {lock}" in out and "synced with origin/main" in out
    assert "Bob's." in (a / NOTE).read_text(encoding="utf-8")
    assert not lock.exists() and not index_lock.exists()


def test_a_local_symlink_to_a_note_outside_is_never_read_into_the_team(team: Team) -> None:
    """A symlink in this clone pointing out of the notebook: sync neither reads what it
    points to (into ``noted_by``, into the commit message) nor replaces it."""
    a, b = team.clones
    private = team.base / "diary.md"
    private.write_text("---\ntitle: My private diary\n---\nPrivate words.\n", "utf-8")
    (a / "conf" / "diary.md").symlink_to(private)
    team.sync(a, "Ada")
    assert (a / "conf" / "diary.md").is_symlink()
    assert (
        private.read_text(encoding="utf-8") == "---\ntitle: My private diary\n---\nPrivate words.\n"
    )
    log = git(team.remote, "log", "--format=%B", "main")
    assert "private diary" not in log
    tree = git(team.remote, "ls-tree", "-r", "main", "conf/diary.md")
    assert tree.startswith("120000 ")  # shared as the link it is, not what it points to
    team.sync(b, "Bob")
    assert not (b / "conf" / "diary.md").exists()
