"""Seven people's folders of notes, each in its tool's conventions, imported whole with
``confnotes import DIR``: every line they wrote ends in some note (issue 33).

The folders (``tests/data/importers/folders/``) were written for this test and scored
before anything was fixed for them: 253 of 272 lines, 2 of 5 folders complete; the two
imitating real people's folders of notes (``days_noor``, ``readme_ravi``) 118 of 126
lines, none complete (``benchmarks/notes_folders.py`` prints the figures).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from confnotes.cli import main
from confnotes.model import Talk
from confnotes.notebook.notebook import Notebook

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "notes_folders.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("notes_folders", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["notes_folders"] = module
    spec.loader.exec_module(module)
    return module


BENCHMARK = _bench()
FOLDERS = sorted(p for p in BENCHMARK.FOLDERS.iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_every_line_of_the_folder_ends_in_some_note(folder: Path) -> None:
    result = BENCHMARK.score_folder(folder)
    assert result.lost == []
    assert result.written >= 40


def _at(talk: Talk) -> str:
    return talk.start.isoformat(timespec="minutes") if talk.start else ""


def _imported(tmp_path: Path, name: str) -> Notebook:
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", str(BENCHMARK.FOLDERS / name)]) == 0
    return Notebook.open(nb_dir)


def test_org_drawers_planning_lines_and_heading_states(tmp_path: Path) -> None:
    nb = _imported(tmp_path, "org_chen")
    talks = {t.title: t for t in nb.talks.values()}
    orbit = talks["Python in orbit"]  # ":keynote:" is a tag, not words of the title
    assert [nb.people[p].name for p in orbit.speakers] == ["Mira Okafor"]  # :SPEAKER:
    assert _at(orbit) == "2025-07-16T09:00"  # #+DATE
    assert "keynote" in orbit.tags
    assert ":PROPERTIES:\n:SPEAKER: Mira Okafor\n" in orbit.body  # the drawer stays
    threads = talks["Free-threaded CPython in practice"]  # "DONE" is the heading's state
    assert _at(threads) == "2025-07-17T10:30"
    assert "done" in threads.tags


def test_a_daily_notes_file_name_is_its_day_and_front_matter_goes_on(tmp_path: Path) -> None:
    nb = _imported(tmp_path, "obsidian_maya")
    talks = {t.title: t for t in nb.talks.values()}
    contracts = talks["Data contracts in practice"]  # in 2025-03-13.md
    assert _at(contracts) == "2025-03-13T09:30"
    columnar = talks["Columnar storage for everyone"]
    assert _at(columnar) == "2025-03-12T10:30"
    assert {"storage", "parquet"} <= set(columnar.tags)
    assert "speaker" not in columnar.extra  # read as the speaker: not kept twice
    template = talks["talk"]  # Templates/talk.md: what no reading took in goes on
    assert (template.extra["date"], template.extra["speaker"]) == ("{{date}}", "")


def test_logseq_bullets_with_properties_are_talks_and_a_folder_is_one_conference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = _imported(tmp_path, "logseq_ben")
    # journals/, pages/ are the tool's folders: one conference, named by a page's event::
    assert [c.name for c in nb.conferences.values()] == ["KubeCon EU 2025"]
    talks = {t.title: t for t in nb.talks.values()}
    ebpf = talks["Debugging eBPF in production"]
    assert _at(ebpf) == "2025-04-02T11:00"  # time:: under the bullet, the journal's day
    assert (ebpf.room, [nb.people[p].name for p in ebpf.speakers]) == ("Hall B", ["Raj Malhotra"])
    # the journal's bullet and the talk's own page: one note holding both, as written
    assert "\t- see the page for the details" in ebpf.body
    assert "- verifier errors are the real learning curve" in ebpf.body
    mesh = talks["Multi-cluster networking without a service mesh"]
    assert [nb.people[p].name for p in mesh.speakers] == ["Oyelaran Bello", "Mei Tanaka"]
    capsys.readouterr()
    folder = str(BENCHMARK.FOLDERS / "logseq_ben")
    assert main(["--notebook", str(tmp_path / "nb"), "import", folder]) == 0
    assert "added: " not in capsys.readouterr().out  # re-running it changes nothing


def test_files_naming_different_conferences_keep_their_own(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# PyCon US 2024\n\n## Talk one\nSpeaker: Ana Ruiz\n\nx\n")
    (notes / "b.md").write_text("# RustConf 2023\n\n## Talk two\nSpeaker: Ben Ode\n\ny\n")
    assert main(["--notebook", str(tmp_path / "nb"), "import", str(notes)]) == 0
    nb = Notebook.open(tmp_path / "nb")
    assert sorted(c.name for c in nb.conferences.values()) == ["PyCon US 2024", "RustConf 2023"]


def _speakers(nb: Notebook) -> dict[str, list[str]]:
    return {t.title: [nb.people[p].name for p in t.speakers] for t in nb.talks.values()}


def test_a_readme_names_the_conference_and_each_file_is_one_talk(tmp_path: Path) -> None:
    nb = _imported(tmp_path, "readme_ravi")
    assert [c.name for c in nb.conferences.values()] == ["Lakeside PyCon 2022"]
    talks = _speakers(nb)
    assert talks["Lazy Iterators"] == ["Rui Barros"]  # '"Title" by [Name](link)'
    assert talks["Bloom filters at scale"] == ["Marta Ilves"]  # Title - Name - Company
    assert talks["Speaking Plainly: Data for Non-Specialists"] == ["Jonas Petrauskas"]
    assert talks["Keynote"] == ["Priya Raman"]  # "### Name" right under the title
    assert "Sketching with DuckDB" in talks  # listed in the README, no file of its own
    assert not {"Data", "Python", "People", "Questions", "Calm Offices"} & set(talks)
    assert {p.name for p in nb.people.values()} == {
        "Rui Barros",
        "Marta Ilves",
        "Jonas Petrauskas",
        "Priya Raman",
    }


def test_lettered_talks_by_lines_and_an_org_file_without_keywords(tmp_path: Path) -> None:
    nb = _imported(tmp_path, "days_noor")
    assert [c.name for c in nb.conferences.values()] == ["RiverConf 2023"]
    talks = _speakers(nb)
    assert talks["The Quiet Layout"] == ["Lena Sorvari"]
    assert talks["Colour Without Fear"] == ["Omar Haddad"]
    assert talks["Honest dashboards"] == ["lene dahl"]  # "speaker:" in lower case
    assert talks["Tidal joins without tears"] == ["Ada Pell"]  # an Org property drawer
    assert talks["Gentle Rust for data people"] == ["Ivo Marsh"]
