"""The real ``git``, run as a subprocess: no shell, never a prompt, errors as our own.

A team notebook is an ordinary git work tree (DESIGN.md §1a), so sync drives
the user's own git: their remotes, their credential helpers, their ssh keys.
It must never hang waiting for a password nobody will type (the app owns the
terminal), so terminal prompts and editors are switched off; git's own
credential helpers still answer.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from confnotes.errors import ConfnotesError

NETWORK_TIMEOUT = 120.0
"""Seconds a fetch or push may take before sync gives up on the remote."""
LOCAL_TIMEOUT = 300.0
"""Seconds any other git command may take (a merge of thousands of notes is quick)."""


STALE_LOCK_AGE = 10.0
"""Seconds after which a git lock file with no git running in the notebook is left over
from a git that was killed (git holds a ref's lock for milliseconds)."""
LOCK_HELD = re.compile(r"^(?!remote:).*Unable to create '([^']+\.lock)': File exists", re.M)
"""git's words for a lock it found taken (never a server's ``remote:`` line)."""


class GitError(ConfnotesError):
    """A git command failed; the message is git's own last words."""

    def __init__(self, args: Sequence[str], stderr: str, path: Path | None = None):
        words = " ".join(args[:2])
        lines = [line for line in stderr.strip().splitlines() if line.strip()]
        detail = "; ".join(lines[-3:]) if lines else "failed"
        super().__init__(f"git {words}: {detail}", path)
        self.stderr = stderr


def git_available() -> bool:
    """True when a ``git`` executable is on the PATH."""
    return shutil.which("git") is not None


def git_env() -> dict[str, str]:
    """The environment git runs in: the user's, minus anything that could block on a prompt."""
    env = dict(os.environ)
    env["GIT_TERMINAL_PROMPT"] = "0"  # no username/password prompt on the terminal
    env["GCM_INTERACTIVE"] = "never"  # Git Credential Manager: no dialog either
    env["GIT_EDITOR"] = "true"  # merges and commits never open an editor
    env["GIT_MERGE_AUTOEDIT"] = "no"
    env["LC_ALL"] = "C"  # messages we parse are English
    env.pop("GIT_DIR", None)  # a hook's environment must not point us at another repo
    env.pop("GIT_WORK_TREE", None)
    env.pop("GIT_INDEX_FILE", None)
    if "GIT_SSH_COMMAND" not in env and "GIT_SSH" not in env:
        env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes"  # a key with a passphrase: fail, not ask
    return env


BACKGROUND_NICENESS = 10
"""How much lower git runs for a sync in the app: the user's typing comes first."""


@lru_cache(maxsize=1)
def _nice() -> str | None:
    return shutil.which("nice")


class Git:
    """git commands on one work tree."""

    def __init__(self, root: Path, background: bool = False):
        self.root = root
        self._env = git_env()
        self.cleared: list[str] = []
        """Lock files left by a git that stopped, removed on the way (to tell the user)."""
        self._prefix: list[str] = []
        """``nice -n 10`` for a sync in the background (where ``nice`` exists), so git's
        work never takes the core the app draws keys with."""
        nice = _nice() if background else None
        if nice is not None:
            self._prefix = [nice, "-n", str(BACKGROUND_NICENESS)]

    def run(
        self,
        *args: str,
        check: bool = True,
        stdin: str | None = None,
        timeout: float = LOCAL_TIMEOUT,
        config: Sequence[str] = (),
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run ``git ARGS`` in the work tree; raises :class:`GitError` when ``check`` and it fails.

        ``config``: ``name=value`` settings for this one command (``git -c``); ``env``:
        more environment variables. A lock file (``index.lock``, ``refs/…/x.lock``) that a
        killed git left behind is removed and the command run again, once; one that a
        running git holds stays, and the error names it.
        """
        proc = self._run(args, stdin, timeout, config, env)
        if proc.returncode != 0:
            lock = LOCK_HELD.search(proc.stderr)
            if lock is not None and self._clear_stale(Path(lock.group(1))):
                proc = self._run(args, stdin, timeout, config, env)
        if check and proc.returncode != 0:
            raise GitError(args, proc.stderr or proc.stdout, self.root)
        return proc

    def _clear_stale(self, lock: Path) -> bool:
        """Remove ``lock`` when it is old and no git runs in the notebook; True if removed.

        Only a lock inside the notebook's own ``.git`` (never a path a server's message
        names elsewhere)."""
        lock = lock if lock.is_absolute() else self.root / lock
        if (self.root / ".git").resolve() not in lock.resolve().parents:
            return False
        try:
            age = time.time() - lock.stat().st_mtime
        except OSError:
            return True  # gone meanwhile: run again
        if age < STALE_LOCK_AGE or git_running_in(self.root):
            return False
        try:
            lock.unlink()
        except OSError:
            return False
        self.cleared.append(str(lock))
        return True

    def _run(
        self,
        args: Sequence[str],
        stdin: str | None,
        timeout: float,
        config: Sequence[str],
        env: dict[str, str] | None,
    ) -> subprocess.CompletedProcess[str]:
        cmd = [*self._prefix, "git", "-c", "core.quotepath=off"]
        for item in config:
            cmd += ["-c", item]
        cmd += list(args)
        try:
            proc = subprocess.run(
                cmd,
                cwd=self.root,
                env=self._env if env is None else {**self._env, **env},
                input=stdin,
                stdin=None if stdin is not None else subprocess.DEVNULL,  # never the terminal
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="surrogateescape",
                timeout=timeout,
                check=False,
            )
        except FileNotFoundError as exc:
            raise ConfnotesError(
                "git is not installed (confnotes sync uses it; install git first)"
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise GitError(args, f"no answer after {timeout:.0f} s", self.root) from exc
        return proc

    def out(self, *args: str) -> str:
        """stdout of a command that must succeed, without the final newline."""
        return self.run(*args).stdout.rstrip("\n")

    def ok(self, *args: str) -> bool:
        """True when the command exits 0 (a question, such as ``merge-base --is-ancestor``)."""
        return self.run(*args, check=False).returncode == 0

    def rev(self, ref: str) -> str | None:
        """The commit ``ref`` names, or None when it names none (an empty repository's HEAD)."""
        proc = self.run("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
        return proc.stdout.strip() or None if proc.returncode == 0 else None

    def revs(self, *refs: str) -> list[str | None]:
        """The commits ``refs`` name (None for one naming none), in one process when all
        of them name one."""
        proc = self.run("rev-parse", *(f"{ref}^{{commit}}" for ref in refs), check=False)
        found = proc.stdout.split()
        if proc.returncode == 0 and len(found) == len(refs):
            return list(found)
        return [self.rev(ref) for ref in refs]

    def show_many(self, specs: Sequence[str]) -> dict[str, bytes | None]:
        """The bytes of many ``REV:PATH`` blobs in one process (None: no such blob)."""
        if not specs:
            return {}
        proc = subprocess.run(
            ["git", "cat-file", "--batch"],
            cwd=self.root,
            env=self._env,
            input="".join(f"{spec}\n" for spec in specs).encode("utf-8", "surrogateescape"),
            capture_output=True,
            timeout=LOCAL_TIMEOUT,
            check=False,
        )
        data = proc.stdout
        found: dict[str, bytes | None] = {}
        pos = 0
        for spec in specs:
            nl = data.find(b"\n", pos)
            if nl < 0:
                found[spec] = None
                continue
            header = data[pos:nl].split()
            pos = nl + 1
            if len(header) < 3 or header[1] != b"blob":
                found[spec] = None
                continue
            size = int(header[2])
            found[spec] = data[pos : pos + size]
            pos += size + 1
        return found


def git_running_in(root: Path) -> bool:
    """True when a git process works in ``root`` (its folder is there), as far as the
    system tells (Linux's ``/proc``); elsewhere False, and the lock's age decides."""
    proc_dir = Path("/proc")
    try:
        entries = [entry for entry in proc_dir.iterdir() if entry.name.isdigit()]
    except OSError:
        return False
    for entry in entries:
        try:
            if (entry / "comm").read_text(encoding="utf-8").strip() != "git":
                continue
            cwd = Path(os.readlink(entry / "cwd"))
        except OSError:
            continue
        if cwd == root or root in cwd.parents:
            return True
    return False
