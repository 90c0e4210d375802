"""A site's data folder (``_data/``: talks, speakers and rooms in files of their own,
joined by ids) imported as a folder is read as one event, as when its files are given
together; the site's folder names the conference, not ``_data``."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook

TALKS = """\
- id: t1
  title: Sourdough statistics
  start: 2025-10-04 10:00
  end: 2025-10-04 10:40
  room: r1
  speakers: [s1]
- id: t2
  title: Proofing at altitude
  start: 2025-10-04 11:00
  end: 2025-10-04 11:40
  room: r2
  speakers: [s2, s1]
"""

SPEAKERS = """\
- id: s1
  name: Wilhelmina Okoro
  company: Crumb Analytics
- id: s2
  name: Teodor Vasquez
  company: Highland Ovens
"""

ROOMS = """\
- id: r1
  name: Mill Hall
- id: r2
  name: Granary
"""


def test_a_walked_data_folder_is_one_event_with_its_ids_joined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "breadcon-2025" / "_data"
    data.mkdir(parents=True)
    (data / "rooms.yml").write_text(ROOMS, encoding="utf-8")
    (data / "speakers.yml").write_text(SPEAKERS, encoding="utf-8")
    (data / "talks.yml").write_text(TALKS, encoding="utf-8")
    nb = tmp_path / "nb"

    assert main(["--notebook", str(nb), "import", str(data)]) == 0
    out = capsys.readouterr().out
    assert "breadcon-2025" in out
    notebook = Notebook(nb)
    notebook.load()
    assert list(notebook.conferences) == ["breadcon-2025"]
    talks = {t.title: t for t in notebook.talks_of("breadcon-2025")}
    assert set(talks) == {"Sourdough statistics", "Proofing at altitude"}
    proofing = talks["Proofing at altitude"]
    assert proofing.speakers == ["teodor-vasquez", "wilhelmina-okoro"]
    assert proofing.room == "Granary"
    assert notebook.people["wilhelmina-okoro"].affiliations == ["Crumb Analytics"]

    # the same folder again: one event, nothing changed
    assert main(["--notebook", str(nb), "import", str(data)]) == 0
    assert " 0 added, 0 updated" in capsys.readouterr().out


def test_data_beside_notes_keeps_the_folder_one_conference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "breadcon-2025"
    folder.mkdir()
    (folder / "speakers.yml").write_text(SPEAKERS, encoding="utf-8")
    (folder / "talks.yml").write_text(TALKS, encoding="utf-8")
    (folder / "sourdough.md").write_text(
        "# Sourdough statistics\n\n- starters are noisy sensors\n", encoding="utf-8"
    )
    nb = tmp_path / "nb"
    assert main(["--notebook", str(nb), "import", str(folder)]) == 0
    notebook = Notebook(nb)
    notebook.load()
    assert len(notebook.conferences) == 1
