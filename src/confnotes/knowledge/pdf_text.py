"""The text of attached PDFs (slides, papers), page by page, so that search finds it.

PDFs come from anywhere (a speaker's deck, a teammate's sync) and a PDF parser is a
large attack surface: a decompression bomb, a deeply nested object graph or a
malformed stream may take minutes or gigabytes, or crash a parser written in C.
So the text is read in a child process (:func:`_child`) with a cap on its memory
(``RLIMIT_AS``) and a wall-clock deadline per file: a file that passes
any bound is skipped with the reason, and the other files go on in a fresh child.
Nothing here ever raises for a bad PDF.

The reader is PDFium (``pypdfium2``, the engine of Chrome's viewer): weighed against
pypdf and pdfminer.six on a 50-page deck it extracts the text 5-8× faster than pypdf
(pdfminer.six is slower still) and close to poppler's ``pdftotext``, which is what
keeps indexing a deck within the budget (benchmarks/bench_pdf.py).

What was read is kept under ``.confnotes/pdf-text/`` by the attachment's name, which is
content-addressed (:mod:`confnotes.knowledge.attachments`): a PDF is read once, whatever
the number of re-indexes; a skipped one stays skipped (and is named by ``check``) until
its file changes.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from confnotes.knowledge.attachments import linked_pdfs
from confnotes.notebook.records import Problem

if TYPE_CHECKING:
    from confnotes.model import Talk
    from confnotes.notebook.notebook import Notebook

CACHE_DIR = "pdf-text"
"""Folder under ``.confnotes/`` with what was read of each PDF."""
MAX_PDF_BYTES = 200_000_000
"""Larger files are not read (a slide deck with photos is tens of MB)."""
MAX_PAGES = 2_000
"""Pages read at most per file (a longer document: its first pages)."""
MAX_TEXT_CHARS = 5_000_000
"""Characters kept at most per file (the rest is dropped and said so)."""
SECONDS_PER_FILE = 20.0
"""Wall-clock deadline to read one file."""
CHILD_MEMORY_BYTES = 1_500_000_000
"""Address space the reading child may use (PDFium's allocations included)."""
VERSION = 1
"""Bumped when what is extracted changes: older cache entries are read again."""


@dataclass
class PdfText:
    """What could be read of one PDF: the text of each page, or why nothing was."""

    pages: list[str] = field(default_factory=list)
    skipped: str = ""
    """Why the file was not read (broken, encrypted, no text layer, too large, …)."""
    truncated: bool = False
    """True when only the first :data:`MAX_PAGES` pages / :data:`MAX_TEXT_CHARS` were kept."""

    @property
    def text(self) -> str:
        """All pages, one after another (what the index holds)."""
        return "\n\n".join(self.pages)


def read_pdfs(paths: Iterable[Path], cache: Path | None) -> dict[Path, PdfText]:
    """The text of each PDF, from ``cache`` (a folder) when read before, else read now in
    a bounded child process and remembered there. Never raises for a bad file."""
    found: dict[Path, PdfText] = {}
    todo: list[Path] = []
    for path in dict.fromkeys(paths):
        kept = _cached(cache, path)
        if kept is not None:
            found[path] = kept
            continue
        try:
            size = path.stat().st_size
        except OSError as exc:
            found[path] = PdfText(skipped=f"cannot be read ({exc.strerror})")
            continue
        if size > MAX_PDF_BYTES:
            found[path] = _remember(cache, path, PdfText(skipped="larger than 200 MB"))
        else:
            todo.append(path)
    for path, text in _read_in_child(todo):
        found[path] = _remember(cache, path, text)
    return found


def _cache_file(cache: Path, path: Path) -> Path:
    return cache / f"{path.name}.json"


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, VERSION]


