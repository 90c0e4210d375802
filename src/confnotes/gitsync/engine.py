"""``confnotes sync``: commit, fetch, merge, push, and never lose either side's words.

One call does what a careful person would do by hand in the notebook's git work
tree. Whenever it changes files it holds the notebook's write lock, so no
confnotes writer (the app, an import) changes a file while git rewrites the
tree; fetch and push run without it:

1. finish a merge a plain ``git pull`` left half done (its conflicts are already
   written into the files by the merge driver);
2. on a detached HEAD, commit there, then bring that commit onto the branch;
3. commit every local change with a message naming the talks, people and
   conferences (after adding the git user to each edited note's ``noted_by``);
4. fetch; merge the remote branch: git merges what it can, and the notes both
   sides changed are merged here as the merge driver would (front matter key by
   key, bodies line by line); a note deleted on one side and edited on the other
   is kept, edited;
5. push (fetching and merging again when someone pushed meanwhile).

Offline, steps 1-3 still happen and the result says the remote was not reached.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from confnotes.errors import BadInputError, BusyError, ConfnotesError, StorageError
from confnotes.gitsync.changes import changed_paths, fill_noted_by, staged_changes, user_name
from confnotes.gitsync.driver import handled, merge_bytes
from confnotes.gitsync.git import NETWORK_TIMEOUT, Git, GitError, git_available
from confnotes.gitsync.repo_setup import DEFAULT_BRANCH, DRIVER, ensure_setup, init_repository
from confnotes.notebook import DERIVED_DIR, WRITE_LOCK
from confnotes.storage import atomic_write, write_lock

LOCK_WAIT = 5.0
"""Seconds sync waits for another writer (the app saving a note) before saying it is busy."""
PUSH_ATTEMPTS = 3
"""Times sync fetches and merges again when the remote moved while it was merging."""

Say = Callable[[str], None]


class NotARepositoryError(BadInputError):
    """The notebook folder is not a git work tree of its own."""


@dataclass
class SyncOutcome:
    """What one sync did, for the command's output and the app's status line."""

    committed: str | None = None
    """The local commit's subject, when there was something to commit."""
    remote: str | None = None
    """The remote synced with (None: the notebook has none)."""
    branch: str = DEFAULT_BRANCH
    reached: bool = False
    """True when the remote answered (fetch succeeded)."""
    unreachable: str = ""
    """Why the remote could not be reached (git's words)."""
    pushed: bool = False
    merged: bool = False
    """True when the remote's commits were merged or fast-forwarded in."""
    changed: list[str] = field(default_factory=list)
    """Notebook files the sync changed in the work tree (merged in, or ``noted_by`` filled)."""
    conflicts: list[str] = field(default_factory=list)
    """Files that now hold conflict markers (to resolve in the app or an editor)."""
    kept_edited: list[str] = field(default_factory=list)
    """Files deleted on one side and edited on the other: kept, edited."""
    ahead: int = 0
    behind: int = 0
    setup: list[str] = field(default_factory=list)
    """What first use set up (``.gitignore``, ``.gitattributes``, merge driver)."""
    notes: list[str] = field(default_factory=list)
    """Other things the user should be told (detached HEAD moved onto a branch...)."""

    @property
    def offline(self) -> bool:
        """True when there is a remote and it could not be reached or refused the push."""
        return self.remote is not None and not self.pushed

    def status_line(self) -> str:
        """``synced with origin/main: 3 files in, 1 conflict`` style one-liner."""
        if self.remote is None:
            head = "committed locally (no remote)"
        elif not self.reached:
            head = f"offline: committed locally, {self.remote} not reached"
        elif not self.pushed:
            head = f"merged, but {self.remote} did not take the push"
        else:
            head = f"synced with {self.remote}/{self.branch}"
        parts = []
        if self.changed:
            parts.append(f"{len(self.changed)} file{'s' if len(self.changed) != 1 else ''} changed")
        if self.ahead:
            parts.append(f"{self.ahead} ahead")
        if self.behind:
            parts.append(f"{self.behind} behind")
        if self.conflicts:
            n = len(self.conflicts)
            parts.append(f"{n} conflict{'s' if n != 1 else ''} to resolve")
        return head + (": " + ", ".join(parts) if parts else "")


