"""The index built in a separate process (the app's way): progress, report, a usable index."""

from __future__ import annotations

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
