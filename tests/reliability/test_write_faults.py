"""Fault 3: write, os.replace and fsync failing (EIO, ENOSPC), and a real full disk.

Whatever fails, the note on disk keeps its old bytes, the error names the file,
no temp file is left, the talk in memory keeps the user's new text (the buffer
is still "dirty"), and the next successful save writes the whole new file.
"""

from __future__ import annotations

import errno
import os
import resource
import signal
from pathlib import Path

import pytest

from confnotes.errors import ConfnotesError, StorageError
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.storage import TEMP_PREFIX, atomic_write

from .conftest import fork_child, running_as_root, wait_child

FRONT = "---\ntitle: Faulty disk\nkind: oral\nmine: 1\n---\n"


@pytest.fixture
def notebook(tmp_path: Path) -> tuple[Notebook, Path]:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "conference.yaml").write_text("name: Conf\n")
    note = conf / "talk.md"
    note.write_text(FRONT + "old body\n")
    return Notebook.open(tmp_path), note


def _fail_with(monkeypatch: pytest.MonkeyPatch, where: str, code: int) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise OSError(code, os.strerror(code))

    if where in ("replace", "fsync"):
        monkeypatch.setattr(os, where, boom)
        return
    real_fdopen = os.fdopen

    class FailingFile:
        """The temp file, whose write() fails half-way like a real full disk."""

        def __init__(self, fd: int, mode: str) -> None:
            self.handle = real_fdopen(fd, mode)

        def __enter__(self) -> FailingFile:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fdopen", FailingFile)


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
@pytest.mark.parametrize("code", [errno.EIO, errno.ENOSPC])
def test_failed_save_keeps_old_file_and_new_text(
    notebook: tuple[Notebook, Path], monkeypatch: pytest.MonkeyPatch, where: str, code: int
) -> None:
    nb, note = notebook
    before = note.read_bytes()
    talk = nb.talks["conf/talk"]
    talk.body = "new body, typed at the talk\n" * 100
    talk.tags = ["fault"]
    with monkeypatch.context() as patch:
        _fail_with(patch, where, code)
        with pytest.raises(StorageError) as info:
            nb.save_talk(talk)
    assert info.value.path == note
    assert str(note) in str(info.value)
    assert os.strerror(code) in str(info.value)
    assert note.read_bytes() == before
    assert not list(note.parent.glob(TEMP_PREFIX + "*"))
    assert talk.body.startswith("new body"), "the text in memory is kept for a retry"

    assert nb.save_talk(talk) is True, "a later save must write, not think it is done"
    again = Notebook.open(note.parent.parent).talks["conf/talk"]
    assert again.body == talk.body
    assert again.tags == ["fault"]
    assert again.extra == {"mine": 1}
    assert note.read_text().startswith("---\ntitle: Faulty disk\n")


def test_failed_save_of_new_note_leaves_nothing(
    notebook: tuple[Notebook, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    nb, note = notebook
    talk = nb.new_talk("conf", "Brand new")
    talk.body = "first words\n"
    with monkeypatch.context() as patch:
        _fail_with(patch, "write", errno.ENOSPC)
        with pytest.raises(StorageError, match="No space left"):
            nb.save_talk(talk)
    assert talk.path is not None and not talk.path.exists()
    assert sorted(p.name for p in note.parent.iterdir()) == ["conference.yaml", "talk.md"]
    assert nb.save_talk(talk) is True
    assert Notebook.open(note.parent.parent).talks[talk.id].body == "first words\n"


def test_real_disk_full_through_rlimit_fsize(notebook: tuple[Notebook, Path]) -> None:
    """A child process whose file-size limit makes the save hit a real EFBIG."""
    nb, note = notebook
    before = note.read_bytes()
    report = note.parent.parent / "child-report.txt"
    talk = nb.talks["conf/talk"]

    def limited_save() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
        talk.body = "x" * 100_000
        try:
            nb.save_talk(talk)
            outcome = "saved"
        except StorageError as exc:
            outcome = f"StorageError {exc.path} {exc}"
        fd = os.open(report, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.write(fd, outcome.encode()[:4000])
        os.close(fd)

    assert wait_child(fork_child(limited_save)) == 0
    outcome = report.read_text()
    assert outcome.startswith(f"StorageError {note} "), outcome
    assert "too large" in outcome.lower()
    assert note.read_bytes() == before
    assert not list(note.parent.glob(TEMP_PREFIX + "*"))
    # Without the limit the same save goes through and writes the whole file.
    talk.body = "x" * 100_000
    assert nb.save_talk(talk)
    assert note.read_bytes() == (FRONT + "x" * 100_000).encode()


def test_folder_replaced_by_a_file_is_reported(notebook: tuple[Notebook, Path]) -> None:
    """Root-proof: where a folder is expected there is a file, so nothing can be written."""
    nb, note = notebook
    blocker = note.parent.parent / "blocked"
    blocker.write_bytes(b"a file, not a folder")
    talk = nb.new_talk("blocked", "Cannot live here")
    with pytest.raises(StorageError) as info:
        nb.save_talk(talk)
    assert info.value.path == talk.path
    assert blocker.read_bytes() == b"a file, not a folder"
    with pytest.raises(StorageError):
        atomic_write(blocker / "x.md", b"data")


def test_note_replaced_by_a_folder_is_reported(notebook: tuple[Notebook, Path]) -> None:
    """Root-proof: the note's path became a folder while loaded; the save says so, no crash."""
    nb, note = notebook
    note.unlink()
    note.mkdir()
    (note / "keep.txt").write_text("keep")
    talk = nb.talks["conf/talk"]
    talk.body = "new\n"
    with pytest.raises(ConfnotesError) as info:
        nb.save_talk(talk)
    assert str(note) in str(info.value)
    assert (note / "keep.txt").read_text() == "keep"


@running_as_root
def test_read_only_folder_keeps_note(notebook: tuple[Notebook, Path]) -> None:
    nb, note = notebook
    before = note.read_bytes()
    talk = nb.talks["conf/talk"]
    talk.body = "new\n"
    note.parent.chmod(0o555)
    try:
        with pytest.raises(StorageError) as info:
            nb.save_talk(talk)
    finally:
        note.parent.chmod(0o755)
    assert info.value.path == note
    assert note.read_bytes() == before
    assert nb.save_talk(talk)
