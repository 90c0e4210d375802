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
4. fetch; choose the team's one branch (:mod:`confnotes.sync.branches`); leave
   out of the incoming commits what may not enter a notebook (a tracked
   ``.confnotes``, symlinks out of it: :mod:`confnotes.sync.incoming`); merge:
   git merges what it can, and the notes both sides changed are merged here as
   the merge driver would (front matter key by key, bodies line by line); any
   other file both changed is kept twice (``x.theirs.png``); a note deleted on
   one side and edited on the other is kept, edited, and a person page merged
   into another person there has its edit folded into that person's page;
5. push (fetching and merging again when someone pushed meanwhile); a server's
   refusal is reported in its own words, and the remote's other branches holding
   notes not merged here are named.

Offline, steps 1-3 still happen and the result says the remote was not reached.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from confnotes.errors import BadInputError, BusyError, ConfnotesError, StorageError
from confnotes.notebook.notebook import DERIVED_DIR, folder_transaction
from confnotes.notebook.storage import atomic_write, read_regular_file
from confnotes.sync.branches import PushFailure, push_failure, team_branch
from confnotes.sync.commit_message import (
    WorkTree,
    fill_noted_by,
    kind_of,
    staged_changes,
    user_name,
    work_tree,
)
from confnotes.sync.driver import aside_name, handled, merge_bytes
from confnotes.sync.git import LOCK_HELD, NETWORK_TIMEOUT, Git, GitError, git_available
from confnotes.sync.incoming import plain_file, refused_entries, without
from confnotes.sync.repo_setup import DEFAULT_BRANCH, DRIVER, ensure_setup, init_repository

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
    refused: str = ""
    """Why the remote, reached, refused the push (the server's own words)."""
    unfollowed: dict[str, int] = field(default_factory=dict)
    """Other branches of the remote holding commits not merged here (name → how many):
    a teammate syncing to another branch, whose notes this clone never sees."""
    pushed: bool = False
    merged: bool = False
    """True when the remote's commits were merged or fast-forwarded in."""
    changed: list[str] = field(default_factory=list)
    """Notebook files the sync changed in the work tree (merged in, or ``noted_by`` filled)."""
    conflicts: list[str] = field(default_factory=list)
    """Files that now hold conflict markers (to resolve in the app or an editor)."""
    conflicts_aside: list[str] = field(default_factory=list)
    """The other side's version of files both sides changed, written beside them
    (``slides.theirs.pdf``): compare, keep one, delete the other."""
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
        """True when there is a remote and it could not be reached (not when it refused)."""
        return self.remote is not None and not self.pushed and not self.refused

    def status_line(self) -> str:
        """``synced with origin/main: 3 files in, 1 conflict`` style one-liner."""
        if self.remote is None:
            head = "committed locally (no remote)"
        elif not self.reached:
            head = f"offline: committed locally, {self.remote} not reached"
        elif self.refused:
            head = f"not synced: {self.remote} refused the push ({self.refused})"
        elif not self.pushed:
            head = f"merged, but {self.remote} did not take the push"
        elif self.unfollowed:
            others = ", ".join(
                f"{self.remote}/{name} has {n} commit{'s' if n != 1 else ''}"
                for name, n in sorted(self.unfollowed.items())
            )
            head = f"not all synced: {others} not merged here (on {self.remote}/{self.branch})"
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
        if self.conflicts_aside:
            n = len(self.conflicts_aside)
            parts.append(f"{n} file{'s' if n != 1 else ''} kept twice (.theirs)")
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
    dot_git, branch = _check_repository(git, init_remote, remote or "origin")
    derived = root / DERIVED_DIR
    if derived.is_symlink():
        raise BadInputError(f"{DERIVED_DIR} is a symlink; open the notebook in the app once", root)
    if derived.exists() and not derived.is_dir():
        raise BadInputError(
            f"{DERIVED_DIR} is a file, not confnotes' own folder (a commit made outside "
            f"confnotes may have put it there): move it away (if git tracks it, `git rm "
            f"--cached {DERIVED_DIR}`), then sync again",
            root,
        )
    derived.mkdir(exist_ok=True)
    run = _Run(git, _Locks(root, lock_wait, say, guard), say, on_written)
    run.dot_git, run.derived, run.branch = dot_git, derived, branch
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
                stack.enter_context(folder_transaction(self.path, timeout=0.05))
            except (BusyError, StorageError):
                if self.say:
                    self.say("waiting for another confnotes writer to finish…")
                try:
                    stack.enter_context(folder_transaction(self.path, timeout=self.wait))
                except (BusyError, StorageError):
                    raise StorageError(
                        "the notebook is busy (another confnotes process is writing to it); "
                        "try again in a moment",
                        self.path,
                    ) from None
            yield