def sync(
    root: Path,
    remote: str | None = None,
    init_remote: str | None = None,
    lock_wait: float = LOCK_WAIT,
    say: Say | None = None,
    guard: Callable[[], AbstractContextManager[object]] | None = None,
    on_written: Callable[[list[str]], None] | None = None,
    background: bool = False,
) -> SyncOutcome:
    """Sync the notebook at ``root`` with its remote (see the module docstring).

    The work tree is only touched while the notebook's write lock is held (and
    ``guard()``, the app's own save lock); fetch and push run without them, so a
    slow network never stops the app from saving. ``on_written`` is called, still
    under the locks, with the files sync rewrote, so a loaded notebook can re-read
    them before anyone compares them with what it last saw. ``background``: git runs at
    a lower priority (the app syncs while the user types).

    Raises:
        NotARepositoryError: the notebook is not a git work tree (the message says how).
        BadInputError: no git user name, an unknown remote, a rebase in progress.
        StorageError: another writer held the notebook for ``lock_wait`` seconds.
        GitError: git failed in a way sync cannot settle (its message is shown).
    """
    if not git_available():
        raise ConfnotesError("git is not installed (confnotes sync uses it; install git first)")
    root = root.resolve()
    git = Git(root, background=background)
    _check_repository(git, init_remote, remote or "origin")
    derived = root / DERIVED_DIR
    if derived.is_symlink():
        raise BadInputError(f"{DERIVED_DIR} is a symlink; open the notebook in the app once", root)
    derived.mkdir(exist_ok=True)
    run = _Run(git, _Locks(derived / WRITE_LOCK, lock_wait, say, guard), say, on_written)
    return run.sync(remote)


class _Locks:
    """The notebook's write lock (waited for a few seconds, then "busy") plus ``guard``."""

    def __init__(
        self,
        path: Path,
        wait: float,
        say: Say | None,
        guard: Callable[[], AbstractContextManager[object]] | None,
    ):
        self.path, self.wait, self.say, self.guard = path, wait, say, guard

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        with contextlib.ExitStack() as stack:
            if self.guard is not None:
                stack.enter_context(self.guard())
            try:
                stack.enter_context(write_lock(self.path, timeout=0.05))
            except (BusyError, StorageError):
                if self.say:
                    self.say("waiting for another confnotes writer to finish…")
                try:
                    stack.enter_context(write_lock(self.path, timeout=self.wait))
                except (BusyError, StorageError):
                    raise StorageError(
                        "the notebook is busy (another confnotes process is writing to it); "
                        "try again in a moment",
                        self.path,
                    ) from None
            yield


