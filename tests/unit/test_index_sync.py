"""Keeping the index in step with the files: hand edits, single saves, recovery, locks."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

import pytest

from confnotes.index import open_index
from confnotes.index.whoosh_index import WhooshIndex
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook

CONF = "fixpts-2019"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_notebook(tmp_path / "nb")


def open_synced(root: Path, **kw: float) -> WhooshIndex:
    ix = open_index(Notebook(root), **kw)
    ix.sync()
    assert isinstance(ix, WhooshIndex)
    return ix


def ids(ix: WhooshIndex, query: str) -> list[str]:
    return [h.id for h in ix.search(query, kinds=("talk",)).hits]


def snapshot(root: Path) -> dict[str, str]:
    """Hashes of every notebook file outside .confnotes (to prove notes are untouched)."""
    out = {}
    for path in root.rglob("*"):
        if path.is_file() and ".confnotes" not in path.parts:
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def bump_mtime(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def test_unchanged_files_are_not_reindexed(root: Path) -> None:
    ix = open_synced(root)
    written = ix.documents_written
    report = ix.sync()
    assert report.changed == 0 and report.unchanged == 14
    assert ix.documents_written == written and ix.files_hashed == 0
    # a new object (a new process) syncs without re-reading anything either
    again = open_synced(root)
    assert again.documents_written == 0 and again.files_hashed == 0


def test_touched_but_identical_file_is_hashed_not_reindexed(root: Path) -> None:
    ix = open_synced(root)
    bump_mtime(root / CONF / "legendre-memory-units.md")
    before = ix.documents_written
    report = ix.sync()
    assert ix.files_hashed == 1 and ix.documents_written == before and report.changed == 0
    ix.sync()
    assert ix.files_hashed == 1  # the new mtime was remembered


def test_hand_edits_are_seen_by_the_next_search(root: Path) -> None:
    ix = open_synced(root)
    note = root / CONF / "legendre-memory-units.md"
    note.write_text(note.read_text(encoding="utf-8") + "\nA zebrafish example.\n", "utf-8")
    bump_mtime(note)
    before = ix.documents_written
    report = ix.sync()
    assert report.updated == 1 and ix.documents_written == before + 1
    assert ids(ix, "zebrafish") == [f"{CONF}/legendre-memory-units"]


def test_added_deleted_and_renamed_files(root: Path) -> None:
    ix = open_synced(root)
    new = root / CONF / "hand-written.md"
    new.write_text("---\ntitle: Quokka Dynamics\n---\nWritten in another editor.\n", "utf-8")
    assert ix.sync().added == 1
    assert ids(ix, "quokka") == [f"{CONF}/hand-written"]
    new.rename(root / CONF / "renamed.md")
    report = ix.sync()
    assert (report.added, report.removed) == (1, 1)
    assert ids(ix, "quokka") == [f"{CONF}/renamed"]
    (root / CONF / "renamed.md").unlink()
    assert ix.sync().removed == 1
    assert ids(ix, "quokka") == []


def test_person_page_edit_reindexes_their_talks(root: Path) -> None:
    ix = open_synced(root)
    page = root / "people" / "ivana-kajic.md"
    page.write_text("---\nname: Ivana Kajić\naliases: [I. Kajic-Novak]\n---\n", "utf-8")
    bump_mtime(page)
    ix.sync()
    assert ids(ix, "speaker:novak") == [f"{CONF}/legendre-memory-units"]


def test_conference_edit_reindexes_its_talks(root: Path) -> None:
    ix = open_synced(root)
    conf = root / CONF / "conference.yaml"
    conf.write_text(conf.read_text("utf-8").replace("West Ballroom C", "Marquee Hall"), "utf-8")
    bump_mtime(conf)
    ix.sync()
    assert len(ids(ix, "room:marquee")) == 3


def test_update_talk_after_a_save(root: Path) -> None:
    nb = Notebook.open(root)
    ix = open_index(nb)
    assert isinstance(ix, WhooshIndex)
    ix.sync()
    talk = nb.talk(f"{CONF}/panel-future")
    talk.body += "\nSomeone mentioned axolotls.\n"
    nb.save_talk(talk)
    before = ix.documents_written
    ix.update_talk(talk)
    assert ix.documents_written == before + 1
    assert ids(ix, "axolotls") == [f"{CONF}/panel-future"]
    assert ix.sync().changed == 0  # the save is already in the manifest


def test_update_person_and_remove(root: Path) -> None:
    nb = Notebook.open(root)
    ix = open_index(nb)
    ix.sync()
    person = nb.people["aapo-hyvarinen"]
    person.aliases = ["A. Hyvarinen-Oja"]
    nb.save_person(person)
    ix.update_person(person)
    assert ids(ix, "speaker:oja") == [f"{CONF}/twin-auxiliary-gan"]
    ix.remove(f"{CONF}/twin-auxiliary-gan")
    assert ids(ix, "speaker:oja") == []
    assert [h.id for h in ix.search("kind:person hyvarinen").hits] == ["aapo-hyvarinen"]
    ix.remove("people/aapo-hyvarinen")
    assert ix.search("kind:person hyvarinen").hits == []


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage-toc", "no-manifest"])
def test_corrupt_index_is_moved_aside_and_rebuilt(root: Path, damage: str) -> None:
    open_synced(root).close()
    notes = snapshot(root)
    folder = root / ".confnotes" / "index"
    if damage == "truncate":
        for f in folder.iterdir():
            if f.suffix in (".seg", ".toc", ".trm", ".pst"):
                f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 3])
    elif damage == "flip":
        for f in folder.iterdir():
            if f.suffix in (".toc", ".seg"):
                data = bytearray(f.read_bytes())
                for i in range(0, len(data), 7):
                    data[i] ^= 0xFF
                f.write_bytes(bytes(data))
    elif damage == "garbage-toc":
        for f in folder.glob("*.toc"):
            f.write_bytes(b"not an index")
    else:
        (folder / "confnotes-manifest.json").unlink()
    ix = open_index(Notebook(root))
    report = ix.sync()
    assert report.rebuilt
    assert any("could not be read" in m and "rebuilt" in m for m in report.messages)
    assert ids(ix, "kajic")[0] == f"{CONF}/legendre-memory-units"
    assert snapshot(root) == notes
    assert list((root / ".confnotes").glob("index.broken-*"))


def test_unreadable_index_files_found_at_search_time(root: Path) -> None:
    ix = open_synced(root)
    ix.close()
    ix = open_index(Notebook(root))
    assert isinstance(ix, WhooshIndex)
    for f in (root / ".confnotes" / "index").iterdir():
        if f.suffix in (".trm", ".pst", ".seg") or f.name.endswith(".seg"):
            f.write_bytes(b"\x00" * 16)
    assert ids(ix, "kajic") == [f"{CONF}/legendre-memory-units"]


def test_missing_index_is_built(root: Path) -> None:
    ix = open_index(Notebook(root))
    assert ix.search("kajic").rebuilding  # nothing to search yet
    assert ix.sync().rebuilt
    assert ids(ix, "kajic")


def test_lock_held_elsewhere_queues_the_update(root: Path) -> None:
    from whoosh.util.filelock import FileLock

    nb = Notebook.open(root)
    ix = open_index(nb, lock_timeout=0.2)
    assert isinstance(ix, WhooshIndex)
    ix.sync()
    lock = FileLock(str(root / ".confnotes" / "index.lock"))
    assert lock.acquire()
    try:
        talk = nb.talk(f"{CONF}/panel-future")
        talk.body += "\nPlatypus.\n"
        nb.save_talk(talk)
        ix.update_talk(talk)  # no crash: queued
        assert ids(ix, "platypus") == []
        report = ix.sync()
        assert any("another confnotes process" in m for m in report.messages)
    finally:
        lock.release()
    assert ids(ix, "platypus") == [f"{CONF}/panel-future"]


def test_lock_is_waited_for(root: Path) -> None:
    from whoosh.util.filelock import FileLock

    ix = open_synced(root, lock_timeout=5.0)
    (root / CONF / "late.md").write_text("---\ntitle: Wombat talk\n---\n", "utf-8")
    lock = FileLock(str(root / ".confnotes" / "index.lock"))
    assert lock.acquire()
    timer = threading.Timer(0.3, lock.release)
    timer.start()
    started = time.monotonic()
    report = ix.sync()
    timer.join()
    assert report.added == 1 and time.monotonic() - started >= 0.25
    assert ids(ix, "wombat") == [f"{CONF}/late"]


def test_rebuild_can_be_cancelled_and_keeps_the_old_index(root: Path) -> None:
    ix = open_synced(root)
    cancel = threading.Event()
    cancel.set()
    report = ix.rebuild(cancel=cancel)
    assert report.cancelled
    assert ids(ix, "kajic")
    assert not list((root / ".confnotes").glob("index.new-*"))


def test_rebuild_reports_progress(root: Path) -> None:
    ix = open_synced(root)
    seen: list[tuple[int, int]] = []
    report = ix.rebuild(progress=lambda done, total: seen.append((done, total)))
    assert report.rebuilt and report.added == 14
    assert seen[-1] == (14, 14)


def test_broken_front_matter_is_still_searchable(root: Path) -> None:
    (root / CONF / "broken.md").write_text("---\ntitle: [unclosed\n---\nNarwhal notes\n", "utf-8")
    ix = open_synced(root)
    assert ids(ix, "narwhal") == [f"{CONF}/broken"]


def test_index_of_another_version_is_rebuilt_quietly(root: Path) -> None:
    open_synced(root).close()
    manifest = root / ".confnotes" / "index" / "confnotes-manifest.json"
    manifest.write_text(manifest.read_text("utf-8").replace('"version":', '"version":0,"x":'))
    ix = open_index(Notebook(root))
    report = ix.sync()
    assert report.rebuilt
    assert report.messages == [
        "the search index was made by another version of confnotes; rebuilt it"
    ]
    assert not list((root / ".confnotes").glob("index.broken-*"))


def test_search_during_a_rebuild_uses_the_old_index(root: Path) -> None:
    ix = open_synced(root)
    started, release = threading.Event(), threading.Event()

    def progress(done: int, total: int) -> None:
        started.set()
        release.wait(10)

    worker = threading.Thread(target=lambda: ix.rebuild(progress=progress))
    worker.start()
    try:
        assert started.wait(10)
        t0 = time.monotonic()
        results = ix.search("kajic", kinds=("talk",))
        assert time.monotonic() - t0 < 5
        assert results.rebuilding
        assert [h.id for h in results.hits] == [f"{CONF}/legendre-memory-units"]
    finally:
        release.set()
        worker.join(30)
    assert not ix.search("kajic").rebuilding


def test_unchanged_notebook_is_synced_without_reading_the_manifest(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan signature vouches for the manifest: a search in a new process skips it."""
    open_synced(root).close()
    ix = open_index(Notebook(root))
    assert isinstance(ix, WhooshIndex)

    def no_manifest(*_args: object) -> None:
        raise AssertionError("read the manifest although nothing changed")

    monkeypatch.setattr(ix, "_read_manifest", no_manifest)
    report = ix.sync()
    assert report.changed == 0 and report.unchanged == 14
    assert ids(ix, "kajic")[0] == f"{CONF}/legendre-memory-units"