class _Run:
    """One sync: the steps of the module docstring, locked where they touch files.

    Every git command is a process taking CPU from the app the user types in, so a round
    asks git as little as it can: one ``status`` tells the branch, HEAD and what changed;
    local changes are committed after the fetch, under the lock the merge holds anyway
    (one ``status`` for both); the commits known are not asked for again; and the files
    holding conflict markers are remembered between syncs, so only the files a sync
    committed or brought in are looked at again.
    """

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
        self.dot_git = git.root / ".git"
        """The repository's git folder."""
        self.derived = git.root / DERIVED_DIR
        """The notebook's ``.confnotes/`` (where the conflicts last found are kept)."""
        self.user = ""
        """The git user's name (asked once)."""
        self.branch: str | None = ""
        """The checked-out branch when known before the lock ("": not known; None: detached)."""
        self.diffed: tuple[str | None, str | None] = (None, None)
        """The commits whose difference is in ``out.changed`` already."""
        self.head: str | None = None
        """HEAD as this sync last saw or made it."""
        self.started = False
        """True once local changes were first committed (``base`` and ``start`` set)."""
        self.base: str | None = None
        """HEAD before this sync committed or merged anything."""
        self.start: str | None = None
        """HEAD once local changes are committed: the work tree as the user left it."""
        self.committed: set[str] = set()
        """Files this sync committed from the work tree."""
        self.config: dict[str, str] = {}
        """What sync reads of git's settings (see :func:`_config`)."""

    def _written(self, before: int) -> None:
        if self.on_written is not None and len(self.out.changed) > before:
            self.on_written(self.out.changed[before:])

    def sync(self, remote_name: str | None) -> SyncOutcome:
        git, out, say = self.git, self.out, self.say
        with self.locks.held():
            branch, remote = self._prepare(remote_name)
        out.branch, out.remote = branch, remote
        if remote is None:
            with self.locks.held():
                before = len(out.changed)
                self._commit()
                self._written(before)
            self._finish(None, None)
            return out
        upstream = self.config.get(f"branch.{branch}.merge", "").removeprefix("refs/heads/")
        if self.config.get(f"branch.{branch}.remote") != remote:
            upstream = ""
        others: list[str] = []
        known: str | None = None
        remote_ref = f"refs/remotes/{remote}/{upstream or branch}"
        theirs: str | None = None
        for attempt in range(PUSH_ATTEMPTS):
            say(f"fetching from {remote}…")
            fetched = git.run("fetch", "--quiet", remote, timeout=NETWORK_TIMEOUT, check=False)
            with self.locks.held():
                before = len(out.changed)
                if fetched.returncode == 0 and attempt == 0:
                    # The team's one branch: the one followed, else the remote's own.
                    choice = team_branch(git, remote, branch, upstream)
                    others, known = choice.others, choice.commit or ""
                    if choice.adopt:
                        say(f"following {remote}/{choice.branch}, the team's branch")
                        branch = choice.branch
                    out.branch = choice.branch
                    remote_ref = f"refs/remotes/{remote}/{choice.branch}"
                # The changes from before the sync, and saves while fetching.
                theirs = self._commit(remote_ref, known)
                known = None
                if fetched.returncode == 0:
                    out.reached = True
                    if theirs is not None:
                        if theirs != self.head:
                            self._user()  # a merge may need a commit
                        self.head = _merge(
                            git, remote_ref, f"{remote}/{out.branch}", out, self.head, theirs
                        )
                    self._note_changes()
                self._written(before)
            if fetched.returncode != 0:
                _raise_if_locked(git, fetched.stderr)
                out.unreachable = _last_words(fetched.stderr)
                break
            if self.head is None or theirs == self.head:
                out.pushed = True  # nothing committed anywhere yet, or nothing to push
                break
            say(f"pushing to {remote}…")
            pushed = git.run(
                "push", "--quiet", "-u", remote, f"HEAD:refs/heads/{out.branch}",
                timeout=NETWORK_TIMEOUT, check=False,
            )  # fmt: skip
            if pushed.returncode == 0:
                out.pushed = True
                theirs = self.head  # the push moved the remote-tracking branch too
                break
            failure = push_failure(pushed.stderr)
            if failure.kind == PushFailure.BEHIND:
                if attempt == PUSH_ATTEMPTS - 1:
                    out.unreachable = (
                        f"teammates pushed while this sync merged, {PUSH_ATTEMPTS} times; "
                        "sync again"
                    )
                continue  # fetch, merge again, push again
            if failure.kind == PushFailure.REFUSED:
                out.refused = failure.reason
            else:
                _raise_if_locked(git, pushed.stderr)
                out.unreachable = failure.reason
            break
        self._finish(remote_ref, theirs, others)
        out.notes.extend(f"removed {lock}, left by a git that stopped" for lock in git.cleared)
        return out

    def _commit(self, remote_ref: str | None = None, known: str | None = None) -> str | None:
        """Locked: commit the work tree's changes (the first time, note where HEAD was);
        the commit ``remote_ref`` names (None: none, or no ``remote_ref``). ``known``:
        that commit when already read ("": the ref names none)."""
        git, out = self.git, self.out
        tree = work_tree(git)
        user = self._user() if tree.paths is not None else ""
        subject, paths = _commit_local(git, out, tree, user)
        self.committed.update(paths)
        theirs: str | None = None
        if subject is not None and remote_ref is not None and known is None:
            head, theirs = git.revs("HEAD", remote_ref)
        else:
            head = git.rev("HEAD") if subject is not None else tree.head
            if known is not None:
                theirs = known or None
            elif remote_ref is not None:
                theirs = git.rev(remote_ref)
        if not self.started:
            self.started = True
            self.base, self.start = tree.head, head
            out.committed = subject
        elif subject is not None and tree.head == self.start:
            self.start = head  # saved while we fetched: those files were on disk already
        self.head = head
        return theirs

    def _user(self) -> str:
        """The git user's name (asked once, when a commit is to be made)."""
        if not self.user:
            self.user = user_name(self.git)
        if not self.user:
            raise BadInputError(
                'git does not know your name; run `git config --global user.name "Your Name"` '
                'and `git config --global user.email "you@example.org"`',
                self.git.root,
            )
        return self.user

    def _prepare(self, remote_name: str | None) -> tuple[str, str | None]:
        """Locked: settle odd states, set up, choose remote and branch (local changes are
        committed after the fetch, where one ``status`` serves for both)."""
        git, out, say = self.git, self.out, self.say
        dot_git = self.dot_git
        if (dot_git / "rebase-merge").exists() or (dot_git / "rebase-apply").exists():
            raise BadInputError(
                "a git rebase is in progress in the notebook; finish it (git rebase "
                "--continue) or abort it (git rebase --abort) first",
                git.root,
            )
        config = self.config = _config(git)
        out.setup = ensure_setup(git, config.get(f"local:merge.{DRIVER}.driver", ""))
        if (dot_git / "MERGE_HEAD").exists():
            self._user()
            say("finishing a merge left unfinished by git pull…")
            git.run("add", "-A")
            _settle_unmerged(git, out, remerge=False)  # the files may already be edited
            git.run("commit", "--no-edit", "--quiet", "--no-verify")
        branch = self.branch if self.branch != "" else _current_branch(git)
        remote = _choose_remote(git, config, remote_name, branch)
        if branch is None:
            # A detached HEAD: its changes are committed there, then carried to a branch.
            self._commit()
            self._written(0)
            before = len(out.changed)
            branch = _attach(git, remote, out)
            self.head = git.rev("HEAD")
            self._note_changes()
            self._written(before)
        return branch, remote

    def _note_changes(self) -> None:
        """The files that differ between ``start`` and HEAD join ``out.changed``."""
        if self.diffed != (self.start, self.head):
            self.diffed = (self.start, self.head)
            _note_changes(self.git, self.out, self.start, self.head)

    def _finish(
        self, remote_ref: str | None, theirs: str | None, others: Sequence[str] = ()
    ) -> None:
        """Fill in what changed in the work tree, the conflicts, ahead/behind, and the
        remote's other branches holding commits this clone has not merged."""
        git, out = self.git, self.out
        end = self.head
        self._note_changes()
        out.conflicts = self._conflicts(end)
        if others and end is not None:
            unmerged = git.run(
                "for-each-ref", "--no-merged=HEAD", "--format=%(refname:strip=3)",
                *(f"refs/remotes/{out.remote}/{name}" for name in others), check=False,
            ).stdout.split()  # fmt: skip
            for name in unmerged:
                ref = f"refs/remotes/{out.remote}/{name}"
                count = git.run("rev-list", "--count", ref, "^HEAD", check=False)
                if count.returncode == 0 and int(count.stdout.strip() or 0):
                    out.unfollowed[name] = int(count.stdout.strip())
        if remote_ref is not None and theirs is not None and end is not None:
            if theirs != end:
                counts = git.out("rev-list", "--left-right", "--count", f"{end}...{theirs}")
                ahead, behind = counts.split()
                out.ahead, out.behind = int(ahead), int(behind)
        elif remote_ref is not None and end is not None:
            out.ahead = int(git.out("rev-list", "--count", end))

    def _conflicts(self, end: str | None) -> list[str]:
        """The files holding conflict markers. Remembered with the commit they were found
        at: when this sync began at that commit, only the files it committed or brought
        in are read again, not every note of the notebook."""
        seen = _read_conflicts(self.derived)
        if seen is not None and self.started and seen[0] == self.base and end is not None:
            looked = self.committed | set(self.out.changed)
            found = {p for p in seen[1] if p not in looked}
            found.update(p for p in looked if _holds_markers(self.git.root, p))
        else:
            grep = self.git.run(
                "grep", "-l", "-z", "-E", CONFLICT_PATTERN, "--", *CONFLICT_FILES, check=False
            )
            found = {p for p in grep.stdout.split("\0") if p}
        conflicts = sorted(found)
        _keep_conflicts(self.derived, end, conflicts)
        return conflicts


