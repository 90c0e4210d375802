"""Fault 1: kill -9 at random moments during saves never leaves a torn note.

A forked child saves in a loop (half the runs through ``Notebook.save_talk``,
half through ``storage.atomic_write``) and is killed with SIGKILL after a
random delay. Every time, the note on disk must be exactly one of the versions
the child was writing, the loader must ignore the temp file a kill left
behind, and opening the notebook must clean it.
"""

from __future__ import annotations

import itertools
import os
import random
import signal
import time
from pathlib import Path

from confnotes.notebook.notebook import Notebook
from confnotes.notebook.storage import TEMP_PREFIX, atomic_write

from .conftest import fork_child, wait_child

RUNS = 200
FRONT = b"---\ntitle: Killed mid-save\nkind: oral\nfuture_key: kept\n---\n"


def _bodies() -> list[str]:
    """Versions of different sizes and content, so a torn file cannot match any of them."""
    return [
        "".join(f"version {v} line {i} {'é☕' * (v + 1)}\n" for i in range(2_000 * (v + 1)))
        for v in range(4)
    ]


def _strays(root: Path) -> list[Path]:
    return [p for p in root.rglob(TEMP_PREFIX + "*")]


def test_kill_during_save_never_tears_a_note(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    conf = root / "conf"
    conf.mkdir(parents=True)
    (conf / "conference.yaml").write_text("name: Conf\n")
    note = conf / "talk.md"
    raw = conf / "raw.md"
    bodies = _bodies()
    allowed_note = {FRONT + b.encode() for b in bodies}
    allowed_raw = {b.encode() for b in bodies}
    note.write_bytes(FRONT + bodies[0].encode())
    raw.write_bytes(bodies[0].encode())
    rng = random.Random(7)
    killed_mid_write = 0
    started = time.monotonic()

    for run in range(RUNS):
        nb = Notebook.open(root)
        assert not _strays(root), "Notebook.open must clean temp files left by a kill"
        assert set(nb.talks) == {"conf/talk", "conf/raw"}, "temp files must never load as notes"
        assert note.read_bytes() in allowed_note
        assert raw.read_bytes() in allowed_raw
        talk = nb.talks["conf/talk"]

        def save_loop(nb: Notebook = nb, talk=talk, run: int = run) -> None:
            for i in itertools.count(run):
                if run % 2:
                    atomic_write(raw, bodies[i % 4].encode())
                else:
                    talk.body = bodies[i % 4]
                    nb.save_talk(talk)

        pid = fork_child(save_loop)
        if run % 4 == 0:
            # a quarter of the kills wait for the child's first temp file, so some land
            # inside a write however long a loaded machine takes to schedule the child
            deadline = time.monotonic() + 5
            while not _strays(root) and time.monotonic() < deadline:
                time.sleep(0.0005)
        else:
            time.sleep(rng.uniform(0.0, 0.02))
        os.kill(pid, signal.SIGKILL)
        assert wait_child(pid) == -signal.SIGKILL
        assert note.read_bytes() in allowed_note, f"torn note after kill {run}"
        assert raw.read_bytes() in allowed_raw, f"torn file after kill {run}"
        killed_mid_write += bool(_strays(root))

    nb = Notebook.open(root)
    assert not _strays(root)
    assert nb.talks["conf/talk"].extra == {"future_key": "kept"}
    assert [p for p in nb.check() if p.level == "error"] == []
    # The kills did land inside saves (a temp file was left behind), not only between them.
    assert killed_mid_write > 0
    assert time.monotonic() - started < 60


def test_temp_file_of_a_live_writer_is_left_alone(tmp_path: Path) -> None:
    """Opening a notebook while another process is mid-save must not break that save."""
    conf = tmp_path / "conf"
    conf.mkdir()
    live = conf / f"{TEMP_PREFIX}{os.getpid()}-abc.tmp"
    live.write_bytes(b"half")
    dead = conf / f"{TEMP_PREFIX}999999999-abc.tmp"
    dead.write_bytes(b"half")
    legacy = conf / f"{TEMP_PREFIX}abc.tmp"
    legacy.write_bytes(b"half")
    Notebook.open(tmp_path)
    assert live.exists()
    assert not dead.exists()
    assert not legacy.exists()


def test_read_only_notebook_is_not_cleaned(tmp_path: Path) -> None:
    """A notebook the user cannot write is only read: nothing is deleted from it."""
    conf = tmp_path / "conf"
    conf.mkdir()
    stray = conf / f"{TEMP_PREFIX}999999999-x.tmp"
    stray.write_bytes(b"x")
    real_access = os.access

    def no_write(path: object, mode: int, **kw: object) -> bool:
        return False if mode == os.W_OK else real_access(path, mode)  # type: ignore[arg-type]

    import confnotes.notebook.notebook as notebook_module

    orig = notebook_module.os.access
    notebook_module.os.access = no_write  # type: ignore[assignment]
    try:
        Notebook.open(tmp_path)
    finally:
        notebook_module.os.access = orig  # type: ignore[assignment]
    assert stray.exists()