def _cached(cache: Path | None, path: Path) -> PdfText | None:
    if cache is None:
        return None
    try:
        data = json.loads(_cache_file(cache, path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("stamp") != _stamp(path):
        return None
    return _text_of(data)


def _remember(cache: Path | None, path: Path, text: PdfText) -> PdfText:
    """Keep what was read (best effort: a read-only notebook reads again next time)."""
    stamp = _stamp(path)
    if cache is None or stamp is None or "cannot be read" in text.skipped:
        return text
    record = {
        "stamp": stamp,
        "pages": text.pages,
        "skipped": text.skipped,
        "truncated": text.truncated,
    }
    target = _cache_file(cache, path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        cache.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, target)
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)
    return text


def _text_of(data: dict) -> PdfText:
    pages = data.get("pages")
    return PdfText(
        pages=[str(p) for p in pages] if isinstance(pages, list) else [],
        skipped=str(data.get("skipped") or ""),
        truncated=bool(data.get("truncated")),
    )


def talk_pdfs(nb: Notebook, talk: Talk) -> list[Path]:
    """The PDF attachments a talk's note links to (body and front-matter links)."""
    return linked_pdfs(talk.body, [link.url for link in talk.links], nb.root)


def cache_folder(nb: Notebook) -> Path | None:
    """Where read PDFs are remembered (None: a read-only notebook remembers nothing)."""
    try:
        return nb.ensure_derived_dir() / CACHE_DIR
    except OSError:
        return None


def pdf_problems(nb: Notebook) -> list[Problem]:
    """Warnings for ``confnotes check``: linked PDFs whose text could not be read (and so
    are not searched), and those read only in part."""
    problems: list[Problem] = []
    by_pdf: dict[Path, Talk] = {}
    for talk in nb.talks.values():
        linked = "attachments/" in talk.body or any("attachments/" in k.url for k in talk.links)
        if talk.path is not None and linked:
            for pdf in talk_pdfs(nb, talk):
                by_pdf.setdefault(pdf, talk)
    texts = read_pdfs(by_pdf, cache_folder(nb))
    for pdf, talk in by_pdf.items():
        text = texts[pdf]
        name = pdf.relative_to(nb.root).as_posix()
        assert talk.path is not None
        if text.skipped:
            what = f"{name} is not searched: {text.skipped}"
        elif text.truncated:
            what = f"{name} is searched only in part (its first {len(text.pages)} pages)"
        else:
            continue
        problems.append(Problem(talk.path, None, what, "warning"))
    return problems


# ------------------------------------------------------------------ the bounded child


def _read_in_child(paths: list[Path]) -> Iterable[tuple[Path, PdfText]]:
    """Read ``paths`` in one child after another: a child that passes a file's deadline
    or dies (its memory cap, a crash in the parser) is replaced for the files left."""
    left = list(paths)
    while left:
        child = _start_child()
        if child is None:
            for path in left:
                yield path, PdfText(skipped="no PDF reader could be started")
            return
        try:
            while left:
                path = left[0]
                result = _ask(child, path)
                left.pop(0)
                yield path, result
                if child.poll() is not None:
                    break  # it died with that file: the next one gets a new child
        finally:
            _stop(child)


def _start_child() -> subprocess.Popen[bytes] | None:
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "confnotes.knowledge.pdf_text"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return None


def _ask(child: subprocess.Popen[bytes], path: Path) -> PdfText:
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(os.fsencode(path) + b"\n")
        child.stdin.flush()
    except OSError:
        return PdfText(skipped="the PDF reader stopped")
    deadline = time.monotonic() + SECONDS_PER_FILE
    line = b""
    fd = child.stdout.fileno()
    while not line.endswith(b"\n"):
        wait = deadline - time.monotonic()
        if wait <= 0:
            _stop(child)
            return PdfText(skipped=f"took longer than {SECONDS_PER_FILE:g} s to read")
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            _stop(child)
            return PdfText(skipped="the PDF reader stopped on it (too large or damaged)")
        line += chunk
    try:
        return _text_of(json.loads(line))
    except ValueError:
        return PdfText(skipped="the PDF reader gave no answer")


def _stop(child: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        if child.stdin is not None:
            child.stdin.close()
    if child.poll() is None:
        with contextlib.suppress(OSError):
            child.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        child.wait(timeout=5)
    if child.stdout is not None:
        child.stdout.close()


def _limit_child() -> None:
    """The child's own bound: memory (the parent keeps the wall clock)."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with contextlib.suppress(OSError):
        os.nice(10)


def extract(path: Path) -> PdfText:
    """Read one PDF's text here and now, without bounds: what the child runs per file."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return PdfText(skipped="no PDF reader installed (pypdfium2)")
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        reason = str(exc).lower()
        if "password" in reason:
            return PdfText(skipped="encrypted (needs a password)")
        return PdfText(skipped=f"not a readable PDF ({exc})")
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
        return PdfText(pages=pages, skipped=f"damaged after page {len(pages)} ({exc})")
    finally:
        document.close()
    if not any(p.strip() for p in pages):
        return PdfText(skipped="no text layer (scanned or image-only)")
    return PdfText(pages=pages, truncated=truncated)


def _child() -> None:
    """The reading child: a path per line in, a JSON object per line out."""
    _limit_child()
    out = sys.stdout.buffer
    for raw in sys.stdin.buffer:
        path = Path(os.fsdecode(raw.rstrip(b"\n")))
        try:
            text = extract(path)
        except MemoryError:
            text = PdfText(skipped="needs more memory than allowed to read")
        except Exception as exc:  # a parser bug on a hostile file: skip it, go on
            text = PdfText(skipped=f"not a readable PDF ({type(exc).__name__})")
        record = {"pages": text.pages, "skipped": text.skipped, "truncated": text.truncated}
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()


if __name__ == "__main__":
    _child()