CONFLICT_PATTERN = "^(# )?<{7}( |$)"
"""A conflict block's first line as git writes it (``git grep -E``)."""
CONFLICT_FILES = ("*.md", "*.yaml")
"""The files whose conflicts are reported."""
CONFLICT_RE = re.compile(r"^(?:# )?<{7}(?: |$)", re.MULTILINE)
CONFLICTS_FILE = "sync-conflicts.json"
"""Under ``.confnotes/``: the files holding conflict markers at the last sync's commit."""


def _holds_markers(root: Path, rel: str) -> bool:
    """True when the file ``rel`` (a note or a YAML file) holds a conflict block."""
    if not rel.endswith((".md", ".yaml")) or not plain_file(root, rel):
        return False
    try:
        data = read_regular_file(root / rel)
    except (OSError, ConfnotesError):
        return False
    return CONFLICT_RE.search(data.decode("utf-8", "surrogateescape")) is not None


def _read_conflicts(derived: Path) -> tuple[str, list[str]] | None:
    """The commit and the conflicting files the last sync found (None: unknown)."""
    try:
        data = json.loads((derived / CONFLICTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    head, files = data.get("head"), data.get("conflicts")
    if not isinstance(head, str) or not isinstance(files, list):
        return None
    return head, [f for f in files if isinstance(f, str)]


def _keep_conflicts(derived: Path, head: str | None, conflicts: list[str]) -> None:
    path = derived / CONFLICTS_FILE
    try:
        if head is None:
            path.unlink(missing_ok=True)
        else:
            text = json.dumps({"head": head, "conflicts": conflicts})
            atomic_write(path, text.encode("utf-8"))
    except (OSError, ConfnotesError):
        pass  # derived data: the next sync looks at every file instead


def _config(git: Git) -> dict[str, str]:
    """What sync reads of git's settings, in one ``git config``: the merge driver, each
    branch's remote, each remote's address, as ``KEY`` and ``SCOPE:KEY`` → value."""
    proc = git.run(
        "config", "-z", "--show-scope", "--get-regexp",
        r"^(merge\.confnotes\.driver|branch\..*\.(remote|merge)|remote\..*\.url)$",
        check=False,
    )  # fmt: skip
    found: dict[str, str] = {}
    fields = proc.stdout.split("\0")  # scope, then "key\nvalue", for each setting
    for scope, entry in zip(fields[0::2], fields[1::2], strict=False):
        key, _, value = entry.partition("\n")
        found[f"{scope}:{key}"] = value
        found[key] = value  # the last one read wins, as for git
    return found


def _check_repository(git: Git, init_remote: str | None, remote: str) -> tuple[Path, str | None]:
    """The work tree's git folder and its branch (None: a detached HEAD; "": not known),
    once it is sure the notebook is a repository of its own."""
    branch: str | None = ""
    proc = git.run(
        "rev-parse", "--show-toplevel", "--absolute-git-dir", "--symbolic-full-name", "HEAD",
        check=False,
    )  # fmt: skip
    if proc.returncode == 0:
        ref = proc.stdout.splitlines()[2].strip()
        branch = ref.removeprefix("refs/heads/") if ref.startswith("refs/heads/") else None
    else:  # no commit yet (HEAD names nothing), or no repository at all
        proc = git.run("rev-parse", "--show-toplevel", "--absolute-git-dir", check=False)
    if proc.returncode != 0:
        if init_remote is None:
            raise NotARepositoryError(
                "the notebook is not a git repository; to share it, run "
                "`confnotes sync --init URL` with your team's (empty) remote, "
                "or `git init` in it and `git remote add origin URL`",
                git.root,
            )
        init_repository(git, init_remote, remote)
        return Path(git.out("rev-parse", "--absolute-git-dir")), ""
    lines = proc.stdout.splitlines()
    top = Path(lines[0].strip()).resolve()
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
    return Path(lines[1].strip()), branch


def _raise_if_locked(git: Git, stderr: str) -> None:
    """A git lock file in the way (a git still running, or one killed a moment ago) is
    named, not taken for the remote being offline."""
    match = LOCK_HELD.search(stderr)
    if match is not None:
        raise ConfnotesError(
            f"git's lock file {match.group(1)} is in the way: another git is working in "
            "the notebook; if none is (it was killed), delete that file and sync again",
            git.root,
        )


def _last_words(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return "; ".join(lines[-2:]) if lines else "no answer"


def _current_branch(git: Git) -> str | None:
    proc = git.run("symbolic-ref", "--quiet", "--short", "HEAD", check=False)
    return proc.stdout.strip() or None if proc.returncode == 0 else None


def _choose_remote(
    git: Git, config: dict[str, str], wanted: str | None, branch: str | None
) -> str | None:
    remotes = sorted({k[len("remote.") : -len(".url")] for k in config if k.startswith("remote.")})
    if wanted is not None:
        if wanted not in remotes:
            known = ", ".join(remotes) or "none"
            raise BadInputError(f"no git remote {wanted!r} (known: {known})", git.root)
        return wanted
    if branch:
        name = config.get(f"branch.{branch}.remote", "")
        if name in remotes:
            return name
    if "origin" in remotes:
        return "origin"
    return remotes[0] if remotes else None


def _commit_local(
    git: Git, out: SyncOutcome, tree: WorkTree, user: str
) -> tuple[str | None, list[str]]:
    """Stage everything (``.confnotes/`` is ignored), fill ``noted_by``, commit; the subject
    (None: nothing to commit) and the files committed."""
    if tree.paths is None:
        return None, []
    out.changed.extend(fill_noted_by(git, tree.paths, user, tree.head is not None))
    git.run("add", "-A")
    changes = staged_changes(git)
    if not changes.changes:
        return None, []
    message = changes.message(socket.gethostname())
    git.run("commit", "--quiet", "--no-verify", "-F", "-", stdin=message)
    return message.splitlines()[0], [c.path for c in changes.changes]


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


def _merge(
    git: Git,
    ref: str,
    label: str,
    out: SyncOutcome,
    head: str | None = None,
    theirs: str | None = None,
) -> str | None:
    """Merge ``ref`` into HEAD; conflicts stay in the files between markers and are
    committed. ``head`` and ``theirs``: the commits HEAD and ``ref`` name, when known.
    Returns HEAD after the merge."""
    head = head if head is not None else git.rev("HEAD")
    theirs = theirs if theirs is not None else git.rev(ref)
    if theirs is None or theirs == head:
        return head
    if head is None:
        theirs = _admissible(git, None, theirs, label, out)
        git.run("reset", "--quiet", "--hard", theirs)  # empty local history: take theirs
        out.merged = True
        return theirs
    base = git.run("merge-base", head, theirs, check=False).stdout.strip()
    if base == theirs:
        return head  # theirs is in our history already
    theirs = _admissible(git, base or None, theirs, label, out)
    # The notes driver is not run by git here (one Python process per file is slow):
    # git leaves each note both sides changed unmerged, and _settle_unmerged merges
    # them all in this process. A plain `git pull` runs the registered driver instead.
    merged = git.run(
        "merge", "--no-edit", "--quiet", "--allow-unrelated-histories",
        "-m", f"confnotes sync: merge {label}", theirs, check=False,
        config=[f"merge.{DRIVER}.driver=false"],
    )  # fmt: skip
    out.merged = True
    if merged.returncode == 0:
        return theirs if base == head else git.rev("HEAD")  # fast-forward, or a merge
    if not git.ok("rev-parse", "--verify", "--quiet", "MERGE_HEAD"):
        raise GitError(("merge", label), merged.stderr or merged.stdout, git.root)
    _settle_unmerged(git, out)
    git.run("commit", "--no-edit", "--quiet", "--no-verify")
    return git.rev("HEAD")


def _admissible(git: Git, base: str | None, theirs: str, label: str, out: SyncOutcome) -> str:
    """``theirs``, or a commit on top of it without what may not enter the notebook
    (``.confnotes``, symlinks out of it: see :mod:`confnotes.sync.incoming`)."""
    skipped = refused_entries(git, base, theirs)
    if not skipped.reasons:
        return theirs
    out.notes.extend(skipped.lines(label))
    return without(git, theirs, skipped, label)


def _settle_unmerged(git: Git, out: SyncOutcome, remerge: bool = True) -> None:
    """Resolve what git left unmerged by keeping every version's words in the work tree.

    Content conflicts are already merged by the driver (markers in the file); any
    other file both sides changed keeps this side's version in place and the other
    beside it. A file deleted on one side and edited on the other is kept as edited
    (a person page merged into another person: the edit goes there). Anything else
    git could not place is restored from whichever side still has it.
    """
    listing = git.run("ls-files", "--unmerged", "-z").stdout
    stages: dict[str, set[int]] = {}
    for entry in listing.split("\0"):
        if "\t" not in entry:
            continue
        meta, path = entry.split("\t", 1)
        stages.setdefault(path, set()).add(int(meta.split()[2]))
    both = [p for p, present in stages.items() if remerge and {2, 3} <= present and handled(p)]
    asides: list[str] = []
    blobs = git.show_many([f":{n}:{p}" for p in both for n in (1, 2, 3)])
    for path in both:
        base, ours, theirs = (blobs.get(f":{n}:{path}") or b"" for n in (1, 2, 3))
        try:
            merged, _clean = merge_bytes(base, ours, theirs, path)
        except ConfnotesError:
            # Not text (NUL bytes): keep this side's file, the other beside it.
            asides.append(_keep_aside(git, path, ours, theirs, out, restore=True))
            continue
        atomic_write(git.root / path, merged)
    # Every other file both sides changed (an attachment, a PDF, a picture): git cannot
    # merge it, or would write markers into it. This side's stays, the other's beside it.
    other = [p for p, present in stages.items() if {2, 3} <= present and not handled(p)]
    blobs = git.show_many([f":{n}:{p}" for p in other for n in (2, 3)])
    for path in other:
        ours, theirs = (blobs.get(f":{n}:{path}") or b"" for n in (2, 3))
        if not remerge and _bytes_of(git.root, path) in (theirs, None):
            continue  # left by a plain git pull, and the user has chosen theirs already
        asides.append(_keep_aside(git, path, ours, theirs, out, restore=remerge))
    gone: list[str] = []
    kept: list[str] = [*asides]
    for path, present in list(stages.items()):
        folds = kind_of(path) == "person" and 1 in present and len(present & {2, 3}) == 1
        if folds and _fold_person(git, path, 3 if 3 in present else 2, out):
            del stages[path]
            gone.append(path)
    missing = {
        path: (3 if 3 in present else 2)
        for path, present in stages.items()
        if present & {2, 3} and not (git.root / path).exists()
    }
    restored = git.show_many([f":{side}:{path}" for path, side in missing.items()])
    for path, present in sorted(stages.items()):
        file = git.root / path
        if not file.exists():
            if path not in missing:
                gone.append(path)
                continue
            atomic_write(file, restored.get(f":{missing[path]}:{path}") or b"")
        if not ({2, 3} <= present):
            out.kept_edited.append(path)
        kept.append(path)
    if gone:
        git.run("rm", "--quiet", "--cached", "--", *gone)
    if kept:
        git.run("add", "--", *kept)


def _keep_aside(
    git: Git, path: str, ours: bytes, theirs: bytes, out: SyncOutcome, restore: bool
) -> str:
    """Write the other side's ``path`` beside it (and this side's back in place when
    ``restore``: git may have written markers into it); returns the new file."""
    aside = aside_name(path, git.root)
    if restore:
        atomic_write(git.root / path, ours)
    atomic_write(git.root / aside, theirs)
    out.notes.append(f"{path} changed on both sides: kept yours, theirs is in {aside}")
    out.conflicts_aside.append(aside)
    return aside


def _bytes_of(root: Path, rel: str) -> bytes | None:
    if not plain_file(root, rel):
        return None
    try:
        return read_regular_file(root / rel)
    except OSError:
        return None


def _fold_person(git: Git, path: str, side: int, out: SyncOutcome) -> bool:
    """A person page deleted on one side (merged into another person) and edited on the
    other: fold the edit into the page that absorbed it; True when done."""
    from confnotes.sync import person_fold

    into = person_fold.absorber(git.root, path)
    if into is None:
        return False
    blobs = git.show_many([f":1:{path}", f":{side}:{path}"])
    try:
        person_fold.fold(
            git.root,
            path,
            into,
            blobs.get(f":1:{path}") or b"",
            blobs.get(f":{side}:{path}") or b"",
        )
    except (ConfnotesError, OSError):
        return False
    (git.root / path).unlink(missing_ok=True)
    git.run("add", "--", into)
    out.notes.append(
        f"{path}: merged into {into} on one side, edited on the other: the edit is in {into}"
    )
    if into not in out.changed:
        out.changed.append(into)
    return True


def _note_changes(git: Git, out: SyncOutcome, start: str | None, end: str | None) -> None:
    """Add the files that differ between ``start`` and ``end`` (HEAD) to ``out.changed``."""
    if start is not None and end is not None and start != end:
        diff = git.run("diff", "--name-only", "-z", "--no-renames", start, end).stdout
        out.changed.extend(p for p in diff.split("\0") if p and p not in out.changed)
    elif start is None and end is not None and out.merged:
        files = git.run("ls-files", "-z").stdout
        out.changed.extend(p for p in files.split("\0") if p and p not in out.changed)


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
    grep = git.run("grep", "-l", "-z", "-E", CONFLICT_PATTERN, "--", *CONFLICT_FILES, check=False)
    conflicts = sum(1 for p in grep.stdout.split("\0") if p)
    if conflicts:
        parts.append(f"{conflicts} conflict{'s' if conflicts != 1 else ''} to resolve")
    return ", ".join(parts) or "up to date with the last sync"
