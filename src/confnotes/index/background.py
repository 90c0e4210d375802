"""Bring the index in step with the files in a separate process, with progress.

Whoosh is pure Python: building the index of thousands of notes inside the app
would hold the interpreter's lock for seconds at a time, and the app would stop
answering keys while it runs. The app therefore runs the sync as
``python -m confnotes.index.background NOTEBOOK`` and only reads its progress
lines; its own index then opens an index that is already up to date.

Protocol (stdout of the child, one line each): ``progress DONE TOTAL`` while it
works, then ``report JSON`` (the :class:`SyncReport`'s fields) at the end. The child
runs at a lower priority (``nice 10``): on a busy machine the app comes first.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

from confnotes.errors import ConfnotesError
from confnotes.index import index_of
from confnotes.index.base import Progress, SyncReport


def sync_in_child(
    root: Path, progress: Progress | None = None, cancel: threading.Event | None = None
) -> SyncReport:
    """Sync the index of the notebook at ``root`` in a child process and wait for it.

    Raises:
        ConfnotesError: the child could not run or failed (the caller may sync itself).
    """
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "confnotes.index.background", str(root)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    except OSError as exc:
        raise ConfnotesError(f"cannot start the indexing process: {exc}") from exc
    stop = threading.Event()

    def watch_cancel() -> None:
        while not stop.wait(0.2):
            if cancel is not None and cancel.is_set():
                child.terminate()
                return

    watcher = threading.Thread(target=watch_cancel, daemon=True)
    watcher.start()
    report: SyncReport | None = None
    try:
        assert child.stdout is not None
        for line in child.stdout:
            kind, _, rest = line.rstrip("\n").partition(" ")
            if kind == "progress" and progress is not None:
                done, _, total = rest.partition(" ")
                progress(int(done), int(total))
            elif kind == "report":
                report = SyncReport(**json.loads(rest))
        _, errors = child.communicate()
    finally:
        stop.set()
    if report is None:
        if cancel is not None and cancel.is_set():
            return SyncReport(cancelled=True)
        last = errors.strip().splitlines()[-1:] if errors else []
        raise ConfnotesError(
            f"the indexing process failed ({last[0] if last else f'exit {child.returncode}'})"
        )
    return report


def main(argv: list[str]) -> int:
    """The child: sync, printing progress and the report (see the module docstring)."""
    return _sync(Path(argv[0]))


def _sync(root: Path) -> int:
    from confnotes.notebook.notebook import Notebook

    def progress(done: int, total: int) -> None:
        print(f"progress {done} {total}", flush=True)

    with contextlib.suppress(AttributeError, OSError):
        os.nice(10)  # background work: the app the user types in comes first

    try:
        with index_of(Notebook(root)) as index:
            # The app runs beside this build: one core stays the app's (keys drawn at once).
            index.build_processes = max(1, (os.cpu_count() or 1) - 1)
            report = index.sync(progress=progress)
    except ConfnotesError as exc:
        print(f"confnotes: error: {exc}", file=sys.stderr)
        return 1
    print(f"report {json.dumps(asdict(report))}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
