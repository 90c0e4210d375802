"""``confnotes sync``: share the notebook with a team through git (DESIGN.md §1a)."""

from __future__ import annotations

import argparse
import sys

from confnotes.config import resolve_notebook

ORDER = 70
OFFLINE_STATUS = 3
"""Exit status when local changes were committed but the remote could not be reached."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``sync`` subcommand."""
    p = sub.add_parser(
        "sync",
        parents=[common],
        help="commit, fetch, merge and push the notebook with git",
        description="The notebook is a git work tree: commit local changes (naming the talks, "
        "people and conferences), fetch, merge note by note (front matter key by key, bodies "
        "line by line; same-line edits keep both versions between markers), push. Exit "
        f"status {OFFLINE_STATUS} when the remote could not be reached (changes are committed "
        "locally; sync again later).",
    )
    p.add_argument("--remote", metavar="NAME", help="git remote to sync with (default: origin)")
    p.add_argument(
        "--init",
        metavar="URL",
        help="first use: make the notebook a git repository with this remote",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Sync and print what happened; conflicts are listed with the way to resolve them."""
    from confnotes.sync.engine import sync
    from confnotes.sync.index_refresh import reindex_changed

    root = resolve_notebook(args.notebook)
    if not root.is_dir():
        from confnotes.errors import NotFoundError

        raise NotFoundError("notebook folder does not exist", root)

    def say(text: str) -> None:
        print(f"confnotes: {text}", file=sys.stderr)

    outcome = sync(root, remote=args.remote, init_remote=args.init, say=say)
    for item in outcome.setup:
        print(f"set up {item}")
    for note in outcome.notes:
        print(note)
    if outcome.committed:
        print(f"committed: {outcome.committed}")
    for path in outcome.kept_edited:
        print(f"kept {path}: deleted on one side, edited on the other")
    if outcome.changed:
        reindexed = reindex_changed(root)
        count = len(outcome.changed)
        # Not only merges change files: the first sync fills ``noted_by`` in the notes.
        print(
            f"{count} file{'' if count == 1 else 's'} changed by the sync; {reindexed} re-indexed"
        )
    for path in outcome.conflicts:
        print(f"conflict: {path} holds both versions between <<<<<<< and >>>>>>> markers")
    if outcome.conflicts:
        print("resolve them in the app (F12 on the note) or any editor, then sync again")
    print(outcome.status_line())
    if outcome.remote is None:
        print("no git remote yet: add one with `git remote add origin URL`, then sync again")
    if outcome.refused:
        print(
            f"confnotes: error: {outcome.remote} refused the push: {outcome.refused}; "
            "your changes are committed locally",
            file=sys.stderr,
        )
        return 1
    if outcome.offline:
        what = "could not reach" if not outcome.reached else "could not push to"
        print(
            f"confnotes: error: {what} {outcome.remote} ({outcome.unreachable}); "
            "your changes are committed locally: sync again when it can be reached",
            file=sys.stderr,
        )
        return OFFLINE_STATUS
    if outcome.unfollowed:
        name = max(outcome.unfollowed, key=lambda n: outcome.unfollowed[n])
        print(
            f"confnotes: error: {outcome.remote}/{name} holds notes this clone does not "
            f"follow (it syncs {outcome.remote}/{outcome.branch}); to share one branch, "
            f"run `git branch --set-upstream-to={outcome.remote}/{name}` in the notebook "
            "and sync again (both branches' notes are merged)",
            file=sys.stderr,
        )
        return 1
    return 0
