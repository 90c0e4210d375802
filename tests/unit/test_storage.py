"""Atomic writes leave the old bytes or the new ones; decoding never damages a file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from confnotes.errors import BadInputError, StorageError
from confnotes.notebook.storage import (
    atomic_write,
    clean_stray_temp_files,
    decode_text,
    encode_text,
)


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".confnotes-tmp-")]


def test_atomic_write_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert _no_temp_files(tmp_path)


@pytest.mark.parametrize("fail", ["replace", "fsync", "write"])
def test_failed_write_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: str
) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"old text")

    def boom(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if fail == "replace":
        monkeypatch.setattr(os, "replace", boom)
    elif fail == "fsync":
        monkeypatch.setattr(os, "fsync", boom)
    else:
        real_fdopen = os.fdopen

        class FullDisk:
            def __init__(self, fd: int, mode: str) -> None:
                self.handle = real_fdopen(fd, mode)

            def __enter__(self) -> FullDisk:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fdopen", FullDisk)
    with pytest.raises(StorageError, match="No space left") as info:
        atomic_write(target, b"new text")
    assert info.value.path == target
    assert target.read_bytes() == b"old text"
    assert _no_temp_files(tmp_path)


def test_decode_crlf_bom_latin1() -> None:
    crlf = decode_text(b"\xef\xbb\xbfa\r\nb\r\n")
    assert (crlf.text, crlf.newline, crlf.bom) == ("a\nb\n", "\r\n", True)
    assert encode_text(crlf.text, crlf.newline, crlf.bom) == b"\xef\xbb\xbfa\r\nb\r\n"
    latin = decode_text("café\n".encode("latin-1"))
    assert latin.text == "café\n"
    assert latin.encoding == "latin-1"
    utf16 = decode_text("Kajić\n".encode("utf-16"))
    assert utf16.text == "Kajić\n"
    assert decode_text("title: Kajić\n".encode("utf-16-le")).text == "title: Kajić\n"


def test_binary_file_is_refused_with_line() -> None:
    with pytest.raises(BadInputError) as info:
        decode_text(b"line1\nline2\x00\x01\xff\xfe", Path("x.md"))
    assert info.value.line == 2


def test_stray_temp_files_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / ".confnotes-tmp-abc.tmp").write_bytes(b"half")
    assert clean_stray_temp_files(tmp_path) == 1
    assert _no_temp_files(tmp_path)


def test_stray_temp_files_are_found_in_folders_but_not_in_git(tmp_path: Path) -> None:
    (tmp_path / "conf" / "sub").mkdir(parents=True)
    (tmp_path / "conf" / "sub" / ".confnotes-tmp-abc-a.tmp").write_bytes(b"half")
    objects = tmp_path / ".git" / "objects" / "ab"
    objects.mkdir(parents=True)
    (objects / ".confnotes-tmp-abc-b.tmp").write_bytes(b"git's business")
    assert clean_stray_temp_files(tmp_path) == 1
    assert (objects / ".confnotes-tmp-abc-b.tmp").exists()


def test_a_folder_removed_while_looking_for_temp_files_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """git packs its objects while a notebook opens: folders vanish under the walk."""
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
    (tmp_path / "c" / ".confnotes-tmp-abc-c.tmp").write_bytes(b"half")
    real_scandir = os.scandir

    def vanishing(path: object) -> object:
        if str(path).endswith("/b"):
            (tmp_path / "b").rmdir()
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", vanishing)
    assert clean_stray_temp_files(tmp_path) == 1


def _mixed(n: int) -> bytes:
    return "".join(f"line {i}" + ("\r\n" if i % 3 else "\n") for i in range(n)).encode()


def test_one_edit_in_a_long_mixed_note_keeps_every_other_ending() -> None:
    """Saving one edited line of a long note with mixed endings keeps every other line's ending.

    Past the difflib cap only the direct matching of unchanged head and tail lines keeps them
    (difflib was quadratic: ~1.1 s CPU per autosave of a 6,000-line note, the UI froze).
    """
    data = _mixed(30_000)
    decoded = decode_text(data)
    edited = decoded.text.replace("line 15000\n", "line 15000 edited\n")
    out = encode_text(edited, decoded.newline, False, decoded)
    assert out == data.replace(b"line 15000", b"line 15000 edited")


def test_inserted_and_deleted_lines_keep_the_others_endings() -> None:
    """Inserted lines take the note's main ending; the lines around keep theirs."""
    data = b"a\r\nb\nc\r\nd\ne\r\n"
    decoded = decode_text(data)
    out = encode_text("a\nNEW\nb\nd\ne\n", decoded.newline, False, decoded)
    assert out == b"a\r\nNEW\r\nb\nd\ne\r\n"


@pytest.mark.parametrize("size", [0, 1, 9, 10, 11, 4096])
def test_a_regular_file_is_read_whole_up_to_its_limit(tmp_path: Path, size: int) -> None:
    from confnotes.notebook.storage import read_regular_file

    path = tmp_path / "note.md"
    path.write_bytes(bytes(range(256)) * (size // 256) + bytes(range(size % 256)))
    assert read_regular_file(path) == path.read_bytes()
    if size <= 10:
        assert read_regular_file(path, 10) == path.read_bytes()
    else:
        with pytest.raises(OSError):
            read_regular_file(path, 10)


def test_a_file_that_grows_while_read_is_read_on_up_to_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fstat said 4 bytes, the file holds 30 by the time it is read: all of them up to
    ``limit + 1`` come back (the caller sees it is over its limit)."""
    import os

    from confnotes.notebook import storage

    path = tmp_path / "note.md"
    path.write_bytes(b"x" * 30)
    real = os.fstat

    def shrunk(fd: int) -> os.stat_result:
        st = real(fd)
        return os.stat_result((st.st_mode, *st[1:6], 4, *st[7:]))

    monkeypatch.setattr(storage.os, "fstat", shrunk)
    assert storage.read_regular_file(path, 20) == b"x" * 21
    assert storage.read_regular_file(path, 100) == b"x" * 30
