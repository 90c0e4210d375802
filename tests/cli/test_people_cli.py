"""``confnotes people`` and the unsure pairs in ``confnotes check``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.importers.merge import merge_programme
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeRole
from confnotes.notebook.notebook import Notebook


def _notebook(tmp_path: Path) -> Path:
    nb = Notebook.open(tmp_path / "nb", create=True)
    for name, year, person in (
        ("Conf A", 2021, ProgrammePerson("Philip Kim", ["Toronto"])),
        ("Conf B", 2023, ProgrammePerson("Philip M. Kim", ["Vector Institute"])),
        ("Conf B", 2023, ProgrammePerson("Ann Lee", ["ETH"])),
    ):
        merge_programme(
            nb,
            Programme(
                name=name,
                format="markdown",
                start=date(year, 1, 1),
                roles=[ProgrammeRole(person, "keynote")],
            ),
        )
    return tmp_path / "nb"


def test_list_merge_split_distinct(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _notebook(tmp_path)
    base = ["--notebook", str(root), "people"]
    assert main([*base, "list"]) == 0
    out = capsys.readouterr().out
    assert "philip-kim\tPhilip Kim\tToronto\t0 talks, 1 conference\n" in out
    assert "philip-kim (Philip Kim)  ~  philip-m-kim (Philip M. Kim)" in out

    assert main(["--notebook", str(root), "check"]) == 0
    assert "may be the same person" in capsys.readouterr().err

    assert main([*base, "merge", "philip-kim", "Philip M. Kim"]) == 0
    assert "merged philip-m-kim into philip-kim" in capsys.readouterr().out
    assert not (root / "people" / "philip-m-kim.md").exists()
    assert main([*base, "list", "--maybe"]) == 0
    assert "no unsure pairs" in capsys.readouterr().out

    assert main([*base, "split", "philip-kim"]) == 0
    assert "split off philip-m-kim (Philip M. Kim)" in capsys.readouterr().out
    assert (root / "people" / "philip-m-kim.md").exists()

    assert main([*base, "distinct", "philip-kim", "philip-m-kim"]) == 0
    capsys.readouterr()
    assert main([*base, "list", "--maybe"]) == 0
    assert "no unsure pairs" in capsys.readouterr().out


def test_unknown_person_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _notebook(tmp_path)
    assert main(["--notebook", str(root), "people", "merge", "ann-lee", "Nobody Here"]) == 2
    assert "confnotes: error: no person 'Nobody Here'" in capsys.readouterr().err
