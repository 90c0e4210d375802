"""Time the terminal UI on a notebook of N talks (default 5,000).

Measures, headless (Textual's test driver, same code paths as a terminal):

- first screen of the real program in a pseudo-terminal (process start to
  the main screen drawn, and to the schedule listing the conferences), with a
  cold and a warm parse cache;
- the same headless (``make_app`` to the first frame, and to the notes read),
  and loading the notebook with and without the parse cache (CPU time);
- talk switch: ``open_talk`` until the editor shows the other note;
- keystroke to screen: a key event until a frame with the new character is
  composed, while autosaves run (typing in bursts with pauses longer than the
  autosave delay) and while the search index builds in the background.

Usage: python benchmarks/bench_ui.py [N] [--keep DIR]

``--keep DIR`` builds the notebook in DIR (or reuses it when DIR exists).
"""

from __future__ import annotations

import asyncio
import os
import pty
import random
import signal
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench_common import pop_keep, record_frames
from textual import events

from confnotes.index import index_of
from confnotes.notebook.frontmatter import dump_yaml
from confnotes.notebook.notebook import Notebook
from confnotes.settings import Settings
from confnotes.tui.app import make_app

ROOMS = ["Hall A", "Hall B", "Room 1", "Room 2", "Room 3"]


def build(root: Path, n: int) -> None:
    """Write n talks over n // 1000 + 1 conferences, 5 parallel rooms, 400 people."""
    people = root / "people"
    people.mkdir(parents=True)
    for i in range(400):
        data = {"name": f"Person {i}", "affiliations": [f"Lab {i % 40}"]}
        (people / f"person-{i}.md").write_text(f"---\n{dump_yaml(data)}---\n", encoding="utf-8")
    confs = n // 1000 + 1
    per_conf = -(-n // confs)
    written = 0
    for c in range(confs):
        folder = root / f"conf-{c}"
        folder.mkdir()
        sessions = []
        start = datetime(2024, 5, 1 + c % 20, 9, 0)
        slots = -(-per_conf // len(ROOMS))
        for s in range(0, slots, 4):
            for room in ROOMS:
                t0 = start + timedelta(days=(s // 24), minutes=30 * (s % 24))
                sessions.append(
                    {
                        "id": f"s{s}-{room.replace(' ', '').lower()}",
                        "title": f"Session {s} in {room}",
                        "kind": "oral",
                        "start": t0.strftime("%Y-%m-%dT%H:%M"),
                        "end": (t0 + timedelta(minutes=120)).strftime("%Y-%m-%dT%H:%M"),
                        "room": room,
                    }
                )
        conf = {"name": f"Conference {c}", "timezone": "Europe/Paris", "sessions": sessions}
        (folder / "conference.yaml").write_text(dump_yaml(conf), encoding="utf-8")
        for i in range(per_conf):
            if written >= n:
                break
            slot, room = divmod(i, len(ROOMS))
            t0 = start + timedelta(days=(slot // 24), minutes=30 * (slot % 24))
            data = {
                "title": f"Talk {written} on equilibrium propagation and normalising flows",
                "session": f"s{slot - slot % 4}-{ROOMS[room].replace(' ', '').lower()}",
                "start": t0.strftime("%Y-%m-%dT%H:%M"),
                "end": (t0 + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M"),
                "room": ROOMS[room],
                "speakers": [f"person-{written % 400}", f"person-{(written * 7) % 400}"],
                "links": [{"kind": "paper", "url": f"https://arxiv.org/abs/2401.{written:05d}"}],
                "starred": written % 17 == 0,
            }
            body = "- point one\n- point two with a longer remark about the method\n" * 3
            (folder / f"talk-{written}.md").write_text(
                f"---\n{dump_yaml(data)}---\n{body}", encoding="utf-8"
            )
            written += 1


def pct(values: list[float], q: float) -> float:
    """The q-quantile of values (0..1)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def first_screen(root: Path, background: bool) -> tuple[float, float]:
    """Milliseconds to the main screen drawn, and to the schedule filled in (headless).

    ``background``: as ``confnotes`` starts (the notes are read behind the first
    screen); else as ``confnotes open`` does (the notebook is read first).
    """
    settings = Settings(cursor_blink=False, autosave_delay=1.0)
    t0 = time.perf_counter()
    if background:
        app = make_app(root, settings=settings, open_index=False, load_in_background=True)
    else:
        app = make_app(Notebook.open(root), settings=settings, open_index=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        drawn = (time.perf_counter() - t0) * 1000
        while not app.loaded:
            await asyncio.sleep(0.002)
        await pilot.pause()
        filled = (time.perf_counter() - t0) * 1000
        for worker in app.workers:  # the parse cache is written by a worker: let it finish
            await worker.wait()
    return drawn, filled


async def measure(root: Path) -> dict[str, Any]:
    """Headless measurements; returns a dict of results in milliseconds."""
    out: dict[str, Any] = {}
    cache = root / ".confnotes" / "parse-cache.json"
    cache.unlink(missing_ok=True)
    out["first_cold"] = await first_screen(root, background=True)
    out["first_warm"] = await first_screen(root, background=True)
    out["first_open_warm"] = await first_screen(root, background=False)
    for cached in (False, True):
        runs = []
        for _ in range(3):
            c0 = time.process_time()
            Notebook.open(root, parse_cache=cached)
            runs.append((time.process_time() - c0) * 1000)
        out["load_cached" if cached else "load_uncached"] = min(runs)
    t0 = time.perf_counter()
    nb = Notebook.open(root)
    out["load"] = (time.perf_counter() - t0) * 1000
    settings = Settings(cursor_blink=False, autosave_delay=1.0)
    app = make_app(nb, settings=settings, open_index=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        frames = record_frames(app)

        async def next_frame(since: float) -> float:
            while not any(f > since for f in frames):
                if time.perf_counter() - since > 5:
                    break
                await asyncio.sleep(0.0005)
            return next((f for f in frames if f > since), time.perf_counter())

        ids = random.Random(1).sample(sorted(nb.talks), 60)
        switches = []
        calls = []
        for talk_id in ids:
            frames.clear()
            s0 = time.perf_counter()
            app.main.open_talk(talk_id)
            calls.append((time.perf_counter() - s0) * 1000)
            switches.append((await next_frame(s0) - s0) * 1000)
            await pilot.pause()
        out["switch"] = switches
        out["switch_call"] = calls

        # Keystroke to screen while autosave and indexing run.
        index = index_of(nb)  # the notebook keeps it in step with every save
        indexing = threading.Thread(target=index.rebuild, daemon=True)
        indexing.start()
        area = app.main.editor.text_area
        area.focus()
        latencies: list[float] = []
        saves_before = len(list(root.glob("conf-*/talk-*.md")))
        for burst in range(12):
            for char in "notes fast":
                before = len(area.text)
                frames.clear()
                k0 = time.perf_counter()
                key = "space" if char == " " else char
                app._driver.send_message(events.Key(key, char))  # type: ignore[union-attr]
                while len(area.text) <= before and time.perf_counter() - k0 < 2:
                    await asyncio.sleep(0.0005)
                changed = time.perf_counter()
                shown = await next_frame(changed) if not any(f > k0 for f in frames) else 0.0
                shown = next((f for f in frames if f > k0), shown)
                latencies.append((shown - k0) * 1000)
                await asyncio.sleep(0.08)  # a fast typist: ~12 keys a second
            await asyncio.sleep(1.2 if burst % 2 == 0 else 0.2)  # let autosave fire
        out["keystroke"] = latencies
        out["indexing_still_running"] = indexing.is_alive()
        out["saves"] = saves_before
        app.main.flush_sync()
        indexing.join()
        index.close()
    return out


def first_screen_in_pty(root: Path, *args: str) -> tuple[float, float]:
    """Milliseconds from starting ``confnotes`` in a pseudo-terminal to its first screen
    (the schedule pane drawn), and to the schedule listing the conferences."""
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        argv = [sys.executable, "-m", "confnotes", "--notebook", str(root), *args]
        os.execv(sys.executable, argv)
    output = bytearray()
    drawn = filled = float("nan")
    try:
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            try:
                output.extend(os.read(fd, 65536))
            except OSError:
                break
            if drawn != drawn and b"Filter" in output:
                drawn = (time.perf_counter() - t0) * 1000
            if b"talks" in output and b"Conference" in output:
                filled = (time.perf_counter() - t0) * 1000
                break
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    return drawn, filled


def main() -> None:
    args = sys.argv[1:]
    keep = pop_keep(args)
    n = int(args[0]) if args else 5000
    with tempfile.TemporaryDirectory() as tmp:
        root = keep or Path(tmp) / "nb"
        if not root.exists():
            b0 = time.perf_counter()
            build(root, n)
            print(f"built {n} talks in {time.perf_counter() - b0:.1f} s")
        os.environ["CONFNOTES_CONFIG"] = str(Path(tmp) / "none.toml")
        os.environ["XDG_STATE_HOME"] = str(Path(tmp) / "state")  # the parse cache's key
        cache = root / ".confnotes" / "parse-cache.json"
        for label in ("cold cache", "warm cache"):
            if label == "cold cache":
                cache.unlink(missing_ok=True)
            drawn, filled = first_screen_in_pty(root)
            print(
                f"real program in a pty ({label}): first screen {drawn:.0f} ms, "
                f"schedule filled {filled:.0f} ms"
            )
            if not cache.exists():  # killed before its worker wrote it: write it here
                Notebook.open(root).save_parse_cache()
        drawn, filled = first_screen_in_pty(root, "open", "conf-0/talk-7")
        print(
            f"real program in a pty, `open conf-0/talk-7` (warm cache): first screen "
            f"{drawn:.0f} ms, schedule filled {filled:.0f} ms"
        )
        r = asyncio.run(measure(root))
        print(
            f"load notebook, CPU: no parse cache {r['load_uncached']:.0f} ms, "
            f"warm parse cache {r['load_cached']:.0f} ms"
        )
        for key, label in (
            ("first_cold", "confnotes, cold cache"),
            ("first_warm", "confnotes, warm cache"),
            ("first_open_warm", "open TALK (read first), warm cache"),
        ):
            drawn, filled = r[key]
            print(
                f"headless first screen ({label}): drawn {drawn:.0f} ms, "
                f"schedule filled {filled:.0f} ms"
            )
        sw, calls = r["switch"], r["switch_call"]
        print(
            f"talk switch to frame: median {statistics.median(sw):.1f} ms, "
            f"p95 {pct(sw, 0.95):.1f} ms, max {max(sw):.1f} ms ({len(sw)} switches; "
            f"open_talk itself: median {statistics.median(calls):.1f} ms)"
        )
        ks = r["keystroke"]
        print(
            f"keystroke to frame (autosave + index build running): median "
            f"{statistics.median(ks):.1f} ms, p95 {pct(ks, 0.95):.1f} ms, max {max(ks):.1f} ms "
            f"({len(ks)} keys; index build still running at the end: "
            f"{r['indexing_still_running']})"
        )


if __name__ == "__main__":
    main()
