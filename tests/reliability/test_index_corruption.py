"""Fault 7: the search index deleted, truncated, or with flipped bytes.

The index is a cache under ``.confnotes/index``. Whatever happens to its files,
``confnotes search`` must detect it, rebuild from the notes and still find the
note, exit 0, print no traceback, and leave every note byte for byte as it was.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from .hostile import snapshot

QUERY = "calibration"
EXPECTED = "relml-2025/calibration-is-not-enough"


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CONFNOTES_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "confnotes", "--notebook", str(root), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _files(index: Path) -> list[Path]:
    return sorted(p for p in index.rglob("*") if p.is_file() and p.stat().st_size > 0)


def _delete(index: Path) -> None:
    shutil.rmtree(index)


def _truncate(index: Path) -> None:
    """Half of the segment, none of the table of contents."""
    for path in _files(index):
        with path.open("r+b") as fh:
            fh.truncate(0 if path.suffix == ".toc" else path.stat().st_size // 2)


def _flip(index: Path) -> None:
    rng = random.Random(11)
    for path in _files(index):
        data = bytearray(path.read_bytes())
        for _ in range(max(1, len(data) // 50)):
            i = rng.randrange(len(data))
            data[i] ^= 0xFF
        path.write_bytes(bytes(data))


def _garbage(index: Path) -> None:
    for path in _files(index):
        path.write_bytes(os.urandom(path.stat().st_size))


def _folder_is_a_file(index: Path) -> None:
    shutil.rmtree(index)
    index.write_bytes(b"not an index")


def _only_segments_gone(index: Path) -> None:
    for path in index.glob("*.seg"):
        path.unlink()


CORRUPTIONS: dict[str, Callable[[Path], None]] = {
    "deleted": _delete,
    "truncated": _truncate,
    "flipped-bytes": _flip,
    "random-bytes": _garbage,
    "folder-is-a-file": _folder_is_a_file,
    "segments-missing": _only_segments_gone,
}


@pytest.mark.parametrize("how", sorted(CORRUPTIONS))
def test_corrupted_index_is_detected_and_rebuilt(demo: Path, how: str) -> None:
    first = _cli(demo, "reindex")
    assert first.returncode == 0, first.stderr
    index = demo / ".confnotes" / "index"
    assert _files(index)
    notes = snapshot(demo)
    CORRUPTIONS[how](index)

    result = _cli(demo, "search", QUERY)
    shown = f"{how}: exit {result.returncode}\n{result.stderr[-2000:]}"
    assert result.returncode == 0, shown
    assert "Traceback" not in result.stderr, shown
    assert EXPECTED in result.stdout, shown
    assert snapshot(demo) == notes, "the notes must never change because of the index"
