"""The demo notebook ships inside the package and is only ever opened as a copy.

The files under ``confnotes/demo/`` are package data: a newcomer's typing goes to
a copy in the user data folder (or a folder they name), so trying the app never
changes the files git tracks, and the tests always start from the pristine demo.
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from platformdirs import user_data_path

from confnotes.errors import BadInputError, StorageError

DEMO_DAY = "2025-06-12 09:30"
"""A moment of the demo conference when a keynote is in progress."""
MARKER = "relml-2025/conference.yaml"
"""A file every copy of the demo has; a folder holding it is taken to be a demo copy."""


def demo_source() -> Path:
    """The pristine demo notebook inside the installed package (read it, never write it)."""
    return Path(str(resources.files("confnotes") / "demo"))


def default_demo_folder() -> Path:
    """Where ``confnotes demo`` puts its copy when no folder is given."""
    return user_data_path("confnotes", appauthor=False) / "demo"


def ensure_demo_copy(dest: Path | None = None) -> tuple[Path, bool]:
    """A writable copy of the demo at ``dest``; returns the folder and whether it is new.

    An existing copy is reused as it is, so the notes typed in it last time are kept.

    Raises:
        BadInputError: ``dest`` exists, is not empty and is not a demo copy.
        StorageError: the copy could not be written.
    """
    folder = (dest or default_demo_folder()).expanduser()
    if (folder / MARKER).is_file():
        return folder, False
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BadInputError(
            "exists and is not a copy of the demo; give an empty or new folder", folder
        )
    source = demo_source()
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = folder.with_name(f".{folder.name}.copying")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(source, staging, ignore=shutil.ignore_patterns(".confnotes", "__pycache__"))
        if folder.exists():
            folder.rmdir()
        staging.rename(folder)  # a copy cut short never looks like a finished one
    except OSError as exc:
        raise StorageError(f"cannot copy the demo: {exc.strerror or exc}", folder) from exc
    return folder, True
