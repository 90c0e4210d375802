"""Fault 6: two processes saving the same notebook at once.

Different notes: every save lands. The same note: each process appends a line
and saves, reloading when told of a conflict. Every save that reported success
must still be in the final file (no lost update), the file always parses, and
the conflicts were reported rather than silently overwritten.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from confnotes.errors import ConflictError
from confnotes.notebook.notebook import Notebook

from .conftest import fork_child, wait_child

ROUNDS = 60


def _setup(root: Path) -> None:
    conf = root / "conf"
    conf.mkdir(parents=True)
    (conf / "conference.yaml").write_text("name: Conf\n")
    for name in ("shared", "a", "b"):
        (conf / f"{name}.md").write_text(f"---\ntitle: {name}\nkind: oral\n---\nstart\n")


def _writer(root: Path, who: str, talk_id: str, start_at: float, log: Path) -> None:
    nb = Notebook.open(root)
    saved: list[str] = []
    conflicts = 0
    while time.time() < start_at:
        time.sleep(0.001)
    for i in range(ROUNDS):
        line = f"{who}-{i}"
        while True:
            talk = nb.talks[talk_id]
            talk.body += line + "\n"
            try:
                nb.save_talk(talk)
            except ConflictError:
                conflicts += 1
                nb.reload_talk(talk_id)
                continue
            saved.append(line)
            break
    log.write_text(json.dumps({"saved": saved, "conflicts": conflicts}))


def _run_pair(root: Path, ids: tuple[str, str]) -> list[dict]:
    start_at = time.time() + 0.2
    logs = [root.parent / f"log-{who}.json" for who in "AB"]
    pids = [
        fork_child(lambda who=who, tid=tid, log=log: _writer(root, who, tid, start_at, log))
        for who, tid, log in zip("AB", ids, logs, strict=True)
    ]
    assert [wait_child(pid) for pid in pids] == [0, 0]
    return [json.loads(log.read_text()) for log in logs]


def test_two_processes_on_different_notes(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    _setup(root)
    results = _run_pair(root, ("conf/a", "conf/b"))
    assert [r["conflicts"] for r in results] == [0, 0]
    nb = Notebook.open(root)
    assert nb.check() == []
    for who, tid in zip("AB", ("conf/a", "conf/b"), strict=True):
        lines = nb.talks[tid].body.splitlines()
        assert lines == ["start"] + [f"{who}-{i}" for i in range(ROUNDS)]


def test_two_processes_on_the_same_note_lose_nothing(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    _setup(root)
    results = _run_pair(root, ("conf/shared", "conf/shared"))
    nb = Notebook.open(root)
    assert nb.check() == []
    body = nb.talks["conf/shared"].body.splitlines()
    assert body[0] == "start"
    for result in results:
        missing = [line for line in result["saved"] if line not in body]
        assert not missing, f"saves reported as done but lost: {missing[:5]}"
    assert len(body) == 1 + 2 * ROUNDS
    assert sum(r["conflicts"] for r in results) > 0, "the processes never met: test is void"
