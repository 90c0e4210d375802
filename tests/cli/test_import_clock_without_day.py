"""Programme data that gives each talk's hour but no date (a programme keyed by weekday
or by ``day: 1``): the hour is kept as the talk's ``time:``, shown by ``--dry-run``, and
no day is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook

WEEKDAYS = """\
wednesday:
  - time: "8:45"
    title: Doors and coffee
  - time: "9:20"
    title: Tiling window managers for the rest of us
    speaker: Radka Novotná
thursday:
  - time: "14:05"
    title: Keeping a wiki alive for ten years
    speaker: Baptiste Lemaire
"""


def test_a_programme_keyed_by_weekday_keeps_each_talks_hour(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "agenda.yml"
    src.write_text(WEEKDAYS, encoding="utf-8")
    nb = tmp_path / "nb"

    assert main(["--notebook", str(nb), "import", str(src), "--dry-run"]) == 0
    tree = capsys.readouterr().out
    assert "09:20 Tiling window managers for the rest of us — Radka Novotná" in tree
    assert "14:05 Keeping a wiki alive for ten years — Baptiste Lemaire" in tree

    assert main(["--notebook", str(nb), "import", str(src)]) == 0
    notebook = Notebook(nb)
    notebook.load()
    talks = {t.title: t for conf in notebook.conferences for t in notebook.talks_of(conf)}
    wiki = talks["Keeping a wiki alive for ten years"]
    assert wiki.start is None  # no date is made up
    assert wiki.extra["time"] == "14:05"
    assert talks["Doors and coffee"].extra["time"] == "08:45"