def test_signature_never_hides_a_change(root: Path) -> None:
    open_synced(root).close()
    note = root / CONF / "legendre-memory-units.md"
    # an edit after the signature was saved
    note.write_text(note.read_text("utf-8") + "\nA zebrafish line.\n", "utf-8")
    ix = open_synced(root)
    assert ids(ix, "zebrafish") == [f"{CONF}/legendre-memory-units"]
    # a save through update_talk drops the signature; the next new process still sees it all
    talk = Notebook.open(root).talk(f"{CONF}/legendre-memory-units")
    talk.body += "\nAn okapi line.\n"
    Notebook.open(root).save_talk(talk)
    ix.update_talk(talk)
    ix.close()
    again = open_synced(root)
    assert ids(again, "okapi") == [f"{CONF}/legendre-memory-units"]
    assert again.documents_written == 0  # update_talk had indexed it already
    # another process updating the index is noticed by an open one
    other = open_synced(root)
    (root / CONF / "new-talk.md").write_text("---\ntitle: Quokka talk\n---\n", "utf-8")
    other.sync()
    assert ids(again, "quokka") == [f"{CONF}/new-talk"]


def test_corrupt_manifest_behind_a_valid_looking_signature_is_rebuilt(root: Path) -> None:
    open_synced(root).close()
    manifest = root / ".confnotes" / "index" / "confnotes-manifest.json"
    manifest.write_text("{not json", "utf-8")
    (root / CONF / "new-talk.md").write_text("---\ntitle: Quokka talk\n---\n", "utf-8")
    ix = open_index(Notebook(root))
    report = ix.sync()
    assert report.rebuilt
    assert ids(ix, "quokka") == [f"{CONF}/new-talk"]
