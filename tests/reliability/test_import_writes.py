"""An import's writes: staged, made durable together, then put in place.

An import writes a note per talk and a page per person through
:class:`~confnotes.notebook.staged.StagedWrites` (two flushes for the whole group
instead of two fsyncs a file). What a user relies on stays: a ``kill -9`` at any moment
leaves only whole notes and a re-run completes the import without duplicates; a full
disk or an I/O error before the files go in place leaves the notebook as it was; no
file is put in place before its bytes are on disk (so a power cut cannot expose a
torn or empty note).
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import time
from pathlib import Path

import pytest

from confnotes.errors import StorageError
from confnotes.importers.sources import import_sources
from confnotes.notebook import staged
from confnotes.notebook.frontmatter import load_yaml, split_front_matter
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.storage import TEMP_PREFIX

from .conftest import fork_child, wait_child

TALKS = 120


GIVEN = ["Ana", "Bruno", "Chen", "Dana", "Emil", "Farah"]


def _family(k: int) -> str:
    """Names at least three letters apart: never taken for one person's variants."""
    return ((chr(97 + k % 26) + chr(97 + k // 26 % 26)) * 3).capitalize()


def _programme(path: Path, talks: int = TALKS, room: str = "Room") -> Path:
    """A Sessionize "All data" export of ``talks`` talks and half as many speakers."""
    speakers = [
        {
            "id": f"s{k}",
            "firstName": GIVEN[k % 6],
            "lastName": _family(k),
            "fullName": f"{GIVEN[k % 6]} {_family(k)}",
            "tagLine": "",
            "bio": "",
            "links": [],
            "sessions": [],
        }
        for k in range(talks // 2)
    ]

    def at(i: int, minutes: int) -> str:
        return f"2025-06-{10 + i // 40:02d}T{8 + (i % 40) // 4:02d}:{15 * (i % 4) + minutes:02d}:00"

    sessions = [
        {
            "id": str(i),
            "title": f"Staged talk {i}: on durable writes",
            "description": f"Abstract of talk {i}. " * 10,
            "startsAt": at(i, 0),
            "endsAt": at(i, 10),
            "isServiceSession": False,
            "isPlenumSession": False,
            "speakers": [f"s{i % (talks // 2)}"],
            "categoryItems": [],
            "roomId": 9001,
        }
        for i in range(talks)
    ]
    data = {
        "sessions": sessions,
        "speakers": speakers,
        "rooms": [{"id": 9001, "name": room, "sort": 0}],
        "categories": [],
        "questions": [],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _notes(root: Path) -> list[Path]:
    return [p for p in root.rglob("*.md") if ".confnotes" not in p.parts]


def _strays(root: Path) -> list[Path]:
    return list(root.rglob(TEMP_PREFIX + "*"))


def _assert_whole(root: Path, talks: int = TALKS) -> int:
    """Every note and person page on disk parses and holds what the import writes;
    return the number of talk notes."""
    count = 0
    for note in _notes(root):
        front, _body, _line = split_front_matter(note.read_text(encoding="utf-8"))
        assert front is not None, f"{note}: no front matter"
        data = load_yaml(front, note)
        if note.parent.name == "people":
            assert data["name"].split()[0] in GIVEN, note
            continue
        count += 1
        assert data["title"].startswith("Staged talk "), note
        assert data["sources"], note
        assert data["abstract"].endswith("."), f"{note}: cut short"
    assert count <= talks
    return count


def test_a_kill_at_any_moment_leaves_whole_notes_and_a_rerun_completes(tmp_path: Path) -> None:
    source = _programme(tmp_path / "all.json")
    rng = random.Random(3)
    midway = 0
    for run in range(12):
        root = tmp_path / f"nb{run}"
        Notebook.open(root, create=True)

        def work(root: Path = root) -> None:
            import_sources(Notebook.open(root), [str(source)])

        pid = fork_child(work)
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(pid, signal.SIGKILL)
        wait_child(pid)
        written = _assert_whole(root)
        midway += bool(_strays(root)) or 0 < written < TALKS
        nb = Notebook.open(root)  # a writer's open cleans what the kill left
        assert not _strays(root)
        assert len(nb.talks) == written, "a temp file was read as a note"
        reports = import_sources(nb, [str(source)])
        assert reports[0].error is None
        assert _assert_whole(root) == TALKS
        again = Notebook.open(root)
        assert len(again.talks) == TALKS, "the re-run duplicated or lost talks"
    assert midway > 0, "no kill landed inside the import's writes"


def _fail_temp_write_after(monkeypatch: pytest.MonkeyPatch, good: int, code: int) -> None:
    """The ``good``+1-th temp file of a staged group fails half-way, like a full disk."""
    real_fdopen = os.fdopen
    opened = {"n": 0}

    class Handle:
        def __init__(self, fd: int, mode: str) -> None:
            self.handle = real_fdopen(fd, mode)
            opened["n"] += 1
            self.fail = opened["n"] > good

        def __enter__(self) -> Handle:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            if self.fail:
                self.handle.write(data[: len(data) // 2])
                raise OSError(code, os.strerror(code))
            return int(self.handle.write(data))

    monkeypatch.setattr(staged.os, "fdopen", Handle)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_failed_write_before_the_renames_leaves_the_notebook_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    source = _programme(tmp_path / "all.json")
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    assert import_sources(nb, [str(source)])[0].error is None
    before = {p: p.read_bytes() for p in _notes(root)}
    _programme(source, room="Moved room")  # every talk changes: all rewritten
    _fail_temp_write_after(monkeypatch, TALKS // 2, code)
    report = import_sources(nb, [str(source)])[0]
    assert isinstance(report.error, StorageError)
    assert {p: p.read_bytes() for p in _notes(root)} == before
    assert not _strays(root)
    assert all(t.room == "Room" for t in nb.talks.values()), "the notebook shows unwritten talks"
    monkeypatch.undo()
    assert import_sources(nb, [str(source)])[0].error is None
    assert {t.room for t in Notebook.open(root).talks.values()} == {"Moved room"}


def test_a_failed_flush_puts_nothing_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """syncfs reports an error: each temp file is fsynced to find it; one fails."""
    source = _programme(tmp_path / "all.json")
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    real_fsync = os.fsync
    calls = {"n": 0}

    def fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 30:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)

    monkeypatch.setattr(staged, "_syncfs", lambda folder: False)
    monkeypatch.setattr(staged.os, "fsync", fsync)
    report = import_sources(nb, [str(source)])[0]
    assert isinstance(report.error, StorageError)
    assert _notes(root) == []
    assert not _strays(root)
    assert nb.talks == {}


def test_a_failed_rename_keeps_what_landed_and_announces_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _programme(tmp_path / "all.json")
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    heard: list[set[str]] = []
    nb.changes.subscribe(lambda change: heard.append(set(change.talks)))
    real_replace = os.replace
    calls = {"n": 0}

    def replace(src: str, dst: str) -> None:
        calls["n"] += 1
        if calls["n"] == 100:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(src, dst)

    monkeypatch.setattr(staged.os, "replace", replace)
    report = import_sources(nb, [str(source)])[0]
    assert isinstance(report.error, StorageError)
    assert not _strays(root)
    on_disk = _assert_whole(root)
    assert 0 < on_disk < TALKS
    assert len(nb.talks) == on_disk, "the notebook holds exactly the talks on disk"
    assert set().union(*heard) == set(nb.talks), "what landed is announced"
    monkeypatch.undo()
    assert import_sources(nb, [str(source)])[0].error is None
    assert len(Notebook.open(root).talks) == TALKS


def test_no_file_goes_in_place_before_every_staged_byte_is_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _programme(tmp_path / "all.json")
    nb = Notebook.open(tmp_path / "nb", create=True)
    events: list[str] = []
    real_flush, real_replace = staged._flush, os.replace

    def flush(tmps: list[Path], where: Path) -> None:
        events.append("flush")
        real_flush(tmps, where)

    def replace(src: str, dst: str) -> None:
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(staged, "_flush", flush)
    monkeypatch.setattr(staged.os, "replace", replace)
    assert import_sources(nb, [str(source)])[0].error is None
    assert events[0] == "flush"
    # Every note and page, and conference.yaml (written once more on its own afterwards,
    # to remember where the programme came from).
    assert events.count("rename") >= len(_notes(tmp_path / "nb")) + 1
    assert events.count("flush") == 1
