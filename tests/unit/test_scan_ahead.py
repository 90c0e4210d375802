"""The scan a cold search runs in a forked child: right answer, or none and a scan here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from confnotes.index import open_index, scan_ahead
from confnotes.index.scan_ahead import ScanAhead
from confnotes.notebook import layout
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the scan ahead needs fork")

NOTE = "fixpts-2019/deep-equilibrium-models.md"


@pytest.fixture
def nb(tmp_path: Path) -> Path:
    return make_notebook(tmp_path / "nb")


def started(root: Path) -> ScanAhead:
    """The scan ahead, once threads an earlier test left (a warm reader) are gone: it
    never forks beside a thread. A thread that outlives 10 s skips, naming it."""
    deadline = time.monotonic() + 10
    while (ahead := ScanAhead.start(root)) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if ahead is None:
        names = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
        pytest.skip(f"threads are running in this process: {names}")
    return ahead


def reaped(ahead: ScanAhead) -> bool:
    for pid, _ in ahead._children:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def several_folders(root: Path) -> Path:
    """Five conferences of different sizes and a people folder."""
    for c, talks in enumerate((40, 3, 0, 25, 7)):
        conf = root / f"conf-{c}"
        conf.mkdir(parents=True)
        (conf / "conference.yaml").write_text(f"name: Conference {c}\n", encoding="utf-8")
        for t in range(talks):
            (conf / f"talk-{t}.md").write_text(f"---\ntitle: T{t}\n---\n", encoding="utf-8")
    (root / "people").mkdir()
    for i in range(30):
        (root / "people" / f"p{i}.md").write_text(f"---\nname: P{i}\n---\n", encoding="utf-8")
    return root


def test_the_child_answers_what_a_scan_here_finds(nb: Path) -> None:
    ahead = started(nb)
    files = layout.scan(nb).files()
    answer = ahead.result()
    assert answer is not None
    assert (answer.digest, answer.count) == (layout.digest(files), len(files))
    assert answer.files() == files
    assert ahead.result() is answer  # asked twice: the same answer
    assert reaped(ahead)


@pytest.mark.parametrize("parts", [1, 2, 3, 10])
def test_children_scanning_parts_answer_what_one_scan_finds(tmp_path: Path, parts: int) -> None:
    root = several_folders(tmp_path / "nb")
    ahead = ScanAhead.start(root, parts)
    if ahead is None:
        pytest.skip("threads are running in this process")
    assert 1 <= len(ahead._children) <= parts
    files = layout.scan(root).files()
    answer = ahead.result()
    assert answer is not None
    assert list((answer.files() or {}).items()) == list(files.items())  # the same order too
    assert (answer.digest, answer.count) == (layout.digest(files), len(files))
    assert reaped(ahead)


def test_the_folders_are_cut_into_runs_in_scan_order(tmp_path: Path) -> None:
    top = layout.top_entries(several_folders(tmp_path / "nb"))
    for parts in (1, 2, 3, 6, 9):
        runs = scan_ahead._split(top, parts)
        assert [e.name for run in runs for e in run] == [e.name for e in top]
        assert 1 <= len(runs) <= parts and all(runs)


def test_one_part_missing_means_no_answer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = layout.scan_top

    def fails_on_people(top: list[os.DirEntry[str]]) -> layout.Layout:
        if any(e.name == "people" for e in top):
            raise PermissionError("people")
        return real(top)

    monkeypatch.setattr(layout, "scan_top", fails_on_people)
    root = several_folders(tmp_path / "nb")
    ahead = ScanAhead.start(root, 2)
    if ahead is None:
        pytest.skip("threads are running in this process")
    assert len(ahead._children) == 2
    assert ahead.result() is None
    assert reaped(ahead)


def test_a_large_scan_comes_through_the_pipe_whole(tmp_path: Path) -> None:
    conf = tmp_path / "nb" / "conf"
    conf.mkdir(parents=True)
    for i in range(3000):  # ~150 KB of answer: more than a pipe holds at once
        (conf / f"talk-with-a-long-name-{i:05}.md").write_text("x", encoding="utf-8")
    ahead = started(tmp_path / "nb")
    answer = ahead.result()
    assert answer is not None and answer.files() == layout.scan(tmp_path / "nb").files()


def test_a_note_name_holding_a_newline_is_scanned_here(nb: Path) -> None:
    (nb / "fixpts-2019" / "odd\nname.md").write_text("---\ntitle: Odd\n---\n", encoding="utf-8")
    answer = started(nb).result()
    assert answer is not None and answer.files() is None  # does not unpack: not trusted
    index = open_index(Notebook(nb))
    try:
        index.sync(ahead=started(nb))
        assert [h.id for h in index.search("odd").hits] == ["fixpts-2019/odd\nname"]
    finally:
        index.close()


@pytest.mark.parametrize(
    "data",
    [b"", b"garbage", b"1 2 3 4 5 6\nabc", b"1 2 3\n" + b"y" * 6, b"0 0 0 0 0 x\n"],
)
def test_a_broken_answer_is_no_answer(data: bytes) -> None:
    assert scan_ahead._parse(data) is None


def test_a_child_that_fails_gives_no_answer(nb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(top: list[os.DirEntry[str]]) -> layout.Layout:
        raise PermissionError(top)

    monkeypatch.setattr(layout, "scan_top", broken)  # the forked child inherits the patch
    ahead = started(nb)
    assert ahead.result() is None
    assert reaped(ahead)


def test_closing_early_stops_and_reaps_the_child(nb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = layout.scan_top

    def slow(top: list[os.DirEntry[str]]) -> layout.Layout:
        time.sleep(30)
        return real(top)

    monkeypatch.setattr(layout, "scan_top", slow)
    ahead = started(nb)
    began = time.monotonic()
    ahead.close()
    assert time.monotonic() - began < 5
    assert reaped(ahead)


def test_a_child_that_never_answers_is_given_up_on(
    nb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = layout.scan_top

    def stuck(top: list[os.DirEntry[str]]) -> layout.Layout:
        time.sleep(30)
        return real(top)

    monkeypatch.setattr(layout, "scan_top", stuck)
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
            "confnotes.index.documents.scan", lambda root: pytest.fail("scanned again")
        )
        report = index.sync(ahead=ahead)
        assert report.unchanged == len(layout.scan(nb).files())
    finally:
        index.close()


def test_an_edit_is_indexed_from_the_childs_scan_without_a_second_one(
    nb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = open_index(Notebook(nb))
    try:
        index.sync()
        path = nb / NOTE
        path.write_text(path.read_text(encoding="utf-8") + "\nquokkaword\n", encoding="utf-8")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
        ahead = started(nb)
        monkeypatch.setattr(
            "confnotes.index.documents.scan", lambda root: pytest.fail("scanned again")
        )
        report = index.sync(ahead=ahead)
        assert report.updated == 1
        assert [h.id for h in index.search("quokkaword").hits] == [NOTE.removesuffix(".md")]
    finally:
        index.close()


def test_the_answer_is_a_snapshot_of_when_the_child_looked(nb: Path) -> None:
    index = open_index(Notebook(nb))
    try:
        index.sync()
        ahead = started(nb)
        assert ahead.result() is not None  # taken before the edit below
        path = nb / NOTE
        path.write_text(path.read_text(encoding="utf-8") + "\nquokkaword\n", encoding="utf-8")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
        index.sync(ahead=ahead)  # as a scan made before the edit would: nothing new
        index.sync(ahead=started(nb))  # the user's next search looks again
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


def test_a_sync_that_indexed_an_edit_saves_the_digest_of_its_scan(nb: Path) -> None:
    """The next search then trusts its scan at once instead of reading the manifest
    (the saved digest was once the last note's content hash: a name shadowed)."""
    index = open_index(Notebook(nb))
    try:
        index.sync()
        path = nb / NOTE
        path.write_text(path.read_text(encoding="utf-8") + "\nedited\n", encoding="utf-8")
        assert index.sync().updated == 1
    finally:
        index.close()
    saved = json.loads((nb / ".confnotes" / "index" / "confnotes-scan.json").read_text("utf-8"))
    assert saved["digest"] == layout.digest(layout.scan(nb).files())


def test_a_large_notebook_is_scanned_in_two_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = several_folders(tmp_path / "nb")
    ahead = started(root)
    assert len(ahead._children) == 1  # no index yet: nothing says the notebook is large
    ahead.close()
    manifest = root / layout.DERIVED_DIR / layout.INDEX_DIR / layout.INDEX_MANIFEST
    manifest.parent.mkdir(parents=True)
    manifest.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(scan_ahead, "SPLIT_MIN_BYTES", 2)
    ahead = started(root)
    assert len(ahead._children) == scan_ahead.PARTS
    answer = ahead.result()
    assert answer is not None and answer.files() == layout.scan(root).files()


def _synced(root: Path) -> None:
    with open_index(Notebook(root)) as ix:
        ix.sync()


def _answer(root: Path) -> scan_ahead.Scanned:
    ahead = started(root)
    try:
        answer = ahead.result()
    finally:
        ahead.close()
    assert answer is not None and reaped(ahead)
    return answer


def test_children_leave_when_the_parent_is_killed(tmp_path: Path) -> None:
    """A search killed with kill -9 while its children scan: they leave (their answer has
    nowhere to go) instead of blocking for ever on a full pipe with the caller's stdout."""
    root = several_folders(tmp_path / "nb")
    for i in range(3000):  # an answer larger than a pipe holds (64 KB)
        (root / "conf-0" / f"note-{i:04d}-{'x' * 20}.md").write_text("---\n---\n", "utf-8")
    code = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from confnotes.index.scan_ahead import ScanAhead\n"
        f"ahead = ScanAhead.start(Path({str(root)!r}))\n"
        "print(' '.join(str(pid) for pid, _fd in ahead._children), flush=True)\n"
        "time.sleep(0.5)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    pids = [int(p) for p in done.stdout.split()]
    assert pids
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(pid) for pid in pids):
        time.sleep(0.05)
    assert not any(_running(pid) for pid in pids)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ")[1][0] not in "ZX"
    except OSError:
        return False


