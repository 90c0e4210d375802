"""Team notebooks over git (DESIGN.md §1a): ``confnotes sync`` and the merge driver.

Headless (no Textual): the CLI and the app's F6 both call :func:`sync`.
"""

from __future__ import annotations

from confnotes.gitsync.engine import NotARepositoryError, SyncOutcome, sync
from confnotes.gitsync.git import GitError

__all__ = ["GitError", "NotARepositoryError", "SyncOutcome", "sync"]
