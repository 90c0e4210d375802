"""A long note is searched whole, or named (issue 29): only the first 200,000 characters
of a note were indexed, silently (a word at the end of a 2.7 MB note: "no results",
though grep found it). Now the index holds the first 5,000,000 characters of a body,
and ``search`` and ``check`` name a note longer than that."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.index import analysis, scan_ahead
from confnotes.notebook import indexed_part

NOTE = "relml-2025/calibration-is-not-enough"


def _long_body(chars: int, last: str) -> str:
    rng = random.Random(7)
    words = ["abstain", "coverage", "risk", "review", "calibrated", "threshold"]
    lines, size = [], 0
    while size < chars:
        line = " ".join(f"{rng.choice(words)}{rng.randint(0, 999)}" for _ in range(10))
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines) + f"\nand at the very end: {last}\n"


def _append(root: Path, text: str) -> None:
    path = root / f"{NOTE}.md"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_word_at_the_end_of_a_megabyte_note_is_found(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _append(demo, _long_body(1_000_000, "zyzzyvafinale"))
    assert main(["--notebook", str(demo), "search", "--json", "zyzzyvafinale"]) == 0
    out = capsys.readouterr()
    assert [hit["talk"] for hit in json.loads(out.out)] == [NOTE]
    assert "indexed" not in out.err


def test_a_note_longer_than_the_index_holds_is_named(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bound = 100_000  # the real bound, 5,000,000 characters, costs seconds to index
    for module in (indexed_part, scan_ahead):
        monkeypatch.setattr(module, "INDEXED_CHARS", bound)
    monkeypatch.setattr(analysis, "MAX_INDEXED_CHARS", bound)
    _append(demo, _long_body(2 * bound, "zyzzyvafinale"))
    assert main(["--notebook", str(demo), "search", "zyzzyvafinale"]) == 0
    said = capsys.readouterr().err
    assert f"{NOTE}.md: warning: longer than" in said and "only they are searched" in said
    main(["--notebook", str(demo), "check"])
    assert f"{NOTE}.md: warning: longer than" in capsys.readouterr().err
