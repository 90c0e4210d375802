"""One bit flipped in a segment of the search index never drops a note silently
(issue 29: 1 flip in 200 did). The index records a hash of every file Whoosh wrote;
a file changed since is damage: the index is moved aside and rebuilt from the notes,
and the user is told. ``check`` names a damaged file too."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.index import open_index
from confnotes.notebook.notebook import Notebook


def _segments(root: Path) -> list[Path]:
    return sorted((root / ".confnotes" / "index").glob("*.seg"))


def _every_note_found(root: Path) -> tuple[list[str], set[str]]:
    nb = Notebook.open(root)
    with open_index(nb) as index:
        report = index.sync()
        found = {
            hit.id
            for talk in nb.talks.values()
            for hit in index.search(talk.id.split("/")[1].replace("-", " ")).hits
        }
        return report.messages, found


@pytest.mark.parametrize("where", [0.3, 0.5, 0.7, 0.9])
def test_a_flipped_bit_in_a_segment_is_found_and_the_index_rebuilt(
    demo: Path, where: float
) -> None:
    messages, before = _every_note_found(demo)
    segment = _segments(demo)[0]
    data = bytearray(segment.read_bytes())
    data[int(len(data) * where)] ^= 0x10
    segment.write_bytes(bytes(data))
    messages, after = _every_note_found(demo)
    assert any("damaged" in m and "rebuilt" in m for m in messages), messages
    assert after == before


def test_check_names_a_damaged_index_file(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _every_note_found(demo)
    segment = _segments(demo)[0]
    stat = segment.stat()
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0x01
    segment.write_bytes(bytes(data))
    import os

    os.utime(segment, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # bit rot keeps the mtime
    main(["--notebook", str(demo), "check"])
    assert f"{segment.name}: warning: the search index's file is damaged" in capsys.readouterr().err
