"""The process that reads PDFs for :mod:`confnotes.knowledge.pdf_text`: a path per line in,
one JSON object per line out (``pages``, ``skipped``, ``truncated``).

Run as a plain script, so it imports nothing of confnotes (a quick start), only PDFium.
It caps its own address space (``CONFNOTES_PDF_MEMORY`` bytes), so a decompression bomb
ends in a MemoryError or its death, never the machine's memory; the parent keeps the
wall clock per file and replaces a child that passes it. It leaves when its input
closes, or after :data:`IDLE_SECONDS` without a file to read.
"""

from __future__ import annotations

import json
import os
import select
import sys

MAX_PAGES = 2_000
"""Pages read at most per file (a longer document: its first pages)."""
MAX_TEXT_CHARS = 5_000_000
"""Characters kept at most per file (the rest is dropped and said so)."""
IDLE_SECONDS = 60.0
"""Without a file to read for this long, the child leaves (the next read starts one)."""


def extract(path: str) -> dict:
    """One PDF's text, page by page, or why it could not be read."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return {"skipped": "no PDF reader installed (pypdfium2)"}
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return {"skipped": "encrypted (needs a password)"}
        return {"skipped": f"not a readable PDF ({exc})"}
    pages: list[str] = []
    total, truncated = 0, False
    try:
        count = len(document)
        if count > MAX_PAGES:
            count, truncated = MAX_PAGES, True
        for index in range(count):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            page.close()
            if total + len(text) > MAX_TEXT_CHARS:
                text, truncated = text[: MAX_TEXT_CHARS - total], True
            pages.append(text)
            total += len(text)
            if truncated:
                break
    except pdfium.PdfiumError as exc:
        return {"pages": pages, "skipped": f"damaged after page {len(pages)} ({exc})"}
    finally:
        document.close()
    if not any(p.strip() for p in pages):
        return {"skipped": "no text layer (scanned or image-only)"}
    return {"pages": pages, "truncated": truncated}


def _limit_memory() -> None:
    try:
        import resource

        cap = int(os.environ.get("CONFNOTES_PDF_MEMORY", "1500000000"))
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # no such limits here (Windows): the parent's deadline still holds


def main() -> None:
    _limit_memory()
    with_input = sys.stdin.buffer
    out = sys.stdout.buffer
    while True:
        ready, _, _ = select.select([with_input], [], [], IDLE_SECONDS)
        if not ready:
            return
        raw = with_input.readline()
        if not raw:
            return
        path = os.fsdecode(raw.rstrip(b"\n"))
        try:
            record = extract(path)
        except MemoryError:
            record = {"skipped": "needs more memory than allowed to read"}
        except Exception as exc:  # a parser bug on a hostile file: skip it, go on
            record = {"skipped": f"not a readable PDF ({type(exc).__name__})"}
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()


if __name__ == "__main__":
    main()
