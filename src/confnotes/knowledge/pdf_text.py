"""The text of attached PDFs (slides, papers), page by page, so that search finds it.

PDFs come from anywhere (a speaker's deck, a teammate's sync) and a PDF parser is a
large attack surface: a decompression bomb, a deeply nested object graph or a
malformed stream may take minutes or gigabytes, or crash a parser written in C.
So the text is read in a child process (:mod:`pdf_child`) with a cap on its memory
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

import atexit
import contextlib
import json
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
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
    """True when only the first pages or characters were kept (``pdf_child``'s bounds)."""

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


class _Reader:
    """The reading child, kept warm between calls (the app reads one deck after another
    without starting a process each time); replaced when it dies or passes a deadline.
    The child leaves by itself after :data:`pdf_child.IDLE_SECONDS` without work."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None

    def read(self, paths: list[Path]) -> Iterator[tuple[Path, PdfText]]:
        with self._lock:
            for path in paths:
                child = self._alive()
                if child is None:
                    yield path, PdfText(skipped="no PDF reader could be started")
                    continue
                yield path, self._ask(child, path)

    def _alive(self) -> subprocess.Popen[bytes] | None:
        if self._child is not None and self._child.poll() is None:
            return self._child
        self._child = _start_child()
        return self._child

    def _ask(self, child: subprocess.Popen[bytes], path: Path) -> PdfText:
        assert child.stdin is not None and child.stdout is not None
        try:
            child.stdin.write(os.fsencode(path) + b"\n")
            child.stdin.flush()
        except OSError:  # it had just left (idle): once more with a new one
            self.close()
            again = self._alive()
            if again is None or again.stdin is None:
                return PdfText(skipped="the PDF reader stopped")
            child = again
            assert child.stdin is not None
            child.stdin.write(os.fsencode(path) + b"\n")
            child.stdin.flush()
        assert child.stdout is not None
        deadline = time.monotonic() + SECONDS_PER_FILE
        line = b""
        fd = child.stdout.fileno()
        while not line.endswith(b"\n"):
            wait = deadline - time.monotonic()
            if wait <= 0:
                self.close()
                return PdfText(skipped=f"took longer than {SECONDS_PER_FILE:g} s to read")
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                self.close()
                return PdfText(skipped="the PDF reader stopped on it (too large or damaged)")
            line += chunk
        try:
            return _text_of(json.loads(line))
        except ValueError:
            return PdfText(skipped="the PDF reader gave no answer")

    def close(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
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


_READER = _Reader()
atexit.register(_READER.close)


def _read_in_child(paths: list[Path]) -> Iterator[tuple[Path, PdfText]]:
    return _READER.read(paths)


def _start_child() -> subprocess.Popen[bytes] | None:
    """The child runs :mod:`pdf_child` as a plain script (none of confnotes imported),
    with its memory cap (see there)."""
    env = {**os.environ, "CONFNOTES_PDF_MEMORY": str(CHILD_MEMORY_BYTES)}
    try:
        return subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("pdf_child.py"))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
        )
    except OSError:
        return None
