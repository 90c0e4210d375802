"""A data folder whose schedule names speaker pages by their path (``"speaker":
"_speakers/ana.md"``, the pages in a folder of their own) imported as a folder: the
slots take the pages' names and talk titles, as when the files are read together."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook

SCHEDULE = """\
[
  {"title": "Registration and coffee", "time": "08:30", "duration": 45},
  {"speaker": "_presenters/ines.md", "time": "09:15", "duration": 40},
  {"speaker": "_presenters/marek.md", "time": "10:00", "duration": 40},
  {"title": "Lunch", "time": "12:00", "duration": 60}
]
"""

INES = """\
---
name: Ines Carvalho
company: Tidewater Robotics
title: "Soft grippers for fragile fruit"
layout: speaker
---

Picking strawberries without bruising them.
"""

MAREK = """\
---
name: Marek Novak
company: Fieldline
talktitle: Mapping orchards with cheap drones
layout: speaker
---

Low-cost photogrammetry for small farms.
"""


def test_a_schedule_naming_pages_by_path_is_joined_with_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "agritech-day"
    (site / "_presenters").mkdir(parents=True)
    (site / "schedule.json").write_text(SCHEDULE, encoding="utf-8")
    (site / "_presenters" / "ines.md").write_text(INES, encoding="utf-8")
    (site / "_presenters" / "marek.md").write_text(MAREK, encoding="utf-8")
    nb = tmp_path / "nb"

    assert main(["--notebook", str(nb), "import", str(site)]) == 0
    capsys.readouterr()
    notebook = Notebook(nb)
    notebook.load()
    assert len(notebook.conferences) == 1
    (conf,) = notebook.conferences
    talks = {t.title: t for t in notebook.talks_of(conf)}
    assert talks["Soft grippers for fragile fruit"].speakers == ["ines-carvalho"]
    assert talks["Mapping orchards with cheap drones"].speakers == ["marek-novak"]
