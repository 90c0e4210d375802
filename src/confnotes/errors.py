"""One error hierarchy for the whole program.

Every error a user can cause carries the file (and line, when known) at fault,
so that the CLI prints ``confnotes: error: FILE:LINE: what`` and the UI shows the
same text in a dialog. Nothing here knows about Textual or argparse.
"""

from __future__ import annotations

from pathlib import Path


class ConfnotesError(Exception):
    """Base of every error confnotes reports to a user instead of a traceback."""

    exit_code = 1

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class BadInputError(ConfnotesError):
    """A file or argument the user gave is malformed (exit status 2)."""

    exit_code = 2


class UsageError(BadInputError):
    """The command line itself is wrong: unknown talk, bad option value."""


class FrontMatterError(BadInputError):
    """A note's YAML front matter cannot be read as a mapping."""


class NotFoundError(BadInputError):
    """A talk, person or conference named by the user does not exist."""


class StorageError(ConfnotesError):
    """Reading or writing a notebook file failed (disk full, permissions, I/O)."""


class BusyError(ConfnotesError):
    """Another process holds the notebook's write lock for longer than we wait (exit 1)."""


class ConflictError(ConfnotesError):
    """A file changed on disk since it was loaded; saving would overwrite someone's text."""