def _edit(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))


def test_notes_edited_by_hand_are_indexed_without_reading_the_whole_manifest(
    nb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A few talk notes edited since the index was in step are told by the scan saved with
    it: found at the next search, and the index is in step after it, without the manifest
    (8 MB at 50,000 notes) parsed."""
    from confnotes.index import stamps

    index = open_index(Notebook(nb))
    try:
        index.sync()
        _edit(nb / NOTE, "\nquokkaword\n")
        monkeypatch.setattr(
            "confnotes.index.whoosh_index.read_manifest",
            lambda folder: pytest.fail("the whole manifest was read"),
        )
        report = index.sync(ahead=started(nb))
        assert (report.updated, report.added, report.removed) == (1, 0, 0)
        assert [h.id for h in index.search("quokkaword").hits] == [NOTE.removesuffix(".md")]
        monkeypatch.undo()
        assert index.sync(ahead=started(nb)).changed == 0
    finally:
        index.close()
    # What was appended to the manifest is what a full diff of the files finds.
    again = open_index(Notebook(nb))
    try:
        files = layout.scan(nb).files()
        read = stamps.read_manifest(nb / ".confnotes" / "index")
        assert read is not None and stamps.diff(files, read.files) == ([], [])
        assert [h.id for h in again.search("quokkaword").hits] == [NOTE.removesuffix(".md")]
    finally:
        again.close()


def test_a_note_added_beside_an_edit_goes_the_usual_way(nb: Path) -> None:
    """Files added (or removed) are not in the saved scan: the manifest is diffed as before,
    and both the edit and the new note are found."""
    index = open_index(Notebook(nb))
    try:
        index.sync()
        _edit(nb / NOTE, "\nquokkaword\n")
        new = nb / "fixpts-2019" / "hallway-chat.md"
        new.write_text("---\ntitle: Hallway chat\n---\nwombatword\n", encoding="utf-8")
        report = index.sync(ahead=started(nb))
        assert (report.updated, report.added) == (1, 1)
        assert index.search("quokkaword").hits and index.search("wombatword").hits
    finally:
        index.close()


def test_a_note_touched_but_not_changed_is_not_indexed_again(nb: Path) -> None:
    index = open_index(Notebook(nb))
    try:
        index.sync()
        written = index.documents_written
        os.utime(nb / NOTE, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
        report = index.sync(ahead=started(nb))
        assert report.updated == 0 and index.documents_written == written
        assert index.sync(ahead=started(nb)).changed == 0
    finally:
        index.close()
