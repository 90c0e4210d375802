"""Helpers shared by the subcommands: declaring actions, opening the notebook, writing output."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from confnotes.config import resolve_notebook
from confnotes.errors import StorageError
from confnotes.exporters.output import write_file
from confnotes.knowledge.edits import EditReport
from confnotes.notebook.notebook import Notebook


def add_action(
    actions: argparse._SubParsersAction,
    name: str,
    common: argparse.ArgumentParser,
    run: Callable[[argparse.Namespace], int],
    summary: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """One action of a command (``people merge``), with the shared options and the
    function that runs it: every action is declared the same way, only its words and
    arguments differ."""
    parser = actions.add_parser(name, parents=[common], help=summary, description=description)
    parser.set_defaults(func=run)
    return parser


def open_notebook(args: argparse.Namespace, create: bool = False, load: bool = True) -> Notebook:
    """Load the notebook the command line names (see :func:`resolve_notebook`).

    ``load=False`` only checks the folder: the UI loads it behind its first screen.
    """
    return Notebook.open(resolve_notebook(args.notebook), create=create, load=load)


def say_waiting(message: str) -> None:
    """Tell the user on stderr that the command waits for another writer."""
    print(f"confnotes: {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def notebook_to_write(args: argparse.Namespace, create: bool = False) -> Iterator[Notebook]:
    """The notebook, read and written under its one-writer lock (DESIGN §1b).

    The lock is taken before the files are read, so what the command plans from is what
    is on disk; another writer makes it wait a few seconds (said on stderr), then stop.

    Raises:
        BusyError: another process kept the notebook for longer than the wait.
    """
    nb = Notebook.open(resolve_notebook(args.notebook), create=create, load=False)
    with nb.transaction(on_wait=say_waiting):
        nb.load()
        yield nb


def write_output(text: str, output: str | None) -> None:
    """Write a command's result to ``-o FILE`` (atomically) or to stdout."""
    if output and output != "-":
        write_file(text, Path(output))
    else:
        sys.stdout.write(text)
        flush_stdout()


def flush_stdout() -> None:
    """Push stdout out now, so a full disk or a closed pipe is an error of this command
    (exit 1) and not a message lost at interpreter exit after a 0 status.

    Raises:
        StorageError: stdout could not be written (``> /dev/full``).
    """
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StorageError(f"cannot write the output: {exc.strerror or exc}", "<stdout>") from exc


def plural(count: int, noun: str) -> str:
    """``1 talk``, ``2 talks``: what a command prints reads as English."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def print_edit_report(report: EditReport) -> None:
    """Print what an edit changed and, when it has one, how to undo it: every editing
    command (``people``, ``conference``, ``talk``) ends with these lines."""
    print(report.summary)
    if report.undo:
        print(f"undo: {report.undo}")
