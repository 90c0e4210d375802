"""A speaker renamed in a refreshed programme (same speaker id) shows the new name
everywhere a user looks: the person's page, the talk's note, search; the old name stays
an alias that still finds them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook


def _programme(path: Path, name: str) -> None:
    path.write_text(
        json.dumps(
            {
                "conference": {"title": "Saltmarsh Days 2025"},
                "talks": [
                    {
                        "id": "t-41",
                        "title": "Counting cordgrass from the air",
                        "start": "2025-05-14T11:00",
                        "speakers": [{"id": "sp-7", "name": name, "affiliation": "NIOZ"}],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )


def test_a_renamed_speaker_shows_the_new_name_on_page_note_and_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb_dir, src = tmp_path / "nb", tmp_path / "programme.json"
    _programme(src, "Anouk Verbeek")
    assert main(["--notebook", str(nb_dir), "import", str(src)]) == 0
    capsys.readouterr()
    _programme(src, "Anouk Verbeek-Smit")
    assert main(["--notebook", str(nb_dir), "import", str(src)]) == 0
    assert "updated: person Anouk Verbeek-Smit" in capsys.readouterr().out

    nb = Notebook.open(nb_dir)
    (person,) = nb.people.values()
    assert person.name == "Anouk Verbeek-Smit" and "Anouk Verbeek" in person.aliases
    page = (nb_dir / "people" / f"{person.id}.md").read_text(encoding="utf-8")
    assert "name: Anouk Verbeek-Smit" in page
    (talk,) = nb.talks.values()
    assert [nb.people[pid].name for pid in talk.speakers] == ["Anouk Verbeek-Smit"]

    assert main(["--notebook", str(nb_dir), "search", "Verbeek-Smit"]) == 0
    out = capsys.readouterr().out
    assert "Counting cordgrass from the air" in out
    assert "Anouk Verbeek-Smit · saltmarsh-days-2025" in out
    assert main(["--notebook", str(nb_dir), "search", "Anouk Verbeek"]) == 0
    assert f"person: {person.id}  Anouk Verbeek-Smit" in capsys.readouterr().out
