"""The index's list of indexed files: saves append to a log instead of rewriting it whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.index import open_index, whoosh_index
from confnotes.index.whoosh_index import MANIFEST, MANIFEST_LOG, WhooshIndex
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_notebook(tmp_path / "nb")


def synced(root: Path) -> WhooshIndex:
    ix = open_index(Notebook(root))
    assert isinstance(ix, WhooshIndex)
    ix.sync()
    return ix


def talk_files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*/*.md"))


def ids(ix: WhooshIndex, query: str) -> list[str]:
    return [h.id for h in ix.search(query, kinds=("talk",)).hits]


def test_an_edit_appends_to_the_log_and_leaves_the_manifest(root: Path) -> None:
    synced(root).close()
    index = root / ".confnotes" / "index"
    manifest = (index / MANIFEST).read_bytes()
    note = talk_files(root)[0]
    note.write_text(note.read_text(encoding="utf-8") + "\nzanzibar\n", encoding="utf-8")
    with synced(root) as ix:
        assert ids(ix, "zanzibar") == [note.relative_to(root).with_suffix("").as_posix()]
    assert (index / MANIFEST).read_bytes() == manifest
    assert len((index / MANIFEST_LOG).read_text(encoding="utf-8").splitlines()) == 1
    with synced(root) as ix:  # a new process: manifest + log say nothing changed
        assert ix.files_hashed == 0
        assert ix.documents_written == 0


def test_a_deleted_note_is_logged_as_gone(root: Path) -> None:
    synced(root).close()
    note = talk_files(root)[0]
    note.unlink()
    synced(root).close()
    with synced(root) as ix:
        assert ix.files_hashed == 0 and ix.documents_written == 0
        assert note.relative_to(root).as_posix() not in ix._loaded_manifest()


def test_a_log_line_cut_short_costs_a_rehash_not_a_rebuild(root: Path) -> None:
    synced(root).close()
    note = talk_files(root)[0]
    note.write_text(note.read_text(encoding="utf-8") + "\nquokka\n", encoding="utf-8")
    synced(root).close()
    log = root / ".confnotes" / "index" / MANIFEST_LOG
    log.write_text(log.read_text(encoding="utf-8")[:-9], encoding="utf-8")  # a crash mid-write
    with synced(root) as ix:
        assert ix.files_hashed == 1  # that one note is hashed again: nothing is lost
        assert not list((root / ".confnotes").glob("index.broken-*"))
        assert ids(ix, "quokka")
    assert not log.exists()  # the damaged log was folded into the manifest
    with synced(root) as ix:
        assert ix.files_hashed == 0


def test_the_log_is_folded_into_the_manifest_when_long(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(whoosh_index, "LOG_LINES_MIN", 2)
    synced(root).close()
    log = root / ".confnotes" / "index" / MANIFEST_LOG
    for n, note in enumerate(talk_files(root)[:3]):
        note.write_text(note.read_text(encoding="utf-8") + f"\nword{n}x\n", encoding="utf-8")
        synced(root).close()
    assert not log.exists() or len(log.read_text(encoding="utf-8").splitlines()) <= 2
    with synced(root) as ix:
        assert ix.files_hashed == 0
        assert ids(ix, "word0x") and ids(ix, "word2x")
