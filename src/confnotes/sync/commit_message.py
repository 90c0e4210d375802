"""What a sync commits, in the words of the notebook: talks, people, conferences.

A team reads each other's history (``git log``), so a commit says which talks'
notes, which people and which conferences changed, not "update 12 files". It
also records who took the notes: a talk note whose body this clone changed
gains the git user's name in its ``noted_by`` front-matter list, which the
summary export shows and which merges as a set (two people noting one talk
both stay listed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from confnotes.errors import ConfnotesError
from confnotes.notebook.frontmatter import dump_yaml, load_yaml, parse_document, split_front_matter
from confnotes.notebook.storage import atomic_write, decode_text, encode_text, read_regular_file
from confnotes.sync.git import Git
from confnotes.sync.incoming import plain_file

NOTED_BY = "noted_by"
"""Front-matter key listing who wrote a talk's notes (git user names)."""
PEOPLE_DIR = "people"
MAX_LISTED = 40
"""A commit message lists at most this many changed items by name."""


def kind_of(path: str) -> str | None:
    """``talk``, ``person``, ``conference`` or None for a path relative to the notebook."""
    parts = path.split("/")
    if any(part.startswith(".") for part in parts):
        return None
    if parts[-1] == "conference.yaml" and len(parts) == 2:
        return "conference"
    if not parts[-1].endswith(".md") or len(parts) < 2:
        return None
    return "person" if parts[0] == PEOPLE_DIR else "talk"


@dataclass
class Change:
    """One changed notebook file."""

    status: str
    """git's letter: ``A`` added, ``M`` modified, ``D`` deleted, ``R`` renamed."""
    path: str
    kind: str
    title: str = ""


@dataclass
class ChangeSet:
    """The files of one commit, by kind."""

    changes: list[Change] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    def subject(self) -> str:
        """``notes on 2 talks, 1 person`` style summary."""
        words = []
        for kind, one, many in (
            ("talk", "talk", "talks"),
            ("person", "person", "people"),
            ("conference", "conference", "conferences"),
        ):
            n = self.count(kind)
            if n:
                words.append(f"{n} {one if n == 1 else many}")
        other = self.count("other")
        if other:
            words.append(f"{other} other file{'s' if other != 1 else ''}")
        return ", ".join(words) or "no files"

    def message(self, host: str = "") -> str:
        """A commit message: the subject, then one line per change (title and file)."""
        where = f" from {host}" if host else ""
        lines = [f"confnotes sync{where}: {self.subject()}", ""]
        verbs = {"A": "new", "M": "edited", "D": "deleted", "R": "renamed"}
        for change in self.changes[:MAX_LISTED]:
            title = f" {change.title!r}" if change.title else ""
            verb = verbs.get(change.status, "changed")
            lines.append(f"- {verb} {change.kind}{title} ({change.path})")
        if len(self.changes) > MAX_LISTED:
            lines.append(f"- and {len(self.changes) - MAX_LISTED} more")
        return "\n".join(lines) + "\n"


def staged_changes(git: Git) -> ChangeSet:
    """What ``git add -A`` staged, with each note's title."""
    out = git.run("diff", "--cached", "--name-status", "-z", "--find-renames").stdout
    fields = out.split("\0")
    changes = []
    i = 0
    while i < len(fields) - 1:
        status = fields[i][:1]
        if status in ("R", "C"):
            path = fields[i + 2]
            i += 3
        else:
            path = fields[i + 1]
            i += 2
        changes.append(Change(status, path, kind_of(path) or "other"))
    order = {"talk": 0, "person": 1, "conference": 2, "other": 3}
    changes.sort(key=lambda c: (order[c.kind], c.path))
    for change in changes[:MAX_LISTED]:  # only the ones the message names
        if change.status != "D" and change.kind != "other":
            change.title = _title(git.root, change.path, change.kind)
    return ChangeSet(changes)


def _title(root: Path, rel: str, kind: str) -> str:
    """A talk's title, a person's name or a conference's name, when the file says."""
    key = "title" if kind == "talk" else "name"
    path = root / rel
    if not plain_file(root, rel):
        return ""  # a symlink: what it points to is none of the team's business
    try:
        text = decode_text(read_regular_file(path, limit=2_000_000), path).text
        if kind == "conference":
            data = load_yaml(text, path)
        else:
            front, _body, _line = split_front_matter(text)
            data = load_yaml(front, path) if front else {}
    except (ConfnotesError, OSError):
        return ""
    value = data.get(key) if isinstance(data, dict) else None
    return str(value)[:80] if value else ""


