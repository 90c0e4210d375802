"""Photos of slides and downloaded PDFs kept with the notes, as plain files.

A pasted or dropped path to an image or a PDF is copied into the notebook's
``attachments/`` folder under a content-addressed name
(``<first 12 hex digits of its SHA-256>-<slug of its name>.<ext>``): the same
file pasted twice is stored once, and an existing file is never overwritten.
The note gets a relative Markdown link (``![IMG_2041.jpg](../attachments/…)``),
which Obsidian, GitHub and any Markdown viewer show as the image; the original
file name stays in the link text, so searching for it finds the note. No
Textual here: the editor's paste handler and tests share it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shlex
import stat
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from confnotes.errors import BadInputError
from confnotes.notebook.layout import NOT_REGULAR, SYMLINK, SYMLINKED_FOLDER
from confnotes.notebook.records import Problem
from confnotes.notebook.slugs import make_slug

if TYPE_CHECKING:
    from confnotes.notebook.notebook import Notebook

ATTACHMENTS_DIR = "attachments"
"""Folder of the notebook that holds attached files."""

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".avif"})
"""Files shown as images (``![...](...)``)."""

FILE_SUFFIXES = frozenset({".pdf"})
"""Other files that may be attached (linked, ``[...](...)``)."""

MAX_ATTACHMENT_BYTES = 200_000_000
"""Largest file copied in (a long slide deck as PDF is tens of MB)."""

_NAME = re.compile(r"^[0-9a-f]{12,64}-[a-z0-9-]+\.[a-z0-9]+$")
"""What an attachment's file name looks like (used to recognise links to them)."""


def is_attachable(path: Path) -> bool:
    """True for an existing regular file that is an image or a PDF (by its suffix)."""
    suffix = path.suffix.lower()
    return suffix in IMAGE_SUFFIXES | FILE_SUFFIXES and path.is_file()


def pasted_paths(text: str) -> list[Path]:
    """The files a paste (or a drop, which terminals paste as a path) names, when it is
    nothing but paths of attachable files; else an empty list (the paste is text).

    Quoted paths (``'/tmp/My Slides.pdf'``), backslash-escaped spaces and ``file://``
    URIs are understood, one or several, separated by spaces or lines.
    """
    text = text.strip()
    if not text or len(text) > 8192:
        return []
    try:
        tokens = shlex.split(text, posix=True)
    except ValueError:
        return []
    paths: list[Path] = []
    for token in tokens:
        if token.lower().startswith("file://"):
            token = unquote(urlsplit(token).path)
        path = Path(token).expanduser()
        if not path.is_absolute() or not is_attachable(path):
            return []
        paths.append(path)
    return paths


def attachment_name(data: bytes, original: str) -> str:
    """The content-addressed file name for ``data`` first called ``original``."""
    digest = hashlib.sha256(data).hexdigest()[:12]
    stem = make_slug(Path(original).stem, "file", max_length=40)
    suffix = Path(original).suffix.lower()
    suffix = ".jpg" if suffix == ".jpeg" else suffix
    return f"{digest}-{stem}{suffix}"


def attach(nb: Notebook, source: Path) -> Path:
    """Copy ``source`` into the notebook's ``attachments/`` (once per content); the stored
    file. Written through the notebook (its lock, its atomic write).

    Raises:
        BadInputError: not an image or PDF, missing, or too large.
        StorageError: the copy could not be written.
    """
    if not is_attachable(source):
        raise BadInputError("not an image or PDF file that can be attached", source)
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise BadInputError(
            f"larger than {MAX_ATTACHMENT_BYTES // 1_000_000} MB; not copied", source
        )
    data = source.read_bytes()
    folder = nb.root / ATTACHMENTS_DIR
    name = attachment_name(data, source.name)
    target = folder / name
    digest = hashlib.sha256(data).hexdigest()
    if target.exists():
        if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == digest:
            return target  # the same content, already here
        # A different file under the short name: use the whole digest, never overwrite.
        target = folder / name.replace(digest[:12], digest, 1)
        if target.exists():
            return target
    nb.write_file(target, data)
    return target


def markdown_link(note: Path, stored: Path, label: str) -> str:
    """A relative Markdown link from the note's folder to the stored file (an image link
    for images); ``label`` is the file's original name."""
    rel = Path(os.path.relpath(stored, note.parent)).as_posix()
    text = label.replace("[", "(").replace("]", ")")
    bang = "!" if stored.suffix.lower() in IMAGE_SUFFIXES else ""
    return f"{bang}[{text}]({rel})"


def attachment_of(url: str, root: Path) -> Path | None:
    """The notebook attachment a link in a note points at (``../attachments/NAME``), else None."""
    parts = url.replace("\\", "/").split("/")
    if len(parts) < 2 or parts[-2] != ATTACHMENTS_DIR or not _NAME.match(parts[-1]):
        return None
    if any(p not in ("..", ".") for p in parts[:-2]):
        return None
    path = root / ATTACHMENTS_DIR / parts[-1]
    return path if _regular_inside(root, path) else None


def _regular_inside(root: Path, path: Path) -> bool:
    """True for a regular file reached from ``root`` through no symbolic link: an export
    embeds it, and a link planted in ``attachments/`` could point at a private key."""
    try:
        return not (root / ATTACHMENTS_DIR).is_symlink() and stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def attachment_problems(root: Path) -> list[Problem]:
    """A warning for each entry of ``attachments/`` that is not a regular file (a symlink,
    a FIFO): never embedded in an export, and ``check`` says so."""
    folder = root / ATTACHMENTS_DIR
    if folder.is_symlink():
        return [
            Problem(folder, None, SYMLINKED_FOLDER + "; attachments are not embedded", "warning")
        ]
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    problems = []
    for entry in entries:
        with contextlib.suppress(OSError):
            if not entry.is_file(follow_symlinks=False) and not entry.is_dir(follow_symlinks=False):
                why = SYMLINK if entry.is_symlink() else NOT_REGULAR
                problems.append(Problem(Path(entry.path), None, why, "warning"))
    return problems


def original_name(stored: Path) -> str:
    """The name a user knows an attachment by: its stored name without the hash
    (``3f2a…-okafor-slides.pdf`` → ``okafor-slides.pdf``)."""
    head, _, rest = stored.name.partition("-")
    return rest if rest and re.fullmatch(r"[0-9a-f]{12,64}", head) else stored.name


def linked_pdfs(body: str, urls: list[str], root: Path) -> list[Path]:
    """The notebook's PDF attachments that a note links to (in its body or its links),
    each once, in the order the note names them. Only regular files inside the
    notebook's ``attachments/`` folder: never a symlink to somewhere else."""
    found: dict[Path, None] = {}
    for url in [*_body_link_targets(body), *urls]:
        path = attachment_of(url, root)
        if path is None or path.suffix.lower() not in FILE_SUFFIXES or path.is_symlink():
            continue
        found[path] = None
    return list(found)


_LINK_TARGET = re.compile(r"\]\(\s*<?([^()\s>]*attachments/[^()\s>]+)>?")
"""The target of a Markdown link to an attachment (``](../attachments/x.pdf)``)."""


def _body_link_targets(body: str) -> list[str]:
    if "attachments/" not in body:
        return []
    return [unquote(m.group(1)) for m in _LINK_TARGET.finditer(body)]
