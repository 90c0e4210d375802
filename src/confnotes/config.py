"""Where the notebook is: --notebook, $CONFNOTES_NOTEBOOK, ./notes, or the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_NOTEBOOK = "CONFNOTES_NOTEBOOK"
"""Environment variable naming the notebook folder."""


def resolve_notebook(option: str | Path | None = None, cwd: Path | None = None) -> Path:
    """The notebook folder, by the precedence DESIGN.md §1 gives."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_NOTEBOOK)
    if env:
        return Path(env).expanduser()
    local = (cwd or Path.cwd()) / "notes"
    if local.is_dir():
        return local
    from platformdirs import user_data_path  # only here: a cold `search` skips its import

    return user_data_path("confnotes", appauthor=False) / "notebook"
