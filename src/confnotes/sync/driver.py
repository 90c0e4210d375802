"""git's merge driver for notebook files: notes and people pages, conference files.

git calls ``confnotes merge-driver %O %A %B %P`` for every file the notebook's
``.gitattributes`` hands it, on ``confnotes sync`` and on a plain ``git pull``
or ``git merge`` alike. The driver writes the merged file over ``%A`` and exits
0 when the merge is clean, 1 when conflict blocks had to be written: git then
records a conflict, but the file already holds both versions between markers,
so nothing depends on the user finding git's stage files.
"""

from __future__ import annotations

from pathlib import Path

from confnotes.errors import ConfnotesError
from confnotes.notebook.merge3 import MergeResult, merge_notes, merge_text, merge_yaml
from confnotes.notebook.storage import atomic_write, decode_text, encode_text

LABELS = ("mine", "theirs")
"""Labels after the markers: this clone's side first, the incoming side second."""


def merge_file(base: str, ours: str, theirs: str, name: str) -> MergeResult:
    """Merge one notebook file by what it is (``name``: its path in the notebook)."""
    if name.endswith(".md"):
        return merge_notes(base, ours, theirs, LABELS)
    if name.endswith((".yaml", ".yml")):
        return merge_yaml(base, ours, theirs)
    return merge_text(base, ours, theirs, LABELS)


def merge_bytes(base: bytes, ours: bytes, theirs: bytes, name: str) -> tuple[bytes, bool]:
    """Merge three versions of a file as stored; returns (merged bytes, clean).

    The result keeps this side's line endings and BOM.
    """
    texts = [decode_text(data, Path(name)) for data in (base, ours, theirs)]
    mine = texts[1]
    result = merge_file(texts[0].text, mine.text, texts[2].text, name)
    return encode_text(result.text, mine.newline, mine.bom), result.clean


def run_driver(base: Path, ours: Path, theirs: Path, name: str) -> int:
    """Merge git's three temp files into ``ours``; returns the exit status git expects."""
    data = [path.read_bytes() if path.exists() else b"" for path in (base, ours, theirs)]
    try:
        merged, clean = merge_bytes(data[0], data[1], data[2], name)
    except ConfnotesError:
        # Not text: git keeps this side's file; the other goes beside it (git runs
        # drivers at the top of the work tree, where ``name`` is relative to).
        atomic_write(Path(aside_name(name, Path("."))), data[2])
        return 1
    atomic_write(ours, merged)
    return 0 if clean else 1


def handled(name: str) -> bool:
    """Files the notebook's ``.gitattributes`` hands to this driver (see ``repo_setup``)."""
    return name.endswith(".md") or name.rsplit("/", 1)[-1] == "conference.yaml"


def aside_name(path: str, root: Path) -> str:
    """Where the other side's version of a file both sides changed goes, beside it:
    ``slides.theirs.pdf`` (``slides.theirs-2.pdf`` when that is taken), so both stay
    openable by their extension."""
    folder, _, name = path.rpartition("/")
    dot = name.find(".", 1)  # a leading dot is part of the name (.hidden)
    stem, ext = (name[:dot], name[dot:]) if dot > 0 else (name, "")
    prefix = f"{folder}/" if folder else ""
    number = 1
    while True:
        mark = "theirs" if number == 1 else f"theirs-{number}"
        candidate = f"{prefix}{stem}.{mark}{ext}"
        if not (root / candidate).exists() and not (root / candidate).is_symlink():
            return candidate
        number += 1