class _Run:
    """One sync: the steps of the module docstring, locked where they touch files."""

    def __init__(
        self,
        git: Git,
        locks: _Locks,
        say: Say | None,
        on_written: Callable[[list[str]], None] | None,
    ):
        self.git = git
        self.locks = locks
        self.say: Say = say or (lambda _text: None)
        self.on_written = on_written
        self.out = SyncOutcome()
        self.start: str | None = None
        """HEAD once local changes are committed: the work tree as the user left it."""

    def _written(self, before: int) -> None:
        if self.on_written is not None and len(self.out.changed) > before:
            self.on_written(self.out.changed[before:])

    def sync(self, remote_name: str | None) -> SyncOutcome:
        git, out, say = self.git, self.out, self.say
        with self.locks.held():
            branch, remote = self._prepare(remote_name)
        out.branch, out.remote = branch, remote
        remote_ref = f"refs/remotes/{remote}/{branch}" if remote else None
        if remote is None or remote_ref is None:
            _finish(git, out, self.start, None)
            return out
        for _attempt in range(PUSH_ATTEMPTS):
            say(f"fetching from {remote}…")
            fetched = git.run("fetch", "--quiet", remote, timeout=NETWORK_TIMEOUT, check=False)
            if fetched.returncode != 0:
                out.unreachable = _last_words(fetched.stderr)
                break
            out.reached = True
            with self.locks.held():
                before = len(out.changed)
                head = git.rev("HEAD")
                if _commit_local(git, out) and head == self.start:  # saved while we fetched
                    self.start = git.rev("HEAD")  # those files were on disk already
                if git.rev(remote_ref) is not None:
                    _merge(git, remote_ref, f"{remote}/{branch}", out)
                _note_changes(git, out, self.start)
                self._written(before)
            if git.rev("HEAD") is None:
                out.pushed = True  # nothing committed anywhere yet: nothing to push
                break
            if git.rev(remote_ref) == git.rev("HEAD"):
                out.pushed = True
                break
            say(f"pushing to {remote}…")
            pushed = git.run(
                "push", "--quiet", "-u", remote, f"HEAD:refs/heads/{branch}",
                timeout=NETWORK_TIMEOUT, check=False,
            )  # fmt: skip
            if pushed.returncode == 0:
                out.pushed = True
                break
            if "rejected" not in pushed.stderr and "fetch first" not in pushed.stderr:
                out.unreachable = _last_words(pushed.stderr)
                break
        _finish(git, out, self.start, remote_ref)
        return out

    def _prepare(self, remote_name: str | None) -> tuple[str, str | None]:
        """Locked: settle odd states, commit local changes, choose remote and branch."""
        git, out, say = self.git, self.out, self.say
        dot_git = Path(git.out("rev-parse", "--absolute-git-dir"))
        if (dot_git / "rebase-merge").exists() or (dot_git / "rebase-apply").exists():
            raise BadInputError(
                "a git rebase is in progress in the notebook; finish it (git rebase "
                "--continue) or abort it (git rebase --abort) first",
                git.root,
            )
        if not user_name(git):
            raise BadInputError(
                'git does not know your name; run `git config --global user.name "Your Name"` '
                'and `git config --global user.email "you@example.org"`',
                git.root,
            )
        out.setup = ensure_setup(git)
        if (dot_git / "MERGE_HEAD").exists():
            say("finishing a merge left unfinished by git pull…")
            git.run("add", "-A")
            _settle_unmerged(git, out, remerge=False)  # the files may already be edited
            git.run("commit", "--no-edit", "--quiet", "--no-verify")
        branch = _current_branch(git)
        out.committed = _commit_local(git, out)
        self._written(0)
        self.start = git.rev("HEAD")  # the work tree now: anything after it came in
        remote = _choose_remote(git, remote_name, branch)
        if branch is None:
            before = len(out.changed)
            branch = _attach(git, remote, out)
            _note_changes(git, out, self.start)
            self._written(before)
        return branch, remote


def _check_repository(git: Git, init_remote: str | None, remote: str) -> None:
    proc = git.run("rev-parse", "--show-toplevel", check=False)
    if proc.returncode != 0:
        if init_remote is None:
            raise NotARepositoryError(
                "the notebook is not a git repository; to share it, run "
                "`confnotes sync --init URL` with your team's (empty) remote, "
                "or `git init` in it and `git remote add origin URL`",
                git.root,
            )
        init_repository(git, init_remote, remote)
        return
    top = Path(proc.stdout.strip()).resolve()
    if top != git.root:
        raise NotARepositoryError(
            f"the notebook is inside the git repository {top}, not one of its own; "
            "confnotes sync commits the notebook folder only when it is a repository's top "
            "folder (move it out, or run `git init` in it)",
            git.root,
        )
    if init_remote is not None:
        urls = git.run("remote", "get-url", remote, check=False)
        if urls.returncode != 0:
            git.run("remote", "add", remote, init_remote)
        elif urls.stdout.strip() != init_remote:
            raise BadInputError(
                f"remote {remote!r} already points to {urls.stdout.strip()}; "
                f"change it with `git remote set-url {remote} URL`",
                git.root,
            )


