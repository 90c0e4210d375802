"""The parse cache: a notebook opens from it as from its files; a bad cache is ignored."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from confnotes.notebook import parse_cache
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.parse_cache import CACHE_FILE, ParseCache, key_path, signing_key


def _cache_file(root: Path) -> Path:
    return root / ".confnotes" / CACHE_FILE


def _snapshot(nb: Notebook) -> dict:
    """Everything a load yields that a user can see: records, problems, bodies."""
    return {
        "talks": {tid: repr(t) for tid, t in sorted(nb.talks.items())},
        "people": {pid: repr(p) for pid, p in sorted(nb.people.items())},
        "conferences": {cid: repr(c) for cid, c in sorted(nb.conferences.items())},
        "problems": [str(p) for p in nb.check()],
    }


def _warm(root: Path) -> Notebook:
    nb = Notebook.open(root)
    assert nb.save_parse_cache()
    return nb


def test_warm_load_equals_cold_load_and_skips_yaml(demo: Path) -> None:
    cold = Notebook.open(demo, parse_cache=False)
    _warm(demo)
    warm = Notebook.open(demo)
    assert warm.parse_cache.hits > 0
    assert warm.parse_cache.misses == 0
    assert _snapshot(warm) == _snapshot(cold)
    # Saving after a warm load rewrites nothing: same bytes, same conflict checks.
    for talk in warm.talks.values():
        assert warm.save_talk(talk) is False


def test_note_edited_by_hand_is_read_from_the_file(demo: Path) -> None:
    _warm(demo)
    nb = Notebook.open(demo)
    talk = next(iter(nb.talks.values()))
    assert talk.path is not None
    text = talk.path.read_text(encoding="utf-8")
    edited = text.replace(f"title: {talk.title}", "title: Retitled by hand", 1)
    assert edited != text
    before = os.stat(talk.path)
    talk.path.write_text(edited, encoding="utf-8")
    # Same size class and an old mtime: only the content tells.
    os.utime(talk.path, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = Notebook.open(demo)
    assert again.talks[talk.id].title == "Retitled by hand"
    assert again.parse_cache.misses == 1


def test_broken_front_matter_is_reported_every_time(demo: Path) -> None:
    _warm(demo)
    talk = next(iter(Notebook.open(demo).talks.values()))
    assert talk.path is not None
    talk.path.write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    for _ in range(2):
        nb = Notebook.open(demo)
        nb.save_parse_cache()
        assert any("invalid YAML" in p.message for p in nb.problems)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b"confnotes-parse-cache/1 deadbeef\n{}",
        b"not json at all\n[[[[",
        b"{" * 100_000,
    ],
)
def test_corrupt_cache_is_ignored(demo: Path, content: bytes) -> None:
    expected = _snapshot(Notebook.open(demo, parse_cache=False))
    _warm(demo)
    _cache_file(demo).write_bytes(content)
    nb = Notebook.open(demo)
    assert nb.parse_cache.hits == 0
    assert _snapshot(nb) == expected
    assert nb.save_parse_cache()  # rebuilt
    assert Notebook.open(demo).parse_cache.misses == 0


def test_cache_with_forged_entries_is_ignored(demo: Path) -> None:
    """A cache shipped with a notebook (not signed with this user's key) is never trusted."""
    _warm(demo)
    path = _cache_file(demo)
    header, _, payload = path.read_bytes().partition(b"\n")
    entries = json.loads(payload)
    for data in entries.values():
        if "title" in data:
            data["title"] = "Injected by the cache"
    path.write_bytes(header + b"\n" + json.dumps(entries).encode())
    nb = Notebook.open(demo)
    assert nb.parse_cache.hits == 0
    assert "signature" in nb.parse_cache.ignored
    assert all(t.title != "Injected by the cache" for t in nb.talks.values())


def test_cache_from_another_user_is_ignored(demo: Path, tmp_path: Path) -> None:
    _warm(demo)
    key_path().write_bytes(os.urandom(32))  # as if another user (another key) opened it
    nb = Notebook.open(demo)
    assert nb.parse_cache.hits == 0
    assert len(nb.talks) > 0


def test_cache_is_content_addressed_across_copies(demo: Path, tmp_path: Path) -> None:
    """Moving or copying a notebook keeps the cache valid: keys are file hashes, not paths."""
    _warm(demo)
    copy = tmp_path / "copy"
    shutil.copytree(demo, copy)
    nb = Notebook.open(copy)
    assert nb.parse_cache.misses == 0
    assert _snapshot(nb)["talks"].keys() == _snapshot(Notebook.open(demo))["talks"].keys()


def test_deleted_notes_leave_the_cache(demo: Path) -> None:
    _warm(demo)
    nb = Notebook.open(demo)
    victim = next(iter(nb.talks.values()))
    assert victim.path is not None
    victim.path.unlink()
    nb = Notebook.open(demo)
    assert nb.parse_cache.stale
    assert nb.save_parse_cache()
    payload = _cache_file(demo).read_bytes().partition(b"\n")[2]
    assert len(json.loads(payload)) == nb.parse_cache.hits


def test_values_json_cannot_keep_are_not_cached(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    (root / "conf").mkdir(parents=True)
    (root / "conf" / "conference.yaml").write_text("name: C\n", encoding="utf-8")
    note = "---\ntitle: T\nratio: !!float 1.5\nstamp: !!timestamp 2024-01-01\n---\nbody\n"
    (root / "conf" / "t.md").write_text(note, encoding="utf-8")
    _warm(root)
    nb = Notebook.open(root)
    assert nb.talks["conf/t"].extra["ratio"] == 1.5
    assert nb.parse_cache.misses == 1  # parsed again: a float would not survive JSON as typed
    assert nb.talks["conf/t"].title == "T"


def test_read_only_notebook_opens_without_a_cache(demo: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    modes = {}
    for folder in [demo, *(p for p in demo.rglob("*") if p.is_dir())]:
        modes[folder] = folder.stat().st_mode
    try:
        for folder in sorted(modes, key=lambda p: len(p.parts), reverse=True):
            folder.chmod(stat.S_IREAD | stat.S_IEXEC)
        nb = Notebook.open(demo)
        assert nb.talks
        assert nb.save_parse_cache() is False
        assert not _cache_file(demo).exists()
    finally:
        for folder, mode in modes.items():
            folder.chmod(mode)


def test_no_key_means_no_cache(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = demo.parent / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))  # the key cannot be made
    nb = Notebook.open(demo)
    assert not nb.parse_cache.enabled
    assert nb.talks
    assert nb.save_parse_cache() is False


def test_disabled_cache_never_hits() -> None:
    cache = ParseCache.disabled()
    cache.put("0" * 64, {"title": "x"})
    assert cache.get("0" * 64) is None
    assert cache.save() is False


def test_unwritable_derived_folder_opens_without_a_cache(demo: Path) -> None:
    """Root-proof stand-in for a read-only notebook: ``.confnotes`` cannot be a folder."""
    shutil.rmtree(demo / ".confnotes", ignore_errors=True)
    (demo / ".confnotes").write_text("not a folder", encoding="utf-8")
    nb = Notebook.open(demo)
    assert nb.talks
    assert nb.save_parse_cache() is False
    assert (demo / ".confnotes").read_text(encoding="utf-8") == "not a folder"


def test_unicode_and_odd_values_come_back_exactly(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    (root / "conf").mkdir(parents=True)
    (root / "conf" / "conference.yaml").write_text("name: Ünïcode 会议\n", encoding="utf-8")
    note = (
        "---\ntitle: Kajić and 東京 \U0001f600\nstarred: true\ncount: 12345678901234567890\n"
        "nested: {a: [1, null, 'x'], 'b c': {d: ''}}\nempty:\n---\nbody ✓\n"
    )
    (root / "conf" / "t.md").write_text(note, encoding="utf-8")
    cold = Notebook.open(root, parse_cache=False)
    _warm(root)
    warm = Notebook.open(root)
    assert warm.parse_cache.misses == 0
    assert _snapshot(warm) == _snapshot(cold)
    assert warm.talks["conf/t"].extra == cold.talks["conf/t"].extra


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_in_place_of_the_cache_is_not_read(demo: Path) -> None:
    """A notebook could ship a FIFO named like the cache: opening must not hang."""
    (demo / ".confnotes").mkdir(exist_ok=True)
    os.mkfifo(_cache_file(demo))
    nb = Notebook.open(demo)
    assert nb.talks
    assert "not a regular file" in nb.parse_cache.ignored
    assert nb.save_parse_cache()  # replaced by a real cache file
    assert _cache_file(demo).is_file()


def test_conference_file_with_the_bytes_of_a_note_is_parsed_as_yaml(tmp_path: Path) -> None:
    """Cache entries of whole YAML files and of notes' front matter never stand in for
    each other, even for identical bytes."""
    root = tmp_path / "nb"
    (root / "conf").mkdir(parents=True)
    same = "---\nname: Front Matter\n---\n"
    (root / "conf" / "conference.yaml").write_text(same, encoding="utf-8")
    (root / "conf" / "t.md").write_text(same, encoding="utf-8")
    cold = Notebook.open(root, parse_cache=False)
    _warm(root)
    warm = Notebook.open(root)
    assert _snapshot(warm) == _snapshot(cold)


def test_unchanged_notebook_does_not_rewrite_its_cache(tmp_path: Path) -> None:
    """A note the cache cannot keep (``!!float``) does not make every start rewrite the cache.

    Such entries were dropped when saving but counted as used, so the cache was stale on
    every load and the app rewrote it in the background at each start.
    """
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "conference.yaml").write_text("name: C\n", "utf-8")
    (tmp_path / "c" / "a.md").write_text("---\ntitle: A\n---\n", "utf-8")
    (tmp_path / "c" / "b.md").write_text("---\ntitle: B\nratio: !!float 1.5\n---\n", "utf-8")
    first = Notebook.open(tmp_path)
    assert first.save_parse_cache()
    again = Notebook.open(tmp_path)
    assert again.parse_cache.hits == 2  # conference and a.md; b.md is parsed each time
    assert again.talks["c/b"].extra["ratio"] == 1.5
    assert not again.parse_cache.stale
    assert again.save_parse_cache() is False


def test_short_key_left_by_a_crash_is_replaced(demo: Path) -> None:
    """A key file cut short (a crash while it was written) no longer turns the cache off
    for good: it is replaced by a whole key, readable by its owner only."""
    key_path().parent.mkdir(parents=True, exist_ok=True)
    key_path().write_bytes(b"\x8f\x02")
    first = Notebook.open(demo)
    assert first.parse_cache.enabled
    assert first.save_parse_cache()
    assert len(key_path().read_bytes()) == 32
    assert stat.S_IMODE(key_path().stat().st_mode) == 0o600
    assert Notebook.open(demo).parse_cache.hits > 0


def test_key_is_never_left_half_written(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while the key is written leaves no key file (and no temp file): the next
    start makes a whole one instead of finding a short one."""

    def no_fsync(fd: int) -> None:
        raise OSError(5, "I/O error")

    with monkeypatch.context() as m:
        m.setattr(parse_cache.os, "fsync", no_fsync)
        assert signing_key() is None
    assert not key_path().exists()
    assert os.listdir(key_path().parent) == []
    key = signing_key()
    assert key is not None and key_path().read_bytes() == key


def test_huge_forged_cache_is_refused_unread(demo: Path) -> None:
    """A hostile notebook shipping a 200 MB "cache" does not make every load read and
    hash it: the size allowed follows the number of notes (16 kB each)."""
    cache = _cache_file(demo)
    cache.parent.mkdir(exist_ok=True)
    with cache.open("wb") as handle:
        handle.truncate(200_000_000)  # sparse; under the old 256 MB cap it was read and hashed
    nb = Notebook.open(demo)
    assert "larger than" in nb.parse_cache.ignored
    assert nb.talks
    assert nb.save_parse_cache()  # replaced by this notebook's own, small cache
    assert cache.stat().st_size < 100_000


def test_big_notebook_cache_within_its_budget_is_used(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the size read without counting, a cache is still used when the notebook has
    enough notes for it; one too large for the notes it keeps is not written at all."""
    Notebook.open(demo).save_parse_cache()
    monkeypatch.setattr(parse_cache, "CACHE_FREE_BYTES", 100)  # as if the notebook were huge
    again = Notebook.open(demo)
    assert again.parse_cache.hits > 0 and not again.parse_cache.ignored
    monkeypatch.setattr(parse_cache, "CACHE_ENTRY_BYTES", 10)
    _cache_file(demo).unlink()
    fresh = Notebook.open(demo)
    assert fresh.save_parse_cache() is False
    assert not _cache_file(demo).exists()
    assert not fresh.parse_cache.stale  # not retried at every background save
