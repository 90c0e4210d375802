"""The scan a cold search runs in a forked child: right answer, or none and a scan here."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from confnotes import layout, scan_ahead
from confnotes.index import open_index
from confnotes.notebook import Notebook
from confnotes.scan_ahead import ScanAhead
from tests.unit.index_fixtures import make_notebook

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the scan ahead needs fork")

NOTE = "fixpts-2019/deep-equilibrium-models.md"


@pytest.fixture
def nb(tmp_path: Path) -> Path:
    return make_notebook(tmp_path / "nb")


def started(root: Path) -> ScanAhead:
    ahead = ScanAhead.start(root)
    if ahead is None:  # another test left a thread running: nothing forks then
        pytest.skip("threads are running in this process")
    return ahead


def reaped(ahead: ScanAhead) -> bool:
    try:
        os.waitpid(ahead._pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_the_child_answers_what_a_scan_here_finds(nb: Path) -> None:
    ahead = started(nb)
    files = layout.scan(nb).files()
    assert ahead.result() == (layout.digest(files), len(files))
    assert ahead.result() == (layout.digest(files), len(files))  # asked twice: same answer
    assert reaped(ahead)


def test_a_child_that_fails_gives_no_answer(nb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(root: Path) -> layout.Layout:
        raise PermissionError(root)

    monkeypatch.setattr(layout, "scan", broken)  # the forked child inherits the patch
    ahead = started(nb)
    assert ahead.result() is None
    assert reaped(ahead)


def test_closing_early_stops_and_reaps_the_child(nb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = layout.scan

    def slow(root: Path) -> layout.Layout:
        time.sleep(30)
        return real(root)

    monkeypatch.setattr(layout, "scan", slow)
    ahead = started(nb)
    began = time.monotonic()
    ahead.close()
    assert time.monotonic() - began < 5
    assert reaped(ahead)


def test_a_child_that_never_answers_is_given_up_on(
    nb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = layout.scan

    def stuck(root: Path) -> layout.Layout:
        time.sleep(30)
        return real(root)

    monkeypatch.setattr(layout, "scan", stuck)
    monkeypatch.setattr(scan_ahead, "PATIENCE", 0.3)
    ahead = started(nb)
    assert ahead.result() is None
    assert reaped(ahead)


def test_an_answer_that_matches_the_index_spares_the_scan(
    nb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = open_index(Notebook(nb))
    try:
        index.sync()
        ahead = started(nb)
        monkeypatch.setattr(
            "confnotes.index.whoosh_index.scan", lambda root: pytest.fail("scanned again")
        )
        report = index.sync(ahead=ahead)
        assert report.unchanged == len(layout.scan(nb).files())
    finally:
        index.close()


def test_a_note_edited_after_the_child_looked_is_still_found(nb: Path) -> None:
    index = open_index(Notebook(nb))
    try:
        index.sync()
        ahead = started(nb)
        assert ahead.result() is not None  # the child's scan predates the edit below
        path = nb / NOTE
        path.write_text(path.read_text(encoding="utf-8") + "\nquokkaword\n", encoding="utf-8")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
        # the child's answer no longer matches a fresh scan, but it matched the index when
        # the child looked: the sync trusts it only as a snapshot of that moment...
        index.sync(ahead=ahead)
        # ...and the next search of the user (a new process, a new child) finds the edit
        index.sync(ahead=started(nb))
        assert [h.id for h in index.search("quokkaword").hits] == [NOTE.removesuffix(".md")]
    finally:
        index.close()


def test_a_cold_search_sees_an_edit_made_just_before_it(nb: Path) -> None:
    def search(word: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "confnotes", "--notebook", str(nb), "search", word],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "deep-equilibrium-models" in search("equilibrium")  # builds the index
    path = nb / NOTE
    path.write_text(path.read_text(encoding="utf-8") + "\nwombatword\n", encoding="utf-8")
    assert "deep-equilibrium-models" in search("wombatword")
