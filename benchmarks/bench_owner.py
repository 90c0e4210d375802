"""Edit one note, then search: through the notebook's change feed, by rescanning, by the
folder watcher; against references measured in the same run.

On one generated notebook (``gen_notebook.py``), 10 edits each:

- **saved**: ``Notebook.save_talk`` (the app's and CLI's write path; the notebook keeps
  its open index in step) then a search for the new word;
- **before**: the app's path until the notebook owned the index (save, then
  ``update_talk`` on an index opened separately, then the search);
- **rescan** (how an edit reached the index before the notebook owned it, and still
  how ``confnotes search`` sees hand edits): the file written by hand, ``sync()`` (stat
  every file, hash the changed one) then the search;
- **watched**: the file written by another program; the folder watcher and
  ``Notebook.reload_paths`` bring model and index in step; time until the search
  finds the word;
- references: the same search with nothing edited (warm), and ``grep -rl`` of the
  word over the notes.

Usage: python benchmarks/bench_owner.py [--size 5000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_notebook import generate

from confnotes.index import index_of, open_index
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.watch import FolderWatcher

EDITS = 10


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def run(root: Path) -> dict[str, list[float]]:
    nb = Notebook.open(root)
    index = index_of(nb)
    index.sync()
    talks = sorted(nb.talks)[: EDITS * 4]
    out: dict[str, list[float]] = {
        k: []
        for k in ("saved", "save+index", "before", "rescan", "watched", "warm", "grep", "write")
    }

    # Before the notebook owned the index (main until issue 13): the app saved, then its
    # saver called update_talk on an index it had opened itself, then searched. The two
    # paths take turns, so that the index grows alike under both.
    old_nb = Notebook.open(root)
    old_index = open_index(old_nb)
    old_index.sync()
    for i, (talk_id, old_id) in enumerate(zip(talks[:EDITS], talks[EDITS * 3 :], strict=True)):
        talk = nb.talks[talk_id]
        talk.body += f"\nsavedword{i} appears here.\n"
        t0 = time.perf_counter()
        nb.save_talk(talk)
        t1 = time.perf_counter()
        hits = index.search(f"savedword{i}").hits
        out["saved"].append(time.perf_counter() - t0)
        out["save+index"].append(t1 - t0)
        assert [h.id for h in hits] == [talk_id], hits

        old = old_nb.talks[old_id]
        old.body += f"\noldword{i} appears here.\n"
        t0 = time.perf_counter()
        old_nb.save_talk(old)
        old_index.update_talk(old)
        hits = old_index.search(f"oldword{i}").hits
        out["before"].append(time.perf_counter() - t0)
        assert [h.id for h in hits] == [old_id], hits
    old_index.close()

    for i, talk_id in enumerate(talks[EDITS : EDITS * 2]):
        path = root / f"{talk_id}.md"
        path.write_text(path.read_text("utf-8") + f"\nhandword{i} appears here.\n", "utf-8")
        t0 = time.perf_counter()
        index.sync()
        hits = index.search(f"handword{i}").hits
        out["rescan"].append(time.perf_counter() - t0)
        assert [h.id for h in hits] == [talk_id], hits

    seen = threading.Event()
    watcher = FolderWatcher(root, lambda rels: (nb.reload_paths(rels), seen.set()))
    watcher.start()
    time.sleep(0.5)
    for i, talk_id in enumerate(talks[EDITS * 2 : EDITS * 3]):
        path = root / f"{talk_id}.md"
        seen.clear()
        t0 = time.perf_counter()
        path.write_text(path.read_text("utf-8") + f"\nwatchword{i} appears here.\n", "utf-8")
        while talk_id not in [h.id for h in index.search(f"watchword{i}").hits]:
            seen.wait(0.005)
        out["watched"].append(time.perf_counter() - t0)
    watcher.stop()

    writer = Notebook.open(root)  # no index open: the write alone
    for i, talk_id in enumerate(talks[:EDITS]):
        talk = writer.talks[talk_id]
        talk.body += f"\nplain save {i}.\n"
        t0 = time.perf_counter()
        writer.save_talk(talk)
        out["write"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        index.search(f"savedword{i}")
        out["warm"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        subprocess.run(["grep", "-rl", f"handword{i}", str(root)], capture_output=True)
        out["grep"].append(time.perf_counter() - t0)
    nb.close_index()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) DIR/<size>")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="confnotes-owner-"))
    root = base / str(args.size)
    if not root.exists():
        generate(root, args.size)
    work = Path(tempfile.mkdtemp(prefix="confnotes-owner-run-")) / "nb"
    shutil.copytree(root, work)
    try:
        out = run(work)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    warm, grep = median_ms(out["warm"]), median_ms(out["grep"])
    print(f"edit one note, then search, {args.size:,} talks (median of {EDITS})")
    write = median_ms(out["write"])
    print(
        f"  reference: warm search {warm:.1f} ms, grep -rl {grep:.1f} ms,"
        f" the atomic write alone {write:.1f} ms"
    )
    for name in ("saved", "save+index", "before", "rescan", "watched"):
        value = median_ms(out[name])
        print(
            f"  {name:<8} {value:7.1f} ms  = {value / warm:5.1f}x warm search,"
            f" {value / grep:5.2f}x grep"
        )
    saved, rescan = median_ms(out["saved"]), median_ms(out["rescan"])
    before = median_ms(out["before"])
    print(f"  saved vs before: {saved / before:.2f}x; saved vs rescan: {saved / rescan:.2f}x")


if __name__ == "__main__":
    main()
