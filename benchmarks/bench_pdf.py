"""What an attached slide deck adds to indexing its talk, beside poppler's pdftotext.

Usage: python benchmarks/bench_pdf.py [PAGES]   (default 50; needs ``pdftotext``)

A deck of PAGES slides (a title and eight bullet lines each) is attached to a demo
talk. Measured in the same run, median of 7:
- ``pdftotext deck.pdf -``, the reference (a process reading the same file);
- the index update of that talk with the deck linked, the PDF text read afresh (no
  cache), minus the same update without the link: what indexing the deck adds;
- the same with the text remembered (what every later re-index of the talk costs);
- reading the text alone, in the warm reading child;
- a search for a word on one slide, beside one for a word of the notes.
The target (issue 32): the added cost at most 2x pdftotext.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from confnotes.index import open_index
from confnotes.knowledge.pdf_text import CACHE_DIR, read_pdfs
from confnotes.notebook.notebook import Notebook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.pdfs import pdf

DEMO = Path(__file__).resolve().parent.parent / "src" / "confnotes" / "demo"
TALK = "relml-2025/calibration-is-not-enough"
NAME = "0123456789ab-deck.pdf"
WORDS = [
    "gradient",
    "calibration",
    "abstention",
    "transformer",
    "latency",
    "retrieval",
    "benchmark",
    "distribution",
    "shift",
    "robustness",
    "certified",
    "ensemble",
    "coverage",
    "selective",
    "prediction",
    "threshold",
]


def deck(pages: int) -> bytes:
    rng = random.Random(7)
    slides = []
    for number in range(1, pages + 1):
        lines = [f"Slide {number}: {rng.choice(WORDS).title()} matters"]
        lines += ["- " + " ".join(rng.choice(WORDS) for _ in range(9)) for _ in range(8)]
        if number == pages // 2:
            lines.append("the zanzibarword result")
        slides.append("\n".join(lines))
    return pdf(slides)


def median_ms(action, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    if shutil.which("pdftotext") is None:
        sys.exit("pdftotext is needed as the reference (Debian: poppler-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "nb"
        shutil.copytree(DEMO, root)
        (root / "attachments").mkdir()
        path = root / "attachments" / NAME
        path.write_bytes(deck(pages))
        size = path.stat().st_size
        note = root / f"{TALK}.md"
        plain = note.read_text(encoding="utf-8")
        linked = plain + f"\nSlides: [deck.pdf](../attachments/{NAME})\n"
        nb = Notebook.open(root)
        index = open_index(nb)
        index.sync()
        cache = root / ".confnotes" / CACHE_DIR

        def update(text: str, fresh: bool) -> None:
            note.write_text(text, encoding="utf-8")
            if fresh:
                shutil.rmtree(cache, ignore_errors=True)
            index.update_talk(Notebook.open(root).talk(TALK))

        reference = median_ms(
            lambda: subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        )
        without = median_ms(lambda: update(plain, False))
        fresh = median_ms(lambda: update(linked, True))
        cached = median_ms(lambda: update(linked, False))
        extract = median_ms(lambda: read_pdfs([path], None))
        slide_word = median_ms(lambda: index.search("zanzibarword"))
        note_word = median_ms(lambda: index.search("abstention"))
        index.close()
    added, again = fresh - without, cached - without
    print(f"deck: {pages} pages, {size} bytes")
    print(f"pdftotext (reference)          {reference:8.1f} ms")
    print(
        f"reading its text (warm child)  {extract:8.1f} ms  = {extract / reference:.2f}x pdftotext"
    )
    print(f"indexing the deck, first time  {added:8.1f} ms  = {added / reference:.2f}x pdftotext")
    print(f"indexing it again (remembered) {again:8.1f} ms  = {again / reference:.2f}x pdftotext")
    print(
        f"search: a slide's word {slide_word:.1f} ms, a note's word {note_word:.1f} ms "
        f"({slide_word / note_word:.2f}x)"
    )


if __name__ == "__main__":
    main()
