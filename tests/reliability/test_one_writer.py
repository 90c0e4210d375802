"""One writer per notebook (DESIGN §1b): the lock under ``.confnotes/``.

A second writer waits a few seconds saying so, then stops with "the notebook is
busy" and exit status 1; readers never wait; two imports of one programme run at
the same moment never leave duplicate talks, and a save in another process
during an import loses nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from confnotes.notebook.notebook import Notebook
from confnotes.notebook.storage import write_lock

TALKS = 150


def programme(path: Path, talks: int = TALKS) -> Path:
    """An iCalendar programme of ``talks`` talks, each with its own speaker."""
    events = []
    for i in range(talks):
        hour, minute = divmod(i * 5, 60)
        day = 12 + hour // 10
        start = f"202506{day:02d}T{8 + hour % 10:02d}{minute:02d}00"
        events.append(
            "BEGIN:VEVENT\n"
            f"UID:talk-{i}@soak.example.org\n"
            "DTSTAMP:20250101T000000Z\n"
            f"DTSTART:{start}\n"
            f"SUMMARY:Talk number {i} about careful systems (talk by Speaker Person{i})\n"
            f"LOCATION:Room {i % 4}\n"
            "END:VEVENT\n"
        )
    path.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//confnotes tests//EN\n"
        "X-WR-CALNAME:Lock Test Conference 2025\n" + "".join(events) + "END:VCALENDAR\n",
        encoding="utf-8",
    )
    return path


def confnotes(*args: str, wait: float = 5.0) -> subprocess.Popen[str]:
    env = {**os.environ, "CONFNOTES_LOCK_WAIT": str(wait)}
    return subprocess.Popen(
        [sys.executable, "-m", "confnotes", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def hold_lock(root: Path, seconds: float, until_told: bool = False) -> subprocess.Popen[str]:
    """Another process holding the notebook's write lock (an import writing, say), for
    ``seconds`` or, with ``until_told``, until a line arrives on its stdin."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from confnotes.notebook.notebook import Notebook\n"
        "nb = Notebook.open(sys.argv[1], load=False)\n"
        "with nb.writing():\n"
        "    print('held', flush=True)\n"
        "    sys.stdin.readline() if sys.argv[3] == '1' else time.sleep(float(sys.argv[2]))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(root), str(seconds), "1" if until_told else "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_writer_waits_says_so_then_stops_busy(demo: Path, tmp_path: Path) -> None:
    source = programme(tmp_path / "prog.ics", 3)
    holder = hold_lock(demo, 30)
    try:
        proc = confnotes("--notebook", str(demo), "import", str(source), wait=0.5)
        _out, err = proc.communicate(timeout=60)
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 1
    assert "waiting up to 0.5 s" in err
    assert "confnotes: error: the notebook is busy (" in err
    assert "Traceback" not in err
    assert not (demo / "lock-test-conference-2025").exists()


def test_readers_never_wait_for_a_writer(demo: Path) -> None:
    holder = hold_lock(demo, 60)
    try:
        for args in (["search", "speech"], ["export", "--format", "json"], ["check"]):
            proc = confnotes("--notebook", str(demo), *args, wait=30)
            _out, err = proc.communicate(timeout=25)  # a wait of 30 s would time out here
            assert proc.returncode in (0, 1), err  # check exits 1 on warnings-as-errors only
            assert "busy" not in err
    finally:
        holder.kill()
        holder.wait()


def test_a_writer_goes_ahead_once_the_first_finishes(demo: Path, tmp_path: Path) -> None:
    source = programme(tmp_path / "prog.ics", 3)
    holder = hold_lock(demo, 60, until_told=True)
    proc = confnotes("--notebook", str(demo), "import", str(source), wait=60)
    assert proc.stderr is not None and holder.stdin is not None
    said = ""
    while "waiting" not in said and (line := proc.stderr.readline()):
        said += line  # until it says it waits for the lock
    holder.stdin.write("done\n")  # however slow the machine, released while it waits
    holder.stdin.flush()
    holder.wait(timeout=60)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, said + err
    assert "waiting" in said


@pytest.mark.parametrize("delay", [0.0, 0.3, 0.8])
def test_two_imports_at_once_never_duplicate(tmp_path: Path, delay: float) -> None:
    root = tmp_path / "nb"
    Notebook.open(root, create=True)
    source = programme(tmp_path / "prog.ics")
    first = confnotes("--notebook", str(root), "import", str(source), wait=60)
    time.sleep(delay)  # the second starts while the first plans or writes
    second = confnotes("--notebook", str(root), "import", str(source), wait=60)
    results = [p.communicate(timeout=120) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], results
    nb = Notebook.open(root)
    assert len(nb.talks) == TALKS
    assert not [t for t in nb.talks if t.endswith("-2")]


def test_a_save_during_an_import_is_never_lost(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    Notebook.open(root, create=True)
    source = programme(tmp_path / "prog.ics")
    first = confnotes("--notebook", str(root), "import", str(source), wait=60)
    assert first.communicate(timeout=120)[0]
    again = confnotes("--notebook", str(root), "import", str(source), wait=60)
    nb = Notebook.open(root)
    talk = next(iter(nb.talks.values()))
    talk.body += "typed while an import ran\n"
    nb.save_talk(talk)  # waits for the import's lock, then writes
    _out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert "typed while an import ran" in Notebook.open(root).talks[talk.id].body


def test_the_lock_is_reentrant_in_one_thread_and_excludes_other_threads(tmp_path: Path) -> None:
    import threading

    lock_path = tmp_path / "write.lock"
    entered = threading.Event()
    with write_lock(lock_path), write_lock(lock_path):
        thread = threading.Thread(target=lambda: _enter(lock_path, entered))
        thread.start()
        time.sleep(0.3)
        assert not entered.is_set()
    thread.join(5)
    assert entered.is_set()


def _enter(lock_path: Path, entered: object) -> None:
    with write_lock(lock_path, timeout=5):
        entered.set()  # type: ignore[attr-defined]


def test_two_imports_at_once_never_duplicate_people(tmp_path: Path) -> None:
    source = Path(__file__).parent.parent / "data" / "importers" / "schedule_pretalx.json"
    root = tmp_path / "nb"
    Notebook.open(root, create=True)
    alone = tmp_path / "alone"
    assert confnotes("--notebook", str(alone), "import", str(source)).wait(120) == 0
    expected = Notebook.open(alone)
    procs = [confnotes("--notebook", str(root), "import", str(source), wait=60) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    nb = Notebook.open(root)
    assert sorted(nb.people) == sorted(expected.people)
    assert sorted(nb.talks) == sorted(expected.talks)
