"""One branch for the whole team, whatever each clone's git calls its default branch.

A bare repository made with ``git init --bare`` names ``master`` or ``main`` in its
HEAD depending on the git that made it; a clone checks out the branch the
remote's HEAD names, and checks out nothing when that branch does not exist.
So ``sync --init`` onto a bare repository it can read names its first branch
after that repository's HEAD, and every sync follows the team's branch: the one
the clone follows already (its upstream), else one the remote has of the same
name, else the branch the remote's HEAD names, else the remote's only branch. A
clone whose branch has no commit yet takes the team's branch's name. The
remote's other branches holding commits this clone lacks are reported, never
passed over in silence.

A push that fails says why: behind the remote (fetch, merge and push again),
refused by the server (its own words, from its hook), or not reached (offline).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from pathlib import Path

from confnotes.sync.git import Git


@dataclass
class BranchChoice:
    """The branch a sync merges from and pushes to."""

    branch: str
    adopt: bool = False
    """True when the clone's branch had no commit and now bears this name."""
    others: list[str] = field(default_factory=list)
    """The remote's other branches (checked for commits this clone lacks)."""
    commit: str | None = None
    """The commit the remote's branch names (None: it has none yet)."""


def team_branch(git: Git, remote: str, local: str, upstream: str) -> BranchChoice:
    """The team's branch on ``remote`` after a fetch (``local``: the checked-out branch,
    ``upstream``: the remote branch it follows, "" when none)."""
    listing = git.run(
        "for-each-ref", "--format=%(refname:strip=3)%00%(symref:strip=3)%00%(objectname)",
        f"refs/remotes/{remote}/",
    ).stdout  # fmt: skip
    names: list[str] = []
    commits: dict[str, str] = {}
    head = ""
    for line in listing.splitlines():
        name, target, commit = [*line.split("\0"), "", ""][:3]
        if name == "HEAD":
            head = target
        elif name:
            names.append(name)
            commits[name] = commit
    for candidate in (upstream, local, head):
        if candidate and candidate in names:
            chosen = candidate
            break
    else:
        chosen = names[0] if len(names) == 1 else local
    choice = BranchChoice(
        chosen, others=[n for n in names if n != chosen], commit=commits.get(chosen)
    )
    if chosen not in (local, upstream) and git.rev("HEAD") is None:
        git.run("symbolic-ref", "HEAD", f"refs/heads/{chosen}")
        choice.adopt = True
    return choice


_SCP_LIKE = re.compile(r"^[^/\\]+:")
"""``host:path`` (an ssh address), as git reads an address without ``://``."""
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def local_path(url: str) -> Path | None:
    """The folder a remote's address names on this computer (a shared drive), or None."""
    if url.startswith("file://"):
        return Path(url[len("file://") :])
    if "://" in url or (_SCP_LIKE.match(url) and not _DRIVE.match(url)):
        return None
    return Path(url).expanduser()


def remote_head(git: Git, url: str) -> str | None:
    """The branch a repository on this computer names in its HEAD (even one without
    commits, which no git protocol tells before git 2.31's), else None."""
    path = local_path(url)
    if path is None or not path.is_dir():
        return None
    proc = git.run("--git-dir", str(path), "symbolic-ref", "--quiet", "HEAD", check=False)
    ref = proc.stdout.strip()
    if proc.returncode != 0 or not ref.startswith("refs/heads/"):
        proc = git.run("-C", str(path), "symbolic-ref", "--quiet", "HEAD", check=False)
        ref = proc.stdout.strip()
    return ref.removeprefix("refs/heads/") if ref.startswith("refs/heads/") else None


class PushFailure(enum.Enum):
    """Why a push did not go through."""

    BEHIND = "behind"
    """The remote has commits this clone has not merged (someone pushed meanwhile)."""
    REFUSED = "refused"
    """The server was reached and said no (a hook, a protected branch, permissions)."""
    UNREACHED = "unreached"
    """The server could not be reached."""


@dataclass
class PushOutcome:
    kind: PushFailure
    reason: str


_BEHIND = re.compile(r"!\s*\[rejected\].*\((?:fetch first|non-fast-forward)\)")
_REF_REASON = re.compile(r"!\s*\[(?:remote )?rejected\][^(]*\((.+)\)\s*$", re.MULTILINE)
_PROGRESS = re.compile(r"^(?:Counting|Compressing|Writing|Total|Resolving|Enumerating|Delta)")


def push_failure(stderr: str) -> PushOutcome:
    """Read git's words about a failed push."""
    if _BEHIND.search(stderr):
        return PushOutcome(PushFailure.BEHIND, "the remote has new commits")
    said = [
        line[len("remote:") :].strip() for line in stderr.splitlines() if line.startswith("remote:")
    ]
    said = [line for line in said if line and not _PROGRESS.match(line)]
    ref = _REF_REASON.search(stderr)
    if ref is not None or said:
        parts = said[-5:] + ([ref.group(1)] if ref is not None else [])
        return PushOutcome(PushFailure.REFUSED, "; ".join(parts))
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return PushOutcome(PushFailure.UNREACHED, "; ".join(lines[-2:]) if lines else "no answer")
