"""The index built in a separate process (the app's way): progress, report, a usable index."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from confnotes.index import open_index
from confnotes.index.background import sync_in_child
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook


def test_child_builds_the_index_and_reports_progress(tmp_path: Path) -> None:
    root = make_notebook(tmp_path / "nb")
    seen: list[tuple[int, int]] = []
    report = sync_in_child(root, progress=lambda done, total: seen.append((done, total)))
    assert report.rebuilt and report.added > 0
    assert seen and seen[-1][0] == seen[-1][1]
    with open_index(Notebook(root)) as index:
        again = index.sync()
        assert not again.rebuilt and again.changed == 0  # the app's own sync finds it done
        assert index.search("equilibrium").hits


def test_cancelled_child_leaves_no_index_and_says_so(tmp_path: Path) -> None:
    root = make_notebook(tmp_path / "nb")
    cancel = threading.Event()
    cancel.set()
    report = sync_in_child(root, cancel=cancel)
    assert report.cancelled or report.rebuilt  # a tiny notebook may finish first
    with open_index(Notebook(root)) as index:
        index.sync()
        assert index.search("equilibrium").hits


def test_an_update_left_by_a_search_runs_once_at_a_time(tmp_path: Path, capsys: object) -> None:
    """Searches that each found notes edited by hand each leave an update behind; while one
    runs, the others leave at once (no second Whoosh import to wait on the first)."""
    import fcntl
    import os

    from confnotes.index import background

    root = make_notebook(tmp_path / "nb")
    (root / ".confnotes").mkdir()
    update = [sys.executable, "-m", "confnotes.index.background", "--if-idle", str(root)]
    held = os.open(root / ".confnotes" / background.UPDATE_LOCK, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        done = subprocess.run(update, capture_output=True, text=True, check=False, timeout=60)
        assert done.returncode == 0 and done.stdout == ""
        assert not (root / ".confnotes" / "index").exists()  # it left without indexing
    finally:
        os.close(held)
    done = subprocess.run(update, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0 and "report" in done.stdout
    with open_index(Notebook(root)) as index:
        assert index.sync().changed == 0 and index.search("equilibrium").hits
