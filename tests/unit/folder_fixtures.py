"""What the tests of a person's folder of notes ask of an import: the folder written from
a few files (in subfolders too), read together, and its talks with their speakers."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.programme import Programme
from confnotes.importers.sources import read_folder


def read_files(root: Path, files: dict[str, str]) -> dict[str, Programme]:
    """``files`` (path under ``root`` → text) written and read as one folder, each
    programme by its path under ``root``."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    read, together = read_folder(str(root), [str(root / n) for n in files])
    assert together
    return {Path(s).relative_to(root).as_posix(): p for s, p in read.items()}


def talk_speakers(read: dict[str, Programme]) -> dict[str, list[str]]:
    """Each talk's title and its speakers' names, the writer's other parts left out."""
    return {
        t.title: [p.name for p in t.speakers]
        for p in read.values()
        for t in p.talks
        if t.kind != "other"
    }
