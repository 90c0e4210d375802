"""What a teammate's commits may not bring into the notebook: confnotes' own folder, and
symlinks that lead out of the notebook.

git would write both into the work tree: a tracked ``.confnotes`` (a file or a
symlink) replaces the local, git-ignored ``.confnotes/`` with its recovery copies
and undo log, and a symlink note or attachment pointing at ``~/.ssh/id_rsa`` is
read by whatever opens it next. Before a merge, sync looks at what the incoming
side changed since the common base; when it holds such entries, it merges a
commit on top of theirs without them instead (and pushes it, so the team's
branch is clean again), and says what it skipped.
"""

from __future__ import annotations

import os
import posixpath
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from confnotes.notebook.notebook import DERIVED_DIR
from confnotes.sync.git import Git

SYMLINK_MODE = "120000"
"""git's mode of a symlink entry."""
PRIVATE_TOP = (DERIVED_DIR, ".git")
"""Top-level names no tracked path may be or lead into."""


@dataclass
class Skipped:
    """Entries left out of an incoming commit, with the reason for each."""

    reasons: dict[str, str] = field(default_factory=dict)

    def lines(self, label: str) -> list[str]:
        return [f"skipped {path} from {label}: {why}" for path, why in self.reasons.items()]


def refused_entries(git: Git, base: str | None, theirs: str) -> Skipped:
    """The entries ``theirs`` adds or changes since ``base`` (None: all of its tree) that
    may not enter the notebook."""
    if base:
        listing = git.run("diff-tree", "-r", "-z", "--no-renames", base, theirs).stdout
        fields = listing.split("\0")
        entries = [
            (meta.split()[1], path)
            for meta, path in zip(fields[0::2], fields[1::2], strict=False)
            if meta.startswith(":") and len(meta.split()) >= 5
        ]
    else:
        listing = git.run("ls-tree", "-r", "-z", "--full-tree", theirs).stdout
        entries = [
            (item.split(" ", 1)[0], item.split("\t", 1)[1])
            for item in listing.split("\0")
            if "\t" in item
        ]
    skipped = Skipped()
    links = []
    for mode, path in entries:
        if path.split("/", 1)[0] in PRIVATE_TOP:
            skipped.reasons[path] = f"{DERIVED_DIR} is this computer's own (never shared)"
        elif mode == SYMLINK_MODE:
            links.append(path)
    targets = git.show_many([f"{theirs}:{path}" for path in links])
    for path in links:
        raw = targets.get(f"{theirs}:{path}") or b""
        target = raw.decode("utf-8", "surrogateescape")
        if not _inside(path, target):
            skipped.reasons[path] = f"a symlink to {target!r}, outside the notebook"
    return skipped


def _inside(path: str, target: str) -> bool:
    """True when a symlink at ``path`` pointing to ``target`` stays in the notebook (and
    out of its private folders), read without following any other link."""
    if not target or target.startswith(("/", "\\")) or (len(target) > 1 and target[1] == ":"):
        return False
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
    top = joined.split("/", 1)[0]
    return joined != "." and top != ".." and top not in PRIVATE_TOP


def without(git: Git, theirs: str, skipped: Skipped, label: str) -> str:
    """A commit on top of ``theirs`` whose tree lacks the skipped entries; returns its id."""
    with tempfile.TemporaryDirectory(prefix="confnotes-sync-") as tmp:
        env = {"GIT_INDEX_FILE": f"{tmp}/index"}
        git.run("read-tree", theirs, env=env)
        git.run(
            "update-index", "--force-remove", "-z", "--stdin",
            stdin="".join(f"{path}\0" for path in skipped.reasons), env=env,
        )  # fmt: skip
        tree = git.run("write-tree", env=env).stdout.strip()
    message = f"confnotes sync: leave out what may not enter a notebook ({label})\n\n" + "\n".join(
        f"- {line}" for line in skipped.lines(label)
    )
    return git.run("commit-tree", tree, "-p", theirs, "-F", "-", stdin=message).stdout.strip()


def plain_file(root: Path, rel: str) -> bool:
    """True when ``rel`` is a regular file reached from ``root`` through no symlink: the
    only files sync reads or rewrites in place (a symlinked note would hand it, and
    then the team, a file from outside the notebook)."""
    path = root
    for part in rel.split("/"):
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            return False
        if stat.S_ISLNK(mode):
            return False
    return stat.S_ISREG(mode)
