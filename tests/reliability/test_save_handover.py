"""One writer per notebook: a save hands a new talk to the notebook, never changes the
one on screen (issue 13).

While the editor's save writes a note in a worker thread, the UI thread draws the
talk (schedule, header, search results, an export). It must see the talk as it was
or as it is after the save, never a body without the links picked up from it, and
never the body of a save that then fails (a full disk) and is rolled back.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

import pytest

from confnotes.model import Talk
from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.link_pickup import links_in_body, make_link
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore
from confnotes.notebook.summary_cache import LazyTalk

TALK = "conf/talk"
FRONT = "---\ntitle: Handing over\nlinks:\n- url: https://example.org/start\n  kind: page\n---\n"
OLD = "What was said before.\n"


def _notebook(root: Path, lazy: bool) -> Notebook:
    (root / "conf").mkdir(parents=True)
    (root / "conf" / "conference.yaml").write_text("name: Conf\n", encoding="utf-8")
    (root / "conf" / "talk.md").write_text(FRONT + OLD, encoding="utf-8")
    if lazy:
        # A first start writes the summary; the next one builds talks from it, their
        # bodies read on demand (the app at scale).
        Notebook.open(root, summary=True).save_parse_cache()
        nb = Notebook.open(root, summary=True)
        assert isinstance(nb.talks[TALK], LazyTalk)
        return nb
    return Notebook.open(root)


class _WriteGate:
    """``os.fdopen`` for the notes' folder: each write of a note waits until the test lets
    it go on, then fails like a full disk (``fail``) or writes."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = str(folder)
        self.writing = threading.Event()
        self.go_on = threading.Event()
        self.fail = False
        real_fdopen = os.fdopen
        gate = self

        class GatedFile:
            def __init__(self, fd: int, mode: str, *a: object, **k: object) -> None:
                self.aimed = os.readlink(f"/proc/self/fd/{fd}").startswith(gate.folder)
                self.handle = real_fdopen(fd, mode, *a, **k)  # type: ignore[call-overload]

            def __enter__(self) -> GatedFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                if self.aimed:
                    gate.writing.set()
                    assert gate.go_on.wait(10), "the reader never looked"
                    if gate.fail:
                        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                return int(self.handle.write(data))

            def __getattr__(self, name: str) -> object:
                return getattr(self.handle, name)

        monkeypatch.setattr(os, "fdopen", GatedFile)


def _look_while_writing(nb: Notebook, gate: _WriteGate) -> tuple[threading.Thread, list]:
    """A reader thread (the UI drawing) that looks at the talk while the note is written."""
    seen: list[tuple[Talk, str, list[str]]] = []

    def reader() -> None:
        if gate.writing.wait(10):
            talk = nb.talks[TALK]
            seen.append((talk, talk.body, [link.url for link in talk.links]))
        gate.go_on.set()

    thread = threading.Thread(target=reader)
    thread.start()
    return thread, seen


NEW = "Slides are at https://arxiv.org/abs/2401.00001 now.\n"


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to aim the fault")
@pytest.mark.parametrize("lazy", [False, True], ids=["read", "from-summary"])
def test_a_failed_save_never_shows_its_text_on_the_talk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool
) -> None:
    """The disk is full: while the save writes, and after it failed, the talk the UI draws
    is the one it drew before (the words are in the editor and a recovery copy)."""
    nb = _notebook(tmp_path, lazy)
    before = nb.talks[TALK]
    saver = NoteSaver(nb, RecoveryStore(nb))
    gate = _WriteGate(tmp_path / "conf", monkeypatch)
    gate.fail = True
    thread, seen = _look_while_writing(nb, gate)
    result = saver.save(TALK, NEW)
    thread.join(10)
    assert result.status == "failed" and result.recovery is not None
    assert seen, "the save never wrote the note"
    _talk, body, links = seen[0]
    assert (body, links) == (OLD, ["https://example.org/start"]), "half a save was on screen"
    now = nb.talks[TALK]
    assert now is before
    assert (now.body, [link.url for link in now.links]) == (OLD, ["https://example.org/start"])
    assert saver.pending[TALK] == NEW


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to aim the fault")
@pytest.mark.parametrize("lazy", [False, True], ids=["read", "from-summary"])
def test_a_save_swaps_in_a_new_talk_once_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lazy: bool
) -> None:
    """While the note is written the reader sees the old talk; afterwards the notebook holds
    a new talk with the new body and the link picked up from it; the old one is untouched
    (a screen still drawing it draws a whole talk)."""
    nb = _notebook(tmp_path, lazy)
    before = nb.talks[TALK]
    saver = NoteSaver(nb, RecoveryStore(nb))
    heard: list[tuple[frozenset[str], Talk]] = []
    nb.changes.subscribe(lambda change: heard.append((change.talks, nb.talks[TALK])))
    gate = _WriteGate(tmp_path / "conf", monkeypatch)
    thread, seen = _look_while_writing(nb, gate)
    result = saver.save(TALK, NEW)
    thread.join(10)
    assert result.status == "saved"
    assert [link.url for link in result.picked] == ["https://arxiv.org/abs/2401.00001"]
    assert seen and seen[0][1:] == (OLD, ["https://example.org/start"])
    after = nb.talks[TALK]
    assert after is not before
    assert after.body == NEW
    assert [link.url for link in after.links] == [
        "https://example.org/start",
        "https://arxiv.org/abs/2401.00001",
    ]
    assert before.body == OLD and [link.url for link in before.links] == [
        "https://example.org/start"
    ]
    # The change feed announces the save with the new talk already in place.
    assert heard == [(frozenset({TALK}), after)]
    again = Notebook.open(tmp_path).talks[TALK]
    assert (again.body, again.links) == (after.body, after.links)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to aim the fault")
def test_a_reader_thread_never_sees_half_a_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker saves many times (every third write fails: a full disk) while another
    thread reads the talk over and over: each look is a whole talk that was saved."""
    nb = _notebook(tmp_path, lazy=False)
    saver = NoteSaver(nb, RecoveryStore(nb))
    folder = str(tmp_path / "conf")
    real_fdopen = os.fdopen
    writes = {"n": 0}

    class SometimesFull:
        def __init__(self, fd: int, mode: str, *a: object, **k: object) -> None:
            self.aimed = os.readlink(f"/proc/self/fd/{fd}").startswith(folder)
            self.handle = real_fdopen(fd, mode, *a, **k)  # type: ignore[call-overload]

        def __enter__(self) -> SometimesFull:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            if self.aimed:
                writes["n"] += 1
                time.sleep(0.002)  # a slow disk: the reader gets its look meanwhile
                if writes["n"] % 3 == 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return int(self.handle.write(data))

        def __getattr__(self, name: str) -> object:
            return getattr(self.handle, name)

    monkeypatch.setattr(os, "fdopen", SometimesFull)
    texts = [f"Take {i}: see https://example.org/paper-{i} for it.\n" for i in range(30)]
    done = threading.Event()
    looks: list[tuple[str, list[str]]] = []

    def reader() -> None:
        while not done.is_set():
            talk = nb.talks[TALK]
            looks.append((talk.body, [link.url for link in talk.links]))
            time.sleep(0.0005)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        results = [saver.save(TALK, text) for text in texts]
    finally:
        done.set()
        thread.join(10)
    saved = {r.text for r in results if r.status == "saved"}
    failed = {r.text for r in results if r.status == "failed"}
    assert saved and failed and len(looks) > len(texts)
    for body, links in looks:
        assert body == OLD or body in saved, f"a failed save's text was on screen: {body!r}"
        assert not links_in_body(body, [make_link(u) for u in links]), "a body without its links"
