"""Helpers shared by the subcommands: opening the notebook, writing output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confnotes.config import resolve_notebook
from confnotes.errors import StorageError
from confnotes.notebook import Notebook
from confnotes.storage import atomic_write


def open_notebook(args: argparse.Namespace, create: bool = False, load: bool = True) -> Notebook:
    """Load the notebook the command line names (see :func:`resolve_notebook`).

    ``load=False`` only checks the folder: the UI loads it behind its first screen.
    """
    return Notebook.open(resolve_notebook(args.notebook), create=create, load=load)


def write_output(text: str, output: str | None) -> None:
    """Write a command's result to ``-o FILE`` (atomically) or to stdout."""
    if output and output != "-":
        path = Path(output)
        if path.is_dir():
            raise StorageError("is a folder; give a file name", path)
        atomic_write(path, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