def _last_words(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return "; ".join(lines[-2:]) if lines else "no answer"


def _current_branch(git: Git) -> str | None:
    proc = git.run("symbolic-ref", "--quiet", "--short", "HEAD", check=False)
    return proc.stdout.strip() or None if proc.returncode == 0 else None


def _choose_remote(git: Git, wanted: str | None, branch: str | None) -> str | None:
    remotes = git.out("remote").split()
    if wanted is not None:
        if wanted not in remotes:
            known = ", ".join(remotes) or "none"
            raise BadInputError(f"no git remote {wanted!r} (known: {known})", git.root)
        return wanted
    if branch:
        configured = git.run("config", "--get", f"branch.{branch}.remote", check=False)
        name = configured.stdout.strip()
        if name in remotes:
            return name
    if "origin" in remotes:
        return "origin"
    return remotes[0] if remotes else None


def _commit_local(git: Git, out: SyncOutcome) -> str | None:
    """Stage everything (``.confnotes/`` is ignored), fill ``noted_by``, commit; the subject."""
    paths = changed_paths(git)
    if paths is None:
        return None
    has_head = git.rev("HEAD") is not None
    out.changed.extend(fill_noted_by(git, paths, user_name(git), has_head))
    git.run("add", "-A")
    changes = staged_changes(git)
    if not changes.changes:
        return None
    message = changes.message(socket.gethostname())
    git.run("commit", "--quiet", "--no-verify", "-F", "-", stdin=message)
    return message.splitlines()[0]


def _attach(git: Git, remote: str | None, out: SyncOutcome) -> str:
    """A detached HEAD (after a checkout of an old commit): carry its commits to a branch."""
    branch = DEFAULT_BRANCH
    if remote is not None:
        head = git.run("symbolic-ref", "--quiet", f"refs/remotes/{remote}/HEAD", check=False)
        if head.returncode == 0:
            branch = head.stdout.strip().rsplit("/", 1)[-1]
    if git.rev(f"refs/heads/{branch}") is None and git.rev("refs/heads/master") is not None:
        branch = "master"
    detached = git.rev("HEAD")
    if git.rev(f"refs/heads/{branch}") is None:
        git.run("checkout", "--quiet", "-b", branch)
        out.notes.append(f"HEAD was detached; your work is now on the new branch {branch}")
        return branch
    git.run("checkout", "--quiet", branch)
    if detached is not None and not git.ok("merge-base", "--is-ancestor", detached, "HEAD"):
        _merge(git, detached, "the detached HEAD", out)
    out.notes.append(f"HEAD was detached; its commits were merged into {branch}")
    return branch


def _merge(git: Git, ref: str, label: str, out: SyncOutcome) -> None:
    """Merge ``ref`` into HEAD; conflicts stay in the files between markers and are committed."""
    head = git.rev("HEAD")
    theirs = git.rev(ref)
    if theirs is None or theirs == head:
        return
    if head is None:
        git.run("reset", "--quiet", "--hard", ref)  # empty local history: take theirs
        out.merged = True
        return
    if git.ok("merge-base", "--is-ancestor", ref, "HEAD"):
        return
    # The notes driver is not run by git here (one Python process per file is slow):
    # git leaves each note both sides changed unmerged, and _settle_unmerged merges
    # them all in this process. A plain `git pull` runs the registered driver instead.
    merged = git.run(
        "merge", "--no-edit", "--quiet", "--allow-unrelated-histories",
        "-m", f"confnotes sync: merge {label}", ref, check=False,
        config=[f"merge.{DRIVER}.driver=false"],
    )  # fmt: skip
    out.merged = True
    if merged.returncode == 0:
        return
    if not git.ok("rev-parse", "--verify", "--quiet", "MERGE_HEAD"):
        raise GitError(("merge", label), merged.stderr or merged.stdout, git.root)
    _settle_unmerged(git, out)
    git.run("commit", "--no-edit", "--quiet", "--no-verify")


def _settle_unmerged(git: Git, out: SyncOutcome, remerge: bool = True) -> None:
    """Resolve what git left unmerged by keeping every version's words in the work tree.

    Content conflicts are already merged by the driver (markers in the file). A file
    deleted on one side and edited on the other is kept as edited. Anything else git
    could not place is restored from whichever side still has it.
    """
    listing = git.run("ls-files", "--unmerged", "-z").stdout
    stages: dict[str, set[int]] = {}
    for entry in listing.split("\0"):
        if "\t" not in entry:
            continue
        meta, path = entry.split("\t", 1)
        stages.setdefault(path, set()).add(int(meta.split()[2]))
    both = [p for p, present in stages.items() if remerge and {2, 3} <= present and handled(p)]
    blobs = git.show_many([f":{n}:{p}" for p in both for n in (1, 2, 3)])
    for path in both:
        base, ours, theirs = (blobs.get(f":{n}:{path}") or b"" for n in (1, 2, 3))
        try:
            merged, _clean = merge_bytes(base, ours, theirs, path)
        except ConfnotesError:
            # Not text (NUL bytes): keep this side's file, the other beside it.
            aside = f"{path}.theirs"
            atomic_write(git.root / aside, theirs)
            out.notes.append(f"{path} is not text; kept yours, theirs is in {aside}")
            continue
        atomic_write(git.root / path, merged)
    for path, present in sorted(stages.items()):
        file = git.root / path
        if not file.exists():
            side = 3 if 3 in present else 2 if 2 in present else None
            if side is None:
                git.run("rm", "--quiet", "--cached", "--", path)
                continue
            blob = git.show_many([f":{side}:{path}"]).get(f":{side}:{path}") or b""
            atomic_write(file, blob)
        if not ({2, 3} <= present):
            out.kept_edited.append(path)
        git.run("add", "--", path)


def _note_changes(git: Git, out: SyncOutcome, start: str | None) -> None:
    """Add the files that differ between ``start`` and HEAD to ``out.changed``."""
    end = git.rev("HEAD")
    if start is not None and end is not None and start != end:
        diff = git.run("diff", "--name-only", "-z", "--no-renames", start, end).stdout
        out.changed.extend(p for p in diff.split("\0") if p and p not in out.changed)
    elif start is None and end is not None and out.merged:
        files = git.run("ls-files", "-z").stdout
        out.changed.extend(p for p in files.split("\0") if p and p not in out.changed)


def _finish(git: Git, out: SyncOutcome, start: str | None, remote_ref: str | None) -> None:
    """Fill in what changed in the work tree, the conflicts and ahead/behind."""
    _note_changes(git, out, start)
    end = git.rev("HEAD")
    grep = git.run("grep", "-l", "-z", "-E", "^<{7}( |$)", "--", "*.md", "*.yaml", check=False)
    out.conflicts = sorted(p for p in grep.stdout.split("\0") if p)
    if remote_ref is not None and git.rev(remote_ref) is not None and end is not None:
        counts = git.out("rev-list", "--left-right", "--count", f"HEAD...{remote_ref}").split()
        out.ahead, out.behind = int(counts[0]), int(counts[1])
    elif remote_ref is not None and end is not None:
        out.ahead = int(git.out("rev-list", "--count", "HEAD"))


def local_status(root: Path) -> str | None:
    """``3 changes to sync, 1 ahead, 1 conflict`` without touching the network or any file;
    None when the notebook is not a git repository of its own (or git is missing)."""
    if not git_available():
        return None
    git = Git(root.resolve())
    top = git.run("rev-parse", "--show-toplevel", check=False)
    if top.returncode != 0 or Path(top.stdout.strip()).resolve() != git.root:
        return None
    parts = []
    changed = git.run("status", "--porcelain", "-z", "--untracked-files=all", check=False)
    count = sum(1 for entry in changed.stdout.split("\0") if len(entry) > 3 and entry[2] == " ")
    if count:
        parts.append(f"{count} change{'s' if count != 1 else ''} to sync")
    counts = git.run("rev-list", "--left-right", "--count", "HEAD...@{upstream}", check=False)
    if counts.returncode == 0:
        ahead, behind = (int(x) for x in counts.stdout.split())
        parts += [f"{ahead} ahead"] * bool(ahead) + [f"{behind} behind"] * bool(behind)
    grep = git.run("grep", "-l", "-z", "-E", "^<{7}( |$)", "--", "*.md", "*.yaml", check=False)
    conflicts = sum(1 for p in grep.stdout.split("\0") if p)
    if conflicts:
        parts.append(f"{conflicts} conflict{'s' if conflicts != 1 else ''} to resolve")
    return ", ".join(parts) or "up to date with the last sync"
