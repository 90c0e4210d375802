"""``import --as SHAPE``, the readings ``--dry-run`` shows, and the close call.

A document can be read more than one way; these tests hold the user's side of it:
the dry run lists the best readings with their scores and evidence, ``--as``
chooses one, the choice is stored with the conference and ``import --update``
reads the next version the same way, and a shape the document cannot be read as
is a clear error (exit 2), not a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook

DAY = """\
# Monday 14 April 2025

## 09:30 Opening keynote: Sara Lindgren — The next decade of compilers
Slides promised later.

## 11:00 Incremental parsing — Ben Okafor
Tree-sitter style edits.
"""


def _talks(nb_dir: Path) -> dict[str, str]:
    nb = Notebook.open(nb_dir)
    return {t.title: t.body for t in nb.talks.values()}


def test_dry_run_lists_the_readings_side_by_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "day.md"
    src.write_text(DAY, encoding="utf-8")
    (tmp_path / "nb").mkdir()
    assert main(["--notebook", str(tmp_path / "nb"), "import", "--dry-run", str(src)]) == 0
    out = capsys.readouterr().out
    assert "readings (best first; --as SHAPE chooses):" in out
    listed = out.split("readings (best first")[1].split("  |")[0]
    shapes = [line.split()[0] for line in listed.splitlines()[1:] if line.strip()]
    assert len(shapes) >= 2 and "timetable" in shapes and "sections" in shapes
    assert "% of lines explained" in listed


def test_as_chooses_and_update_reads_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "day.md"
    src.write_text(DAY, encoding="utf-8")
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", "--as", "one-note", str(src)]) == 0
    assert "read as: one-note" in capsys.readouterr().out
    assert len(_talks(nb_dir)) == 1  # the whole text as one note, as chosen
    conf = next(iter(Notebook.open(nb_dir).conferences.values()))
    assert conf.extra["programme_sources"][0]["as"] == "one-note"
    src.write_text(DAY + "\n## 14:00 Profilers that lie — Chloé Durand\nSampling bias.\n")
    assert main(["--notebook", str(nb_dir), "import", "--update"]) == 0
    assert "0 added" in capsys.readouterr().out
    assert len(_talks(nb_dir)) == 1  # still one note: the stored choice was followed


def test_a_shape_the_document_does_not_have_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "day.md"
    src.write_text("just a line of words\n", encoding="utf-8")
    code = main(["--notebook", str(tmp_path / "nb"), "import", "--as", "timetable", str(src)])
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot be read as timetable" in err and "Traceback" not in err
