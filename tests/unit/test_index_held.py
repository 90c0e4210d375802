"""The index after an import: built from the notes the notebook just wrote, not from
reading and parsing every one of them again, and the same index either way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from confnotes.importers.sources import import_sources
from confnotes.index import documents, index_of
from confnotes.notebook.notebook import Notebook

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"
SOURCES = [DATA / "schedule_pretalx.json", DATA / "folders" / "obsidian_maya", DATA / "talks_by.md"]


@pytest.fixture
def imported(tmp_path: Path) -> Notebook:
    nb = Notebook.open(tmp_path / "nb", create=True)
    for source in SOURCES:
        reports = import_sources(nb, [str(source)])
        assert all(r.error is None for r in reports), [r.error for r in reports]
    return nb


def _documents(root: Path, held: bool, nb: Notebook) -> dict[str, dict]:
    """Every file's index document, parsed from the file, or from what ``nb`` holds."""
    files = documents.scan(root)
    resolver = documents.Resolver(root, None, nb.held_note if held else None, files)
    out = {}
    for rel, st in files.items():
        got = documents.held_file(root, rel, st, nb.held_note) if held else None
        if got is not None:
            resolver.remember(got[0])
            parsed = got[0]
        else:
            data = documents.read_bytes(root / rel)
            assert data is not None
            parsed = documents.parse_file(root, rel, data, resolver)
        doc = documents.document_of(parsed, resolver)
        if doc is not None:
            out[rel] = doc
    return out


def test_the_notes_an_import_holds_index_as_their_files_do(imported: Notebook) -> None:
    held = _documents(imported.root, True, imported)
    read = _documents(imported.root, False, imported)
    assert len(read) > 20
    assert held == read


def test_the_index_after_an_import_reads_no_note_it_just_wrote(
    imported: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    real = documents.read_bytes

    def counted(path: Path) -> bytes | None:
        reads.append(path.name)
        return real(path)

    monkeypatch.setattr(documents, "read_bytes", counted)
    index = index_of(imported)
    report = index.sync()
    assert report.added > 20
    assert all(name == "conference.yaml" for name in reads), reads
    hits = index.search("columnar", limit=50).hits
    assert hits


def test_a_note_edited_after_the_import_is_indexed_as_the_file_says(imported: Notebook) -> None:
    talk = next(t for t in imported.talks.values() if t.path is not None)
    assert talk.path is not None
    with talk.path.open("a", encoding="utf-8") as handle:
        handle.write("\nquuxberry wrote this by hand\n")
    index = index_of(imported)
    index.sync()
    assert [h.id for h in index.search("quuxberry").hits] == [talk.id]


def test_a_copied_notebook_indexes_the_same(imported: Notebook, tmp_path: Path) -> None:
    """The same files indexed by a notebook that holds nothing (another process) find
    the same notes for the same words."""
    index = index_of(imported)
    index.sync()
    copy = tmp_path / "copy"
    shutil.copytree(imported.root, copy, ignore=shutil.ignore_patterns(".confnotes"))
    other = index_of(Notebook(copy))
    other.sync()
    for word in ("columnar", "streaming", "joins", "keynote"):
        assert sorted(h.id for h in index.search(word, limit=100).hits) == sorted(
            h.id for h in other.search(word, limit=100).hits
        )
