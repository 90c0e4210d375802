"""Team notebooks over git (DESIGN.md §1a): ``confnotes sync`` and the merge driver.

Headless (no Textual): the CLI and the app's F6 both call :func:`sync`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["GitError", "NotARepositoryError", "SyncOutcome", "sync"]


def __getattr__(name: str) -> Any:
    # Lazy: git runs the merge driver once per file, which needs none of the engine.
    if name in ("NotARepositoryError", "SyncOutcome", "sync"):
        from confnotes.sync import engine

        return getattr(engine, name)
    if name == "GitError":
        from confnotes.sync.git import GitError

        return GitError
    raise AttributeError(name)
