"""Keystroke to screen in the note editor, by note size, with and without Markdown highlighting.

Textual's TextArea re-queries the whole tree-sitter syntax tree after every edit, so
the cost of a keystroke grows with the note when highlighting is on. The editor turns
highlighting off above ``HIGHLIGHT_LIMIT``; this measures where that line should be.

For each size: open the note in the app (headless, Textual's test driver), type 30
keys at a typist's pace and record, per key, the CPU time of the process and the wall
time from the key event to the first frame composed after the text changed.
``forced`` rows switch highlighting on whatever the size (what the limit prevents).

Usage: python benchmarks/bench_editor.py [SIZE_KB ...]   (default: 3 50 300 2000 10000)
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench_common import record_frames
from textual import events

from confnotes.notebook.notebook import Notebook
from confnotes.settings import Settings
from confnotes.tui.app import make_app
from confnotes.tui.widgets import editor as editor_module

PARAGRAPH = (
    "## Section\n\nSome *notes* about the talk with a [link](https://example.org) and `code`.\n"
    "- bullet one\n- [10:42] bullet two **bold**\n\n"
)


def notebook_with_note(root: Path, size: int) -> str:
    """A notebook holding one talk whose note is about ``size`` characters of Markdown."""
    nb = Notebook.open(root, create=True)
    conf = nb.new_conference("Bench Conf 2024", "bench-2024", timezone="UTC")
    nb.save_conference(conf)
    start = datetime(2024, 5, 2, 10, 0)
    talk = nb.new_talk(conf.id, "Long note", start=start, end=start + timedelta(minutes=30))
    talk.body = PARAGRAPH * max(1, size // len(PARAGRAPH))
    nb.save_talk(talk)
    return talk.id


async def keystrokes(root: Path, talk_id: str, force: bool) -> dict[str, Any]:
    """Open the note and type; returns per-key wall latencies and CPU times (ms)."""
    if force:
        editor_module.HIGHLIGHT_LIMIT = 1 << 40
    settings = Settings(cursor_blink=False, autosave_delay=1.0)
    app = make_app(root, settings=settings, open_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        c0 = time.process_time()
        app.main.open_talk(talk_id)
        await pilot.pause()
        open_cpu = (time.process_time() - c0) * 1000
        editor = app.main.editor
        highlighted = editor.highlighting
        area = editor.text_area
        area.focus()
        frames = record_frames(app)
        wall: list[float] = []
        cpu: list[float] = []
        for char in "notes typed fast at the talk.."[:30]:
            before = area.cursor_location  # (area.text joins the whole note: too dear to poll)
            frames.clear()
            k0 = time.perf_counter()
            p0 = time.process_time()
            key = "space" if char == " " else ("full_stop" if char == "." else char)
            app._driver.send_message(events.Key(key, char))  # type: ignore[union-attr]
            while area.cursor_location == before and time.perf_counter() - k0 < 10:
                await asyncio.sleep(0.0005)
            # The first frame after the key: the text changed and was drawn in it, or the
            # change is drawn in the next one (same rule as bench_ui.py).
            while not any(f > k0 for f in frames) and time.perf_counter() - k0 < 10:
                await asyncio.sleep(0.0005)
            shown = next((f for f in frames if f > k0), time.perf_counter())
            wall.append((shown - k0) * 1000)
            cpu.append((time.process_time() - p0) * 1000)
            await asyncio.sleep(0.08)
        app.main.flush_sync()
    editor_module.HIGHLIGHT_LIMIT = LIMIT
    return {"highlighted": highlighted, "open_cpu": open_cpu, "wall": wall, "cpu": cpu}


LIMIT = editor_module.HIGHLIGHT_LIMIT


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [3, 50, 300, 2000, 10000]
    print(f"load average: {os.getloadavg()[0]:.2f}; highlighting limit {LIMIT} chars")
    print(
        f"{'note':>8} {'mode':>7} {'hl':>3} {'open cpu':>9} {'key p50':>8} {'key p95':>8} "
        f"{'key max':>8} {'cpu/key':>8}   (ms)"
    )
    for kb in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "nb"
            talk_id = notebook_with_note(root, kb * 1000)
            modes = [False] if kb > 2000 else [False, True]
            for force in modes:
                r = asyncio.run(keystrokes(root, talk_id, force))
                wall = sorted(r["wall"])
                print(
                    f"{kb:>6}KB {'forced' if force else 'default':>7} "
                    f"{'on' if r['highlighted'] else 'off':>3} {r['open_cpu']:>9.0f} "
                    f"{statistics.median(wall):>8.1f} {wall[int(len(wall) * 0.95) - 1]:>8.1f} "
                    f"{wall[-1]:>8.1f} {statistics.median(r['cpu']):>8.1f}"
                )


if __name__ == "__main__":
    main()
