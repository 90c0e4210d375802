"""Issue 7, item 16: a 10 MB note and 100,000 notes (slow: run with ``--slow``).

The bounds here are generous on purpose: they prove that nothing hangs or grows
without limit, not how fast it is (timing lives in ``benchmarks/``).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600)]

TEN_MB = 10 * 1024 * 1024


def test_a_10_mb_note_opens_types_autosaves_and_answers_keys(demo: Path) -> None:
    note = demo / f"{CALIBRATION}.md"
    head = note.read_text(encoding="utf-8")
    line = "Lorem ipsum dolor sit amet, calibration of deep networks, 会議 🧪 — notes.\n"
    body = line * (TEN_MB // len(line.encode()) + 1)
    note.write_text(head + body, encoding="utf-8")
    assert note.stat().st_size > TEN_MB

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=0.3))
        async with app.run_test(size=(120, 36)) as pilot:
            started = time.monotonic()
            app.main.open_talk(CALIBRATION)
            await wait_for(pilot, lambda: len(app.main.editor.text) > TEN_MB // 2, timeout=120)
            editor = app.main.editor
            editor.text_area.focus()
            await pilot.press("ctrl+end", *" typed at the end of 10 MB")
            await wait_for(pilot, lambda: editor.text.endswith("typed at the end of 10 MB"), 60)
            await wait_for(pilot, lambda: editor.state == "clean", timeout=120)
            assert note.read_bytes().endswith(b"typed at the end of 10 MB")
            # the UI still answers: the help screen opens and closes
            await pilot.press("f1")
            await wait_for(pilot, lambda: app.screen is not app.main, timeout=60)
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is app.main, timeout=60)
            assert time.monotonic() - started < 600, "generous bound: it did not hang"
            await pilot.press("ctrl+q")

    asyncio.run(scenario())


N_NOTES = 100_000

INDEX_100K = """
import json, os, resource, sys, threading, time
from pathlib import Path
from confnotes.index import open_index
from confnotes.notebook.notebook import Notebook

root = Path(sys.argv[1])
nb = Notebook.open(root)
assert len(nb.talks) == {n}, len(nb.talks)
loaded_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
index = open_index(nb)
seen = []
def progress(done, total):
    seen.append((done, total))
report = {{}}
worker = threading.Thread(target=lambda: report.update(r=index.sync(progress=progress)))
started = time.process_time()
worker.start()
time.sleep(2.0)
during = index.search("calibration")
worker.join(timeout=3600)
assert not worker.is_alive(), "indexing hung"
after = index.search("zq77731")
print(json.dumps({{
    "loaded_kb": loaded_kb,
    "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "cpu_s": time.process_time() - started,
    "progress_calls": len(seen),
    "first": seen[0] if seen else None,
    "last": seen[-1] if seen else None,
    "rebuilding_during": during.rebuilding,
    "found_after": [h.id for h in after.hits],
    "added": report["r"].added,
}}))
"""


def _write_notes(root: Path, n: int) -> None:
    """``n`` short notes in 50 conferences (a note mentions ``zq<number>``)."""
    for c in range(50):
        conf = root / f"conf-{c:02d}"
        conf.mkdir(parents=True)
        (conf / "conference.yaml").write_text(f"name: Conference {c}\n", encoding="utf-8")
    for i in range(n):
        path = root / f"conf-{i % 50:02d}" / f"talk-{i:06d}.md"
        path.write_text(
            f"---\ntitle: Talk {i} on calibration\nspeakers: [person-{i % 997}]\n---\n"
            f"Notes on talk {i}: calibration, robustness and zq{i}.\n",
            encoding="utf-8",
        )


def test_100k_notes_index_in_the_background_with_progress_and_bounded_memory(
    tmp_path: Path,
) -> None:
    root = tmp_path / "big"
    _write_notes(root, N_NOTES)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(INDEX_100K.format(n=N_NOTES)), str(root)],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    stats = json.loads(result.stdout.strip().splitlines()[-1])
    print(stats)
    assert stats["added"] == N_NOTES + 50  # the notes and the 50 conferences
    assert stats["progress_calls"] >= 10, "progress is reported while indexing"
    assert stats["last"] == [N_NOTES + 50, N_NOTES + 50]
    assert stats["rebuilding_during"], "a search during the first build says it is rebuilding"
    assert stats["found_after"] == ["conf-31/talk-077731"]
    grown_mb = (stats["peak_kb"] - stats["loaded_kb"]) / 1024
    assert grown_mb < 1024, f"indexing grew memory by {grown_mb:.0f} MB"