def user_name(git: Git) -> str:
    """The name git writes as the author of a commit (``user.name`` or ``GIT_AUTHOR_NAME``)."""
    ident = git.run("var", "GIT_AUTHOR_IDENT", check=False)
    if ident.returncode != 0:
        return ""
    text = ident.stdout.strip()
    return text.split(" <", 1)[0].strip()


@dataclass
class WorkTree:
    """What one ``git status`` says: the branch, its commit, and what differs from it."""

    branch: str | None
    """The checked-out branch (None: a detached HEAD)."""
    head: str | None
    """HEAD's commit (None: no commit yet)."""
    paths: list[str] | None
    """Work-tree files that differ from HEAD, untracked ones included (not ignored ones),
    deleted ones left out; None when nothing at all changed."""


def work_tree(git: Git) -> WorkTree:
    """The branch, HEAD and the changed files, from one ``git status``."""
    out = git.run("status", "--porcelain=v2", "--branch", "-z", "--untracked-files=all").stdout
    branch: str | None = None
    head: str | None = None
    paths: list[str] = []
    changed = False
    fields = out.split("\0")
    i = 0
    while i < len(fields):
        entry = fields[i]
        i += 1
        kind = entry[:2]
        if kind == "# ":
            key, _, value = entry[2:].partition(" ")
            if key == "branch.oid" and value != "(initial)":
                head = value
            elif key == "branch.head" and value != "(detached)":
                branch = value
            continue
        if kind == "? ":
            changed = True
            paths.append(entry[2:])
            continue
        # "1 XY sub mH mI mW hH hI path", "2 ... Xscore path" (then the old path),
        # "u XY sub m1 m2 m3 mW h1 h2 h3 path"
        splits = {"1 ": 8, "2 ": 9, "u ": 10}.get(kind)
        if splits is None:
            continue
        parts = entry.split(" ", splits)
        if len(parts) <= splits:
            continue
        changed = True
        if kind == "2 ":
            i += 1  # the old name follows
        if "D" not in parts[1]:
            paths.append(parts[splits])
    return WorkTree(branch, head, paths if changed else None)


def changed_paths(git: Git) -> list[str] | None:
    """Work-tree files that differ from HEAD (see :attr:`WorkTree.paths`)."""
    return work_tree(git).paths


def fill_noted_by(git: Git, paths: Iterable[str], name: str, has_head: bool) -> list[str]:
    """Add ``name`` to ``noted_by`` of every talk note whose body changed; returns those paths.

    Only the front matter gains a line; the body and every other key stay byte for byte.
    """
    if not name:
        return []
    talks = [p for p in paths if kind_of(p) == "talk"]
    old = git.show_many([f"HEAD:{p}" for p in talks]) if has_head else {}
    written = []
    for rel in talks:
        path = git.root / rel
        if not plain_file(git.root, rel):
            continue  # a symlink: never read or rewritten through (DESIGN §1b)
        try:
            raw = read_regular_file(path)
            decoded = decode_text(raw, path)
            doc = parse_document(decoded.text, path)
        except (ConfnotesError, OSError):
            continue
        if doc.raw_front is None or not doc.body.strip():
            continue
        before = old.get(f"HEAD:{rel}")
        if before is not None:
            try:
                if parse_document(decode_text(before).text).body == doc.body:
                    continue
            except ConfnotesError:
                pass
        names = doc.data.get(NOTED_BY) or []
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or name in names:
            continue
        if NOTED_BY in doc.data:
            front = _replace_key(doc.raw_front, NOTED_BY, [*names, name])
        else:
            front = doc.raw_front + dump_yaml({NOTED_BY: [name]})
        if front is None:
            continue
        opening, closing = doc.delimiters
        text = f"{opening}\n{front}{closing}\n{doc.body}"
        atomic_write(path, encode_text(text, decoded.newline, decoded.bom, decoded))
        written.append(rel)
    return written


def _replace_key(front: str, key: str, value: list[str]) -> str | None:
    """The front matter with ``key``'s block (its line and indented lines) replaced."""
    lines = front.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and (lines[end].startswith((" ", "\t", "-")) or not lines[end].strip()):
        end += 1
    return "".join([*lines[:start], dump_yaml({key: value}), *lines[end:]])
