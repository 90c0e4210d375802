"""Making a notebook folder a team notebook: ignore rules, the merge driver, a remote.

Written on the first ``confnotes sync`` (and checked on every one, cheaply):
``.gitignore`` keeps ``.confnotes/`` (index, caches, recovery copies, locks) out
of git; ``.gitattributes`` and ``.git/config`` hand note, person and conference
files to confnotes' merge driver, so a plain ``git pull`` in the notebook merges
front matter key by key too.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from confnotes.errors import BadInputError
from confnotes.notebook.storage import atomic_write
from confnotes.sync.branches import remote_head
from confnotes.sync.git import Git

DRIVER = "confnotes"
"""The merge driver's name in ``.gitattributes`` (``merge=confnotes``)."""
IGNORE_LINES = (".confnotes/",)
ATTRIBUTE_LINES = (
    f"*.md merge={DRIVER}",
    f"conference.yaml merge={DRIVER}",
)
DEFAULT_BRANCH = "main"


def driver_command() -> str:
    """The command git runs to merge a file (this Python, so a venv install works too)."""
    return f"{shlex.quote(sys.executable)} -m confnotes merge-driver %O %A %B %P"


def _ensure_lines(path: Path, lines: tuple[str, ...], header: str) -> bool:
    """Append the lines ``path`` lacks (keeping what the user wrote); True when it changed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(f"cannot read: {exc}", path) from exc
    have = {line.strip() for line in text.splitlines()}
    missing = [line for line in lines if line not in have]
    if not missing:
        return False
    if text and not text.endswith("\n"):
        text += "\n"
    if header not in have:
        text += f"{header}\n"
    text += "".join(f"{line}\n" for line in missing)
    atomic_write(path, text.encode("utf-8"))
    return True


def ensure_setup(git: Git, current: str | None = None) -> list[str]:
    """Ignore rules, merge attributes and the driver's config; returns what was set up.

    ``current``: the driver command the repository's config holds, when already read.
    """
    done = []
    root = git.root
    if _ensure_lines(root / ".gitignore", IGNORE_LINES, "# confnotes: derived data (rebuilt)"):
        done.append(".gitignore")
    if _ensure_lines(
        root / ".gitattributes", ATTRIBUTE_LINES, "# confnotes: merge notes key by key"
    ):
        done.append(".gitattributes")
    command = driver_command()
    key = f"merge.{DRIVER}.driver"
    if current is None:
        current = git.run("config", "--local", "--get", key, check=False).stdout.strip()
    if current != command:
        git.run("config", "--local", f"merge.{DRIVER}.name", "confnotes notes merge")
        git.run("config", "--local", key, command)
        done.append("merge driver")
    return done


def init_repository(git: Git, remote_url: str, remote: str = "origin") -> None:
    """``git init`` the notebook and add the team's remote.

    The first branch bears the name the remote's HEAD gives when the remote is a
    repository on this computer (a bare one on a shared drive): then a plain ``git
    clone`` checks out what sync pushed, whatever each git's default branch name
    is. Elsewhere it is git's own default, as ``git init --bare`` on a server uses
    (GitHub and the like take the first branch pushed; a clone that finds no
    branch under the remote's HEAD follows the remote's only one on its first sync).
    """
    git.run("init", "--quiet")
    branch = remote_head(git, remote_url)
    if branch is not None:
        git.run("symbolic-ref", "HEAD", f"refs/heads/{branch}")
    git.run("remote", "add", remote, remote_url)
